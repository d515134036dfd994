// SPDX-License-Identifier: GPL-3.0-or-later
// Inter-annotator agreement against figures worked out by hand (see the comments).
#include "evaluation/agreement.h"

#include <QTest>

#include <cmath>

using namespace Gazette;
using namespace Gazette::Agreement;

namespace {

// Tokens: Anna(0-4) Berg(5-9) met Tom(14-17) Li(18-20) in Oslo(24-28) on Monday(32-38) .
const QString Text = QStringLiteral("Anna Berg met Tom Li in Oslo on Monday .");

Document handExample()
{
    Document document;
    document.text = Text;
    const QString person = QStringLiteral("PERSON"), gpe = QStringLiteral("GPE"), date = QStringLiteral("DATE");
    // ana: P P O P P O G O D O
    document.spans.insert(QStringLiteral("ana"), {{0, 9, person}, {14, 20, person}, {24, 28, gpe}, {32, 38, date}});
    // ben: P P O P O O G O O O
    document.spans.insert(QStringLiteral("ben"), {{0, 9, person}, {14, 17, person}, {24, 28, gpe}});
    return document;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-6;
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenises()
    {
        const auto bounds = tokens(Text);
        QCOMPARE(bounds.size(), 10);
        QCOMPARE(bounds.at(3), std::make_pair(14, 17));
        QCOMPARE(bounds.at(9), std::make_pair(39, 40));
        // Chinese: one token per character.
        QCOMPARE(tokens(QStringLiteral("比亚迪 said")).size(), 4);
    }

    void cohensKappaByHand()
    {
        const Report report = compute({handExample()});
        QCOMPARE(report.annotators, (QStringList{QStringLiteral("ana"), QStringLiteral("ben")}));
        QCOMPARE(report.pairs.size(), 1);
        const Pair &pair = report.pairs.first();
        QCOMPARE(pair.tokens, 10);
        // po = 8/10; ana P4 O4 G1 D1, ben P3 O6 G1 D0: pe = .12 + .24 + .01 = .37;
        // kappa = (.8 - .37) / (1 - .37) = .43 / .63
        QVERIFY2(near(pair.overall.kappa, 0.43 / 0.63), qPrintable(QString::number(pair.overall.kappa)));
        // PERSON against the rest: po = .9, pe = .4 * .3 + .6 * .7 = .54: kappa = .36 / .46
        QVERIFY(near(pair.byLabel.value(QStringLiteral("PERSON")).kappa, 0.36 / 0.46));
        QVERIFY(near(pair.byLabel.value(QStringLiteral("GPE")).kappa, 1.0));
        // DATE: ben never uses it: pe = .9 = po: kappa 0
        QVERIFY(near(pair.byLabel.value(QStringLiteral("DATE")).kappa, 0.0));
    }

    void exactSpanF1ByHand()
    {
        const Pair pair = compute({handExample()}).pairs.first();
        // ana 4 spans, ben 3, the same 2 (Anna Berg, Oslo): F1 = 2 * 2 / 7
        QCOMPARE(pair.overall.spansA, 4);
        QCOMPARE(pair.overall.spansB, 3);
        QCOMPARE(pair.overall.matches, 2);
        QVERIFY(near(pair.overall.f1, 4.0 / 7.0));
        QVERIFY(near(pair.byLabel.value(QStringLiteral("PERSON")).f1, 0.5)); // 2 and 2, 1 alike
        QVERIFY(near(pair.byLabel.value(QStringLiteral("GPE")).f1, 1.0));
        QVERIFY(near(pair.byLabel.value(QStringLiteral("DATE")).f1, 0.0));
    }

    void krippendorffsAlphaByHand()
    {
        // Coincidences: PP 6, OO 8, GG 2, PO 1 + OP 1, DO 1 + OD 1; n = 20; n_P 7, n_O 10, n_G 2,
        // n_D 1; sum of n_c n_k over c != k = 400 - 154 = 246; alpha = 1 - 19 * 4 / 246
        const Report report = compute({handExample()});
        QVERIFY2(near(report.alpha, 1.0 - 19.0 * 4.0 / 246.0), qPrintable(QString::number(report.alpha)));
        QVERIFY(near(report.alphaByLabel.value(QStringLiteral("GPE")), 1.0));
    }

    // The textbook example of Krippendorff (2011), nominal data with missing values: alpha 0.743.
    void krippendorffsAlphaWithMissingValues()
    {
        const QList<QStringList> units = {
            {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")},
            {QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("2")},
            {QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("3")},
            {QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("3")},
            {QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2")},
            {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")},
            {QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4")},
            {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1")},
            {QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("2")},
            {QStringLiteral("5"), QStringLiteral("5"), QStringLiteral("5")},
            {QStringLiteral("1"), QStringLiteral("1")},
            {QStringLiteral("3")},
        };
        QVERIFY2(std::abs(krippendorffsAlpha(units) - 0.743) < 0.001, qPrintable(QString::number(krippendorffsAlpha(units))));
    }

    // Annotators who did not annotate an article are missing there, not in disagreement.
    void absentAnnotatorIsMissing()
    {
        Document second;
        second.text = QStringLiteral("Rain in Lima .");
        second.spans.insert(QStringLiteral("ana"), {{8, 12, QStringLiteral("GPE")}});
        second.spans.insert(QStringLiteral("cai"), {{8, 12, QStringLiteral("GPE")}});
        const Report report = compute({handExample(), second});
        QCOMPARE(report.annotators.size(), 3);
        QCOMPARE(report.pairs.size(), 3);
        QCOMPARE(report.pairs.at(0).tokens, 10); // ana and ben: the first article only
        QCOMPARE(report.pairs.at(1).tokens, 4);  // ana and cai: the second only
        QVERIFY(near(report.pairs.at(1).overall.kappa, 1.0));
        QCOMPARE(report.pairs.at(2).tokens, 0);  // ben and cai: nothing in common
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
