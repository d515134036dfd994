// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrules.h"

#include "extract/stagehelpers.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>

namespace Gazette {

namespace {

bool is(const Annotation &a, std::initializer_list<const char *> labels)
{
    return std::any_of(labels.begin(), labels.end(), [&](const char *l) { return a.label == QLatin1String(l); });
}

QString spanText(const QString &text, const Annotation &a)
{
    return text.mid(a.start, a.end - a.start).simplified();
}

struct Context
{
    const QString &text;
    TextRange sentence;
    QList<Fact> &facts;

    Fact make(const QString &kind, const Annotation &subject, const QString &predicate, const QString &rule, double confidence) const
    {
        Fact f;
        f.kind = kind;
        f.subjectEntityId = subject.entityId;
        f.subjectText = spanText(text, subject);
        f.predicate = predicate;
        f.ruleId = rule;
        f.confidence = confidence;
        f.origin = Origin::Auto;
        f.status = AnnotationStatus::Suggested;
        Evidence e;
        e.start = sentence.start;
        e.end = sentence.end; // its words come last (Extractor::extract)
        f.evidence = {e};
        return f;
    }
};

// The words between two mentions, if they are few enough to join them in one clause.
QString gapBetween(const QString &text, const Annotation &a, const Annotation &b, int maxLength = 100)
{
    if (b.start < a.end || b.start - a.end > maxLength)
        return {};
    return text.mid(a.end, b.start - a.end);
}

} // namespace

namespace {

using RE = QRegularExpression;
using Mentions = QList<const Annotation *>; // pointers: annotations are large to copy

// One pair of mentions of a sentence, with the words between them.
struct Pair
{
    const Context &c;
    const Mentions &in;
    const Annotation &a;
    const Annotation &b;
    const QString &gap;

