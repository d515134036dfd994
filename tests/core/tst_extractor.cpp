// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extractor.h"
#include "store/annotationstore.h"

#include <QTest>

using namespace Gazette;

namespace {

const QString Text = QString::fromUtf8(
    "Harbourline Robotics Signs Battery Deal\n"
    "ROTTERDAM — Harbourline Robotics has chosen Kestrel Energy to supply batteries, ending a year of talks. "
    "The agreement, announced on Tuesday in Singapore, is worth about €420 million. "
    "“We looked at every serious supplier in Europe and Asia,” Marta Visser said. "
    "Visser leads the company’s port division in Rotterdam. Shares rose 7.5% in Seoul.\n");

QString labelOf(const Extractor::Result &result, const QString &surface, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = Text.indexOf(surface, at + 1);
    for (const Annotation &a : result.annotations) {
        if (a.start == at && a.end == at + surface.size())
            return a.label;
    }
    return {};
}

Article article()
{
    Article a;
    a.text = Text;
    a.published = QDateTime(QDate(2026, 3, 5), QTime(9, 0), QTimeZone::UTC);
    return a;
}

} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEntitiesQuotesAndFacts()
    {
        const auto result = Extractor::extract(article());
        QCOMPARE(labelOf(result, QStringLiteral("Harbourline Robotics"), 1), QStringLiteral("ORG"));
        QCOMPARE(labelOf(result, QStringLiteral("Kestrel Energy")), QStringLiteral("ORG"));
        // Headline capitals: the organisation starts after "With".
        Article headline = article();
        headline.text = QStringLiteral("Harbourline Signs Battery Deal With Kestrel Energy\n");
        QStringList names;
        for (const Annotation &a : Extractor::extract(headline).annotations)
            names << headline.text.mid(a.start, a.end - a.start);
        QVERIFY2(names.contains(QStringLiteral("Kestrel Energy")), qPrintable(names.join(QLatin1Char('|'))));
        QCOMPARE(labelOf(result, QStringLiteral("Singapore")), QStringLiteral("GPE"));
        QCOMPARE(labelOf(result, QStringLiteral("Rotterdam")), QStringLiteral("GPE"));
        QCOMPARE(labelOf(result, QStringLiteral("Seoul")), QStringLiteral("GPE"));
        QCOMPARE(labelOf(result, QStringLiteral("Tuesday")), QStringLiteral("DATE"));
        QCOMPARE(labelOf(result, QStringLiteral("about €420 million")), QStringLiteral("MONEY"));
        QCOMPARE(labelOf(result, QStringLiteral("7.5%")), QStringLiteral("PERCENT"));
        QCOMPARE(labelOf(result, QStringLiteral("Marta Visser")), QStringLiteral("PERSON"));
        // The surname alone joins the full name.
        QCOMPARE(labelOf(result, QStringLiteral("Visser"), 1), QStringLiteral("PERSON"));
        qint64 full = 0, surname = 0;
        for (const Annotation &a : result.annotations) {
            if (Text.mid(a.start, a.end - a.start) == QLatin1String("Marta Visser"))
                full = a.entityId;
            if (a.start == Text.indexOf(QStringLiteral("Visser leads")))
                surname = a.entityId;
            QVERIFY(!a.ruleId.isEmpty());
            QVERIFY(a.confidence > 0.0);
            QCOMPARE(a.status, AnnotationStatus::Suggested);
            QCOMPARE(a.quote, Text.mid(a.start, a.end - a.start));
        }
        QVERIFY(full != 0);
        QCOMPARE(surname, full);
        QCOMPARE(labelOf(result, QStringLiteral("We looked at every serious supplier in Europe and Asia,")), QStringLiteral("QUOTE"));
        QCOMPARE(result.facts.size(), 1);
        QCOMPARE(result.facts.first().subjectText, QStringLiteral("Marta Visser"));
        QCOMPARE(result.facts.first().subjectEntityId, full);
        QCOMPARE(result.facts.first().predicate, QStringLiteral("said"));
    }

    void learnsFromCorrectionsAcrossArticles()
    {
        // Article one: the reader rejects "Asia" as GPE... and labels "Kestrel" as ORG.
        AnnotationStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const QList<LexiconEntry> lexicon = {{QStringLiteral("Rotterdam"), QStringLiteral("GPE"), Verdict::Reject, 1},
                                             {QStringLiteral("Port Authority"), QStringLiteral("ORG"), Verdict::Accept, 1}};
        // Article two: no Rotterdam suggestion any more, and the learned ORG is found.
        Article second = article();
        second.text = QStringLiteral("Rotterdam and the Port Authority agreed on Monday.\n");
        const auto result = Extractor::extract(second, lexicon);
        bool rotterdam = false, authority = false;
        for (const Annotation &a : result.annotations) {
            const QString surface = second.text.mid(a.start, a.end - a.start);
            rotterdam = rotterdam || surface == QLatin1String("Rotterdam");
            authority = authority || (surface == QLatin1String("Port Authority") && a.label == QLatin1String("ORG")
                                      && a.ruleId == QLatin1String("lexicon.accepted"));
        }
        QVERIFY(!rotterdam);
        QVERIFY(authority);
    }

    void bundleGoesIntoTheStore()
    {
        AnnotationStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        ArticleBundle bundle = extractedBundle(article(), store.lexicon());
        const auto id = store.addArticle(bundle);
        QVERIFY2(id, qPrintable(store.errorString()));
        QVERIFY(store.annotations(*id).size() >= 10);
        QCOMPARE(store.facts(*id).size(), 1);
        QVERIFY(store.articleSummary(*id)->pendingCount >= 10);
    }
};

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
