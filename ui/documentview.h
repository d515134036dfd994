// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "document/article.h"
#include "document/layers.h"
#include "schema/labelset.h"
#include "store/storechange.h"
#include "spanindex.h"

#include <KSyntaxHighlighting/Theme>

#include <QTextEdit>

#include <functional>
#include <optional>

namespace Gazette {

class AnnotationActions;
class EntityHighlighter;

// The reading pane: a kicker line (source, date, byline), then the article text with a
// comfortable line length, in the colours of the current theme. The article's text starts at
// document position textStart(); text offset i is document position textStart() + i.
class DocumentView final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    void clearArticle();
    const Article &article() const { return m_article; }
    bool hasArticle() const { return m_article.isValid(); }

    // The article text as shown (without the kicker line).
    QString articleText() const;
    int textStart() const { return m_textStart; }

    void setTheme(const KSyntaxHighlighting::Theme &theme);

    int zoomPercent() const { return m_zoomPercent; }
    void setZoomPercent(int percent);
    void zoomIn() { setZoomPercent(m_zoomPercent + 10); }
    void zoomOut() { setZoomPercent(m_zoomPercent - 10); }
    void resetZoom() { setZoomPercent(100); }

    static constexpr int MinimumZoom = 50;
    static constexpr int MaximumZoom = 300;

    // --- Annotations shown in the pane
    void setAnnotations(const QList<Annotation> &annotations);
    // Follows what one action changed in the library (spans of this article added, changed,
    // removed): the affected blocks are repainted once.
    void applyChange(const StoreChange &change);
    EntityHighlighter *highlighter() const { return m_highlighter; }
    // Which annotator's spans the pane shows: all, one annotator's, the final layer, or where
    // two annotators differ (those spans marked with a wavy underline).
    void setLayer(const Layer &layer);
    const Layer &layer() const { return m_layer; }
    // The spans shown, for lookups by id or position.
    const SpanIndex &spans() const { return m_spans; }
    // Names entities in tooltips; set by the window, which knows the library.
    void setEntityNameResolver(std::function<QString(qint64)> resolver) { m_entityName = std::move(resolver); }
    void setLabelSet(const LabelSet &labels);
    const LabelSet &labelSet() const { return m_labels; }

    // The selected annotation (clicked, or reached with N/P), 0 for none.
    qint64 selectedAnnotationId() const { return m_selectedId; }
    void selectAnnotation(qint64 annotationId, bool scrollTo = true);
    // Marks every mention of an entity (double-click, or from the Entities panel).
    void selectEntity(qint64 entityId);
    // Moves to the next or previous suggestion after the cursor; false when there is none.
    bool selectNextSuggestion(bool forward = true);

    // The selected text as article offsets; snapped to whole words unless snap is false.
    // Empty (start == end) without a selection.
    std::pair<int, int> selectedRange(bool snap = true) const;
    void setSelectedRange(int start, int end);
    // The document position of an article text offset, and back.
    int positionOf(int offset) const { return m_textStart + offset; }
    int offsetOf(int position) const { return position - m_textStart; }

    // Where a boundary lands when moved by a word: offsets into the article text.
    static int previousWordStart(const QString &text, int offset);
    static int nextWordEnd(const QString &text, int offset);
    static std::pair<int, int> snapToWords(const QString &text, int start, int end);

    // The keys and menu entries that correct spans (accept, reject, label keys ...).
    AnnotationActions *annotationActions() const { return m_actions; }
    // Moves the selected span's start or end by a word; asks with resizeRequested().
    void moveBoundary(bool start, bool forward);
    // Lets the reader pick a label in a menu under the span.
    void showLabelMenuAtSpan(qint64 annotationId, const std::function<void(const QString &)> &choose);
    void clearTextSelection();

Q_SIGNALS:
    void zoomChanged(int percent);
    void annotationSelected(qint64 annotationId);
    void entitySelected(qint64 entityId);
    void labelRequested(int start, int end, const QString &label);
    void labelAllRequested(const QString &text, const QString &label);
    void resizeRequested(qint64 annotationId, int start, int end);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void render();
    void updateMargins();
    void applyFonts();
    void updateExtraSelections();
    void updateVisibleBlocks();
    std::optional<Annotation> annotationAtPosition(const QPoint &viewportPoint) const;
    QList<Annotation> annotationsAtPoint(const QPoint &viewportPoint) const;
    void showLabelMenu(const QPoint &globalPosition, const std::function<void(const QString &)> &choose);

    SpanIndex m_spans;
    QList<Annotation> m_allAnnotations; // of every layer; m_spans holds those of m_layer
    Layer m_layer;
    EntityHighlighter *m_highlighter = nullptr;
    AnnotationActions *m_actions = nullptr;
    LabelSet m_labels = LabelSet::ontoNotes();
    qint64 m_selectedId = 0;
    qint64 m_selectedEntityId = 0;
    std::function<QString(qint64)> m_entityName;

    Article m_article;
    KSyntaxHighlighting::Theme m_theme;
    int m_textStart = 0;
    int m_zoomPercent = 100;
    qreal m_baseFontSize = 12.0;
};

} // namespace Gazette
