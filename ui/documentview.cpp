// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"

#include "document/wordboundary.h"

#include "annotationactions.h"
#include "entityhighlighter.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QToolTip>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QWheelEvent>

namespace Gazette {

namespace {
// About 70 characters per line: the measure newspapers and typographers recommend.
constexpr qreal MeasureInEm = 34.0;
constexpr int MinimumSideMargin = 24;
constexpr qreal LineHeightPercent = 140.0;
} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("documentView"));
    setAccessibleName(tr("Article text"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setUndoRedoEnabled(false);
    setPlaceholderText(tr("Open an article with File › Open (Ctrl+O), or pick one in the library."));
    m_baseFontSize = font().pointSizeF() > 0 ? font().pointSizeF() * 1.2 : 12.0;
    m_highlighter = new EntityHighlighter(document(), &m_spans);
    m_actions = new AnnotationActions(this);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentView::updateVisibleBlocks);
    applyFonts();
}

void DocumentView::updateVisibleBlocks()
{
    const int first = cursorForPosition(QPoint(0, 0)).blockNumber();
    const int last = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).blockNumber();
    m_highlighter->setVisibleBlocks(first, last);
}

void DocumentView::setArticle(const Article &article)
{
    m_article = article;
    // The old article's spans must not be painted into the new text while it is built.
    m_spans.clear();
    m_highlighter->forgetPainted();
    m_selectedId = 0;
    m_selectedEntityId = 0;
    m_highlighter->setVisibleBlocks(0, 0);
    render();
    verticalScrollBar()->setValue(0);
    m_actions->updateEnabled();
}

void DocumentView::clearArticle()
{
    m_article = Article();
    m_textStart = 0;
    m_selectedId = 0;
    m_selectedEntityId = 0;
    m_highlighter->setTextStart(0);
    m_spans.clear();
    m_allAnnotations.clear();
    m_highlighter->repaintAll();
    clear();
    updateExtraSelections();
    m_actions->updateEnabled();
}

QString DocumentView::articleText() const
{
    QTextCursor cursor(document());
    cursor.setPosition(m_textStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    // QTextCursor uses U+2029 between blocks; the article uses '\n'.
    return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

void DocumentView::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    using KSyntaxHighlighting::Theme;
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(Theme::Normal)));
    setPalette(pal);
    viewport()->setPalette(pal);
    if (hasArticle())
        render();
    m_highlighter->setTheme(theme);
    updateExtraSelections();
}

void DocumentView::setZoomPercent(int percent)
{
    percent = std::clamp(percent, MinimumZoom, MaximumZoom);
    if (percent == m_zoomPercent)
        return;
    m_zoomPercent = percent;
    applyFonts();
    Q_EMIT zoomChanged(m_zoomPercent);
}

void DocumentView::applyFonts()
{
    QFont body = font();
    body.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif"),
                      QStringLiteral("Noto Serif CJK SC"), QStringLiteral("WenQuanYi Micro Hei")});
    body.setStyleHint(QFont::Serif);
    body.setPointSizeF(m_baseFontSize * m_zoomPercent / 100.0);
    document()->setDefaultFont(body);
    updateMargins();
}