    Fact make(const QString &kind, const Annotation &subject, const QString &predicate, const QString &rule, double confidence,
              const Annotation &object) const
    {
        Fact f = c.make(kind, subject, predicate, rule, confidence);
        f.objectEntityId = object.entityId;
        f.objectText = spanText(c.text, object);
        return f;
    }
};

// The mentions listed after `object` with the same label: "compete with Tata Motors and
// Mahindra", "rivals such as Huawei, Xiaomi and Apple" (the possessive's thing may follow each:
// "BYD’s Tang L, Li Auto’s L9").
Mentions listedAfter(const Pair &p, const Annotation &object)
{
    // ("competes with Fanuc and Yaskawa at home and with ABB and Kuka": a place may close a part of
    // the list; "behind Paris Saint-Germain on 31 and Lens on 28": a table's points.)
    // ("rivals such as Fawry, which is listed in Cairo, and Paymob": a clause may describe one.)
    static const RE joiner(QStringLiteral(R"(^(?:['’]s\s+[^,;.]{1,30}?|\s+with\s+(?:about\s+|around\s+)?[\d.,]+\s*%|\s+(?:on|with)\s+\d+(?:\s+points)?|)"
                                          R"(\s*,\s+(?:which|who|whose)\s+[^,;]{1,90}?(?=\s*,))?)"
                                          R"((?:\s+(?:at\s+home|abroad|overseas|in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?))?)"
                                          R"((?:\s+\p{Ll}{3,}s)?)" // "the X500 Pro and X500 Ultra smartphones and the vivo Watch 5"
                                          // ("and the cheaper Hot 70i")
                                          R"((?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:with\s+)?(?:the\s+(?:\p{Ll}+er\s+)?)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+)?$)"));
    Mentions listed;
    const Annotation *last = &object;
    for (const Annotation *x : p.in) {
        if (x->start < last->end || x == last)
            continue;
        if (x->label != object.label) {
            if (x->label == QLatin1String("PRODUCT") || x->label == QLatin1String("GPE") || x->label == QLatin1String("LOC") || x->label == QLatin1String("PERCENT")
                || x->label == QLatin1String("CARDINAL") || x->label == QLatin1String("DATE"))
                continue; // "Li Auto’s L9", "Mamelodi Sundowns of South Africa", "Acer with 24.2%", "in Europe", "Lens on 28",
                          // "BYD, whose pickup went on sale last year, and Isuzu"
            break;
        }
        // (a name that says something is the source, not one more of the list: "..., IDC said")
        static const RE source(QStringLiteral(R"(^\s+(?:said|says|reported|estimated|estimates)\b)"));
        if (!joiner.match(p.c.text.mid(last->end, x->start - last->end)).hasMatch()
            || source.matchView(QStringView(p.c.text).mid(x->end, std::min(14, p.c.sentence.end - x->end))).hasMatch())
            break;
        listed.append(x);
        last = x;
    }
    return listed;
}

// An amount right after the other side: "for a fee of €22 million", "for about $2.4 billion",
// "in a deal worth".
QString moneyAfter(const Pair &p)
{
    static const RE lead(QStringLiteral(R"(^[^.;:]{0,40}?\b(?:for|worth|paying)\s+(?:a fee of\s+|about\s+|an? \w+ fee of\s+)?$)"));
    for (const Annotation *x : p.in) {
        if (x->label == QLatin1String("MONEY") && x->start >= p.b.end && x->start - p.b.end < 60
            && lead.match(p.c.text.mid(p.b.end, x->start - p.b.end)).hasMatch())
            return spanText(p.c.text, *x);
    }
    return {};
}

// Whether `a` is the first person or organisation the sentence names: the subject of "X beat Y",
// "X ... ahead of Y" when other names stand between them.
bool isFirstActor(const Pair &p)
{
    // (not the agency of a dateline: "CAIRO, Nov 29 (AFP) - Al Ahly reached")
    static const RE agency(QStringLiteral(R"(^\)\s*[-–—])"));
    for (const Annotation *x : p.in) {
        if (is(*x, {"ORG", "PERSON"}) && !agency.matchView(QStringView(p.c.text).mid(x->end, std::min(4, p.c.sentence.end - x->end))).hasMatch())
            return x == &p.a;
    }
    return false;
}

// What may stand between a subject and its verb: the word that makes it a brand or a unit
// ("Xiaomi's POCO brand launched"), a description between commas ("Eti Maden, the state miner,
// signed"), "said on Tuesday it had", auxiliaries and a day ("on Thursday ordered").
const QString VerbLead = QStringLiteral(R"(^\s*(?:(?:brand|unit|subsidiary)\s+)?(?:,[^;:]{1,100}?,\s+)?\W*(?:(?:also\s+)?(?:said|says|announced)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+)?)"
                                        R"((?:(?:has|have|had|will|would|is|are|was|to|also|agreed|agreed to|plans to|is set to|(?:on|last|this)\s+\w+)\s+)*)");

// Whether `a` is named inside a relative clause that is still open: "Marovo Air, which flies two
// turboprops to Munda and Gizo, also signed ..." (Gizo signed nothing).
bool inRelativeClause(const Context &c, const Annotation &a)
{
    static const RE open(QStringLiteral(R"(,\s+(?:which|who|whose|where)\s[^,;]*$)"));
    const int from = std::max(c.sentence.start, a.start - 160);
    return open.matchView(QStringView(c.text).mid(from, a.start - from)).hasMatch();
}

// Whether `a` begins a clause of its own: the sentence's start or a dateline's dash before it, or
// "while", "whereas", "but", a semicolon ("..., while Rapid Vienna slipped to fourth after a
// goalless draw at home to Blau-Weiß Linz").
bool beginsClause(const Context &c, const Annotation &a)
{
    static const RE clauseStart(QStringLiteral(R"((?:[;–—]|\s-|\bwhile|\bwhereas|\bbut)\s*$)"));
    const int from = std::max(c.sentence.start, a.start - 40);
    const QStringView lead = QStringView(c.text).mid(from, a.start - from);
    return (from == c.sentence.start && lead.trimmed().isEmpty()) || clauseStart.matchView(lead).hasMatch();
}

bool isClauseSubject(const Pair &p)
{
    return beginsClause(p.c, p.a);
}

// Whether another clause begins with a name of the same kind between the two ("Red Bull Salzburg
// went top ..., while Rapid Vienna slipped to fourth after a goalless draw at home to Linz").
bool anotherClauseBetween(const Pair &p)
{
    for (const Annotation *x : p.in) {
        if (x->start >= p.a.end && x->end <= p.b.start && x->label == p.a.label && beginsClause(p.c, *x))
            return true;
    }
    return false;
}

// Whether `a` follows a preposition ("top of LaLiga", "in LaLiga"): then it is no clause's subject.
bool afterPreposition(const Pair &p)
{
    static const RE preposition(QStringLiteral(R"(\b(?:in|of|at|to|from|for|with|by|on|against|over)\s+(?:the\s+)?$)"), RE::CaseInsensitiveOption);
    const int from = std::max(p.c.sentence.start, p.a.start - 16);
    return preposition.matchView(QStringView(p.c.text).mid(from, p.a.start - from)).hasMatch();
}

// Whether `a` is named inside another's description between commas ("Beko, the appliance maker
// owned by Koç Holding, has sponsored Fenerbahçe"): the verb after the closing comma is not its.
bool insideDescription(const Pair &p)
{
    const Annotation *previous = nullptr;
    for (const Annotation *x : p.in) {
        if (x == &p.a)
            break;
        if (is(*x, {"ORG", "PERSON"}))
            previous = x;
    }
    if (!previous)
        return false;
    const QStringView between = QStringView(p.c.text).mid(previous->end, p.a.start - previous->end);
    return between.startsWith(QLatin1Char(',')) && between.count(QLatin1Char(',')) == 1;
}

// A league table: "Porto have 38 points from 14 games, two ahead of", "lifted OM to 26 points,
// third behind", "with 24 points from 12 games, five behind leaders" (points, then a margin or a
// place right before the other side).
// "The Social Democratic Party led the count ... with 27.8% of the vote, ahead of the People’s
// Party on 22.1%", "won 10 of the 25 seats ..., one more than the Progressive Citizens’ Party":
// parties ranked in a count of votes or seats.
bool inAVoteCount(const Pair &p)
{
    static const RE votes(QStringLiteral(R"(\b(?:votes?|seats|ballots|count|polls?)\b)"));
    static const RE ranked(QStringLiteral(R"((?:\bahead\s+of|\bbehind|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:more|fewer)\s+than)\s+(?:the\s+)?$)"));
    return p.gap.size() <= 160 && ranked.match(p.gap).hasMatch() && votes.match(p.gap).hasMatch() && !anotherClauseBetween(p);
}

// A market's shares: "Dingxin had about 11% of Taiwan’s online retail market in 2024, behind",
// "Rimba holds 17% of seat capacity ..., according to OAG, behind", "held 15% of China's smartphone
// shipments in the third quarter, behind": a share of the subject's, then its rank.
bool inAMarketCount(const Pair &p)
{
    static const RE share(QStringLiteral(R"(^\s+(?:(?:still|now|also|alone|together)\s+)?(?:had|has|held|holds|took|takes|kept|keeps|controlled|controls|commands|commanded|accounted\s+for)\s+)"
                                         R"((?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|a\s+)?[\d.]+(?:%|\s+per\s*cent)\s+(?:of|share)\b)"));
    static const RE ranked(QStringLiteral(R"(,\s+(?:(?:second|third|fourth|fifth|just|well|far)\s+)?(?:behind|ahead\s+of|second\s+to)\s+(?:the\s+)?$)"));
    return p.gap.size() <= 160 && share.match(p.gap).hasMatch() && ranked.match(p.gap).hasMatch() && !anotherClauseBetween(p);
}

bool inLeagueTable(const Pair &p)
{
    static const RE margin(QStringLiteral(R"(\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|second|third|fourth|fifth|sixth|seventh|)"
                                          R"(eighth|ninth|tenth)\s+(?:points?\s+)?(?:behind|ahead\s+of)\s+(?:\p{Ll}[\w’'-]*\s+){0,2}$)"));
    static const RE points(QStringLiteral(R"(\b\d+\s+points\b)"));
    return p.gap.size() <= 160 && margin.match(p.gap).hasMatch() && points.match(p.gap).hasMatch() && !anotherClauseBetween(p);
}

// Whether the cue (at `cueAt` in the gap) is the verb of a relative clause about another name:
// "a codeshare between Marovo Air and Solomon Airlines, which competes with Virgin Australia".
bool clauseOfAnother(const Pair &p, qsizetype cueAt)
{
    static const RE which(QStringLiteral(R"(,\s+(?:which|who)\s+(?:(?:also|still|now|already)\s+)?$)"));
    const auto m = which.matchView(QStringView(p.gap).left(cueAt));
    if (!m.hasMatch())
        return false;
    const int comma = p.a.end + int(m.capturedStart());
    return std::any_of(p.in.cbegin(), p.in.cend(), [&](const Annotation *x) { return x->start >= p.a.end && x->end <= comma && is(*x, {"ORG", "PERSON"}); });
}

// Whether `a` is the name of its kind named last before the other, no owner ("Qualcomm’s chip"),
// and no clause of a pronoun's stands between ("..., as it tries to win back share from larger
// rivals Asus and Acer": its subject is further back).
bool nearestOfItsKind(const Pair &p)
{
    static const RE pronounSubject(QStringLiteral(R"(\b(?:it|they|he|she)\s+\p{Ll})"));
    const QStringView next = QStringView(p.c.text).mid(p.a.end, 2);
    if (next == QStringView(u"’s") || next == QLatin1String("'s") || pronounSubject.match(p.gap).hasMatch())
        return false;
    return std::none_of(p.in.cbegin(), p.in.cend(), [&](const Annotation *x) { return x->start >= p.a.end && x->end <= p.b.start && x->label == p.a.label; });
}

// Two names next to each other in a list: "Azul, LATAM" or "Azul, LATAM and Gol".
bool listComma(const QString &gap)
{
    static const RE comma(QStringLiteral(R"(^\s*,\s*(?:and\s+)?$)"));
    return comma.match(gap).hasMatch();
}

// Partners, deals and competition: organisation, then the other side.
void betweenOrganisations(const Pair &p)
{
    static const RE partnership(VerbLead + QStringLiteral("(?:\\w+\\s+){0,2}?"
                                               "(?<cue>partner(?:s|ed|ing)? with|team(?:s|ed)? up with|sign(?:s|ed)? (?:a |an )?(?:partnership|agreement|alliance|deal) with|"
                                               "(?:formed|forms|form|began|begins|has|have|had|signed|announced|announces|agreed|struck) (?:a |an )?(?:\\w+ )?(?:partnerships?|alliances?|joint venture) (?:in \\p{Lu}\\p{Ll}+ |on \\p{Lu}\\p{Ll}+ )?with|ally with|"
                                               "(?:chose|chosen|chooses|agreed|plans|wants) to (?:collaborate|work|partner|team up) with|collaborat(?:es|ed|ing|e) with|"
                                               "in partnership with|(?:has |have |had )?work(?:s|ed)? (?:together )?with|code-?shar(?:e|es|ed|ing) with|"
                                               // "KEMRI will produce the antivenom with Indian drugmaker Vinsera"
                                               "(?:produce|make|build|develop|co-develop|manufacture)[sd]? (?:(?:the|a|an|its|their) )?(?:[\\p{Ll}-]+ ){1,3}?with)"
                                               // "... with Chinese tech giant Alibaba": a few words may describe the partner
                                               "(?:\\s+[\\w’'-]+){0,3}?\\W*$"),
                                RE::CaseInsensitiveOption);
    // ("pay 42 million rupees for a 30% stake in": a price paid for a stake)
    static const RE deal(VerbLead + QStringLiteral("(?<cue>cho(?:sen|se|oses?)|acquire[sd]?|bought|buys?|invest(?:s|ed)?\\s+(?<amount>[^,;]{1,40}?)\\s+(?:in|for (?:a|an) [\\d.]+% stake in)|"
                                        "(?:pay|pays|paid|paying)\\s+(?<price>[^,;]{1,40}?)\\s+for (?:a|an) [\\d.]+% stake in|"
                                        // ("would take a 30% stake in", "agreed to buy 40% of", "a 49 per cent stake in")
                                        "backs|backed(?!\\s+by)|took a stake in|(?:take|takes|taking|took)\\s+(?:a|an)\\s+[\\d.]+(?:%|\\s+per\\s*cent)\\s+stake\\s+in)"
                                        "(?:\\s+(?:a|an|its|the)\\s+(?:[\\d.]+(?:%|\\s+per\\s*cent)\\s+)?stake\\s+in|\\s+[\\d.]+(?:%|\\s+per\\s*cent)\\s+of)?"
                                        // "buy Bengaluru-based consumer lender", "a 60% stake in Spanish solar and battery
                                        // developer": a few words may describe what is bought
                                        "(?:\\s+(?:[\\p{Ll}\\w’'-]+)){0,5}?\\W*$"),
                         RE::CaseInsensitiveOption);
    // "ordered 12 dual-fuel container ships from", "signed a €1.2 billion agreement on Thursday with"
    // (a point inside a number is no sentence end: "a €1.2 billion ($1.3 billion) agreement")
    static const RE order(VerbLead + QStringLiteral("(?<cue>ordered|orders|signed|signs|bought|buys)\\b(?:[^.;:]|(?<=\\d)\\.(?=\\d)){0,60}?\\b"
                                                    "(?:(?<from>from)|(?:agreement|contract|deal)\\b(?:[^.;:]|(?<=\\d)\\.(?=\\d)){0,20}?\\bwith)\\s+(?:[\\w’'-]+\\s+){0,3}?$"),
                          RE::CaseInsensitiveOption);
    static const RE competition(VerbLead + QStringLiteral("(?<cue>compet(?:es|ed|ing|e) (?:(?-i:in \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?) )?with|overt(?:akes|ook|aken)|rivals?|"
                                                          "beat|beats|outsold|outsells|outperformed|outperforms|in (?:direct )?competition with|into (?:more )?(?:direct )?competition with|"
                                                          // a match to come: "will face Mamelodi Sundowns", "at home to"
                                                          "face|faces|(?:are |is )?at home to)\\W*(?:(?:the|its)\\s+)?(?:[\\p{L}-]+-based\\s+)?$"),
                                RE::CaseInsensitiveOption);
    // Results in sport and races: "... with a 3-1 win over champions", "... ahead of compatriot".
    // "beat Japan’s world number one", not "could not beat".
    // ... and rivals of the clause's subject: "as it races to open stores faster than larger rivals
    // Blinkit and Zepto", "Tianyuan, ..., is the seventh-largest maker ... and competes with CATL",
    // "Asus led the market ..., followed by Acer".
    static const RE result(QStringLiteral("(?<!\\bnot\\s)(?<!n’t\\s)(?<!n't\\s)\\b(?<cue>beat|beats|beating|win over|victory over|draw (?:at home to|with)|"
                                          // "crushed Lyon 4-0" (with the score after the other side)
                                          "(?<scored>crushed|thrashed|defeated|edged|routed|hammered|stunned|downed|overcame|outclassed)|"
                                          "(?<ranked>behind(?!\\s+to\\s)|ahead of|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:more|fewer) than(?= (?:the )?\\p{Lu}))|"
                                          "(?<rival>compet(?:es|ed|ing|e) with(?:\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}[\\w’'-]*\\s+){1,3}?(?:such as|including))?|"
                                          "(?:[\\p{Ll}-]+\\s+)?rivals?(?:\\s+such as|\\s+including)?|followed by|"
                                          // "in a bid to win buyers from the Transsion brands", "to win back buyers from Samsung"
                                          "win (?:back )?(?:buyers|customers|users|shoppers|passengers|subscribers|market share|share) from))\\s+"
                                          "(?:(?:the\\s+)?\\p{Lu}[\\p{L}()-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?[’']s\\s+)?(?:\\p{Ll}[\\w’'-]*\\s+){0,3}"
                                          // ("beat the AAP candidate, Vishwas K. Shirodkar", "beat the BJP minister X")
                                          "(?:(?-i:\\p{Lu}[\\p{L}()-]*)\\s+(?:candidate|minister|incumbent|MP|lawmaker|leader|mayor)\\s*,?\\s+)?$"));
    const bool organisations = is(p.a, {"ORG"}) && is(p.b, {"ORG"});
    const bool people = is(p.a, {"PERSON"}) && is(p.b, {"PERSON"});
    const bool places = is(p.a, {"GPE"}) && is(p.b, {"GPE"});
    if (!organisations && !people && !places && !(is(p.a, {"GPE"}) && is(p.b, {"ORG"})))
        return; // most pairs: no pattern below applies
    // National teams are their countries: "Argentina beat Ireland 27-24".
    // (with the score after them: "China beat expectations" is no match)
    static const RE countryBeat(QStringLiteral(R"(^\s+(?:(?:on\s+\w+|narrowly|comfortably)\s+)?(?:beat|beats|defeated|defeats)\s+$)"));
    static const RE scoreAfter(QStringLiteral(R"(^\s*\d+-\d+)"));
    if (places && countryBeat.match(p.gap).hasMatch()
        && scoreAfter.matchView(QStringView(p.c.text).mid(p.b.end, std::min(12, p.c.sentence.end - p.b.end))).hasMatch()) {
        p.c.facts.append(p.make(QStringLiteral("competition"), p.a, QStringLiteral("beat"), QStringLiteral("fact.competition.result"), 0.6, p.b));
        return;
    }
    // Beyond 100 characters only a description between commas may separate the two ("Kaveri
    // Semiconductors, a Bengaluru chip designer backed by ..., on Tuesday launched").
    const bool far = p.gap.size() > 100;
    if (p.gap.startsWith(QLatin1Char(',')) && insideDescription(p))
        return;
    const auto add = [&p](const QString &kind, const QString &predicate, const QString &rule, double confidence, const QString &value = {}) {
        Fact f = p.make(kind, p.a, predicate, rule, confidence, p.b);
        f.value = value;
        p.c.facts.append(f);
        for (const Annotation *other : listedAfter(p, p.b)) {
            Fact g = p.make(kind, p.a, predicate, rule, confidence, *other);
            g.value = value;
            p.c.facts.append(g);
        }
    };
    const auto moneyBetween = [&p]() {
        for (const Annotation *x : p.in) {
            if (x->label == QLatin1String("MONEY") && x->start >= p.a.end && x->end <= p.b.start)
                return spanText(p.c.text, *x);
        }
        return QString();
    };
    static const RE sellBefore(QStringLiteral("\\b(?:sell|sells|sold|selling)\\s+(?:(?:its|a|the|their)\\s+)?(?:[\\d.]+%\\s+)?(?:stake\\s+in\\s+)?$"),
                               RE::CaseInsensitiveOption);
    static const RE sellTo(QStringLiteral("^\\s+to\\s+(?:[\\p{Ll}-]+\\s+){0,3}$"));
    // (a consortium or venture "led by" two, not "investors led by" two)
    static const RE byBefore(QStringLiteral("\\b(?:(?:developed|built|made|produced|designed|founded|run)\\s+(?:jointly\\s+)?by|(?:consortium|venture|alliance)\\s+led\\s+by|"
                                            "(?:joint venture|partnership|alliance|consortium|code-?share)\\s+(?:between|of))\\s+(?:the\\s+)?"
                                            "(?:[\\p{L}-]+-(?:based|listed|owned)\\s+|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?[’']s\\s+)?$"),
                             RE::CaseInsensitiveOption);
    static const RE andGap(QStringLiteral("^\\s+and\\s+$"));
    // A sponsorship is a deal and a partnership: "agreed a five-year shirt sponsorship with
    // Vodacom worth 450 million rand", "has sponsored Fenerbahçe since 2023".
    static const RE sponsorship(VerbLead + QStringLiteral("(?:(?:agreed|signed|announced|struck)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?sponsorship(?:\\s+(?:deal|agreement|contract))?\\s+with|"
                                                          "sponsor(?:s|ed|ing)?)\\s+(?:[\\w’'-]+\\s+){0,2}?$"),
                               RE::CaseInsensitiveOption);
    // "produced by Irrintzi Films with Basque public broadcaster EITB"
    // ("run by the University of Health Sciences in Vientiane with the Ministry of Health")
    static const RE withGap(QStringLiteral("^(?:\\s*\\([^)]{1,12}\\))?(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*)?\\s+(?:together\\s+|jointly\\s+)?with\\s+(?:[\\p{Ll}\\w’'-]+\\s+){0,4}$"));
    // "run by Universitas Gadjah Mada together with Indonesia’s Health Ministry"
    static const RE togetherWith(QStringLiteral("^\\s+(?:together|jointly|in\\s+partnership)\\s+with\\s+(?:the\\s+)?(?:[\\p{L}-]+[’']s\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$"));
    // "raised $45 million in a Series B round led by East Ventures", "... led by U.S. venture firm
    // QED Investors": the investor's deal
    static const RE funding(VerbLead + QStringLiteral("(?:raised|raises|secured|secures)\\s+(?<amount>[^,;]{1,40}?)\\s+(?:in|from)\\b[^.;:]{0,40}?\\b(?:led|co-led)\\s+by\\s+"
                                                      "(?:(?!and\\s)[\\w’'-]+(?:\\.[\\w’'-]*)*\\s+){0,3}?$"),
                           RE::CaseInsensitiveOption);
    // "Hapag-Lloyd, Maersk’s partner in the Gemini Cooperation alliance"
    static const RE partnerOf(QStringLiteral("^[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,2}partner\\b"));
    // "Ghana and Ivory Coast have worked together", "Azul, LATAM Airlines Brasil and Gol compete for"
    static const RE together(QStringLiteral("^\\s+(?:(?:have|has|had|will|also|already|jointly)\\s+)*(?:(?:worked|work|collaborated|cooperated)\\s+together|"
                                            "signed (?:a|an) (?:\\w+ )?(?:partnership|alliance)|formed (?:a|an) (?:\\w+ )?(?:partnership|alliance|joint venture)|"
                                            // "SMN and Tianyuan agreed on Thursday to build a plant", "already operate a cell plant"
                                            "agreed (?:on \\w+ )?to (?:jointly )?(?:build|develop|set up|form|create|open|launch)|(?:operate|operates|run|runs) (?:a|an|the)\\b|"
                                            // "Samsung and Google are jointly developing rival glasses"
                                            "(?:(?:are|is|were|was|will be)\\s+)?jointly\\s+(?:developing|building|running|operating|producing|making|financing)\\b)"));
    // "X (SMN) and Chinese battery maker Y": a short form and a few words describing the second
    static const RE andDescribed(QStringLiteral(R"(^\s*(?:\([^)]{1,12}\)\s*)?and\s+(?:[\p{L}’'-]+\s+){0,3}$)"));
    static const RE compete(QStringLiteral("^\\s*,?\\s+(?:all\\s+)?(?:compete|competed|vie)\\b"));
    const QStringView before = QStringView(p.c.text).mid(std::max(p.c.sentence.start, p.a.start - 50), p.a.start - std::max(p.c.sentence.start, p.a.start - 50));
    const QStringView afterB = QStringView(p.c.text).mid(p.b.end, std::min(80, p.c.sentence.end - p.b.end));
    // A match to come: "Napoli travel to Lazio next Saturday, while Inter host Barcelona", "Marseille
    // visit Monaco", "Chonburi, ninth, play Ratchaburi", "Enyimba travel to Kano to face Kano Pillars", "Argentina finish their tour
    // against Scotland". National teams take the plural verb ("Ireland host Australia"); a country
    // as a state the singular ("China hosts Russia for talks" is no match).
    static const RE fixture(QStringLiteral(R"(^(?:\s*,[^;:]{1,60}?,)?\s+(?:(?:will|next|then)\s+)?(?:travel(?<s1>s)?\s+to|(?:visit|host|welcome|face|play)(?<s2>s)?|)"
                                           R"(finish(?<s3>es)?\s+(?:their|its|the)\s+(?:tour|season|campaign)\s+against)\s+(?:\p{Lu}[\p{L}-]*\s+to\s+face\s+)?(?:the\s+)?$)"));
    static const RE possessiveAfter(QStringLiteral(R"(^\s*['’]s\b)"));
    // "beat the MNF’s Zosangliana Varte": the race is with the person, not the party ("competes
    // with Xiaomi's Redmi Note 14" is with the company)
    const auto personOfB = [&p, &afterB]() {
        if (!possessiveAfter.matchView(afterB).hasMatch())
            return false;
        return std::any_of(p.in.cbegin(), p.in.cend(),
                           [&p](const Annotation *x) { return x->label == QLatin1String("PERSON") && x->start > p.b.end && x->start <= p.b.end + 4; });
    };
    // (the pattern first: it is anchored and fails at once for most pairs; the subject checks walk
    // the sentence's mentions)
    if (organisations || places) {
        if (const auto f = fixture.match(p.gap);
            f.hasMatch() && (organisations || !(f.hasCaptured(QStringLiteral("s1")) || f.hasCaptured(QStringLiteral("s2")) || f.hasCaptured(QStringLiteral("s3"))))
            && !possessiveAfter.matchView(afterB).hasMatch() && (isClauseSubject(p) || isFirstActor(p))) {
            p.c.facts.append(p.make(QStringLiteral("competition"), p.a, QStringLiteral("plays"), QStringLiteral("fact.competition.fixture"), 0.6, p.b));
            return;
        }
    }
    // The two sides of a vote: "The ruling UPND backed it, while the opposition Patriotic Front (PF)
    // voted against", "Takku Wallu, whose deputies voted against the ruling PASTEF majority".
    static const RE backedWhile(QStringLiteral(R"(\b(?:backed|supported|voted for|approved)\b[^;]*,\s+while\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$)"));
    static const RE votedAgainst(QStringLiteral(R"(^\s*(?:\([^)]{1,12}\)\s*)?voted\s+against\b)"));
    static const RE againstRuling(QStringLiteral(R"(\bagainst\s+the\s+(?:ruling|governing)\s+$)"));
    // (the words each pattern needs looked for first: most pairs have none of them)
    if (organisations && (p.gap.contains(QLatin1String("while")) || p.gap.contains(QLatin1String(" ruling ")) || p.gap.contains(QLatin1String(" governing ")))
        && isFirstActor(p)
        && ((backedWhile.match(p.gap).hasMatch() && votedAgainst.matchView(afterB).hasMatch()) || (p.gap.size() <= 100 && againstRuling.match(p.gap).hasMatch()))) {
        p.c.facts.append(p.make(QStringLiteral("competition"), p.a, QStringLiteral("opposes"), QStringLiteral("fact.competition.vote"), 0.6, p.b));
        return;
    }
    const bool joined = andGap.match(p.gap).hasMatch();
    if ((organisations || places) && (joined || andDescribed.match(p.gap).hasMatch()) && together.matchView(afterB).hasMatch()) {
        p.c.facts.append(p.make(QStringLiteral("partnership"), p.a, QStringLiteral("works with"), QStringLiteral("fact.partnership.together"), 0.7, p.b));
        return;
    }
    if (places)
        return;
    if (organisations && (joined || listComma(p.gap))) {
        // "Azul, LATAM Airlines Brasil and Gol compete for passengers": each with those listed after it.
        Mentions rivals{&p.b};
        rivals += listedAfter(p, p.b);
        const Annotation *last = rivals.last();
        if (compete.matchView(QStringView(p.c.text).mid(last->end, std::min(40, p.c.sentence.end - last->end))).hasMatch()) {
            for (const Annotation *rival : std::as_const(rivals))
                p.c.facts.append(p.make(QStringLiteral("competition"), p.a, QStringLiteral("competes with"), QStringLiteral("fact.competition.listed"), 0.65, *rival));
            return;
        }
    }
    // "Kestrel’s larger domestic rival, Nordvik, ..."
    static const RE rivalOf(QStringLiteral(R"(^[’']s\s+(?:[\p{Ll}-]+\s+){0,3}(?:rival|rivals|competitor|competitors)\s*,?\s+(?:the\s+)?$)"));
    if (organisations && rivalOf.match(p.gap).hasMatch()) {
        add(QStringLiteral("competition"), QStringLiteral("rivals"), QStringLiteral("fact.competition.rival"), 0.65);
        return;
    }
    if (organisations && p.gap.trimmed() == QLatin1String(",") && partnerOf.matchView(afterB).hasMatch()) {
        p.c.facts.append(p.make(QStringLiteral("partnership"), p.a, QStringLiteral("partners with"), QStringLiteral("fact.partnership.apposition"), 0.7, p.b));
        return;
    }
    if (organisations && sponsorship.match(p.gap).hasMatch()) {
        p.c.facts.append(p.make(QStringLiteral("partnership"), p.a, QStringLiteral("sponsors"), QStringLiteral("fact.partnership.sponsor"), 0.7, p.b));
        Fact f = p.make(QStringLiteral("deal"), p.a, QStringLiteral("sponsors"), QStringLiteral("fact.deal.sponsor"), 0.7, p.b);
        f.value = moneyAfter(p);
        p.c.facts.append(f);
        return;
    }
    // "FC Platinum had accepted an offer of $180,000 from South African club Sekhukhune United for
    // Marufu": the bidder's deal with the club that sells.
    static const RE offerFrom(QStringLiteral(R"(^\s+(?:(?:has|had|have|on\s+\w+|also|finally)\s+)*accepted\s+(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:offer|bid)\s+(?:of|worth)\s+)"
                                            R"([^.;:]{1,40}?\s+from\s+(?:[\p{L}-]+\s+){0,3}?$)"));
    if (organisations && p.gap.contains(QLatin1String("accepted")) && offerFrom.match(p.gap).hasMatch()) {
        Fact f = p.make(QStringLiteral("deal"), p.b, QStringLiteral("buys from"), QStringLiteral("fact.deal.offer-accepted"), 0.65, p.a);
        f.value = moneyBetween();
        p.c.facts.append(f);
        return;
    }
    if (organisations && sellTo.match(p.gap).hasMatch() && sellBefore.matchView(before).hasMatch()) {
        // "sell its 31% stake in Hanseong Logistics to private equity firm Seorak": the buyer's deal.
        Fact f = p.make(QStringLiteral("deal"), p.b, QStringLiteral("acquires"), QStringLiteral("fact.deal.sale"), 0.65, p.a);
        f.value = moneyAfter(p);
        p.c.facts.append(f);
    } else if (organisations && (joined || andDescribed.match(p.gap).hasMatch()) && byBefore.matchView(before).hasMatch()) {
        p.c.facts.append(p.make(QStringLiteral("partnership"), p.a, QStringLiteral("works with"), QStringLiteral("fact.partnership.joint"), 0.65, p.b));
    } else if (organisations && withGap.match(p.gap).hasMatch() && byBefore.matchView(before).hasMatch()) {
        add(QStringLiteral("partnership"), QStringLiteral("works with"), QStringLiteral("fact.partnership.joint"), 0.65);
    } else if (organisations && togetherWith.match(p.gap).hasMatch()) {
        add(QStringLiteral("partnership"), QStringLiteral("works with"), QStringLiteral("fact.partnership.together-with"), 0.65);
    } else if (const auto fu = funding.match(p.gap); organisations && fu.hasMatch()) {
        Fact f = p.make(QStringLiteral("deal"), p.b, QStringLiteral("invests in"), QStringLiteral("fact.deal.funding"), 0.7, p.a);
        f.value = moneyBetween();
        if (f.value.isEmpty())
            f.value = fu.captured(QStringLiteral("amount")).simplified();
        p.c.facts.append(f);
    } else if (organisations && partnership.match(p.gap).hasMatch()) {
        add(QStringLiteral("partnership"), QStringLiteral("partners with"), QStringLiteral("fact.partnership"), 0.75);
    } else if (const auto d = deal.match(p.gap); organisations && d.hasMatch()) {
        const QString cue = d.captured(QStringLiteral("cue")).toLower();
        QString predicate = cue.startsWith(QLatin1String("cho")) ? QStringLiteral("chose")
                            : cue.startsWith(QLatin1String("invest"))   ? QStringLiteral("invests in")
                            : cue.startsWith(QLatin1String("back"))     ? QStringLiteral("backs")
                                                                        : QStringLiteral("acquires");
        QString value;
        if (d.hasCaptured(QStringLiteral("amount")) || d.hasCaptured(QStringLiteral("price"))) {
            value = moneyBetween();
            if (value.isEmpty())
                value = (d.hasCaptured(QStringLiteral("amount")) ? d.captured(QStringLiteral("amount")) : d.captured(QStringLiteral("price"))).simplified();
        } else {
            value = moneyAfter(p); // "buy a 35% stake in Tassa Pay for TT$24 million"
        }
        add(QStringLiteral("deal"), predicate, QStringLiteral("fact.deal"), 0.7, value);
        // A minority stake ties the two together: "pay 42 million rupees for a 30% stake in Zil
        // Pay ... and the two would let fishermen take card payments" (a majority one is a takeover).
        static const RE minority(QStringLiteral(R"(\b(\d{1,2}(?:\.\d+)?)(?:%|\s+per\s*cent)\s+(?:stake\s+in|of)\b)"));
        if (const auto m = minority.match(p.gap); m.hasMatch() && m.captured(1).toDouble() < 50)
            add(QStringLiteral("partnership"), QStringLiteral("holds a stake in"), QStringLiteral("fact.partnership.stake"), 0.6);
    } else if (const auto o = order.match(p.gap); o.hasMatch() && is(p.a, {"ORG", "GPE"}) && is(p.b, {"ORG"}) && !inRelativeClause(p.c, p.a)) {
        // A signed agreement with an amount is a deal, without one a partnership.
        // A signed agreement with an amount is a deal, without one a partnership; a player
        // signed from a club, or planes ordered from a maker, is a deal ("for a fee of €22 million").
        QString value = moneyBetween();
        if (value.isEmpty())
            value = moneyAfter(p);
        const bool signedOne = o.captured(QStringLiteral("cue")).startsWith(QLatin1String("sign"), Qt::CaseInsensitive);
        // (a service contract signed for an amount ties the two together as well: "also signed a
        // $16 million maintenance deal with GE Aerospace", as in all eleven such sentences of the
        // annotated sets)
        if (signedOne && value.isEmpty() && !o.hasCaptured(QStringLiteral("from"))) {
            add(QStringLiteral("partnership"), QStringLiteral("signs an agreement with"), QStringLiteral("fact.partnership.agreement"), 0.7);
        } else {
            add(QStringLiteral("deal"), signedOne ? QStringLiteral("signs a deal with") : QStringLiteral("orders from"), QStringLiteral("fact.deal.order"), 0.7, value);
            if (signedOne && !o.hasCaptured(QStringLiteral("from")) && is(p.a, {"ORG"}))
                add(QStringLiteral("partnership"), QStringLiteral("signs an agreement with"), QStringLiteral("fact.partnership.agreement"), 0.65);
        }
    } else if (static const RE pitted(QStringLiteral(R"(\bpit(?:s|ted|ting)?\s+$)")),
               against(QStringLiteral(R"(^\s+(?:more\s+)?(?:directly\s+|squarely\s+|head-on\s+)?against\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*[’']s\s+)?$)"));
               organisations && against.match(p.gap).hasMatch() && pitted.matchView(before).hasMatch()) {
        // "The deal pits Statkraft more directly against Vattenfall, ..., and Denmark’s Ørsted"
        add(QStringLiteral("competition"), QStringLiteral("competes with"), QStringLiteral("fact.competition"), 0.65);
    } else if (const auto k = competition.match(p.gap); (organisations || people) && k.hasMatch() && !personOfB()) {
        const QString cue = k.captured(QStringLiteral("cue")).toLower();
        add(QStringLiteral("competition"), cue.contains(QLatin1String("competition")) ? QStringLiteral("competes with") : cue, QStringLiteral("fact.competition"), 0.65);
    } else if (static const RE leadingThenFollowed(QStringLiteral(R"(^\s+(?:leading|led|leads|topped|tops|first)\b[^.;:]{0,40}?,\s+followed by\s+$)"));
               organisations && leadingThenFollowed.match(p.gap).hasMatch()) {
        // "with Huawei leading at 18%, followed by vivo at 17% and Apple": a market's ranking.
        add(QStringLiteral("competition"), QStringLiteral("followed by"), QStringLiteral("fact.competition.result"), 0.6);
    } else if (const auto r = result.match(p.gap);
               (organisations || people) && r.hasMatch() && !personOfB() && !clauseOfAnother(p, r.capturedStart())
               // ("BJP candidate X beat the CPI(M)’s Y": the candidates beat each other, not their parties)
               && !(organisations && std::any_of(p.in.cbegin(), p.in.cend(), [&p, &r](const Annotation *x) {
                        static const RE partyOf(QStringLiteral(R"(^(?:[’']s|\s+(?:candidate|minister|MP|lawmaker|leader|mayor|incumbent))?\s+$)"));
                        return x->label == QLatin1String("PERSON") && x->start >= p.a.end && x->end <= p.a.end + r.capturedStart()
                            && partyOf.matchView(QStringView(p.c.text).mid(p.a.end, x->start - p.a.end)).hasMatch(); })) && (!r.hasCaptured(QStringLiteral("scored")) || scoreAfter.matchView(afterB).hasMatch())
               && (r.hasCaptured(QStringLiteral("ranked")) ? isFirstActor(p) && ((!far && (people || p.gap.size() < 40)) || inLeagueTable(p) || inAVoteCount(p) || inAMarketCount(p))
                                                           : (p.gap.size() < 25 || (people && r.capturedStart() <= 2 && r.captured(QStringLiteral("cue")).startsWith(QLatin1String("beat")))
                                                              || ((isFirstActor(p) || isClauseSubject(p)) && !anotherClauseBetween(p) && !afterPreposition(p))
                                                              || (r.captured(QStringLiteral("rival")).contains(QLatin1String("rival")) && !far && nearestOfItsKind(p)
                                                                  && !afterPreposition(p))))) {
        // "ahead of" and "behind" rank the sentence's subject; for clubs and companies only when
        // they follow it closely ("three ahead of Fenerbahçe") or by the points of a table.
        // "would allow Helionor to build ... without selling them to larger rivals such as
        // Iberdrola": the rivals of the company named last before them.
        const QString cue = r.captured(QStringLiteral("cue")).toLower();
        const bool rivalry = cue.startsWith(QLatin1String("compet")) || cue.startsWith(QLatin1String("win "));
        add(QStringLiteral("competition"), rivalry ? QStringLiteral("competes with") : cue, QStringLiteral("fact.competition.result"), 0.6);
    }
}

// A purchase or a pledge with its amount and nothing named bought: "Netflix has bought worldwide
// streaming rights for about $3 million", "JioStar paid Rs 23,575 crore", "Japan pledged emergency
// aid worth 500 million yen", "built by SBM Offshore under a contract worth".
void amounts(const Pair &p)
{
    // (an offer is no deal yet)
    static const RE paid(VerbLead + QStringLiteral("(?:(?:bought|buys|acquired|acquires|agreed to buy|pledged|pledges)\\b(?:[^.;:]|(?<=\\d)\\.(?=\\d)){0,90}?"
                                                   "\\b(?:for|worth)|(?:paid|pays|paying|pledged|pledges)|under (?:a|an) (?:contract|deal|agreement) worth)"
                                                   "\\s+(?:about\\s+|roughly\\s+|around\\s+|nearly\\s+)?$"),
                         RE::CaseInsensitiveOption);
    if (!is(p.a, {"ORG", "GPE"}) || p.b.label != QLatin1String("MONEY") || p.gap.size() > 140)
        return;
    for (const Annotation *x : p.in) {
        if (x->start >= p.a.end && x->end <= p.b.start && is(*x, {"ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART", "FAC", "MONEY"}))
            return; // something named is bought (the pairs with it tell the deal), or an earlier amount
    }
    if (!paid.match(p.gap).hasMatch() || (p.gap.startsWith(QLatin1Char(',')) && insideDescription(p)))
        return;
    Fact f = p.c.make(QStringLiteral("deal"), p.a, QStringLiteral("pays"), QStringLiteral("fact.deal.amount"), 0.6);
    f.value = spanText(p.c.text, p.b);
    p.c.facts.append(f);
}

// "Cendana Air agreed on Tuesday to buy 30 Boeing 737 MAX 8 jets", "ordered 12 Airbus
// A220-100s": an order of a product named with its maker is the buyer's deal, the product its
// object (the maker is part of the product's name).
void productOrders(const Pair &p)
{
    static const RE order(VerbLead + QStringLiteral("(?<cue>buy|bought|buys|order|ordered|orders|purchase[sd]?|lease[sd]?)\\s+(?:up\\s+to\\s+)?"
                                                    "(?:another\\s+|\\d[\\d,]*\\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s+)"
                                                    "(?:more\\s+|new\\s+)?$"),
                          RE::CaseInsensitiveOption);
    // ("ordered 20 E195-E2 jets from Brazil's Embraer": the maker named apart is the other side)
    static const RE fromMaker(QStringLiteral(R"(^\s+(?:[\p{Ll}-]+\s+){0,2}from\s)"));
    if (!is(p.a, {"ORG"}) || !is(p.b, {"PRODUCT"}) || !order.match(p.gap).hasMatch()
        || fromMaker.matchView(QStringView(p.c.text).mid(p.b.end, std::min(30, p.c.sentence.end - p.b.end))).hasMatch())
        return;
    Fact f = p.make(QStringLiteral("deal"), p.a, QStringLiteral("orders"), QStringLiteral("fact.deal.product-order"), 0.65, p.b);
    f.value = moneyAfter(p);
    p.c.facts.append(f);
}

// A launch's day: the sentence's first date from `from` on.
QString dateFrom(const Context &c, const Mentions &in, int from)
{
    for (const Annotation *x : in) {
        if (x->label == QLatin1String("DATE") && x->start >= from)
            return spanText(c.text, *x);
    }
    return {};
}

void launches(const Pair &p)
{
    static const RE launch(VerbLead + QStringLiteral("(?<cue>launch(?:es|ed)?|release[sd]?|unveil(?:s|ed)?|introduce[sd]?|present(?:s|ed)?|ship(?:s|ped)?)\\s+(?:(?:its|the|a|an|new|next|latest|cheaper|flagship)\\s+|[\\w-]+\\s+){0,3}?\\W*$"),
                           RE::CaseInsensitiveOption);
    if (!is(p.a, {"ORG", "PERSON"}) || !is(p.b, {"PRODUCT"}) || !launch.match(p.gap).hasMatch() || (p.gap.startsWith(QLatin1Char(',')) && insideDescription(p)))
        return;
    Fact f = p.make(QStringLiteral("launch"), p.a, QStringLiteral("launches"), QStringLiteral("fact.launch"), 0.7, p.b);
    f.time = dateFrom(p.c, p.in, p.b.end);
    p.c.facts.append(f);
    // "launched the Redmi Note 15 Pro and Redmi Note 15 Pro+": each product of the list (in the
    // body: a headline's list is the body's again).
    const qsizetype headlineEnd = p.c.text.indexOf(QLatin1Char('\n'));
    Mentions listed = p.a.start > headlineEnd ? listedAfter(p, p.b) : Mentions();
    // "..., along with the realme Buds Air 8 earbuds", "together with its Nothing Ear (4)
    // earbuds": what is launched beside the list
    static const RE alongWith(QStringLiteral(R"(^[^.;:]{0,60}?,?\s+(?:along|together)\s+with\s+(?:the\s+|its\s+|their\s+)?(?:new\s+)?$)"));
    const Annotation *last = listed.isEmpty() ? &p.b : listed.last();
    for (const Annotation *x : p.in) {
        if (x->start < last->end || x == last || x->label != QLatin1String("PRODUCT") || p.a.start <= headlineEnd)
            continue;
        if (alongWith.matchView(QStringView(p.c.text).mid(last->end, x->start - last->end)).hasMatch())
            listed.append(x);
        break;
    }
    for (const Annotation *other : std::as_const(listed)) {
        Fact g = p.make(QStringLiteral("launch"), p.a, QStringLiteral("launches"), QStringLiteral("fact.launch"), 0.7, *other);
        g.time = f.time;
        p.c.facts.append(g);
    }
}

// Products counted, then listed: "Google launched four new phones in Australia on Wednesday - the
// Pixel 11, Pixel 11 Pro and Pixel 11 Pro XL -", "iQOO launched three new flagship phones in
// Beijing on Thursday, the iQOO 17 Pro, the iQOO 17+ and the iQOO 17 Ultra".
void listedLaunches(const Context &c, const Mentions &in)
{
    static const RE counted(VerbLead + QStringLiteral("(?:launch(?:es|ed)?|release[sd]?|unveil(?:s|ed)?|introduce[sd]?)\\s+(?:(?:two|three|four|five|six|seven|\\d+)\\s+)?"
                                                      "(?:[\\p{L}\\d+-]+\\s+){0,3}?(?:phones|smartphones|handsets|models|devices|laptops|tablets|watches|earbuds|cars|vehicles|products|games)\\b"
                                                      "[^.;:]{0,60}?(?:\\s[-–—]\\s+|:\\s+|,\\s+)(?:the\\s+)?$"),
                            RE::CaseInsensitiveOption);
    // (the sentence's first person or organisation, its subject)
    const auto first = std::find_if(in.cbegin(), in.cend(), [](const Annotation *x) { return is(*x, {"ORG", "PERSON"}); });
    if (first == in.cend() || !isFirstActor(Pair{c, in, **first, **first, {}}))
        return;
    const Annotation *a = *first;
    for (const Annotation *x : in) {
        if (x->start < a->end || x->label != QLatin1String("PRODUCT") || x->start - a->end > 200
            || !counted.matchView(QStringView(c.text).mid(a->end, x->start - a->end)).hasMatch())
            continue;
        const Pair pair{c, in, *a, *x, c.text.mid(a->end, x->start - a->end)};
        const QString time = dateFrom(c, in, a->end);
        for (const Annotation *product : Mentions{x} + listedAfter(pair, *x)) {
            Fact f = pair.make(QStringLiteral("launch"), *a, QStringLiteral("launches"), QStringLiteral("fact.launch.listed"), 0.65, *product);
            f.time = time;
            c.facts.append(f);
        }
        return; // (the first list only)
    }
}

// A product the tagger did not name, known by the description after it: "lumeo ... on Wednesday
// launched Vox 3, an artificial intelligence model", "unveiled the VF 6 Plus, a seven-seat
// version", "launched the nuvo Lens 2, a pair of smart glasses" (the maker's own name may begin it).
void describedLaunches(const Context &c, const Mentions &in)
{
    static const RE launch(VerbLead + QStringLiteral("(?:launch(?:es|ed)?|release[sd]?|unveil(?:s|ed)?|introduce[sd]?)\\s+(?:(?:the|its)\\s+)?(?:new\\s+)?"
                                                     "(?-i:(?<product>(?:\\p{Ll}+\\s+)?\\p{Lu}[\\p{L}\\d.+-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.+-]*){0,4}),\\s+(?:a|an|its)\\s)"),
                           RE::CaseInsensitiveOption);
    static const RE calendar(QStringLiteral("^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
                                            "September|October|November|December)\\b"));
    for (const Annotation *a : in) {
        if (!is(*a, {"ORG", "PERSON"}))
            continue;
        const Pair self{c, in, *a, *a, {}};
        if (!isFirstActor(self))
            continue;
        const auto m = launch.matchView(QStringView(c.text).mid(a->end, c.sentence.end - a->end));
        const QString product = m.captured(QStringLiteral("product"));
        const bool ownName = !product.isEmpty() && product.front().isLower() && product.startsWith(spanText(c.text, *a) + QLatin1Char(' '), Qt::CaseInsensitive);
        const int at = a->end + int(m.capturedStart(QStringLiteral("product")));
        const bool named = std::any_of(in.cbegin(), in.cend(), [&](const Annotation *x) { return x->start == at && x->label == QLatin1String("PRODUCT"); });
        if (!m.hasMatch() || (product.front().isLower() && !ownName) || calendar.match(product).hasMatch() || named)
            continue; // (a named product has its fact from launches())
        Fact f = c.make(QStringLiteral("launch"), *a, QStringLiteral("launches"), QStringLiteral("fact.launch.described"), 0.65);
        f.objectText = product;
        c.facts.append(f);
        return;
    }
}

// Jobs as news writes them around a name: "Bundesbank board member Henrike Vossberg", "Ezeh,
// who was executive director for treasury at Meridian Trust Bank", "Rapid's sporting director,
// Stefan Hofbauer", "Carla Menéndez, head of rates strategy at Santander".
const QString RoleWords = QStringLiteral(
    R"((?:chief executive(?: officer)?|chief (?:economist|[\p{Ll}]+ officer|)"
    R"(strategist|executive|scientist|medical officer|of staff|of [\p{Ll}]+)|CEO|CFO|CTO|COO|(?-i:MP)|chairman|chairwoman|chairperson|chair|(?:vice[- ])?president|)"
    R"((?:co-)?founder|director(?: general)?|managing director|executive director|general manager|manager|head coach|coach|captain|)"
    R"(analyst|economist|strategist|researcher|scientist|professor|spokesman|spokeswoman|spokesperson|minister|secretary(?: of state|[- ]general)?|)"
    R"(governor|mayor|senator|lawyer|attorney|prosecutor|leader|board member|coordinator|commissioner|ambassador|editor|partner|)"
    R"(adviser|advisor|official|chancellor|premier|prime minister|treasurer|owner|engineer|epidemiologist|meteorologist|forecaster|commander|)"
    R"(nurse|officer|undersecretary|actress|actor|filmmaker|producer|agent|chemist|lawmaker|judge|neurologist|critic|translator|author|)"
    R"(campaigner|representative|investigator|co-chair|specialist|negotiator|administrator|referee|vaccinator|)"
    R"(\p{Ll}+ologist|coach|chief|whip|justice|pilot|chef|midwife|poet|cleric|imam|priest|envoy|aide|fellow|)"
    // any word made like the name of a trade ("market trader", "retired seamstress", "pollster",
    // "durian grower"): tradeWordPattern()
    R"(%2%1))");
// The words a job may start with: names (of the organisation, "Interior Ministry"), possessives
// ("Rapid’s"), ages, and the usual modifiers; then one more word of the trade ("rates", "semiconductor").
const QString RolePrefix = QStringLiteral(
    R"((?:(?:(?-i:[\p{Lu}\d][\p{L}\d’'.&-]*)|\p{L}+[’']s|(?:co-)?founder and|chief|deputy|senior|former|acting|board|campaign|sporting|executive|managing|)"
    R"(general|vice|assistant|interim|associate|principal|lead|regional|national|state|foreign|finance|health|interior|agriculture|)"
    R"(budget|economy|trade|defence|defense|justice|education|transport|energy|technical|commercial|political|legal|medical|research|)"
    R"(investment|junior)\s+){0,4}?)"
    // (in lower case and no verb or function word: "said Senator X", "with Deputy Governor X")
    R"((?:(?!(?:said|says|told|and|or|with|to|in|of|for|by|at|from|as|the|a|an|his|her|its|their|my|our|your|who|which|that|was|is|are|were|)"
    R"(has|have|had|went|giving|gave|promised|accused|future|published|since|after|before|when|while|until|than|about|into|over|under|)"
    R"(between|during|eased|then)\b)(?-i:\p{Ll}[\p{Ll}-]*)\s+){0,2})");

// Whether the last word before `end` (a comma allowed after it) is the last word of a job.
bool endsWithRoleWord(const QString &text, int from, int end)
{
    static const QSet<QString> lastWords = [] {
        QSet<QString> words;
        for (const char *w : {"officer", "executive", "ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "chairperson", "chair", "president",
                              "founder", "director", "general", "manager", "coach", "captain", "analyst", "economist", "strategist", "researcher",
                              "scientist", "professor", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "state", "governor",
                              "mayor", "senator", "lawyer", "attorney", "prosecutor", "leader", "member", "coordinator", "commissioner",
                              "ambassador", "editor", "partner", "adviser", "advisor", "official", "chancellor", "premier", "treasurer", "owner",
                              "engineer", "epidemiologist", "staff", "president-elect", "meteorologist", "forecaster", "commander", "nurse",
                              "undersecretary", "actress", "actor", "filmmaker", "producer", "agent", "chemist", "lawmaker", "judge", "neurologist",
                              "critic", "translator", "author", "campaigner", "representative", "investigator", "co-chair", "co-founder", "mp",
                              "specialist", "negotiator", "administrator", "referee", "vaccinator", "coach", "chief", "whip", "justice",
                              "pilot", "chef", "midwife", "poet", "cleric", "imam", "priest", "envoy", "aide", "fellow"})
            words.insert(QString::fromLatin1(w));
        return words;
    }();
    int to = end;
    while (to > from && (text.at(to - 1).isSpace() || text.at(to - 1) == QLatin1Char(',')))
        --to;
    // "Its spokesperson in Geneva, Aïcha ...": the place after the job is no part of it.
    static const RE place(QStringLiteral(R"(\s+(?:in|for)\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?$)"));
    if (const auto m = place.matchView(QStringView(text).mid(from, to - from)); m.hasMatch())
        to = from + int(m.capturedStart());
    int start = to;
    while (start > from && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('-')))
        --start;
    const QString last = text.mid(start, to - start).toLower();
    return start < to && (lastWords.contains(last) || last.endsWith(QLatin1String("ologist")) || (text.at(start).isLower() && isTradeWord(last)));
}

void roles(const Context &c, const Mentions &in, const Annotation *lastOrganisation)
{
    static const RE after(QStringLiteral(
        // (an age may come first: "Kari Nordmann, 61, a retired teacher", "X, 34, who has worked as a nurse")
        R"(^,\s+(?:\d{1,3},\s+)?(?:who\s+(?:is|was|has been|had been|became|serves as|served as|(?:has |had )?(?:worked|works) as)\s+(?:also\s+)?)?(?:(?:the|a|an|its|their|his|her)\s+)?)"
        R"((?<role>%1\b%2\b(?:\s+(?:of|for|at|with|in|from)\s+[^,.;:“”"()]{1,60}?)?)(?=\s*(?:,|\.|;|:|\(|$|\s+(?:said|says|told|who|whose|and|on|in)\b)))")
                              .arg(RolePrefix, RoleWords.arg(QStringLiteral(R"(|head(?: of [\p{L} ’'-]{2,40}?)?)"), tradeWordPattern())),
                          RE::CaseInsensitiveOption);
    static const RE before(QStringLiteral(R"((?<![\p{L}’'-])(?<role>%1%2(?:\s+(?:in|for)\s+(?-i:\p{Lu})[\p{L}’'.-]*(?:\s+(?-i:\p{Lu})[\p{L}’'.-]*)?(?=,))?)(?<comma>,)?\s+$)")
                               .arg(RolePrefix, RoleWords.arg(QString(), tradeWordPattern())),
                           RE::CaseInsensitiveOption);
    const QString &text = c.text;
    // An organisation before a place ("an analyst at Lagos-based research firm Stears", "a partner
    // at Milan law firm Lo Bianco Ferri"); a place that describes where something is based is none.
    auto orgWithin = [&](int from, int to) -> const Annotation * {
        const Annotation *place = nullptr;
        for (const Annotation *x : in) {
            // (an organisation's name may go on past the job's words: "of the CPI(M)", "at the
            // Barbados Chamber of Commerce and Industry", where the job's words stopped at "and")
            if (x->start < from || x->start >= to || (x->end > to && (x->label != QLatin1String("ORG") || (x->end - to > 4 && !text.mid(to, x->end - to).startsWith(QLatin1String(" and "))))))
                continue;
            if (x->label == QLatin1String("ORG"))
                return x;
            if (x->label == QLatin1String("GPE") && !place && text.mid(x->end, 7) != QLatin1String("-based "))
                place = x;
        }
        return place;
    };
    for (const Annotation *person : in) {
        if (person->label != QLatin1String("PERSON"))
            continue;
        QString role;
        int roleFrom = 0, roleTo = 0;
        const Annotation *org = nullptr;
        QString rule;
        const int afterEnd = std::min<int>(c.sentence.end, person->end + 140);
        const auto a = after.matchView(QStringView(text).mid(person->end, afterEnd - person->end));
        // A job told by its verb: "Fajer Buhamad, who heads devices at Zain Kuwait,", "X, who
        // founded Sibebe Pay in 2021,", "X, who led the VU list in the Oberland,".
        static const RE whoDoes(QStringLiteral(R"(^,\s+(?:\d{1,3},\s+)?who\s+(?:also\s+|now\s+|still\s+)?(?<verb>heads|leads|led|runs|chairs|founded|co-founded|cofounded|)"
                                               R"(started|set\s+up|manages|directs|owns|coaches|captains)\s+(?<what>[^,.;:“”"()]{1,70}?)(?=\s*(?:,|\.|;|$)))"));
        const auto w = a.hasMatch() ? QRegularExpressionMatch() : whoDoes.matchView(QStringView(text).mid(person->end, afterEnd - person->end));
        const Annotation *doneFor = nullptr;
        if (w.hasMatch()) {
            const int from = person->end + int(w.capturedStart(QStringLiteral("what")));
            const int to = person->end + int(w.capturedEnd(QStringLiteral("what")));
            // (the organisation is what the verb takes, a word or two may say what of it: "devices
            // at", not "the studio in a Pangyo basement")
            static const RE lead(QStringLiteral(R"(^(?:(?:the|its|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:(?:at|of|for)\s+(?:the\s+)?)?$)"));
            if (const Annotation *x = orgWithin(from, to);
                x && x->label == QLatin1String("ORG") && lead.matchView(QStringView(text).mid(from, x->start - from)).hasMatch())
                doneFor = x;
        }
        // A job someone no longer holds is no role ("Hoxha, a 41-year-old former deputy health
        // minister"); the title before the name may still tell the present one.
        static const RE past(QStringLiteral(R"(^(?:[\d]+-year-old\s+)?(?:former|ex-|onetime|then)\b)"), RE::CaseInsensitiveOption);
        if (a.hasMatch() && !past.match(a.captured(QStringLiteral("role"))).hasMatch()) {
            const int from = person->end + int(a.capturedStart(QStringLiteral("role")));
            const int to = person->end + int(a.capturedEnd(QStringLiteral("role")));
            role = a.captured(QStringLiteral("role"));
            roleFrom = from;
            roleTo = to;
            org = orgWithin(from, to);
            if (org && org->end > to) {
                roleTo = org->end;
                role = text.mid(roleFrom, roleTo - roleFrom);
            }
            // "the Red Cross coordinator" or "VinFast’s deputy chief executive": just before the role
            if (!org)
                org = orgWithin(person->end, from);
            // "a retired teacher from Trnava": where someone comes from is no employer, nor part of the job
            if (org && org->label == QLatin1String("GPE") && text.mid(std::max(0, org->start - 5), 5) == QLatin1String("from "))
                org = nullptr;
            if (const qsizetype cut = role.indexOf(QLatin1String(" from ")); cut > 0 && !org) {
                role.truncate(cut);
                roleTo = roleFrom + int(cut);
            }
            rule = QStringLiteral("fact.role.apposition");
            // "Teboho Ntsekhe, a 54-year-old maize farmer": someone described by age and trade for
            // the story, with no employer, is no role (3 of the 4 annotated sets since dev9 that
            // describe people so leave those out; the earlier sets keep only the retired ones).
            static const RE agedTrade(QStringLiteral(R"(^(?:an?\s+)?\d+-year-old\s)"), RE::CaseInsensitiveOption);
            if (!org && agedTrade.match(role).hasMatch())
                continue;
            // "Amal Fakhro, a tech reviewer with 310,000 followers": a trade told by its audience,
            // with no employer, is none either (as the annotated sets have it).
            static const RE followers(QStringLiteral(R"(\bwith\s+(?:about\s+|more\s+than\s+|over\s+|nearly\s+)?\d)"));
            if (!org && followers.match(role).hasMatch())
                continue;
        } else if (doneFor) {
            static const QHash<QString, QString> jobs = {
                {QStringLiteral("heads"), QStringLiteral("head")},         {QStringLiteral("leads"), QStringLiteral("leader")},
                {QStringLiteral("led"), QStringLiteral("leader")},         {QStringLiteral("runs"), QStringLiteral("head")},
                {QStringLiteral("chairs"), QStringLiteral("chair")},       {QStringLiteral("founded"), QStringLiteral("founder")},
                {QStringLiteral("co-founded"), QStringLiteral("co-founder")}, {QStringLiteral("cofounded"), QStringLiteral("co-founder")},
                {QStringLiteral("started"), QStringLiteral("founder")},    {QStringLiteral("set up"), QStringLiteral("founder")},
                {QStringLiteral("manages"), QStringLiteral("manager")},    {QStringLiteral("directs"), QStringLiteral("director")},
                {QStringLiteral("owns"), QStringLiteral("owner")},         {QStringLiteral("coaches"), QStringLiteral("coach")},
                {QStringLiteral("captains"), QStringLiteral("captain")}};
            org = doneFor;
            role = jobs.value(w.captured(QStringLiteral("verb")).simplified());
            roleFrom = roleTo = person->end; // (the job is no span of the text: the organisation stays whole)
            rule = QStringLiteral("fact.role.who-does");
        } else {
            // Most names have no job right before them: look at the last word first, and only
            // then run the pattern.
            // ("Athens’s mayor, Mr Yiannis Karapanagiotou": an honorific between the job and the name)
            static const RE honorific(QStringLiteral(R"(\b(?-i:Mr|Ms|Mrs|Dr|Prof)\.?\s+$)"));
            int nameStart = person->start;
            if (const auto h = honorific.matchView(QStringView(text).mid(std::max(c.sentence.start, person->start - 6), person->start - std::max(c.sentence.start, person->start - 6)));
                h.hasMatch())
                nameStart = person->start - int(h.capturedLength());
            if (!endsWithRoleWord(text, std::max(c.sentence.start, nameStart - 40), nameStart))
                continue;
            const int beforeStart = std::max<int>(c.sentence.start, nameStart - 90);
            const auto b = before.matchView(QStringView(text).mid(beforeStart, nameStart - beforeStart));
            if (!b.hasMatch() || past.match(b.captured(QStringLiteral("role"))).hasMatch())
                continue;
            const int from = beforeStart + int(b.capturedStart(QStringLiteral("role")));
            const int to = beforeStart + int(b.capturedEnd(QStringLiteral("role")));
            // The organisation inside the words before the role or just before them
            // ("Interior Ministry spokesman", "Rapid’s sporting director,").
            org = orgWithin(std::max(c.sentence.start, from - 40), to);
            if (org && org->end < from - 4)
                org = nullptr;
            role = b.captured(QStringLiteral("role"));
            roleFrom = from;
            roleTo = to;
            rule = b.hasCaptured(QStringLiteral("comma")) ? QStringLiteral("fact.role.before-comma") : QStringLiteral("fact.role.title-before");
            // "Analyst Rahul Mehta-Joshi of ICRA said"
            static const RE ofAfter(QStringLiteral(R"(^\s+(?:of|at)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$)"));
            if (!org) {
                for (const Annotation *x : in) {
                    if (x->start >= person->end && x->label == QLatin1String("ORG")) {
                        if (ofAfter.matchView(QStringView(text).mid(person->end, x->start - person->end)).hasMatch())
                            org = x;
                        break;
                    }
                }
            }
            // "Its chief executive, Mohamed Juma Al Shamisi, ...", "Their leader, X": the
            // organisation the sentence before spoke of.
            static const RE its(QStringLiteral(R"(^(?-i:Its|Their)\s)"));
            if ((!org || org->label != QLatin1String("ORG")) && lastOrganisation && its.match(role).hasMatch() && from == c.sentence.start)
                org = lastOrganisation;
        }
        // "Kazi Shahidul Haque, the society’s head of disaster response": the organisation named
        // before whose name has that word.
        static const RE nounPossessive(QStringLiteral(R"(^(?:the\s+)?(?<noun>\p{Ll}+)[’']s\s)"));
        if (const auto np = nounPossessive.match(role); !org && np.hasMatch() && lastOrganisation) {
            static const RE wordSplit(QStringLiteral(R"([^\p{L}]+)"));
            const QStringList words = spanText(text, *lastOrganisation).toCaseFolded().split(wordSplit, Qt::SkipEmptyParts);
            if (words.contains(np.captured(QStringLiteral("noun")).toCaseFolded()))
                org = lastOrganisation;
        }
        if (org && org->start >= roleFrom && org->end <= roleTo) {
            // The job without the organisation's name: what comes before it ("managing director
            // of Solvera Energy until May"), or after it ("Rapid’s sporting director").
            role = org->start > roleFrom ? text.mid(roleFrom, org->start - roleFrom) : text.mid(org->end, roleTo - org->end);
        }
        // Another name's possessive is no part of the job ("Nordvik’s operations director").
        // (Compiled once: a long article has a role for nearly every name.)
        static const RE otherPossessive(QStringLiteral(R"(^(?:[\p{Lu}][\p{L}.&-]*\s+)*[\p{L}]+[’']s\s+)"));
        static const RE edges(QStringLiteral(R"(^(?:['’]s\s+)|\s+(?:of|for|at|with|in)(?:\s+the)?\s*$|^\s*(?:the|a|an|its|his|her|their)\s+)"), RE::CaseInsensitiveOption);
        static const RE possessive(QStringLiteral(R"(^(?:['’]s\s+))"));
        role.remove(otherPossessive);
        role.remove(edges);
        role = role.simplified();
        role.remove(possessive);
        if (role.isEmpty())
            continue;
        Fact f = c.make(QStringLiteral("role"), *person, role, rule, org ? 0.8 : 0.7);
        if (org) {
            f.objectEntityId = org->entityId;
            f.objectText = spanText(text, *org);
        }
        c.facts.append(f);
    }
}

