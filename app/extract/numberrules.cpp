// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberrules.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Gazette {

namespace {

const QString Approximator = QStringLiteral(
    "(?:(?:about|around|roughly|nearly|almost|approximately|some|more than|less than|fewer than|over|under|up to|at least|at most)\\s+)?");
const QString Number = QStringLiteral("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
const QString Scale = QStringLiteral("(?:\\s*(?:million|billion|trillion|bn|mn|m|k)\\b)?");
const QString Months = QStringLiteral("January|February|March|April|May|June|July|August|September|October|November|December|"
                                      "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.");
const QString Weekdays = QStringLiteral("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");

double numberValue(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char(','));
    return digits.toDouble();
}

double scaleOf(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("thousand") || w == QLatin1String("k"))
        return 1e3;
    if (w == QLatin1String("million") || w == QLatin1String("m") || w == QLatin1String("mn"))
        return 1e6;
    if (w == QLatin1String("billion") || w == QLatin1String("bn"))
        return 1e9;
    if (w == QLatin1String("trillion"))
        return 1e12;
    return 1.0;
}

QString currencyCode(const QString &sign)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("$"), QStringLiteral("USD")},       {QStringLiteral("us$"), QStringLiteral("USD")},
        {QStringLiteral("hk$"), QStringLiteral("HKD")},     {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")},       {QStringLiteral("¥"), QStringLiteral("JPY")},
        {QStringLiteral("rmb"), QStringLiteral("CNY")},     {QStringLiteral("yuan"), QStringLiteral("CNY")},
        {QStringLiteral("dollars"), QStringLiteral("USD")}, {QStringLiteral("dollar"), QStringLiteral("USD")},
        {QStringLiteral("euros"), QStringLiteral("EUR")},   {QStringLiteral("euro"), QStringLiteral("EUR")},
        {QStringLiteral("pounds"), QStringLiteral("GBP")},  {QStringLiteral("yen"), QStringLiteral("JPY")},
        {QStringLiteral("won"), QStringLiteral("KRW")},     {QStringLiteral("rupees"), QStringLiteral("INR")},
        {QStringLiteral("₹"), QStringLiteral("INR")},       {QStringLiteral("s$"), QStringLiteral("SGD")},
        {QStringLiteral("a$"), QStringLiteral("AUD")},      {QStringLiteral("c$"), QStringLiteral("CAD")},
        {QStringLiteral("nt$"), QStringLiteral("TWD")},     {QStringLiteral("nok"), QStringLiteral("NOK")},
        {QStringLiteral("sek"), QStringLiteral("SEK")},     {QStringLiteral("usd"), QStringLiteral("USD")},
        {QStringLiteral("eur"), QStringLiteral("EUR")},     {QStringLiteral("cny"), QStringLiteral("CNY")},
        {QStringLiteral("gbp"), QStringLiteral("GBP")},     {QStringLiteral("jpy"), QStringLiteral("JPY")},
        {QStringLiteral("chf"), QStringLiteral("CHF")},     {QStringLiteral("francs"), QStringLiteral("CHF")},
        {QStringLiteral("ringgit"), QStringLiteral("MYR")}, {QStringLiteral("rupiah"), QStringLiteral("IDR")},
        {QStringLiteral("baht"), QStringLiteral("THB")},    {QStringLiteral("riyals"), QStringLiteral("SAR")},
    };
    return codes.value(sign.trimmed().toLower());
}

