// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Gazette {

namespace {

constexpr double MaximumErrorRate = 0.25;
// Short quotes occur by chance: an exact match elsewhere must also agree with its context.
constexpr int ShortQuoteLength = 12;
constexpr double MinimumContextForShortQuotes = 0.3;

double contextScore(const QString &text, const AnchorQuery &query, int start, int end)
{
    double total = 0.0;
    int parts = 0;
    if (!query.prefix.isEmpty()) {
        const int from = std::max(0, start - int(query.prefix.size()));
        total += bigramSimilarity(query.prefix, QStringView(text).mid(from, start - from));
        ++parts;
    }
    if (!query.suffix.isEmpty()) {
        total += bigramSimilarity(query.suffix, QStringView(text).mid(end, query.suffix.size()));
        ++parts;
    }
    return parts ? total / parts : 1.0;
}

int expectedPosition(const QString &text, const AnchorQuery &query)
{
    if (query.oldTextLength <= 0)
        return query.oldStart;
    return int(std::llround(double(query.oldStart) * double(text.size()) / double(query.oldTextLength)));
}

double positionScore(int position, int expected, qsizetype textLength)
{
    const double scale = std::max<double>(200.0, double(textLength));
    return 1.0 - std::min(1.0, std::abs(position - expected) / scale);
}

// Sellers' algorithm: the smallest edit distance between pattern and any substring of text
// ending at each position. Returns the best (distance, end) with ties broken by closeness to
// expectedEnd.
std::pair<int, int> bestApproximateEnd(QStringView pattern, QStringView text, int expectedEnd)
{
    const auto m = pattern.size();
    std::vector<int> previous(size_t(m) + 1);
    std::vector<int> current(size_t(m) + 1);
    for (qsizetype i = 0; i <= m; ++i)
        previous[size_t(i)] = int(i);
    int bestDistance = int(m);
    int bestEnd = 0;
    for (qsizetype j = 1; j <= text.size(); ++j) {
        current[0] = 0;
        const QChar c = text[j - 1];
        for (qsizetype i = 1; i <= m; ++i) {
            const int substitution = previous[size_t(i - 1)] + (pattern[i - 1] == c ? 0 : 1);
            current[size_t(i)] = std::min({previous[size_t(i)] + 1, current[size_t(i - 1)] + 1, substitution});
        }
        const int distance = current[size_t(m)];
        if (distance < bestDistance
            || (distance == bestDistance && std::abs(int(j) - expectedEnd) < std::abs(bestEnd - expectedEnd))) {
            bestDistance = distance;
            bestEnd = int(j);
        }
        std::swap(previous, current);
    }
    return {bestDistance, bestEnd};
}

} // namespace

double bigramSimilarity(QStringView a, QStringView b)
{
    if (a == b)
        return 1.0;
    if (a.size() < 2 || b.size() < 2)
        return 0.0;
    QHash<quint32, int> bigrams;
    for (qsizetype i = 0; i + 1 < a.size(); ++i)
        ++bigrams[(quint32(a[i].unicode()) << 16) | a[i + 1].unicode()];
    int common = 0;
    for (qsizetype i = 0; i + 1 < b.size(); ++i) {
        auto it = bigrams.find((quint32(b[i].unicode()) << 16) | b[i + 1].unicode());
        if (it != bigrams.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    return 2.0 * common / double(a.size() - 1 + b.size() - 1);
}

AnchorResult anchor(const QString &text, const AnchorQuery &query)
{
    AnchorResult result;
    const int quoteLength = int(query.quote.size());
    if (quoteLength == 0 || text.isEmpty())
        return result;
    const int expected = expectedPosition(text, query);

    // 1. Exact matches of the quote.
    double bestScore = -1.0;
    for (qsizetype at = text.indexOf(query.quote); at >= 0; at = text.indexOf(query.quote, at + 1)) {
        const int start = int(at);
        const double context = contextScore(text, query, start, start + quoteLength);
        if (quoteLength < ShortQuoteLength && context < MinimumContextForShortQuotes
            && std::abs(start - expected) > 2 * quoteLength + 64)
            continue; // a chance occurrence of a short word far away: not this span
        const double score = 0.75 * context + 0.25 * positionScore(start, expected, text.size());
        if (score > bestScore) {
            bestScore = score;
            result = {true, true, start, start + quoteLength, 0.5 + 0.5 * context};
        }
    }
    if (result.found)
        return result;

    // 2. An approximate match near where the span was.
    if (quoteLength < 4)
        return result;
    const int maxErrors = int(std::floor(quoteLength * MaximumErrorRate));
    const int radius = std::max(2000, quoteLength * 4);
    const int windowStart = std::max(0, expected - radius);
    const int windowEnd = std::min(int(text.size()), expected + quoteLength + radius);
    const QStringView window = QStringView(text).mid(windowStart, windowEnd - windowStart);
    const auto [distance, endInWindow] = bestApproximateEnd(query.quote, window, expected + quoteLength - windowStart);
    if (distance > maxErrors)
        return result;

    // Find where that match starts: the same search on the reversed strings.
    const int span = std::min(endInWindow, quoteLength + maxErrors);
    QString reversedQuote = query.quote;
    std::reverse(reversedQuote.begin(), reversedQuote.end());
    QString reversedText = window.mid(endInWindow - span, span).toString();
    std::reverse(reversedText.begin(), reversedText.end());
    const auto [reverseDistance, reverseEnd] = bestApproximateEnd(reversedQuote, reversedText, quoteLength);
    const int start = windowStart + endInWindow - reverseEnd;
    const int end = windowStart + endInWindow;
    if (reverseDistance > maxErrors || end <= start)
        return result;
    const double context = contextScore(text, query, start, end);
    if (context < MinimumContextForShortQuotes && distance > 0 && quoteLength < 2 * ShortQuoteLength)
        return result;
    result = {true, false, start, end, (1.0 - double(distance) / quoteLength) * (0.5 + 0.5 * context)};
    return result;
}

} // namespace Gazette
