// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractor.h"

#include "factrules.h"
#include "gazetteer.h"
#include "numberrules.h"
#include "phrasematcher.h"
#include "quoterules.h"
#include "tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Gazette {

namespace {

using RE = QRegularExpression;

// A word of a name: "Tsai", "McDonald's", "Ming-yan", "U.S.", "S&P", "Geek+".
const QString NameWord = QStringLiteral("(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}\\p{N}&+]*(?:['’-]\\p{L}[\\p{L}\\p{N}]*)*\\+?)");
const QString Particle = QStringLiteral("(?:van der|van den|van|von|de la|de|der|den|da|di|du|dos|al|el|bin|ibn|le|la|Al|El|Van|De)");
const QString PersonName = QStringLiteral("%1(?:\\s+(?:%2\\s+)?%1){0,3}").arg(NameWord, Particle);

// "[Cc]hief [Ee]xecutive": titles at the start of a sentence or inside one.
QString eitherCase(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words)
        out << QStringLiteral("[%1%2]%3").arg(w.at(0).toUpper(), w.at(0).toLower(), QRegularExpression::escape(w.mid(1)));
    return out.join(QLatin1Char('|'));
}

const QStringList &titleWords()
{
    return Gazetteer::instance().titles();
}

const RE &titleAtStart()
{
    static const RE re(QStringLiteral("^(?:(?:%1)\\.?\\s+)+").arg(eitherCase(titleWords())));
    return re;
}

bool isAbbreviationWithDot(QStringView word)
{
    static const QStringList known = {QStringLiteral("Inc."), QStringLiteral("Corp."), QStringLiteral("Co."), QStringLiteral("Ltd."),
                                      QStringLiteral("Jr."), QStringLiteral("Sr."), QStringLiteral("St.")};
    return word.count(QLatin1Char('.')) > 1 || known.contains(word.toString());
}

// The spans found so far, with a map of the characters they cover, so that a later rule never
// overlaps an earlier one (earlier stages are the more reliable).
class Spans
{
public:
    explicit Spans(const QString &text)
        : m_text(text)
        , m_covered(size_t(text.size()), 0)
    {
    }

    bool isFree(int start, int end) const
    {
        for (int i = start; i < end; ++i) {
            if (m_covered[size_t(i)])
                return false;
        }
        return true;
    }

    // Adds a suggestion; span edges follow the guidelines (no possessive 's, no sentence period).
    bool add(int start, int end, const QString &label, const QString &rule, double confidence)
    {
        while (end > start && m_text.at(end - 1).isSpace())
            --end;
        if (end - start > 2 && (QStringView(m_text).mid(end - 2, 2) == u"'s" || QStringView(m_text).mid(end - 2, 2) == u"’s"))
            end -= 2;
        if (end > start && m_text.at(end - 1) == QLatin1Char('.')) {
            const int wordStart = int(m_text.lastIndexOf(QLatin1Char(' '), end - 1)) + 1;
            if (!isAbbreviationWithDot(QStringView(m_text).mid(wordStart, end - wordStart)))
                --end;
        }
        if (end <= start || !isFree(start, end))
            return false;
        std::fill(m_covered.begin() + start, m_covered.begin() + end, 1);
        Annotation a;
        a.start = start;
        a.end = end;
        a.label = label;
        a.ruleId = rule;
        a.confidence = confidence;
        a.origin = Origin::Auto;
        a.status = AnnotationStatus::Suggested;
        m_list.append(a);
        return true;
    }

    void removeIf(const std::function<bool(const Annotation &)> &drop)
    {
        for (const Annotation &a : std::as_const(m_list)) {
            if (drop(a))
                std::fill(m_covered.begin() + a.start, m_covered.begin() + a.end, 0);
        }
        m_list.removeIf(drop);
    }

    QList<Annotation> &list() { return m_list; }

private:
    const QString &m_text;
    std::vector<quint8> m_covered;
    QList<Annotation> m_list;
};

// Where the text is written in capitals (headlines, datelines), and where every word is
// capitalised (title-case headlines): capitals there say nothing about names.
struct Layout
{
    std::vector<TextRange> capitals;
    std::vector<TextRange> titleCase;
    std::vector<bool> sentenceStart;

    static bool inside(const std::vector<TextRange> &ranges, int pos)
    {
        auto it = std::upper_bound(ranges.begin(), ranges.end(), pos, [](int p, const TextRange &r) { return p < r.start; });
        return it != ranges.begin() && pos < std::prev(it)->end;
    }
};

