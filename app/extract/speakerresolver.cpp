// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakerresolver.h"

#include "extract/extractioncontext.h"
#include "extract/gazetteer.h"
#include "extract/stagehelpers.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Gazette {

namespace {

using RE = QRegularExpression;

// "Analysts at Bernstein", "Observers from the Southern African Development Community": people
// who speak for the organisation they are from, right before its name.
const QRegularExpression &peopleOfPattern()
{
    static const QRegularExpression re(QStringLiteral("\\b(?:analysts?|economists?|strategists?|observers?|officials?|researchers?|scientists?|experts?|"
                                                      "spokes(?:person|man|woman)|representatives?|monitors?)\\s+(?:at|from|with|for)\\s+(?:the\\s+)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "Ezeh’s lawyer": a possessive right after the mention.
bool isOwner(const QString &text, const Annotation &a)
{
    const QStringView next = QStringView(text).mid(a.end, 2);
    return next == QStringView(u"’s") || next == QLatin1String("'s");
}

// "After meeting Board of Trade president Fermín Lavalle Acuña, Ferraris Lezcano warned",
// "Addressing supporters outside the party headquarters, X said": the names of a lead-in clause
// are not the subject, which comes after its comma. Where the lead-in ends (its start if none).
int leadInEnd(const QString &text, int start)
{
    static const QRegularExpression leadIn(QStringLiteral("^\\s*(?:(?:After|Before|While|Since|Despite|Following|Unlike|Upon|Having)\\s+|(?:Addressing|Speaking|Writing|Responding|Commenting|Referring|Reacting|Answering|Explaining|Arriving|Visiting|Meeting|Pointing|Citing|"
                                                          "Noting|Defending|Announcing|Presenting|Launching|Standing|Campaigning|Returning|Asked|Pressed|Interviewed)\\s+(?=\\p{Ll}))"
                                                          "[^,.;:“”\"\\n]{1,150},\\s"));
    const auto lead = leadIn.matchView(QStringView(text).mid(start, std::min<qsizetype>(170, text.size() - start)));
    return lead.hasMatch() ? start + int(lead.capturedEnd()) : start;
}

bool isPerson(const Annotation &a)
{
    return a.label == QLatin1String("PERSON");
}

// Given name -> gender, from resources/gazetteers/given-name-genders.tsv.
const QHash<QString, SpeakerResolver::Gender> &genders()
{
    static const QHash<QString, SpeakerResolver::Gender> table = [] {
        QHash<QString, SpeakerResolver::Gender> result;
        QFile file(QStringLiteral(":/gazetteers/given-name-genders.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() == 2)
                result.insert(QString::fromUtf8(fields.at(0)), fields.at(1).trimmed() == "f" ? SpeakerResolver::Gender::Female : SpeakerResolver::Gender::Male);
        }
        return result;
    }();
    return table;
}

} // namespace

SpeakerResolver::SpeakerResolver(const ExtractionContext &context)
    : m_context(context)
{
    for (const QuoteMatch &q : context.quotes)
        m_quotes.append({q.start, q.end});
    for (const Annotation &a : context.spans.list()) {
        // "DAKAR, Dec 2 (AFP) - ...": the dateline's agency reports, it speaks for no one.
        const bool datelineAgency = a.start > 0 && a.end + 2 < context.text.size() && context.text.at(a.start - 1) == QLatin1Char('(')
            && context.text.at(a.end) == QLatin1Char(')') && QStringLiteral("-–—").contains(context.text.at(a.end + 2));
        if ((isPerson(a) || a.label == QLatin1String("ORG")) && !insideQuote(a) && !datelineAgency)
            m_speakers.append(&a);
    }
    for (qsizetype i = 1; i < m_speakers.size(); ++i) {
        const Annotation &alias = *m_speakers.at(i);
        if (isAliasOf(alias, *m_speakers.at(i - 1)))
            m_aliases.insert(context.text.mid(alias.start, alias.end - alias.start), m_speakers.at(i - 1));
    }
}

bool SpeakerResolver::isAliasOf(const Annotation &alias, const Annotation &name) const
{
    const QString &text = m_context.text;
    return !isPerson(alias) && !isPerson(name) && alias.start == name.end + 2 && alias.end < text.size() && text.at(name.end) == QLatin1Char(' ')
        && text.at(name.end + 1) == QLatin1Char('(') && text.at(alias.end) == QLatin1Char(')');
}

bool SpeakerResolver::insideQuote(const Annotation &a) const
{
    auto it = std::partition_point(m_quotes.cbegin(), m_quotes.cend(), [&](const TextRange &q) { return q.end <= a.start; });
    return it != m_quotes.cend() && it->start <= a.start && a.end <= it->end;
}

SpeakerResolver::Gender SpeakerResolver::genderOf(const QString &name)
{
    // "Lee Ji-hye", "Park Sung-min": a Korean given name comes after the family name, and the
    // family name ("Lee") is no given name of the list; the list knows no Korean given name.
    static const RE koreanGivenName(QStringLiteral("\\s\\p{Lu}\\p{Ll}+-\\p{Ll}+(?:\\s|$)"));
    if (koreanGivenName.match(name).hasMatch())
        return Gender::Unknown;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const Gender g = genders().value(word, Gender::Unknown);
        if (g != Gender::Unknown)
            return g;
    }
    return Gender::Unknown;
}

bool SpeakerResolver::fits(const Annotation &a, Gender gender) const
{
    if (gender == Gender::Organisation)
        return !isPerson(a);
    if (!isPerson(a))
        return false;
    if (gender == Gender::Unknown)
        return true;
    // The entity's full name knows the given name that a surname mention ("Tsai") lacks.
    QString name = m_context.text.mid(a.start, a.end - a.start);
    if (a.entityId < 0 && -a.entityId <= m_context.entities.size())
        name = m_context.entities.at(qsizetype(-a.entityId - 1)).name + QLatin1Char(' ') + name;
    Gender known = genderOf(name);
    if (known == Gender::Unknown)
        known = genderBefore(a);
    return known == Gender::Unknown || known == gender;
}

// What the words right before a name say of its gender: a title ("Mrs Okafor") or a relation set
// before it ("His sister, Mercy Akinyi,", "her husband Tomás").
SpeakerResolver::Gender SpeakerResolver::genderBefore(const Annotation &a) const
{
    static const RE female(QStringLiteral("(?:\\b(?:Mrs|Ms|Miss|Madam|Madame|Mme|Mrs\\.|Ms\\.)|\\b(?:sister|wife|mother|daughter|aunt|grandmother|niece|"
                                          "granddaughter|girlfriend|widow|stepmother|stepdaughter|businesswoman|spokeswoman|chairwoman|congresswoman)\\b,?)\\s*$"));
    static const RE male(QStringLiteral("(?:\\b(?:Mr|Mr\\.|Monsieur)|\\b(?:brother|husband|father|son|uncle|grandfather|nephew|grandson|boyfriend|widower|"
                                        "stepfather|stepson|businessman|spokesman|chairman|congressman)\\b,?)\\s*$"));
    const int from = std::max(0, a.start - 24);
    const QStringView before = QStringView(m_context.text).mid(from, a.start - from);
    if (female.matchView(before).hasMatch())
        return Gender::Female;
    if (male.matchView(before).hasMatch())
        return Gender::Male;
    return Gender::Unknown;
}

int SpeakerResolver::paragraphStart(int position) const
{
    const qsizetype at = m_context.text.lastIndexOf(QLatin1String("\n\n"), std::max(0, position - 1));
    return at < 0 ? 0 : int(at + 2);
}

// "..., according to Alina Vâlcu, a political scientist at ...": the one the sentence reports
// (and "Those were the words of Salote Naivalu": the one a quote was just given to), though a
// preposition stands before the name.
bool SpeakerResolver::isReportedSource(const Annotation &a, int sentenceStart) const
{
    // (and "In the view of Viking Line, ...": whose view the sentence tells)
    static const RE source(QStringLiteral("\\b(?:[Aa]ccording to|[Tt]he words of|[Tt]he view of)\\s+(?:[\\p{Ll}-]+\\s+){0,3}$"));
    const int from = std::max(sentenceStart, a.start - 40);
    return source.matchView(QStringView(m_context.text).mid(from, a.start - from)).hasMatch();
}

bool SpeakerResolver::isSentenceSubject(const Annotation &a) const
{
    const QList<TextRange> &sentences = m_context.sentences;
    auto sentence = std::partition_point(sentences.cbegin(), sentences.cend(), [&](const TextRange &r) { return r.end <= a.start; });
    const int sentenceStart = sentence != sentences.cend() && sentence->start <= a.start ? sentence->start : paragraphStart(a.start);
    // "The rebels were led by Siobhán Doyle, the MP for Kent, who said ...": a name that a
    // relative clause makes the speaker is a subject, whatever comes before it.
    static const RE whoSaid(QStringLiteral("^(?:,\\s+[^,.“”\"\\n]{1,90})?,\\s+who\\s+(?:said|says|told|tells|added|argued|warned|insisted)\\b"));
    if (whoSaid.matchView(QStringView(m_context.text).mid(a.end, std::min<qsizetype>(120, m_context.text.size() - a.end))).hasMatch())
        return true;
    if (isReportedSource(a, sentenceStart))
        return true;
    // "a polling worker who gave her name only as Ibadahun said", "a worker folding flags gave only
    // her first name, Sunaina.": the one the sentence is about, named at last.
    if (gaveTheirName(QStringView(m_context.text).mid(std::max(sentenceStart, a.start - 50), a.start - std::max(sentenceStart, a.start - 50))))
        return true;
    // "Ezeh’s lawyer said": the owner is not the subject.
    const auto owns = [this](const Annotation &b) { return isOwner(m_context.text, b); };
    if (owns(a))
        return false;
    // (a title may stand between: "with Finance Ministry state secretary Dragica Obradović beside her")
    static const RE preposition(QStringLiteral("\\b(?:of|at|for|from|with|by|to|against|than|[Ll]ike|[Uu]nlike|over|in|on|about|[Dd]espite|[Bb]esides?|[Aa]longside|[Ww]ithout)\\s+"
                                               "(?:the\\s+(?:\\w+\\s+)?)?$|"
                                               "(?:^|[,;(]|(?<![\\p{L}’'-])\\p{Ll}[\\p{L}’'-]*)\\s*(?:with|about|beside|alongside|to|against|by|for|from)\\s+(?:the\\s+)?"
                                               "(?:(?:\\p{Lu}[\\p{L}’'-]*|state|secretary|minister|deputy|coach|manager|president|chief|"
                                               "executive|director|general|adviser|leader|chair|chairman|chairwoman|colleague|counterpart)\\s+){1,5}$"));
    const int from = std::max(sentenceStart, a.start - 60);
    if (preposition.matchView(QStringView(m_context.text).mid(from, a.start - from)).hasMatch())
        return false;
    // "X told Ålandstidningen that ...": the one told is the audience, not a subject ("the company
    // said" in the next paragraph is not the newspaper).
    static const RE toldBefore(QStringLiteral("\\b(?:told|tells|telling)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$"));
    if (toldBefore.matchView(QStringView(m_context.text).mid(from, a.start - from)).hasMatch())
        return false;
    const int leadEnd = leadInEnd(m_context.text, sentenceStart);
    if (a.start < leadEnd)
        return false;
    // "Asked about Tecno's chief, Pathé Thiongane, who had called vivo ..., he said:", "Standing
    // next to her lawyer, Keo Sreyneang, she said": after a lead-in, the names before the
    // pronoun that speaks are the lead-in's.
    if (leadEnd > sentenceStart) {
        // (whatever the pronoun does: "Standing beside the wali, X, who had spent the night in a
        // shelter, he praised the volunteers")
        static const RE pronounSpeaks(QStringLiteral(",[”\"’']?\\s+(?:he|she|they)\\s+(?:\\p{Ll}+ly\\s+)?(?:said|says|told|replied|added|answered|insisted|argued|\\p{Ll}{3,}(?:ed|s))\\b"));
        auto sentenceIt = std::partition_point(sentences.cbegin(), sentences.cend(), [&](const TextRange &r) { return r.end <= a.start; });
        const int end = sentenceIt != sentences.cend() ? sentenceIt->end : int(m_context.text.size());
        if (pronounSpeaks.matchView(QStringView(m_context.text).mid(a.end, std::clamp(end - a.end, 0, 300))).hasMatch())
            return false;
    }
    // "He said prop Fionn Mac Carthaigh had suffered ...": a pronoun is that sentence's subject.
    static const RE pronounFirst(QStringLiteral("^(?:(?:But|And|Yet|Later|Then|Now),?\\s+)?(?:He|She|They)\\s"));
    if (a.start > sentenceStart && pronounFirst.matchView(QStringView(m_context.text).mid(sentenceStart, a.start - sentenceStart)).hasMatch())
        return false;
    // Back from the candidate to its sentence's start, a bounded number of steps (a text with
    // no full stops is one long sentence).
    auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *b) { return b->start < a.start; });
    for (int steps = 0; it != m_speakers.cbegin() && (*std::prev(it))->end > leadEnd; --it, ++steps) {
        if (steps == 40 || (isPerson(**std::prev(it)) == isPerson(a) && !owns(**std::prev(it))))
            return false;
    }
    return true;
}

QStringList SpeakerResolver::othersBeside(int position) const
{
    QStringList others;
    const QList<TextRange> &sentences = m_context.sentences;
    auto sentence = std::partition_point(sentences.cbegin(), sentences.cend(), [&](const TextRange &r) { return r.end < position; });
    const int sentenceStart = sentence != sentences.cend() && sentence->start <= position ? sentence->start : paragraphStart(position);
    const QString &text = m_context.text;
    static const RE withBefore(QStringLiteral("(?:^|[,;]|(?<![\\p{L}’'-])\\p{Ll}+)\\s*(?:[Ww]ith|[Bb]eside|[Aa]longside)\\s+(?:(?:\\p{Lu}[\\p{L}’'.-]*|[\\p{Ll}-]+)\\s+){0,4}$"));
    static const RE atSide(QStringLiteral("^\\s+(?:at\\s+(?:his|her|their)\\s+side|by\\s+(?:his|her|their)\\s+side|beside\\s+(?:him|her|them)|next\\s+to\\s+(?:him|her|them))\\b"));
    static const RE butBefore(QStringLiteral(",\\s+but\\s+$"));
    const bool contrasted = butBefore.matchView(QStringView(text).mid(std::max(sentenceStart, position - 8), position - std::max(sentenceStart, position - 8))).hasMatch();
    auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->start < sentenceStart; });
    for (; it != m_speakers.cend() && (*it)->end <= position; ++it) {
        // (any name: the model may have taken the person at her side for an organisation)
        const Annotation &a = **it;
        const int from = std::max(sentenceStart, a.start - 60);
        const bool beside = withBefore.matchView(QStringView(text).mid(from, a.start - from)).hasMatch()
            && atSide.matchView(QStringView(text).mid(a.end, std::min<qsizetype>(30, text.size() - a.end))).hasMatch();
        if (beside || contrasted)
            others.append(lastWordOf(a).toString());
    }
    return others;
}

