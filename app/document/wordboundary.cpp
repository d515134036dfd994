// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordboundary.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Gazette::WordBoundary {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isUnspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

namespace {

// Whether offset is a boundary between two words of a run written without spaces.
bool isDictionaryBoundary(const QString &text, int offset)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(offset);
    return finder.isAtBoundary();
}

bool joins(const QString &text, int before, int after)
{
    const QChar a = text.at(before), b = text.at(after);
    if (!isWordCharacter(a) || !isWordCharacter(b))
        return false;
    if (isUnspacedScript(a) || isUnspacedScript(b))
        return !isDictionaryBoundary(text, after);
    return true;
}

} // namespace

std::pair<int, int> snap(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    while (start < end && !isWordCharacter(text.at(start)) && !text.at(start).isPunct() && !text.at(start).isSymbol())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return {start, end};
    while (start > 0 && joins(text, start - 1, start))
        --start;
    while (end < text.size() && joins(text, end - 1, end))
        ++end;
    return {start, end};
}

bool isWholeWord(const QString &text, int start, int end)
{
    if (start < 0 || end > text.size() || start >= end)
        return false;
    const bool startOk = start == 0 || !joins(text, start - 1, start);
    const bool endOk = end == text.size() || !joins(text, end - 1, end);
    return startOk && endOk;
}

int previousWordStart(const QString &text, int offset)
{
    int i = std::clamp(offset, 0, int(text.size()));
    while (i > 0 && !isWordCharacter(text.at(i - 1)))
        --i;
    while (i > 1 && joins(text, i - 2, i - 1))
        --i;
    return i > 0 && isWordCharacter(text.at(i - 1)) ? i - 1 : i;
}

int nextWordEnd(const QString &text, int offset)
{
    int i = std::clamp(offset, 0, int(text.size()));
    while (i < text.size() && !isWordCharacter(text.at(i)))
        ++i;
    while (i + 1 < text.size() && joins(text, i, i + 1))
        ++i;
    return i < text.size() && isWordCharacter(text.at(i)) ? i + 1 : i;
}

} // namespace Gazette::WordBoundary
