// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityhighlighter.h"

#include <QMetaEnum>
#include <QTextDocument>

#include <algorithm>

namespace Gazette {

namespace {
bool before(const Annotation &a, const Annotation &b)
{
    // Outer spans first, so inner ones are painted over them and stay visible.
    return a.start != b.start ? a.start < b.start : a.end != b.end ? a.end > b.end : a.id < b.id;
}
} // namespace

EntityHighlighter::EntityHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void EntityHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    m_colours.clear();
    const QMetaEnum styles = QMetaEnum::fromType<KSyntaxHighlighting::Theme::TextStyle>();
    for (const Label &label : m_labels.labels()) {
        bool ok = false;
        const int style = styles.keyToValue(label.colourRole.toLatin1().constData(), &ok);
        QColor colour = ok && theme.isValid() ? QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::TextStyle(style)))
                                              : QColor(Qt::darkCyan);
        m_colours.insert(label.name, colour);
    }
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
    const bool dark = m_theme.isValid()
        && QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
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

void EntityHighlighter::clearAnnotations()
{
    m_annotations.clear();
    m_maxLength = 0;
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
    if (m_annotations.isEmpty())
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

void EntityHighlighter::setAnnotations(QList<Annotation> annotations)
{
    m_painted.clear();
    annotations.removeIf([](const Annotation &a) { return !visible(a); });
    std::sort(annotations.begin(), annotations.end(), before);
    m_annotations = std::move(annotations);
    m_maxLength = 0;
    for (const Annotation &a : std::as_const(m_annotations))
        m_maxLength = std::max(m_maxLength, a.length());
    rehighlight();
}

void EntityHighlighter::insertSorted(const Annotation &annotation)
{
    if (!visible(annotation))
        return;
    const auto at = std::lower_bound(m_annotations.begin(), m_annotations.end(), annotation, before);
    m_annotations.insert(at, annotation);
    m_maxLength = std::max(m_maxLength, annotation.length());
}

void EntityHighlighter::addAnnotation(const Annotation &annotation)
{
    insertSorted(annotation);
    rehighlightRange(annotation.start, annotation.end);
}

void EntityHighlighter::changeAnnotation(const Annotation &before, const Annotation &after)
{
    m_annotations.removeIf([&](const Annotation &a) { return a.id == before.id; });
    insertSorted(after);
    rehighlightRange(std::min(before.start, after.start), std::max(before.end, after.end));
}

void EntityHighlighter::removeAnnotation(const Annotation &annotation)
{
    m_annotations.removeIf([&](const Annotation &a) { return a.id == annotation.id; });
    rehighlightRange(annotation.start, annotation.end);
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

QList<Annotation> EntityHighlighter::annotationsAt(int offset) const
{
    QList<Annotation> result;
    Annotation probe;
    probe.start = offset - m_maxLength;
    probe.end = INT_MAX;
    for (auto it = std::lower_bound(m_annotations.begin(), m_annotations.end(), probe, before);
         it != m_annotations.end() && it->start <= offset; ++it) {
        if (it->start <= offset && offset < it->end)
            result.append(*it);
    }
    std::sort(result.begin(), result.end(), [](const Annotation &a, const Annotation &b) { return a.length() < b.length(); });
    return result;
}

std::optional<Annotation> EntityHighlighter::annotation(qint64 id) const
{
    for (const Annotation &a : m_annotations) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
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
    if (blockEnd < 0 || m_annotations.isEmpty())
        return;
    Annotation probe;
    probe.start = blockStart - m_maxLength;
    probe.end = INT_MAX;
    for (auto it = std::lower_bound(m_annotations.begin(), m_annotations.end(), probe, before);
         it != m_annotations.end() && it->start < blockEnd; ++it) {
        if (it->end <= blockStart)
            continue;
        const int from = std::max(it->start, blockStart) - blockStart;
        const int to = std::min(it->end, blockEnd) - blockStart;
        if (to > from) {
            // Merge with what outer spans set, so nested spans keep both underline and tint.
            QTextCharFormat merged = QSyntaxHighlighter::format(from);
            merged.merge(format(*it));
            setFormat(from, to - from, merged);
        }
    }
}

} // namespace Gazette