Layout layoutOf(const QString &text, const QList<TextRange> &sentences)
{
    Layout layout;
    layout.sentenceStart.assign(size_t(text.size()) + 1, false);
    for (const TextRange &s : sentences)
        layout.sentenceStart[size_t(s.start)] = true;
    static const RE dateline(QStringLiteral("^\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu}(?=,|\\s+[(—–-])"), RE::MultilineOption);
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
            layout.capitals.push_back({lineStart, lineEnd});
        else if (words >= 3 && capitalised * 10 >= words * 7)
            layout.titleCase.push_back({lineStart, lineEnd});
        lineStart = lineEnd + 1;
    }
    for (auto it = dateline.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!Layout::inside(layout.capitals, int(m.capturedStart())))
            layout.capitals.push_back({int(m.capturedStart()), int(m.capturedEnd())});
    }
    std::sort(layout.capitals.begin(), layout.capitals.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    return layout;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// True when the words right before and after a span are capitalised parts of a longer name
// ("Shanghai" in "Shanghai Composite Index"), outside headlines where every word has capitals.
bool partOfLongerName(const QString &text, const Layout &layout, int start, int end, const std::function<bool(int)> &taken)
{
    if (Layout::inside(layout.titleCase, start) || Layout::inside(layout.capitals, start))
        return false;
    if (end + 1 < text.size() && text.at(end) == QLatin1Char(' ') && text.at(end + 1).isUpper() && !taken(end + 1))
        return true;
    if (start >= 2 && text.at(start - 1) == QLatin1Char(' ') && isWordChar(text.at(start - 2))) {
        int wordStart = start - 2;
        while (wordStart > 0 && (isWordChar(text.at(wordStart - 1)) || text.at(wordStart - 1) == QLatin1Char('.')))
            --wordStart;
        if (text.at(wordStart).isUpper() && !layout.sentenceStart[size_t(wordStart)])
            return true;
    }
    return false;
}

QString surfaceOf(const QString &text, const Annotation &a)
{
    return text.mid(a.start, a.end - a.start).simplified();
}

bool isPinyinName(const QString &word)
{
    static const RE syllables(QStringLiteral("^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|a|o|e|i|u)(?:-|(?=[bpmfdtnlgkhjqxrzcsyw]|$))){1,2}$"));
    return word.size() >= 2 && syllables.match(word.toLower()).hasMatch();
}

} // namespace

