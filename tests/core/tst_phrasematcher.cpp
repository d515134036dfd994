// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/phrasematcher.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Gazette;

namespace {
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

template<typename Matcher>
QStringList found(const Matcher &matcher, const QString &text, bool longest = false)
{
    QStringList result;
    auto matches = matcher.findAll(text);
    if (longest)
        matches = PhraseMatcher::longestLeftmost(matches);
    for (const auto &m : matches)
        result.append(text.mid(m.start, m.end - m.start) + QLatin1Char('=') + QString::number(m.value));
    return result;
}
} // namespace

class TestPhraseMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesWholeWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("longest");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("names") << "Apple and Alibaba met in Hong Kong." << false
                               << strings({"Apple=1", "Alibaba=2", "Hong Kong=3", "Hong=4"});
        QTest::newRow("longest leftmost") << "Apple and Alibaba met in Hong Kong." << true
                                          << strings({"Apple=1", "Alibaba=2", "Hong Kong=3"});
        QTest::newRow("not inside words") << "Applebee's and Pineapple, Hongkongers" << false << QStringList{};
        QTest::newRow("case matters") << "an apple a day" << false << QStringList{};
        QTest::newRow("punctuation around") << "(Apple), \"Alibaba\"; Hong Kong-listed" << true
                                            << strings({"Apple=1", "Alibaba=2", "Hong Kong=3"});
        QTest::newRow("chinese inside a sentence") << "阿里巴巴与苹果合作，华为公司回应。" << false
                                                   << strings({"阿里巴巴=5", "苹果=6", "华为=7"});
        QTest::newRow("overlapping suffixes") << "ushers" << false << QStringList{};
        QTest::newRow("shared prefixes") << "Kestrel Energy and Kestrel" << true << strings({"Kestrel Energy=8", "Kestrel=9"});
    }

    void matchesWholeWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, longest);
        QFETCH(QStringList, expected);
        PhraseMatcher matcher;
        matcher.add(QStringLiteral("Apple"), 1);
        matcher.add(QStringLiteral("Alibaba"), 2);
        matcher.add(QStringLiteral("Hong Kong"), 3);
        matcher.add(QStringLiteral("Hong"), 4);
        matcher.add(QStringLiteral("阿里巴巴"), 5);
        matcher.add(QStringLiteral("苹果"), 6);
        matcher.add(QStringLiteral("华为"), 7);
        matcher.add(QStringLiteral("Kestrel Energy"), 8);
        matcher.add(QStringLiteral("Kestrel"), 9);
        matcher.add(QStringLiteral("she"), 10);
        matcher.add(QStringLiteral("he"), 11);
        matcher.add(QStringLiteral("hers"), 12);
        matcher.build();
        QCOMPARE(found(matcher, text, longest), expected);
        // The index for an article's few own names finds the same.
        WordPhraseIndex index;
        const QStringList phrases = strings({"Apple", "Alibaba", "Hong Kong", "Hong", "阿里巴巴", "苹果", "华为", "Kestrel Energy", "Kestrel", "she", "he", "hers"});
        for (int i = 0; i < phrases.size(); ++i)
            index.add(phrases.at(i), i + 1);
        index.build();
        QCOMPARE(found(index, text, longest), expected);
    }

    void wordIndexAgreesWithTheAutomaton()
    {
        // Random phrases made of the words of a text: both find the same matches.
        const QString text = QStringLiteral("U.S. officials met Marta Visser and van Leeuwen in Hong Kong; Visser's team, "
                                            "the U.S.-China talks and Hong Kong-listed Geek+ (Geek) followed. 华为 和 苹果。");
        const QStringList words = text.split(QLatin1Char(' '));
        QRandomGenerator random(7);
        for (int round = 0; round < 50; ++round) {
            PhraseMatcher matcher;
            WordPhraseIndex index;
            for (int p = 0; p < 8; ++p) {
                const int from = int(random.bounded(words.size()));
                const int count = 1 + int(random.bounded(3));
                QString phrase = words.mid(from, count).join(QLatin1Char(' '));
                while (!phrase.isEmpty() && !phrase.back().isLetterOrNumber() && phrase.back() != QLatin1Char('.') && phrase.back() != QLatin1Char('+'))
                    phrase.chop(1);
                while (!phrase.isEmpty() && !phrase.front().isLetterOrNumber())
                    phrase.remove(0, 1); // names begin with a letter or digit
                matcher.add(phrase, p);
                index.add(phrase, p);
            }
            matcher.build();
            index.build();
            QVERIFY2(found(index, text, true) == found(matcher, text, true), qPrintable(found(index, text, true).join(QLatin1Char('|')) + QLatin1String(" vs ") + found(matcher, text, true).join(QLatin1Char('|'))));
        }
    }

    void suffixPhrasesAllReported()
    {
        // The classic Aho-Corasick case: every phrase ending at a position, via failure links.
        PhraseMatcher matcher;
        matcher.add(QStringLiteral("he"), 1);
        matcher.add(QStringLiteral("she"), 2);
        matcher.add(QStringLiteral("his"), 3);
        matcher.add(QStringLiteral("hers"), 4);
        matcher.build();
        QCOMPARE(found(matcher, QStringLiteral("she")), strings({"she=2"})); // "he" is inside a word
        QCOMPARE(found(matcher, QStringLiteral("ab 他 she hers")), (strings({"she=2", "hers=4"})));
        QCOMPARE(found(matcher, QStringLiteral("he, his, hers")), (strings({"he=1", "his=3", "hers=4"})));
    }

    void shippedGazetteers()
    {
        // The real lists load and find what a news reader expects.
        PhraseMatcher matcher;
        int rows = 0;
        for (const QString &name : {QStringLiteral("countries.tsv"), QStringLiteral("cities.tsv")}) {
            QFile file(QStringLiteral(GAZETTE_SOURCE_DIR "/resources/gazetteers/") + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                matcher.add(line.section(QLatin1Char('\t'), 0, 0), rows++);
            }
        }
        matcher.build();
        QVERIFY(rows > 9000);
        const QString text = QStringLiteral("From Cupertino to Shenzhen and Dubai, via Hong Kong, China and the Netherlands.");
        QStringList names;
        for (const auto &m : PhraseMatcher::longestLeftmost(matcher.findAll(text)))
            names.append(text.mid(m.start, m.end - m.start));
        for (const QString &expected : {QStringLiteral("Cupertino"), QStringLiteral("Shenzhen"), QStringLiteral("Dubai"),
                                        QStringLiteral("Hong Kong"), QStringLiteral("China"), QStringLiteral("Netherlands")})
            QVERIFY2(names.contains(expected), qPrintable(names.join(QLatin1Char('|'))));
    }
};

QTEST_GUILESS_MAIN(TestPhraseMatcher)
#include "tst_phrasematcher.moc"
