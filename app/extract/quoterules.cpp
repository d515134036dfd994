// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoterules.h"

#include <QRegularExpression>

namespace Gazette {

namespace {

const QRegularExpression &pronounOnly();


const QString Cue = QStringLiteral("said|says|told|added|noted|wrote|asked|explained|stressed|warned|insisted|replied|recalled|argued|continued");
const QString Name = QStringLiteral("[A-Z][\\w’'.-]*(?:\\s+(?:[A-Z][\\w’'.-]*|de|van|von|bin|al-)){0,3}");
const QString Pronoun = QStringLiteral("he|she|they|He|She|They");

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        words += letter && !inWord;
        inWord = letter;
    }
    return words;
}

// A name ends before the sentence's full stop; an initial ("J.") keeps its own.
int trimName(const QString &text, int start, int end)
{
    if (end > start && text.at(end - 1) == QLatin1Char('.')) {
        int wordStart = end - 1;
        while (wordStart > start && !text.at(wordStart - 1).isSpace())
            --wordStart;
        if (end - 1 - wordStart > 1)
            --end;
    }
    return end;
}

struct Attribution
{
    int start = -1;
    int end = -1;
    bool pronoun = false;
    QString cue;
};

// After the closing mark: ', Tsai said.', ' said Zhong,', ' he added', ', according to Daniel Okafor'.
Attribution after(const QString &text, int from)
{
    // Within the same paragraph: a new paragraph after a quote starts a new sentence.
    static const QRegularExpression cueFirst(QStringLiteral("\\G[, \\t]*(?<cue>%1|according to)[ \\t]+(?<speaker>%2)").arg(Cue, Name));
    static const QRegularExpression speakerFirst(
        QStringLiteral("\\G[, \\t]*(?<speaker>%1|%2)(?:,[ \\t]+[^,\\n]{1,60},)?[ \\t]+(?<cue>%3)\\b").arg(Pronoun, Name, Cue));
    Attribution result;
    for (const QRegularExpression *pattern : {&cueFirst, &speakerFirst}) {
        // A bounded view: matching at an offset of the whole text would make long texts quadratic.
        const auto m = pattern->matchView(QStringView(text).mid(from, std::min<qsizetype>(200, text.size() - from)));
        if (m.hasMatch()) {
            result.start = from + int(m.capturedStart(QStringLiteral("speaker")));
            result.end = trimName(text, result.start, from + int(m.capturedEnd(QStringLiteral("speaker"))));
            result.cue = m.captured(QStringLiteral("cue"));
            result.pronoun = pronounOnly().match(m.captured(QStringLiteral("speaker"))).hasMatch();
            return result;
        }
    }
    return result;
}

// Before the opening mark: 'Tsai said: ', 'Visser told reporters, '.
Attribution before(const QString &text, int to)
{
    static const QRegularExpression pattern(QStringLiteral("(?<speaker>%1|%2)\\s+(?<cue>%3)(?:\\s+\\w+){0,2}\\s*[:,]\\s*$").arg(Pronoun, Name, Cue));
    const int from = std::max(0, to - 120);
    const auto m = pattern.matchView(QStringView(text).mid(from, to - from));
    Attribution result;
    if (m.hasMatch()) {
        result.start = from + int(m.capturedStart(QStringLiteral("speaker")));
        result.end = from + int(m.capturedEnd(QStringLiteral("speaker")));
        result.cue = m.captured(QStringLiteral("cue"));
        result.pronoun = pronounOnly().match(m.captured(QStringLiteral("speaker"))).hasMatch();
    }
    return result;
}

const QRegularExpression &pronounOnly()
{
    static const QRegularExpression re(QStringLiteral("^(?:%1)$").arg(Pronoun));
    return re;
}

} // namespace

QList<QuoteMatch> findQuotes(QStringView view)
{
    const QString text = view.toString();
    QList<QuoteMatch> quotes;
    int i = 0;
    Attribution previous;      // the last quote's speaker, for split and continued quotes
    int previousEnd = -1000;
    while (i < text.size()) {
        const QChar open = text.at(i);
        const bool curly = open == QChar(0x201C);
        const bool straight = open == QLatin1Char('"');
        if (!curly && !straight) {
            ++i;
            continue;
        }
        const QChar close = curly ? QChar(0x201D) : QLatin1Char('"');
        int j = i + 1;
        while (j < text.size() && text.at(j) != close && text.at(j) != QLatin1Char('\n'))
            ++j;
        const bool closed = j < text.size() && text.at(j) == close;
        // A quote that runs on to the next paragraph ends at the line end (each paragraph is a span).
        const int start = i + 1;
        const int end = j;
        i = closed ? j + 1 : j;
        if (end - start < 1)
            continue;
        QuoteMatch quote;
        quote.start = start;
        quote.end = end;
        Attribution who = closed ? after(text, j + 1) : Attribution();
        quote.ruleId = QStringLiteral("quote.after");
        if (who.start < 0) {
            who = before(text, start - 1);
            quote.ruleId = QStringLiteral("quote.before");
        }
        // A split or continued quote: "A," Tsai said. "B." takes the speaker of the part before.
        const bool continues = who.start < 0 && previous.start >= 0 && start - previousEnd < 80;
        if (continues) {
            who = previous;
            quote.ruleId = QStringLiteral("quote.continued");
        }
        const int words = wordCount(QStringView(text).mid(start, end - start));
        if (who.start < 0 && words < 4)
            continue; // a scare quote or a quoted name, not reported speech
        quote.speakerStart = who.start;
        quote.speakerEnd = who.end;
        quote.pronoun = who.pronoun;
        quote.cue = who.cue;
        quote.confidence = who.start < 0 ? 0.6 : (continues ? 0.75 : 0.9);
        if (who.start < 0)
            quote.ruleId = QStringLiteral("quote.unattributed");
        quotes.append(quote);
        previous = who;
        previousEnd = int(closed ? j + 1 : j);
        // The attribution after the quote belongs to it, so the next quote is measured from there.
        if (who.end > previousEnd)
            previousEnd = who.end;
    }
    return quotes;
}

} // namespace Gazette
