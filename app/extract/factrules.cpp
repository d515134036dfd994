// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrules.h"

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
    static const RE joiner(QStringLiteral(R"(^(?:['’]s\s+[^,;.]{1,30}?)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$)"));
    Mentions listed;
    const Annotation *last = &object;
    for (const Annotation *x : p.in) {
        if (x->start < last->end || x == last)
            continue;
        if (x->label != object.label) {
            if (x->label == QLatin1String("PRODUCT") || x->label == QLatin1String("GPE"))
                continue; // "Li Auto’s L9", "Mamelodi Sundowns of South Africa"
            break;
        }
        if (!joiner.match(p.c.text.mid(last->end, x->start - last->end)).hasMatch())
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
    for (const Annotation *x : p.in) {
        if (is(*x, {"ORG", "PERSON"}))
            return x == &p.a;
    }
    return false;
}

// Partners, deals and competition: organisation, then the other side.
void betweenOrganisations(const Pair &p)
{
    static const RE partnership(QStringLiteral("^\\W*(?:(?:has|have|had|will|would|is|are|was|to|also|last month|last year)\\s+)*(?:\\w+\\s+){0,2}?"
                                               "(?<cue>partner(?:s|ed|ing)? with|team(?:s|ed)? up with|sign(?:s|ed)? (?:a |an )?(?:partnership|agreement|alliance|deal) with|"
                                               "(?:formed|forms|form|began|begins|has|have|had|signed|announced|announces) (?:a |an )?(?:\\w+ )?(?:partnership|alliance|joint venture) with|ally with|"
                                               "(?:chose|chosen|chooses|agreed|plans|wants) to (?:collaborate|work|partner|team up) with|collaborat(?:es|ed|ing|e) with|"
                                               "in partnership with|(?:has |have |had )?work(?:s|ed)? (?:together )?with)"
                                               // "... with Chinese tech giant Alibaba": a few words may describe the partner
                                               "(?:\\s+[\\w’'-]+){0,3}?\\W*$"),
                                RE::CaseInsensitiveOption);
    static const RE deal(QStringLiteral("^\\W*(?:said\\s+(?:on\\s+\\w+\\s+)?(?:that\\s+)?it\\s+)?(?:(?:has|have|had|will|would|is|are|was|to|agreed to|plans to|also)\\s+)*"
                                        "(?<cue>cho(?:sen|se|oses?)|acquire[sd]?|bought|buys?|invest(?:s|ed)?\\s+(?<amount>[^,;]{1,40}?)\\s+(?:in|for (?:a|an) [\\d.]+% stake in)|"
                                        "backs|backed|took a stake in)(?:\\s+(?:a|an|its|the)\\s+(?:[\\d.]+%\\s+)?stake\\s+in)?"
                                        // "buy Bengaluru-based consumer lender": a few words may describe what is bought
                                        "(?:\\s+(?:[\\p{Ll}\\w’'-]+)){0,4}?\\W*$"),
                         RE::CaseInsensitiveOption);
    // "ordered 12 dual-fuel container ships from", "signed a €1.2 billion agreement on Thursday with"
    static const RE order(QStringLiteral("^\\W*(?:(?:has|have|had|will|would|also)\\s+)*(?<cue>ordered|orders|signed|signs|bought|buys)\\b[^.;:]{0,60}?\\b"
                                         "(?:(?<from>from)|(?:agreement|contract|deal)\\b[^.;:]{0,20}?\\bwith)\\s+(?:[\\w-]+\\s+){0,2}?$"),
                          RE::CaseInsensitiveOption);
    static const RE competition(QStringLiteral("^\\W*(?:(?:has|have|had|will|would|is|are|was)\\s+)*(?<cue>compet(?:es|ed|ing|e) with|overt(?:akes|ook|aken)|rivals?|"
                                               "beat|beats|outsold|outsells|outperformed|outperforms|in (?:direct )?competition with)\\W*(?:(?:the|its)\\s+)?$"),
                                RE::CaseInsensitiveOption);
    // Results in sport and races: "... with a 3-1 win over champions", "... ahead of compatriot".
    static const RE result(QStringLiteral("\\b(?<cue>beat|beats|beating|win over|victory over|draw (?:at home to|with)|(?<ranked>behind|ahead of))\\s+(?:\\p{Ll}[\\w’'-]*\\s+){0,2}$"));
    const bool organisations = is(p.a, {"ORG"}) && is(p.b, {"ORG"});
    const bool people = is(p.a, {"PERSON"}) && is(p.b, {"PERSON"});
    if (!organisations && !people && !(is(p.a, {"GPE"}) && is(p.b, {"ORG"})))
        return; // most pairs: no pattern below applies
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
    static const RE byBefore(QStringLiteral("\\b(?:developed|built|made|produced|designed|founded|run|led)\\s+(?:jointly\\s+)?by\\s+$"), RE::CaseInsensitiveOption);
    static const RE andGap(QStringLiteral("^\\s+and\\s+$"));
    const QStringView before = QStringView(p.c.text).mid(std::max(p.c.sentence.start, p.a.start - 50), p.a.start - std::max(p.c.sentence.start, p.a.start - 50));
    if (organisations && sellTo.match(p.gap).hasMatch() && sellBefore.matchView(before).hasMatch()) {
        // "sell its 31% stake in Hanseong Logistics to private equity firm Seorak": the buyer's deal.
        Fact f = p.make(QStringLiteral("deal"), p.b, QStringLiteral("acquires"), QStringLiteral("fact.deal.sale"), 0.65, p.a);
        f.value = moneyAfter(p);
        p.c.facts.append(f);
    } else if (organisations && andGap.match(p.gap).hasMatch() && byBefore.matchView(before).hasMatch()) {
        p.c.facts.append(p.make(QStringLiteral("partnership"), p.a, QStringLiteral("works with"), QStringLiteral("fact.partnership.joint"), 0.65, p.b));
    } else if (organisations && partnership.match(p.gap).hasMatch()) {
        add(QStringLiteral("partnership"), QStringLiteral("partners with"), QStringLiteral("fact.partnership"), 0.75);
    } else if (const auto d = deal.match(p.gap); organisations && d.hasMatch()) {
        const QString cue = d.captured(QStringLiteral("cue")).toLower();
        QString predicate = cue.startsWith(QLatin1String("cho")) ? QStringLiteral("chose")
                            : cue.startsWith(QLatin1String("invest"))   ? QStringLiteral("invests in")
                            : cue.startsWith(QLatin1String("back"))     ? QStringLiteral("backs")
                                                                        : QStringLiteral("acquires");
        QString value;
        if (d.hasCaptured(QStringLiteral("amount"))) {
            value = moneyBetween();
            if (value.isEmpty())
                value = d.captured(QStringLiteral("amount")).simplified();
        }
        add(QStringLiteral("deal"), predicate, QStringLiteral("fact.deal"), 0.7, value);
    } else if (const auto o = order.match(p.gap); o.hasMatch() && is(p.a, {"ORG", "GPE"}) && is(p.b, {"ORG"})) {
        // A signed agreement with an amount is a deal, without one a partnership.
        // A signed agreement with an amount is a deal, without one a partnership; a player
        // signed from a club, or planes ordered from a maker, is a deal ("for a fee of €22 million").
        QString value = moneyBetween();
        if (value.isEmpty())
            value = moneyAfter(p);
        const bool signedOne = o.captured(QStringLiteral("cue")).startsWith(QLatin1String("sign"), Qt::CaseInsensitive);
        if (signedOne && value.isEmpty() && !o.hasCaptured(QStringLiteral("from")))
            add(QStringLiteral("partnership"), QStringLiteral("signs an agreement with"), QStringLiteral("fact.partnership.agreement"), 0.7);
        else
            add(QStringLiteral("deal"), signedOne ? QStringLiteral("signs a deal with") : QStringLiteral("orders from"), QStringLiteral("fact.deal.order"), 0.7, value);
    } else if (const auto k = competition.match(p.gap); (organisations || people) && k.hasMatch()) {
        add(QStringLiteral("competition"), k.captured(QStringLiteral("cue")).toLower(), QStringLiteral("fact.competition"), 0.65);
    } else if (const auto r = result.match(p.gap);
               (organisations || people) && r.hasMatch() && (r.hasCaptured(QStringLiteral("ranked")) ? isFirstActor(p) && (people || p.gap.size() < 40) : (p.gap.size() < 25 || isFirstActor(p)))) {
        // "ahead of" and "behind" rank the sentence's subject; for clubs and companies only when
        // they follow it closely ("three ahead of Fenerbahçe"), not across a table.
        add(QStringLiteral("competition"), r.captured(QStringLiteral("cue")).toLower(), QStringLiteral("fact.competition.result"), 0.6);
    }
}