// A subject, what is measured, and the value. ("Hong Kong-listed shares": the place describes
// the shares, it is not what is measured.)
// What a statistic measures, by its last word: "annual inflation", "oil and gas output", "average
// revenue per user".
const QString MeasureHeads = QStringLiteral(
    R"((?:market share|share price|shares?|revenues?|sales|net profit|profits?|prices?|exports|imports|output|production|market value|valuation|)"
    R"(stake|budget|spending|deliveries|shipments|inflation|economy|growth|turnout|attendance|reserves|debt|deficit|arrivals|admissions|)"
    R"(orders|unemployment(?: rate)?|earnings|income|loss|losses|gdp|GDP|capacity|investment|visits|bookings|subscribers|margins?|)"
    R"(traffic|loans|remittances|passengers|passenger numbers|cargo|population))");
// Whether an amount is a total (millions and more) rather than a price: the level a change
// reached is a figure of its own ("rose 41% to 1.9 trillion cedis"), a share's price is not
// ("rose 4.6% to 3.41 dirhams").
bool isAggregate(const QString &text, const Annotation &amount)
{
    static const RE large(QStringLiteral(R"(\d\s*(?:bn|m|tn)\b|\b(?:million|billion|trillion|bn|tn|crore|lakh)\b)"), RE::CaseInsensitiveOption);
    return large.matchView(QStringView(text).mid(amount.start, amount.end - amount.start)).hasMatch();
}