// "Belo" of "Natércia Leki Belo": what another mention of the same person shares.
QStringView SpeakerResolver::lastWordOf(const Annotation &a) const
{
    const QStringView name = QStringView(m_context.text).mid(a.start, a.end - a.start);
    return name.mid(name.lastIndexOf(QLatin1Char(' ')) + 1);
}

bool SpeakerResolver::isOneOf(const Annotation &a, const QStringList &others) const
{
    return !others.isEmpty() && isPerson(a) && others.contains(lastWordOf(a));
}

const Annotation *SpeakerResolver::nearestSubject(int position, Gender gender, const QStringList &others) const
{
    const int here = paragraphStart(position);
    const int limit = here > 0 ? paragraphStart(here - 2) : 0;
    auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= position; });
    for (int steps = 0; it != m_speakers.cbegin() && (*std::prev(it))->start >= limit && steps < 40; --it, ++steps) {
        const Annotation *candidate = *std::prev(it);
        if (fits(*candidate, gender) && isSentenceSubject(*candidate) && !isOneOf(*candidate, others))
            return candidate;
    }
    return nullptr;
}

const Annotation *SpeakerResolver::within(int start, int end) const
{
    const Annotation *speaker = nullptr;
    auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= start; });
    for (; it != m_speakers.cend() && (*it)->start < end; ++it) {
        if (speaker && isAliasOf(**it, *speaker))
            continue; // "the Malawi Electoral Commission (MEC) said": the full name speaks
        // "the bank's Monetary Policy Committee": the owner is not the speaker when a name follows.
        if (!speaker || isPerson(**it) || !isPerson(*speaker))
            speaker = *it;
    }
    return speaker;
}

