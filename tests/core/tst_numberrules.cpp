// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/numberrules.h"

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
        QTest::newRow("cardinal with thousands") << "employs 3,200 people" << "3,200" << "CARDINAL" << "3200";
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
};

QTEST_GUILESS_MAIN(TestNumberRules)
#include "tst_numberrules.moc"
