// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "schema/labelset.h"

#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QSet>
#include <QSyntaxHighlighter>

namespace Gazette {

// Paints the article's annotations in the reading pane, in the label colours of the current
// KSyntaxHighlighting theme: accepted spans on a tinted background, suggestions with a lighter
// tint and a dotted underline, quotes in italics; rejected spans are not shown. Spans are kept
// sorted by start, so a block finds its spans by binary search, and an edit re-highlights only
// the blocks it touches.
class EntityHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityHighlighter)

public:
    explicit EntityHighlighter(QTextDocument *document);

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void setLabelSet(const LabelSet &labels);
    // Article text offset 0 is document position textStart.
    void setTextStart(int textStart) { m_textStart = textStart; }

    void setAnnotations(QList<Annotation> annotations);
    // Forgets the annotations without repainting: the document is about to be rebuilt.
    void clearAnnotations();
    // Blocks outside [first, last] (block numbers, with a margin) are painted when they are
    // scrolled into view, so a long article opens as fast with highlights as without.
    void setVisibleBlocks(int first, int last);
    void addAnnotation(const Annotation &annotation);
    void changeAnnotation(const Annotation &before, const Annotation &after);
    void removeAnnotation(const Annotation &annotation);
    const QList<Annotation> &annotations() const { return m_annotations; }

    // Visible annotations covering the text offset, innermost (shortest) first.
    QList<Annotation> annotationsAt(int offset) const;
    std::optional<Annotation> annotation(qint64 id) const;

    QColor colour(const QString &label) const;
    QTextCharFormat format(const Annotation &annotation) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void insertSorted(const Annotation &annotation);
    void rehighlightRange(int start, int end);
    static bool visible(const Annotation &annotation) { return annotation.status != AnnotationStatus::Rejected; }
    bool inView(int blockNumber) const;
    static constexpr int Margin = 60;

    QList<Annotation> m_annotations; // sorted by (start, -length)
    int m_maxLength = 0;
    int m_textStart = 0;
    KSyntaxHighlighting::Theme m_theme;
    LabelSet m_labels = LabelSet::ontoNotes();
    QHash<QString, QColor> m_colours;
    int m_firstVisible = 0;
    int m_lastVisible = 200;
    QSet<int> m_painted; // block numbers whose spans are painted
};

} // namespace Gazette