const Annotation *SpeakerResolver::pronoun(QStringView word, int position, int othersAt) const
{
    const QString lower = word.toString().toLower();
    const Gender gender = lower == QLatin1String("she") || lower == QLatin1String("her")  ? Gender::Female
                          : lower == QLatin1String("he") || lower == QLatin1String("his") ? Gender::Male
                          : lower == QLatin1String("it") || lower == QLatin1String("its") ? Gender::Organisation
                                                                                          : Gender::Unknown;
    // "Strategists at Nomura raised their target. '...,' they wrote.": the people of an
    // organisation speak for it.
    if (lower == QLatin1String("they") || lower == QLatin1String("their")) {
        if (const Annotation *organisation = peopleOfOrganisationBefore(position))
            return organisation;
    }
    // The subject of a recent sentence first ("Kaczmarczyk, who accused Wiśniewska of writing the
    // law, told PAP ... 'Nobody asked,' he said."), then the last quote's speaker ("'...,' the
    // manager told DAZN. Asked about his striker, he said: '...'"), then the closest fitting mention.
    const QStringList others = othersBeside(othersAt >= 0 ? othersAt : position);
    if (const Annotation *subject = nearestSubject(position, gender, others))
        return subject;
    if (m_previousSpeaker && m_previousSpeaker->end <= position && fits(*m_previousSpeaker, gender) && !isOneOf(*m_previousSpeaker, others)
        && QStringView(m_context.text).mid(m_previousSpeaker->end, position - m_previousSpeaker->end).count(QLatin1String("\n\n")) <= 2)
        return m_previousSpeaker;
    auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= position; });
    // Not further back than a few paragraphs: a pronoun refers to someone the reader just met.
    int paragraphs = 0;
    int scanned = position;
    while (it != m_speakers.cbegin()) {
        const Annotation *candidate = *std::prev(it);
        paragraphs += int(QStringView(m_context.text).mid(candidate->end, scanned - candidate->end).count(QLatin1String("\n\n")));
        scanned = candidate->end;
        if (paragraphs > 3)
            return nullptr;
        // "took over from the sacked Sergio Prieto": the object of a preposition is rarely the one speaking.
        static const RE preposition(QStringLiteral("\\b(?:of|at|for|from|with|by|to|against|than|[Ll]ike|[Uu]nlike|over|[Dd]espite|[Bb]esides?|[Aa]longside|[Ww]ithout)\\s+"
                                                   "(?:the\\s+(?:\\w+\\s+)?)?$|"
                                                   "(?:^|[,;(]|(?<![\\p{L}’'-])\\p{Ll}[\\p{L}’'-]*)\\s*(?:with|about|beside|alongside|to|against|by|for|from)\\s+(?:the\\s+)?"
                                                   "(?:(?:\\p{Lu}[\\p{L}’'-]*|state|secretary|minister|deputy|coach|manager|president|chief|"
                                                   "executive|director|general|adviser|leader|chair|chairman|chairwoman|colleague|counterpart)\\s+){1,5}$"));
        const int from = std::max(0, candidate->start - 60);
        if (fits(*candidate, gender) && !isOneOf(*candidate, others)
            && (!preposition.matchView(QStringView(m_context.text).mid(from, candidate->start - from)).hasMatch() || isReportedSource(*candidate, 0)))
            return candidate;
        --it;
    }
    return nullptr;
}

