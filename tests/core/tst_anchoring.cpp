// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/anchoring.h"
#include "document/annotation.h"

#include <QTest>

using namespace Gazette;

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchors_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<bool>("found");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<QString>("newQuote");
        QTest::addColumn<int>("newOccurrence");

        const QString text = QStringLiteral(
            "Harbourline Robotics has chosen Kestrel Energy to supply batteries for its cranes. "
            "Marta Visser, chief executive of Harbourline, confirmed the partnership in Singapore. "
            "Kestrel shares rose 7.5% on Wednesday after the announcement.");

        QTest::newRow("unchanged") << text << "Kestrel Energy" << 0 << text << true << true << "Kestrel Energy" << 0;
        QTest::newRow("insertion before")
            << text << "Marta Visser" << 0 << QStringLiteral("UPDATED: an earlier version misnamed the supplier. ") + text
            << true << true << "Marta Visser" << 0;
        QTest::newRow("insertion after")
            << text << "Marta Visser" << 0 << text + QStringLiteral(" Analysts expect more deals.") << true << true
            << "Marta Visser" << 0;
        QTest::newRow("insertion inside a long span")
            << text << "Marta Visser, chief executive of Harbourline" << 0
            << QString(text).replace(QStringLiteral("chief executive of"), QStringLiteral("chief executive officer of"))
            << true << false << "Marta Visser, chief executive officer of Harbourline" << 0;
        QTest::newRow("typo fixed inside")
            << QString(text).replace(QStringLiteral("Marta Visser"), QStringLiteral("Marta Vissar")) << "Marta Vissar" << 0
            << text << true << false << "Marta Visser" << 0;
        QTest::newRow("second of two occurrences")
            << text << "Kestrel" << 1 << QStringLiteral("Kestrel, a battery maker, is in the news. ") + text << true << true
            << "Kestrel" << 2;
        QTest::newRow("deleted span")
            << text << "confirmed the partnership in Singapore" << 0
            << QString(text).replace(QStringLiteral("confirmed the partnership in Singapore"), QStringLiteral("spoke"))
            << false << false << QString() << 0;
        QTest::newRow("short word gone, same word far away")
            << text + QStringLiteral(" ") + QString(2000, QLatin1Char('x')) + QStringLiteral(" Analysts praised Visser later.")
            << "Visser" << 0
            << QString(text).replace(QStringLiteral("Marta Visser, chief"), QStringLiteral("The chief")) + QStringLiteral(" ")
                   + QString(2000, QLatin1Char('x')) + QStringLiteral(" Analysts praised Visser later.")
            << false << false << QString() << 0;
    }

    void anchors()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(QString, newText);
        QFETCH(bool, found);
        QFETCH(bool, exact);
        QFETCH(QString, newQuote);
        QFETCH(int, newOccurrence);

        Annotation span;
        qsizetype start = -1;
        for (int i = 0; i <= occurrence; ++i)
            start = oldText.indexOf(quote, start + 1);
        QVERIFY(start >= 0);
        span.start = int(start);
        span.end = int(start + quote.size());
        span.setContextFrom(oldText);

        const AnchorResult result = anchor(newText, {span.quote, span.prefix, span.suffix, span.start, int(oldText.size())});
        QCOMPARE(result.found, found);
        if (!found)
            return;
        QCOMPARE(result.exact, exact);
        qsizetype expected = -1;
        for (int i = 0; i <= newOccurrence; ++i)
            expected = newText.indexOf(newQuote, expected + 1);
        QCOMPARE(newText.mid(result.start, result.end - result.start), newQuote);
        QCOMPARE(result.start, int(expected));
    }

    void similarity()
    {
        QCOMPARE(bigramSimilarity(u"night", u"night"), 1.0);
        QCOMPARE(bigramSimilarity(u"abc", u"xyz"), 0.0);
        const double close = bigramSimilarity(u"chief executive", u"chief executive officer");
        QVERIFY(close > 0.7 && close < 1.0);
    }

    // The words either side of a span are whole characters: an emoji or a CJK Extension B
    // character where the 32 units of context begin or end is in or out, never half of it (a lone
    // surrogate is no text: exports wrote it as broken UTF-8 or an escape no reader wants).
    void contextNeverSplitsACharacter_data()
    {
        QTest::addColumn<QString>("character");
        QTest::newRow("emoji") << QStringLiteral("\U0001F6A2");
        QTest::newRow("CJK Extension B") << QStringLiteral("\U00020BB7");
    }
    void contextNeverSplitsACharacter()
    {
        QFETCH(QString, character);
        QCOMPARE(character.size(), 2);
        // The prefix would begin at the character's second half, the suffix end after its first.
        const QString before = QStringLiteral("x") + character + QString(Annotation::ContextLength - 1, QLatin1Char('a'));
        const QString after = QString(Annotation::ContextLength - 1, QLatin1Char('b')) + character + QStringLiteral("y");
        const QString text = before + QStringLiteral("Kestrel") + after;
        Annotation a;
        a.start = int(before.size());
        a.end = a.start + 7;
        a.setContextFrom(text);
        QCOMPARE(a.quote, QStringLiteral("Kestrel"));
        QVERIFY2(a.prefix.isValidUtf16(), qPrintable(QString::number(a.prefix.front().unicode(), 16)));
        QVERIFY2(a.suffix.isValidUtf16(), qPrintable(QString::number(a.suffix.back().unicode(), 16)));
        QVERIFY(text.mid(a.start - a.prefix.size(), a.prefix.size()) == a.prefix);
        QVERIFY(text.mid(a.end, a.suffix.size()) == a.suffix);
        QVERIFY(a.prefix.size() >= Annotation::ContextLength - 1 && a.suffix.size() >= Annotation::ContextLength - 1);
        Evidence e;
        e.start = a.start;
        e.end = a.end;
        e.setContextFrom(text);
        QVERIFY(e.prefix.isValidUtf16() && e.suffix.isValidUtf16());
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
