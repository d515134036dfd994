// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoterules.h"

#include <QRegularExpression>
#include <QSet>

namespace Gazette {

namespace {

using RE = QRegularExpression;

const QString Cue = QStringLiteral(
    "said|says|told|tells|added|adds|noted|wrote|writes|asked|explained|stressed|warned|insisted|replied|recalled|argued|continued|declared|"
    "posted|remarked|conceded|admitted|acknowledged|commented|observed|predicted|cautioned|concluded|joked|laughed|recounted");
// Words that begin a phrase but never a speaker: "said on Friday", "said that", "and said".
const QString NotASpeaker = QStringLiteral(
    "(?!(?:on|in|at|that|this|there|it|after|before|as|when|while|by|for|with|to|from|and|but|so|if|last|earlier|later|yesterday|today|"
    "tonight|of|during|through|speaking|then|also|not|now|again|once|recently|previously|repeatedly|afterwards)\\b)");
const QString NameWord = QStringLiteral("[\\p{Lu}][\\p{L}\\p{M}’'.+-]*");
const QString Particle = QStringLiteral("(?:de|da|do|dos|das|van|von|der|den|bin|al|la|le|di|del|ten|ter|y)");
// Up to six capitalised words, with particles between them: "Ma. Rosario V. Santiago", "Pieter de Graaf".
const QString Name = QStringLiteral("%1(?:[ \\t]+(?:%2[ \\t]+)?%1){0,5}").arg(NameWord, Particle);
const QString Pronoun = QStringLiteral("he|she|they|it|He|She|They|It");
// Lower-case words before a name: "race director", "the commission’s spokesman", "vivo senior vice president".
const QString LeadWords = QStringLiteral("(?:[\\p{Ll}][\\p{L}’'-]*[ \\t]+){0,4}");
// One to three lower-case words of a description between two names ("Betis manager Rui
// Almeida"), none of them a word that starts a new clause.
const QString DescriptionWords = QStringLiteral(
    "(?:(?!(?:and|or|but|when|while|as|after|before|because|if|who|whose|which|that|than|on|in|at|to|for|from|with|by|of|about)\\b)[\\p{Ll}][\\p{L}’'-]*[ \\t]+){1,3}");
// A subject phrase: "Tsai", "Salzburg coach Daniel Eberharter", "the bank's Monetary Policy Committee", "the company".
const QString Phrase = QStringLiteral("%1(?:[\\p{L}][\\p{L}\\p{M}\\p{N}’'.+&-]*)(?:[ \\t]+[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}’'.+&-]*){0,7}?").arg(NotASpeaker);
// One or two commas' worth between a name and its verb: "Yūko Hasegawa, 47, who runs a guesthouse, told".
const QString Apposition = QStringLiteral("(?:,[ \\t]+(?<apposition>[^,\\n“”\"]{1,90}),(?:[ \\t]+[^,\\n“”\"]{1,90},)?)?");

bool isAbbreviation(QStringView word)
{
    static const QSet<QString> abbreviations = {QStringLiteral("Dr"), QStringLiteral("Mr"), QStringLiteral("Mrs"), QStringLiteral("Ms"), QStringLiteral("Prof"),
                                                QStringLiteral("St"), QStringLiteral("Jr"), QStringLiteral("Sr"), QStringLiteral("No"), QStringLiteral("Ma"),
                                                QStringLiteral("Gen"), QStringLiteral("Sen"), QStringLiteral("Rep"), QStringLiteral("Gov"), QStringLiteral("Lt"),
                                                QStringLiteral("Col"), QStringLiteral("Capt"), QStringLiteral("Sgt"), QStringLiteral("Rev"), QStringLiteral("Mt")};
    return word.size() <= 1 || abbreviations.contains(word.toString()) || word.contains(QLatin1Char('.'));
}

const RE &pronounOnly()
{
    static const RE re(QStringLiteral("^(?:%1)$").arg(Pronoun));
    return re;
}

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
    while (end > start && text.at(end - 1).isSpace())
        --end;
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
    SpeakerKind kind = SpeakerKind::None;
    QString cue;
    QString rule;
};

bool hasCapitalisedWord(QStringView phrase)
{
    bool wordStart = true;
    for (const QChar c : phrase) {
        if (wordStart && c.isUpper())
            return true;
        wordStart = c.isSpace();
    }
    return false;
}

// The speaker of a match: the phrase before the verb, or its apposition when the phrase only
// describes the person ("Ezeh’s lawyer, Ifeoma Nwachukwu, said").
Attribution attributionOf(const QString &text, int offset, const QRegularExpressionMatch &m, const QString &rule)
{
    Attribution result;
    int start = offset + int(m.capturedStart(QStringLiteral("speaker")));
    int end = offset + int(m.capturedEnd(QStringLiteral("speaker")));
    const QString phrase = m.captured(QStringLiteral("speaker"));
    const QString apposition = m.captured(QStringLiteral("apposition"));
    const bool onlyDescribes = phrase.contains(u"’s") || phrase.contains(QLatin1String("'s")) || !phrase.at(0).isUpper()
                               || phrase.startsWith(QLatin1String("Its ")) || phrase.startsWith(QLatin1String("His ")) || phrase.startsWith(QLatin1String("Her "))
                               || phrase.startsWith(QLatin1String("The "));
    if (!apposition.isEmpty() && onlyDescribes && apposition.at(0).isUpper() && !pronounOnly().match(phrase).hasMatch()) {
        start = offset + int(m.capturedStart(QStringLiteral("apposition")));
        end = offset + int(m.capturedEnd(QStringLiteral("apposition")));
    }
    result.start = start;
    result.end = trimName(text, start, end);
    result.cue = m.captured(QStringLiteral("cue"));
    result.rule = rule;
    const QStringView speaker = QStringView(text).mid(result.start, result.end - result.start);
    result.kind = pronounOnly().matchView(speaker).hasMatch() ? SpeakerKind::Pronoun
                  : hasCapitalisedWord(speaker.startsWith(QLatin1String("The ")) ? speaker.mid(4) : speaker) ? SpeakerKind::Named
                                                                                                             : SpeakerKind::Nominal;
    return result;
}

// After the closing mark: ', Tsai said.', ' said Zhong,', ' he added', ', according to Daniel Okafor'.
Attribution after(const QString &text, int from)
{
    static const RE accordingTo(QStringLiteral("\\G[, \\t]*(?<cue>according to)[ \\t]+(?<speaker>%1%2)").arg(LeadWords, Name));
    // Not "told": the name after it is the audience ("...,' told PAP news agency").
    // The name may follow a description that has a name of its own: "said ICIMOD glaciologist
    // Sonam Lama", "said BOJ board member Sayuri Ota" (the speaker is the name after it).
    static const RE cueFirst(QStringLiteral("\\G[, \\t]*(?<cue>(?!told\\b|tells\\b)(?:%1))[ \\t]+%2(?:(?:%4[ \\t]+%5)?(?<speaker>%3%4)|(?<speaker2>(?:the|its|a|an)[ \\t]+[^,.\\n“”\"]{1,50}),[ \\t]+(?<apposition>%4))")
                                 .arg(Cue, NotASpeaker, LeadWords, Name, DescriptionWords));
    static const RE speakerFirst(QStringLiteral("\\G[, \\t]*(?<speaker>%1|%2)%3[ \\t]+(?<cue>%4)\\b").arg(Pronoun, Phrase, Apposition, Cue));
    // A bounded view: matching at an offset of the whole text would make long texts quadratic.
    const QStringView window = QStringView(text).mid(from, std::min<qsizetype>(240, text.size() - from));
    if (const auto m = accordingTo.matchView(window); m.hasMatch())
        return attributionOf(text, from, m, QStringLiteral("quote.according-to"));
    if (const auto m = cueFirst.matchView(window); m.hasMatch()) {
        if (m.hasCaptured(QStringLiteral("apposition"))) {
            Attribution result;
            result.start = from + int(m.capturedStart(QStringLiteral("apposition")));
            result.end = trimName(text, result.start, from + int(m.capturedEnd(QStringLiteral("apposition"))));
            result.kind = SpeakerKind::Named;
            result.cue = m.captured(QStringLiteral("cue"));
            result.rule = QStringLiteral("quote.cue-after");
            return result;
        }
        return attributionOf(text, from, m, QStringLiteral("quote.cue-after"));
    }
    if (const auto m = speakerFirst.matchView(window); m.hasMatch())
        return attributionOf(text, from, m, QStringLiteral("quote.cue-after"));
    return {};
}

// Before the opening mark, from the start of its clause: 'Tsai said: ', 'Visser told reporters, ',
// 'Its deputy leader, Begoña Arrizabalaga Ruiz, wrote on X:'.
Attribution before(const QString &text, int open)
{
    static const RE pattern(QStringLiteral("^\\s*(?<speaker>%1|%2)%3[ \\t]+(?<cue>%4)(?:[ \\t]+[\\w’'+.-]+){0,5}?\\s*[:,]\\s*$").arg(Pronoun, Phrase, Apposition, Cue));
    const TextRange clause = clauseBefore(text, open);
    if (clause.end - clause.start > 200)
        return {};
    const auto m = pattern.matchView(QStringView(text).mid(clause.start, clause.end - clause.start));
    if (!m.hasMatch())
        return {};
    Attribution result = attributionOf(text, clause.start, m, QStringLiteral("quote.cue-before"));
    return result;
}

bool isSmallWord(QStringView word)
{
    static const QSet<QString> small = {QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("and"),
                                        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("to"), QStringLiteral("for"),
                                        QStringLiteral("de"), QStringLiteral("la"), QStringLiteral("del"), QStringLiteral("with"), QStringLiteral("from")};
    return small.contains(word.toString());
}

} // namespace