// The words that may lead a count: "about 13 million tonnes", "more than 900,000 users".
const QString CountLead = QStringLiteral(R"((?:about\s+|around\s+|more\s+than\s+|over\s+|some\s+|nearly\s+|almost\s+)?)");

const QString ChangeVerbs = QStringLiteral(
    R"((?:rose|risen|fell|fallen|jumped|gained|dropped|slipped|climbed|added|lost|surged|slumped|declined|grew|grown|contracted|expanded|)"
    R"(slowed|accelerated|widened|narrowed|eased|increased|decreased|doubled|more than doubled|(?:(?:was|were|is|are)\s+)?(?:up|down)))");

// An organisation's own people, counted where it speaks of them: "SYTRAG said in a statement that
// its 1,900 members", "Tonga Power Limited said about 70% of its customers", "30% of Orange's 9
// million customers". `add` takes the predicate, the rule and the confidence.
template<typename Add>
bool ownPeople(const Pair &p, const Add &add)
{
    static const QString people = QStringLiteral("members|customers|users|subscribers|employees|workers|staff|clients|followers|depositors|policyholders");
    static const RE saidIts(QStringLiteral(R"(^(?:\s*\([^)]{1,16}\))?(?:,[^;:]{1,80}?,)?\s+(?:also\s+)?(?:said|says)\s+)"
                                           R"((?:(?:in\s+a\s+statement|on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+)\s+){0,2}(?:that\s+)?(?<its>its\s+)?$)"));
    static const RE possessive(QStringLiteral(R"(^['’]s\s+$)"));
    static const RE counted(QStringLiteral(R"(^\s+(?:[\p{Ll}-]+\s+)?(?<what>%1)\b)").arg(people));
    // ("said about 80% of customers on Anjouan": its own, unless another's are named)
    static const RE shareOfOwn(QStringLiteral(R"(^\s+of\s+(?:its\s+)?(?:[\p{Ll}-]+\s+)?(?<what>%1)\b(?!\s+of\b))").arg(people));
    // (the short form in brackets after the name: the name tells the fact)
    if (p.a.start > 0 && p.c.text.at(p.a.start - 1) == QLatin1Char('('))
        return false;
    const QStringView after = QStringView(p.c.text).mid(p.b.end, std::min<qsizetype>(60, p.c.text.size() - p.b.end));
    const bool cardinal = p.b.label == QLatin1String("CARDINAL");
    if (const auto said = saidIts.match(p.gap); said.hasMatch()) {
        if (said.hasCaptured(QStringLiteral("its"))) {
            if (const auto c = counted.matchView(after); cardinal && c.hasMatch()) {
                add(c.captured(QStringLiteral("what")), QStringLiteral("fact.statistic.own-people"), 0.55);
                return true;
            }
        } else if (const auto s = shareOfOwn.matchView(after); s.hasMatch()) {
            add(QStringLiteral("share of ") + s.captured(QStringLiteral("what")), QStringLiteral("fact.statistic.own-people"), 0.55);
            return true;
        }
        return false;
    }
    if (const auto c = counted.matchView(after); cardinal && c.hasMatch() && possessive.match(p.gap).hasMatch()) {
        add(c.captured(QStringLiteral("what")), QStringLiteral("fact.statistic.own-people"), 0.55);
        return true;
    }
    return false;
}

// "Sofiane Haddadi, a reviewer with 1.9 million followers": the following of one described so.
bool describedFollowing(const Pair &p)
{
    static const RE with(QStringLiteral(R"(^,\s+(?:an?\s+)?[^,;:.“”"]{0,40}?\bwith\s+%1$)").arg(CountLead));
    static const RE following(QStringLiteral(R"(^\s+(?:[\p{Ll}-]+\s+)?(?:followers|subscribers|listeners|viewers|fans)\b)"));
    return p.b.label == QLatin1String("CARDINAL") && with.match(p.gap).hasMatch()
        && following.matchView(QStringView(p.c.text).mid(p.b.end, std::min<qsizetype>(40, p.c.text.size() - p.b.end))).hasMatch();
}