void launches(const Pair &p)
{
    static const RE launch(QStringLiteral("^\\W*(?:(?:has|have|had|will|would|is|are|was|to|plans to|is set to)\\s+)*"
                                          "(?<cue>launch(?:es|ed)?|release[sd]?|unveil(?:s|ed)?|introduce[sd]?|present(?:s|ed)?|ship(?:s|ped)?)\\s+(?:(?:its|the|a|an|new|next|latest|cheaper|flagship)\\s+|[\\w-]+\\s+){0,3}?\\W*$"),
                           RE::CaseInsensitiveOption);
    if (!is(p.a, {"ORG", "PERSON"}) || !is(p.b, {"PRODUCT"}) || !launch.match(p.gap).hasMatch())
        return;
    Fact f = p.make(QStringLiteral("launch"), p.a, QStringLiteral("launches"), QStringLiteral("fact.launch"), 0.7, p.b);
    for (const Annotation *x : p.in) {
        if (x->label == QLatin1String("DATE") && x->start >= p.b.end) {
            f.time = spanText(p.c.text, *x);
            break;
        }
    }
    p.c.facts.append(f);
}

// Jobs as news writes them around a name: "Bundesbank board member Henrike Vossberg", "Ezeh,
// who was executive director for treasury at Meridian Trust Bank", "Rapid's sporting director,
// Stefan Hofbauer", "Carla Menéndez, head of rates strategy at Santander".
const QString RoleWords = QStringLiteral(
    R"((?:chief executive(?: officer)?|chief (?:economist|financial officer|technology officer|operating officer|investment officer|)"
    R"(strategist|executive|scientist|medical officer|of staff)|CEO|CFO|CTO|COO|chairman|chairwoman|chairperson|chair|(?:vice[- ])?president|)"
    R"((?:co-)?founder|director(?: general)?|managing director|executive director|general manager|manager|head coach|coach|captain|)"
    R"(analyst|economist|strategist|researcher|scientist|professor|spokesman|spokeswoman|spokesperson|minister|secretary(?: of state)?|)"
    R"(governor|mayor|senator|lawyer|attorney|prosecutor|leader|board member|coordinator|commissioner|ambassador|editor|partner|)"
    R"(adviser|advisor|official|chancellor|premier|prime minister|treasurer|owner|engineer|epidemiologist%1))");
