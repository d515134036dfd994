// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include "wordboundary.h"

#include <QRegularExpression>

#include <algorithm>

namespace Gazette::TextSearch {

namespace {
// How much of the paragraph before the match a snippet shows, at most.
constexpr int ContextBefore = 40;
const QChar Ellipsis(0x2026);

bool isBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}
} // namespace

QStringList words(const QString &query)
{
    return query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

bool needsWholeWord(const QString &word)
{
    return std::none_of(word.begin(), word.end(), [](QChar c) { return WordBoundary::isUnspacedScript(c); });
}

qsizetype find(const QString &text, const QString &word, qsizetype from)
{
    if (word.isEmpty())
        return -1;
    const bool whole = needsWholeWord(word);
    const bool checkStart = whole && WordBoundary::isWordCharacter(word.front());
    const bool checkEnd = whole && WordBoundary::isWordCharacter(word.back());
    for (qsizetype at = text.indexOf(word, from, Qt::CaseInsensitive); at >= 0; at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + word.size();
        const bool startsWord = !checkStart || at == 0 || !WordBoundary::isWordCharacter(text.at(at - 1));
        const bool endsWord = !checkEnd || end >= text.size() || !WordBoundary::isWordCharacter(text.at(end));
        if (startsWord && endsWord)
            return at;
    }
    return -1;
}

Snippet snippet(const QString &text, const QStringList &words, int maxLength)
{
    qsizetype first = -1;
    qsizetype firstLength = 0;
    for (const QString &word : words) {
        const qsizetype at = find(text, word);
        if (at >= 0 && (first < 0 || at < first)) {
            first = at;
            firstLength = word.size();
        }
    }
    if (first < 0)
        return {};

    // Within the paragraph of the match, starting and ending at whole words.
    qsizetype paragraphStart = first;
    while (paragraphStart > 0 && !isBreak(text.at(paragraphStart - 1)))
        --paragraphStart;
    qsizetype paragraphEnd = first + firstLength;
    while (paragraphEnd < text.size() && !isBreak(text.at(paragraphEnd)))
        ++paragraphEnd;

    qsizetype start = std::max(paragraphStart, first - ContextBefore);
    if (start > paragraphStart) {
        const qsizetype space = text.indexOf(QLatin1Char(' '), start);
        if (space >= 0 && space < first)
            start = space + 1;
    }
    qsizetype end = std::min(paragraphEnd, start + std::max<qsizetype>(maxLength, first + firstLength - start));
    if (end < paragraphEnd) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), end);
        if (space > first + firstLength)
            end = space;
    }

    const bool cutBefore = start > paragraphStart;
    const bool cutAfter = end < paragraphEnd;
    while (start < first && text.at(start).isSpace())
        ++start;
    while (end > first + firstLength && text.at(end - 1).isSpace())
        --end;

    Snippet result;
    const int offset = cutBefore ? 1 : 0;
    result.text = (cutBefore ? QString(Ellipsis) : QString()) + text.mid(start, end - start) + (cutAfter ? QString(Ellipsis) : QString());
    for (const QString &word : words) {
        for (qsizetype at = find(text, word, start); at >= 0 && at + word.size() <= end; at = find(text, word, at + word.size()))
            result.matches.append({int(at - start) + offset, int(word.size())});
    }
    std::sort(result.matches.begin(), result.matches.end(), [](const Snippet::Match &a, const Snippet::Match &b) { return a.start < b.start; });
    return result;
}

} // namespace Gazette::TextSearch
