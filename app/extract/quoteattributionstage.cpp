// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteattributionstage.h"

#include "extract/speakerresolver.h"
#include "extract/stagehelpers.h"

#include <optional>

namespace Gazette {

namespace {

using RE = QRegularExpression;

Annotation quoteSpan(const QuoteMatch &q)
{
    Annotation quote;
    quote.start = q.start;
    quote.end = q.end;
    quote.label = QStringLiteral("QUOTE");
    quote.ruleId = q.ruleId;
    quote.confidence = q.confidence;
    quote.origin = Origin::Auto;
    quote.status = AnnotationStatus::Suggested; // its words come last, with every span's (Extractor::extract)
    return quote;
}

Evidence evidenceOf(int start, int end)
{
    return Evidence{start, end, {}, {}, {}, false}; // its words come last (Extractor::extract)
}

// Who said a quote, by which sieve, how sure.
struct Speaker
{
    const Annotation *mention = nullptr;
    QString rule;
    QString cue;
    double confidence = 0.0;
    bool unnamed = false; // the words beside the quote name someone who has no name in it: no sieve guesses one
};

// "Their lawyer, Rizky Amalia Pohan, told ANTARA:": the person named in apposition right after
// a description of the speaker.
const Annotation *namedInApposition(const QString &text, int descriptionEnd, const SpeakerResolver &resolver)
{
    static const QRegularExpression apposition(QStringLiteral("^,\\s+(?<name>[^,.;:“”\"]{2,60})(?:,|\\.(?:\\s|$)|$)"));
    const auto m = apposition.matchView(QStringView(text).mid(descriptionEnd, std::min<qsizetype>(70, text.size() - descriptionEnd)));
    if (!m.hasMatch())
        return nullptr;
    const int nameStart = descriptionEnd + int(m.capturedStart(u"name")), nameEnd = descriptionEnd + int(m.capturedEnd(u"name"));
    const Annotation *named = resolver.within(nameStart, nameEnd);
    return named && named->label == QLatin1String("PERSON") && named->start == nameStart ? named : nullptr;
}

// The words next to the quote named a speaker (quoterules.h): the name in them, the pronoun or
// the description resolved.
Speaker fromWordsBeside(const QString &text, const QuoteMatch &quote, const SpeakerResolver &resolver)
{
    // "“...,” said a customer in Bergen. Karin Dahl said ...": the words that name the speaker end
    // with their sentence; a name in the next one is someone else's.
    QuoteMatch q = quote;
    static const RE sentenceEnd(QStringLiteral("(?<!\\b\\p{Lu})(?<!\\b\\p{Lu}\\p{Ll})(?<!\\b(?:Mrs|Gen|Col|Sgt|Prof|Mohd|Muhd|Capt|Cmdr|Rev|Hon))\\.\\s+(?=\\p{Lu})"));
    if (q.speakerEnd > q.speakerStart) {
        if (const auto e = sentenceEnd.matchView(QStringView(text).mid(q.speakerStart, q.speakerEnd - q.speakerStart)); e.hasMatch()) {
            q.speakerEnd = q.speakerStart + int(e.capturedStart());
            static const RE someone(QStringLiteral("^(?:an?|one|another)\\s"));
            if (someone.matchView(QStringView(text).mid(q.speakerStart, q.speakerEnd - q.speakerStart)).hasMatch()) {
                Speaker unnamed{nullptr, q.ruleId, q.cue, q.confidence};
                unnamed.unnamed = true;
                return unnamed;
            }
        }
    }
    const QStringView phrase = QStringView(text).mid(q.speakerStart, q.speakerEnd - q.speakerStart);
    const int before = std::min(q.start, q.speakerStart);
    Speaker s{nullptr, q.ruleId, q.cue, q.confidence};
    switch (q.speakerKind) {
    case SpeakerKind::Named: {
        // "“...,” one Sochaux supporter said", "a Commission official said": someone unnamed of an
        // organisation, not the organisation.
        static const RE unnamedMember(QStringLiteral("(?:^|\\s)(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\\s+(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,3}"
                                                     "(?:supporters?|fans?|residents?|voters?|workers?|players?|members?|officials?|sources?|executives?|"
                                                     "employees?|shoppers?|customers?|farmers?|drivers?|traders?|students?|teachers?|nurses?|doctors?|"
                                                     "diplomats?|lawmakers?|engineers?|staff|insiders?|analysts?)$"));
        const int lead = std::max(0, q.speakerStart - 12);
        if (unnamedMember.matchView(QStringView(text).mid(lead, q.speakerEnd - lead)).hasMatch()) {
            s.unnamed = true;
            break;
        }
        // ("“...,” the Swede said": a nationality is no name)
        if (!resolver.isNationality(phrase))
            s.mention = resolver.within(q.speakerStart, q.speakerEnd);
        // "said Oppo Tanzania's head of marketing, Juma Mrema": the owner of the job is not the
        // one who has it.
        if (s.mention && s.mention->label != QLatin1String("PERSON")) {
            static const RE ownersJob(QStringLiteral("^(?:’s|'s)\\s+(?:[\\p{Ll}-]+\\s+){0,4}[\\p{Ll}-]+(?=,)"));
            if (const auto job = ownersJob.matchView(QStringView(text).mid(s.mention->end, std::min<qsizetype>(60, text.size() - s.mention->end))); job.hasMatch()) {
                if (const Annotation *named = namedInApposition(text, s.mention->end + int(job.capturedEnd()), resolver))
                    s.mention = named;
            }
        }
        // "On Thursday evening he wrote on X:": words that set the scene, then the pronoun that speaks.
        if (!s.mention) {
            static const RE lastPronoun(QStringLiteral("\\s(?<pronoun>he|she|they)$"));
            if (const auto p = lastPronoun.matchView(phrase); p.hasMatch()) {
                s.mention = resolver.pronoun(p.capturedView(QStringLiteral("pronoun")), q.speakerStart + int(p.capturedStart(QStringLiteral("pronoun"))));
                s.rule += QStringLiteral(".pronoun");
                s.confidence *= 0.8;
                break;
            }
        }
        // "according to Palmeiras coach Rogério Quaresma Vidal": the person the description
        // after the name introduces.
        if (q.ruleId == QLatin1String("quote.according-to")) {
            static const RE described(QStringLiteral("^[ \\t]+(?:[\\p{Ll}][\\p{L}’'-]*[ \\t]+){1,3}(?=\\p{Lu})"));
            if (const auto d = described.matchView(QStringView(text).mid(q.speakerEnd, std::min<qsizetype>(60, text.size() - q.speakerEnd))); d.hasMatch()) {
                const int nameStart = q.speakerEnd + int(d.capturedEnd());
                if (const Annotation *named = resolver.within(nameStart, nameStart + 1); named && named->start == nameStart && named->label == QLatin1String("PERSON"))
                    s.mention = named;
            }
        }
        if (!s.mention)
            s.mention = namedInApposition(text, q.speakerEnd, resolver);
        if (!s.mention) {
            s.mention = resolver.nominal(phrase, before);
            s.rule += QStringLiteral(".nominal");
            s.confidence *= 0.85;
        }
        break;
    }
    case SpeakerKind::Pronoun:
        s.mention = resolver.pronoun(phrase, before);
        s.rule += QStringLiteral(".pronoun");
        s.confidence *= 0.8;
        break;
    case SpeakerKind::Nominal:
        s.mention = resolver.within(q.speakerStart, q.speakerEnd);
        if (!s.mention)
            s.mention = namedInApposition(text, q.speakerEnd, resolver);
        if (!s.mention)
            s.mention = resolver.nominal(phrase, before);
        s.rule += QStringLiteral(".nominal");
        s.confidence *= 0.8;
        break;
    case SpeakerKind::None:
        break;
    }
    return s;
}

// "Bertolotti, nicknamed “El Profesor” by fans, described the win as “...”": the clause before
// the quote stops at the nickname's marks; its subject is before them. Where the clause starts
// right after a short quotation (a nickname, a title), the start of the clause before that one.
int startBeforeShortQuote(const QString &text, int clauseStart)
{
    if (clauseStart < 2)
        return clauseStart;
    int back = clauseStart - 1;
    while (back > 0 && text.at(back) == QLatin1Char(' '))
        --back;
    const QChar close = text.at(back);
    if (close != QChar(0x201D) && close != QLatin1Char('"'))
        return clauseStart;
    const QChar open = close == QLatin1Char('"') ? close : QChar(0x201C);
    const int from = std::max(0, back - 41);
    const qsizetype inWindow = QStringView(text).mid(from, back - from).lastIndexOf(open);
    const qsizetype opening = inWindow < 0 ? -1 : from + inWindow;
    if (opening < 0 || QStringView(text).mid(opening, back - opening).contains(QLatin1Char('\n')))
        return clauseStart;
    return clauseBefore(text, int(opening)).start;
}

// The paragraph before a quote that opens its own paragraph and names nobody: "The lead author,
// glaciologist Kari Anne Vestrheim, said the results were worse than expected." and then the
// quote. Its last sentence must have a speaking verb and a subject.
Speaker fromPreviousParagraph(const QString &text, const QuoteMatch &q, const SpeakerResolver &resolver)
{
    static const RE speech(QStringLiteral("\\b(?:said|says|told|tells|added|explained|warned|noted|recalled|argued|insisted|wrote|spoke)\\b"));
    Speaker s;
    // The quote opens its paragraph: only a mark (and spaces) since the line's start; or it
    // opens a sentence after a full stop in its paragraph ("Athens’s mayor, Mr Yiannis
    // Karapanagiotou, spoke to reporters on Tuesday. ‘Every week ...’").
    int paragraphOpen = q.start - 1;
    while (paragraphOpen > 0 && q.start - paragraphOpen < 4 && text.at(paragraphOpen - 1) != QLatin1Char('\n'))
        --paragraphOpen;
    int back = q.start - 2;
    while (back > 0 && text.at(back) == QLatin1Char(' '))
        --back;
    const bool opensSentence = back > 0 && back < q.start - 2 && text.at(back) == QLatin1Char('.');
    if (!opensSentence) {
        if (paragraphOpen <= 0 || text.at(paragraphOpen - 1) != QLatin1Char('\n') || QStringView(text).mid(paragraphOpen, q.start - paragraphOpen).trimmed().size() > 1)
            return s;
        back = paragraphOpen - 1;
    }
    while (back > 0 && text.at(back).isSpace())
        --back;
    const QChar last = text.at(back);
    if (back <= 0 || (last != QLatin1Char('.') && last != QLatin1Char(':')))
        return s; // a paragraph that ends in a quotation mark is a quote of its own
    const TextRange clause = clauseBefore(text, back);
    // "Asked about the title race, he was cautious.": the one asked answers.
    static const RE asked(QStringLiteral("^\\s*Asked\\s+(?:about|whether|if|what|how|why|when|who|for)\\b[^,.]{0,100},\\s+(?<pronoun>he|she|they)\\s"));
    if (const auto a = asked.matchView(QStringView(text).mid(clause.start, clause.end - clause.start)); a.hasMatch()) {
        s.mention = resolver.pronoun(a.capturedView(QStringLiteral("pronoun")), clause.start + int(a.capturedStart(QStringLiteral("pronoun"))));
        s.rule = QStringLiteral("quote.previous-paragraph");
        s.cue = QStringLiteral("said");
        s.confidence = 0.6;
        return s;
    }
    const auto m = speech.matchView(QStringView(text).mid(clause.start, clause.end - clause.start));
    if (!m.hasMatch())
        return s;
    s.mention = resolver.subjectOf(clause.start, clause.start + int(m.capturedStart()));
    s.rule = QStringLiteral("quote.previous-paragraph");
    s.cue = QStringLiteral("said");
    s.confidence = 0.65;
    return s;
}

// "Asked about X, who had called the batteries “...,” he said": the one a relative clause says
// called it so (the words after the quote introduce the next one).
const RE &whoCalledPattern()
{
    static const RE pattern(QStringLiteral("(?<who>[^,;:“”\"‘]{2,60}?),\\s+who\\s+(?:had\\s+|has\\s+)?(?:called|described|branded|dubbed|labelled|labeled|"
                                           "praised|hailed)\\b[^“”\"‘.;:]*$"));
    return pattern;
}

// "Asked about X, who had said Honor was “selling a city phone,” he said:": the words of the one
// asked about, in the relative clause that describes them, not of the one who answers.
const RE &whoSaidPattern()
{
    // (the whole stretch before "who", descriptions and all: the person in it, "Asked about Jallah
    // Kollie, Transsion's head for the region, who had said", "led by X, the Labour MP for Kent, who said")
    static const RE pattern(QStringLiteral("(?<who>[^;:“”\"‘]{2,120}?),\\s+who\\s+(?:had\\s+|has\\s+)?(?:said|argued|claimed|insisted|warned|complained|told\\s+[^,;:“”\"‘]{1,40}?)\\b[^“”\"‘.;:]*$"));
    return pattern;
}

// Sieves over the clause that leads up to a quote, for quotes with no speaker beside them:
// "In X's view, “", "X called the vote “", "X wrote on X that ... “", "the ministry said in a
// statement that ... “", "a spokesperson for X said ... “", "Her reply was brief: “".
Speaker fromClause(const QString &text, const QuoteMatch &q, const SpeakerResolver &resolver)
{
    // (and "In the view of Ilse Rademaker, a tourism economist, the proposal ‘...’")
    static const RE inWords(QStringLiteral("\\b[Ii]n\\s+(?:(?<pronoun>his|her|their|its)|(?<name>[^,“”\"]{2,60}?)(?:’s|'s))\\s+(?:own\\s+)?(?:words|view|opinion|telling)\\b|"
                                           "\\b[Ii]n\\s+the\\s+(?:words|view|opinion|eyes)\\s+of\\s+(?<of>[^,“”\"‘]{2,60}?)\\s*,"));
    static const RE verb(QStringLiteral("\\b(?:(?<described>called|calls|described|describes|praised|praises|hailed|hails|dubbed|branded|labelled|labeled|(?:pitching|pitched|touting|touted|billing|billed)(?=\\s+(?:\\w+\\s+){0,3}?as\\b))|"
                                        "(?<wrote>wrote|writes|posted|posts|tweeted)(?=\\s+(?:on|in)\\b)|"
                                        "(?<said>said|says|saying|told|tells|added|adding|warned|warns|urged|urges|accused|accuses|insisted|argued|stressed|noted|"
                                        "reported|wrote|writes|promised|pledged|vowed|complained|conceded|admitted|claimed|acknowledged|agreed|"
                                        "criticised|criticized|blamed|welcomed|described|predicted|estimated|expects|believes|thinks|"
                                        "called for|warned against|spoke of|(?<!\\bwhen\\s)(?<!\\bif\\s)(?<!\\bafter\\s)(?<!\\bonce\\s)asked))\\b"));
    const TextRange clause = clauseBefore(text, q.start - 1);
    const QStringView words = QStringView(text).mid(clause.start, clause.end - clause.start);
    Speaker s;
    if (const auto m = inWords.matchView(words); m.hasMatch()) {
        const int at = clause.start + int(m.capturedStart());
        const QString name = m.hasCaptured(QStringLiteral("of")) ? QStringLiteral("of") : QStringLiteral("name");
        s.mention = m.hasCaptured(QStringLiteral("pronoun")) ? resolver.pronoun(m.capturedView(QStringLiteral("pronoun")), at)
                                                             : resolver.within(clause.start + int(m.capturedStart(name)), clause.start + int(m.capturedEnd(name)));
        // "In the federation’s view": the organisation the article called so.
        if (!s.mention && m.hasCaptured(QStringLiteral("name")) && m.capturedView(name).startsWith(QLatin1String("the ")))
            s.mention = resolver.nominal(m.capturedView(name), at, true);
        s.rule = QStringLiteral("quote.in-words");
        s.cue = QStringLiteral("said");
        s.confidence = 0.85;
        return s;
    }
    // "brushed aside a remark by Hlas chairman Radovan Mináč that Smer had “...”": the one the
    // remark is by, not the subject who answers it.
    static const RE remarkBy(QStringLiteral("\\b(?:remarks?|comments?|claims?|suggestions?|warnings?|assertions?|accusations?|jibes?|quips?|boasts?|"
                                            "promises?|pledges?|criticism|complaints?)\\s+(?:made\\s+)?by\\s+(?<by>[^,;:“”\"]{2,80}?)\\s+(?:that|of)\\s+[^“”\"]*$"));
    // The speaker a sieve's match names in its group, with the sieve's rule (none: the next sieve).
    const auto namedIn = [&](const QRegularExpressionMatch &m, QStringView group, const QString &rule, double confidence) {
        const Annotation *named = m.hasMatch() ? resolver.within(clause.start + int(m.capturedStart(group)), clause.start + int(m.capturedEnd(group))) : nullptr;
        if (named) {
            s.mention = named;
            s.rule = rule;
            s.cue = QStringLiteral("said");
            s.confidence = confidence;
        }
        return named != nullptr;
    };
    if (namedIn(remarkBy.matchView(words), u"by", QStringLiteral("quote.remark-by"), 0.75)
        || namedIn(whoCalledPattern().matchView(words), u"who", QStringLiteral("quote.described-as"), 0.8)
        || namedIn(whoSaidPattern().matchView(words), u"who", QStringLiteral("quote.who-said"), 0.75))
        return s;
    // "..., and noted that Transport Minister X had called a French version “...”": the one who
    // called it so, inside another's reported words.
    static const RE thatCalled(QStringLiteral("\\bthat\\s+(?<who>[^,;:“”\"‘]{2,80}?)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:called|described|branded|dubbed|labelled|labeled|praised|hailed)\\b[^“”\"‘]*$"));
    // (not "that it would not join a coalition led by X and called ...": a verb before "called"
    // makes it the sentence's own)
    static const RE clauseVerb(QStringLiteral("(?<![\\p{L}’'-])(?:and|would|will|could|should|is|was|were|are|had|has|have)\\s"));
    if (const auto tc = thatCalled.matchView(words);
        tc.hasMatch() && !clauseVerb.matchView(tc.capturedView(u"who")).hasMatch() && namedIn(tc, u"who", QStringLiteral("quote.described-as"), 0.8))
        return s;
    // ("Asked about X, who had complained about the penalty, he said:": the verb of a relative
    // clause is not the one that introduces the quote, where another follows)
    QRegularExpressionMatch m = verb.matchView(words);
    static const RE relativeBefore(QStringLiteral("\\b(?:who|which)\\s+(?:had\\s+|has\\s+|have\\s+)?$"));
    for (auto it = verb.globalMatchView(words); m.hasMatch() && relativeBefore.matchView(words.mid(0, m.capturedStart())).hasMatch() && it.hasNext();) {
        const auto next = it.next();
        if (next.capturedStart() > m.capturedStart() && !relativeBefore.matchView(words.mid(0, next.capturedStart())).hasMatch()) {
            m = next;
            break;
        }
    }
    // "Agexport said sales had fallen, and the business chamber CACIF wrote on X that the cut was
    // “...”", "X had warned that ..., but she said:": the reporting verb of the clause the quote
    // is in, after ", and" or ", but" and its own subject.
    int subjectFrom = clause.start;
    if (m.hasMatch()) {
        static const RE andSubject(QStringLiteral(",\\s+(?:and|but|while|whereas)\\s+(?<subject>(?:[Tt]he\\s+)?[^,;:“”\"‘]{2,80}?)\\s+$"));
        for (auto it = verb.globalMatchView(words); it.hasNext();) {
            const auto next = it.next();
            if (next.capturedStart() <= m.capturedStart() || next.hasCaptured(QStringLiteral("described")))
                continue;
            const auto a = andSubject.matchView(words.mid(0, next.capturedStart()));
            static const RE pronounSubject(QStringLiteral("^(?:he|she|they)$"));
            if (a.hasMatch() && (pronounSubject.matchView(a.capturedView(u"subject")).hasMatch()
                                 || resolver.within(clause.start + int(a.capturedStart(u"subject")), clause.start + int(a.capturedEnd(u"subject"))))) {
                m = next;
                subjectFrom = clause.start + int(a.capturedStart(u"subject"));
            }
        }
    }
    if (m.hasMatch()) {
        const int at = clause.start + int(m.capturedStart());
        const QString verbWord = m.captured().toLower();
        const bool participle = verbWord.endsWith(QLatin1String("ing"));
        // "..., which the commission described as “", "a product placement the company called
        // “": the subject of the relative clause, right before its verb.
        static const RE relativeSubject(QStringLiteral("(?:\\bwhich|\\bthat|\\bwhom|\\p{Ll})\\s+the\\s+(?<noun>\\p{Ll}[\\p{L}-]*)\\s+$"));
        if (const auto r = relativeSubject.matchView(words.mid(0, m.capturedStart())); r.hasMatch() && !participle)
            s.mention = resolver.nominal(r.capturedView(QStringLiteral("noun")), clause.start + int(r.capturedStart(QStringLiteral("noun"))), true);
        // "an offer ..., which it called “the best in the sector”": the pronoun resolved.
        static const RE relativePronoun(QStringLiteral("\\b(?:which|that|whom)\\s+(?<pronoun>it|he|she|they)\\s+$"));
        if (const auto r = relativePronoun.matchView(words.mid(0, m.capturedStart())); !s.mention && r.hasMatch() && !participle)
            s.mention = resolver.pronoun(r.capturedView(u"pronoun"), clause.start + int(r.capturedStart(u"pronoun")));
        // ("iQOO launched three phones ..., pitching them as “...”": the subject that launched them)
        if (!s.mention && participle && m.hasCaptured(QStringLiteral("described")))
            s.mention = resolver.subjectOf(clause.start, at);
        if (!s.mention)
            s.mention = participle ? resolver.nearestActor(clause.start, at) : resolver.subjectOf(subjectFrom, at);
        if (!s.mention && !participle)
            s.mention = resolver.subjectOf(startBeforeShortQuote(text, clause.start), at);
        // "The 34-year-old wrote on Weibo that she was “...”", "The 29-year-old, a former nurse,
        // told reporters that ...": a nominal subject, resolved.
        static const RE nominalSubject(QStringLiteral("^\\s*(?<np>[Tt]he\\s+(?:[\\p{L}\\d’'-]+\\s+){0,3}?[\\p{L}\\d-]+)(?:\\s*,[^,;“”\"]{1,80},)?\\s+(?:(?:also|later|then|had|has)\\s+)*$"));
        if (const auto ns = nominalSubject.matchView(words.mid(0, m.capturedStart())); !s.mention && !participle && ns.hasMatch())
            s.mention = resolver.nominal(ns.capturedView(u"np"), clause.start + int(ns.capturedStart(u"np")), !resolver.describesAPerson(ns.capturedView(u"np")));
        const QStringView rest = words.mid(m.capturedStart());
        if (m.hasCaptured(QStringLiteral("described"))) {
            s.rule = QStringLiteral("quote.described-as");
        } else if (m.hasCaptured(QStringLiteral("wrote"))) {
            s.rule = QStringLiteral("quote.wrote-on");
        } else if (rest.contains(QLatin1String(" statement")) || rest.contains(QLatin1String(" a note")) || rest.contains(QLatin1String(" a report"))) {
            s.rule = QStringLiteral("quote.statement");
        } else if (words.mid(0, m.capturedStart()).contains(QLatin1String("spokes"))) {
            s.rule = QStringLiteral("quote.spokesperson");
        } else {
            s.rule = QStringLiteral("quote.reported-speech");
        }
        s.cue = m.captured().toLower();
        s.confidence = 0.8;
        return s;
    }
    // "According to Haridasan, at least 40 postal ballots had been set aside “...”".
    static const RE accordingTo(QStringLiteral("\\b[Aa]ccording\\s+to\\s+(?<who>[^,;:“”\"‘]{2,60}?)\\s*,"));
    if (const auto a = accordingTo.matchView(words); a.hasMatch()) {
        if (const Annotation *who = resolver.within(clause.start + int(a.capturedStart(u"who")), clause.start + int(a.capturedEnd(u"who")))) {
            s.mention = who;
            s.rule = QStringLiteral("quote.according-to");
            s.cue = QStringLiteral("according to");
            s.confidence = 0.75;
            return s;
        }
    }
    if (words.trimmed().endsWith(QLatin1Char(':'))) {
        // "Her reply was brief:", "Park's answer was short:".
        static const RE possessive(QStringLiteral("\\b(?<pronoun>[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)\\s+(?:\\w+\\s+){0,2}(?:reply|answer|message|response|verdict|advice)\\b"));
        const auto p = possessive.matchView(words);
        // "Her deputy, X, sat beside her as Geerman-Lacle went on:": the clause that leads to the
        // colon has a subject of its own.
        static const RE asWentOn(QStringLiteral("(?:\\bas|\\bwhile|\\bwhen|,)\\s+(?<who>[^,;:“”\"‘]{2,60}?)\\s+(?:went\\s+on|continued|added|replied|answered|explained)\\s*:\\s*$"));
        const auto w = p.hasMatch() ? QRegularExpressionMatch() : asWentOn.matchView(words);
        const Annotation *closing = w.hasMatch() ? resolver.within(clause.start + int(w.capturedStart(u"who")), clause.start + int(w.capturedEnd(u"who"))) : nullptr;
        s.mention = p.hasMatch() ? resolver.pronoun(p.capturedView(QStringLiteral("pronoun")), clause.start + int(p.capturedStart()))
                    : closing    ? closing
                                 : resolver.subjectOf(clause.start, clause.end);
        s.rule = QStringLiteral("quote.colon");
        s.cue = QStringLiteral("said");
        s.confidence = 0.75;
    }
    return s;
}

// A run of UK-style paragraphs with no speaker: the paragraph after it may name one ("The
// allegations were made by Kola at a news conference").
Speaker fromNextParagraph(const QString &text, int runEnd, const SpeakerResolver &resolver)
{
    static const RE cue(QStringLiteral("\\b(?:said|says|told|wrote|made by|according to|added)\\b"));
    Speaker s;
    const qsizetype next = text.indexOf(QLatin1Char('\n'), runEnd);
    if (next < 0)
        return s;
    int start = int(next);
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    const TextRange sentence{start, int(std::min<qsizetype>(text.size(), start + 160))};
    const QStringView words = QStringView(text).mid(sentence.start, sentence.end - sentence.start);
    const auto m = cue.matchView(words);
    if (!m.hasMatch())
        return s;
    // "Urawa manager Kim Dong-hyun told Kyodo News: “...”": a speaker who goes on to a quote of
    // their own is not the one of the run before.
    static const RE ownQuote(QStringLiteral("^[^.“”\"‘’\n]*[“\"‘]"));
    if (ownQuote.matchView(words.mid(m.capturedEnd())).hasMatch())
        return s;
    s.mention = resolver.within(sentence.start, sentence.end);
    s.rule = QStringLiteral("quote.next-paragraph");
    s.cue = QStringLiteral("said");
    s.confidence = 0.7;
    return s;
}

// The paragraph after a quote that stands alone says whose it was ("That was X", "So said X",
// "The words were X's", "The man who said that, X, is ...").
Speaker namedNext(const QString &text, const QuoteMatch &q, const SpeakerResolver &resolver)
{
    static const RE opener(QStringLiteral("^(?:That|This|Those|These) (?:was|were|is|are)(?: how| what| the (?:words|verdict|view|assessment|warning|"
                                          "message|conclusion|reaction|response|reply|retort|answer|judgement|judgment|argument|explanation|"
                                          "complaint|plea|prediction|promise|remarks?|comments?|observation|diagnosis) of)? |"
                                          "^So (?:said|says|argued|argues|insisted|insists|warned|warns|wrote|writes|explained|explains) |"
                                          "^The speaker(?: was|,) |"
                                          "^The (?:[\\p{Ll}-]+ ){1,2}who (?:spoke|said|wrote|uttered|shouted) (?:(?:those|these|the) words|that|this|it),? |"
                                          "^(?:The|That|This|Those|These) (?:warning|line|lines|remark|remarks|comment|comments|plea|verdict|message|"
                                          "appeal|criticism|words|assessment|view|complaint|call|question|reply|answer|account),? (?:came |comes |was |were )?"
                                          "(?:from|by) (?:the )?"));
    Speaker s;
    const int paragraphOpen = int(text.lastIndexOf(QLatin1Char('\n'), std::max(0, q.start - 1))) + 1;
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), q.end);
    // The quote stands alone: it opens its paragraph, or a sentence after the paragraph's last
    // full stop ("Not everyone agreed. Fishers say they were not asked. \"...\""), and ends it.
    QStringView lead = QStringView(text).mid(paragraphOpen, q.start - paragraphOpen).trimmed();
    if (!lead.isEmpty())
        lead = lead.chopped(1).trimmed(); // the opening mark
    const bool opensSentence = lead.isEmpty() || lead.endsWith(QLatin1Char('.')) || lead.endsWith(QLatin1Char('?')) || lead.endsWith(QLatin1Char('!'));
    if (lineEnd < 0 || !opensSentence || QStringView(text).mid(q.end, lineEnd - q.end).trimmed().size() > 2)
        return s;
    // The speaker in the paragraph at `start`, if it opens by naming one.
    const auto namedIn = [&](int start) {
        Speaker found;
        const auto m = opener.matchView(QStringView(text).mid(start, std::min<qsizetype>(60, text.size() - start)));
        if (!m.hasMatch()) {
            // "X, who leads the defence team, made the remark to reporters": the subject of the
            // sentence that says someone made it.
            static const RE remark(QStringLiteral("\\b(?:made|gave|delivered|offered)\\s+(?:the|these|those|his|her|its|their)\\s+(?:remarks?|comments?)\\b"));
            const qsizetype stop = text.indexOf(QLatin1String(". "), start);
            const int sentenceEnd = int(std::min<qsizetype>(stop < 0 ? text.size() : stop, std::min<qsizetype>(text.size(), start + 200)));
            const auto r = remark.matchView(QStringView(text).mid(start, sentenceEnd - start));
            if (!r.hasMatch())
                return found;
            found.mention = resolver.subjectOf(start, start + int(r.capturedStart()));
            found.confidence = 0.7;
        } else {
            const int nameStart = start + int(m.capturedEnd());
            found.mention = resolver.within(nameStart, nameStart + 1);
            found.confidence = 0.75;
        }
        found.rule = QStringLiteral("quote.named-next");
        found.cue = QStringLiteral("said");
        return found;
    };
    const auto paragraphAfter = [&](qsizetype end) {
        int start = int(end);
        while (start < text.size() && text.at(start).isSpace())
            ++start;
        return start;
    };
    const int next = paragraphAfter(lineEnd);
    s = namedIn(next);
    if (s.mention)
        return s;
    // "A quote whose speaker is named two paragraphs later": a paragraph of narrative between
    // (no quote; when someone in it says something, only a paragraph that plainly names the
    // quote's speaker counts: "The woman who spoke those words, X, ...").
    static const RE quoted(QStringLiteral("[“\"‘]"));
    static const RE speech(QStringLiteral("\\b(?:said|says|told|tells|wrote|writes|added|according to)\\b"));
    const qsizetype nextEnd = text.indexOf(QLatin1Char('\n'), next);
    if (nextEnd < 0 || quoted.matchView(QStringView(text).mid(next, nextEnd - next)).hasMatch())
        return s;
    const int after = paragraphAfter(nextEnd);
    if (speech.matchView(QStringView(text).mid(next, nextEnd - next)).hasMatch()
        && !opener.matchView(QStringView(text).mid(after, std::min<qsizetype>(60, text.size() - after))).hasMatch())
        return s;
    return namedIn(after);
}