const Annotation *SpeakerResolver::peopleOfOrganisationBefore(int position) const
{
    // In this paragraph or the one before, the nearest organisation named as the home of the people
    // speaking; a person named after it is who "they" would be, and ends the search.
    const int here = paragraphStart(position);
    const int limit = here > 0 ? paragraphStart(here - 2) : 0;
    auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= position; });
    for (int steps = 0; it != m_speakers.cbegin() && (*std::prev(it))->start >= limit && steps < 20; --it, ++steps) {
        const Annotation *candidate = *std::prev(it);
        if (isPerson(*candidate))
            return nullptr;
        const int from = std::max(0, candidate->start - 40);
        if (peopleOfPattern().matchView(QStringView(m_context.text).mid(from, candidate->start - from)).hasMatch())
            return candidate;
    }
    return nullptr;
}

// "the Norwegian", "the Swede", "the 24-year-old Scot": a person by nationality (the nouns that
// differ from the adjective, then the nationalities' list).
bool SpeakerResolver::isNationality(QStringView phrase) const
{
    return isNationality(phrase, m_context.gazetteer);
}

bool SpeakerResolver::isNationality(QStringView phrase, const Gazetteer &gazetteer)
{
    static const QSet<QString> nationals = {QStringLiteral("Swede"), QStringLiteral("Scot"), QStringLiteral("Dane"), QStringLiteral("Finn"),
                                            QStringLiteral("Pole"), QStringLiteral("Turk"), QStringLiteral("Spaniard"), QStringLiteral("Briton"),
                                            QStringLiteral("Frenchman"), QStringLiteral("Frenchwoman"), QStringLiteral("Englishman"),
                                            QStringLiteral("Englishwoman"), QStringLiteral("Irishman"), QStringLiteral("Irishwoman"),
                                            QStringLiteral("Welshman"), QStringLiteral("Welshwoman"), QStringLiteral("Scotsman"),
                                            QStringLiteral("Scotswoman"), QStringLiteral("Dutchman"), QStringLiteral("Dutchwoman"),
                                            QStringLiteral("Kiwi"), QStringLiteral("Icelander"), QStringLiteral("Luxembourger")};
    static const RE national(QStringLiteral("^[Tt]he\\s+(?:\\d+-year-old\\s+)?(?<word>\\p{Lu}\\p{Ll}+)$"));
    const auto n = national.matchView(phrase.trimmed());
    if (!n.hasMatch())
        return false;
    const QString word = n.captured(QStringLiteral("word"));
    const int entry = gazetteer.lookup(word);
    return nationals.contains(word) || (entry >= 0 && gazetteer.entry(entry).label == QLatin1String("NORP") && !word.endsWith(QLatin1Char('s')));
}