// The words a job may start with: names (of the organisation, "Interior Ministry"), possessives
// ("Rapid’s"), ages, and the usual modifiers; then one more word of the trade ("rates", "semiconductor").
const QString RolePrefix = QStringLiteral(
    R"((?:(?:[\p{Lu}\d][\p{L}\d’'.&-]*|\p{L}+[’']s|chief|deputy|senior|former|acting|board|campaign|sporting|executive|managing|)"
    R"(general|vice|assistant|interim|associate|principal|lead|regional|national|state|foreign|finance|health|interior|agriculture|)"
    R"(budget|economy|trade|defence|defense|justice|education|transport|energy|technical|commercial|political|legal|medical|research|)"
    R"(investment|junior)\s+){0,4}?(?:\p{Ll}[\p{Ll}-]*\s+)?)");

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
                              "engineer", "epidemiologist", "staff", "president-elect"})
            words.insert(QString::fromLatin1(w));
        return words;
    }();
    int to = end;
    while (to > from && (text.at(to - 1).isSpace() || text.at(to - 1) == QLatin1Char(',')))
        --to;
    int start = to;
    while (start > from && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('-')))
        --start;
    return start < to && lastWords.contains(text.mid(start, to - start).toLower());
}

void roles(const Context &c, const Mentions &in)
{
    static const RE after(QStringLiteral(
        R"(^,\s+(?:who\s+(?:is|was|has been|had been|became|serves as|served as)\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?)"
        R"((?<role>%1\b%2\b(?:\s+(?:of|for|at|with|in)\s+[^,.;:“”"()]{1,60}?)?)(?=\s*(?:,|\.|;|:|$|\s+(?:said|says|told|who|and|on|in)\b)))")
                              .arg(RolePrefix, RoleWords.arg(QStringLiteral(R"(|head(?: of [\p{L} ’'-]{2,40}?)?)"))),
                          RE::CaseInsensitiveOption);
    static const RE before(QStringLiteral(R"((?<![\p{L}’'-])(?<role>%1%2)(?<comma>,)?\s+$)").arg(RolePrefix, RoleWords.arg(QString())),
                           RE::CaseInsensitiveOption);
    const QString &text = c.text;
    auto orgWithin = [&](int from, int to) -> const Annotation * {
        for (const Annotation *x : in) {
            if ((x->label == QLatin1String("ORG") || x->label == QLatin1String("GPE")) && x->start >= from && x->end <= to)
                return x;
        }
        return nullptr;
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
        if (a.hasMatch()) {
            const int from = person->end + int(a.capturedStart(QStringLiteral("role")));
            const int to = person->end + int(a.capturedEnd(QStringLiteral("role")));
            role = a.captured(QStringLiteral("role"));
            roleFrom = from;
            roleTo = to;
            org = orgWithin(from, to);
            // "the Red Cross coordinator" or "VinFast’s deputy chief executive": just before the role
            if (!org)
                org = orgWithin(person->end, from);
            rule = QStringLiteral("fact.role.apposition");
        } else {
            // Most names have no job right before them: look at the last word first, and only
            // then run the pattern.
            if (!endsWithRoleWord(text, std::max(c.sentence.start, person->start - 40), person->start))
                continue;
            const int beforeStart = std::max<int>(c.sentence.start, person->start - 90);
            const auto b = before.matchView(QStringView(text).mid(beforeStart, person->start - beforeStart));
            if (!b.hasMatch())
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
        }
        if (org && org->start >= roleFrom && org->end <= roleTo) {
            // The job without the organisation's name: what comes before it ("managing director
            // of Solvera Energy until May"), or after it ("Rapid’s sporting director").
            role = org->start > roleFrom ? text.mid(roleFrom, org->start - roleFrom) : text.mid(org->end, roleTo - org->end);
        }
        // Another name's possessive is no part of the job ("Nordvik’s operations director").
        // (Compiled once: a long article has a role for nearly every name.)
        static const RE otherPossessive(QStringLiteral(R"(^(?:[\p{Lu}][\p{L}.&-]*\s+)*[\p{L}]+[’']s\s+)"));
        static const RE edges(QStringLiteral(R"(^(?:['’]s\s+)|\s+(?:of|for|at|with|in)\s*$|^\s*(?:the|a|an)\s+)"), RE::CaseInsensitiveOption);
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
void statistics(const Pair &p)
{
    static const RE measure(QStringLiteral("(?:(?:'s|’s)\\s+)?(?<measure>market share|share price|shares?|revenue|sales|net profit|profit|prices?|exports|imports|"
                                           "output|production|market value|valuation|stake|budget|spending|deliveries|shipments|oil imports|overseas sales)\\b"
                                           "(?<rest>[^.;:,]*?)$"),
                            RE::CaseInsensitiveOption);
    static const RE movement(QStringLiteral("\\b(?:rose|rise|rises|fell|fall|falls|jumped|gained|dropped|slipped|climbed|added|lost|reached|cut|"
                                            "increased|decreased|grew|was|were|is|of|at|to|by|had|has|more than doubled|valued)\\b"),
                             RE::CaseInsensitiveOption);
    // "Persimmon gained", "Shares in PayVeda, which listed in 2024, rose", "UniCredit up",
    // "industrial output has fallen".
    static const RE moved(QStringLiteral("^(?:\\s*,[^;:]{1,90}?,)?\\s+(?:shares\\s+)?(?:(?:has|have|had)\\s+)?(?<change>rose|risen|fell|fallen|jumped|gained|dropped|slipped|"
                                         "climbed|added|lost|surged|slumped|declined|grew|(?:(?:was|were|is|are)\\s+)?(?:up|down))\\s+(?:to\\s+|by\\s+)?$"),
                          RE::CaseInsensitiveOption);
    // "PayVeda handles about 14% of", "Japan has about 4.4 million people", "Adéwálé ... scored 19
    // goals", "Galatasaray lead the Süper Lig with 42 points", "killing at least 14 people".
    static const RE holds(QStringLiteral("^\\s+(?:(?:now|still|also)\\s+)?(?<change>has|have|had|handles|handled|supplies|supplied|holds|held|controls|controlled|"
                                         "accounts for|accounted for|sold|has sold|scored|netted|killing|killed|employs|employed)\\s+$"));
    static const RE counted(QStringLiteral("^\\s+(?:people|goals|points|votes|copies|jobs|workers|employees|customers|users|subscribers|homes|deaths|children|"
                                           "passengers|visitors|tonnes|cases)\\b"));
    static const RE withPoints(QStringLiteral("^\\s+(?:lead|leads|led|top|tops|topped|are|is|sit|sits)\\b[^.;:,]{0,40}\\bwith\\s+$"));
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
    if (!is(p.a, {"ORG", "GPE", "PRODUCT", "NORP", "PERSON", "EVENT"}) || text.mid(p.a.end, 1) == QLatin1String("-"))
        return;
    const QStringView after = QStringView(text).mid(p.b.end, std::min<qsizetype>(24, text.size() - p.b.end));
    if (is(p.b, {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}) && !is(p.a, {"NORP"})) {
        const auto h = holds.match(p.gap);
        const bool countedThing = counted.matchView(after).hasMatch() || is(p.b, {"PERCENT", "MONEY", "QUANTITY"});
        const bool points = withPoints.match(p.gap).hasMatch() && after.trimmed().startsWith(QLatin1String("points"));
        const bool voted = p.b.label == QLatin1String("CARDINAL") && is(p.a, {"ORG"}) && votes.match(p.gap).hasMatch()
            && (after.trimmed().startsWith(QLatin1String("votes")) || spanText(text, p.b).contains(QLatin1Char('-')));
        if ((h.hasMatch() && countedThing && (p.a.label != QLatin1String("EVENT") || h.captured(QStringLiteral("change")).startsWith(QLatin1String("kill"))))
            || points || voted) {
            add(voted ? QStringLiteral("votes") : points ? QStringLiteral("points") : h.captured(QStringLiteral("change")), QStringLiteral("fact.statistic.count"), 0.6);
            return;
        }
    }
    if (!is(p.a, {"ORG", "GPE", "PRODUCT", "NORP"}) || !is(p.b, {"PERCENT", "MONEY", "QUANTITY"}))
        return;
    const auto m = measure.match(p.gap);
    // Between commas only an organisation's description ("Vietcombank, the country’s most valuable
    // lender, gained"), not a place's or a source's ("ANAC, ..., said ... up").
    const bool described = p.gap.trimmed().startsWith(QLatin1Char(','));
    const bool direct = !m.hasMatch() && p.gap.size() < 100 && moved.match(p.gap).hasMatch()
        && (!described || (p.a.label == QLatin1String("ORG") && !p.gap.contains(QLatin1String(" said"))));
    if (!(m.hasMatch() && movement.match(m.captured(QStringLiteral("rest"))).hasMatch() && m.capturedStart() < 12) && !direct)
        return;
    add(m.hasMatch() ? QString(m.captured(QStringLiteral("measure")) + m.captured(QStringLiteral("rest"))).simplified() : p.gap.simplified(),
        QStringLiteral("fact.statistic"), 0.65);
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
            earlier.evidence += f.evidence;
            earlier.confidence = std::max(earlier.confidence, f.confidence);
        } else {
            seen.insert(key, merged.size());
            merged.append(f);
        }
    }
    return merged;
}

} // namespace

QList<Fact> findFacts(const QString &text, const QList<TextRange> &sentences, const QList<Annotation> &spans)
{
    QList<Fact> facts;
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
                const QString gap = gapBetween(text, *in.at(i), *in.at(j));
                if (gap.isNull())
                    break;
                const Pair pair{c, in, *in.at(i), *in.at(j), gap};
                betweenOrganisations(pair);
                launches(pair);
                statistics(pair);
            }
        }
        roles(c, in);
    }
    return mergeRepeats(facts);
}

} // namespace Gazette
