// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberrules.h"

#include "phrasematcher.h"

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

namespace {

// What must occur in or next to every match of a rule: characters (digits, currency signs, "%",
// ":") and words ("percent", month names, units). A rule is tried only in windows around its
// triggers, not at every position of the text: most of a news text has no number in it.
struct Triggers
{
    QStringList forms;                   // every trigger word in its cases, filled once
    QHash<QStringView, quint32> words;   // views into forms -> bit mask of rules
    quint32 digitRules = 0;   // any run of digits
    quint32 yearRules = 0;    // four digits from 19xx or 20xx
    quint32 ordinalRules = 0; // digits with st, nd, rd, th
    quint32 currencyRules = 0;
    quint32 percentRules = 0;
    quint32 colonRules = 0;
};

const Triggers &triggers()
{
    static const Triggers triggerSet = [] {
        Triggers t;
        const QList<Rule> &list = rules();
        auto bit = [&](const char *id) {
            for (int i = 0; i < list.size(); ++i) {
                if (list.at(i).id == QLatin1String(id))
                    return quint32(1) << i;
            }
            Q_UNREACHABLE_RETURN(quint32(0));
        };
        QHash<QString, quint32> masks;
        auto words = [&](const char *id, const QStringList &ws) {
            for (const QString &w : ws) {
                for (const QString &form : {w, QString(w.at(0).toUpper() + w.mid(1)), w.toUpper()})
                    masks[form] |= bit(id);
            }
        };
        const QStringList months = {QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"), QStringLiteral("april"),
                                    QStringLiteral("may"), QStringLiteral("june"), QStringLiteral("july"), QStringLiteral("august"),
                                    QStringLiteral("september"), QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december"),
                                    QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("aug"), QStringLiteral("sept"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        const QStringList weekdays = {QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                      QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday")};
        const QStringList numberWords = {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                                         QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"),
                                         QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"),
                                         QStringLiteral("twelve"), QStringLiteral("fifteen"), QStringLiteral("twenty"), QStringLiteral("thirty"),
                                         QStringLiteral("forty"), QStringLiteral("fifty"), QStringLiteral("sixty"), QStringLiteral("ninety"),
                                         QStringLiteral("hundreds"), QStringLiteral("thousands"), QStringLiteral("dozens")};
        const QStringList periods = {QStringLiteral("day"), QStringLiteral("days"), QStringLiteral("week"), QStringLiteral("weeks"), QStringLiteral("month"),
                                     QStringLiteral("months"), QStringLiteral("year"), QStringLiteral("years"), QStringLiteral("decade"),
                                     QStringLiteral("decades"), QStringLiteral("quarter"), QStringLiteral("quarters")};
        words("money.sign", {QStringLiteral("RMB"), QStringLiteral("NOK"), QStringLiteral("SEK"), QStringLiteral("USD"), QStringLiteral("EUR"),
                             QStringLiteral("CNY"), QStringLiteral("GBP"), QStringLiteral("JPY"), QStringLiteral("CHF")});
        words("money.word", {QStringLiteral("yuan"), QStringLiteral("dollars"), QStringLiteral("euros"), QStringLiteral("pounds"), QStringLiteral("yen"),
                             QStringLiteral("won"), QStringLiteral("rupees"), QStringLiteral("francs"), QStringLiteral("ringgit"), QStringLiteral("rupiah"),
                             QStringLiteral("baht"), QStringLiteral("riyals")});
        words("percent", {QStringLiteral("percent"), QStringLiteral("cent"), QStringLiteral("percentage")});
        words("time.duration", {QStringLiteral("second"), QStringLiteral("seconds"), QStringLiteral("minute"), QStringLiteral("minutes"),
                                QStringLiteral("hour"), QStringLiteral("hours")});
        words("time.daypart", weekdays);
        for (const char *id : {"date.mdy", "date.dmy", "date.md", "date.my", "date.part-of-month", "date.mid-month", "date.month"})
            words(id, months);
        words("date.part-of-year", {QStringLiteral("end"), QStringLiteral("start"), QStringLiteral("beginning"), QStringLiteral("middle"),
                                    QStringLiteral("rest")});
        words("date.weekday", weekdays);
        words("date.quarter", {QStringLiteral("quarter"), QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"), QStringLiteral("Q4")});
        // "the past two weeks", "this spring": the period or season is always there; the window
        // reaches back to "the past".
        words("date.relative", QStringList{QStringLiteral("today"), QStringLiteral("yesterday"), QStringLiteral("tomorrow"), QStringLiteral("spring"),
                                           QStringLiteral("summer"), QStringLiteral("autumn"), QStringLiteral("winter"), QStringLiteral("half")}
                                   + periods);
        words("date.duration", periods);
        words("quantity.unit", {QStringLiteral("km"), QStringLiteral("kilometre"), QStringLiteral("kilometres"), QStringLiteral("kilometer"),
                                QStringLiteral("kilometers"), QStringLiteral("mile"), QStringLiteral("miles"), QStringLiteral("metre"),
                                QStringLiteral("metres"), QStringLiteral("meter"), QStringLiteral("meters"), QStringLiteral("tonne"),
                                QStringLiteral("tonnes"), QStringLiteral("ton"), QStringLiteral("tons"), QStringLiteral("barrel"),
                                QStringLiteral("barrels"), QStringLiteral("kg"), QStringLiteral("kilogram"), QStringLiteral("kilograms"),
                                QStringLiteral("pounds"), QStringLiteral("litre"), QStringLiteral("litres"), QStringLiteral("liter"),
                                QStringLiteral("liters"), QStringLiteral("MW"), QStringLiteral("GW"), QStringLiteral("kWh"), QStringLiteral("TWh"),
                                QStringLiteral("point"), QStringLiteral("points"), QStringLiteral("hectare"), QStringLiteral("hectares"),
                                QStringLiteral("acre"), QStringLiteral("acres"), QStringLiteral("nanometre"), QStringLiteral("nanometres"),
                                QStringLiteral("nanometer"), QStringLiteral("nanometers"), QStringLiteral("degrees"), QStringLiteral("square")});
        words("ordinal", {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("fourth"), QStringLiteral("fifth"),
                          QStringLiteral("sixth"), QStringLiteral("seventh"), QStringLiteral("eighth"), QStringLiteral("ninth"), QStringLiteral("tenth")});
        words("cardinal.words", numberWords);
        t.forms = masks.keys();
        for (const QString &form : std::as_const(t.forms))
            t.words.insert(QStringView(form), masks.value(form));
        // Digits alone trigger only the rules whose matches have nothing else to find them by.
        t.digitRules = bit("cardinal.digits");
        t.yearRules = bit("date.year");
        t.ordinalRules = bit("ordinal");
        t.currencyRules = bit("money.sign");
        t.percentRules = bit("percent");
        t.colonRules = bit("time.clock");
        return t;
    }();
    return triggerSet;
}

} // namespace

QList<RuleMatch> findNumericEntities(QStringView text, const QDate &articleDate)
{
    const QString string = text.toString();
    const int size = int(string.size());
    const QList<Rule> &ruleList = rules();
    const Triggers &t = triggers();

    // Windows per rule around its triggers, widened to white space and merged.
    std::vector<std::vector<std::pair<int, int>>> windows(size_t(ruleList.size()));
    auto addWindow = [&](quint32 mask, int start, int end, int before = 40, int after = 40) {
        int from = std::max(0, start - before), to = std::min(size, end + after);
        while (from > 0 && !string.at(from - 1).isSpace())
            --from;
        while (to < size && !string.at(to).isSpace())
            ++to;
        for (int r = 0; mask; ++r, mask >>= 1) {
            if (!(mask & 1))
                continue;
            auto &list = windows[size_t(r)];
            if (!list.empty() && from <= list.back().second) {
                list.back().first = std::min(list.back().first, from);
                list.back().second = std::max(list.back().second, to);
            }
            else
                list.emplace_back(from, to);
        }
    };
    // One pass: every word is looked up, digits and signs are seen as they come.
    for (int i = 0; i < size; ++i) {
        const char16_t c = string.at(i).unicode();
        if (string.at(i).isLetter()) {
            int end = i + 1;
            while (end < size && string.at(end).isLetterOrNumber()) // "Q3", "kWh"
                ++end;
            if (i == 0 || !string.at(i - 1).isLetterOrNumber()) {
                const auto found = t.words.constFind(QStringView(string).mid(i, end - i));
                if (found != t.words.cend())
                    addWindow(*found, i, end);
            }
            i = end - 1;
        } else if (c >= u'0' && c <= u'9') {
            int end = i + 1;
            while (end < size && (string.at(end).isDigit() || string.at(end) == QLatin1Char(',') || string.at(end) == QLatin1Char('.')))
                ++end;
            // Digits alone: an approximator before ("more than"), a scale or suffix after ("million", "th").
            quint32 mask = t.digitRules;
            int digitsEnd = end;
            while (digitsEnd > i && !string.at(digitsEnd - 1).isDigit()) // "2023." ends a sentence
                --digitsEnd;
            const QStringView digits = QStringView(string).mid(i, digitsEnd - i);
            if (digits.size() == 4 && (digits.startsWith(u"19") || digits.startsWith(u"20")))
                mask |= t.yearRules;
            const QStringView after = QStringView(string).mid(digitsEnd, std::min(2, size - digitsEnd));
            if (after == u"st" || after == u"nd" || after == u"rd" || after == u"th")
                mask |= t.ordinalRules;
            addWindow(mask, i, end, 24, 12);
            i = end - 1;
        } else if (c == u'$' || c == u'€' || c == u'£' || c == u'¥' || c == u'₹') {
            addWindow(t.currencyRules, i, i + 1);
        } else if (c == u'%') {
            addWindow(t.percentRules, i, i + 1);
        } else if (c == u':') {
            addWindow(t.colonRules, i, i + 1);
        }
    }

    QList<RuleMatch> found;
    // Earlier rules win: a position taken by MONEY is not also a CARDINAL.
    std::vector<bool> taken(size_t(size), false);
    for (int r = 0; r < ruleList.size(); ++r) {
        const Rule &rule = ruleList.at(r);
        for (const auto &[from, to] : windows[size_t(r)]) {
            auto it = rule.pattern.globalMatchView(QStringView(string).mid(from, to - from));
            while (it.hasNext()) {
                const auto m = it.next();
                const int start = from + int(m.capturedStart());
                const int end = from + int(m.capturedEnd());
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
    }
    std::sort(found.begin(), found.end(), [](const RuleMatch &a, const RuleMatch &b) { return a.start < b.start; });
    return found;
}

} // namespace Gazette