int monthNumber(const QString &name)
{
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                       QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                       QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

struct Rule
{
    QRegularExpression pattern;
    QString label;
    QString id;
    double confidence;
};

const QList<Rule> &rules()
{
    using RE = QRegularExpression;
    static const QList<Rule> list = {
        // MONEY: sign before ("$1.1 billion", "HK$20", "RMB 5 billion") or currency word after ("12 billion yuan").
        {RE(QStringLiteral("(?<![\\w$€£¥₹])%1(?<sign>US\\$|HK\\$|S\\$|A\\$|C\\$|NT\\$|\\$|€|£|¥|₹|(?:RMB|NOK|SEK|USD|EUR|CNY|GBP|JPY|CHF)\\s?)(?<n>%2)(?<scale>%3)")
               .arg(Approximator, Number, Scale),
            RE::CaseInsensitiveOption),
         QStringLiteral("MONEY"), QStringLiteral("money.sign"), 0.95},
        {RE(QStringLiteral("(?<![\\w$€£¥])%1(?<n>%2)(?<scale>\\s+(?:million|billion|trillion))?\\s+(?<sign>yuan|dollars|euros|pounds(?!\\s+of\\b)|yen|won|rupees|francs|ringgit|rupiah|baht|riyals)\\b")
                .arg(Approximator, Number),
            RE::CaseInsensitiveOption),
         QStringLiteral("MONEY"), QStringLiteral("money.word"), 0.9},
        // PERCENT
        {RE(QStringLiteral("(?<![\\w.])%1(?<n>%2)\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)").arg(Approximator, Number),
            RE::CaseInsensitiveOption),
         QStringLiteral("PERCENT"), QStringLiteral("percent"), 0.95},
        // TIME: clock times, parts of a day after a weekday, durations under a day.
        {RE(QStringLiteral("\\b(?:more than|less than|nearly|about|almost|under)\\s+an?\\s+(?:minute|hour)\\b|"
                           "\\b(?:(?:more than|less than|nearly|about|almost|under)\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|"
                           "eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\\s+(?:seconds|minutes|hours)\\b")),
         QStringLiteral("TIME"), QStringLiteral("time.duration"), 0.8},
        {RE(QStringLiteral("\\b(?<h>\\d{1,2}):(?<min>\\d{2})(?:\\s?(?:a\\.m\\.|p\\.m\\.|am|pm))?(?:\\s+(?:GMT|UTC|ET|CET|BST))?")),
         QStringLiteral("TIME"), QStringLiteral("time.clock"), 0.9},
        {RE(QStringLiteral("\\b(?<day>%1)\\s+(?:morning|afternoon|evening|night)\\b").arg(Weekdays)), QStringLiteral("TIME"),
         QStringLiteral("time.daypart"), 0.85},
        // DATE: full dates first, then month and year, weekdays, years, quarters, relative periods.
        {RE(QStringLiteral("\\b(?<month>%1)\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})\\b").arg(Months)), QStringLiteral("DATE"),
         QStringLiteral("date.mdy"), 0.97},
        {RE(QStringLiteral("\\b(?<d>\\d{1,2})\\s+(?<month>%1)\\s+(?<y>(?:19|20)\\d{2})\\b").arg(Months)), QStringLiteral("DATE"),
         QStringLiteral("date.dmy"), 0.97},
        {RE(QStringLiteral("\\b(?<month>%1)\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:-\\d{1,2}\\b)?\\b(?!,?\\s*\\d)").arg(Months)), QStringLiteral("DATE"),
         QStringLiteral("date.md"), 0.9},
        {RE(QStringLiteral("\\b(?<month>%1)\\s+(?<y>(?:19|20)\\d{2})\\b").arg(Months)), QStringLiteral("DATE"), QStringLiteral("date.my"), 0.95},
        {RE(QStringLiteral("\\b(?:(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+)(?<month>%1)\\b(?:\\s+(?<y>(?:19|20)\\d{2}))?").arg(Months)),
         QStringLiteral("DATE"), QStringLiteral("date.part-of-month"), 0.9},
        {RE(QStringLiteral("\\b(?:(?:the\\s+)?(?:end|start|beginning|middle|rest)\\s+of\\s+)(?:the\\s+|this\\s+|next\\s+|last\\s+)?(?:year|month|decade|(?<y>(?:19|20)\\d{2}))\\b")),
         QStringLiteral("DATE"), QStringLiteral("date.part-of-year"), 0.85},
        {RE(QStringLiteral("\\bmid-(?<month>%1)\\b").arg(Months)), QStringLiteral("DATE"), QStringLiteral("date.mid-month"), 0.85},
        // A month alone: "May" only after a word that takes a date.
        {RE(QStringLiteral("(?<=\\b(?:in|since|by|until|from|through|of|last|next|this|early|late|into|to|during|before|after|for|the|each|every)\\s)(?<month>%1)\\b(?!\\s+\\d)")
                .arg(Months)),
         QStringLiteral("DATE"), QStringLiteral("date.month"), 0.8},
        {RE(QStringLiteral("\\b(?:(?:early|late|last|next|this)\\s+)?(?<day>%1)\\b").arg(Weekdays)), QStringLiteral("DATE"),
         QStringLiteral("date.weekday"), 0.9},
        {RE(QStringLiteral("\\b(?:the\\s+)?(?:first|second|third|fourth)\\s+quarter(?:\\s+of\\s+(?:19|20)\\d{2})?\\b|\\bQ[1-4](?:\\s+(?:19|20)\\d{2})?\\b")),
         QStringLiteral("DATE"), QStringLiteral("date.quarter"), 0.9},
        {RE(QStringLiteral("\\b(?:the\\s+)?(?:past|last|next|coming|previous)\\s+(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)\\s+)?"
                           "(?:days?|weeks?|months?|years?|decades?|quarters?)\\b|\\b(?:this|last|next)\\s+(?:week|month|year|quarter)\\b|"
                           "\\b(?:today|yesterday|tomorrow)\\b|\\b(?:(?:the|this|last|next|early|late)\\s+)(?:spring|summer|autumn|winter)\\b|"
                           "\\b(?:(?:the\\s+)?(?:first|second)\\s+half)(?:\\s+of\\s+(?:the\\s+year|(?:19|20)\\d{2}))?\\b|(?<=\\bin\\s)(?:spring|summer|autumn|winter)\\b|"
                           "\\ba\\s+(?:day|week|month|year)(?=\\s+(?:after|before)\\b)"),
            RE::CaseInsensitiveOption),
         QStringLiteral("DATE"), QStringLiteral("date.relative"), 0.85},
        {RE(QStringLiteral("\\b(?:more than|less than|nearly|about|almost)\\s+a\\s+(?:week|month|year|decade)\\b|"
                           "\\b(?:(?:more than|less than|nearly|about|almost)\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
                           "(?:days|weeks|months|years|decades)(?:\\s+ago)?\\b")),
         QStringLiteral("DATE"), QStringLiteral("date.duration"), 0.8},
        {RE(QStringLiteral("\\b(?<y>(?:19|20)\\d{2})s?\\b(?![,.]?\\d)")), QStringLiteral("DATE"), QStringLiteral("date.year"), 0.85},
        // QUANTITY: a number with a unit.
        {RE(QStringLiteral("(?<![\\w.])%1(?:minus\\s+)?(?<n>%2|two|three|four|five|six|seven|eight|nine|ten|a few)%3[\\s-]?(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|"
                           "tonnes?|tons?|barrels?(?:\\s+(?:a|per)\\s+day)?|kg|kilograms?|pounds(?=\\s+of\\b)|litres?|liters?|MW|GW|kWh|TWh|points?|hectares?|acres?|"
                           "nanomet(?:re|er)s?|degrees(?:\\s+(?:Celsius|Fahrenheit))?|square (?:kilometres|miles|metres))\\b")
                .arg(Approximator, Number, Scale)),
         QStringLiteral("QUANTITY"), QStringLiteral("quantity.unit"), 0.85},
        // ORDINAL
        {RE(QStringLiteral("\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\b"), RE::CaseInsensitiveOption),
         QStringLiteral("ORDINAL"), QStringLiteral("ordinal"), 0.8},
        // CARDINAL: what is left of numbers.
        {RE(QStringLiteral("(?<![\\w.$€£¥%])%1(?<n>%2)(?<scale>\\s+(?:million|billion|thousand|hundred))?(?![\\w%]|\\.\\d)").arg(Approximator, Number)),
         QStringLiteral("CARDINAL"), QStringLiteral("cardinal.digits"), 0.7},
        {RE(QStringLiteral("\\b(?:%1)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\\b")
                .arg(Approximator)),
         QStringLiteral("CARDINAL"), QStringLiteral("cardinal.words"), 0.6},
    };
    return list;
}

QString normalise(const Rule &rule, const QRegularExpressionMatch &m, const QDate &articleDate)
{
    if (rule.label == QLatin1String("MONEY")) {
        const double amount = numberValue(m.captured(QStringLiteral("n"))) * scaleOf(m.captured(QStringLiteral("scale")));
        return QStringLiteral("%1 %2").arg(currencyCode(m.captured(QStringLiteral("sign")))).arg(amount, 0, 'f', 0);
    }
    if (rule.label == QLatin1String("PERCENT") || rule.label == QLatin1String("QUANTITY"))
        return m.captured(QStringLiteral("n")).remove(QLatin1Char(','));
    if (rule.label == QLatin1String("CARDINAL") && m.hasCaptured(QStringLiteral("n")))
        return QString::number(numberValue(m.captured(QStringLiteral("n"))) * scaleOf(m.captured(QStringLiteral("scale"))), 'f', 0);
    if (rule.id.startsWith(QLatin1String("date."))) {
        const int month = m.hasCaptured(QStringLiteral("month")) ? monthNumber(m.captured(QStringLiteral("month"))) : 0;
        const int year = m.hasCaptured(QStringLiteral("y")) ? m.captured(QStringLiteral("y")).toInt()
                                                            : (articleDate.isValid() ? articleDate.year() : 0);
        if (m.hasCaptured(QStringLiteral("d")) && month && year)
            return QDate(year, month, m.captured(QStringLiteral("d")).toInt()).toString(Qt::ISODate);
        if (month && year)
            return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
        if (rule.id == QLatin1String("date.year"))
            return m.captured(QStringLiteral("y"));
        if (m.hasCaptured(QStringLiteral("day")) && articleDate.isValid()) {
            // A weekday in a news story is the last one on or before the article's date.
            static const QStringList days = {QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                                             QStringLiteral("Thursday"), QStringLiteral("Friday"), QStringLiteral("Saturday"), QStringLiteral("Sunday")};
            const int day = int(days.indexOf(m.captured(QStringLiteral("day")))) + 1;
            const int back = (articleDate.dayOfWeek() - day + 7) % 7;
            return articleDate.addDays(-back).toString(Qt::ISODate);
        }
    }
    return {};
}

} // namespace

QList<RuleMatch> findNumericEntities(QStringView text, const QDate &articleDate)
{
    const QString string = text.toString();
    QList<RuleMatch> found;
    // Earlier rules win: a position taken by MONEY is not also a CARDINAL.
    std::vector<bool> taken(size_t(string.size()), false);
    for (const Rule &rule : rules()) {
        auto it = rule.pattern.globalMatch(string);
        while (it.hasNext()) {
            const auto m = it.next();
            const int start = int(m.capturedStart());
            const int end = int(m.capturedEnd());
            if (end <= start)
                continue;
            bool free = true;
            for (int i = start; i < end && free; ++i)
                free = !taken[size_t(i)];
            if (!free)
                continue;
            std::fill(taken.begin() + start, taken.begin() + end, true);
            found.append({start, end, rule.label, rule.id, rule.confidence, normalise(rule, m, articleDate)});
        }
    }
    std::sort(found.begin(), found.end(), [](const RuleMatch &a, const RuleMatch &b) { return a.start < b.start; });
    return found;
}

} // namespace Gazette
