// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementstage.h"

#include "extract/speakerresolver.h"
#include "extract/stagehelpers.h"

namespace Gazette {

namespace {

using RE = QRegularExpression;

const QString StatementCue = QStringLiteral(
    "(?:has |have |had )?(?:said|says|told|reported|reports|wrote|writes|estimates|estimated|warned|added|announced|noted|argued|predicted|"
    "insisted|stressed|confirmed|forecast|projected|expects|reckons|reckoned|"
    // (with "that" only: "complained about the noise", "posted a loss" report nothing)
    "complained(?=\\s+(?:to\\s+[^,.;]{1,40}?\\s+)?that\\b)|posted(?=\\s+on\\s+\\p{Lu}[\\w/’'-]*\\s+that\\b))");

// Where the reported clause ends: the sentence's end, or a clause that only comments on it.
int contentEnd(const QString &text, int start, int sentenceEnd)
{
    // ", describing the count as", ", though she did not", " and warned that": a new clause of the
    // speaker's own, not what was reported.
    // ", and Hyderabad-based MosChip is ...": another subject's clause; ", the largest fintech
    // acquisition this year": the writer's comment, ", a practice it called ...": the speaker's
    // word for it.
    // ", but that two people were hurt", ", and that fares would stay the same" and ", which has no
    // quay yet" go on reporting (as most writers of the sets annotate them); a full stop ends the clause, not the
    // period of "a.m." or "U.S." before a lower-case word, nor that of an abbreviation or an
    // initial before a capital or a number ("on Nov. 18", "Dr. Rao").
    // " but criticised long delays", " and rejected claims": the speaker's next act. A full stop
    // before a lower-case word that starts a sentence ("phones. nuvo has sold") ends the clause,
    // not the one of "a.m.".
    static const RE stop(QStringLiteral(",\\s+(?:who|while|as|but(?!\\s+that\\b)|although|though|where|when|after|a result|a move|\\p{Ll}+ing)\\b|\\s+so that\\b|;|\\s+[—–]\\s+|"
                                        ",\\s+and\\s+\\p{Lu}|,\\s+the\\s+(?:\\p{Ll}+est|first|second|third|last|latest)\\b|"
                                        ",\\s+which\\s+(?:he|she|they|it|we)\\s+(?:said|says|added|described|called|estimated|estimates)\\b|"
                                        ",\\s+(?:and|but|while)\\s+the\\s+(?:[\\p{Ll}’'-]+\\s+){0,3}\\p{Lu}[^,;.“”\"]{0,40}?\\s+(?:said|says|wrote|writes|told|tells)\\b|"
                                        ",\\s+(?:a|an)\\s+\\p{Ll}+\\s+(?:it|he|she|they|which|that)\\s+(?:called|described|dubbed|termed)\\b|"
                                        "\\s+(?:and|but)\\s+(?:also\\s+)?(?:warned|added|said|urged|called|told|stressed|noted|insisted|criticised|criticized|rejected|declined|"
                                        "dismissed|denied|refused|accused|praised|welcomed|promised|pledged|vowed|acknowledged|conceded|admitted|cautioned|"
                                        "complained|asked|defended|appealed|announced|proposed|demanded|threatened|recommended|described|posted|thanked|tweeted|wrote)\\b|(?:(?<!\\b\\p{Lu})(?<!\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mrs))(?<!\\b(?:Mr|Ms|Dr|St|No))(?<!\\bSept)\\.|[!?])"
                                        "(?=\\s+[^\\p{Ll}]|\\s*$)|(?<=\\s\\p{Ll}{3}|\\p{Ll}{4})\\.(?=\\s+\\p{Ll})|"
                                        "\\s[“\"‘]\\s*$|:\\s*[“\"‘']|,\\s*[“\"‘](?=[^“”\"‘’\\n]{1,200}[,.!?][”\"’])"));
    // "the bank's focus on households, which makes up about 55% of its volumes, would cushion it":
    // a relative clause set off by commas before the reported clause's own verb goes on.
    static const RE relativeStart(QStringLiteral("^,\\s+(?:which|who)\\b"));
    static const RE verbAfterComma(QStringLiteral("^,\\s+(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have|did|does|"
                                                  "(?!(?:need|based|listed|owned|led|backed|used|related|called|named)\\b)\\p{Ll}{2,}ed)\\b"));
    const QStringView clause = QStringView(text).mid(start, sentenceEnd - start);
    // (a stop inside a quotation the clause opened is the quotation's: "donors had promised “most,
    // but not all” of the money")
    const auto insideQuotation = [&clause](qsizetype at) {
        const QStringView lead = clause.left(at);
        return lead.count(QChar(0x201C)) > lead.count(QChar(0x201D)) || lead.count(QLatin1Char('"')) % 2 == 1;
    };
    QRegularExpressionMatch m = stop.matchView(clause);
    while (m.hasMatch() && m.capturedLength() > 0 && insideQuotation(m.capturedStart()) && !clause.mid(m.capturedStart()).startsWith(QLatin1Char('.')))
        m = stop.matchView(clause, m.capturedEnd());
    while (m.hasMatch() && relativeStart.matchView(clause.mid(m.capturedStart())).hasMatch()) {
        const qsizetype close = clause.indexOf(QLatin1Char(','), m.capturedEnd());
        if (close < 0 || !verbAfterComma.matchView(clause.mid(close)).hasMatch())
            break;
        m = stop.matchView(clause, close + 1);
    }
    int end = m.hasMatch() ? start + int(m.capturedStart()) : sentenceEnd;
    while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == QLatin1Char('.') || text.at(end - 1) == QLatin1Char(',')))
        --end;
    return end;
}