// The nouns of a description that names a person: "the Portuguese manager", "the lawyer".
static const QRegularExpression &personNouns()
{
    static const QRegularExpression person(QStringLiteral("\\b(?:manager|coach|judge|minister|president|chairman|chairwoman|chair|chief|executive|spokesman|"
                                          "spokeswoman|analyst|economist|official|director|governor|mayor|senator|lawmaker|striker|captain|player|"
                                          "forward|midfielder|goalkeeper|defender|winger|researcher|scientist|professor|doctor|lawyer|prosecutor|"
                                          "founder|leader|chancellor|premier|secretary|commissioner|veteran|teenager|woman|man|farmer|trader|investigator|co-author|"
                                          "driver|runner|champion|winner|director|officer|head|filmmaker|actor|actress|author|economist|candidate|nominee|engineer|"
                                          "teacher|nurse|activist|campaigner|diplomat|envoy|ambassador|adviser|advisor|strategist|banker|investor|boss|"
                                          "newcomer|debutant|substitute)$"),
                           QRegularExpression::CaseInsensitiveOption);
    return person;
}

bool SpeakerResolver::describesAPerson(QStringView phrase) const
{
    static const RE aged(QStringLiteral("\\d+-year-old(?:\\s+\\w+)?$"));
    return personNouns().matchView(phrase).hasMatch() || aged.matchView(phrase).hasMatch() || isNationality(phrase);
}

const Annotation *SpeakerResolver::nominal(QStringView phrase, int position, bool strict) const
{
    static const RE organisation(QStringLiteral("\\b(?:company|firm|group|bank|ministry|agency|department|commission|court|club|party|government|"
                                                "regulator|authority|council|committee|board|union|association|federation|league|institute|university|"
                                                "organisation|organization|carmaker|maker|lender|insurer|retailer|airline|operator|broadcaster|"
                                                "newspaper|network|exchange|fund|office|institution|watchdog|alliance|service|society|statement|directorate|inspectorate|"
                                                "secretariat|bureau|tribunal|observatory|foundation|charity|coalition|startup|start-up|lobby)$"),
                                 RE::CaseInsensitiveOption);
    const RE &person = personNouns();
    // "the spokesperson" speaks for the organisation the article gave a spokesperson: "A
    // spokesperson for MTN Nigeria said ..."; else a spokesperson named like a person.
    static const RE spokes(QStringLiteral("\\bspokes(?:person|man|woman)$"), RE::CaseInsensitiveOption);
    if (spokes.matchView(phrase).hasMatch()) {
        static const RE forWhom(QStringLiteral("\\bspokes(?:person|man|woman)\\s+(?:for|of|at)\\s+(?:the\\s+)?$"), RE::CaseInsensitiveOption);
        auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= position; });
        for (int steps = 0; it != m_speakers.cbegin() && steps < 20; --it, ++steps) {
            const Annotation *candidate = *std::prev(it);
            const int from = std::max(0, candidate->start - 30);
            if (!isPerson(*candidate) && forWhom.matchView(QStringView(m_context.text).mid(from, candidate->start - from)).hasMatch())
                return candidate;
        }
    }
    Gender gender = Gender::Unknown;
    static const RE aged(QStringLiteral("\\d+-year-old(?:\\s+\\w+)?$"));
    const bool byNationality = isNationality(phrase);
    if (organisation.matchView(phrase).hasMatch())
        gender = Gender::Organisation;
    else if (!person.matchView(phrase).hasMatch() && !aged.matchView(phrase).hasMatch() && !byNationality)
        return nullptr;
    if (phrase.endsWith(QLatin1String("woman")) || phrase.endsWith(QLatin1String("actress")))
        gender = Gender::Female;
    if (gender == Gender::Organisation) {
        static const RE company(QStringLiteral("\\b(?:company|firm|group|carmaker|maker|lender|insurer|retailer|airline|operator|broadcaster|club)$"),
                                RE::CaseInsensitiveOption);
        const bool aCompany = company.matchView(phrase).hasMatch();
        if (strict && aCompany)
            return nearestSubject(position, gender);
        // "the bank" is the organisation whose name says Bank; "the directorate" the one named
        // Directorate (the guess beyond, when not strict, comes after).
        const QString noun = phrase.mid(phrase.lastIndexOf(QLatin1Char(' ')) + 1).toString();
        const RE named(QStringLiteral("\\b%1\\b").arg(RE::escape(noun)), RE::CaseInsensitiveOption);
        auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= position; });
        for (int steps = 0; !aCompany && it != m_speakers.cbegin() && steps < 20; --it, ++steps) {
            const Annotation *candidate = *std::prev(it);
            if (isPerson(*candidate))
                continue;
            // "the commission" after "Malawi Electoral Commission (MEC)": the nearest mention,
            // the short name too.
            const QString written = m_context.text.mid(candidate->start, candidate->end - candidate->start);
            const Annotation *full = m_aliases.value(written);
            if (named.match(written).hasMatch())
                return candidate;
            if (full && named.matchView(QStringView(m_context.text).mid(full->start, full->end - full->start)).hasMatch())
                return isAliasOf(*candidate, *full) ? full : candidate; // "the bank" right after "... Bank (EBRD)": the full name
        }
        if (strict)
            return nullptr;
    }
    // "the teenager", "the 18-year-old": the person the article gave that age ("The 18-year-old
    // forward Koly Lamah", "Alhassane, 18,"), the nearest before.
    static const RE teen(QStringLiteral("^(?:the\\s+)?(?:teenager|teenage\\s+\\w+|youngster|(?<age>\\d{1,2})-year-old(?:\\s+\\w+)?)$"), RE::CaseInsensitiveOption);
    if (const auto t = teen.matchView(phrase.trimmed()); t.hasMatch() && gender != Gender::Organisation) {
        const int wanted = t.hasCaptured(QStringLiteral("age")) ? t.captured(QStringLiteral("age")).toInt() : -1;
        static const RE ageBefore(QStringLiteral("(?<age>\\d{1,2})-year-old\\s+(?:[\\p{L}-]+\\s+){0,3}$"));
        static const RE ageAfter(QStringLiteral("^,\\s+(?<age>\\d{1,2}),"));
        const QString &text = m_context.text;
        // ("a teenager the terraces call “Sahm” (“Arrow”), Nuri Qarqoum, ran on": one the sentence
        // introduced as a teenager, with no age told)
        static const RE teenagerBefore(QStringLiteral("\\b(?:a|the)\\s+(?:\\d{1,2}-year-old\\s+)?teenager\\b[^.!?\\n]{0,90}$"), RE::CaseInsensitiveOption);
        const auto ageOf = [&](const Annotation &a) {
            const int from = std::max(0, a.start - 50);
            auto b = ageBefore.matchView(QStringView(text).mid(from, a.start - from));
            if (!b.hasMatch())
                b = ageAfter.matchView(QStringView(text).mid(a.end, std::min<qsizetype>(8, text.size() - a.end)));
            if (!b.hasMatch() && wanted < 0) {
                const int far = std::max(0, a.start - 110);
                return teenagerBefore.matchView(QStringView(text).mid(far, a.start - far)).hasMatch() ? 16 : -1;
            }
            return b.hasMatch() ? b.captured(QStringLiteral("age")).toInt() : -1;
        };
        auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= position; });
        for (int steps = 0; it != m_speakers.cbegin() && steps < 12; --it, ++steps) {
            const Annotation *candidate = *std::prev(it);
            if (!isPerson(*candidate))
                continue;
            const int age = ageOf(*candidate);
            if (age >= 0 && (wanted >= 0 ? age == wanted : age >= 13 && age <= 19))
                return candidate;
        }
    }
    // "the judge" is the person the article called Justice or judge; "the Portuguese manager"
    // the one it called manager.
    if (gender != Gender::Organisation) {
        const QString noun = phrase.mid(phrase.lastIndexOf(QLatin1Char(' ')) + 1).toString().toLower();
        static const QHash<QString, QStringList> alsoCalled = {
            {QStringLiteral("judge"), {QStringLiteral("justice")}},  {QStringLiteral("coach"), {QStringLiteral("manager")}},
            {QStringLiteral("manager"), {QStringLiteral("coach")}},   {QStringLiteral("chief"), {QStringLiteral("head")}},
            {QStringLiteral("executive"), {QStringLiteral("ceo")}},   {QStringLiteral("chairwoman"), {QStringLiteral("chair")}},
            {QStringLiteral("chairman"), {QStringLiteral("chair")}}};
        QStringList words = alsoCalled.value(noun);
        words.prepend(noun);
        auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= position; });
        for (int steps = 0; it != m_speakers.cbegin() && steps < 12; --it, ++steps) {
            const Annotation *candidate = *std::prev(it);
            if (!fits(*candidate, gender))
                continue;
            // Back to the mention before it at most: "Judge Holm fined Solberg" names Holm the judge.
            const auto self = std::prev(it);
            const int previousEnd = self != m_speakers.cbegin() ? (*std::prev(self))->end : 0;
            const int from = std::max({0, candidate->start - 40, std::min(previousEnd, candidate->start)});
            const QString around = m_context.text.mid(from, candidate->end + 60 - from).toLower();
            const QString before = around.left(candidate->end - from); // with the name: "Judge Holm" 
            const QString after = around.mid(candidate->end - from).section(QLatin1Char('.'), 0, 0);
            const auto named = [&](const QString &w) {
                const auto inside = [&](const QString &part) {
                    for (qsizetype at = part.indexOf(w); at >= 0; at = part.indexOf(w, at + 1)) {
                        const bool startOk = at == 0 || !part.at(at - 1).isLetter();
                        const bool endOk = at + w.size() == part.size() || !part.at(at + w.size()).isLetter();
                        if (startOk && endOk)
                            return true;
                    }
                    return false;
                };
                // Right before the name ("Justice Adeyemi-Bello", "Betis manager Rui Almeida") or
                // in an apposition after it (", a judge at the High Court,").
                return inside(before.section(QLatin1Char(','), -1).section(QLatin1Char('.'), -1)) || (after.startsWith(QLatin1Char(',')) && inside(after.section(QLatin1Char(','), 1, 1)));
            };
            if (std::any_of(words.cbegin(), words.cend(), named))
                return candidate;
        }
    }
    if (strict)
        return nullptr;
    // "“We are the third force now,” the bloc’s leader, X, said. “Nobody,” the 52-year-old said":
    // a person described again in the paragraph of their last quote is the one who spoke it.
    if (gender != Gender::Organisation && m_previousSpeaker && isPerson(*m_previousSpeaker) && m_previousSpeaker->end <= position
        && fits(*m_previousSpeaker, gender) && paragraphStart(m_previousSpeaker->start) == paragraphStart(position))
        return m_previousSpeaker;
    if (const Annotation *subject = nearestSubject(position, gender))
        return subject;
    auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= position; });
    for (int steps = 0; it != m_speakers.cbegin() && steps < 12; --it, ++steps) {
        if (fits(**std::prev(it), gender))
            return *std::prev(it);
    }
    return nullptr;
}

