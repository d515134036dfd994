// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/wordboundary.h"

#include <QTest>

using namespace Gazette;

class TestWordBoundary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QString>("expected");
        QTest::newRow("part of a word grows to the word") << QStringLiteral("Joe Tsai said") << QStringLiteral("Ts") << QStringLiteral("Tsai");
        QTest::newRow("trailing space trimmed") << QStringLiteral("Joe Tsai said") << QStringLiteral("Tsai ") << QStringLiteral("Tsai");
        QTest::newRow("combining marks belong to the word") << QStringLiteral("Cafe\u0301 Zürich") << QStringLiteral("Caf") << QStringLiteral("Cafe\u0301");
        QTest::newRow("Chinese: exactly a company name stays") << QStringLiteral("比亚迪公司表示，销量上升。") << QStringLiteral("比亚迪") << QStringLiteral("比亚迪");
        QTest::newRow("Chinese: never runs to the comma") << QStringLiteral("北京市政府表示，计划不变。") << QStringLiteral("北京") << QStringLiteral("北京");
    }
    void snap()
    {
        QFETCH(QString, text);
        QFETCH(QString, selected);
        QFETCH(QString, expected);
        const int start = int(text.indexOf(selected));
        const auto [from, to] = WordBoundary::snap(text, start, start + int(selected.size()));
        QCOMPARE(text.mid(from, to - from), expected);
    }

    void wholeWords()
    {
        const QString text = QStringLiteral("AI said Tsai, the AI chief.");
        QVERIFY(WordBoundary::isWholeWord(text, 0, 2));              // "AI"
        QVERIFY(!WordBoundary::isWholeWord(text, 4, 6));             // "ai" inside "said"
        QVERIFY(WordBoundary::isWholeWord(text, 8, 12));             // "Tsai"
        QVERIFY(!WordBoundary::isWholeWord(text, 10, 12));           // "ai" inside "Tsai"
    }

    void stepping()
    {
        const QString text = QStringLiteral("Apple partners with Alibaba");
        QCOMPARE(WordBoundary::nextWordEnd(text, 0), 5);
        QCOMPARE(WordBoundary::nextWordEnd(text, 5), 14);
        QCOMPARE(WordBoundary::previousWordStart(text, 14), 6);
        QCOMPARE(WordBoundary::previousWordStart(text, 6), 0);
        QCOMPARE(WordBoundary::previousWordStart(text, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestWordBoundary)
#include "tst_wordboundary.moc"