std::optional<AnnotatedArticle> Extractor::extract(const Article &article, const QList<LexiconEntry> &lexicon, const std::function<bool()> &cancelled)
{
    AnnotatedArticle result;
    result.article = article;
    auto stop = [&] { return cancelled && cancelled(); };
    const QString &text = article.text;
    const Gazetteer &gazetteer = Gazetteer::instance();
    const QList<TextRange> sentences = Tokenizer::sentences(text);
    const Layout layout = layoutOf(text, sentences);
    Spans spans(text);
    QHash<QString, QString> personRule; // surface -> rule that found the person (short forms differ by name order)

    // 1. The reader's lexicon: accepted forms are found again with their labels.
    QSet<QPair<QString, QString>> rejected;
    WordPhraseIndex learned;
    QList<LexiconEntry> accepted;
    for (const LexiconEntry &entry : lexicon) {
        if (entry.verdict == Verdict::Reject) {
            rejected.insert({entry.surface, entry.label});
        } else {
            learned.add(entry.surface, int(accepted.size()));
            accepted.append(entry);
        }
    }
    learned.build();
    for (const auto &m : PhraseMatcher::longestLeftmost(learned.findAll(text)))
        spans.add(m.start, m.end, accepted.at(m.value).label, QStringLiteral("lexicon.accepted"), 0.95);

    // 4. Organisations and products the gazetteers know; products keep their versions.
    // One pass of the automaton gives names, titles and organisation suffixes.
    QList<PhraseMatcher::Match> known, titleMatches, suffixMatches;
    for (const PhraseMatcher::Match &m : gazetteer.names().findAll(text)) {
        const QString &label = gazetteer.entry(m.value).label;
        (label == Gazetteer::titleLabel() ? titleMatches : label == Gazetteer::suffixLabel() ? suffixMatches : known).append(m);
    }
    known = PhraseMatcher::longestLeftmost(known);
    titleMatches = PhraseMatcher::longestLeftmost(titleMatches);
    static const RE version(QStringLiteral("(?:[ -](?:\\d+(?:\\.\\d+)?[a-z]?|\\p{Lu}?\\d+\\p{Lu}{0,2}|Pro|Max|Plus|Ultra|Mini|mini|Lite|Air|SE|XL|Turbo|Fold|Flip)(?![\\w]))+"));
    for (const auto &m : known) {
        const Gazetteer::Entry &entry = gazetteer.entry(m.value);
        if (entry.label == QLatin1String("ORG")) {
            // "Apple growers", "apple harvest": the fruit, not the company.
            static const RE produce(QStringLiteral("^\\s+(?:growers?|orchards?|harvest|trees?|pies?|juice|crops?|farmers?|varieties|cider|picking|blossoms?)\\b"));
            if (produce.matchView(QStringView(text).mid(m.end, 14)).hasMatch())
                continue;
            spans.add(m.start, m.end, QStringLiteral("ORG"), QStringLiteral("gazetteer.") + entry.kind, 0.85);
        } else if (entry.label == QLatin1String("PRODUCT")) {
            // Anchored matches look at a bounded view: an offset into the whole text would make
            // long texts quadratic.
            const auto v = version.matchView(QStringView(text).mid(m.end, std::min(40, int(text.size()) - m.end)), 0, RE::NormalMatch,
                                             RE::AnchorAtOffsetMatchOption);
            const int end = v.hasMatch() ? m.end + int(v.capturedEnd()) : m.end;
            spans.add(m.start, end, QStringLiteral("PRODUCT"), v.hasMatch() ? QStringLiteral("product.version") : QStringLiteral("gazetteer.product"), 0.8);
        }
    }

    // 2. Dates, times, amounts.
    const QDate date = article.published.isValid() ? article.published.date() : QDate();
    for (const RuleMatch &m : findNumericEntities(text, date))
        spans.add(m.start, m.end, m.label, m.ruleId, m.confidence);
    if (stop())
        return std::nullopt;

    // 3. Bylines and datelines.
    static const RE byline(QStringLiteral("^By\\s+(?<a>%1)(?:(?:,\\s+|\\s+and\\s+)(?<b>%1))?\\s*$").arg(PersonName), RE::MultilineOption);
    for (auto it = byline.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (const QString &group : {QStringLiteral("a"), QStringLiteral("b")}) {
            if (m.hasCaptured(group) && spans.add(int(m.capturedStart(group)), int(m.capturedEnd(group)), QStringLiteral("PERSON"), QStringLiteral("person.byline"), 0.9))
                personRule.insert(m.captured(group), QStringLiteral("person.byline"));
        }
    }
    static const RE dateline(QStringLiteral("^(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu})(?:,\\s+(?<region>\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?))?"
                                            "(?:,\\s+[^()\\n]{1,30}?)?\\s*(?:\\((?<agency>[^()\\n]{2,40})\\))?\\s*[-–—]\\s"),
                             RE::MultilineOption);
    for (auto it = dateline.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        spans.add(int(m.capturedStart(QStringLiteral("place"))), int(m.capturedEnd(QStringLiteral("place"))), QStringLiteral("GPE"), QStringLiteral("dateline.place"), 0.85);
        if (m.hasCaptured(QStringLiteral("region")) && gazetteer.lookup(m.captured(QStringLiteral("region"))) >= 0)
            spans.add(int(m.capturedStart(QStringLiteral("region"))), int(m.capturedEnd(QStringLiteral("region"))), QStringLiteral("GPE"), QStringLiteral("dateline.region"), 0.85);
        if (m.hasCaptured(QStringLiteral("agency")))
            spans.add(int(m.capturedStart(QStringLiteral("agency"))), int(m.capturedEnd(QStringLiteral("agency"))), QStringLiteral("ORG"), QStringLiteral("dateline.agency"), 0.85);
    }

    // 5. People named with a title or role ("Senator Evelyn May", "analyst Ivan Lam").
    static const RE nameBefore(QStringLiteral("(?:(?<given>\\p{Lu}\\p{Ll}+)\\s+)?(?<particle>%1\\s+)?$").arg(Particle));
    auto addPerson = [&](int start, int end, const QString &rule, double confidence) {
        // "said Meera Pillai" when the rule saw "Pillai"; "van Leeuwen" with its particle.
        const auto before = nameBefore.matchView(QStringView(text).mid(std::max(0, start - 30), std::min(30, start)));
        if (before.hasMatch() && before.capturedLength() > 0) {
            const bool given = before.hasCaptured(QStringLiteral("given")) && gazetteer.isGivenName(before.captured(QStringLiteral("given")));
            if (given)
                start -= int(before.capturedLength());
            else if (before.hasCaptured(QStringLiteral("particle")))
                start -= int(before.capturedLength(QStringLiteral("particle")));
        }
        const QString name = text.mid(start, end - start);
        const int entry = gazetteer.lookup(name);
        if (entry >= 0 && gazetteer.entry(entry).label != QLatin1String("GPE"))
            return false;
        if (spans.add(start, end, QStringLiteral("PERSON"), rule, confidence)) {
            personRule.insert(name, rule);
            return true;
        }
        return false;
    };
    // The titles are found by an automaton, then the name after each (one pass, not a long
    // alternation tried at every position).
    static const RE nameAfterTitle(QStringLiteral("\\.?\\s+(?<name>%1)").arg(PersonName));
    for (const auto &t : titleMatches) {
        if ((t.start > 0 && text.at(t.start - 1) == QLatin1Char('-')) || Layout::inside(layout.capitals, t.start))
            continue;
        const auto m = nameAfterTitle.matchView(QStringView(text).mid(t.end, std::min(160, int(text.size()) - t.end)), 0, RE::NormalMatch,
                                                RE::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            addPerson(t.end + int(m.capturedStart(QStringLiteral("name"))), t.end + int(m.capturedEnd(QStringLiteral("name"))), QStringLiteral("person.title"), 0.85);
    }

    // 6. Organisations by their name: "... Robotics", "... FC", "Bank of ..."; by the same means
    //    buildings ("... Arena"), events ("... Summit") and laws ("... Act").
    // The last word of the name is found first (an automaton of suffixes, " of " for "Bank of
    // ..."), then the capitalised words before it: a long alternation is never tried at every
    // capital letter.
    static const RE titleNext(QStringLiteral("\\s+(?:Minister|Secretary|Commissioner)\\b"));
    static const RE wordsBefore(QStringLiteral("(?:%1\\s+){1,5}$").arg(NameWord));
    static const RE ofTail(QStringLiteral("\\s+of\\s+(?:the\\s+)?%1(?:\\s+(?:and\\s+)?%1){0,4}").arg(NameWord));
    static const RE ofHead(QStringLiteral("(?<![\\w'’&+-])(?:%1\\s+){0,3}(?:Bank|University|Ministry|Department|Institute|Academy|Association|Federation|"
                                          "Council|Commission|Board|Bureau|Office|College|School|Society|League|Union|Organisation|Organization|Chamber)$")
                                   .arg(NameWord));
    struct Candidate
    {
        int start;
        int end;
        bool ofName;
        QString label = QStringLiteral("ORG"); // what the last word makes the name
    };
    QList<Candidate> nameCandidates;
    for (qsizetype of = text.indexOf(u" of "); of >= 0; of = text.indexOf(u" of ", of + 3)) {
        int at = int(of);
        while (at > 0 && text.at(at - 1).isSpace())
            --at;
        const auto m = ofTail.matchView(QStringView(text).mid(at, std::min<qsizetype>(200, text.size() - at)), 0, RE::NormalMatch,
                                        RE::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            continue;
        const int from = std::max(0, at - 120);
        const auto head = ofHead.matchView(QStringView(text).mid(from, at - from));
        if (head.hasMatch())
            nameCandidates.append({from + int(head.capturedStart()), at + int(m.capturedEnd()), true});
    }
    for (const auto &m : suffixMatches) {
        int end = m.end;
        if (end < text.size() && text.at(end) == QLatin1Char('.'))
            ++end;
        if (titleNext.matchView(QStringView(text).mid(end, std::min(30, int(text.size()) - end)), 0, RE::NormalMatch, RE::AnchorAtOffsetMatchOption)
                .hasMatch())
            continue;
        const int from = std::max(0, m.start - 150);
        const auto before = wordsBefore.matchView(QStringView(text).mid(from, m.start - from));
        if (before.hasMatch()) {
            // In a title-case headline every word has a capital: "... to Reach Cup Final" is no
            // event. Organisations there are cut at joining words below; the rest come from the body.
            const QString &label = gazetteer.entry(m.value).kind;
            if (label != QLatin1String("ORG") && (Layout::inside(layout.titleCase, m.start) || Layout::inside(layout.capitals, m.start)))
                continue;
            nameCandidates.append({from + int(before.capturedStart()), end, false, label});
        }
    }
    static const QStringList joiners = {QStringLiteral("The"), QStringLiteral("With"), QStringLiteral("And"), QStringLiteral("Of"), QStringLiteral("For"),
                                        QStringLiteral("To"), QStringLiteral("In"), QStringLiteral("On"), QStringLiteral("At"), QStringLiteral("By"),
                                        QStringLiteral("From"), QStringLiteral("As"), QStringLiteral("After"), QStringLiteral("Over"), QStringLiteral("A"),
                                        QStringLiteral("An"), QStringLiteral("But"), QStringLiteral("Shares"), QStringLiteral("Partners"), QStringLiteral("Says")};
    // "Bank of ..." names first; of names ending at the same place, the longest.
    std::stable_sort(nameCandidates.begin(), nameCandidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tuple(!a.ofName, a.start, -a.end) < std::tuple(!b.ofName, b.start, -b.end);
    });
    {
        for (const Candidate &candidate : std::as_const(nameCandidates)) {
            const bool isOf = candidate.ofName;
            // The name is the run of capitalised words before the suffix, up to a word that is no
            // part of a name: "Deal With Kestrel Energy" -> "Kestrel Energy", "Oslo-based X" -> "X".
            int start = candidate.start;
            const QStringList words = text.mid(candidate.start, candidate.end - candidate.start).split(QLatin1Char(' '));
            int keepFrom = 0;
            for (int w = 0; w < words.size() - 1; ++w) {
                const QString &word = words.at(w);
                const bool adjective = word.contains(QLatin1Char('-')) && word.section(QLatin1Char('-'), -1).at(0).isLower();
                if (joiners.contains(word) || adjective || word.endsWith(QLatin1Char(',')) || (!isOf && word == QLatin1String("of")))
                    keepFrom = w + 1;
                if (isOf && word == QLatin1String("of"))
                    break;
            }
            for (int w = 0; w < keepFrom; ++w)
                start += int(words.at(w).size()) + 1;
            const QStringView name = QStringView(text).mid(start, candidate.end - start);
            if (name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char('\n')))
                spans.add(start, candidate.end, candidate.label, isOf ? QStringLiteral("org.of-name") : candidate.label.toLower() + QStringLiteral(".suffix"), 0.8);
        }
    }
    if (stop())
        return std::nullopt;

    // 7. People: speakers of quotes, "X said", given names, Chinese names.
    const QList<QuoteMatch> quotes = findQuotes(text);
    auto speakerSpan = [&](const QuoteMatch &q) {
        // The name without the title before it ("Senator Craig Lundgren" -> "Craig Lundgren").
        int start = q.speakerStart;
        const auto t = titleAtStart().matchView(QStringView(text).mid(q.speakerStart, q.speakerEnd - q.speakerStart));
        if (t.hasMatch())
            start += int(t.capturedLength());
        return TextRange{start, q.speakerEnd};
    };
    for (const QuoteMatch &q : quotes) {
        if (q.speakerStart < 0 || q.pronoun)
            continue;
        const TextRange s = speakerSpan(q);
        if (s.end > s.start && text.at(s.start).isUpper())
            addPerson(s.start, s.end, QStringLiteral("person.speaker"), 0.8);
    }
    static const RE sayingVerb(QStringLiteral("\\s+(?:said|says|told|added|estimated|warned|wrote|argued|noted|explained)\\b"));
    static const RE nameAtEnd(QStringLiteral("(?<![\\p{L}\\p{N}'’-])(?<name>%1)$").arg(PersonName));
    static const QSet<QString> notSpeakers = {QStringLiteral("The"), QStringLiteral("It"), QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("They"),
                                              QStringLiteral("We"), QStringLiteral("I"), QStringLiteral("This"), QStringLiteral("That"), QStringLiteral("Officials"),
                                              QStringLiteral("Analysts"), QStringLiteral("Police"), QStringLiteral("Traders")};
    for (auto it = sayingVerb.globalMatch(text); it.hasNext();) {
        const auto verb = it.next();
        const int at = int(verb.capturedStart());
        const int from = std::max(0, at - 80);
        auto m = nameAtEnd.matchView(QStringView(text).mid(from, at - from));
        if (!m.hasMatch())
            continue;
        QString name = m.captured(QStringLiteral("name"));
        int start = from + int(m.capturedStart(QStringLiteral("name")));
        // "Analysts at Bernstein said": the name is the last run of capitalised words.
        const QStringList words = name.split(QLatin1Char(' '));
        if (notSpeakers.contains(words.first()) || Layout::inside(layout.capitals, start))
            continue;
        // "Opponents said", "Colleagues describe": a plural at a sentence start is no name.
        if (layout.sentenceStart[size_t(start)] && words.size() == 1 && (gazetteer.lookup(name) >= 0 || name.endsWith(QLatin1Char('s'))))
            continue;
        addPerson(start, from + int(m.capturedEnd(QStringLiteral("name"))), QStringLiteral("person.said"), 0.7);
    }
    static const RE twoNames(QStringLiteral("(?<first>\\p{Lu}\\p{Ll}+)\\s+(?<rest>(?:%1\\s+)?%2(?:\\s+%2)?)\\b").arg(Particle, NameWord));
    // Only at words that are given names or Chinese family names, read from a bounded view.
    for (int i = 0; i < text.size(); ++i) {
        if (!text.at(i).isUpper() || (i > 0 && text.at(i - 1).isLetterOrNumber()))
            continue;
        int j = i + 1;
        while (j < text.size() && text.at(j).isLower())
            ++j;
        const int wordStart = i;
        i = j - 1;
        if (j - wordStart < 2 || (j < text.size() && text.at(j).isLetterOrNumber()))
            continue;
        const QStringView word = QStringView(text).mid(wordStart, j - wordStart);
        if (!gazetteer.isGivenName(word) && !gazetteer.isChineseSurname(word))
            continue;
        const int viewEnd = std::min(int(text.size()), wordStart + 120);
        const auto found = twoNames.matchView(QStringView(text).mid(wordStart, viewEnd - wordStart), 0, RE::NormalMatch, RE::AnchorAtOffsetMatchOption);
        if (!found.hasMatch())
            continue;
        // Positions in the text, not in the view.
        struct Offsets
        {
            const QRegularExpressionMatch &match;
            int base;
            int capturedStart(const QString &name = {}) const { return base + int(name.isEmpty() ? match.capturedStart() : match.capturedStart(name)); }
            int capturedEnd() const { return base + int(match.capturedEnd()); }
            QString captured(const QString &name) const { return match.captured(name); }
        } m{found, wordStart};
        const QString first = m.captured(QStringLiteral("first"));
        if (Layout::inside(layout.capitals, m.capturedStart()) || Layout::inside(layout.titleCase, m.capturedStart()))
            continue;
        if (gazetteer.isGivenName(first)) {
            // "Marta Visser", but not "Grace Tam Reports" in a title-case headline.
            int end = m.capturedEnd();
            const QStringList rest = m.captured(QStringLiteral("rest")).split(QLatin1Char(' '));
            if (rest.size() > 1 && gazetteer.lookup(rest.last()) >= 0)
                end -= int(rest.last().size()) + 1;
            addPerson(m.capturedStart(), end, QStringLiteral("person.given-name"), 0.75);
        } else if (gazetteer.isChineseSurname(first)) {
            const QStringList rest = m.captured(QStringLiteral("rest")).split(QLatin1Char(' '));
            if (!isPinyinName(rest.first()))
                continue;
            int end = m.capturedStart(QStringLiteral("rest")) + int(rest.first().size());
            if (rest.size() > 1 && isPinyinName(rest.at(1)) && rest.at(1).size() <= 5 && rest.first().size() <= 4)
                end += int(rest.at(1).size()) + 1; // "Tan Wei Ming"
            if (addPerson(m.capturedStart(), end, QStringLiteral("person.chinese-name"), 0.75))
                personRule.insert(text.mid(m.capturedStart(), end - m.capturedStart()), QStringLiteral("person.chinese-name"));
        }
    }

    auto taken = [&](int pos) { return !spans.isFree(pos, pos + 1); };
    // Matches of an automaton of capitalised phrases, looked for only where the text is in capitals.
    auto inCapitals = [&](const auto &matcher) {
        QList<PhraseMatcher::Match> found;
        for (const TextRange &range : layout.capitals) {
            for (PhraseMatcher::Match m : PhraseMatcher::longestLeftmost(matcher.findAll(QStringView(text).mid(range.start, range.end - range.start)))) {
                m.start += range.start;
                m.end += range.start;
                found.append(m);
            }
        }
        return found;
    };
    // Places of more than one word ("Gulf of Mexico") before short names of the article can take them.
    for (const auto &m : known) {
        const Gazetteer::Entry &entry = gazetteer.entry(m.value);
        if ((entry.label == QLatin1String("GPE") || entry.label == QLatin1String("LOC")) && QStringView(text).mid(m.start, m.end - m.start).contains(QLatin1Char(' '))
            && !partOfLongerName(text, layout, m.start, m.end, taken))
            spans.add(m.start, m.end, entry.label, QStringLiteral("gazetteer.place"), 0.8);
    }
    // "Obama-era": the person.
    static const RE era(QStringLiteral("(?<![\\p{L}\\p{N}])(?<name>\\p{Lu}\\p{Ll}+)$"));
    for (qsizetype at = text.indexOf(u"-era"); at >= 0; at = text.indexOf(u"-era", at + 4)) {
        if (at + 4 < text.size() && text.at(at + 4).isLetterOrNumber())
            continue;
        const int from = std::max(0, int(at) - 40);
        const auto m = era.matchView(QStringView(text).mid(from, at - from));
        if (m.hasMatch() && gazetteer.lookup(m.captured(QStringLiteral("name"))) < 0)
            addPerson(from + int(m.capturedStart(QStringLiteral("name"))), from + int(m.capturedEnd(QStringLiteral("name"))), QStringLiteral("person.era"), 0.6);
    }

    // 8. The article's own names again: later mentions, surnames, short names, capitals.
    struct Form
    {
        QString label;
        QString canonical;
    };
    QHash<QString, QList<Form>> forms;
    auto addForm = [&](const QString &form, const QString &label, const QString &canonical) {
        if (form.size() < 2)
            return;
        QList<Form> &list = forms[form];
        for (Form &f : list) {
            if (f.label == label) {
                if (f.canonical == form && canonical != form)
                    f.canonical = canonical; // "Visser" found first as a speaker, then "Marta Visser"
                return;
            }
        }
        list.append({label, canonical});
    };
    static const QSet<QString> named = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("PRODUCT"), QStringLiteral("FAC"),
                                        QStringLiteral("EVENT"), QStringLiteral("GPE"), QStringLiteral("LOC"), QStringLiteral("NORP"),
                                        QStringLiteral("LAW")};
    static const RE particleName(QStringLiteral("\\b(?:%1)\\s+\\p{Lu}.*$").arg(Particle));
    for (const Annotation &a : std::as_const(spans.list())) {
        if (!named.contains(a.label) || a.confidence < 0.6)
            continue;
        const QString surface = surfaceOf(text, a);
        addForm(surface, a.label, surface);
        const QStringList words = surface.split(QLatin1Char(' '));
        if (words.size() < 2)
            continue;
        if (a.label == QLatin1String("PERSON")) {
            const auto particle = particleName.match(surface);
            if (particle.hasMatch() && particle.capturedStart() > 0) {
                QString form = particle.captured();
                addForm(form, a.label, surface);
                form[0] = form.at(0).toUpper();
                addForm(form, a.label, surface);
            } else if (gazetteer.isChineseSurname(words.first()) && isPinyinName(words.at(1)) && !gazetteer.isGivenName(words.first())) {
                addForm(words.first(), a.label, surface);
            } else {
                addForm(words.last(), a.label, surface);
            }
        } else if (a.label == QLatin1String("ORG")) {
            // "Halvorsen" for "Halvorsen Robotics"; a place only for a club ("Bayern", "Rotterdam").
            const int entry = gazetteer.lookup(words.first());
            static const RE club(QStringLiteral("\\b(?:FC|CF|Club|United|City|Munich)$"));
            const bool isClub = a.ruleId == QLatin1String("gazetteer.sports") || club.match(surface).hasMatch();
            if (words.first() != QLatin1String("The") && (entry < 0 || (isClub && gazetteer.entry(entry).label == QLatin1String("GPE")))
                && !gazetteer.isGivenName(words.first()) && words.first().size() > 2)
                addForm(words.first(), a.label, surface);
        }
    }
    forms.removeIf([&](const QHash<QString, QList<Form>>::iterator &it) { return rejected.contains({it.key(), it.value().first().label}); });
    WordPhraseIndex own, ownCapitals;
    QList<QString> formOf;
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        own.add(it.key(), int(formOf.size()));
        if (it.key().toUpper() != it.key())
            ownCapitals.add(it.key().toUpper(), int(formOf.size()));
        formOf.append(it.key());
    }
    own.build();
    ownCapitals.build();
    QHash<QString, QString> canonicalOf; // "PERSON|Tsai" -> "PERSON|Joe Tsai"
    static const RE spokenAfter(QStringLiteral("^\\s+(?:said|says|told|added|estimated|warned|wrote)\\b"));
    static const RE locativeBefore(QStringLiteral("\\b(?:in|at|from|to|near|across|outside|around)\\s+$"));
    auto addOwn = [&](const PhraseMatcher::Match &m, const QString &rule, bool capitals) {
        const QString &form = formOf.at(m.value);
        const QList<Form> &candidates = forms.value(form);
        const Form *chosen = &candidates.first();
        if (candidates.size() > 1) {
            // "Halvorsen said" is the person, "in Halvorsen" the company named after her.
            const bool spoken = spokenAfter.matchView(QStringView(text).mid(m.end, 12)).hasMatch();
            for (const Form &f : candidates) {
                if ((f.label == QLatin1String("PERSON")) == spoken)
                    chosen = &f;
            }
        }
        if (chosen->label == QLatin1String("ORG") && chosen->canonical != form) {
            // A short name that is also a place is the place where the sentence says so.
            const int entry = gazetteer.lookup(form);
            if (entry >= 0 && (locativeBefore.matchView(QStringView(text).mid(std::max(0, m.start - 12), std::min(12, m.start))).hasMatch()
                               || (m.end < text.size() && text.at(m.end) == QLatin1Char(','))))
                return;
        }
        if (!capitals && chosen->label != QLatin1String("PERSON") && partOfLongerName(text, layout, m.start, m.end, taken))
            return;
        if (spans.add(m.start, m.end, chosen->label, rule, 0.7))
            canonicalOf.insert(chosen->label + QLatin1Char('|') + text.mid(m.start, m.end - m.start), chosen->label + QLatin1Char('|') + chosen->canonical);
    };
    for (const auto &m : PhraseMatcher::longestLeftmost(own.findAll(text)))
        addOwn(m, QStringLiteral("coref.same-name"), false);
    for (const auto &m : inCapitals(ownCapitals))
        addOwn(m, QStringLiteral("coref.capitals"), true);

    // 9. Nationalities and groups, then places (also in capitals: "SHENZHEN").
    for (const auto &m : known) {
        const Gazetteer::Entry &entry = gazetteer.entry(m.value);
        if (entry.label == QLatin1String("ORG") || entry.label == QLatin1String("PRODUCT"))
            continue;
        if (entry.label != QLatin1String("NORP") && partOfLongerName(text, layout, m.start, m.end, taken))
            continue;
        spans.add(m.start, m.end, entry.label, entry.label == QLatin1String("NORP") ? QStringLiteral("gazetteer.group") : QStringLiteral("gazetteer.place"), 0.8);
    }
    for (const auto &m : inCapitals(gazetteer.capitals()))
        spans.add(m.start, m.end, gazetteer.entry(m.value).label, QStringLiteral("gazetteer.capitals"), 0.75);
    // From the suffix back to the name: the suffix is rare, capital letters are not.
    static const RE basedSuffix(QStringLiteral("-(?:based|listed|headquartered|born)\\b"));
    static const RE placeBefore(QStringLiteral("(?<![\\p{L}\\p{N}'’-])(?<place>%1(?:\\s+%1)?)$").arg(NameWord));
    for (qsizetype at = text.indexOf(QLatin1Char('-')); at >= 0; at = text.indexOf(QLatin1Char('-'), at + 1)) {
        if (!basedSuffix.matchView(QStringView(text).mid(at, std::min<qsizetype>(16, text.size() - at)), 0, RE::NormalMatch,
                                   RE::AnchorAtOffsetMatchOption).hasMatch())
            continue;
        const int from = std::max(0, int(at) - 60);
        const auto m = placeBefore.matchView(QStringView(text).mid(from, at - from));
        if (m.hasMatch())
            spans.add(from + int(m.capturedStart(QStringLiteral("place"))), from + int(m.capturedEnd(QStringLiteral("place"))), QStringLiteral("GPE"),
                      QStringLiteral("place.based"), 0.7);
    }
    if (stop())
        return std::nullopt;

    // What the reader rejected is no longer proposed.
    spans.removeIf([&](const Annotation &a) { return rejected.contains({text.mid(a.start, a.end - a.start), a.label}); });

    // Entities: each mention joins the entity of its canonical name.
    QList<Annotation> &list = spans.list();
    std::sort(list.begin(), list.end(), [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
    QHash<QString, qint64> entityOf;
    qint64 nextId = -1;
    for (Annotation &a : list) {
        if (!named.contains(a.label))
            continue;
        const QString surface = surfaceOf(text, a);
        QString key = a.label + QLatin1Char('|') + surface;
        if (canonicalOf.contains(key)) {
            key = canonicalOf.value(key);
        } else {
            // A surname found by an earlier rule ("Visser said") joins the full name too.
            for (const Form &f : forms.value(surface)) {
                if (f.label == a.label && f.canonical != surface)
                    key = a.label + QLatin1Char('|') + f.canonical;
            }
        }
        qint64 id = entityOf.value(key, 0);
        if (!id) {
            id = nextId--;
            Entity entity;
            entity.id = id;
            entity.name = key.section(QLatin1Char('|'), 1);
            entity.label = a.label;
            result.entities.append(entity);
            entityOf.insert(key, id);
        }
        a.entityId = id;
    }
    // The other names an entity goes by in the article ("Tsai" for "Joe Tsai").
    auto entityAt = [&](qint64 id) -> Entity & { return result.entities[qsizetype(-id - 1)]; };
    for (const Annotation &a : std::as_const(list)) {
        if (!a.entityId)
            continue;
        Entity &entity = entityAt(a.entityId);
        const QString surface = surfaceOf(text, a);
        if (surface != entity.name && !entity.aliases.contains(surface))
            entity.aliases.append(surface);
    }
    // "the Cupertino-based company": the one organisation of the article based there, by the
    // article itself ("Oslo-based Halvorsen Robotics") or by the gazetteer's head offices.
    QHash<QString, QSet<qint64>> basedIn;
    static const RE basedBefore(QStringLiteral("(?<![\\p{L}\\p{N}'’-])(?<place>%1(?:\\s+%1)?)-(?:based|headquartered)\\s+$").arg(NameWord));
    for (const Annotation &a : std::as_const(list)) {
        if (a.label != QLatin1String("ORG") || !a.entityId)
            continue;
        const int from = std::max(0, a.start - 60);
        const auto m = basedBefore.matchView(QStringView(text).mid(from, a.start - from));
        if (m.hasMatch())
            basedIn[m.captured(QStringLiteral("place"))].insert(a.entityId);
    }
    for (const Entity &entity : std::as_const(result.entities)) {
        const int entry = entity.label == QLatin1String("ORG") ? gazetteer.lookup(entity.name) : -1;
        if (entry >= 0 && !gazetteer.entry(entry).place.isEmpty())
            basedIn[gazetteer.entry(entry).place].insert(entity.id);
    }
    static const RE nominal(QStringLiteral("(?<![\\p{L}\\p{N}])[Tt]he\\s+(?<place>%1(?:\\s+%1)?)-based\\s+(?:company|firm|group|giant|maker|carmaker|"
                                           "chipmaker|start-up|startup|retailer|bank|lender|developer|manufacturer|conglomerate)$").arg(NameWord));
    static const RE nounAfter(QStringLiteral("^-based\\s+(?:company|firm|group|giant|maker|carmaker|chipmaker|start-up|startup|retailer|bank|lender|"
                                             "developer|manufacturer|conglomerate)\\b"));
    for (qsizetype at = text.indexOf(u"-based"); at >= 0 && !basedIn.isEmpty(); at = text.indexOf(u"-based", at + 6)) {
        const auto noun = nounAfter.matchView(QStringView(text).mid(at, std::min<qsizetype>(40, text.size() - at)));
        if (!noun.hasMatch())
            continue;
        const int end = int(at + noun.capturedLength());
        const int from = std::max(0, int(at) - 60);
        const auto m = nominal.matchView(QStringView(text).mid(from, end - from));
        if (!m.hasMatch())
            continue;
        const QSet<qint64> candidates = basedIn.value(m.captured(QStringLiteral("place")));
        if (candidates.size() == 1) { // unambiguous only
            Entity &entity = entityAt(*candidates.cbegin());
            const QString phrase = m.captured().simplified();
            if (!entity.aliases.contains(phrase))
                entity.aliases.append(phrase);
        }
    }

    // 10. Facts between the entities of a sentence.
    for (Annotation &a : list)
        a.setContextFrom(text);
    result.facts = findFacts(text, sentences, list);

    // 11. Quotes and who said them; "he said" is the closest person named before. The entity
    // spans are sorted and never overlap: binary searches keep this linear in long texts.
    QList<const Annotation *> people, speakers;
    for (const Annotation &a : std::as_const(list)) {
        if (a.label == QLatin1String("PERSON"))
            people.append(&a);
        if (a.label == QLatin1String("PERSON") || a.label == QLatin1String("ORG"))
            speakers.append(&a);
    }
    QList<Annotation> quoteSpans;
    for (const QuoteMatch &q : quotes) {
        Annotation quote;
        quote.start = q.start;
        quote.end = q.end;
        quote.label = QStringLiteral("QUOTE");
        quote.ruleId = q.ruleId;
        quote.confidence = q.confidence;
        quote.origin = Origin::Auto;
        quote.status = AnnotationStatus::Suggested;
        quote.setContextFrom(text);
        quoteSpans.append(quote);
        if (q.speakerStart < 0)
            continue;
        const Annotation *speaker = nullptr;
        if (q.pronoun) {
            const int before = std::min(q.start, q.speakerStart);
            auto it = std::partition_point(people.cbegin(), people.cend(), [&](const Annotation *a) { return a->end <= before; });
            if (it != people.cbegin())
                speaker = *std::prev(it);
        } else {
            auto it = std::partition_point(speakers.cbegin(), speakers.cend(), [&](const Annotation *a) { return a->end <= q.speakerStart; });
            for (; it != speakers.cend() && (*it)->start < q.speakerEnd; ++it)
                speaker = *it;
        }
        Fact said;
        said.kind = QStringLiteral("quote");
        said.predicate = q.cue == QLatin1String("according to") ? QStringLiteral("said") : q.cue;
        said.objectText = text.mid(q.start, q.end - q.start);
        said.confidence = q.pronoun ? q.confidence * 0.8 : q.confidence;
        said.ruleId = QStringLiteral("fact.") + q.ruleId + (q.pronoun ? QStringLiteral(".pronoun") : QString());
        Evidence quoted{q.start, q.end, {}, {}, {}, false};
        quoted.setContextFrom(text);
        said.evidence = {quoted};
        if (speaker) {
            said.subjectText = surfaceOf(text, *speaker);
            said.subjectEntityId = speaker->entityId;
            Evidence who{speaker->start, speaker->end, {}, {}, {}, false};
            who.setContextFrom(text);
            said.evidence.append(who);
        } else if (!q.pronoun) {
            said.subjectText = text.mid(q.speakerStart, q.speakerEnd - q.speakerStart);
            Evidence who{q.speakerStart, q.speakerEnd, {}, {}, {}, false};
            who.setContextFrom(text);
            said.evidence.append(who);
        } else {
            continue;
        }
        result.facts.append(said);
    }
    // Both lists are in text order: merge them.
    result.annotations.reserve(list.size() + quoteSpans.size());
    std::merge(std::make_move_iterator(list.begin()), std::make_move_iterator(list.end()), std::make_move_iterator(quoteSpans.begin()),
               std::make_move_iterator(quoteSpans.end()), std::back_inserter(result.annotations),
               [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
    return result;
}

} // namespace Gazette