const Annotation *SpeakerResolver::subjectOf(int start, int verb) const
{
    const QString &text = m_context.text;
    // "Siobhán McCarthy-Doyle, the Labour MP for a rural seat in Kent, who said": the one "who"
    // stands for is the name before the comma, or before the description set off by commas.
    static const RE who(QStringLiteral(",\\s+who\\s+(?:\\w+\\s+){0,2}$"));
    if (const auto w = who.matchView(QStringView(text).mid(start, verb - start)); w.hasMatch()) {
        const int comma = start + int(w.capturedStart());
        const auto endingAt = [this](int end) -> const Annotation * {
            auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [end](const Annotation *a) { return a->end < end; });
            return it != m_speakers.cend() && (*it)->end == end ? *it : nullptr;
        };
        if (const Annotation *named = endingAt(comma))
            return named;
        const qsizetype before = QStringView(text).mid(start, comma - start).lastIndexOf(QLatin1String(", "));
        if (before >= 0) {
            if (const Annotation *named = endingAt(start + int(before)))
                return named;
        }
    }
    // "X spoke after Y, the party's campaign chief, had told reporters that": the verb of a
    // clause after "after" or "when" is its own subject's.
    static const RE afterWhom(QStringLiteral("\\b(?:[Aa]fter|[Bb]efore|[Ww]hen|[Oo]nce|[Ss]ince)\\s+(?<who>\\p{Lu}[^,;:“”\"]{1,60}?)(?:\\s*,[^,;:“”\"]{1,80},)?(?:\\s+(?:had|has|have))?\\s+$"));
    if (const auto a = afterWhom.matchView(QStringView(text).mid(start, verb - start)); a.hasMatch()) {
        const int whoStart = start + int(a.capturedStart(u"who")), whoEnd = start + int(a.capturedEnd(u"who"));
        if (const Annotation *subject = within(whoStart, whoEnd); subject && subject->start == whoStart)
            return subject;
    }
    // "Asked whether Statkraft would bid, she said": a pronoun right before the verb, after a
    // lead-in set off by a comma, is the subject; the names of the lead-in are not.
    static const RE leadIn(QStringLiteral(",\\s+(?<pronoun>he|she|they)\\s+$"));
    if (const auto l = leadIn.matchView(QStringView(text).mid(start, verb - start)); l.hasMatch())
        return pronoun(l.capturedView(QStringLiteral("pronoun")), start + int(l.capturedStart(QStringLiteral("pronoun"))));
    start = std::min(leadInEnd(text, start), verb);
    // "his lawyer, Palesa Ramoholi, said", "the union's leader, X, said": the person named between
    // commas after a job in lower case is the subject.
    {
        auto at = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= verb; });
        if (at != m_speakers.cbegin()) {
            const Annotation &last = **std::prev(at);
            static const RE commaOnly(QStringLiteral("^\\s*,\\s*$"));
            static const RE jobBefore(QStringLiteral("^(?:(?:his|her|their|its|our|the|a|an)\\s+)?(?:[\\p{Ll}’'-]+\\s+){0,3}[\\p{Ll}-]+,\\s+$"));
            if (last.start >= start && isPerson(last) && commaOnly.matchView(QStringView(text).mid(last.end, verb - last.end)).hasMatch()
                && jobBefore.matchView(QStringView(text).mid(start, last.start - start)).hasMatch())
                return &last;
        }
    }
    // "Anna Arivalayam, DMK general secretary T. R. Anbuselvan said": a person named right before
    // the verb, after a comma, is the subject; the name before the comma sets the scene.
    {
        auto at = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= verb; });
        if (at != m_speakers.cbegin()) {
            const Annotation &last = **std::prev(at);
            const QStringView gap = QStringView(text).mid(last.end, verb - last.end);
            static const RE titleBefore(QStringLiteral(",\\s+(?:(?!(?:and|or|but|while)\\s)[\\p{Lu}\\p{Ll}][\\w’'.-]*\\s+){1,5}$"));
            if (last.start >= start && isPerson(last) && gap.trimmed().isEmpty() && !isOwner(text, last)
                && titleBefore.matchView(QStringView(text).mid(start, last.start - start)).hasMatch()
                && !QStringView(text).mid(start, last.start - start).contains(QLatin1String(" who ")))
                return &last;
        }
    }
    // "Minera Andina, a joint venture between Andes Resources and Jinlu Mining, said": the names
    // of a description set off by commas describe the subject, the name before it ("The lobby
    // group, whose members include ..., said": no one named).
    // ("Tróndur Ellingsgaard, who leads Tjóðveldi, which wants full independence, said": a
    // relative clause, even one with another inside, describes the name before it too)
    static const RE description(QStringLiteral("^(?<head>[^,]+),\\s+(?:a|an|the|one|whose|who|which)\\s[^,]*(?:,\\s+(?:which|who|whose|where)\\s[^,]*)?,\\s*$"));
    if (const auto d = description.matchView(QStringView(text).mid(start, verb - start)); d.hasMatch()) {
        const int headEnd = start + int(d.capturedEnd(QStringLiteral("head")));
        const Annotation *head = subjectOf(start, headEnd);
        if (head && head->start >= start && head->end <= headEnd)
            return head;
        // "The company's brand ambassador, the singer Mwanaisha Kimaro, wrote": a head that names
        // no one, and a description that ends with a person's name, names the subject.
        if (!head) {
            static const RE namedAfterJob(QStringLiteral("^,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){1,3}$"));
            const qsizetype close = QStringView(text).mid(start, verb - start).lastIndexOf(QLatin1Char(','));
            auto at = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= start + int(close); });
            if (close > 0 && at != m_speakers.cbegin()) {
                const Annotation &last = **std::prev(at);
                if (isPerson(last) && last.start > headEnd && last.end == start + int(close)
                    && namedAfterJob.matchView(QStringView(text).mid(headEnd, last.start - headEnd)).hasMatch())
                    return &last;
            }
        }
        return nullptr;
    }
    // ("a lobby group whose members include Air France-KLM and Lufthansa, said": those included
    // are objects too.)
    static const RE preposition(QStringLiteral("\\b(?:of|at|for|from|with|in|on|by|to|against|over|under|about|between|among|than|like|"
                                               "include|includes|included|including)\\s+(?:the\\s+)?$"),
                                RE::CaseInsensitiveOption);
    const Annotation *person = nullptr;
    const Annotation *organisation = nullptr;
    const Annotation *owner = nullptr; // "Park's answer was short"
    const Annotation *forOrganisation = nullptr; // "a critic for Variety"
    // "Analysts at Bernstein", "Observers from the Southern African Development Community": the
    // people speak for the organisation they are from.
    const RE &peopleOf = peopleOfPattern();
    // "Khôi’s lawyers said": the lawyers speak, not their client.
    static const RE ownersPeople(QStringLiteral("^(?:’s|'s)?\\s+(?:\\p{Ll}+\\s+)?(?:lawyers?|attorneys?|wife|husband|son|daughter|mother|father|brother|sister|family|"
                                                "relatives|friends?|colleagues?|critics|supporters|opponents|rivals|aides?|allies|advisers?|neighbours?|team)\\b"));
    const Annotation *previous = nullptr;
    bool previousAfterPreposition = false;
    auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= start; });
    for (; it != m_speakers.cend() && (*it)->end <= verb; ++it) {
        const Annotation &a = **it;
        if (a.start < start)
            continue;
        if (previous && isAliasOf(a, *previous))
            continue; // "... Commission (MEC)": the name before it stands for both
        const int from = std::max(start, a.start - 16);
        // "The court ordered Khôi to repay ... and said": the object of a verb does not speak.
        static const RE verbBefore(QStringLiteral("(?<![\\p{L}-])\\p{Ll}{3,}ed\\s+$"));
        bool afterPreposition = preposition.matchView(QStringView(text).mid(from, a.start - from)).hasMatch()
            || verbBefore.matchView(QStringView(text).mid(from, a.start - from)).hasMatch();
        // "from the Southern African Development Community and the European Union": both are objects.
        static const RE coordinated(QStringLiteral("^(?:\\s*\\([^()]{1,12}\\))?,?\\s+(?:and|or)\\s+(?:the\\s+)?$"));
        if (!afterPreposition && previous && previousAfterPreposition && previous->end <= a.start
            && coordinated.matchView(QStringView(text).mid(previous->end, a.start - previous->end)).hasMatch())
            afterPreposition = true;
        previous = &a;
        previousAfterPreposition = afterPreposition;
        const bool possessive = isOwner(text, a);
        if (possessive) {
            if (!owner && !ownersPeople.matchView(QStringView(text).mid(a.end, std::min<qsizetype>(40, text.size() - a.end))).hasMatch())
                owner = &a;
        } else if (afterPreposition) {
            const int wide = std::max(start, a.start - 40);
            if (!forOrganisation && !isPerson(a)
                && (QStringView(text).mid(from, a.start - from).contains(QLatin1String("for "))
                    || peopleOf.matchView(QStringView(text).mid(wide, a.start - wide)).hasMatch()))
                forOrganisation = &a;
        } else if (isPerson(a)) {
            if (!person)
                person = &a;
        } else if (!organisation) {
            organisation = &a;
        }
    }
    if (person)
        return person;
    if (organisation)
        return organisation;
    // A pronoun subject: "He said the Treasury would", "Her reply was brief:".
    // ("Asked about Okafor, who left the pitch limping, he said": a lead-in of two parts.)
    // ("On Thursday evening he wrote on X": a lead-in of a few words with no comma.)
    static const RE pronounSubject(QStringLiteral("^(?:[A-Z][a-z]+,?\\s+(?:[\\p{L}\\d]+\\s+){0,3}?|(?:[^,\\n]{1,60},\\s+){1,2})?(?<pronoun>[Hh]e|[Ss]he|[Hh]is|[Hh]er|It|Its|They)\\b"));
    const auto m = pronounSubject.matchView(QStringView(text).mid(start, verb - start));
    if (m.hasMatch() && !(m.captured(QStringLiteral("pronoun")).startsWith(QLatin1String("Her")) && owner)) {
        // "His lawyers said": not him.
        const int after = start + int(m.capturedEnd());
        const QString word = m.captured(QStringLiteral("pronoun")).toLower();
        const bool possessivePronoun = word == QLatin1String("his") || word == QLatin1String("her") || word == QLatin1String("its");
        if (possessivePronoun && ownersPeople.matchView(QStringView(text).mid(after, std::min<qsizetype>(40, text.size() - after))).hasMatch())
            return nullptr;
        return pronoun(m.capturedView(QStringLiteral("pronoun")), start, start + int(m.capturedStart(QStringLiteral("pronoun"))));
    }
    if (owner || forOrganisation)
        return owner ? owner : forOrganisation;
    // A description for a subject: "The minister said", "A spokesperson for the company said".
    static const RE described(QStringLiteral("^\\s*(?:[Tt]he|[Aa]n?)\\s+(?<phrase>[\\w’'-]+(?:\\s+[\\w’'-]+){0,4}?)\\s*$"));
    if (const auto d = described.matchView(QStringView(text).mid(start, verb - start)); d.hasMatch())
        return nominal(d.capturedView(QStringLiteral("phrase")), start, true);
    return nullptr;
}