// "SNIM, which owns the line and shipped about 13 million tonnes", "Lucayan Air now flies five
// aircraft to 11 airports and carried 212,000 passengers": a count in the second part of the
// subject's clause, with no other name between. Returns the verb ("shipped"), or nothing.
QString secondVerbCount(const Pair &p)
{
    static const RE andVerb(QStringLiteral(R"(^(?:,\s+which)?\s+(?:now\s+|also\s+)?\p{Ll}+s?\s+[^.;:“”"]{1,80}?\s+and\s+(?:(?:has|had|also)\s+)?)"
                                           R"((?<change>carried|shipped|sold|handled|produced|employs|employed|served|serves|delivered|processed|exported|recorded|has|had)\s+%1$)")
                                .arg(CountLead));
    static const RE counted(QStringLiteral(R"(^\s+(?:[\p{Ll}-]+\s+){0,2}(?:passengers|tonnes|barrels|customers|users|people|units|vehicles|cars|phones|containers|visitors|tourists|members|workers)\b)"));
    if (!p.gap.contains(QLatin1String(" and ")))
        return {};
    const auto m = andVerb.match(p.gap);
    if (!m.hasMatch())
        return {};
    const bool nameBetween = std::any_of(p.in.cbegin(), p.in.cend(), [&](const Annotation *x) {
        return x->start >= p.a.end && x->end <= p.b.start && is(*x, {"ORG", "GPE", "PERSON", "PRODUCT", "FAC", "NORP"});
    });
    const bool amount = is(p.b, {"QUANTITY", "MONEY"});
    if (nameBetween || !(amount || counted.matchView(QStringView(p.c.text).mid(p.b.end, std::min<qsizetype>(40, p.c.text.size() - p.b.end))).hasMatch()))
        return {};
    return m.captured(QStringLiteral("change"));
}

// A group's share of a market told by its brands together ("Transsion brands accounted for about
// 61% of smartphones", "Transsion's Tecno, itel and Infinix brands together shipped 58% of the
// smartphones"), and the shares listed after one that an organisation accounted for ("...,
// Samsung for 12% and Honor for under 3%").
bool groupShare(const Pair &p)
{
    static const RE brands(QStringLiteral(R"(^(?:['’]s\s+[^.;:%]{0,60}?\s+|\s+)brands?\b(?:\s+[^.;:%]{0,60}?)?\s+(?:together\s+|combined\s+)?)"
                                          R"((?:held|had|shipped|sold|accounted\s+for|took|made\s+up|controlled|captured)\s+$)"));
    static const RE ofAMarket(QStringLiteral(R"(^\s+of\s+[^.;:%]{0,40}?\b(?:market|smartphones|phones|shipments|sales|handsets)\b)"));
    // (not the last of a list of brands: "Tecno, itel and Infinix brands together shipped")
    static const RE listedBefore(QStringLiteral(R"(\b(?:and|or)\s+$)"));
    static const RE forShare(QStringLiteral(R"(^\s+for\s+$)"));
    static const RE accountedBefore(QStringLiteral(R"(\baccount(?:s|ed)?\s+for\s+[^.;:]*%[^.;:]*(?:,|\band)\s+(?:the\s+)?$)"));
    const QString &text = p.c.text;
    const int from = std::max(p.c.sentence.start, p.a.start - 8);
    if (brands.match(p.gap).hasMatch())
        return ofAMarket.matchView(QStringView(text).mid(p.b.end, std::min<qsizetype>(60, text.size() - p.b.end))).hasMatch()
            && !listedBefore.matchView(QStringView(text).mid(from, p.a.start - from)).hasMatch();
    return forShare.match(p.gap).hasMatch()
        && accountedBefore.matchView(QStringView(text).mid(p.c.sentence.start, p.a.start - p.c.sentence.start)).hasMatch();
}

// A team's points told by its place in the table ("Bobo are fourth on 35", "Aris stay fifth on
// 38") or by the win that took it there ("The win took SONIDEP to 31 points", "lifts the ..., as
// PAOK are known, to 52 points"), in a sentence or paragraph about points.
bool tablePlace(const Pair &p)
{
    static const RE place(QStringLiteral(R"(^\s+(?:are|is|stay|stays|sit|sits|remain|remains|lie|lies|were|was|moved|move|climbed|climb|dropped|drop|slipped|fell|rose)\s+)"
                                         R"((?:up\s+|down\s+)?(?:to\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|last|\d{1,2}(?:st|nd|rd|th)))"
                                         R"((?:\s+(?:place|in\s+the\s+table))?\s*,?\s+(?:on|with)\s+$)"));
    static const RE tookTo(QStringLiteral(R"(^(?:,[^;:]{1,60}?,|\s+are\s+known\s*,)?\s+to\s+$)"));
    static const RE took(QStringLiteral(R"(\b(?:took|takes|taking|lifted|lifts|lifting|moved|moves|moving|sent|sends|put|puts)\b)"));
    static const RE points(QStringLiteral(R"(\bpoints\b)"));
    const QString &text = p.c.text;
    const QStringView value = QStringView(text).mid(p.b.start, p.b.end - p.b.start);
    const bool pointsNext = value.endsWith(QLatin1String(" points")) || QStringView(text).mid(p.b.end, 8).trimmed().startsWith(QLatin1String("points"));
    if (p.b.label == QLatin1String("QUANTITY") && !value.endsWith(QLatin1String(" points")))
        return false;
    if (tookTo.match(p.gap).hasMatch())
        return pointsNext && took.matchView(QStringView(text).mid(p.c.sentence.start, p.a.start - p.c.sentence.start)).hasMatch();
    if (!place.match(p.gap).hasMatch())
        return false;
    const int from = std::max(0, p.c.sentence.start - 300);
    return pointsNext || points.matchView(QStringView(text).mid(from, p.c.sentence.end - from)).hasMatch();
}