// "A Finance Ministry spokeswoman", "a spokesperson for Airbnb", "one Samsung executive": someone
// unnamed who speaks for an organisation; no statement of the organisation's.
bool unnamedMember(QStringView subject)
{
    static const RE member(QStringLiteral("(?:^|[,.]\\s+|\\s-\\s+)\\s*(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]everal)\\s+(?:[\\p{Lu}][\\w&.’'-]*\\s+){0,4}"
                                          "(?:spokes(?:wo)?man|spokesperson|spokespeople|official|officials|representative|source|sources|executive|insider|"
                                          "fan|fans|supporter|supporters|resident|residents|voter|voters|worker|workers|driver|drivers|trader|traders|"
                                          "shopper|shoppers|passenger|passengers|farmer|farmers|fisherman|fishermen|vendor|vendors)"
                                          "(?:\\s+(?:for|of|at|from|in|with|who|whose)\\s+[^,;:]{1,90}?)?\\s*(?:,\\s*(?:a|an|the|who|which)\\s[^,]{1,80},)?\\s*$"));
    if (member.matchView(subject).hasMatch())
        return true;
    // ... or anyone the article does not name: "At Seef Mall, a student trying the X500 Ultra",
    // "a woman selling fried plantain near the National Palace" (an indefinite description that
    // opens the clause, with no name after it)
    static const RE someone(QStringLiteral("(?:^|[,.]\\s+|\\s-\\s+)\\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{Ll}-]+\\s+){0,3}\\p{Ll}[\\p{Ll}-]+"
                                           "(?<rest>\\s+(?:who|whose|in|at|from|near|on|with|outside|inside|beside|\\p{Ll}+ing)\\b[^;:]{0,120})?\\s*$"));
    const auto m = someone.matchView(subject);
    if (!m.hasMatch())
        return false;
    // (the description opens the clause, after a scene at most: not "Jane Doe, a professor at X,")
    static const RE scene(QStringLiteral("^\\s*(?:At|In|On|Outside|Inside|Near|Beside|Along|Across|Back|Behind|Under|From|Asked|Later|Earlier|Meanwhile|Elsewhere|Nearby)\\b"));
    const QStringView before = subject.left(m.capturedStart()).trimmed();
    if (!before.isEmpty() && !scene.matchView(before).hasMatch())
        return false;
    // (a name given after it makes it a named speaker, even a first name alone: "a phone
    // repairer who gave only his first name, Anacleto, said")
    static const RE nameAfter(QStringLiteral("(?:,\\s+|\\bas\\s+)\\p{Lu}"));
    return !nameAfter.matchView(m.capturedView(u"rest")).hasMatch();
}