bool looksLikeTitle(QStringView words)
{
    const QString trimmed = words.trimmed().toString();
    if (trimmed.isEmpty() || QStringLiteral(".,!?;:").contains(trimmed.back()))
        return false;
    const QStringList parts = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() > 8)
        return false;
    int capitalised = 0;
    for (const QString &word : parts) {
        if (!word.at(0).isLetter())
            continue;
        if (word.at(0).isUpper())
            ++capitalised;
        else if (!isSmallWord(word))
            return false;
    }
    return capitalised > 0;
}

TextRange clauseBefore(QStringView text, int open)
{
    // A quote that opens its paragraph after a colon is introduced by the sentence with the colon.
    int end = open;
    int back = open - 1;
    while (back >= 0 && text.at(back).isSpace())
        --back;
    if (back >= 0 && text.at(back) == QLatin1Char(':') && text.mid(back, open - back).contains(QLatin1Char('\n')))
        end = back + 1;
    int start = end;
    while (start > 0) {
        const QChar c = text.at(start - 1);
        if (c == QLatin1Char('\n') || c == QChar(0x201D) || c == QChar(0x201C) || c == QLatin1Char('"') || c == QChar(0x2018))
            break;
        // A single mark that closes a quote, not an apostrophe: after the quote's punctuation
        // or before a clause's ("‘... patience’, while Eurogamer wrote"; not "teachers’ strike").
        if ((c == QChar(0x2019) || c == QLatin1Char('\'')) && start - 1 > 0
            && (QStringView(u",.?!").contains(text.at(start - 2)) || (start < text.size() && QStringView(u",;:.?!").contains(text.at(start)))))
            break;
        if ((c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!')) && start < text.size() && text.at(start).isSpace()) {
            int wordStart = start - 1;
            while (wordStart > 0 && !text.at(wordStart - 1).isSpace())
                --wordStart;
            if (c != QLatin1Char('.') || !isAbbreviation(text.mid(wordStart, start - 1 - wordStart)))
                break;
        }
        --start;
    }
    while (start < end && text.at(start).isSpace())
        ++start;
    return {start, end};
}

QList<QuoteMatch> findQuotes(QStringView view)
{
    const QString text = view.toString();
    const int headlineEnd = int(text.indexOf(QLatin1Char('\n')) < 0 ? text.size() : text.indexOf(QLatin1Char('\n')));
    QList<QuoteMatch> quotes;
    int i = 0;
    Attribution previous;      // the last quote's speaker, for split and continued quotes
    int previousEnd = -1000;
    bool previousClosed = true;
    while (i < text.size()) {
        const QChar open = text.at(i);
        const bool doubleMark = open == QChar(0x201C) || open == QLatin1Char('"');
        const bool singleMark = open == QChar(0x2018) || open == QLatin1Char('\'');
        if (!doubleMark && !singleMark) {
            ++i;
            continue;
        }
        // A single mark opens a quote at the start of a word only ("Poland's" has an apostrophe).
        if (singleMark && ((i > 0 && !text.at(i - 1).isSpace() && text.at(i - 1) != QLatin1Char('(')) || i + 1 >= text.size() || !text.at(i + 1).isLetterOrNumber())) {
            ++i;
            continue;
        }
        const QChar close = open == QChar(0x201C) ? QChar(0x201D) : open == QChar(0x2018) ? QChar(0x2019) : open;
        // Inside single marks, "farmers’ children" is a plural's apostrophe, not the closing mark
        // (that one comes after punctuation, or before a small word: "‘... tools,’ she wrote",
        // "‘dictated from Brussels’ and said"): passed over while another closing mark follows
        // in the paragraph.
        const auto pluralApostrophe = [&](int at) {
            static const QSet<QStringView> small = {u"and", u"but", u"or", u"nor", u"as", u"in", u"on", u"at", u"to", u"for", u"from", u"with",
                                                     u"by", u"of", u"is", u"was", u"were", u"are", u"be", u"he", u"she", u"they", u"it", u"we",
                                                     u"said", u"says", u"told", u"which", u"that", u"who", u"when", u"while", u"after", u"before",
                                                     u"because", u"since", u"if", u"than", u"then", u"so", u"yet", u"until", u"over", u"about"};
            if (!singleMark || at <= 0 || text.at(at - 1) != QLatin1Char('s') || at + 2 >= text.size() || text.at(at + 1) != QLatin1Char(' ')
                || !text.at(at + 2).isLower())
                return false;
            int end = at + 2;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            return !small.contains(QStringView(text).mid(at + 2, end - at - 2));
        };
        int j = i + 1;
        int apostrophe = -1; // the first plural's apostrophe passed over
        while (j < text.size() && text.at(j) != QLatin1Char('\n')) {
            if (text.at(j) == close && (doubleMark || j + 1 >= text.size() || !text.at(j + 1).isLetterOrNumber())) {
                if (!pluralApostrophe(j))
                    break;
                if (apostrophe < 0)
                    apostrophe = j;
            }
            ++j;
        }
        if ((j >= text.size() || text.at(j) != close) && apostrophe >= 0)
            j = apostrophe;
        const bool closed = j < text.size() && text.at(j) == close;
        // A single mark that never closes is an apostrophe ("'90s"), unless it is the opening
        // mark itself (‘, never an apostrophe) at the start of a paragraph: a British-style quote
        // that runs on to the next paragraph, where the next mark opens it again.
        // (A straight mark too, before a letter: "'Tis" and "'90s" do not open news paragraphs.)
        const bool paragraphOpening = (open == QChar(0x2018) || (open == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1).isLetter()))
            && (i == 0 || text.at(i - 1) == QLatin1Char('\n'));
        if (singleMark && !closed && !paragraphOpening) {
            ++i;
            continue;
        }
        // A quote that runs on to the next paragraph ends at the line end (each paragraph is a span).
        const int start = i + 1;
        const int end = j;
        i = closed ? j + 1 : j;
        if (end - start < 1)
            continue;
        QuoteMatch quote;
        quote.start = start;
        quote.end = end;
        quote.closed = closed;
        const QStringView words = QStringView(text).mid(start, end - start);
        const bool inHeadline = start < headlineEnd;
        Attribution who = closed ? after(text, j + 1) : Attribution();
        if (who.start < 0)
            who = before(text, start - 1);
        const bool opensParagraph = start - 1 == 0 || text.at(start - 2) == QLatin1Char('\n');
        bool continues = false;
        if (who.start < 0 && !previousClosed && opensParagraph) {
            // UK style: the mark at the start of each paragraph, the closing one at the end.
            who = previous;
            who.rule = QStringLiteral("quote.paragraph-continued");
            continues = true;
        } else if (who.start < 0 && previous.start >= 0 && start - previousEnd < 200
                   && !QStringView(text).mid(previousEnd, start - previousEnd).contains(QLatin1Char('\n'))) {
            // A split or continued quote: "A," Tsai said. "B." takes the speaker of the part before.
            who = previous;
            who.rule = QStringLiteral("quote.continued");
            continues = true;
        }
        const int wordsInQuote = wordCount(words);
        if (inHeadline && closed && who.start < 0) {
            // "Napoli Coach Pimentel: 'We Gave Inter a Lesson'", "'I Write About Those Who Stayed':
            // Agnieszka Nowak on Her Novel": a headline's colon joins a quote to its speaker.
            static const RE nameAfterColon(QStringLiteral("^[ \\t]*:[ \\t]+(?<speaker>%1)").arg(Name));
            static const RE nameBeforeColon(QStringLiteral("(?<speaker>%1)[ \\t]*:[ \\t]*$").arg(Name));
            const int afterClose = j + 1;
            if (const auto m = nameAfterColon.matchView(QStringView(text).mid(afterClose, std::max(0, headlineEnd - afterClose))); m.hasMatch()) {
                who = attributionOf(text, afterClose, m, QStringLiteral("quote.headline-colon"));
            } else if (const auto b = nameBeforeColon.matchView(QStringView(text).mid(0, start - 1)); b.hasMatch()) {
                who = attributionOf(text, 0, b, QStringLiteral("quote.headline-colon"));
            }
            if (who.start >= 0)
                who.cue = QStringLiteral("said");
        }
        if (inHeadline) {
            // Headlines quote fragments after "Says" and print titles in capitals: keep only the former.
            static const RE says(QStringLiteral("\\b(?:says|said|tells|told|warns|vows)\\s*:?\\s*$"), RE::CaseInsensitiveOption);
            // "Mayor Says Harbour Plan 'Works'": the verb may come a few words before the fragment.
            static const RE saysBefore(QStringLiteral("\\b(?:says|said|tells|told|warns|vows)\\b(?:\\s+[\\w’'-]+){1,4}\\s*$"), RE::CaseInsensitiveOption);
            const QStringView headlineBefore = QStringView(text).mid(0, start - 1);
            if (who.start < 0 && !says.matchView(headlineBefore).hasMatch() && (looksLikeTitle(words) || wordsInQuote < 4)) {
                if (!saysBefore.matchView(headlineBefore).hasMatch())
                    continue;
                quote.taggerCue = false;
            }
        } else if (who.start < 0 && !continues && looksLikeTitle(words)) {
            continue; // a title of a work or a nickname
        }
        quote.speakerStart = who.start;
        quote.speakerEnd = who.end;
        quote.speakerKind = who.kind;
        quote.pronoun = who.kind == SpeakerKind::Pronoun;
        quote.cue = who.cue;
        quote.ruleId = who.start < 0 ? (inHeadline ? QStringLiteral("quote.headline") : QStringLiteral("quote.unattributed")) : who.rule;
        quote.confidence = who.start < 0 ? 0.6 : (continues ? 0.8 : 0.9);
        quote.needsSpeaker = who.start < 0 && !inHeadline && !continues && wordsInQuote < 4;
        quotes.append(quote);
        previous = who;
        if (who.start < 0)
            previous.rule = QStringLiteral("quote.paragraph-continued");
        previousClosed = closed;
        previousEnd = int(closed ? j + 1 : j);
        // The attribution after the quote belongs to it, so the next quote is measured from there.
        if (who.end > previousEnd)
            previousEnd = who.end;
    }
    return quotes;
}

} // namespace Gazette