void statistics(const Pair &p)
{
    // "Turkey's annual inflation slowed to", "SK Hynix's operating profit for the July-September
    // quarter rose to", "German industrial production fell", "Nigeria’s inflation, measured by the
    // NBS, rose to".
    // (In lower case: a headline's "Orders Vodafone Idea to Pay" names no measure. A verb is no
    // part of one: "New York said weak growth would".) "Germany, where industrial output has fallen",
    // "Huawei had a market share of".
    static const RE measure(QStringLiteral(R"(^(?:\s+|['’]s?\s+|,\s+where\s+)(?:(?:has|have|had|holds?|held)\s+(?:a|an|the)\s+)?(?<measure>(?:(?!(?:said|says|told|would|will|could|may|might|has|have|had|is|was|were|are|and|but|that|which|who|where|to)\b)[\p{Ll}-]+\s+){0,3}?%1)\b)"
                                           R"((?<rest>[^.;:,]*?(?:,[^;:,]{1,70},[^.;:,]*?|,\s+which\s+[^.;:,]*?)?)$)")
                                .arg(MeasureHeads));
    static const RE movement(QStringLiteral("\\b(?:rose|rise|rises|fell|fall|falls|jumped|gained|dropped|slipped|climbed|added|lost|reached|cut|"
                                            "increased|decreased|grew|was|were|is|of|at|to|by|had|has|more than doubled|valued|"
                                            "contracted|expanded|slowed|accelerated|widened|narrowed|eased|surged|slumped|declined|risen|fallen)\\b"),
                             RE::CaseInsensitiveOption);
    // "ORG said (on Monday) (that) (its) MEASURE ... rose": the source's own figure, or one it gives
    // for no other named subject ("The J.League said in a statement that average attendance in the
    // top flight had risen", "Petrobras said its oil and gas output rose").
    static const RE sourceSaid(QStringLiteral(R"(^\s*(?:\([^)]{1,20}\)\s*)?(?:,[^;:]{1,80}?,\s*)?(?:said|says|reported)\s+(?:in a (?:statement|filing|report)\s+|(?:on|last|this|in)\s+\w+\s+)?)"
                                             R"((?:that\s+)?(?:its\s+)?(?<measure>(?:[\p{L}-]+\s+){0,4}?%1)\b(?<rest>[^.;:,]{0,60}?)\s+(?:(?:has|have|had)\s+)?%2\s+)"
                                             R"((?:to\s+|by\s+|(?<level>[\d.,]+\s*(?:%|per\s+cent)\s+(?:[^.;:,%]{0,30}?\s+)?to\s+))?(?:a record\s+)?$)")
                                  .arg(MeasureHeads, ChangeVerbs),
                              RE::CaseInsensitiveOption);
    // A value after "from" is the earlier one ("fell to 41% from 66%").
    static const RE earlier(QStringLiteral(R"(\bfrom\s+(?:a record\s+)?$)"));
    // A change and then the level reached: a fact for each when the level is an amount of money
    // or a percentage ("rose 22% to a record $16.6 billion"), else the change alone ("rose 11% to
    // 2.9 million barrels a day").
    static const RE changeThenLevel(QStringLiteral(R"(%[^,;:]{0,40}?\bto\s+(?:a record\s+|a\s+)?$)"));
    // "Persimmon gained", "Shares in PayVeda, which listed in 2024, rose", "UniCredit up",
    // "industrial output has fallen".
    // An index: "Istanbul's BIST 100 index rose 1.8% to 10,872 points", "the DAX index closed 1.4% lower at".
    static const RE moved(QStringLiteral("^(?:\\s*,[^;:]{1,90}?,|\\s*,\\s+which)?\\s+(?:shares\\s+)?(?<index>(?:(?:stock|benchmark|share|composite)\\s+)?index(?:\\s+of(?:\\s+the)?(?:\\s+[\\p{L}&.-]+){1,6}?)?(?:,\\s+which)?\\s+)?(?:(?:has|have|had)\\s+)?"
                                         "(?<change>rose|risen|fell|fallen|jumped|gained|dropped|slipped|climbed|added|lost|surged|slumped|declined|grew|"
                                         "(?:(?:was|were|is|are)\\s+)?(?:up|down)|(?<closed>closed|ended|finished))\\s+(?:to\\s+|by\\s+|(?<level>[\\d.,]+\\s*(?:%|per\\s+cent)\\s+to\\s+))?(?:a record\\s+)?$"),
                          RE::CaseInsensitiveOption);
    // "PayVeda handles about 14% of", "Japan has about 4.4 million people", "Adéwálé ... scored 19
    // goals", "Galatasaray lead the Süper Lig with 42 points", "killing at least 14 people".
    // ("Cyclone Ana has killed at least 20 people", "Chad has recorded 14 cases", "Lumen operates
    // 2 gigawatts of")
    // A description may stand between the name and its verb ("Najd, founded in Riyadh in 2009, runs
    // 31 warehouses", "X (EMA) recorded 136 shortages"; an age, "Kari, 24, has"; not a place's place: "Dos Bocas, Tabasco,"),
    // and "an average of" before the value.
    static const RE holds(QStringLiteral("^(?:\\s*,\\s+(?:which|who)\\s+|\\s*,\\s+(?=[^,]*?(?:\\b\\p{Ll}|\\d))[^,;:()“”\"]{1,90}?,\\s+|\\s*\\([^)]{1,12}\\)\\s+|\\s+)(?:(?:now|still|also|so far)\\s+)?"
                                         "(?:(?:has|have|had)\\s+(?:(?:now|already|so far)\\s+)?(?=\\p{Ll}+ed\\s|sold\\s|spent\\s|built\\s|lent\\s))?"
                                         "(?<change>has|have|had|handles|handled|supplies|supplied|holds|held|controls|controlled|"
                                         "accounts for|accounted for|sold|scored|netted|killing|killed|employs|employed|recorded|reported|"
                                         "operates|operated|cancelled|canceled|runs|run|produced|produces|delivered|delivers|carried|carries|"
                                         "disbursed|lent|built|installed|pumped|polled|processed|spent|received|shipped|ships|counts|counted|"
                                         // "Endcash, which says it has about 150,000 users": its own count
                                         "(?:says|said)\\s+(?:it|they)\\s+(?:has|have|had))\\s+"
                                         "(?:(?:an?\\s+)?(?:average|total|combined|net)\\s+of\\s+)?$"));
    // (a word or two may describe what is counted: "2.3 million active users", "136 critical
    // shortages"; any plural names it, not a span of time)
    static const RE counted(QStringLiteral("^\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:people|goals|points|votes|copies|jobs|workers|employees|customers|users|subscribers|homes|deaths|children|"
                                           "passengers|visitors|tonnes|cases|seats|units|flights|households|members|wallets|stores|branches|pharmacies|"
                                           "(?!(?:this|his|its|was|has|is|as|us|times|years|months|weeks|days|hours|minutes|seconds|percent|ties)\\b)\\p{Ll}{3,}s)\\b"));
    static const RE withPoints(QStringLiteral("^(?:\\s*,[^;:]{1,60}?,)?\\s+(?:lead|leads|led|top|tops|topped|are|is|sit|sits)\\b[^.;:,]{0,40}\\bwith\\s+$"));
    // "approved the budget on Friday by 159 votes to 42", "voting 54-39".
    static const RE votes(QStringLiteral("^[^.;:]{0,80}?\\b(?:by\\s+|voting\\s+)$"));
    const QString &text = p.c.text;
    // The fact with the value, its unit and the sentence's date (the first after the value, or
    // the last before it).
    const auto add = [&](const QString &predicate, const QString &rule, double confidence) {
        Fact f = p.c.make(QStringLiteral("statistic"), p.a, predicate, rule, confidence);
        f.objectText = spanText(text, p.b);
        f.value = f.objectText;
        if (p.b.label == QLatin1String("PERCENT"))
            f.unit = QStringLiteral("%");
        for (const Annotation *x : p.in) {
            if (x->label == QLatin1String("DATE")) {
                f.time = spanText(text, *x);
                if (x->start > p.b.end)
                    break;
            }
        }
        p.c.facts.append(f);
    };
    if (!is(p.a, {"ORG", "GPE", "FAC", "PRODUCT", "NORP", "PERSON", "EVENT"}) || text.mid(p.a.end, 1) == QLatin1String("-"))
        return;
    // An organisation's own figures, which may follow a long description or come in a second
    // clause: the only rules for a long gap.
    const auto ownFigures = [&]() -> bool {
        if (!is(p.a, {"ORG"}) || !is(p.b, {"PERCENT", "MONEY", "QUANTITY"}) || earlier.match(p.gap).hasMatch())
            return false;
        // A second clause of the same subject: "Kaisheng’s revenue rose 19% ..., and its gross margin
        // widened to 31.4%" (no other name between).
        static const RE itsClause(QStringLiteral(R"((?:,|;|\band|\bwhile)\s+its\s+(?<measure>(?:[\p{L}-]+\s+){0,3}?%1)\b(?<rest>[^.;:,]{0,40}?)\s+(?:(?:has|have|had)\s+)?)"
                                                 R"((?<change>%2)\s+(?:to\s+|by\s+)?(?:a record\s+)?$)")
                                      .arg(MeasureHeads, ChangeVerbs),
                                  RE::CaseInsensitiveOption);
        if (isClauseSubject(p) && !p.gap.contains(QLatin1String(" said"))
            && std::none_of(p.in.cbegin(), p.in.cend(), [&](const Annotation *x) { return x->start >= p.a.end && x->end <= p.b.start && is(*x, {"ORG", "GPE", "PERSON", "PRODUCT"}); })) {
            if (const auto ic = itsClause.match(p.gap); ic.hasMatch()) {
                add(QString(ic.captured(QStringLiteral("measure")) + ic.captured(QStringLiteral("rest")) + QLatin1Char(' ') + ic.captured(QStringLiteral("change"))).simplified(),
                    QStringLiteral("fact.statistic.its-clause"), 0.55);
                return true;
            }
        }
        // (a place in the measure is what it is of: "Statistics Mauritius said headline inflation in
        // Mauritius eased to 3.1%")
        const auto placeIn = [&](const QRegularExpressionMatch &said) {
            const int from = p.a.end + int(said.capturedStart(QStringLiteral("measure"))), to = p.a.end + int(said.capturedEnd(QStringLiteral("rest")));
            return std::any_of(p.in.cbegin(), p.in.cend(), [&](const Annotation *x) { return x->start >= from && x->end <= to && is(*x, {"GPE", "FAC"}); });
        };
        if (const auto said = sourceSaid.match(p.gap);
            said.hasMatch() && (!said.hasCaptured(QStringLiteral("level")) || isAggregate(p.c.text, p.b)) && !placeIn(said)) {
            add(QString(said.captured(QStringLiteral("measure")) + said.captured(QStringLiteral("rest"))).simplified(), QStringLiteral("fact.statistic.source"), 0.6);
            return true;
        }
        return false;
    };
    if (p.gap.size() > 100) {
        ownFigures();
        return;
    }
    const QStringView after = QStringView(text).mid(p.b.end, std::min<qsizetype>(40, text.size() - p.b.end));
    // "Consumer inflation in Poland eased to 2.9%", "Turnout in Tamil Nadu was 71.4%", "Passenger
    // traffic at Kigali International Airport rose 14% to 1.3 million", "tourist
    // arrivals in Montenegro rose 9 per cent to 2.6 million", "microfinance loans in Cambodia
    // reached $6.8 billion": the measure before the place or the ground it is of. A change and
    // the count or amount it reached are told by the level alone.
    static const RE measureAt(QStringLiteral(R"(\b(?<measure>(?:(?!(?:said|says|that|reported)\b)[\p{L}-]+\s+){0,2}?%1)\s+(?:in|at)\s+(?:the\s+)?$)").arg(MeasureHeads), RE::CaseInsensitiveOption);
    static const RE movedToLevel(QStringLiteral(R"(^\s+(?:(?:has|have|had)\s+)?(?<change>%1)\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|more\s+than\s+)?[\d.,]+\s*(?:%|per\s+cent)\s+to\s+(?:a\s+record\s+)?$)").arg(ChangeVerbs));
    static const RE levelFollows(QStringLiteral(R"(^\s+to\s+(?:a\s+record\s+)?(?:about\s+|almost\s+|nearly\s+|more\s+than\s+)?\S*\d)"));
    if (is(p.a, {"GPE", "FAC"}) && is(p.b, {"PERCENT", "MONEY", "CARDINAL", "QUANTITY"}) && !p.gap.contains(QLatin1Char(','))) {
        const int from = std::max(p.c.sentence.start, p.a.start - 60);
        // (a ground's crowd: venueAttendance())
        if (const auto mi = measureAt.matchView(QStringView(text).mid(from, p.a.start - from));
            mi.hasMatch() && !(p.a.label == QLatin1String("FAC") && mi.captured(QStringLiteral("measure")).endsWith(QLatin1String("attendance"), Qt::CaseInsensitive))) {
            static const RE moveOrLevel(QStringLiteral(R"(^\s+(?:(?:has|have|had)\s+)?(?<change>%1|was|were|is|are|stood\s+at|stands\s+at|reached|hit|totalled|totaled)\s+(?:to\s+|at\s+|by\s+)?(?:a\s+record\s+)?$)").arg(ChangeVerbs));
            const auto toLevel = p.b.label == QLatin1String("PERCENT") ? QRegularExpressionMatch() : movedToLevel.match(p.gap);
            const auto movedHere = moveOrLevel.match(p.gap);
            const bool levelNext = p.b.label == QLatin1String("PERCENT") && levelFollows.matchView(after).hasMatch()
                && !QStringView(text).mid(p.b.end, 40).contains(QLatin1Char('%'));
            const QRegularExpressionMatch &told = toLevel.hasMatch() ? toLevel : movedHere;
            if (told.hasMatch() && !levelNext) {
                add(mi.captured(QStringLiteral("measure")).toLower() + QLatin1Char(' ') + told.captured(QStringLiteral("change")), QStringLiteral("fact.statistic.measure-in"), 0.6);
                return;
            }
            if (told.hasMatch())
                return; // the level reached tells it
        }
    }
    if (is(p.a, {"FAC"}))
        return;
    if (is(p.a, {"ORG"}) && is(p.b, {"CARDINAL", "PERCENT"}) && ownPeople(p, add))
        return;
    if (is(p.a, {"PERSON", "ORG"}) && describedFollowing(p)) {
        add(QStringLiteral("followers"), QStringLiteral("fact.statistic.following"), 0.55);
        return;
    }
    // (the sentence's subject, a few words of description before it at most: "State miner SNIM")
    static const RE describedSubject(QStringLiteral(R"(^\s*(?:(?!(?:by|of|in|with|at|for|from|to|and)\b)[\p{L}’'-]+\s+){1,3}$)"));
    if (is(p.a, {"ORG"}) && is(p.b, {"CARDINAL", "QUANTITY", "MONEY"})
        && (isClauseSubject(p) || describedSubject.matchView(QStringView(text).mid(p.c.sentence.start, p.a.start - p.c.sentence.start)).hasMatch())) {
        if (const QString verb = secondVerbCount(p); !verb.isEmpty()) {
            add(verb, QStringLiteral("fact.statistic.second-verb"), 0.5);
            return;
        }
    }
    if (is(p.a, {"ORG"}) && p.b.label == QLatin1String("PERCENT") && groupShare(p)) {
        add(QStringLiteral("market share"), QStringLiteral("fact.statistic.group-share"), 0.55);
        return;
    }
    if (is(p.a, {"ORG"}) && is(p.b, {"CARDINAL", "QUANTITY"}) && tablePlace(p)) {
        add(QStringLiteral("points"), QStringLiteral("fact.statistic.table-place"), 0.55);
        return;
    }
    if (is(p.b, {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}) && !is(p.a, {"NORP"})) {
        // ("TEGUCIGALPA, Oct 21 - Hurricane Oriana tore ..., killing": a dateline's place is no subject)
        const auto h = p.gap.contains(QLatin1String(" - ")) || p.gap.contains(u" – ") || p.gap.contains(u" — ") ? QRegularExpressionMatch() : holds.match(p.gap);
        const bool countedThing = counted.matchView(after).hasMatch() || is(p.b, {"PERCENT", "MONEY", "QUANTITY"});
        // A storm's toll told after its path: "Cyclone Tavita tore across southern Vanuatu on
        // Wednesday, killing at least six people".
        static const RE tollAfterPath(QStringLiteral(R"(^\s+\p{Ll}[^.;:,]{0,80}?,\s+(?<change>killing|leaving)\s+$)"));
        static const RE people(QStringLiteral(R"(^\s+(?:people|residents|villagers|fishermen|children)\b)"));
        if (p.a.label == QLatin1String("EVENT") && p.b.label == QLatin1String("CARDINAL") && !p.gap.contains(QLatin1String(" - ")) && people.matchView(after).hasMatch()) {
            if (const auto t = tollAfterPath.match(p.gap); t.hasMatch() && (t.captured(QStringLiteral("change")) == QLatin1String("killing") || after.contains(QLatin1String(" dead")))) {
                add(QStringLiteral("deaths"), QStringLiteral("fact.statistic.toll"), 0.55);
                return;
            }
        }
        const bool points = withPoints.match(p.gap).hasMatch()
            && (after.trimmed().startsWith(QLatin1String("points")) || (p.b.label == QLatin1String("QUANTITY") && spanText(text, p.b).endsWith(QLatin1String(" points"))));
        // ("the ZPM’s Lalnunmawii Khiangte beat the MNF’s Zosangliana Varte by 1,204 votes": the
        // candidate's margin, not the parties'; "X, the youngest candidate, was leading the seat by 212 votes")
        static const RE possessiveOfPerson(QStringLiteral(R"(^['’]s\s)"));
        static const RE winnerBy(QStringLiteral(R"(^(?:,[^;:]{1,80}?,)?\s+(?:(?:was|is)\s+)?(?:beat|defeated|won|leading|led|leads|kept|held)\b[^.;:]{0,80}?\bby\s+$)"));
        const bool personBesideOwner = p.a.label == QLatin1String("ORG") && possessiveOfPerson.match(p.gap).hasMatch();
        const auto personBetween = [&p]() {
            return std::any_of(p.in.cbegin(), p.in.cend(),
                               [&p](const Annotation *x) { return x->start >= p.a.end && x->end <= p.b.start && x->label == QLatin1String("PERSON"); });
        };
        // (the one beaten may stand between: "X beat the MNF’s Y by")
        const bool candidateMargin = is(p.a, {"PERSON"}) && winnerBy.match(p.gap).hasMatch()
            && (p.gap.contains(QLatin1String("beat ")) || p.gap.contains(QLatin1String("defeated ")) || !personBetween());
        const bool cardinal = p.b.label == QLatin1String("CARDINAL");
        const bool voted = cardinal && after.trimmed().startsWith(QLatin1String("votes"))
            ? (is(p.a, {"ORG"}) && !personBesideOwner && votes.match(p.gap).hasMatch()) || candidateMargin
            : cardinal && is(p.a, {"ORG"}) && votes.match(p.gap).hasMatch() && spanText(text, p.b).contains(QLatin1Char('-'));
        // Seats in a chamber: "HDZ won 59 of the 151 seats", "The JMM alone won 31 seats", "holds
        // 159 of the 225 seats", and the list that follows such a count in its sentence: "took 41 seats
        // and Možemo, ..., took 19", "The MPP holds 68 seats, the DP 42".
        static const RE seatsVerb(QStringLiteral(R"(^(?:\s+party)?(?:\s*\([^)]{1,12}\))?(?:\s+and\s+its\s+allies)?(?:,[^;:,]{1,60},|,\s+which)?\s+(?:alone\s+|now\s+|also\s+)?(?:(?:has|have|had|would|will|could)\s+)?(?<change>won|win|take|wins|took|takes|taking|winning|secured|secures|holds|hold|held|kept|keeps|gained|gains|controls|control|(?:leading|led|leads|ahead)\s+in|(?:fell|dropped|slipped|rose|climbed|jumped)\s+to)\s+$)"));
        static const RE seatsAfter(QStringLiteral(R"(^(?:\s+of\s+(?:the\s+|[\p{Lu}][\p{L} -]{0,30}?[’']s\s+)[\d,]+)?\s+(?:[\p{Ll}-]+\s+)?seats\b)"));
        // (a short name in brackets may have brackets of its own: "(CPI(M))")
        static const RE listedSeats(QStringLiteral(R"(^(?:\s+party)?(?:\s*\((?:[^()]|\([^()]{1,4}\)){1,12}\))?\s*$)"));
        if (p.b.label == QLatin1String("CARDINAL") && is(p.a, {"ORG"})) {
            const auto sv = seatsVerb.match(p.gap);
            const bool seatsNext = seatsAfter.matchView(after).hasMatch();
            // (the count may be the sentence before's, in the same paragraph: "The SKM won 24 of
            // the 32 seats ... . The SDF took five, the CAP-S two and the BJP one.")
            int from = p.c.sentence.start;
            if (from >= 2 && text.at(from - 1) != QLatin1Char('\n')) {
                const qsizetype paragraph = text.lastIndexOf(QLatin1Char('\n'), from - 1);
                const qsizetype stop = text.lastIndexOf(QLatin1String(". "), from - 3);
                from = int(std::max({paragraph + 1, stop + 2, qsizetype(from - 400)}));
            }
            const QStringView before = QStringView(text).mid(from, p.a.start - from);
            static const RE seatsBefore(QStringLiteral(R"(\d\s+(?:of\s+the\s+[\d,]+\s+)?seats\b)"));
            const bool listed = !seatsNext && (sv.hasMatch() || listedSeats.match(p.gap).hasMatch()) && seatsBefore.matchView(before).hasMatch();
            if ((sv.hasMatch() && seatsNext) || listed) {
                add(QStringLiteral("seats"), QStringLiteral("fact.statistic.seats"), 0.6);
                return;
            }
            // The points of a table listed after a team's: "Sochaux now have 31 points from 14
            // matches, Nancy 20".
            static const RE pointsBefore(QStringLiteral(R"(\d\s+points\b[^.;:]*(?:,|\band)\s+(?:the\s+)?$)"));
            if (listedSeats.match(p.gap).hasMatch() && pointsBefore.matchView(before).hasMatch()) {
                add(QStringLiteral("points"), QStringLiteral("fact.statistic.listed-points"), 0.55);
                return;
            }
        }
        if ((h.hasMatch() && countedThing && (p.a.label != QLatin1String("EVENT") || h.captured(QStringLiteral("change")).startsWith(QLatin1String("kill"))))
            || points || voted) {
            QString change = h.captured(QStringLiteral("change"));
            if (change.startsWith(QLatin1String("say")) || change.startsWith(QLatin1String("said")))
                change = change.section(QLatin1Char(' '), -1); // "says it has": has
            add(voted ? QStringLiteral("votes") : points ? QStringLiteral("points") : change, QStringLiteral("fact.statistic.count"), 0.6);
            return;
        }
    }
    if (!is(p.a, {"ORG", "GPE", "PRODUCT", "NORP"}) || !is(p.b, {"PERCENT", "MONEY", "QUANTITY"}) || earlier.match(p.gap).hasMatch())
        return;
    const QStringView beforeSubject = QStringView(text).mid(p.c.sentence.start, p.a.start - p.c.sentence.start);
    // "The SEMDEX index of the Stock Exchange of Mauritius rose", "the BELEX15 index of leading
    // Belgrade shares rose": the index moved, not the name that describes it.
    static const RE describesIndex(QStringLiteral(R"(\bindex\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$)"));
    if (describesIndex.matchView(beforeSubject).hasMatch())
        return;
    // A party's share of the vote: "PSD ..., with 27.4% of the vote", "AUR was second with 21.9%",
    // "ahead of the PNL on 14.2% and USR on 11.6%", in a sentence about votes.
    static const RE voteShare(QStringLiteral(R"(^(?:\s*\([^)]{1,12}\))?(?:\s+(?:was|is|were|are|came|finished|stood|ended|took|won|had|got|polled|received|secured))?)"
                                             R"((?:\s+(?:first|second|third|fourth|fifth|last))?\s*,?\s+(?:with|on|at)\s+$)"));
    static const RE aboutVotes(QStringLiteral(R"(\b(?:vote|votes|voters|ballots?|election|polling|polls?|counted)\b)"));
    // ("while the TVK took 19.8%"; "PS was on course to win Saturday's election with 23.4% of the vote")
    static const RE tookShare(QStringLiteral(R"(^(?:\s*\([^)]{1,12}\))?\s+(?:took|won|got|polled|received|secured)\s+$)"));
    static const RE withOfTheVote(QStringLiteral(R"(^(?:\s*\([^)]{1,12}\))?\s+(?:was|is|were|are|led|leads|was\s+leading|finished|came)\s+[^.;:%,]{0,100}?,?\s+with\s+$)"));
    const bool ofTheVote = QStringView(text).mid(p.b.end, 24).trimmed().startsWith(QLatin1String("of the vote"));
    // (the sentence before may tell the votes: "..., with 27.4% of the vote, the bureau said. AUR
    // was second with 21.9%, ahead of the PNL on 14.2%")
    const auto aboutVotesHere = [&] {
        const int from = std::max<int>(p.c.sentence.start - 300, 0);
        return aboutVotes.matchView(QStringView(text).mid(from, p.c.sentence.end - from)).hasMatch();
    };
    if (p.b.label == QLatin1String("PERCENT") && is(p.a, {"ORG"})
        && (voteShare.match(p.gap).hasMatch() || tookShare.match(p.gap).hasMatch() || (ofTheVote && withOfTheVote.match(p.gap).hasMatch()))
        && aboutVotesHere()
        && !QStringView(text).mid(p.b.end, 12).trimmed().startsWith(QLatin1String("of the seats"))) {
        add(QStringLiteral("vote share"), QStringLiteral("fact.statistic.vote-share"), 0.6);
        return;
    }
    // A product's price: "The Magic 9 starts at 4,499 yuan", "will reach Europe in January at 1,299
    // euros", "pricing the Pro at".
    static const RE price(QStringLiteral(R"(^(?:,[^;:]{1,60},)?\s+(?:(?:will|would)\s+)?(?:start|starts|started|sell|sells|sold|cost|costs|retail|retails|)"
                                         R"((?:is|are|was|were|will be)\s+priced|go(?:es)?\s+on\s+sale|went\s+on\s+sale|reach|reaches|arrive|arrives)\b)"
                                         R"([^.;:,]{0,40}?\b(?:at|for|from)\s+(?:about\s+|around\s+)?$)"));
    // ("The Vibe 2 costs 219,000 kwacha"; the list after a price: "and the Vibe 2 Pro 289,000
    // kwacha", "the 90 Pro at 4,499 riyals and the Ultra at 6,199 riyals", "pricing the Pro at
    // 3,999 dirhams and the cheaper 16R at 2,199 dirhams")
    static const RE costs(QStringLiteral(R"(^(?:,[^;:]{1,60},)?\s+(?:costs?|retails?|sells?)\s+(?:for\s+)?(?:about\s+|around\s+)?$)"));
    static const RE listedPrice(QStringLiteral(R"(^\s+(?:at\s+|for\s+)?$)"));
    static const RE pricedBefore(QStringLiteral(R"(\b(?:costs?|cost|pricing|starts?\s+at|started\s+at|priced\s+at|sells?\s+for|retails?\s+(?:at|for))\s[^.;:]*(?:,|\band)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$)"));
    static const RE pricing(QStringLiteral(R"(\bpricing\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$)"));
    if (p.b.label == QLatin1String("MONEY") && is(p.a, {"PRODUCT"})
        && (price.match(p.gap).hasMatch() || costs.match(p.gap).hasMatch()
            || (listedPrice.match(p.gap).hasMatch() && (pricedBefore.matchView(beforeSubject).hasMatch() || (p.gap.contains(QLatin1String("at")) && pricing.matchView(beforeSubject).hasMatch()))))) {
        add(QStringLiteral("price"), QStringLiteral("fact.statistic.price"), 0.6);
        return;
    }
    // A list after a share: "Samsung had 14% and Xiaomi 9%", "Royal Air Maroc held 61% ... and Air
    // Arabia Maroc 24%".
    static const RE listed(QStringLiteral(R"((?:,|\band)\s+(?:the\s+)?$)"));
    static const RE shareBefore(QStringLiteral(R"(\d%)"));
    if (p.b.label == QLatin1String("PERCENT") && is(p.a, {"ORG"}) && p.gap.trimmed().isEmpty() && listed.matchView(beforeSubject).hasMatch()
        && shareBefore.matchView(beforeSubject).hasMatch()) {
        add(QStringLiteral("share"), QStringLiteral("fact.statistic.listed-share"), 0.55);
        return;
    }
    // A central bank's rate: the move by basis points ("cut its main interest rates by 200 basis
    // points", "has raised its rate by 400 basis points since March"), the level it moved to ("by
    // 50 basis points to 15.25%"), or the level it kept ("kept its main interest rate at 5.75%").
    // A country's central bank speaks for the country ("Brazil’s central bank raised ..."); a
    // short name set off by commas is the bank's ("Argentina’s central bank, the BCRA, cut ...").
    // (the level a rate moved to tells the move: "cut its key rate by 25 basis points to 4.25%")
    static const RE levelAfterMove(QStringLiteral(R"(^\s+to\s+(?:a\s+record\s+)?[\d.]+\s*(?:%|per\s+cent))"));
    static const QString rateSubject = QStringLiteral(R"(^(?:\s*\([^)]{1,12}\))?(?:['’]s\s+central\s+bank)?,?\s+(?:(?:has|have|had|also|on\s+\w+)\s+)*)");
    static const RE rateMove(rateSubject + QStringLiteral(R"((?<change>cut|cuts|raised|raises|lowered|lowers|hiked|hikes|reduced|reduces)\s+)"
                                                          R"((?:its|their)\s+(?<measure>(?:[\p{L}-]+\s+){0,3}?rates?)\s+by\s+$)"));
    static const RE rateLevel(rateSubject + QStringLiteral(R"((?:(?<change>cut|cuts|raised|raises|lowered|lowers|hiked|hikes|reduced|reduces)\s+)"
                                                           R"((?:its|their)\s+(?<measure>(?:[\p{L}-]+\s+){0,3}?rates?)\s+by\s+[\d.]+\s+(?:basis|percentage)\s+points?\s+to|)"
                                                           R"((?<held>kept|keeps|held|holds|left|leaves|maintained|maintains)\s+)"
                                                           R"((?:its|their)\s+(?<heldMeasure>(?:[\p{L}-]+\s+){0,3}?rates?)\s+(?:unchanged\s+|steady\s+)?at)\s+$)"));
    // (not the short form in brackets after the name: the name tells the fact)
    const bool bracketed = p.a.start > 0 && text.at(p.a.start - 1) == QLatin1Char('(');
    const bool central = QStringView(text).mid(p.a.end, 16).startsWith(u"’s central bank") || QStringView(text).mid(p.a.end, 16).startsWith(u"'s central bank");
    if (is(p.a, {"ORG"}) || (central && is(p.a, {"GPE"}))) {
        if (const auto rm = p.b.label == QLatin1String("QUANTITY") && p.gap.contains(QLatin1String("rate")) ? rateMove.match(p.gap) : QRegularExpressionMatch();
            rm.hasMatch() && !bracketed && spanText(text, p.b).endsWith(QLatin1String("basis points")) && !levelAfterMove.matchView(after).hasMatch()) {
            add(rm.captured(QStringLiteral("measure")) + QLatin1Char(' ') + rm.captured(QStringLiteral("change")), QStringLiteral("fact.statistic.rate"), 0.65);
            return;
        }
        if (const auto rl = p.b.label == QLatin1String("PERCENT") && p.gap.contains(QLatin1String("rate")) ? rateLevel.match(p.gap) : QRegularExpressionMatch();
            rl.hasMatch() && !bracketed) {
            const bool held = rl.hasCaptured(QStringLiteral("held"));
            add(rl.captured(held ? QStringLiteral("heldMeasure") : QStringLiteral("measure")) + QLatin1Char(' ')
                    + rl.captured(held ? QStringLiteral("held") : QStringLiteral("change")),
                QStringLiteral("fact.statistic.rate"), 0.65);
            return;
        }
    }
    // A country's bond yields: "yields on Norway’s 10-year bonds rose 12 basis points", "Yields on
    // Chilean peso bonds due in 2033 fell 9 basis points to 5.4%" (the level, when it is told).
    static const RE yieldsOn(QStringLiteral(R"(\b[Yy]ields?\s+on\s+(?:the\s+)?$)"));
    static const RE bondsMoved(QStringLiteral(R"(^(?:['’]s)?\s+(?:[\p{L}\d-]+\s+){0,3}?(?:government\s+)?bonds?(?:\s+due\s+(?:in\s+)?\d{4})?\s+(?:(?:has|have|had)\s+)?)"
                                              R"((?<change>rose|risen|fell|fallen|climbed|jumped|dropped|eased|slipped|surged|gained|declined)\s+)"
                                              R"((?:[\d.]+\s+basis\s+points\s+)?(?:to\s+(?:a\s+record\s+)?)?$)"));
    const int yieldsFrom = std::max(p.c.sentence.start, p.a.start - 16);
    if (is(p.a, {"GPE", "NORP"}) && p.gap.size() < 80 && yieldsOn.matchView(QStringView(text).mid(yieldsFrom, p.a.start - yieldsFrom)).hasMatch()) {
        if (const auto bm = bondsMoved.match(p.gap); bm.hasMatch()) {
            static const RE levelNext(QStringLiteral(R"(^\s+to\s+(?:a\s+record\s+)?[\d.]+\s*%)"));
            if (!levelNext.matchView(QStringView(text).mid(p.b.end, std::min<qsizetype>(24, text.size() - p.b.end))).hasMatch())
                add(QStringLiteral("bond yields ") + bm.captured(QStringLiteral("change")), QStringLiteral("fact.statistic.yields"), 0.6);
            return;
        }
    }
    // An index's level in points is a figure of its own ("rose 0.8% to 2,318 points").
    const bool indexPoints = p.b.label == QLatin1String("QUANTITY") && spanText(text, p.b).endsWith(QLatin1String(" points")) && p.gap.contains(QLatin1String("index"));
    if (p.b.label != QLatin1String("MONEY") && p.b.label != QLatin1String("PERCENT") && !indexPoints && changeThenLevel.match(p.gap).hasMatch())
        return; // the change tells it
    // Shares of a market: "vivo was China's biggest vendor in the third quarter with an 18% share",
    // "Asus led the market with 31.5%, followed by Acer with 24.2% and Apple with 14%".
    static const RE leads(QStringLiteral(R"(^(?:,[^;:]{1,80}?,)?\s+(?:is|was|were|are|led|leads|remains|remained)\b[^.;:,%]{0,60}?\bwith\s+(?:an?\s+)?$)"));
    static const RE listedWith(QStringLiteral(R"(^\s+(?:with|at)\s+$)"));
    static const RE listLead(QStringLiteral(R"((?:followed by|\band|,|\bwith|\bahead of|\bbehind)\s*$)"));
    // "with Huawei leading at 18%, followed by vivo at 17%" in a sentence about a market.
    static const RE leadingAt(QStringLiteral(R"(^\s+(?:leading|led|first|top)\s+(?:with|at)\s+$)"));
    static const RE aboutAMarket(QStringLiteral(R"(\b(?:market|shipments|sales|share|smartphones|vendors?|capacity|passengers|traffic)\b)"), RE::CaseInsensitiveOption);
    if (p.b.label == QLatin1String("PERCENT") && is(p.a, {"ORG"})) {
        const int from = std::max(p.c.sentence.start, p.a.start - 20);
        const QStringView sentence = QStringView(text).mid(p.c.sentence.start, p.c.sentence.end - p.c.sentence.start);
        if (leads.match(p.gap).hasMatch()
            || ((listedWith.match(p.gap).hasMatch() || leadingAt.match(p.gap).hasMatch())
                && listLead.matchView(QStringView(text).mid(from, p.a.start - from)).hasMatch() && aboutAMarket.matchView(sentence).hasMatch())) {
            add(QStringLiteral("market share"), QStringLiteral("fact.statistic.share"), 0.6);
            return;
        }
    }
    if (ownFigures())
        return;
    const auto m = measure.match(p.gap);
    // Between commas only an organisation's description ("Vietcombank, the country’s most valuable
    // lender, gained"), not a place's or a source's ("ANAC, ..., said ... up").
    const bool described = p.gap.trimmed().startsWith(QLatin1Char(','));
    const auto mv = moved.match(p.gap);
    // An index's close is told with the level it reached ("closed 1.4% lower at 23,410 points");
    // a move by a change verb needs none ("the MSCI COLCAP stock index rose 1.2%").
    static const RE atPoints(QStringLiteral(R"(^\s*(?:lower|higher|up|down)?\s*,?\s*(?:at|to)\s+[\d,.]+\s+points\b)"));
    static const RE direction(QStringLiteral(R"(^\s+(?:lower|higher|up|down)\b)"));
    const QStringView further = QStringView(text).mid(p.b.end, std::min<qsizetype>(40, text.size() - p.b.end));
    const bool direct = !m.hasMatch() && p.gap.size() < 100 && mv.hasMatch()
        && (!described || (p.a.label == QLatin1String("ORG") && !p.gap.contains(QLatin1String(" said"))))
        && (!mv.hasCaptured(QStringLiteral("index")) || !mv.hasCaptured(QStringLiteral("closed")) || atPoints.matchView(further).hasMatch())
        && (!mv.hasCaptured(QStringLiteral("closed")) || direction.matchView(further).hasMatch())
        && (!mv.hasCaptured(QStringLiteral("level")) || isAggregate(text, p.b) || (indexPoints && mv.hasCaptured(QStringLiteral("index"))));
    if (!(m.hasMatch() && movement.match(m.captured(QStringLiteral("rest"))).hasMatch()) && !direct)
        return;
    // (an index's move is told by the index and the verb, not the words that describe it)
    const bool index = !m.hasMatch() && mv.hasCaptured(QStringLiteral("index"));
    add(m.hasMatch() ? QString(m.captured(QStringLiteral("measure")) + m.captured(QStringLiteral("rest"))).simplified()
        : index      ? (indexPoints ? QStringLiteral("index level ") : QStringLiteral("index ")) + mv.captured(QStringLiteral("change")).simplified()
                     : p.gap.simplified(),
        QStringLiteral("fact.statistic"), 0.65);
}

