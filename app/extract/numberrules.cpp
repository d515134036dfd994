// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberrules.h"

#include "phrasematcher.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <thread>

namespace Gazette {

namespace {

// Approximators stay inside the span ("more than 40%", "as much as $5 billion"); "up to",
// "only" and "just" stay outside.
const QString ApproximatorWords = QStringLiteral(
    R"((?:about|around|roughly|nearly|almost|approximately|some|more than|less than|fewer than|over|under|at least|at most|)"
    R"(as much as|as many as|as little as|as few as|close to|well over|well above|above|below|in excess of)\s+)");
const QString Approximator = QStringLiteral("(?:%1)?").arg(ApproximatorWords);
// After a number, "more than a year earlier" compares ("2% more than a year before"): there the
// words are no approximator of the date.
const QString DateApproximator = QStringLiteral(R"((?:(?<![\d%]\s)%1)?)").arg(ApproximatorWords);
const QString Number = QStringLiteral(R"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)");
const QString Scale = QStringLiteral(R"((?:\s*(?:million|billion|trillion|bn|mn|m|k)\b|\s+(?:lakh\s+)?crore\b|\s+lakh\b)?)");
// Number words up to ninety-nine, for counts of days, years and people.
const QString NumberWord = QStringLiteral(
    R"((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|)"
    R"(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))");
// A count before a unit: digits, words, vague counts, and ranges of them ("10 to 14", "one or two").
const QString Count = QStringLiteral(R"((?:(?:%1|%2)(?:\s*(?:-|–|to|or)\s*(?:%1|%2))?|a few|a couple of|several|many|a dozen|dozens of|hundreds of))")
                          .arg(Number, NumberWord);
const QString Months = QStringLiteral("January|February|March|April|May|June|July|August|September|October|November|December|"
                                      "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.");
// Before a day number, wire copy also abbreviates without a point ("Nov 14").
const QString MonthsBeforeDay = QStringLiteral("January|February|March|April|May|June|July|August|September|October|November|December|"
                                               "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?");
const QString FullMonths = QStringLiteral("January|February|March|April|May|June|July|August|September|October|November|December");
const QString Weekdays = QStringLiteral("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
const QString Year = QStringLiteral("(?:19|20)\\d{2}");
const QString Periods = QStringLiteral("days?|weeks?|months?|years?|decades?|centuries|century|quarters?|seasons?");

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

// The currency units and signs of CLDR's English names (resources/gazetteers/currency-units.tsv:
// "pula", "somoni", "córdobas", "NZ$", "T$"), with their ISO 4217 codes where a unit names one
// currency only.
struct CurrencyUnits
{
    QStringList units;
    QStringList signs;
    QHash<QString, QString> codes; // lower case
    QHash<QString, QString> names; // whole names in lower case ("surinamese dollars") and their codes
    QStringList isoCodes;          // the ISO 4217 codes ("TTD", "BHD"), but those that are words in capitals ("ALL", "TOP")
};

const CurrencyUnits &currencyUnits()
{
    static const CurrencyUnits loaded = [] {
        CurrencyUnits c;
        QFile file(QStringLiteral(":/gazetteers/currency-units.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return c;
        QHash<QString, QSet<QString>> codes;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() != 3)
                continue;
            const QString form = QString::fromUtf8(fields.at(0));
            if (fields.at(1) == "name") {
                c.names.insert(form, QString::fromLatin1(fields.at(2)));
                continue;
            }
            (fields.at(1) == "sign" ? c.signs : c.units).append(form);
            codes[form.toLower()].insert(QString::fromLatin1(fields.at(2)));
            c.isoCodes.append(QString::fromLatin1(fields.at(2)));
        }
        // (a headline in capitals: "ALL 40 SEATS", "TOP 10", "SOS 112")
        static const QStringList words = {QStringLiteral("ALL"), QStringLiteral("ANG"), QStringLiteral("BAM"), QStringLiteral("BOB"),
                                          QStringLiteral("CUP"), QStringLiteral("GEL"), QStringLiteral("MAD"), QStringLiteral("MOP"),
                                          QStringLiteral("PEN"), QStringLiteral("SOS"), QStringLiteral("TOP"), QStringLiteral("TRY")};
        c.isoCodes.removeIf([](const QString &code) { return code.size() != 3 || words.contains(code); });
        c.isoCodes.removeDuplicates();
        for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
            if (it->size() == 1)
                c.codes.insert(it.key(), *it->cbegin());
        }
        c.units.removeDuplicates();
        c.signs.removeDuplicates();
        // (longest first: an alternation takes the first that fits)
        const auto longestFirst = [](const QString &a, const QString &b) { return a.size() > b.size() || (a.size() == b.size() && a < b); };
        std::sort(c.units.begin(), c.units.end(), longestFirst);
        std::sort(c.signs.begin(), c.signs.end(), longestFirst);
        return c;
    }();
    return loaded;
}

// The forms as alternatives of a pattern.
QString alternatives(const QStringList &forms)
{
    QStringList escaped;
    for (const QString &form : forms)
        escaped.append(QRegularExpression::escape(form));
    return escaped.join(QLatin1Char('|'));
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
    const QString key = sign.trimmed().toLower();
    QString code = codes.value(key, currencyUnits().codes.value(key));
    // "TTD 24 million"; "TT$24 million", "J$5,000": a country's dollar, coded by its country
    if (code.isEmpty() && currencyUnits().isoCodes.contains(key.toUpper()))
        code = key.toUpper();
    else if (code.isEmpty() && key.endsWith(QLatin1Char('$')) && currencyUnits().isoCodes.contains(key.chopped(1).toUpper() + QLatin1Char('D')))
        code = key.chopped(1).toUpper() + QLatin1Char('D');
    return code.isEmpty() ? sign.trimmed() : code;
}

int monthNumber(const QString &name)
{
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                       QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                       QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

// What must occur in or next to every match of a rule, so that a rule is tried only in windows
// around its triggers, not at every position of the text: most of a news text has no number.
enum Trigger : quint32 {
    Digits = 1,      // any run of digits
    YearDigits = 2,  // four digits from 19xx or 20xx
    OrdinalDigits = 4, // digits with st, nd, rd, th
    CurrencySign = 8,
    PercentSign = 16,
    Colon = 32,
};

struct Rule
{
    QRegularExpression pattern;
    QString label;
    QString id;
    double confidence;
    QStringList words;   // trigger words (lower case; capitalised and upper-case forms count too)
    quint32 signs = 0;   // Trigger flags
};

const QList<Rule> &rules()
{
    using RE = QRegularExpression;
    const auto I = RE::CaseInsensitiveOption;
    const auto split = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
    QStringList isoCodeWords;
    for (const QString &code : currencyUnits().isoCodes)
        isoCodeWords.append(code.toLower());
    const QStringList months = split("january february march april may june july august september october november december "
                                     "jan feb mar apr jun jul aug sep sept oct nov dec");
    const QStringList weekdays = split("monday tuesday wednesday thursday friday saturday sunday");
    const QStringList periods = split("day days week weeks month months year years decade decades century centuries quarter quarters "
                                      "season seasons");
    const QStringList numberWords = split("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                                          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                                          "several few dozen dozens hundreds half third quarter fifth tenth");
    const QStringList currencyWords = split("yuan dollars euros pounds yen won rupees francs ringgit rupiah baht riyals naira cedi cedis "
                                            "shillings rand reais pesos lira lek zloty dong dirham dirhams kwacha birr taka rubles roubles "
                                            "hryvnias forints dinars");
    static const QList<Rule> list = {
        // MONEY: sign before ("$1.1 billion", "HK$20", "RMB 5 billion", "Rs 8,400 crore") or
        // currency word after ("12 billion yuan", "2,800 CFA francs").
        {RE(QStringLiteral(R"((?<![\w$€£¥₹₦₩₫₺])%1(?<sign>%4|US\$|HK\$|S\$|A\$|C\$|NT\$|R\$|\$|€|£|¥|₹|₦|₩|₫|₺|)"
                           R"((?:RMB|NOK|SEK|USD|EUR|CNY|GBP|JPY|CHF|INR|NGN|KES|ZAR|BRL|MXN|KSh|Rs\.?|Rp)\s?|)"
                           // "TTD 24 million", "TT$24 million", "J$5,000", "Bds$40": ISO codes and a country's dollar
                           R"((?-i:(?:%5)\s?|\p{Lu}[\p{Lu}\p{Ll}]{0,2}\$))(?<n>%2)(?<scale>%3))")
               .arg(Approximator, Number, Scale, alternatives(currencyUnits().signs), currencyUnits().isoCodes.join(QLatin1Char('|'))), I),
         QStringLiteral("MONEY"), QStringLiteral("money.sign"), 0.95,
         split("rmb nok sek usd eur cny gbp jpy chf inr ngn kes zar brl mxn ksh rs rp") + isoCodeWords, CurrencySign},
        // ("37.40 Surinamese dollars", "5 million Hong Kong dollars": whose unit may stand between)
        {RE(QStringLiteral(R"((?<![\w$€£¥])%1(?<n>%2)(?<scale>\s+(?:million|billion|trillion|lakh crore|crore|lakh))?\s+(?<whose>(?:(?-i:\p{Lu}\p{Ll}+)\s+){1,2}(?=\p{L}+s(?!\w)))?)"
                           R"((?<sign>yuan|dollars|euros|pounds(?!\s+of\b)|yen|won|rupees|(?:CFA\s+)?francs|ringgit|rupiah|baht|riyals|naira|)"
                           R"(cedis?|shillings|rand|reais|pesos|lira|lek|zloty|dong|dirhams?|kwacha|birr|taka|r[ou]bles|hryvnias|forints|dinars|%3)(?!\w))")
                .arg(Approximator, Number, alternatives(currencyUnits().units)), I),
         QStringLiteral("MONEY"), QStringLiteral("money.word"), 0.9, currencyWords + currencyUnits().units, 0},
        // QUANTITY before PERCENT: basis points and percentage-point margins.
        // ("a 100-basis-point cut")
        {RE(QStringLiteral(R"((?<![\w.])%1(?<n>%2|%3)[\s-](?:basis[\s-]points?|percentage[\s-]points?|bps)\b)").arg(Approximator, Number, NumberWord), I),
         QStringLiteral("QUANTITY"), QStringLiteral("quantity.points"), 0.9, split("basis percentage bps"), 0},
        // PERCENT, ranges as one span ("2% to 4%", "4.25%-4.50%"), not a change ("from 3% to 5%").
        {RE(QStringLiteral(R"((?<![\w.])(?<!\bfrom\s)%1(?<n>%2)\s?(?:%|percent\b|per cent\b)\s*(?:-|–|to)\s*(?:%2)\s?(?:%|percent\b|per cent\b))")
                .arg(Approximator, Number), I),
         QStringLiteral("PERCENT"), QStringLiteral("percent.range"), 0.9, split("percent cent"), PercentSign},
        {RE(QStringLiteral(R"((?<![\w.])%1(?<n>%2)\s?(?:%|percent\b|per cent\b))").arg(Approximator, Number), I),
         QStringLiteral("PERCENT"), QStringLiteral("percent"), 0.95, split("percent cent"), PercentSign},
        // TIME: clock times ("9:30 a.m.", "10 a.m.", "2000 GMT Sunday").
        {RE(QStringLiteral(R"(%1\b(?<h>\d{1,2})(?::(?<min>\d{2}))?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?:GMT|UTC|ET|CET|BST|local time))?|)"
                           R"(%1\b(?<h2>\d{1,2}):(?<min2>\d{2})\b(?:\s+(?:GMT|UTC|ET|CET|BST|local time))?|)"
                           R"(\b[0-2]\d[0-5]\d\s+(?:GMT|UTC)\b(?:\s+(?:%2))?)").arg(Approximator, Weekdays)),
         QStringLiteral("TIME"), QStringLiteral("time.clock"), 0.9, {}, Colon | Digits},
        // Ages are DATE ("61-year-old", "500 years old", "aged 61", "Okafor, 63, said").
        {RE(QStringLiteral(R"(\b(?:%1|\d{1,3})[- ]years?[- ]old\b|(?<=\baged\s)\d{1,3}(?:\s+(?:to|and)\s+\d{1,3})?\b|(?<=\p{L},\s)(?<age>1\d|[2-9]\d|10\d)(?=,))")
                .arg(NumberWord), I),
         QStringLiteral("DATE"), QStringLiteral("date.age"), 0.9, split("old aged"), Digits},
        // Durations and sizes as modifiers keep their unit: "12-week" DATE, "90-minute" TIME,
        // "6.1-inch" QUANTITY (labelled by the unit), "17th-century", "centuries-old".
        {RE(QStringLiteral(R"(\b(?<n>\d+(?:\.\d+)?|%1|half)-(?<unit>day|week|month|year|decade|century|season|quarter|second|minute|hour|)"
                           R"(inch|foot|feet|metre|meter|mile|kilometre|kilometer|km|tonne|storey|megawatt|gigawatt|MW|GW|acre|hectare)\b(?!-old))"
                           R"(|\b(?:first|second|third|fourth)-quarter\b|\b\d{1,2}(?:st|nd|rd|th)-century\b|\b(?:centuries|decades|years)-old\b)")
                .arg(NumberWord), I),
         QStringLiteral("DATE"), QStringLiteral("date.modifier"), 0.85,
         split("day week month year decade century season quarter second minute hour inch foot feet metre meter mile kilometre "
               "kilometer km tonne storey megawatt gigawatt mw gw acre hectare old"), Digits},
        // TIME: parts of a day, durations under a day (24 hours or more are DATE).
        {RE(QStringLiteral(R"(\b(?:(?:early|late)\s+)?(?<day>%1)\s+(?:morning|afternoon|evening|night)\b|)"
                           R"(\b(?:this|that|yesterday|tomorrow|last|the same)\s+(?:morning|afternoon|evening|night)\b|)"
                           R"(\b(?:tonight|midnight|noon|dawn|dusk)\b)").arg(Weekdays)),
         QStringLiteral("TIME"), QStringLiteral("time.daypart"), 0.85,
         weekdays + split("morning afternoon evening night tonight midnight noon dawn dusk"), 0},
        {RE(QStringLiteral(R"(\b%1(?:the\s+(?:past|last|next|first|final)\s+)?(?:%2\s+(?:seconds?|minutes?|hours?)|(?<![\d%]\s)an?\s+(?:minute|hour))\b(?!-))")
                .arg(Approximator, Count), I),
         QStringLiteral("TIME"), QStringLiteral("time.duration"), 0.8, split("second seconds minute minutes hour hours"), 0},
        // DATE: full dates first, then ranges, month and year, weekdays, years, quarters, relative periods.
        {RE(QStringLiteral(R"(\b(?<month>%1)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>%2)\b)").arg(MonthsBeforeDay, Year)),
         QStringLiteral("DATE"), QStringLiteral("date.mdy"), 0.97, months, 0},
        {RE(QStringLiteral(R"(\b(?<d>\d{1,2})\s+(?<month>%1)\s+(?<y>%2)\b)").arg(MonthsBeforeDay, Year)),
         QStringLiteral("DATE"), QStringLiteral("date.dmy"), 0.97, months, 0},
        {RE(QStringLiteral(R"(\b(?<month>%1)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}\b)?\b(?!,?\s*\d))").arg(MonthsBeforeDay)),
         QStringLiteral("DATE"), QStringLiteral("date.md"), 0.9, months, 0},
        {RE(QStringLiteral(R"(\bbetween\s+(?:(?:early|late|mid-?)\s*)?(?:(?:%1)(?:\s+%2)?|%2|now)\s+and\s+)"
                           R"((?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:%1)(?:\s+%2)?|%2)\b|)"
                           R"(\b(?:%1)(?:\s+%2)?\s*(?:-|–|to|through|until)\s*(?:%1)(?:\s+%2)?\b|)"
                           R"(\b(?:the\s+)?(?:%1)[-–](?:%1)\s+(?:quarter|period)\b|)"
                           R"(\bthe\s+%2[-–/](?:\d{2}|%2)\s+(?:season|fiscal year|financial year|campaign|school year|academic year|harvest)\b|)"
                           R"(\b%2\s*[-–]\s*(?:\d{2}|%2)\b(?!\.\d)|\b%2\s+(?:to|through|until)\s+%2\b)").arg(FullMonths, Year), I),
         QStringLiteral("DATE"), QStringLiteral("date.range"), 0.9, months + split("between"), YearDigits},
        {RE(QStringLiteral(R"(\b(?<month>%1)\s+(?<y>%2)\b)").arg(Months, Year)), QStringLiteral("DATE"), QStringLiteral("date.my"), 0.95, months, 0},
        {RE(QStringLiteral(R"(\b(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)(?<month>%1)\b(?:\s+(?<y>%2))?)").arg(Months, Year)),
         QStringLiteral("DATE"), QStringLiteral("date.part-of-month"), 0.9, months, 0},
        {RE(QStringLiteral(R"(\b(?:(?:the\s+)?(?:end|start|beginning|middle|rest)\s+of\s+)(?:the\s+|this\s+|next\s+|last\s+)?)"
                           R"((?:year|month|decade|season|(?<y>%1))\b)").arg(Year)),
         QStringLiteral("DATE"), QStringLiteral("date.part-of-year"), 0.85, split("end start beginning middle rest"), 0},
        {RE(QStringLiteral(R"(\b(?:early|late|mid)[-\s]?(?<month>%1)\b(?:\s+(?<y>%2))?|\b(?:the\s+)?(?:early|late|mid)[-\s]?(?<y2>%2)s?\b)")
                .arg(FullMonths, Year), I),
         QStringLiteral("DATE"), QStringLiteral("date.mid-month"), 0.85, months + split("early late mid"), 0},
        // Holidays are dates, not the first word of a name ("Easter Road", "Christmas Island").
        {RE(QStringLiteral(R"(\b(?:Christmas(?:\s+(?:Day|Eve))?|(?:Lunar\s+)?New\s+Year(?:['’]s(?:\s+(?:Day|Eve))?)?|Easter|Ramadan|)"
                           R"(Eid(?:\s+al-(?:Fitr|Adha))?|Diwali|Thanksgiving|Hanukkah|Passover)\b)"
                           R"((?![ \t]+(?!(?:Day|Eve|Sunday|Monday|Saturday|Weekend|Holidays?)\b)\p{Lu}))")),
         QStringLiteral("DATE"), QStringLiteral("date.holiday"), 0.85,
         split("christmas year easter ramadan eid diwali thanksgiving hanukkah passover"), 0},
        // A month alone: "May" only after a word that takes a date.
        {RE(QStringLiteral(R"((?<=\b(?:in|since|by|until|from|through|of|last|next|this|into|to|during|before|after|for|the|each|every|its|their|his|her|our)\s|['’]s\s)(?<month>%1)\b(?!\s+\d))")
                .arg(Months)),
         QStringLiteral("DATE"), QStringLiteral("date.month"), 0.8, months, 0},
        {RE(QStringLiteral(R"(\b(?:(?:early|late|last|next|this)\s+)?(?<day>%1)\b)").arg(Weekdays)), QStringLiteral("DATE"),
         QStringLiteral("date.weekday"), 0.9, weekdays, 0},
        {RE(QStringLiteral(R"(\b(?:[Tt]he\s+)?(?:first|second|third|fourth)\s+quarter(?:\s+of\s+%1)?\b|\bQ[1-4](?:\s+%1)?\b|)"
                           R"((?<=\b(?:for|in|during|over|across|through)\s)the\s+quarter\b(?!-|\s+(?:of|to)\b))").arg(Year)),
         QStringLiteral("DATE"), QStringLiteral("date.quarter"), 0.9, split("quarter q1 q2 q3 q4"), 0},
        // Relative and vague dates, with "earlier", "later", "ago" inside the span.
        {RE(QStringLiteral(R"(\b(?:(?:earlier|later)\s+)?(?:the\s+)?(?:past|last|next|coming|previous|first|final)\s+(?:%1\s+)?(?:%2)(?![-‐])(?:\s+of\s+(?:%3|%4|the\s+(?:year|month|season)))?\b|)"
                           R"(\b(?:earlier|later|so far)\s+this\s+(?:week|month|year|season|quarter)\b|)"
                           R"(\b(?:this|last|next)\s+(?:week|month|year|quarter|season|decade)\b|)"
                           R"(\b(?:recent|coming)\s+(?:days|weeks|months|years|decades|seasons)\b|)"
                           R"(\bthe\s+same\s+(?:day|week|month|year|period|season|quarter)(?:\s+(?:of|in)\s+(?:%4|last\s+year|the\s+previous\s+year))?\b|)"
                           R"(\bthat\s+(?:day|week|month|year)\b|\bthe\s+(?:day|week|month|year)\s+(?:before|after)(?=[.,;])|)"
                           R"(\bthe\s+(?:previous|following)\s+(?:day|week|month|year|season)\b|)"
                           R"(\bthe\s+(?:year|week|month|quarter)\s+to\s+(?:%3)\b|\bthe\s+season\b(?![-\s](?:ticket|opener|finale)))"
                           R"(|\b(?:today|yesterday|tomorrow)\b|\b(?:(?:the|this|last|next|early|late)\s+)(?:spring|summer|autumn|winter)\b|)"
                           R"(\b(?:(?:the\s+)?(?:first|second)\s+half)(?:\s+of\s+(?:the\s+year|the\s+season|(?:this|next|last)\s+year|%4))?\b|(?<=\bin\s)(?:spring|summer|autumn|winter)\b)")
                .arg(Count, Periods, FullMonths, Year), I),
         QStringLiteral("DATE"), QStringLiteral("date.relative"), 0.85,
         periods + split("today yesterday tomorrow spring summer autumn winter half recent period"), 0},
        {RE(QStringLiteral(R"(\b%1(?:%2)\s+(?:(?:working|consecutive|straight|calendar|business)\s+)?(?:%3)(?![-‐])(?:\s+(?:ago|earlier|later|before))?\b|)"
                           R"(\b%1an?\s+(?:day|week|month|year|decade|century|season)\s+(?:ago|earlier|later|before)\b|)"
                           R"((?<=\b(?:for|in|within|than|nearly|about|almost|over)\s)an?\s+(?:day|week|month|year|decade|century|season)\b(?!\s+(?:of|in|to|on|for)\b)|)"
                           R"(\ban?\s+(?:day|week|month|year)(?=\s+after\b))")
                .arg(DateApproximator, Count, Periods), I),
         QStringLiteral("DATE"), QStringLiteral("date.duration"), 0.8, periods, 0},
        // A decade keeps its article ("the 1990s").
        {RE(QStringLiteral(R"(\b[Tt]he\s+(?<y>%1)s\b)").arg(Year)), QStringLiteral("DATE"), QStringLiteral("date.decade"), 0.85, {}, YearDigits},
        // Centuries: "the mid-18th century", "the 19th century", "the early twentieth century".
        {RE(QStringLiteral(R"(\b(?:[Tt]he\s+)?(?:(?:early|late|mid)[-\s])?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|)"
                           R"(ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|)"
                           R"(twenty-first)\s+century\b)")),
         QStringLiteral("DATE"), QStringLiteral("date.century"), 0.85, split("century"), 0},
        {RE(QStringLiteral(R"(\b(?<y>%1)s?\b(?![,.]?\d))").arg(Year)), QStringLiteral("DATE"), QStringLiteral("date.year"), 0.85, {}, YearDigits},
        // QUANTITY: a number with a unit.
        {RE(QStringLiteral(R"((?<![\w.])%1(?:minus\s+)?(?<n>%2|%3|a few)%4[\s-]?(?:km|kilomet(?:re|er)s?(?:\s+(?:per|an)\s+hour)?|km/h|mph|miles?|)"
                           R"(metres?|meters?|cubic\s+met(?:re|er)s?|millimet(?:re|er)s?|mm|centimet(?:re|er)s?|cm|inch(?:es)?|feet|foot|)"
                           R"(tonnes?|tons?|barrels?(?:\s+(?:a|per)\s+day)?|kg|kilograms?|pounds(?=\s+of\b)|litres?|liters?|)"
                           R"(MW|GW|kW|kWh|MWh|GWh|TWh|megawatts?|gigawatts?|kilowatts?|points?|hectares?|acres?|TEUs?|)"
                           R"(nanomet(?:re|er)s?|degrees(?:\s+(?:Celsius|Fahrenheit))?|square\s+(?:kilometres|kilometers|miles|metres|meters)|)"
                           // a phone's battery, camera and memory, oil by the day ("5,500mAh", "48-megapixel", "10 gigabytes", "3 million bpd";
                           // not "TB", which health news writes for tuberculosis: "1,200 TB cases")
                           R"(mAh|megapixels?|gigabytes?|terabytes?|GB|bpd)\b)")
                .arg(Approximator, Number, NumberWord, Scale), I),
         QStringLiteral("QUANTITY"), QStringLiteral("quantity.unit"), 0.85,
         split("km kilometre kilometres kilometer kilometers mph mile miles metre metres meter meters cubic millimetre millimetres "
               "millimeter millimeters mm centimetre centimetres cm inch inches feet foot tonne tonnes ton tons barrel barrels kg "
               "kilogram kilograms pounds litre litres liter liters mw gw kw kwh mwh gwh twh megawatt megawatts gigawatt gigawatts "
               "kilowatt kilowatts point points hectare hectares acre acres teu teus nanometre nanometres nanometer nanometers degrees square "
               "mAh megapixel megapixels gigabyte gigabytes terabyte terabytes GB bpd"),
         0},
        {RE(QStringLiteral(R"(\b%1(?:(?:a|one|two|three)[-\s](?:half|third|quarter|fifth|sixth|tenth)s?|half)(?=\s+(?:of|the)\b))").arg(Approximator), I),
         QStringLiteral("CARDINAL"), QStringLiteral("cardinal.fraction"), 0.7, split("half halves third thirds quarter quarters fifth fifths sixth tenth"), 0},
        // ORDINAL
        {RE(QStringLiteral(R"(\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b)"), I),
         QStringLiteral("ORDINAL"), QStringLiteral("ordinal"), 0.8,
         split("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"), OrdinalDigits},
        // CARDINAL: scores ("1-0"), ranges ("3,000 to 5,000", "one or two"), fractions before
        // "of" ("a fifth of", "more than half of"), then what is left of numbers.
        {RE(QStringLiteral(R"(\b\d{1,2}[-–]\d{1,2}\b(?![-–.]\d))")), QStringLiteral("CARDINAL"), QStringLiteral("cardinal.score"), 0.75, {}, Digits},
        {RE(QStringLiteral(R"((?<![\w.$€£¥%])(?<!\bfrom\s)%1(?<n>%2)\s+(?:to|or|-|–)\s+(?:%2)(?<scale>\s+(?:million|billion|thousand|hundred))?(?![\w%]|\.\d))")
                .arg(Approximator, Number)),
         QStringLiteral("CARDINAL"), QStringLiteral("cardinal.range"), 0.7, {}, Digits},
        {RE(QStringLiteral(R"((?<![\w.$€£¥%])%1(?<n>%2)(?<scale>\s+(?:million|billion|thousand|hundred))?(?![\w%]|\.\d))")
                .arg(Approximator, Number)),
         QStringLiteral("CARDINAL"), QStringLiteral("cardinal.digits"), 0.7, {}, Digits},
        {RE(QStringLiteral(R"(\b(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bno\s)(?<!\bany\s)(?<!\bevery\s)(?<!\beach\s)(?<!\bwhich\s))"
                           R"(%1(?:%2(?:\s+or\s+%2)?|hundreds|thousands|dozens)\b(?![-’'](?:\w))(?!\s+(?:another|day\b)))")
                .arg(Approximator, NumberWord), I),
         QStringLiteral("CARDINAL"), QStringLiteral("cardinal.words"), 0.6, numberWords + split("hundreds thousands dozens"), 0},
    };
    return list;
}

QString normalise(const Rule &rule, const QRegularExpressionMatch &m, const QDate &articleDate)
{
    if (rule.label == QLatin1String("MONEY")) {
        const double amount = numberValue(m.captured(QStringLiteral("n"))) * scaleOf(m.captured(QStringLiteral("scale")));
        // ("Surinamese dollars": the code of the whole name, not of "dollars")
        QString sign = m.captured(QStringLiteral("sign"));
        if (m.hasCaptured(QStringLiteral("whose")))
            sign = currencyUnits().names.value(QString(m.captured(QStringLiteral("whose")) + sign).simplified().toLower());
        // (cents stay: "13.52 pula" is no 14)
        QString value = QString::number(amount, 'f', 2);
        if (value.endsWith(QLatin1String(".00")))
            value.chop(3);
        else if (value.endsWith(QLatin1Char('0')))
            value.chop(1);
        return QStringLiteral("%1 %2").arg(m.hasCaptured(QStringLiteral("whose")) ? sign : currencyCode(sign), value);
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

// One bit per rule.
using RuleMask = quint64;

// The trigger words of all rules in their cases, and the rules each one starts.
struct Triggers
{
    QStringList forms;                   // every trigger word in its cases, filled once
    QHash<QStringView, RuleMask> words;   // views into forms -> bit mask of rules
    RuleMask digitRules = 0;   // any run of digits
    RuleMask yearRules = 0;    // four digits from 19xx or 20xx
    RuleMask ordinalRules = 0; // digits with st, nd, rd, th
    RuleMask currencyRules = 0;
    RuleMask percentRules = 0;
    RuleMask colonRules = 0;
};

const Triggers &triggers()
{
    static const Triggers triggerSet = [] {
        Triggers t;
        const QList<Rule> &list = rules();
        if (list.size() > int(sizeof(RuleMask) * 8))
            qFatal("numberrules: more rules than bits in a RuleMask"); // a rule past them would never run
        QHash<QString, RuleMask> masks;
        for (int r = 0; r < list.size(); ++r) {
            const Rule &rule = list.at(r);
            Q_ASSERT_X(rule.pattern.isValid(), "numberrules", qPrintable(rule.id + QLatin1Char(' ') + rule.pattern.errorString()));
            const RuleMask bit = RuleMask(1) << r;
            for (const QString &w : rule.words) {
                for (const QString &form : {w, QString(w.at(0).toUpper() + w.mid(1)), w.toUpper()})
                    masks[form] |= bit;
            }
            if (rule.signs & Digits)
                t.digitRules |= bit;
            if (rule.signs & YearDigits)
                t.yearRules |= bit;
            if (rule.signs & OrdinalDigits)
                t.ordinalRules |= bit;
            if (rule.signs & CurrencySign)
                t.currencyRules |= bit;
            if (rule.signs & PercentSign)
                t.percentRules |= bit;
            if (rule.signs & Colon)
                t.colonRules |= bit;
        }
        t.forms = masks.keys();
        for (const QString &form : std::as_const(t.forms))
            t.words.insert(QStringView(form), masks.value(form));
        return t;
    }();
    return triggerSet;
}

// "Okafor, 63, said": the number after a comma is an age only when a name ends before it.
bool followsName(const QString &text, int numberStart)
{
    int end = numberStart - 2; // before ", "
    int start = end;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('-') || text.at(start - 1) == QChar(0x2019)))
        --start;
    return start < end && text.at(start).isUpper();
}

// The label of a match where the rule's own depends on the words: durations of 24 hours or
// more are DATE, modifiers take their unit's label ("90-minute" TIME, "8-inch" QUANTITY).
QString labelOf(const Rule &rule, const QRegularExpressionMatch &m)
{
    if (rule.id == QLatin1String("date.modifier")) {
        const QString unit = m.captured(QStringLiteral("unit")).toLower();
        if (unit.isEmpty())
            return rule.label;
        if (unit == QLatin1String("second") || unit == QLatin1String("minute"))
            return QStringLiteral("TIME");
        // ("the last 24 hours", "48 hours": a span of hours is a time however long, as the
        // annotated sets have it in 21 of 23 cases)
        if (unit == QLatin1String("hour"))
            return QStringLiteral("TIME");
        static const QStringList dates = {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year"),
                                          QStringLiteral("decade"), QStringLiteral("century"), QStringLiteral("season"), QStringLiteral("quarter")};
        return dates.contains(unit) ? QStringLiteral("DATE") : QStringLiteral("QUANTITY");
    }
    return rule.label;
}

} // namespace

QList<RuleMatch> findNumericEntities(QStringView text, const QDate &articleDate, int threads, int regionChars)
{
    const QString string = text.toString();
    const int size = int(string.size());
    const QList<Rule> &ruleList = rules();
    const Triggers &t = triggers();

    // Windows per rule around its triggers, widened to white space, kept within the trigger's
    // line (no number, date or amount goes on past a line break), and merged.
    std::vector<std::vector<std::pair<int, int>>> windows(size_t(ruleList.size()));
    auto addWindow = [&](RuleMask mask, int start, int end, int before = 48, int after = 48) {
        int from = std::max(0, start - before), to = std::min(size, end + after);
        while (from > 0 && !string.at(from - 1).isSpace())
            --from;
        while (to < size && !string.at(to).isSpace())
            ++to;
        for (int k = start - 1; k >= from; --k) {
            if (string.at(k) == QLatin1Char('\n')) {
                from = k + 1;
                break;
            }
        }
        for (int k = end; k < to; ++k) {
            if (string.at(k) == QLatin1Char('\n')) {
                to = k;
                break;
            }
        }
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
            // (a unit may follow its digits: "5,500mAh")
            if (i == 0 || !string.at(i - 1).isLetter()) {
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
            RuleMask mask = t.digitRules;
            int digitsEnd = end;
            while (digitsEnd > i && !string.at(digitsEnd - 1).isDigit()) // "2023." ends a sentence
                --digitsEnd;
            const QStringView digits = QStringView(string).mid(i, digitsEnd - i);
            if (digits.size() == 4 && (digits.startsWith(u"19") || digits.startsWith(u"20")))
                mask |= t.yearRules;
            const QStringView after = QStringView(string).mid(digitsEnd, std::min(2, size - digitsEnd));
            if (after == u"st" || after == u"nd" || after == u"rd" || after == u"th")
                mask |= t.ordinalRules;
            addWindow(mask, i, end, 24, 20);
            i = end - 1;
        } else if (c == u'$' || c == u'€' || c == u'£' || string.at(i).category() == QChar::Symbol_Currency) { // also "GH₵", "T$"
            addWindow(t.currencyRules, i, i + 1);
        } else if (c == u'%') {
            addWindow(t.percentRules, i, i + 1);
        } else if (c == u':') {
            addWindow(t.colonRules, i, i + 1);
        }
    }

    // Regions of the text that no window crosses: each is matched on its own (rules in their
    // order within it), so that a long text's regions can go to several threads.
    std::vector<std::pair<int, int>> regions;
    {
        std::vector<std::pair<int, int>> all;
        for (const auto &list : windows)
            all.insert(all.end(), list.cbegin(), list.cend());
        std::sort(all.begin(), all.end());
        int regionStart = 0, reach = 0;
        for (const auto &[from, to] : all) {
            if (from >= reach && from - regionStart >= regionChars && reach > regionStart) {
                regions.emplace_back(regionStart, reach);
                regionStart = from;
            }
            reach = std::max(reach, to);
        }
        if (reach > regionStart)
            regions.emplace_back(regionStart, reach);
    }
    // Appends the region's matches to `found`, in text order.
    const auto matchRegion = [&](std::pair<int, int> region, QList<RuleMatch> &found) {
        const qsizetype firstOfRegion = found.size();
        // Earlier rules win: a position taken by MONEY is not also a CARDINAL.
        std::vector<char> taken(size_t(region.second - region.first), 0);
        for (int r = 0; r < ruleList.size(); ++r) {
            const Rule &rule = ruleList.at(r);
            const auto &list = windows[size_t(r)];
            auto window = std::lower_bound(list.cbegin(), list.cend(), region.first, [](const std::pair<int, int> &w, int at) { return w.first < at; });
            for (; window != list.cend() && window->first < region.second; ++window) {
                const auto [from, to] = *window;
                auto it = rule.pattern.globalMatchView(QStringView(string).mid(from, to - from));
                while (it.hasNext()) {
                    const auto m = it.next();
                    const int start = from + int(m.capturedStart());
                    const int end = from + int(m.capturedEnd());
                    if (end <= start)
                        continue;
                    char *first = taken.data() + (start - region.first);
                    char *last = taken.data() + (end - region.first);
                    if (std::find(first, last, char(1)) != last)
                        continue;
                    std::fill(first, last, char(1));
                    if (rule.id == QLatin1String("date.age") && m.hasCaptured(QStringLiteral("age")) && !followsName(string, start))
                        continue;
                    const QString label = labelOf(rule, m);
                    found.append({start, end, label, rule.id, rule.confidence, label == rule.label ? normalise(rule, m, articleDate) : QString()});
                }
            }
        }
        std::sort(found.begin() + firstOfRegion, found.end(), [](const RuleMatch &a, const RuleMatch &b) { return a.start < b.start; });
    };
    QList<RuleMatch> found;
    const size_t workers = std::min(regions.size(), size_t(std::max(1, threads)));
    if (workers <= 1) {
        for (const auto &region : regions)
            matchRegion(region, found);
        return found;
    }
    // Each thread takes the next region left; the regions' matches are joined in text order.
    std::vector<QList<RuleMatch>> perRegion(regions.size());
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t k = next++; k < regions.size(); k = next++)
            matchRegion(regions[k], perRegion[k]);
    };
    std::vector<std::thread> helpers;
    for (size_t w = 1; w < workers; ++w)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
    // Joined into room made for all of them, each region's list freed as it goes: a huge
    // text's million matches are never held twice.
    qsizetype total = 0;
    for (const QList<RuleMatch> &here : perRegion)
        total += here.size();
    found.reserve(total);
    for (QList<RuleMatch> &here : perRegion) {
        std::move(here.begin(), here.end(), std::back_inserter(found));
        here = QList<RuleMatch>();
    }
    return found;
}

} // namespace Gazette