void DocumentView::render()
{
    using KSyntaxHighlighting::Theme;
    const QColor text = QColor::fromRgba(m_theme.isValid() ? m_theme.textColor(Theme::Normal) : palette().color(QPalette::Text).rgba());
    const QColor muted = m_theme.isValid() ? QColor::fromRgba(m_theme.textColor(Theme::Comment)) : palette().color(QPalette::PlaceholderText);

    document()->clear();
    QTextCursor cursor(document());
    cursor.beginEditBlock();

    QTextBlockFormat kickerBlock;
    kickerBlock.setBottomMargin(10);
    QTextCharFormat kicker;
    kicker.setForeground(muted);
    kicker.setFontFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});
    kicker.setFontCapitalization(QFont::AllUppercase);
    kicker.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    kicker.setFontLetterSpacing(0.6);
    kicker.setProperty(QTextFormat::FontSizeAdjustment, -1);

    QStringList meta;
    if (!m_article.source.isEmpty())
        meta << m_article.source;
    if (m_article.published.isValid())
        meta << QLocale().toString(m_article.published.date(), QLocale::LongFormat);
    if (!m_article.byline.isEmpty())
        meta << m_article.byline;
    cursor.setBlockFormat(kickerBlock);
    cursor.insertText(meta.join(QStringLiteral("  ·  ")), kicker);

    // The article text, one block per line. A headline that is the first line of the text is
    // styled in place, so offsets into the text stay exact.
    QTextBlockFormat paragraph;
    paragraph.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    paragraph.setBottomMargin(12);
    QTextCharFormat body;
    body.setForeground(text);

    QTextBlockFormat headlineBlock;
    headlineBlock.setBottomMargin(18);
    headlineBlock.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat headline = body;
    headline.setFontWeight(QFont::Bold);
    headline.setFontFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});
    headline.setProperty(QTextFormat::FontSizeAdjustment, 3);

    cursor.insertBlock(paragraph, body);
    m_textStart = cursor.position();

    // Empty lines keep their place in the text but take little room on screen.
    QTextBlockFormat emptyLine;
    emptyLine.setLineHeight(6, QTextBlockFormat::FixedHeight);

    const QStringList lines = m_article.text.split(QLatin1Char('\n'));
    bool headlineDone = m_article.headline.isEmpty();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock(paragraph, body);
        const QString &line = lines.at(i);
        if (!headlineDone && !line.trimmed().isEmpty()) {
            headlineDone = true;
            if (line.trimmed() == m_article.headline) {
                cursor.setBlockFormat(headlineBlock);
                cursor.insertText(line, headline);
                continue;
            }
        }
        if (line.trimmed().isEmpty())
            cursor.setBlockFormat(emptyLine);
        cursor.insertText(line, body);
    }
    cursor.endEditBlock();
    m_highlighter->setTextStart(m_textStart);
    if (!m_spans.all().isEmpty())
        m_highlighter->rehighlight(); // a theme change re-renders with the spans kept
    updateMargins();
}

void DocumentView::updateMargins()
{
    const QFontMetricsF metrics(document()->defaultFont());
    const qreal measure = MeasureInEm * metrics.height();
    const qreal available = viewport()->width();
    const qreal side = std::max<qreal>(MinimumSideMargin, (available - measure) / 2.0);
    QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    if (qFuzzyCompare(frame.leftMargin(), side) && qFuzzyCompare(frame.topMargin(), 28.0))
        return;
    frame.setLeftMargin(side);
    frame.setRightMargin(side);
    frame.setTopMargin(28);
    frame.setBottomMargin(40);
    document()->rootFrame()->setFrameFormat(frame);
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateMargins();
    updateVisibleBlocks();
}

void DocumentView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoomPercent(m_zoomPercent + steps * 10);
        event->accept();
        return;
    }
    QTextEdit::wheelEvent(event);
}

} // namespace Gazette

