// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityhighlighter.h"

#include "labelcolours.h"

#include <QTextDocument>

#include <algorithm>

namespace Gazette {

EntityHighlighter::EntityHighlighter(QTextDocument *document, const SpanIndex *spans)
    : QSyntaxHighlighter(document)
    , m_spans(spans)
{
}

void EntityHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    m_colours.clear();
    for (const Label &label : m_labels.labels())
        m_colours.insert(label.name, LabelColours::colour(label.colourRole, theme));
    rehighlight();
}

void EntityHighlighter::setLabelSet(const LabelSet &labels)
{
    m_labels = labels;
    setTheme(m_theme);
}

QColor EntityHighlighter::colour(const QString &label) const
{
    return m_colours.value(label, QColor(Qt::darkCyan));
}

QTextCharFormat EntityHighlighter::format(const Annotation &annotation) const
{
    QTextCharFormat format;
    const QColor colour = this->colour(annotation.label);
    if (annotation.label == LabelSet::quoteLabel()) {
        format.setFontItalic(true);
        if (annotation.status == AnnotationStatus::Suggested) {
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(colour);
        }
        return format;
    }
    const bool dark = LabelColours::isDark(m_theme);
    QColor background = colour;
    if (annotation.status == AnnotationStatus::Accepted) {
        background.setAlphaF(dark ? 0.42f : 0.26f);
    } else {
        background.setAlphaF(dark ? 0.20f : 0.11f);
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(colour);
    }
    format.setBackground(background);
    if (annotation.orphaned) {
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor::fromRgba(m_theme.isValid() ? m_theme.textColor(KSyntaxHighlighting::Theme::Error) : qRgb(200, 0, 0)));
    }
    return format;
}

void EntityHighlighter::forgetPainted()
{
    m_painted.clear();
}

bool EntityHighlighter::inView(int blockNumber) const
{
    return blockNumber >= m_firstVisible - Margin && blockNumber <= m_lastVisible + Margin;
}

void EntityHighlighter::setVisibleBlocks(int first, int last)
{
    m_firstVisible = first;
    m_lastVisible = last;
    if (m_spans->isEmpty())
        return;
    QTextDocument *doc = document();
    for (int number = std::max(0, first - Margin); number <= last + Margin; ++number) {
        if (m_painted.contains(number))
            continue;
        const QTextBlock block = doc->findBlockByNumber(number);
        if (!block.isValid())
            break;
        rehighlightBlock(block);
    }
}

void EntityHighlighter::repaintAll()
{
    m_painted.clear();
    rehighlight();
}

void EntityHighlighter::rehighlightRange(int start, int end)
{
    QTextDocument *doc = document();
    QTextBlock block = doc->findBlock(m_textStart + start);
    const QTextBlock last = doc->findBlock(m_textStart + std::max(start, end - 1));
    while (block.isValid()) {
        rehighlightBlock(block);
        if (block == last)
            break;
        block = block.next();
    }
}

void EntityHighlighter::highlightBlock(const QString &text)
{
    const int number = currentBlock().blockNumber();
    if (!inView(number)) {
        m_painted.remove(number); // painted when it is scrolled into view
        return;
    }
    m_painted.insert(number);
    const int blockStart = currentBlock().position() - m_textStart;
    const int blockEnd = blockStart + int(text.size());
    if (blockEnd < 0 || m_spans->isEmpty())
        return;
    m_spans->forEachIn(blockStart, blockEnd, [&](const Annotation &span) {
        const int from = std::max(span.start, blockStart) - blockStart;
        const int to = std::min(span.end, blockEnd) - blockStart;
        if (to > from) {
            // Merge with what outer spans set, so nested spans keep both underline and tint.
            QTextCharFormat merged = QSyntaxHighlighter::format(from);
            merged.merge(format(span));
            setFormat(from, to - from, merged);
        }
    });
}

} // namespace Gazette
