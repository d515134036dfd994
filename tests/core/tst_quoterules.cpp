// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/quoterules.h"

#include <QTest>

using namespace Gazette;

namespace {
// "quote text => speaker" for each quote found.
QStringList describe(const QString &text)
{
    QStringList out;
    for (const QuoteMatch &q : findQuotes(text)) {
        if (q.needsSpeaker)
            continue; // left for the sentence sieves of the attribution stage
        QString line = text.mid(q.start, q.end - q.start);
        if (q.speakerStart >= 0)
            line += QStringLiteral(" => ") + text.mid(q.speakerStart, q.speakerEnd - q.speakerStart) + QStringLiteral(" (") + q.cue + QLatin1Char(')');
        out.append(line);
    }
    return out;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}
} // namespace

class TestQuoteRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("speaker after, curly")
            << QString::fromUtf8("“Apple has been very selective. They chose us,” Tsai said. Later he left.")
            << strings({"Apple has been very selective. They chose us, => Tsai (said)"});
        QTest::newRow("cue first")
            << QString::fromUtf8("“It grows by more than 20% a year,” said Daniel Okafor, an analyst.")
            << strings({"It grows by more than 20% a year, => Daniel Okafor (said)"});
        QTest::newRow("speaker before, colon")
            << QString::fromUtf8("Marta Visser said: “We looked at every serious supplier in Europe.”")
            << strings({"We looked at every serious supplier in Europe. => Marta Visser (said)"});
        QTest::newRow("straight marks and pronoun")
            << QStringLiteral("\"We will not sell the unit this year,\" he told reporters.")
            << strings({"We will not sell the unit this year, => he (told)"});
        QTest::newRow("split quote")
            << QString::fromUtf8("“Port automation is small today,” Okafor said. “But it grows every year.”")
            << strings({"Port automation is small today, => Okafor (said)", "But it grows every year. => Okafor (said)"});
        QTest::newRow("no speaker across paragraphs")
            << QString::fromUtf8("“We want cranes that run all night without diesel.”\nKestrel, a battery maker founded in 2011, said it would grow.")
            << strings({"We want cranes that run all night without diesel."});
        QTest::newRow("according to")
            << QString::fromUtf8("“The deal closes in June,” according to Lee Ji-won.")
            << strings({"The deal closes in June, => Lee Ji-won (according to)"});
        QTest::newRow("scare quotes are not quotes")
            << QString::fromUtf8("The so-called “AI race” and the “Magnificent Seven” moved markets.") << QStringList();
        QTest::newRow("unattributed long quote kept")
            << QString::fromUtf8("The sign read “No cranes will run on diesel after 2030 in this port.”")
            << strings({"No cranes will run on diesel after 2030 in this port."});
        QTest::newRow("paragraphs are separate spans")
            << QString::fromUtf8("Visser said: “We start in March.\n“Then we add forty machines,” she said.")
            << strings({"We start in March. => Visser (said)", "Then we add forty machines, => she (said)"});
        QTest::newRow("said X, the Y of Z")
            << QString::fromUtf8("“Rates will stay high,” said Ingrid Bakke, the chief economist of Nordhavn Bank.")
            << strings({"Rates will stay high, => Ingrid Bakke (said)"});
        QTest::newRow("title and name after the quote")
            << QString::fromUtf8("“The cranes are ready,” port director Lars Vinter told reporters.")
            << strings({"The cranes are ready, => port director Lars Vinter (told)"});
        QTest::newRow("nominal speaker")
            << QString::fromUtf8("“We had no choice,” the company said.")
            << strings({"We had no choice, => the company (said)"});
        QTest::newRow("apposition names the speaker")
            << QString::fromUtf8("The union’s leader, Greta Holm, said: “Nobody asked the crews.”")
            << strings({"Nobody asked the crews. => Greta Holm (said)"});
        QTest::newRow("straight single marks, apostrophes left alone")
            << QString::fromUtf8("'It's the town's harbour, not ours,' Karin Dahl said.")
            << strings({"It's the town's harbour, not ours, => Karin Dahl (said)"});
        QTest::newRow("UK style paragraphs")
            << QString::fromUtf8("Greta Holm said:\n\n“We voted to strike.\n\n“We will vote again.”")
            << strings({"We voted to strike. => Greta Holm (said)", "We will vote again. => Greta Holm (said)"});
        QTest::newRow("titles and nicknames are no quotes")
            << QString::fromUtf8("The film “Salt And Iron” won, and the club known as “the Grey Gulls” lost.") << QStringList();
    }

    void titles_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("title");
        QTest::newRow("work") << QStringLiteral("The River Does Not Sleep") << true;
        QTest::newRow("nickname") << QStringLiteral("the Yellow Canaries") << true;
        QTest::newRow("sentence") << QStringLiteral("We are not in a race.") << false;
        QTest::newRow("scare quote") << QStringLiteral("alarm") << false;
    }

    void titles()
    {
        QFETCH(QString, words);
        QFETCH(bool, title);
        QCOMPARE(looksLikeTitle(words), title);
    }

    void quotes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(text), expected);
    }

    void pronounsAreMarked()
    {
        const QString text = QStringLiteral("\"We will not sell the unit this year,\" he told reporters.");
        const auto quotes = findQuotes(text);
        QCOMPARE(quotes.size(), 1);
        QVERIFY(quotes.first().pronoun);
        QCOMPARE(quotes.first().ruleId, QStringLiteral("quote.cue-after"));
    }
};

QTEST_GUILESS_MAIN(TestQuoteRules)
#include "tst_quoterules.moc"