namespace Gazette {

void DocumentView::setLabelSet(const LabelSet &labels)
{
    m_labels = labels;
    m_highlighter->setLabelSet(labels);
    m_actions->setLabelSet(labels);
}

void DocumentView::setLayer(const Layer &layer)
{
    if (layer == m_layer)
        return;
    m_layer = layer;
    setAnnotations(m_allAnnotations);
}

void DocumentView::setAnnotations(const QList<Annotation> &annotations)
{
    m_selectedId = 0;
    m_selectedEntityId = 0;
    m_allAnnotations = annotations;
    updateVisibleBlocks();
    m_spans.set(Layers::filter(annotations, m_layer));
    m_highlighter->repaintAll();
    updateExtraSelections();
    m_actions->updateEnabled();
}

void DocumentView::applyChange(const StoreChange &change)
{
    if (m_layer.kind != Layer::Kind::All) {
        // A layer depends on the other annotators' spans too (differences): show it anew.
        bool touched = false;
        for (const RowChange<Annotation> &row : change.annotations) {
            const Annotation &any = row.after ? *row.after : *row.before;
            if (!hasArticle() || any.articleId != m_article.id)
                continue;
            touched = true;
            const qint64 id = any.id;
            m_allAnnotations.removeIf([id](const Annotation &a) { return a.id == id; });
            if (row.after)
                m_allAnnotations.append(*row.after);
        }
        if (touched) {
            const qint64 selected = m_selectedId;
            setAnnotations(m_allAnnotations);
            if (m_spans.find(selected))
                selectAnnotation(selected, false);
        }
        return;
    }
    bool touched = false;
    for (const RowChange<Annotation> &row : change.annotations) {
        const Annotation &any = row.after ? *row.after : *row.before;
        if (any.articleId != m_article.id || !hasArticle())
            continue;
        touched = true;
        std::pair<int, int> range;
        const qint64 id = any.id;
        m_allAnnotations.removeIf([id](const Annotation &a) { return a.id == id; });
        if (row.after)
            m_allAnnotations.append(*row.after);
        if (row.before && row.after)
            range = m_spans.change(*row.before, *row.after);
        else if (row.after)
            range = m_spans.add(*row.after);
        else
            range = m_spans.remove(*row.before);
        if (!row.after && m_selectedId == row.before->id)
            m_selectedId = 0;
        m_highlighter->rehighlightRange(range.first, range.second);
    }
    if (!touched)
        return;
    updateExtraSelections();
    m_actions->updateEnabled();
}

void DocumentView::selectAnnotation(qint64 annotationId, bool scrollTo)
{
    const auto annotation = m_spans.find(annotationId);
    m_selectedId = annotation ? annotationId : 0;
    m_selectedEntityId = 0;
    if (annotation && scrollTo) {
        QTextCursor cursor(document());
        cursor.setPosition(positionOf(annotation->start));
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    updateExtraSelections();
    Q_EMIT annotationSelected(m_selectedId);
}

void DocumentView::selectEntity(qint64 entityId)
{
    m_selectedEntityId = entityId;
    updateExtraSelections();
    Q_EMIT entitySelected(entityId);
}

bool DocumentView::selectNextSuggestion(bool forward)
{
    const auto &annotations = m_spans.all();
    int from = offsetOf(textCursor().position());
    if (const auto current = m_spans.find(m_selectedId))
        from = current->start;
    const Annotation *found = nullptr;
    for (const Annotation &a : annotations) {
        if (a.status != AnnotationStatus::Suggested || a.id == m_selectedId)
            continue;
        if (forward && a.start >= from && (!found || a.start < found->start))
            found = &a;
        if (!forward && a.start <= from && (!found || a.start > found->start))
            found = &a;
    }
    if (!found)
        return false;
    selectAnnotation(found->id);
    return true;
}

std::pair<int, int> DocumentView::snapToWords(const QString &text, int start, int end)
{
    return WordBoundary::snap(text, start, end);
}

int DocumentView::previousWordStart(const QString &text, int offset)
{
    return WordBoundary::previousWordStart(text, offset);
}

int DocumentView::nextWordEnd(const QString &text, int offset)
{
    return WordBoundary::nextWordEnd(text, offset);
}

std::pair<int, int> DocumentView::selectedRange(bool snap) const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || !hasArticle())
        return {0, 0};
    const int start = std::max(0, offsetOf(cursor.selectionStart()));
    const int end = std::min(int(m_article.text.size()), offsetOf(cursor.selectionEnd()));
    if (end <= start)
        return {0, 0};
    return snap ? snapToWords(m_article.text, start, end) : std::pair{start, end};
}

