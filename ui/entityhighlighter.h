// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "schema/labelset.h"
#include "spanindex.h"

#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QSet>
#include <QSyntaxHighlighter>

namespace Gazette {

// Paints the article's annotations in the reading pane, in the label colours of the current
// KSyntaxHighlighting theme: accepted spans on a tinted background, suggestions with a lighter
// tint and a dotted underline, quotes in italics; rejected spans are not shown. It paints from
// the view's SpanIndex, so a block finds its spans by binary search, and an edit re-highlights
// only the blocks it touches.
class EntityHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityHighlighter)

public:
    EntityHighlighter(QTextDocument *document, const SpanIndex *spans);

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    void setLabelSet(const LabelSet &labels);
    // Article text offset 0 is document position textStart.
    void setTextStart(int textStart) { m_textStart = textStart; }

    // Paints every block again (the spans were replaced).
    void repaintAll();
    // Forgets what was painted: the document is about to be rebuilt.
    void forgetPainted();
    // Blocks outside [first, last] (block numbers, with a margin) are painted when they are
    // scrolled into view, so a long article opens as fast with highlights as without.
    void setVisibleBlocks(int first, int last);
    // Repaints the blocks of a text range (a span was added, changed or removed).
    void rehighlightRange(int start, int end);

    QColor colour(const QString &label) const;
    QTextCharFormat format(const Annotation &annotation) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    bool inView(int blockNumber) const;
    static constexpr int Margin = 60;

    const SpanIndex *m_spans;
    int m_textStart = 0;
    KSyntaxHighlighting::Theme m_theme;
    LabelSet m_labels = LabelSet::ontoNotes();
    QHash<QString, QColor> m_colours;
    int m_firstVisible = 0;
    int m_lastVisible = 200;
    QSet<int> m_painted; // block numbers whose spans are painted
};

} // namespace Gazette