// No sentence ends between two positions of one paragraph.
bool sameSentence(const QString &text, int from, int to)
{
    if (to - from > 200)
        return false;
    const QStringView gap = QStringView(text).mid(from, to - from);
    if (gap.contains(QLatin1Char('\n')))
        return false;
    // “... the bilingual promise.” Health Minister ...: a quote's own full stop ends the sentence.
    if (from > 0 && QStringView(u".?!").contains(text.at(from - 1))) {
        const QStringView rest = gap.mid(1).trimmed();
        if (gap.size() > 1 && gap.at(1).isSpace() && !rest.isEmpty() && rest.front().isUpper())
            return false;
    }
    for (qsizetype i = 0; i + 1 < gap.size(); ++i) {
        const QChar c = gap.at(i);
        if ((c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!')) && gap.at(i + 1).isSpace())
            return false;
    }
    return true;
}

Fact saidFact(const QString &text, const QuoteMatch &q, const Speaker &speaker)
{
    Fact said;
    said.kind = QStringLiteral("quote");
    said.predicate = speaker.cue.isEmpty() || speaker.cue == QLatin1String("according to") ? QStringLiteral("said") : speaker.cue;
    said.objectText = text.mid(q.start, q.end - q.start);
    said.confidence = speaker.confidence;
    said.ruleId = QStringLiteral("fact.") + speaker.rule;
    said.evidence = {evidenceOf(q.start, q.end)};
    said.subjectText = surfaceOf(text, *speaker.mention);
    said.subjectEntityId = speaker.mention->entityId;
    said.evidence.append(evidenceOf(speaker.mention->start, speaker.mention->end));
    said.origin = Origin::Auto;
    said.status = AnnotationStatus::Suggested;
    return said;
}

} // namespace

void QuoteAttributionStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    SpeakerResolver resolver(context);
    const QList<QuoteMatch> &quotes = context.quotes;
    QList<Speaker> speakers(quotes.size());
    for (qsizetype k = 0; k < quotes.size(); ++k) {
        const QuoteMatch &q = quotes.at(k);
        Speaker &s = speakers[k];
        resolver.setPreviousSpeaker(k > 0 ? speakers.at(k - 1).mention : nullptr);
        const bool continues = q.ruleId == QLatin1String("quote.continued") || q.ruleId == QLatin1String("quote.paragraph-continued");
        // UK style: a paragraph that opens with a quotation mark after a paragraph whose quote
        // never closed goes on with the same speaker.
        const bool nextParagraph = k > 0 && q.speakerStart < 0 && !quotes.at(k - 1).closed && quotes.at(k - 1).end < q.start
            && QStringView(text).mid(quotes.at(k - 1).end, q.start - quotes.at(k - 1).end).trimmed().size() <= 1
            && QStringView(text).mid(quotes.at(k - 1).end, q.start - quotes.at(k - 1).end).contains(QLatin1Char('\n'));
        // "... he said. The federation’s council said in a statement that it was “correct”": a
        // clause of its own with a speaking verb names the speaker, whatever came before.
        Speaker clauseSpeaker;
        if (continues && k > 0 && !sameSentence(text, quotes.at(k - 1).end, q.start))
            clauseSpeaker = fromClause(text, q, resolver);
        if (clauseSpeaker.mention) {
            s = clauseSpeaker;
        } else if (nextParagraph) {
            s = speakers.at(k - 1);
            if (s.mention) {
                s.rule = QStringLiteral("quote.paragraph-continued");
                s.confidence = std::min(s.confidence, 0.8);
            }
        } else if (continues && k > 0 && (q.speakerStart < 0 || q.speakerStart == quotes.at(k - 1).speakerStart)) {
            // The same speaker as the part before, however that one was found.
            s = speakers.at(k - 1);
            if (s.mention) {
                s.rule = q.ruleId;
                s.confidence = std::min(s.confidence, 0.8);
            }
        } else if (q.speakerStart >= 0) {
            // “... the bilingual promise.” Health Minister X told ...: a quote that ends its
            // sentence is not attributed by the next one; the clause that led up to it may be.
            const bool nextSentence = q.speakerStart > q.end && q.end > q.start && text.at(q.end - 1) == QLatin1Char('.')
                && text.at(q.speakerStart).isUpper();
            // "X had told reporters that the count was “still moving,” he said the run-off would
            // decide": a fragment inside another's reported words is theirs.
            static const RE reportedThat(QStringLiteral("\\b(?:told|tells|said|says|wrote|writes|warned|insisted|argued|claimed|noted)\\b[^“”\"‘’.;:]{0,80}\\bthat\\b[^“”\"‘’.;:]*$"));
            const bool fragment = q.speakerStart > q.end && q.end > q.start && text.at(q.start).isLower()
                && reportedThat.matchView(QStringView(text).mid(std::max(0, q.start - 201), std::min(200, q.start - 1))).hasMatch();
            const TextRange before = clauseBefore(text, q.start - 1);
            const QStringView clauseWords = QStringView(text).mid(before.start, before.end - before.start);
            const bool calledByWho = q.speakerStart > q.end && (whoCalledPattern().matchView(clauseWords).hasMatch() || whoSaidPattern().matchView(clauseWords).hasMatch());
            if (nextSentence || fragment || calledByWho)
                s = fromClause(text, q, resolver);
            if (!s.mention)
                s = fromWordsBeside(text, q, resolver);
        } else {
            s = fromClause(text, q, resolver);
            if (!s.mention && k > 0 && speakers.at(k - 1).mention && sameSentence(text, quotes.at(k - 1).end, q.start)) {
                // "... was “more stubborn than we hoped” and that the ECB should not be “rushed”":
                // a second quote in the sentence that attributed the first.
                s = speakers.at(k - 1);
                s.rule = QStringLiteral("quote.continued");
                s.confidence = std::min(s.confidence, 0.75);
            }
        }
    }
    resolver.setPreviousSpeaker(nullptr); // the sieves below look at one quote at a time
    // Runs of paragraphs that never close and name no one: the next paragraph may.
    for (qsizetype k = 0; k < quotes.size(); ++k) {
        if (speakers.at(k).mention || speakers.at(k).unnamed || quotes.at(k).closed || (k > 0 && !quotes.at(k - 1).closed))
            continue;
        qsizetype last = k;
        while (last + 1 < quotes.size() && !quotes.at(last).closed)
            ++last;
        const Speaker next = fromNextParagraph(text, quotes.at(last).end, resolver);
        for (qsizetype i = k; next.mention && i <= last; ++i)
            speakers[i] = next;
    }
    // A quote that is a paragraph of its own, named by the next one: "That was Selvarajah
    // Kandiah of ...", "So said ...".
    for (qsizetype k = 0; k < quotes.size(); ++k) {
        if (speakers.at(k).mention || speakers.at(k).unnamed || !quotes.at(k).closed)
            continue;
        const Speaker next = namedNext(text, quotes.at(k), resolver);
        if (!next.mention)
            continue;
        speakers[k] = next;
        // The paragraphs of a UK-style quote that ends here are the same speaker's.
        for (qsizetype i = k - 1; i >= 0 && !quotes.at(i).closed && !speakers.at(i).mention; --i)
            speakers[i] = next;
    }
    // Still nobody: the paragraph before may have named the speaker, for the quote and the
    // paragraphs that continue it.
    for (qsizetype k = 0; k < quotes.size(); ++k) {
        if (speakers.at(k).mention || speakers.at(k).unnamed || (k > 0 && !quotes.at(k - 1).closed))
            continue;
        const Speaker previous = fromPreviousParagraph(text, quotes.at(k), resolver);
        if (!previous.mention)
            continue;
        speakers[k] = previous;
        for (qsizetype i = k + 1; i < quotes.size() && !quotes.at(i - 1).closed && !speakers.at(i).mention; ++i)
            speakers[i] = previous;
    }
    for (qsizetype k = 0; k < quotes.size(); ++k) {
        const QuoteMatch &q = quotes.at(k);
        const Speaker &s = speakers.at(k);
        if (q.needsSpeaker && !s.mention)
            continue; // a scare quote or a quoted term, not reported speech
        Annotation span = quoteSpan(q);
        // (the Inspector shows the span's rule: a quote found with no speaker beside it that a
        // later sieve attributed is not "unattributed")
        if (s.mention && q.ruleId == QLatin1String("quote.unattributed"))
            span.ruleId = s.rule;
        context.quoteSpans.append(span);
        if (s.mention)
            context.facts.append(saidFact(text, q, s));
    }
}

} // namespace Gazette
