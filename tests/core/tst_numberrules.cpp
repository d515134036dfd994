// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/numberrules.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Gazette;

class TestNumberRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("value");

        QTest::newRow("money with scale") << "adding roughly $1.1 billion to its value" << "roughly $1.1 billion" << "MONEY" << "USD 1100000000";
        QTest::newRow("euro") << "worth about €420 million over five years" << "about €420 million" << "MONEY" << "EUR 420000000";
        QTest::newRow("yuan after") << "a 12 billion yuan fund" << "12 billion yuan" << "MONEY" << "CNY 12000000000";
        QTest::newRow("RMB before") << "raised RMB 5 billion last year" << "RMB 5 billion" << "MONEY" << "CNY 5000000000";
        QTest::newRow("percent with approximator") << "grows by more than 20% a year" << "more than 20%" << "PERCENT" << "20";
        QTest::newRow("percent word") << "rose 7.5 percent in Seoul" << "7.5 percent" << "PERCENT" << "7.5";
        QTest::newRow("full date") << "on March 4, 2026, the board met" << "March 4, 2026" << "DATE" << "2026-03-04";
        QTest::newRow("day month year") << "signed on 4 March 2026 in Oslo" << "4 March 2026" << "DATE" << "2026-03-04";
        QTest::newRow("year without preposition") << "In 2023, Huawei led the market" << "2023" << "DATE" << "2023";
        QTest::newRow("month year") << "since January 2025 the shares" << "January 2025" << "DATE" << "2025-01";
        QTest::newRow("part of month") << "by the end of March the plant" << "the end of March" << "DATE" << "2026-03";
        QTest::newRow("weekday resolved") << "said on Tuesday that it would" << "Tuesday" << "DATE" << "2026-03-03";
        QTest::newRow("month after preposition") << "prices fell in May after" << "May" << "DATE" << "2026-05";
        QTest::newRow("quarter") << "sales in Q3 were strong" << "Q3" << "DATE" << "";
        QTest::newRow("relative period") << "over the past two years it" << "the past two years" << "DATE" << "";
        QTest::newRow("clock time") << "trading opened at 9:30 a.m. in New York" << "9:30 a.m." << "TIME" << "";
        QTest::newRow("day part") << "announced on Tuesday evening that" << "Tuesday evening" << "TIME" << "";
        QTest::newRow("quantity") << "a line of 60 kilometres to the coast" << "60 kilometres" << "QUANTITY" << "60";
        QTest::newRow("ordinal") << "its second plant near Gdańsk" << "second" << "ORDINAL" << "";
        QTest::newRow("cardinal with approximator") << "will employ about 900 people by then" << "about 900" << "CARDINAL" << "900";
        QTest::newRow("age range") << "children aged 8 to 14 were tested" << "8 to 14" << "DATE" << "";
        QTest::newRow("year range with to") << "output grew from 2019 to 2023 in every region" << "2019 to 2023" << "DATE" << "";
        QTest::newRow("decade with its article") << "prices last rose like this in the 1990s, he said" << "the 1990s" << "DATE" << "";
        QTest::newRow("century") << "the church was built in the mid-18th century by monks" << "the mid-18th century" << "DATE" << "";
        QTest::newRow("quarter opening a sentence") << "The third quarter was weak for the bank." << "The third quarter" << "DATE" << "";
        QTest::newRow("the quarter after for") << "revenue for the quarter rose 4%" << "the quarter" << "DATE" << "";
        QTest::newRow("last quarter of a year") << "sales fell in the last quarter of 2025 as prices rose" << "the last quarter of 2025" << "DATE" << "";
        QTest::newRow("half of this year") << "profit rose in the first half of this year on higher prices" << "the first half of this year" << "DATE" << "";
        QTest::newRow("the same period of a year") << "up from 12 in the same period of 2024, the agency said" << "the same period of 2024" << "DATE" << "";
        QTest::newRow("the year before") << "it had lost $3 million the year before." << "the year before" << "DATE" << "";
        QTest::newRow("cardinal with thousands") << "employs 3,200 people" << "3,200" << "CARDINAL" << "3200";
        // Wire copy and the house rules of the annotation guidelines.
        QTest::newRow("month abbreviated without point") << "LAGOS, Nov 18 (Reuters) - The bank" << "Nov 18" << "DATE" << "2026-11-18";
        QTest::newRow("day range") << "the meeting on Jan 20-21 in Abuja" << "Jan 20-21" << "DATE" << "";
        QTest::newRow("clock without minutes") << "kick-off is at 2 p.m. on Saturday" << "2 p.m." << "TIME" << "";
        QTest::newRow("clock with approximator") << "the quake struck at about 5:40 a.m. local time" << "about 5:40 a.m. local time" << "TIME" << "";
        QTest::newRow("age") << "the 61-year-old judge said" << "61-year-old" << "DATE" << "";
        QTest::newRow("age after a name") << "Adaeze Okafor, 63, said the plan" << "63" << "DATE" << "";
        QTest::newRow("duration as modifier") << "a two-day meeting in Abuja" << "two-day" << "DATE" << "";
        QTest::newRow("minutes as modifier") << "after a 90-minute debate" << "90-minute" << "TIME" << "";
        QTest::newRow("size as modifier") << "with an 8-inch screen" << "8-inch" << "QUANTITY" << "";
        QTest::newRow("basis points") << "raised its rate by 50 basis points to 27.5%" << "50 basis points" << "QUANTITY" << "50";
        QTest::newRow("percentage points") << "fell 1.5 percentage points" << "1.5 percentage points" << "QUANTITY" << "1.5";
        QTest::newRow("percent range") << "a target of 2% to 4% for inflation" << "2% to 4%" << "PERCENT" << "2";
        QTest::newRow("change is not a range") << "rose from 3% to 5% in May" << "3%" << "PERCENT" << "3";
        QTest::newRow("naira") << "a fine of 1,600 naira per day" << "1,600 naira" << "MONEY" << "";
        QTest::newRow("crore") << "dues of Rs 8,400 crore to the state" << "Rs 8,400 crore" << "MONEY" << "";
        QTest::newRow("CFA francs") << "costs 2,800 CFA francs a sack" << "2,800 CFA francs" << "MONEY" << "";
        // Currencies named by CLDR's English names and signs (resources/gazetteers/currency-units.tsv)
        QTest::newRow("a unit from the currency names") << "reserves of about 38 billion pula in June" << "about 38 billion pula" << "MONEY" << "BWP 38000000000";
        QTest::newRow("a unit with a diacritic") << "traded at about 36.62 córdobas per dollar" << "about 36.62 córdobas" << "MONEY" << "NIO 36.62";
        QTest::newRow("a plural unit") << "a fine of 1,600 somonis for each" << "1,600 somonis" << "MONEY" << "TJS 1600";
        QTest::newRow("a sign with letters") << "pledged NZ$2 million in aid" << "NZ$2 million" << "MONEY" << "NZD 2000000";
        QTest::newRow("a sign of its own") << "earned GH₵5 million last year" << "GH₵5 million" << "MONEY" << "GHS 5000000";
        QTest::newRow("whose dollars") << "traded at about 37.40 Surinamese dollars on Friday" << "about 37.40 Surinamese dollars" << "MONEY" << "SRD 37.4";
        QTest::newRow("a country's dollar sign") << "a 35% stake for TT$24 million in cash" << "TT$24 million" << "MONEY" << "TTD 24000000";
        QTest::newRow("an ISO code before") << "priced at BHD 289 in Manama" << "BHD 289" << "MONEY" << "BHD 289";
        QTest::newRow("whose dollars in two words") << "earned 5 million Hong Kong dollars last year" << "5 million Hong Kong dollars" << "MONEY" << "HKD 5000000";
        QTest::newRow("a year, a name and won is no money") << "In 2019 Korea won the cup again" << "2019" << "DATE" << "2019";
        QTest::newRow("a weight is no money") << "boxes holding 40 pounds of fruit" << "40 pounds" << "QUANTITY" << "";
        QTest::newRow("as much as") << "could raise as much as $5 billion" << "as much as $5 billion" << "MONEY" << "USD 5000000000";
        QTest::newRow("up to stays outside") << "could raise up to $5 billion" << "$5 billion" << "MONEY" << "USD 5000000000";
        QTest::newRow("a year earlier") << "from 21.1% a year earlier" << "a year earlier" << "DATE" << "";
        QTest::newRow("years earlier") << "than it did two years earlier" << "two years earlier" << "DATE" << "";
        QTest::newRow("recent weeks") << "shares fell in recent weeks" << "recent weeks" << "DATE" << "";
        QTest::newRow("several decades") << "the worst drought in several decades" << "several decades" << "DATE" << "";
        QTest::newRow("earlier this year") << "the bank said earlier this year that" << "earlier this year" << "DATE" << "";
        QTest::newRow("range of years") << "factories shut between 2023 and 2025 in Lagos" << "between 2023 and 2025" << "DATE" << "";
        QTest::newRow("season range") << "in the 2024-25 season the club" << "the 2024-25 season" << "DATE" << "";
        QTest::newRow("month range") << "from March to May the rains" << "March to May" << "DATE" << "";
        QTest::newRow("early month") << "the plant opens in early May" << "early May" << "DATE" << "";
        QTest::newRow("mid year") << "prices peaked in mid-2023 before" << "mid-2023" << "DATE" << "";
        QTest::newRow("48 hours are a time too") << "within 48 hours of the vote" << "48 hours" << "TIME" << "";
        QTest::newRow("a battery's capacity") << "a 5,500mAh battery that charges" << "5,500mAh" << "QUANTITY" << "";
        QTest::newRow("a camera's megapixels") << "a 48-megapixel main camera" << "48-megapixel" << "QUANTITY" << "";
        QTest::newRow("memory in gigabytes") << "with 10 gigabytes of free data" << "10 gigabytes" << "QUANTITY" << "";
        QTest::newRow("basis points with hyphens") << "after a 100-basis-point cut in May" << "100-basis-point" << "QUANTITY" << "";
        QTest::newRow("tuberculosis is no unit") << "reported 1,200 TB cases last year" << "1,200" << "CARDINAL" << "";
        QTest::newRow("oil by the day") << "output of 3 million bpd last year" << "3 million bpd" << "QUANTITY" << "";
        QTest::newRow("hours are a time") << "talks lasted six hours" << "six hours" << "TIME" << "";
        QTest::newRow("tonight") << "the final is tonight in Kashima" << "tonight" << "TIME" << "";
        QTest::newRow("score") << "Kashima won 1-0 at home" << "1-0" << "CARDINAL" << "";
        QTest::newRow("cardinal range") << "between 3,000 to 5,000 people" << "3,000 to 5,000" << "CARDINAL" << "";
        QTest::newRow("fraction") << "a fifth of the crop was lost" << "a fifth" << "CARDINAL" << "";
        QTest::newRow("one of") << "it was one of the worst years" << "one" << "CARDINAL" << "";
        QTest::newRow("number word at sentence start") << "Two players were sent off." << "Two" << "CARDINAL" << "";
        QTest::newRow("holiday") << "sales before Christmas rose" << "Christmas" << "DATE" << "";
        QTest::newRow("holiday's day") << "the shops close on Easter Sunday" << "Easter" << "DATE" << "";
    }

    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, label);
        QFETCH(QString, value);
        const auto found = findNumericEntities(text, QDate(2026, 3, 5)); // a Thursday
        const qsizetype at = text.indexOf(span);
        QVERIFY(at >= 0);
        bool matched = false;
        QStringList seen;
        for (const RuleMatch &m : found) {
            seen << text.mid(m.start, m.end - m.start) + QLatin1Char('/') + m.label;
            if (m.start == at && m.end == at + span.size()) {
                matched = true;
                QCOMPARE(m.label, label);
                if (!value.isEmpty())
                    QCOMPARE(m.value, value);
                QVERIFY(!m.ruleId.isEmpty());
                QVERIFY(m.confidence > 0.0 && m.confidence <= 1.0);
            }
        }
        QVERIFY2(matched, qPrintable(seen.join(QStringLiteral(" | "))));
    }

    void traps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("notAnEntity");
        QTest::newRow("May the modal verb") << "The company May Holdings may raise prices" << "may";
        QTest::newRow("May the name") << "analyst Theresa May said" << "May";
        QTest::newRow("per share is not money") << "earned $2 per share" << "per share";
        QTest::newRow("the one") << "the one that got away" << "one";
        QTest::newRow("no one") << "no one was hurt" << "one";
        QTest::newRow("a year as a rate") << "it earns $5 billion a year from fees" << "year";
        QTest::newRow("up to") << "could raise up to $5 billion" << "up";
        QTest::newRow("a capitalised word like a code") << "THE TOP 10 CLUBS PLAY ALL 40 GAMES" << "TOP 10";
        QTest::newRow("quarter-finals") << "the sides could meet in the quarter-finals next month" << "quarter";
        QTest::newRow("a holiday that begins a name") << "a crowd of 19,402 at Easter Road" << "Easter";
    }

    void traps()
    {
        QFETCH(QString, text);
        QFETCH(QString, notAnEntity);
        const qsizetype at = text.lastIndexOf(notAnEntity);
        for (const RuleMatch &m : findNumericEntities(text, QDate(2026, 3, 5))) {
            const bool covers = m.start <= at && at < m.end;
            QVERIFY2(!covers, qPrintable(text.mid(m.start, m.end - m.start) + QLatin1Char('/') + m.label));
        }
    }

    // A long text is matched in regions on several threads: the same matches as on one thread,
    // in the same order, on every article we have (the regions here are short, so that there
    // are many and their edges fall everywhere).
    void regionsOnThreadsFindTheSame()
    {
        QString text;
        for (const char *folder : {"train", "dev", "dev2", "dev3", "gold", "encodings"}) {
            const QDir dir(QStringLiteral(GAZETTE_TEST_DATA "/") + QLatin1String(folder));
            for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                text += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
            }
        }
        QVERIFY(text.size() > 250000);
        const QDate date(2026, 3, 5);
        const QList<RuleMatch> one = findNumericEntities(text, date);
        QVERIFY(one.size() > 3000);
        for (const int regionChars : {1, 700, 5000}) {
            const QList<RuleMatch> regions = findNumericEntities(text, date, 3, regionChars);
            QCOMPARE(regions.size(), one.size());
            for (qsizetype i = 0; i < one.size(); ++i) {
                if (!(regions.at(i) == one.at(i)))
                    QFAIL(qPrintable(QStringLiteral("regions of %1: match %2 differs: %3 %4-%5 instead of %6 %7-%8")
                                         .arg(regionChars).arg(i).arg(regions.at(i).label).arg(regions.at(i).start).arg(regions.at(i).end)
                                         .arg(one.at(i).label).arg(one.at(i).start).arg(one.at(i).end)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberRules)
#include "tst_numberrules.moc"
