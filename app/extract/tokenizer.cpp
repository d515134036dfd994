// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include <QStringList>
#include <QTextBoundaryFinder>

#include <vector>

namespace Gazette::Tokenizer {

namespace {

// QTextBoundaryFinder wants a whole string; it works per paragraph so that a very long text does
// not need one big pass and a line break ends a sentence.
template<typename Visit>
void forEachLine(QStringView text, Visit visit)
{
    int start = 0;
    const int size = int(text.size());
    while (start < size) {
        int end = int(text.indexOf(QLatin1Char('\n'), start));
        if (end < 0)
            end = size;
        if (end > start)
            visit(start, text.mid(start, end - start));
        start = end + 1;
    }
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

// A period after an initial or a short title does not end a sentence when a capital follows:
// "Babatunde A. Okafor", "Ma. Rosario V. Santiago", "Dr. Mensah" are one name.
bool continuesName(const QList<TextRange> &found, int offset, QStringView line, int start)
{
    if (found.isEmpty() || found.last().end <= offset || start >= line.size() || !line.at(start).isUpper())
        return false;
    const QStringView before = line.left(found.last().end - offset);
    if (!before.endsWith(QLatin1Char('.')))
        return false;
    qsizetype wordStart = before.size() - 1;
    while (wordStart > 0 && before.at(wordStart - 1).isLetter())
        --wordStart;
    const QStringView word = before.mid(wordStart, before.size() - 1 - wordStart);
    if (wordStart > 0 && !before.at(wordStart - 1).isSpace())
        return false; // "U.S." or "p.m.": abbreviations that do end sentences
    if (word.size() == 1)
        return word.front().isUpper();
    static const QStringList titles = {QStringLiteral("Mr"),  QStringLiteral("Mrs"), QStringLiteral("Ms"),  QStringLiteral("Dr"),
                                       QStringLiteral("Prof"), QStringLiteral("St"), QStringLiteral("Gen"), QStringLiteral("Col"),
                                       QStringLiteral("Lt"),  QStringLiteral("Sgt"), QStringLiteral("Capt"), QStringLiteral("Sen"),
                                       QStringLiteral("Rep"), QStringLiteral("Gov"), QStringLiteral("Rev"), QStringLiteral("Hon"),
                                       QStringLiteral("Ma"),  QStringLiteral("Fr"),  QStringLiteral("Mt"),  QStringLiteral("Sta")};
    return titles.contains(word);
}

} // namespace

QList<TextRange> sentences(QStringView text)
{
    QList<TextRange> result;
    std::vector<unsigned char> buffer; // the finder's attributes, reused from line to line
    forEachLine(text, [&](int offset, QStringView line) {
        buffer.resize(size_t(line.size()) + 1);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, line.data(), int(line.size()), buffer.data(), qsizetype(buffer.size()));
        int from = 0;
        while (from >= 0 && from < line.size()) {
            int to = int(finder.toNextBoundary());
            if (to < 0)
                to = int(line.size());
            int s = from, e = to;
            while (s < e && isSpace(line.at(s)))
                ++s;
            while (e > s && isSpace(line.at(e - 1)))
                --e;
            if (e > s) {
                if (continuesName(result, offset, line, s))
                    result.last().end = offset + e;
                else
                    result.append({offset + s, offset + e});
            }
            from = to;
        }
    });
    return result;
}

QList<TextRange> words(QStringView text)
{
    QList<TextRange> result;
    std::vector<unsigned char> buffer;
    forEachLine(text, [&](int offset, QStringView line) {
        buffer.resize(size_t(line.size()) + 1);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Word, line.data(), int(line.size()), buffer.data(), qsizetype(buffer.size()));
        int from = 0;
        while (from >= 0 && from < line.size()) {
            int to = int(finder.toNextBoundary());
            if (to < 0)
                to = int(line.size());
            if (to > from && line.at(from).isLetterOrNumber())
                result.append({offset + from, offset + to});
            from = to;
        }
    });
    return result;
}

} // namespace Gazette::Tokenizer
