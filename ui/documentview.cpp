// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"

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
    applyFonts();
}

void DocumentView::setArticle(const Article &article)
{
    m_article = article;
    render();
    verticalScrollBar()->setValue(0);
}

void DocumentView::clearArticle()
{
    m_article = Article();
    m_textStart = 0;
    clear();
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