const Annotation *SpeakerResolver::nearestActor(int start, int verb) const
{
    const QString &text = m_context.text;
    static const RE preposition(QStringLiteral("\\b(?:of|at|for|from|with|in|on|by|to|against|over|under|about|between|among|than|like)\\s+(?:the\\s+)?$"),
                                RE::CaseInsensitiveOption);
    auto it = std::partition_point(m_speakers.cbegin(), m_speakers.cend(), [&](const Annotation *a) { return a->end <= verb; });
    for (int steps = 0; it != m_speakers.cbegin() && (*std::prev(it))->start >= start && steps < 40; --it, ++steps) {
        const Annotation &a = **std::prev(it);
        const int from = std::max(start, a.start - 16);
        // ("The bank's Monetary Board, known by its Spanish name Junta Monetaria, voted ...,
        // saying": the other name is the same body's; the name before it acts)
        static const RE otherName(QStringLiteral("\\bknown\\s+(?:locally\\s+)?(?:as|by\\s+(?:its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?name)\\s+$"));
        const int wide = std::max(start, a.start - 50);
        if (isOwner(text, a) || preposition.matchView(QStringView(text).mid(from, a.start - from)).hasMatch()
            || otherName.matchView(QStringView(text).mid(wide, a.start - wide)).hasMatch())
            continue;
        // "the International Monetary Fund (IMF) released ..., saying": the full name.
        if (std::prev(it) != m_speakers.cbegin() && isAliasOf(a, **std::prev(it, 2)))
            return *std::prev(it, 2);
        return &a;
    }
    return nullptr;
}

} // namespace Gazette