// "Annual inflation slowed to 35.4% in May, the lowest in three years, according to the Turkish
// Statistical Institute", "Tourist arrivals reached 2.1 million ..., according to X", "Inflation in
// the euro zone was 2.1% in October, Eurostat said": a figure that names no subject of its own
// before its value is the source's.
//
// "Its revenue grew 19% to 1.1 billion riyals", "Its Hong Kong-listed shares rose 4.6%": the
// organisation the sentence before spoke of.
void sourcedStatistics(const Context &c, const Mentions &in, const Annotation *lastOrganisation, int lastOrganisationSentence)
{
    static const RE itsOpening(QStringLiteral(R"(^(?:[^\n–—]{0,60}?\s[-–—]\s+)?(?-i:Its)\s+(?<measure>(?:[\p{L}-]+\s+){0,3}?%1)\b(?<rest>[^.;:,]{0,60}?)\s+(?:(?:has|have|had)\s+)?)"
                                              R"((?<change>%2|reached|was|were|stood at)\s+(?:to\s+|by\s+|at\s+)?(?:a record\s+)?$)")
                                   .arg(MeasureHeads, ChangeVerbs),
                               RE::CaseInsensitiveOption);
    static const RE opening(QStringLiteral(R"(^(?:[^\n–—]{0,60}?\s[-–—]\s+)?(?!(?:its|their|his|her|our)\b)(?<measure>(?:[\p{L}-]+\s+){0,3}?%1)\b(?<rest>[^.;:,]{0,60}?)\s+(?:(?:has|have|had)\s+)?)"
                                           R"((?<change>%2|reached|was|were|stood at|totalled|totaled)\s+(?:to\s+|by\s+|at\s+)?(?:a record\s+)?$)")
                                .arg(MeasureHeads, ChangeVerbs),
                            RE::CaseInsensitiveOption);
    static const RE dateline(QStringLiteral(R"(^[^\n–—]{0,60}?\s[-–—]\s+)"));
    static const RE according(QStringLiteral(R"(,\s+according to\s+(?:(?:data|figures|estimates)\s+(?:from|by)\s+)?(?:the\s+)?$)"));
    static const RE sourceComma(QStringLiteral(R"(,\s+(?:the\s+)?$)"));
    static const RE said(QStringLiteral(R"(^\s*(?:\([^)]{1,20}\)\s*)?said\b)"));
    const QString &text = c.text;
    const QStringView sentence = QStringView(text).mid(c.sentence.start, c.sentence.end - c.sentence.start);
    const auto d = dateline.matchView(sentence);
    const int bodyStart = c.sentence.start + (d.hasMatch() ? int(d.capturedEnd()) : 0);
    const Annotation *value = nullptr;
    for (const Annotation *x : in) {
        if (x->start < bodyStart)
            continue;
        if (is(*x, {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})) {
            value = x;
            break;
        }
        // (a place that describes: "Its Hong Kong-listed shares")
        if (!is(*x, {"DATE", "TIME", "ORDINAL"}) && !(x->label == QLatin1String("GPE") && x->end < text.size() && text.at(x->end) == QLatin1Char('-')))
            return; // a named subject comes first: the pairs tell its figures
    }
    if (!value || value->start - c.sentence.start > 120)
        return;
    // "Revenue climbed 9.4% to 11.8 trillion dong": the change and the amount reached, a fact each
    // (a price's level is no amount of its own: "Shares fell 2% to 305 rupees").
    static const RE thenLevel(QStringLiteral(R"(^[^,;:]{0,40}?\bto\s+(?:a record\s+|a\s+)?$)"));
    const Annotation *level = nullptr;
    for (const Annotation *x : in) {
        if (value->label == QLatin1String("PERCENT") && x->label == QLatin1String("MONEY") && x->start >= value->end && x->start - value->end < 50
            && thenLevel.matchView(QStringView(text).mid(value->end, x->start - value->end)).hasMatch()) {
            level = x;
            break;
        }
    }
    const QStringView lead = QStringView(text).mid(c.sentence.start, value->start - c.sentence.start);
    // Appends the facts of the sentence's figures; returns how many.
    const auto fact = [&](const Annotation &subject, const QRegularExpressionMatch &m, const QString &rule, double confidence) {
        static const RE priced(QStringLiteral(R"(\b(?:share price|shares?|prices?|stock)$)"), RE::CaseInsensitiveOption);
        QList<const Annotation *> told = {value};
        if (level && !priced.match(m.captured(QStringLiteral("measure"))).hasMatch())
            told.append(level);
        for (const Annotation *figure : std::as_const(told)) {
            Fact f = c.make(QStringLiteral("statistic"), subject,
                            QString(m.captured(QStringLiteral("measure")) + m.captured(QStringLiteral("rest")) + QLatin1Char(' ') + m.captured(QStringLiteral("change"))).simplified(),
                            rule, confidence);
            f.objectText = spanText(text, *figure);
            f.value = f.objectText;
            if (figure->label == QLatin1String("PERCENT"))
                f.unit = QStringLiteral("%");
            for (const Annotation *t : in) {
                if (t->label == QLatin1String("DATE") && t->start >= bodyStart) {
                    f.time = spanText(text, *t);
                    break;
                }
            }
            c.facts.append(f);
        }
        return told.size();
    };
    // "It said copper production in the third quarter fell 22% to 31,000 tonnes": the one that
    // speaks is the organisation the sentence before named.
    static const RE itSaid(QStringLiteral(R"(^(?-i:It)\s+(?:also\s+)?(?:said|says|reported)\s+(?:(?:on|last|this|in)\s+\w+\s+)?(?:that\s+)?(?:its\s+)?)"
                                          R"((?<measure>(?:[\p{L}-]+\s+){0,3}?%1)\b(?<rest>[^.;:,]{0,60}?)\s+(?:(?:has|have|had)\s+)?)"
                                          R"((?<change>%2|reached|was|were)\s+(?:to\s+|by\s+|at\s+)?(?:a record\s+)?$)")
                               .arg(MeasureHeads, ChangeVerbs),
                           RE::CaseInsensitiveOption);
    auto its = itsOpening.matchView(lead);
    if (!its.hasMatch())
        its = itSaid.matchView(lead);
    if (its.hasMatch()) {
        if (lastOrganisation) {
            const qsizetype added = fact(*lastOrganisation, its, QStringLiteral("fact.statistic.its"), 0.55);
            // The evidence names the organisation too: from its sentence to this one.
            for (qsizetype k = c.facts.size() - added; k < c.facts.size(); ++k)
                c.facts[k].evidence.first().start = lastOrganisationSentence; // its words come last (Extractor::extract)
        }
        return;
    }
    const auto o = opening.matchView(lead);
    if (!o.hasMatch())
        return;
    for (const Annotation *x : in) {
        if (x->start < value->end || x->label != QLatin1String("ORG"))
            continue;
        if (x->start - value->end > 120)
            break;
        const QStringView between = QStringView(text).mid(value->end, x->start - value->end);
        if (between.contains(QLatin1Char(';')))
            break;
        if (according.matchView(between).hasMatch()
            || (sourceComma.matchView(between).hasMatch() && said.matchView(QStringView(text).mid(x->end, std::min(30, c.sentence.end - x->end))).hasMatch())) {
            fact(*x, o, QStringLiteral("fact.statistic.according-to"), 0.55);
            return;
        }
    }
}

// A share of a place's people or things, and the rain that fell on it: "about 96% of households
// in Dili are connected", "only 23% of public bodies in the South-West region answered", "more
// than 320 millimetres of rain fell on Lenakel", "dropped more than 250 millimetres of rain on
// Sohar".
void placeFigures(const Context &c, const Mentions &in)
{
    static const RE shareOf(QStringLiteral(R"(^\s+of\s+(?:the\s+|all\s+)?(?<what>(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(?:in|at)\s+(?:the\s+)?$)"));
    static const RE clauseOpening(QStringLiteral(R"((?:^|[,;:]\s*|\b(?:that|said|says|while|and|but|only|just|where|whereas)\s+)$)"));
    static const RE rainOn(QStringLiteral(R"(^\s+of\s+(?<what>rain|rainfall|snow)\s+(?:(?:has\s+|had\s+)?fell\s+|fallen\s+|was\s+recorded\s+)?(?:on|in|at|over)\s+(?:the\s+)?$)"));
    const QString &text = c.text;
    for (qsizetype i = 0; i + 1 < in.size(); ++i) {
        const Annotation &value = *in.at(i);
        const bool percent = value.label == QLatin1String("PERCENT");
        if (!percent && value.label != QLatin1String("QUANTITY"))
            continue;
        const Annotation &place = *in.at(i + 1);
        if (!is(place, {"GPE", "FAC"}) || place.start - value.end > 60)
            continue;
        const QString between = text.mid(value.end, place.start - value.end);
        const auto m = percent ? shareOf.match(between) : rainOn.match(between);
        // (a share that is a verb's object is no place's: "cut 40% of flights at Nice", "accounted
        // for about 52% of smartphones shipped in Nigeria")
        const int from = std::max(c.sentence.start, value.start - 12);
        if (percent && !clauseOpening.matchView(QStringView(text).mid(from, value.start - from)).hasMatch())
            continue;
        if (!m.hasMatch())
            continue;
        const QString what = m.captured(QStringLiteral("what"));
        Fact f = c.make(QStringLiteral("statistic"), place, percent ? QStringLiteral("share of ") + what : what, QStringLiteral("fact.statistic.place-share"), 0.55);
        f.objectText = spanText(text, value);
        f.value = f.objectText;
        if (percent)
            f.unit = QStringLiteral("%");
        // (the rain's period may be hours: "in 24 hours")
        for (const Annotation *x : in) {
            if (x->label == QLatin1String("DATE") || (!percent && x->label == QLatin1String("TIME"))) {
                f.time = spanText(text, *x);
                break;
            }
        }
        c.facts.append(f);
    }
}

// A crowd at a ground is the ground's figure: "A crowd of 41,200 ... watched at Eden Park", "in
// front of a crowd of 38,420 at the Estadio Cuauhtemoc", "attendance at the Stade Bonal was
// 17,650", "PAOK said attendance was 27,940, the highest at Toumba", "the 47,500 fans in De Kuip".
void venueAttendance(const Context &c, const Mentions &in)
{
    static const RE crowdOf(QStringLiteral(R"(\b(?:[Cc]rowd|[Aa]ttendance|[Gg]ate)\s+(?:of|was|were|reached|stood at)\s+(?:about\s+|around\s+|some\s+|more than\s+|almost\s+|nearly\s+)?$)"));
    static const RE fansIn(QStringLiteral(R"(^\s+(?:home\s+|away\s+)?(?:fans|spectators|supporters)\s+(?:in|at|inside)\s+(?:the\s+)?$)"));
    static const RE theBefore(QStringLiteral(R"(\b[Tt]he\s+$)"));
    static const RE atVenue(QStringLiteral(R"(\b(?:at|in|inside)\s+(?:the\s+)?$)"));
    static const RE attendanceAt(QStringLiteral(R"(\b[Aa]ttendance\s+(?:at|in)\s+(?:the\s+)?$)"));
    static const RE was(QStringLiteral(R"(^\s+(?:was|were|reached|stood at)\s+(?:about\s+|around\s+|some\s+|more than\s+|almost\s+|nearly\s+)?$)"));
    const QString &text = c.text;
    const auto before = [&](const Annotation &a, int length) {
        const int from = std::max(c.sentence.start, a.start - length);
        return QStringView(text).mid(from, a.start - from);
    };
    for (const Annotation *venue : in) {
        if (venue->label != QLatin1String("FAC"))
            continue;
        for (const Annotation *value : in) {
            if (value->label != QLatin1String("CARDINAL") || std::abs(value->start - venue->start) > 150)
                continue;
            bool attendance = false;
            if (value->start > venue->end) {
                // "attendance at the Stade Auguste-Bonal was 17,650"
                attendance = attendanceAt.matchView(before(*venue, 20)).hasMatch()
                    && was.matchView(QStringView(text).mid(venue->end, value->start - venue->end)).hasMatch();
            } else {
                const QStringView between = QStringView(text).mid(value->end, venue->start - value->end);
                const bool atIt = atVenue.matchView(between).hasMatch() && !between.contains(QLatin1Char(';'));
                // (no other figure or ground between: "a crowd of 41,200, the biggest since 2019,
                // watched at Eden Park")
                const bool nothingBetween = std::none_of(in.cbegin(), in.cend(), [&](const Annotation *x) {
                    return x->start >= value->end && x->end <= venue->start && is(*x, {"CARDINAL", "FAC", "GPE", "ORG"});
                });
                attendance = atIt && nothingBetween
                    && (crowdOf.matchView(before(*value, 40)).hasMatch()
                        || (theBefore.matchView(before(*value, 8)).hasMatch() && fansIn.matchView(between).hasMatch()));
            }
            if (!attendance)
                continue;
            Fact f = c.make(QStringLiteral("statistic"), *venue, QStringLiteral("attendance"), QStringLiteral("fact.statistic.attendance"), 0.6);
            f.objectText = spanText(text, *value);
            f.value = f.objectText;
            for (const Annotation *x : in) {
                if (x->label == QLatin1String("DATE")) {
                    f.time = spanText(text, *x);
                    break;
                }
            }
            c.facts.append(f);
            break;
        }
    }
}