int wordCount(QStringView text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

Fact statement(const QString &text, const Annotation &speaker, const QString &cue, int start, int end, const QString &rule, double confidence)
{
    Fact f;
    f.kind = QStringLiteral("statement");
    f.subjectEntityId = speaker.entityId;
    f.subjectText = surfaceOf(text, speaker);
    f.predicate = cue.simplified();
    f.objectText = text.mid(start, end - start);
    f.ruleId = rule;
    f.confidence = confidence;
    f.origin = Origin::Auto;
    f.status = AnnotationStatus::Suggested;
    // The evidence's words come last (Extractor::extract), for the facts kept.
    const Evidence content{start, end, {}, {}, {}, false};
    const Evidence who{speaker.start, speaker.end, {}, {}, {}, false};
    f.evidence = {content, who};
    return f;
}

} // namespace

void StatementStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    const SpeakerResolver resolver(context);
    // "Now he salts his rice with it and says nothing,” said a food seller": a verb inside a
    // quotation reports nothing of the speaker's own (the quotes are in text order).
    const auto insideQuote = [&context](int at) {
        const QList<QuoteMatch> &quotes = context.quotes;
        auto it = std::partition_point(quotes.cbegin(), quotes.cend(), [at](const QuoteMatch &q) { return q.start <= at; });
        return it != quotes.cbegin() && std::prev(it)->end > at;
    };
    // After the verb: an audience for "told", a time or a channel, then "that" or the clause itself.
    static const RE saidThat(QStringLiteral("\\b(?<cue>%1)(?<channel>\\s+in\\s+(?:a|an|its|their|his|her)\\s+(?:preliminary\\s+|policy\\s+|written\\s+)?"
                                            "(?:statement|report|note|ruling|editorial|post|letter|interview|filing|regulatory\\s+filing)(?:\\s+(?:to|on|with)\\s+(?:the\\s+[\\p{Lu}][\\w’'-]*(?:\\s+[\\p{Lu}][\\w’'-]*)*|[\\w’'-]+))?)?"
                                            "(?<skip>(?:\\s+(?!(?:that|had|has|have|was|were|is|are|would|will|could|been|and|but)\\b)(?:[\\p{L}\\p{M}\\p{N}_’'.$-]|,(?=\\d))+){0,14}?\\s+that|(?:\\s+(?:on|last|this|earlier|late|in|through|after)\\s+[\\w’'-]+(?:\\s+[\\w’'-]+)?)?"
                                            "(?<audience>(?:\\s+(?:[\\p{Lu}][\\w’'-]*|reporters|journalists|analysts|investors|lawmakers|parliament|a\\s+news\\s+conference|"
                                            "(?:public\\s+|state\\s+)?(?:broadcaster|radio|television|newspaper|news\\s+agency)(?:\\s+[\\p{Lu}][\\w’'-]*)*))*))"
                                            "\\s+(?<content>(?!(?:that|on|in|at(?!\\s+(?:least|most)\\b)|by|for|to|with|from|of|as|statement|post|interview|would|was|were|is|are|had|has|did|will|could|should|can|may|might|"
                                            "during|after|before|last|earlier|later|late|yesterday|today|tonight|note|report|letter|filing|ruling|memo|speech|message|circular|"
                                            "while|when|and|but|shortly|soon|just|against)\\b|about\\b(?!\\s+[\\p{N}$€£¥]))[\\p{L}\\p{N}$€£¥])").arg(StatementCue));
    // "told reporters in Nairobi.", "told a news conference.": the audience, no reported clause
    // (the clause came before: the fronted pattern has it).
    static const RE audienceOnly(QStringLiteral("^(?:reporters|journalists|lawmakers|legislators|delegates|investors|analysts|parliament|congress|"
                                                "supporters|fans|voters|students|staff|employees|workers|members|residents|"
                                                "(?:a|an|the)\\s+(?:news\\s+|press\\s+)?(?:conference|briefing|audience|crowd|meeting|forum|hearing|interview|summit|committee|"
                                                "assembly|senate|parliament|rally|gathering))\\b"),
                                 RE::CaseInsensitiveOption);
    // "a fertiliser subsidy that his government says reached 2.5 million households": the cue of
    // a relative clause, whose content lacks its subject.
    static const RE relative(QStringLiteral("\\b(?:that|which)\\s+(?:his|her|its|their|the|a|an)\\s+[\\p{L}’'-]+\\s+$"));
    static const RE clauseStart(QStringLiteral("^(?:the|a|an|it|its|he|his|she|her|they|their|there|this|these|those|some|many|most|all|no|[\\p{Lu}\\p{N}$€£¥])"));
    static const RE calendarWord(QStringLiteral("^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                                                "August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b"));
    // "..., Mekong Dairy said in a filing to the Ho Chi Minh City Stock Exchange (HOSE)."
    // "..., Governor X told reporters after the meeting.", "..., she said."
    // (also "..., their lawyer, Moses Ochieng, said.": a description, then the name)
    // ("..., and the business chamber X wrote on X that ...": a clause of its own, not an attribution)
    static const RE fronted(QStringLiteral(",\\s+(?<who>(?!(?:and|but|while|whereas)\\s)(?:[^,“”\"‘]{2,80}?|[^,“”\"‘]{2,60}?,\\s+\\p{Lu}[^,“”\"‘]{1,50}?,))\\s+(?<cue>%1)(?:\\s+(?:reporters|journalists|lawmakers|analysts|investors|"
                                           "(?:a|an)\\s+(?:news\\s+|press\\s+)?(?:conference|briefing|audience|crowd|meeting)))?"
                                           "(?:\\s+(?:(?:shortly|soon|just|hours|minutes|moments)\\s+)?(?:on|last|this|earlier|late|in|at|after|during|before)\\s+(?:[^.,;:“”\"‘]|\\.(?=[\\p{Ll}\\d])){1,70})?\\s*(?<close>[.,](?=\\s|$)|$)").arg(StatementCue));
    static const RE dateline(QStringLiteral("^[^\\n]{0,70}?\\s[-–—]\\s+"));
    static const RE pronounStart(QStringLiteral("^(?:he|she|it|they|we|i|there)\\b"), RE::CaseInsensitiveOption);
    for (const TextRange &sentence : context.sentences) {
        const QStringView words = QStringView(text).mid(sentence.start, sentence.end - sentence.start);
        // "X said the students had no permit, adding that all 31 would be charged": the clause
        // after the participle is the same speaker's, also after a quote ("“...,” said X, head
        // of Y, adding that ..."); a quote after it is a quote.
        static const RE addingThat(QStringLiteral(",\\s+(?<cue>adding|saying)\\s+that\\s+(?=[\\p{L}\\p{N}$€£¥])"));
        if (const auto a = addingThat.matchView(words); a.hasMatch()) {
            int from = sentence.start;
            if (words.startsWith(QChar(0x201C)) || words.startsWith(QLatin1Char('"'))) {
                const qsizetype close = words.indexOf(words.startsWith(QChar(0x201C)) ? QChar(0x201D) : QChar(QLatin1Char('"')), 1);
                from = close < 0 ? -1 : sentence.start + int(close) + 1;
            } else if (words.startsWith(QChar(0x2018))) {
                // (the closing single mark is the one after the quote's punctuation: "‘...,’ said")
                static const RE singleClose(QStringLiteral("[,.?!]’"));
                const auto c = singleClose.matchView(words);
                from = c.hasMatch() ? sentence.start + int(c.capturedEnd()) : -1;
            } else if (const auto d = dateline.matchView(words); d.hasMatch()) {
                from += int(d.capturedLength());
            }
            const int participle = sentence.start + int(a.capturedStart());
            const int start = sentence.start + int(a.capturedEnd());
            const Annotation *speaker = from >= 0 && from < participle ? resolver.subjectOf(from, participle) : nullptr;
            const int end = contentEnd(text, start, sentence.end);
            const QStringView content = QStringView(text).mid(start, end - start);
            if (speaker && wordCount(content) >= 3)
                context.facts.append(statement(text, *speaker, a.captured(QStringLiteral("cue")), start, end, QStringLiteral("statement.adding-that"), 0.7));
        }
        // A sentence that opens with a quote is direct speech: the quote stages have it.
        if (words.startsWith(QChar(0x201C)) || words.startsWith(QLatin1Char('"')) || words.startsWith(QLatin1Char('\'')) || words.startsWith(QChar(0x2018)))
            continue;
        // "CLAUSE, X said.": the speaker after the clause, "he" or "she" resolved; the first
        // such attribution of the sentence that names someone.
        QRegularExpressionMatch f;
        const Annotation *frontedSpeaker = nullptr;
        const auto datelineMatch = dateline.matchView(words);
        const qsizetype bodyFrom = datelineMatch.hasMatch() ? datelineMatch.capturedLength() : 0;
        for (auto it = fronted.globalMatchView(words); it.hasNext() && !frontedSpeaker;) {
            f = it.next();
            if (f.capturedStart() < bodyFrom)
                continue; // "TOKYO, Nov 7 (Reuters) - X said ...": the dateline's comma starts no clause

            const int whoStart = sentence.start + int(f.capturedStart(QStringLiteral("who")));
            const int whoEnd = sentence.start + int(f.capturedEnd(QStringLiteral("who")));
            static const RE pronoun(QStringLiteral("^(?:he|she|it)$"), RE::CaseInsensitiveOption);
            if (unnamedMember(f.capturedView(QStringLiteral("who"))))
                continue;
            frontedSpeaker = pronoun.matchView(f.capturedView(QStringLiteral("who"))).hasMatch() ? resolver.pronoun(f.capturedView(QStringLiteral("who")), whoStart)
                                                                                                  : resolver.within(whoStart, whoEnd);
        }
        // It closes the sentence, or only a description of the last words follows (", the capital").
        static const RE description(QStringLiteral("^,\\s+(?:the|a|an|which|where|who)\\b"));
        const bool frontedCloses = frontedSpeaker
            && (f.capturedView(QStringLiteral("close")) != QLatin1String(",")
                || description.matchView(words.mid(f.capturedEnd() - 1)).hasMatch());
        // Each reporting clause of the sentence: the first, and those joined to the content of
        // the one before by "and" or "but" ("Agexport said sales had fallen, and the business
        // chamber CACIF wrote on X that the cut was ...").
        int reportedUntil = -1;
        for (auto said = saidThat.globalMatchView(words); said.hasNext();) {
            const auto m = said.next();
            if (reportedUntil >= 0) {
                // (a clause with a subject of its own: "and noted that" is the first speaker's next act)
                static const RE joined(QStringLiteral("^[\\s,]*(?:and|but|while|whereas)\\s+[^,;]*\\p{Lu}[^,;]*\\s+$"));
                const int verbAt = sentence.start + int(m.capturedStart(QStringLiteral("cue")));
                if (verbAt < reportedUntil || !joined.matchView(QStringView(text).mid(reportedUntil, verbAt - reportedUntil)).hasMatch())
                    continue;
            }
                const int verb = sentence.start + int(m.capturedStart(QStringLiteral("cue")));
                int start = sentence.start + int(m.capturedStart(QStringLiteral("content")));
                const QStringView between = QStringView(text).mid(sentence.start, verb - sentence.start);
                const QString cueWord = m.captured(QStringLiteral("cue"));
                const bool told = cueWord.endsWith(QLatin1String("told")) || cueWord.endsWith(QLatin1String("tells"));
                // Only "told" has an audience: "Yamazoe said China installed ..." reports on China.
                const QStringView audience = m.capturedView(QStringLiteral("audience")).trimmed();
                if (!told && !audience.isEmpty() && audience.front().isUpper() && !calendarWord.matchView(audience).hasMatch())
                    start = sentence.start + int(m.capturedEnd(QStringLiteral("audience"))) - int(audience.size());
                const QStringView opening = QStringView(text).mid(start, std::min<qsizetype>(40, text.size() - start));
                // The verb of the main clause: not after a quote ("...," he said), nor inside one.
                // "Barratt Redrow added 1.9%", "Rahimzadeh added a penalty": "added" reports only a
                // clause ("added that", "added it would").
                // "announced a partnership with Orange": what is announced is a thing, not a clause.
                const bool added = cueWord.endsWith(QLatin1String("added")) || cueWord.endsWith(QLatin1String("announced"));
                const bool clause = m.captured(QStringLiteral("skip")).endsWith(QLatin1String("that"))
                    || pronounStart.matchView(QStringView(text).mid(start, std::min<qsizetype>(8, text.size() - start))).hasMatch();
                // ("told Nordposten about the rules": whom and what about, no reported clause)
                static const RE audienceAbout(QStringLiteral("^\\p{Lu}[\\w’'-]*(?:\\s+\\p{Lu}[\\w’'-]*)*\\s+about\\b"));
                const bool toAudience = told && (audienceOnly.matchView(opening).hasMatch() || audienceAbout.matchView(opening).hasMatch());
                const bool inRelative = relative.matchView(between).hasMatch() && !clauseStart.matchView(opening).hasMatch();
                // "Nomura expects the yield to reach 3.6%, strategist Naomi Fujisawa wrote.", "...,
                // Mekong Dairy said in a filing to the HOSE.": the attribution that closes the
                // sentence is the one that reports it.
                const bool closedByFronted = frontedCloses && sentence.start + int(f.capturedStart(QStringLiteral("cue"))) >= verb;
                // "The canal, he told Bloomberg, “has been ...”": a quote, not a reported clause.
                static const RE audienceThenQuote(QStringLiteral("^[\\p{Lu}][\\w’'-]*(?:\\s+[\\p{Lu}][\\w’'-]*)*,?\\s*[“\"‘']"));
                const bool beforeQuote = told && audienceThenQuote.matchView(opening).hasMatch();
                // "expects the rate to end 2026 at 8.25%": what is expected to happen, not "expects one more cut".
                static const RE expectation(QStringLiteral("^(?:[^\\s.,;]+\\s+){1,8}?to\\s+\\p{Ll}"));
                const bool expects = cueWord.endsWith(QLatin1String("expects"));
                const bool expectationOk = !expects || expectation.matchView(QStringView(text).mid(start, std::min<qsizetype>(120, text.size() - start))).hasMatch();
                // "SK Hynix reported a near tripling of operating profit", "herders reported losing
                // cattle", "forecast temperatures of 41C", "estimated spending at": a figure or a
                // thing reported, no clause; "for a reported 4.5 million euros": no verb at all.
                static const RE reportCue(QStringLiteral("(?:reported|reports|forecast|forecasts|estimated|estimates|projected|projects|predicted|predicts)$"));
                static const RE thingReported(QStringLiteral("^(?:(?:a|an|higher|lower|stronger|weaker|bigger|smaller|wider|narrower|record|net)\\s|\\p{Ll}+ing\\b|"
                                                             "\\p{Ll}+\\s+(?:of|at|for)\\s)"));
                static const RE articleBefore(QStringLiteral("(?:^|(?<=\\s))(?:a|an|the)\\s+$"), RE::CaseInsensitiveOption);
                const bool reportsThing = reportCue.matchView(cueWord).hasMatch() && !m.captured(QStringLiteral("skip")).endsWith(QLatin1String("that"))
                    && thingReported.matchView(opening).hasMatch();
                // "a transformer the company had been warned about": the passive reports no one.
            static const RE passive(QStringLiteral("\\b(?:been|being)\\s+$"));
            const bool notSpeech = reportsThing || articleBefore.matchView(between).hasMatch() || passive.matchView(between).hasMatch();
                // The dateline's agency is not the subject ("MUMBAI, Nov 4 (Reuters) - PayVeda said").
                int subjectFrom = sentence.start;
                if (const auto d = dateline.matchView(between); d.hasMatch())
                    subjectFrom += int(d.capturedLength());
                // "Japan pledged aid through JICA, and the World Bank said it would ...": the clause
                // after the conjunction has its own subject.
                static const RE nextClause(QStringLiteral(",\\s+(?:and|but|while|whereas)\\s+(?=(?:the\\s+)?(?:[\\p{Ll}’'-]+,?\\s+){0,3}\\p{Lu})"));
                int clauseFrom = subjectFrom;
                for (auto it = nextClause.globalMatchView(QStringView(text).mid(subjectFrom, verb - subjectFrom)); it.hasNext();)
                    clauseFrom = subjectFrom + int(it.next().capturedEnd());
                subjectFrom = clauseFrom;
                // "... in the past two years. nordlys said in a post": a sentence that starts with a
                // lower-case brand begins after that full stop, and so does its subject.
                static const RE lowerCaseStart(QStringLiteral("(?<=\\s\\p{Ll}{3}|\\p{Ll}{4})[.!?]\\s+(?=\\p{Ll})"));
                for (auto it = lowerCaseStart.globalMatchView(QStringView(text).mid(subjectFrom, verb - subjectFrom)); it.hasNext();)
                    subjectFrom += int(it.next().capturedEnd());
                // "the statistics office GUS said in a flash estimate, inside the ...": a channel and
                // then a comment, no reported clause (the clause came before). "told the daily
                // Rzeczpospolita that “...”": what follows is a quotation, no reported clause.
                static const RE channelThenComma(QStringLiteral("^\\s+in\\s+(?:a|an|its|their|his|her)\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+\\s*,"));
                static const RE thatQuote(QStringLiteral("^(?:(?!\\band\\b)[^.“”\"‘]){0,80}?\\bthat\\s+[“\"‘]"));
                const int cueEnd = sentence.start + int(m.capturedEnd(QStringLiteral("cue")));
                const QStringView afterCue = QStringView(text).mid(cueEnd, std::clamp(sentence.end - cueEnd, 0, 200));
                const bool noClause = channelThenComma.matchView(afterCue).hasMatch() || thatQuote.matchView(afterCue).hasMatch();
                if (!between.contains(QChar(0x201D)) && !between.contains(QLatin1Char('"')) && !between.contains(QChar(0x2018)) && (!added || clause) && !toAudience && !inRelative
                    && !closedByFronted && !beforeQuote && expectationOk && !notSpeech && !noClause && !insideQuote(verb)) {
                    // "A Finance Ministry spokeswoman said": an unnamed speaker, whatever their employer.
                    const Annotation *speaker = unnamedMember(QStringView(text).mid(subjectFrom, verb - subjectFrom)) ? nullptr : resolver.subjectOf(subjectFrom, verb);
                    if (speaker) {
                        const int end = contentEnd(text, start, sentence.end);
                        int after = end;
                        while (after < sentence.end && text.at(after).isSpace())
                            ++after;
                        // "said during the debate:" introduces a quote, it reports nothing.
                        const bool introducesQuote = (after < text.size() && text.at(after) == QLatin1Char(':')) || (end > start && text.at(end - 1) == QLatin1Char(':'));
                        if (wordCount(QStringView(text).mid(start, end - start)) >= 3 && !introducesQuote) {
                            QString cue = cueWord + m.captured(QStringLiteral("channel"));
                            context.facts.append(statement(text, *speaker, cue, start, end, QStringLiteral("statement.said-that"), 0.75));
                            reportedUntil = end;
                            continue;
                        }
                    }
                }
            if (reportedUntil < 0)
                break; // (the first clause reports nothing: the sentence is no such report)
        }
        if (reportedUntil >= 0)
            continue;
        // "In Sebele’s view, the bank has less room than it admits.", "In the view of Monaco
        // Telecom, the solution lies with operators": the view of a named speaker.
        if (!frontedSpeaker && !words.contains(QChar(0x201C)) && !words.contains(QLatin1Char('"')) && !words.contains(QChar(0x2018))) {
            static const RE inTheView(QStringLiteral("^(?<cue>In\\s+(?:the\\s+view\\s+of\\s+(?<of>[^,.;:]{2,90}?)|(?<own>[^,.;:]{2,60}?)['’]s\\s+view))\\s*,\\s+(?=[\\p{L}\\p{N}])"));
            if (const auto v = inTheView.matchView(words.mid(bodyFrom)); v.hasMatch()) {
                const QString group = v.hasCaptured(QStringLiteral("of")) ? QStringLiteral("of") : QStringLiteral("own");
                const int sourceStart = sentence.start + int(bodyFrom + v.capturedStart(group)), sourceEnd = sentence.start + int(bodyFrom + v.capturedEnd(group));
                const int start = sentence.start + int(bodyFrom + v.capturedEnd());
                int end = sentence.end;
                while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == QLatin1Char('.')))
                    --end;
                if (const Annotation *source = resolver.within(sourceStart, sourceEnd); source && wordCount(QStringView(text).mid(start, end - start)) >= 3) {
                    // (the cue as written: "In Sebele’s view", "In the view of Monaco Telecom")
                    context.facts.append(statement(text, *source, v.captured(QStringLiteral("cue")), start, end, QStringLiteral("statement.in-the-view"), 0.6));
                    continue;
                }
            }
        }
        // "Shipments fell 8.2% last year, according to the Central Statistics Agency.",
        // "According to the ministry, 40 schools had closed.": what a source is said to report.
        if (!frontedSpeaker && !words.contains(QChar(0x201C)) && !words.contains(QLatin1Char('"')) && !words.contains(QChar(0x2018))) {
            static const RE according(QStringLiteral("(?<lead>^|,\\s+)(?<cue>[Aa]ccording to)\\s+"
                                                     "(?<source>[^,.;:]{2,90}?)(?=,|\\.(?:\\s|$)|;|$)"));
            if (const auto a = according.matchView(words); a.hasMatch()) {
                const int sourceStart = sentence.start + int(a.capturedStart(QStringLiteral("source")));
                const int sourceEnd = sentence.start + int(a.capturedEnd(QStringLiteral("source")));
                // Not a document, a data series or a poll, even one a named organisation made
                // ("LSEG data", "a study published in The Lancet", "Bloomberg calculations").
                static const RE document(QStringLiteral("\\b(?:data|figures|calculations|estimates|poll|survey|study|report|index|filings?|documents?|"
                                                        "records|statistics from|ranking|rankings|tally|count|budget|analysis|census|results|returns|projections)\\b"),
                                         RE::CaseInsensitiveOption);
                const bool fromDocument = document.matchView(a.capturedView(QStringLiteral("source"))).hasMatch()
                    || a.capturedView(QStringLiteral("source")).contains(QStringLiteral("’s own"));
                const Annotation *source = fromDocument ? nullptr : resolver.within(sourceStart, sourceEnd);
                int start = -1, end = -1;
                if (source && a.capturedLength(QStringLiteral("lead")) > 0) {
                    // The clause before, from the sentence's start (after a dateline).
                    start = sentence.start + int(bodyFrom);
                    end = sentence.start + int(a.capturedStart());
                } else if (source && a.capturedStart() == 0 && sourceEnd < sentence.end && text.at(sourceEnd) == QLatin1Char(',')) {
                    // The clause after the source and its comma, to the sentence's end.
                    start = sourceEnd + 1;
                    while (start < sentence.end && text.at(start).isSpace())
                        ++start;
                    // "According to Dagmar Ďurčeková, a political scientist at Comenius University,
                    // PS would need ...": the source's description is no part of what it says.
                    // ("According to Frommelt, the VU won six of the ten seats in the Unterland, its best
                    // result": a clause with a verb is what the source says, no description of it)
                    static const RE sourceDescription(QStringLiteral("^(?:a|an|the)\\s+[^,.;:“”\"]{1,90},\\s+"));
                    static const RE verb(QStringLiteral("\\b(?:won|took|rose|fell|is|was|were|are|has|had|have|will|would|could|can|said|says|got|made|"
                                                        "held|grew|dropped|gained|lost|reached|beat|signed|cut|raised|became|remains|remained)\\b"));
                    if (const auto d = sourceDescription.matchView(QStringView(text).mid(start, sentence.end - start));
                        d.hasMatch() && !verb.matchView(d.capturedView()).hasMatch())
                        start += int(d.capturedEnd());
                    end = sentence.end;
                    while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == QLatin1Char('.')))
                        --end;
                }
                if (start >= 0 && end > start && wordCount(QStringView(text).mid(start, end - start)) >= 4) {
                    context.facts.append(statement(text, *source, a.captured(QStringLiteral("cue")), start, end, QStringLiteral("statement.according-to"), 0.6));
                    continue;
                }
            }
        }
        if (frontedSpeaker && sentence.end - sentence.start > 0) {
            const int end = sentence.start + int(f.capturedStart());
            // "NAIROBI, Nov 14 (Reuters) - About 2.1 million ...": the dateline is no part of it.
            int start = sentence.start;
            if (const auto d = dateline.matchView(words); d.hasMatch())
                start += int(d.capturedLength());
            if (wordCount(QStringView(text).mid(start, end - start)) >= 4 && !words.contains(QChar(0x201C)) && !words.contains(QChar(0x2018)) && start < end)
                context.facts.append(statement(text, *frontedSpeaker, f.captured(QStringLiteral("cue")), start, end, QStringLiteral("statement.fronted"), 0.7));
        }
    }
}

} // namespace Gazette