void DocumentView::setSelectedRange(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(positionOf(start));
    cursor.setPosition(positionOf(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void DocumentView::moveBoundary(bool start, bool forward)
{
    const auto annotation = m_spans.find(m_selectedId);
    if (!annotation)
        return;
    const QString &text = m_article.text;
    int newStart = annotation->start;
    int newEnd = annotation->end;
    if (start) {
        if (forward) {
            int i = newStart;
            while (i < newEnd && WordBoundary::isWordCharacter(text.at(i)))
                ++i;
            while (i < newEnd && !WordBoundary::isWordCharacter(text.at(i)))
                ++i;
            newStart = i;
        } else {
            newStart = previousWordStart(text, newStart);
        }
    } else if (forward) {
        newEnd = nextWordEnd(text, newEnd);
    } else {
        int i = newEnd;
        while (i > newStart && WordBoundary::isWordCharacter(text.at(i - 1)))
            --i;
        while (i > newStart && !WordBoundary::isWordCharacter(text.at(i - 1)))
            --i;
        newEnd = i;
    }
    if (newEnd > newStart && (newStart != annotation->start || newEnd != annotation->end))
        Q_EMIT resizeRequested(annotation->id, newStart, newEnd);
}

void DocumentView::updateExtraSelections()
{
    QList<ExtraSelection> selections;
    const QColor base = palette().color(QPalette::Base);
    if (m_layer.kind == Layer::Kind::Difference) {
        // Every span shown is one the other annotator does not have: mark it as a difference.
        const QColor difference = QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Error));
        for (const Annotation &a : m_spans.all()) {
            ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(positionOf(a.start));
            selection.cursor.setPosition(positionOf(a.end), QTextCursor::KeepAnchor);
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(difference.isValid() && difference.alpha() ? difference : QColor(Qt::red));
            selections.append(selection);
        }
    }
    for (const Annotation &a : m_spans.all()) {
        const bool selected = a.id == m_selectedId;
        const bool ofEntity = m_selectedEntityId != 0 && a.entityId == m_selectedEntityId;
        if (!selected && !ofEntity)
            continue;
        ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(positionOf(a.start));
        selection.cursor.setPosition(positionOf(a.end), QTextCursor::KeepAnchor);
        const QColor colour = m_highlighter->colour(a.label);
        QColor background = colour;
        if (selected) {
            selection.format.setForeground(base);
        } else {
            background.setAlphaF(0.55f);
        }
        selection.format.setBackground(background);
        selection.format.setFontUnderline(true);
        selection.format.setUnderlineColor(colour);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QList<Annotation> DocumentView::annotationsAtPoint(const QPoint &viewportPoint) const
{
    if (!hasArticle())
        return {};
    const QTextCursor cursor = cursorForPosition(viewportPoint);
    // cursorForPosition gives the gap nearest the point: take the character the point is on.
    const QRect rect = cursorRect(cursor);
    const int offset = offsetOf(cursor.position()) - (viewportPoint.x() < rect.x() ? 1 : 0);
    return m_spans.at(offset);
}

std::optional<Annotation> DocumentView::annotationAtPosition(const QPoint &viewportPoint) const
{
    const QList<Annotation> found = annotationsAtPoint(viewportPoint);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool DocumentView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto annotation = annotationAtPosition(viewport()->mapFromGlobal(help->globalPos()));
        if (!annotation) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Label *label = m_labels.find(annotation->label);
        QString text = QStringLiteral("<b>%1</b> · %2").arg(annotation->label, label ? label->displayName.toHtmlEscaped() : QString());
        const QString entity = m_entityName && annotation->entityId ? m_entityName(annotation->entityId) : QString();
        if (!entity.isEmpty())
            text += QStringLiteral("<br>") + tr("Entity: %1").arg(entity.toHtmlEscaped());
        text += QStringLiteral("<br>") + annotationStatusName(annotation->status);
        if (!annotation->ruleId.isEmpty())
            text += QStringLiteral("<br>") + tr("Rule %1, confidence %2").arg(annotation->ruleId.toHtmlEscaped())
                                                 .arg(annotation->confidence, 0, 'f', 2);
        else if (Layers::isFinal(*annotation))
            text += QStringLiteral("<br>") + tr("In the final layer");
        else if (!annotation->author.isEmpty())
            text += QStringLiteral("<br>") + tr("Labelled by %1").arg(annotation->author.toHtmlEscaped());
        if (annotation->orphaned)
            text += QStringLiteral("<br>") + tr("Orphaned: its text changed and it could not be placed again.");
        QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QTextEdit::event(event);
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    // Clicking again where spans overlap steps from the innermost to the enclosing ones.
    const QList<Annotation> here = annotationsAtPoint(event->position().toPoint());
    qint64 next = here.isEmpty() ? 0 : here.first().id;
    for (int i = 0; i < here.size(); ++i) {
        if (here.at(i).id == m_selectedId)
            next = here.at((i + 1) % here.size()).id;
    }
    selectAnnotation(next, false);
}

void DocumentView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const auto annotation = annotationAtPosition(event->position().toPoint());
    if (annotation && annotation->entityId) {
        m_selectedId = annotation->id;
        selectEntity(annotation->entityId);
        event->accept();
        return;
    }
    QTextEdit::mouseDoubleClickEvent(event);
}

void DocumentView::showLabelMenuAtSpan(qint64 annotationId, const std::function<void(const QString &)> &choose)
{
    const auto annotation = m_spans.find(annotationId);
    if (!annotation)
        return;
    QTextCursor at = textCursor();
    at.setPosition(positionOf(annotation->start));
    showLabelMenu(viewport()->mapToGlobal(cursorRect(at).bottomLeft()), choose);
}

void DocumentView::clearTextSelection()
{
    QTextCursor cursor = textCursor();
    cursor.clearSelection();
    setTextCursor(cursor);
}

void DocumentView::showLabelMenu(const QPoint &globalPosition, const std::function<void(const QString &)> &choose)
{
    QMenu menu(this);
    for (const Label &label : m_labels.labels()) {
        QAction *action = menu.addAction(label.shortcutKey.isNull() ? label.displayName
                                                                    : QStringLiteral("&%1  %2").arg(label.shortcutKey).arg(label.displayName));
        QPixmap swatch(12, 12);
        swatch.fill(m_highlighter->colour(label.name));
        action->setIcon(QIcon(swatch));
        action->setToolTip(label.name);
        connect(action, &QAction::triggered, this, [choose, name = label.name] { choose(name); });
    }
    // The menu's own keys (1-9) choose in it; the pane's label keys must not act as well.
    for (QAction *action : m_actions->labelActions())
        action->setEnabled(false);
    menu.exec(globalPosition);
    m_actions->updateEnabled();
}

void DocumentView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    if (hasArticle()) {
        const auto [start, end] = selectedRange(true);
        const auto annotation = annotationAtPosition(event->pos());
        menu->addSeparator();
        if (end > start) {
            QMenu *labelMenu = menu->addMenu(tr("&Label as"));
            QMenu *allMenu = menu->addMenu(tr("Label All &Occurrences as"));
            const QString selected = m_article.text.mid(start, end - start);
            for (const Label &label : m_labels.labels()) {
                QPixmap swatch(12, 12);
                swatch.fill(m_highlighter->colour(label.name));
                // The label's own action where it has a key, so the menu shows the key that works.
                QAction *keyed = nullptr;
                for (QAction *action : m_actions->labelActions()) {
                    if (action->objectName() == QStringLiteral("labelAs:") + label.name)
                        keyed = action;
                }
                if (keyed) {
                    keyed->setIcon(QIcon(swatch));
                    labelMenu->addAction(keyed);
                } else {
                    labelMenu->addAction(QIcon(swatch), label.displayName, this, [this, start, end, name = label.name] {
                        Q_EMIT labelRequested(start, end, name);
                    });
                }
                allMenu->addAction(QIcon(swatch), label.displayName, this, [this, selected, name = label.name] {
                    Q_EMIT labelAllRequested(selected, name);
                });
            }
        }
        if (annotation) {
            selectAnnotation(annotation->id, false);
            m_actions->updateEnabled();
            m_actions->fillMenu(menu);
        }
    }
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace Gazette