QStringList nameWords(const QString &name)
{
    static const RE separators(QStringLiteral(R"([\s’'-]+)"));
    return name.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

// Whether one name is the other or its words are a part of the other's ("Salzburg", "Red Bull
// Salzburg"; "Samsung", "Samsung Electronics").
bool sameName(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    const QStringList &shorter = a.size() <= b.size() ? a : b;
    const QStringList &longer = a.size() <= b.size() ? b : a;
    return std::all_of(shorter.cbegin(), shorter.cend(), [&](const QString &w) { return longer.contains(w); });
}

// Whether two names of products are one: the brand may be left out before the model ("Pura 90
// Pro", "Huawei Pura 90 Pro"), but a word after it makes another model ("HMD Vibe 2", "HMD Vibe 2
// Pro").
bool sameProduct(const QStringList &a, const QStringList &b)
{
    const QStringList &shorter = a.size() <= b.size() ? a : b;
    const QStringList &longer = a.size() <= b.size() ? b : a;
    return !shorter.isEmpty() && longer.mid(longer.size() - shorter.size()) == shorter;
}

// One more sentence as a fact's evidence, once: two rules may find the same fact in one sentence.
void addEvidence(QList<Evidence> &to, const QList<Evidence> &more)
{
    for (const Evidence &e : more) {
        if (std::none_of(to.cbegin(), to.cend(), [&e](const Evidence &x) { return x.start == e.start && x.end == e.end; }))
            to.append(e);
    }
}

// A headline names the sides shorter than the body ("Salzburg Beat Sturm Graz", "Red Bull Salzburg
// ... a 3-1 win over champions Sturm Graz"): the same relation between the same names is one fact,
// told by its fullest names, with every sentence as evidence. Statistics also need the same value.
// Candidates are found by the first and last word of the subject and only the last few are
// compared, so a long article stays linear.
QList<Fact> mergeShortNames(const QList<Fact> &facts)
{
    QList<Fact> merged;
    QHash<QString, QList<qsizetype>> byWord;
    for (const Fact &f : facts) {
        const bool related = f.kind == QLatin1String("competition") || f.kind == QLatin1String("partnership") || f.kind == QLatin1String("deal")
            || f.kind == QLatin1String("launch") || f.kind == QLatin1String("statistic");
        const QStringList subject = nameWords(f.subjectText);
        if (!related || subject.isEmpty() || f.objectText.isEmpty()) {
            merged.append(f);
            continue;
        }
        const QStringList object = nameWords(f.objectText);
        const QString keys[] = {f.kind + QLatin1Char('|') + subject.first(), f.kind + QLatin1Char('|') + subject.last()};
        qsizetype into = -1;
        for (const QString &key : keys) {
            const QList<qsizetype> &candidates = byWord[key];
            for (qsizetype i = candidates.size() - 1; i >= 0 && i >= candidates.size() - 8 && into < 0; --i) {
                const Fact &g = merged.at(candidates.at(i));
                const bool sameValue = f.kind != QLatin1String("statistic") || g.objectText == f.objectText;
                const bool sameObject = f.kind == QLatin1String("launch") ? sameProduct(nameWords(g.objectText), object) : sameName(nameWords(g.objectText), object);
                if (sameValue && sameName(nameWords(g.subjectText), subject) && sameObject)
                    into = candidates.at(i);
            }
        }
        if (into < 0) {
            for (const QString &key : keys)
                byWord[key].append(merged.size());
            merged.append(f);
            continue;
        }
        Fact &earlier = merged[into];
        const auto length = [](const Fact &x) { return x.subjectText.size() + x.objectText.size(); };
        if (length(f) > length(earlier)) {
            // The fuller names tell the fact; both sentences stay its evidence.
            Fact fuller = f;
            fuller.evidence = earlier.evidence;
            addEvidence(fuller.evidence, f.evidence);
            fuller.confidence = std::max(earlier.confidence, f.confidence);
            if (fuller.value.isEmpty())
                fuller.value = earlier.value;
            if (fuller.time.isEmpty())
                fuller.time = earlier.time;
            earlier = fuller;
            for (const QString &key : keys) {
                if (!byWord[key].contains(into))
                    byWord[key].append(into);
            }
        } else {
            addEvidence(earlier.evidence, f.evidence);
            earlier.confidence = std::max(earlier.confidence, f.confidence);
            if (earlier.value.isEmpty())
                earlier.value = f.value;
        }
    }
    return merged;
}

// The same fact stated twice (headline and body) is one fact with both sentences as evidence.
QList<Fact> mergeRepeats(const QList<Fact> &facts)
{
    QList<Fact> merged;
    QHash<QString, qsizetype> seen;
    for (const Fact &f : facts) {
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                                .arg(f.kind, QString::number(f.subjectEntityId), f.predicate, QString::number(f.objectEntityId), f.objectText, f.value, f.time);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            Fact &earlier = merged[*it];
            addEvidence(earlier.evidence, f.evidence);
            earlier.confidence = std::max(earlier.confidence, f.confidence);
        } else {
            seen.insert(key, merged.size());
            merged.append(f);
        }
    }
    return mergeShortNames(merged);
}

} // namespace

namespace {

// A partner named after the sentence's subject: "Eero Lindqvist, ..., has blocked the ditches
// with help from the state forest company Metsähallitus", "Nestlé ... said ... an app built with
// Hanoi-based FPT Software". (Only the first partner named: "funded by Gavi, with support from
// UNICEF and the WHO" names a helper of the campaign's, not of Gavi's, last.)
void partnersOfTheSubject(const Context &c, const Mentions &in)
{
    // ("through a partnership with the lender X", "under contracts with Y", "sale-and-leaseback
    // deals with the Dublin-based lessor Z": the subject's arrangement with a partner)
    // ("it was working with Digicel Vanuatu to send alerts", "with a loan from the Asian
    // Development Bank", "would start a codeshare with Qantas")
    static const RE cue(QStringLiteral(R"(\b(?:with\s+(?:the\s+)?(?:help|support|funding|financing|backing)\s+(?:of|from)|)"
                                       R"(with\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:loan|grant|credit)\s+from|(?:is|are|was|were|been)\s+working\s+(?:closely\s+)?with|)"
                                       R"((?:start|begin|launch|open)s?\s+(?:a|an)\s+codeshare\s+with|(?:will|would|to)\s+codeshare\s+with|)"
                                       R"((?:a|an)\s+codeshare\s+(?:agreement|deal|partnership)\s+with|)"
                                       R"((?:has|have|had)\s+signed\s+(?:[\p{Ll}-]+\s+)?(?:deals|agreements|partnerships|contracts)\s+with|)"
                                       R"((?:developed|built|designed|made|produced)\s+(?:jointly\s+)?with|)"
                                       R"((?:through|via|under|in)\s+(?:a\s+|an\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:partnership|partnerships|contract|contracts|agreement|agreements|deal|deals)\s+with)\s+)"
                                       R"((?:the\s+)?(?:[\p{L}-]+-based\s+|[\p{Ll}-]+\s+){0,3}$)"));
    // (not a dateline's place: "ACCRA, Ghana, March 3 (Reuters) - ...")
    static const RE dateline(QStringLiteral(R"(^[^.;:]{0,40}?\s[-–—]{1,2}\s)"));
    const Annotation *subject = nullptr;
    for (const Annotation *x : in) {
        if (!is(*x, {"ORG", "PERSON", "GPE"}))
            continue;
        if (x->start - c.sentence.start < 40 && dateline.matchView(QStringView(c.text).mid(x->end, std::min(60, c.sentence.end - x->end))).hasMatch())
            continue;
        // (a place after a preposition is no subject: "entered a trial in Nigeria"; a person or
        // an organisation may be: "the words of Eero Lindqvist, who ...", "funded by Gavi")
        static const RE preposition(QStringLiteral(R"(\b(?:in|of|at|to|from|for|with|by|on)\s+(?:the\s+)?$)"), RE::CaseInsensitiveOption);
        const int lead = std::max(c.sentence.start, x->start - 16);
        // (nor the other side of a deal the sentence's unnamed subject signed: "X also signed a
        // maintenance deal with Norsk Teknikk and said it would start a codeshare with Qantas")
        static const RE dealWith(QStringLiteral(R"(\b(?:deal|agreement|contract|partnership|accord|talks)\s+with\s+(?:the\s+)?$)"));
        const int dealLead = std::max(c.sentence.start, x->start - 30);
        if (dealWith.matchView(QStringView(c.text).mid(dealLead, x->start - dealLead)).hasMatch())
            break;
        if (x->label != QLatin1String("GPE") || !preposition.matchView(QStringView(c.text).mid(lead, x->start - lead)).hasMatch())
            subject = x;
        break;
    }
    if (!subject)
        return;
    for (const Annotation *b : in) {
        if (b->start <= subject->end || b->label != QLatin1String("ORG"))
            continue;
        const int from = std::max(subject->end, b->start - 80);
        const QStringView before = QStringView(c.text).mid(from, b->start - from);
        if (!before.contains(QLatin1String("with")) || !cue.matchView(before).hasMatch()) // (every cue has "with")
            continue;
        // ("Kasi had signed partnerships with Equity Bank", also after "X said": the one that
        // signed; a person signs for a body, so without one named there is no such fact)
        const bool signedDeals = before.contains(QLatin1String("signed"));
        if (signedDeals) {
            static const RE signer(QStringLiteral(R"(^\s+(?:also\s+)?(?:had|has|have)\s+signed\s)"));
            const Annotation *one = nullptr;
            for (const Annotation *x : in) {
                if (x->end > b->start)
                    break;
                if (x->label == QLatin1String("ORG") && signer.matchView(QStringView(c.text).mid(x->end, std::min(24, c.sentence.end - x->end))).hasMatch())
                    one = x;
            }
            if (one)
                subject = one;
            else if (subject->label != QLatin1String("ORG"))
                return;
        }
        const QString gap = c.text.mid(subject->end, b->start - subject->end);
        const Pair pair{c, in, *subject, *b, gap};
        c.facts.append(pair.make(QStringLiteral("partnership"), *subject, QStringLiteral("works with"), QStringLiteral("fact.partnership.helped"), 0.6, *b));
        // "... with the lender Akoba Finance and with MTN Nigeria": a second partner the same way.
        // ("with Movistar Venezuela and Digitel", "with Airtel Congo, whose wallet will ..., and
        // with MTN Congo": after a clause about the first)
        static const RE andWith(QStringLiteral(R"(^(?:,\s+(?:whose|which|who)\s[^.;]{0,120}?)?,?\s+and\s+(?:with\s+)?(?:the\s+)?(?:[\p{L}-]+-based\s+|[\p{Ll}-]+\s+){0,3}$)"));
        const Annotation *last = b;
        for (const Annotation *next : in) {
            if (next->start <= last->end || next->label != QLatin1String("ORG"))
                continue;
            const QStringView between = QStringView(c.text).mid(last->end, next->start - last->end);
            // (a bare "and" only for deals signed with both: "funded by Gavi, with support from
            // UNICEF and the WHO" names the campaign's helpers)
            if (!andWith.matchView(between).hasMatch() || (!signedDeals && !between.contains(QLatin1String("with"))))
                continue;
            c.facts.append(pair.make(QStringLiteral("partnership"), *subject, QStringLiteral("works with"), QStringLiteral("fact.partnership.helped"), 0.6, *next));
            last = next;
        }
        return;
    }
}

// "Under agreements with Huawei announced at the event, stc will offer ..., Mobily will add ...,
// and Jarir Bookstore will sell ...": the partners are the subjects of the clauses after the
// opening that names the agreements.
// "realme said in a statement that Orange Réunion and SFR Réunion would sell the phones on
// 24-month plans": those that sell a company's goods, as it says, work with it. (Not those its
// buyers pay through: "could pay in instalments through Lumicash" is a partnership in one
// annotated set and none in another.)
void sellersOfTheSubject(const Context &c, const Mentions &in)
{
    static const RE saidThat(QStringLiteral(R"(^\s+(?:also\s+)?(?:said|says)\s+(?:(?:in\s+a\s+statement|on\s+\p{Lu}\p{Ll}+)\s+)?that\s)"));
    static const RE sells(QStringLiteral(R"(^(?:\s*\([^)]{1,12}\))?(?:\s+and\s+[^,;.]{1,40}?)?\s+(?:would|will)\s+(?:also\s+)?(?:sell|offer|stock|carry|bundle|distribute)\b)"));
    const Annotation *subject = nullptr;
    for (const Annotation *x : in) {
        if (x->label == QLatin1String("ORG") && saidThat.matchView(QStringView(c.text).mid(x->end, std::min(60, c.sentence.end - x->end))).hasMatch()) {
            subject = x;
            break;
        }
        if (is(*x, {"ORG", "PERSON"}))
            return; // (the first name of the sentence only)
    }
    if (!subject)
        return;
    for (const Annotation *b : in) {
        if (b->start <= subject->end || b->label != QLatin1String("ORG"))
            continue;
        if (!sells.matchView(QStringView(c.text).mid(b->end, std::min(60, c.sentence.end - b->end))).hasMatch())
            continue;
        const Pair pair{c, in, *subject, *b, c.text.mid(subject->end, b->start - subject->end)};
        c.facts.append(pair.make(QStringLiteral("partnership"), *subject, QStringLiteral("works with"), QStringLiteral("fact.partnership.sells"), 0.6, *b));
    }
}

void partnersUnderAgreements(const Context &c, const Mentions &in)
{
    // (after a dateline too: "ACCRA, May 2 - Under deals signed with ZTE at the launch, ...")
    static const RE under(QStringLiteral(R"(^(?:[^.;:]{0,40}?\s[-–—]{1,2}\s)?\s*(?:Under|Through|As\s+part\s+of)\s+(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:agreements?|deals?|partnerships?|contracts?)\s+(?:(?:signed|announced|agreed|struck|made)\s+)?with\s+(?:the\s+)?$)"));
    // (", and the retailer Sharaf DG will carry them")
    static const RE clauseBefore(QStringLiteral(R"(,\s+(?:and\s+|while\s+|whereas\s+)?(?:the\s+(?:[\p{Ll}-]+\s+){1,2})?$)"));
    static const RE acts(QStringLiteral(R"(^\s+(?:will|would|is\s+to|are\s+to|plans\s+to|is\s+set\s+to|has\s+agreed\s+to|agreed\s+to)\s)"));
    const Annotation *maker = nullptr;
    for (const Annotation *x : in) {
        if (x->label != QLatin1String("ORG"))
            continue;
        if (under.matchView(QStringView(c.text).mid(c.sentence.start, x->start - c.sentence.start)).hasMatch())
            maker = x;
        break;
    }
    if (!maker)
        return;
    for (const Annotation *y : in) {
        if (y->start <= maker->end || y->label != QLatin1String("ORG"))
            continue;
        const int from = std::max(maker->end, y->start - 40);
        if (!clauseBefore.matchView(QStringView(c.text).mid(from, y->start - from)).hasMatch()
            || !acts.matchView(QStringView(c.text).mid(y->end, std::min(24, c.sentence.end - y->end))).hasMatch())
            continue;
        const Pair pair{c, in, *maker, *y, c.text.mid(maker->end, y->start - maker->end)};
        c.facts.append(pair.make(QStringLiteral("partnership"), *maker, QStringLiteral("works with"), QStringLiteral("fact.partnership.under-agreement"), 0.65, *y));
    }
}

// Whether any rule of findFacts() takes this pair of mentions, by their labels alone (each rule
// below returns at once for the others): betweenOrganisations(), launches(), amounts(),
// statistics().
bool mayHoldFact(const Annotation &a, const Annotation &b)
{
    const bool org = a.label == QLatin1String("ORG"), person = a.label == QLatin1String("PERSON"), gpe = a.label == QLatin1String("GPE");
    if ((org && is(b, {"ORG"})) || (person && is(b, {"PERSON"})) || (gpe && is(b, {"GPE", "ORG"})))
        return true; // betweenOrganisations
    if ((org || person) && is(b, {"PRODUCT"}))
        return true; // launches
    return (org || person || gpe || is(a, {"PRODUCT", "NORP", "EVENT", "FAC"})) && is(b, {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}); // amounts, statistics
}

} // namespace

QList<Fact> findFacts(const QString &text, const QList<TextRange> &sentences, const QList<Annotation> &spans)
{
    QList<Fact> facts;
    // The organisation an "Its" or "the society’s" refers to: the first one named in the last
    // sentence that named one ("Adani Green also said it had signed a partnership with
    // TotalEnergies. Its shares rose 2.7%").
    const Annotation *lastOrganisation = nullptr;
    int lastOrganisationSentence = 0;
    auto first = spans.cbegin();
    for (const TextRange &sentence : sentences) {
        while (first != spans.cend() && first->start < sentence.start)
            ++first;
        Mentions in;
        for (auto it = first; it != spans.cend() && it->start < sentence.end; ++it) {
            if (it->end <= sentence.end && it->label != QLatin1String("QUOTE"))
                in.append(&*it);
        }
        if (in.isEmpty())
            continue;
        const Context c{text, sentence, facts};
        for (int i = 0; i < in.size(); ++i) {
            for (int j = i + 1; j < in.size(); ++j) {
                const Annotation &a = *in.at(i), &b = *in.at(j);
                if (b.start < a.end || b.start - a.end > 200)
                    break;
                if (!mayHoldFact(a, b))
                    continue; // most pairs: no rule below would look at their words
                const QString gap = gapBetween(text, a, b, 200);
                const Pair pair{c, in, *in.at(i), *in.at(j), gap};
                betweenOrganisations(pair);
                launches(pair);
                productOrders(pair);
                amounts(pair);
                if (gap.size() <= 140)
                    statistics(pair);
            }
        }
        roles(c, in, lastOrganisation);
        partnersOfTheSubject(c, in);
        partnersUnderAgreements(c, in);
        sellersOfTheSubject(c, in);
        describedLaunches(c, in);
        listedLaunches(c, in);
        sourcedStatistics(c, in, lastOrganisation, lastOrganisationSentence);
        venueAttendance(c, in);
        placeFigures(c, in);
        for (const Annotation *x : std::as_const(in)) {
            if (x->label == QLatin1String("ORG")) {
                lastOrganisation = x; // the sentence's first organisation, most often its subject
                lastOrganisationSentence = sentence.start;
                break;
            }
        }
    }
    return mergeRepeats(facts);
}

} // namespace Gazette
