// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlayout.h"

#include <QRegularExpression>

#include <algorithm>

namespace Gazette {

TextLayout::TextLayout(const QString &text, const QList<TextRange> &sentences)
{
    m_sentenceStart.assign(size_t(text.size()) + 1, false);
    for (const TextRange &s : sentences)
        m_sentenceStart[size_t(s.start)] = true;
    findHeadlines(text);
    // Datelines ("BEIJING, Jan. 5") open a paragraph, which is too long to count as a headline.
    static const QRegularExpression dateline(QStringLiteral("^\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu}(?=,|\\s+[(—–-])"),
                                             QRegularExpression::MultilineOption);
    for (auto it = dateline.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!inCapitals(int(m.capturedStart())))
            m_capitals.push_back({int(m.capturedStart()), int(m.capturedEnd())});
    }
    std::sort(m_capitals.begin(), m_capitals.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
}

bool TextLayout::inside(const std::vector<TextRange> &ranges, int position)
{
    auto it = std::upper_bound(ranges.begin(), ranges.end(), position, [](int p, const TextRange &r) { return p < r.start; });
    return it != ranges.begin() && position < std::prev(it)->end;
}

// Short lines mostly in capitals, or with (nearly) every word capitalised.
void TextLayout::findHeadlines(const QString &text)
{
    int lineStart = 0;
    const int size = int(text.size());
    while (lineStart < size) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = size;
        if (lineEnd - lineStart >= 200) { // paragraphs: no headline
            lineStart = lineEnd + 1;
            continue;
        }
        int upper = 0, lower = 0, words = 0, capitalised = 0;
        bool inWord = false;
        for (int i = lineStart; i < lineEnd; ++i) {
            const QChar c = text.at(i);
            if (c.isLetter()) {
                if (!inWord) {
                    ++words;
                    if (c.isUpper())
                        ++capitalised;
                }
                inWord = true;
                c.isUpper() ? ++upper : c.isLower() ? ++lower : 0;
            } else if (!c.isPunct() || c == QLatin1Char(',')) {
                inWord = false;
            }
        }
        if (words >= 2 && upper >= 4 && lower * 10 <= upper)
            m_capitals.push_back({lineStart, lineEnd});
        else if (words >= 3 && capitalised * 10 >= words * 7)
            m_titleCase.push_back({lineStart, lineEnd});
        lineStart = lineEnd + 1;
    }
}

} // namespace Gazette
