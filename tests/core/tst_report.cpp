// SPDX-License-Identifier: GPL-3.0-or-later
// Reports for people. Golden files: run with GAZETTE_REGENERATE_GOLDEN=1 to rewrite
// tests/data/reports/*, then read the diff before committing it.
#include "formats/corpuscharts.h"
#include "formats/report.h"
#include "schema/labelset.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Gazette;

namespace {

AnnotatedArticle article(const QString &headline, const QString &text, const QList<std::pair<QString, QString>> &spans)
{
    AnnotatedArticle doc;
    doc.article.headline = headline;
    doc.article.text = text;
    doc.article.source = QStringLiteral("Test Wire");
    doc.article.uri = QStringLiteral("https://news.example/") + headline.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    doc.article.published = QDateTime(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::UTC);
    doc.article.reviewStatus = ReviewStatus::Done;
    qint64 id = 1;
    for (const auto &[quote, label] : spans) {
        Annotation a;
        a.id = id++;
        a.start = int(text.indexOf(quote));
        a.end = a.start + int(quote.size());
        a.label = label;
        a.status = label == QLatin1String("PERCENT") ? AnnotationStatus::Suggested : AnnotationStatus::Accepted;
        a.setContextFrom(text);
        doc.annotations.append(a);
    }
    return doc;
}

QList<AnnotatedArticle> sample()
{
    const QString text = QStringLiteral("Kestrel Shares Rise\nKestrel Energy shares rose 7.5% in Seoul, said Marta Visser: “We are pleased.”\n");
    AnnotatedArticle first = article(QStringLiteral("Kestrel Shares Rise"), text,
                                   {{QStringLiteral("Kestrel Energy"), QStringLiteral("ORG")}, {QStringLiteral("7.5%"), QStringLiteral("PERCENT")},
                                    {QStringLiteral("Seoul"), QStringLiteral("GPE")}, {QStringLiteral("Marta Visser"), QStringLiteral("PERSON")},
                                    {QStringLiteral("We are pleased."), QStringLiteral("QUOTE")}});
    Fact rose;
    rose.kind = QStringLiteral("statistic");
    rose.subjectText = QStringLiteral("Kestrel Energy shares");
    rose.predicate = QStringLiteral("rose");
    rose.objectText = QStringLiteral("7.5%");
    rose.status = AnnotationStatus::Accepted;
    const int start = int(text.indexOf(QStringLiteral("Kestrel Energy shares")));
    rose.evidence = {{start, start + 31, QStringLiteral("Kestrel Energy shares rose 7.5%"), {}, {}, false}};
    Fact said;
    said.kind = QStringLiteral("quote");
    said.subjectText = QStringLiteral("Marta Visser");
    said.predicate = QStringLiteral("said");
    said.objectText = QStringLiteral("We are pleased.");
    said.status = AnnotationStatus::Accepted;
    const int quoteStart = int(text.indexOf(QStringLiteral("We are pleased.")));
    said.evidence = {{quoteStart, quoteStart + 15, QStringLiteral("We are pleased."), {}, {}, false}};
    first.facts = {rose, said};
    const QString second = QStringLiteral("Port Deal\nHarbourline chose Kestrel Energy in Rotterdam.\n");
    AnnotatedArticle other = article(QStringLiteral("Port Deal"), second,
                                   {{QStringLiteral("Harbourline"), QStringLiteral("ORG")}, {QStringLiteral("Kestrel Energy"), QStringLiteral("ORG")},
                                    {QStringLiteral("Rotterdam"), QStringLiteral("GPE")}});
    return {first, other};
}

ReportOptions options()
{
    ReportOptions o;
    o.author = QStringLiteral("Ana Test");
    o.generated = QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::UTC);
    return o;
}

void compareGolden(const QString &actual, const QString &name)
{
    const QString path = QStringLiteral(GAZETTE_TEST_DATA "/reports/") + name;
    if (qEnvironmentVariableIsSet("GAZETTE_REGENERATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
        return;
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(actual, QString::fromUtf8(golden.readAll()));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlGolden() { compareGolden(Report::html(sample(), options()), QStringLiteral("two-articles.html")); }
    // Issue 15: the corpus charts of a multi-article report, as inline SVG; none for one article.
    void htmlReportHasCorpusCharts()
    {
        const QString html = Report::html(sample(), options());
        QVERIFY(html.contains(QStringLiteral("<a href=\"#corpus-charts\">")));
        QCOMPARE(html.count(QStringLiteral("<svg class=\"chart\" role=\"img\" width=\"100%\"")), 4);
        for (CorpusCharts::Kind kind : CorpusCharts::kinds()) {
            QVERIFY(html.contains(QStringLiteral("<figure id=\"chart-%1\">").arg(CorpusCharts::fileStem(kind))));
            QVERIFY(html.contains(QStringLiteral("<title>%1</title>").arg(CorpusCharts::title(kind))));
        }
        QVERIFY(!html.contains(QStringLiteral("<?xml")));
        // Kestrel Energy is in both articles: the first pair names it.
        QVERIFY(html.contains(QStringLiteral("Kestrel Energy and ")));
        QVERIFY(!Report::html({sample().first()}, options()).contains(QStringLiteral("<svg")));
        // Nothing an article says becomes markup, in the charts either.
        QList<AnnotatedArticle> hostile = sample();
        hostile[0].article.headline = QStringLiteral("<script>alert(1)</script> & Co");
        const QString escaped = Report::html(hostile, options());
        QVERIFY(!escaped.contains(QStringLiteral("<script>")));
        QVERIFY(escaped.contains(QStringLiteral("&lt;script&gt;")));
    }

    void chartsExportAsPngAndSvg()
    {
        const CorpusIndex index(CorpusData::fromArticles(sample()));
        QTemporaryDir dir;
        const CorpusCharts::Options chartOptions;
        for (CorpusCharts::Kind kind : CorpusCharts::kinds()) {
            const QString png = dir.filePath(CorpusCharts::fileStem(kind) + QStringLiteral(".png"));
            QCOMPARE(CorpusCharts::save(png, kind, index, chartOptions, ChartStyle::light(), QSize(600, 300)), std::nullopt);
            const QImage image(png);
            QCOMPARE(image.size(), QSize(1200, 600)); // at twice the size, sharp on high-density screens
            QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
            const QString svg = dir.filePath(CorpusCharts::fileStem(kind) + QStringLiteral(".svg"));
            QCOMPARE(CorpusCharts::save(svg, kind, index, chartOptions, ChartStyle::light(), QSize(600, 300)), std::nullopt);
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains("viewBox=\"0 0 600 300\""));
        }
        QVERIFY(CorpusCharts::save(dir.filePath(QStringLiteral("chart.bmp")), CorpusCharts::Kind::Timeline, index, chartOptions,
                                   ChartStyle::light(), QSize(600, 300)));
        QVERIFY(CorpusCharts::save(dir.filePath(QStringLiteral("missing/chart.png")), CorpusCharts::Kind::Timeline, index, chartOptions,
                                   ChartStyle::light(), QSize(600, 300)));
        // A dark style paints a dark chart; an empty library says so instead of drawing axes.
        ChartStyle dark = ChartStyle::light();
        dark.background = QColor(0x23, 0x26, 0x29);
        dark.text = Qt::white;
        QVERIFY(CorpusCharts::image(CorpusCharts::Kind::ReviewProgress, index, chartOptions, dark, QSize(400, 200)).pixelColor(2, 2).lightness() < 60);
        const QByteArray empty = CorpusCharts::svg(CorpusCharts::Kind::ReviewProgress, CorpusIndex(), chartOptions, ChartStyle::light(), QSize(400, 200));
        QVERIFY(empty.contains("No articles yet."));
    }

    void markdownGolden() { compareGolden(Report::markdown(sample(), options()), QStringLiteral("two-articles.md")); }

    void htmlIsSelfContainedWithIndex()
    {
        const QString html = Report::html(sample(), options());
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("src=")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"#article-2\">Port Deal</a>")));               // contents
        QVERIFY(html.contains(QStringLiteral("<td>Kestrel Energy</td><td>ORG</td><td>2</td><td>2</td>"))); // 2 articles, 2 mentions
        QVERIFY(html.contains(QStringLiteral("href=\"#a1-ev0\"")));                                    // evidence link...
        QVERIFY(html.contains(QStringLiteral("id=\"a1-ev0\"")));                                       // ...to its place
        // Who said what across the articles, each quote linked to its article.
        QVERIFY(html.contains(QStringLiteral("<a href=\"#who-said-what\">Who said what</a>")));
        QVERIFY(html.contains(QStringLiteral("<tr><td>Marta Visser</td><td>“We are pleased.”</td><td><a href=\"#article-1\">Kestrel Shares Rise</a></td></tr>")));
        const QString md = Report::markdown(sample(), options());
        QVERIFY(md.contains(QStringLiteral("| Marta Visser | “We are pleased.” | Kestrel Shares Rise |")));
    }

    void escapesEverythingFromTheArticle()
    {
        const QString hostile = QStringLiteral("<script>alert(1)</script> \"><img src=x onerror=alert(2)> <b>bold</b>\n");
        AnnotatedArticle doc = article(QStringLiteral("<h1>Headline</h1><script>x()</script>"), hostile,
                                     {{QStringLiteral("<img src=x"), QStringLiteral("ORG")}});
        doc.article.uri = QStringLiteral("javascript:alert(3)");
        doc.article.source = QStringLiteral("<iframe src=//evil>");
        Fact fact;
        fact.kind = QStringLiteral("<svg onload=alert(4)>");
        fact.predicate = QStringLiteral("x");
        doc.facts = {fact};
        const QString html = Report::html({doc}, options());
        for (const QString &forbidden : {QStringLiteral("<script"), QStringLiteral("<img"), QStringLiteral("<iframe"), QStringLiteral("<svg"),
                                         QStringLiteral("<b>"), QStringLiteral("href=\"javascript"), QStringLiteral("<h1>Headline")}) {
            QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
        }
        // onerror= may only appear as escaped text, never inside a tag.
        const QRegularExpression liveHandler(QStringLiteral("<[^>]*\\son\\w+\\s*="), QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!liveHandler.match(html).hasMatch());
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        const QString md = Report::markdown({doc}, options());
        QVERIFY(!md.contains(QStringLiteral("<script")));
        QVERIFY(!md.contains(QStringLiteral("<img")));
    }

    void pdfPagesAndText_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("copies");
        QTest::addColumn<int>("minimumPages");
        QTest::newRow("A4, short") << int(QPageSize::A4) << 1 << 1;
        QTest::newRow("Letter, long") << int(QPageSize::Letter) << 40 << 3;
    }

    void pdfPagesAndText()
    {
        QFETCH(int, pageSize);
        QFETCH(int, copies);
        QFETCH(int, minimumPages);
        QList<AnnotatedArticle> documents;
        for (int i = 0; i < copies; ++i)
            documents.append(sample().first());
        QTemporaryDir dir;
        // GAZETTE_KEEP_REPORTS=1 keeps the PDFs to look at (pdftoppm turns them into PNGs).
        dir.setAutoRemove(!qEnvironmentVariableIsSet("GAZETTE_KEEP_REPORTS"));
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        if (!dir.autoRemove())
            qInfo("report kept at %s", qPrintable(path));
        ReportOptions o = options();
        o.pageSize = QPageSize::PageSizeId(pageSize);
        QString error;
        QVERIFY2(Report::pdf(documents, o, path, &error), qPrintable(error));

        QProcess info;
        info.start(QStringLiteral(PDFINFO), {path});
        QVERIFY(info.waitForFinished(20000));
        const QString details = QString::fromUtf8(info.readAllStandardOutput());
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(details).captured(1).toInt();
        QVERIFY2(pages >= minimumPages, qPrintable(details));
        QVERIFY2(details.contains(pageSize == int(QPageSize::A4) ? QStringLiteral("A4") : QStringLiteral("letter")), qPrintable(details));

        QProcess text;
        text.start(QStringLiteral(PDFTOTEXT), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("Kestrel Shares Rise")), qPrintable(content.left(400)));
        QVERIFY(content.contains(QStringLiteral("Entity index")));
        // Page numbers at the foot of the pages.
        QVERIFY(content.contains(QRegularExpression(QStringLiteral("(^|\\n)\\s*%1\\s*(\\n|$)").arg(pages))));
    }

    // Issue 12, item 8: what a reader of the report should and should not see.
    void reportContentIsClean()
    {
        AnnotatedArticle doc = sample().first();
        doc.article.uri = QStringLiteral("file:///tmp/gazette-42/deal.txt");
        Entity tsai;
        tsai.id = 7;
        tsai.name = QStringLiteral("Joe Tsai");
        tsai.label = QStringLiteral("PERSON");
        doc.entities = {tsai};
        Fact quote;
        quote.kind = QStringLiteral("quote");
        quote.subjectEntityId = 7;
        quote.subjectText = QStringLiteral("Tsai");
        quote.predicate = QStringLiteral("said");
        quote.objectText = QStringLiteral("“We are pleased,”");
        quote.status = AnnotationStatus::Accepted;
        doc.facts.append(quote);
        // Lower-case names sort among the others, not after them.
        for (const QString &name : {QStringLiteral("apple"), QStringLiteral("Zephyr")}) {
            Annotation a;
            a.id = 100 + doc.annotations.size();
            a.start = 0;
            a.end = 7;
            a.quote = name;
            a.label = QStringLiteral("ORG");
            a.status = AnnotationStatus::Accepted;
            doc.annotations.append(a);
        }
        for (const QString &report : {Report::html({doc}, options()), Report::markdown({doc}, options())}) {
            const QString body = report.mid(report.indexOf(QStringLiteral("<body>")) + 1);
            QCOMPARE(body.count(QStringLiteral("Kestrel Shares Rise")), 1); // the headline, once
            QVERIFY(!report.contains(QStringLiteral("file:")));
            QVERIFY(!report.contains(QStringLiteral("/tmp/")));
            QVERIFY(report.contains(QStringLiteral("Joe Tsai")));
            QVERIFY(report.contains(QStringLiteral("We are pleased")));
            QVERIFY2(!report.contains(QStringLiteral("We are pleased,")), qPrintable(report));
            const qsizetype apple = report.indexOf(QStringLiteral("apple"));
            const qsizetype kestrel = report.lastIndexOf(QStringLiteral("Kestrel Energy"));
            const qsizetype zephyr = report.indexOf(QStringLiteral("Zephyr"));
            QVERIFY2(apple >= 0 && apple < kestrel && kestrel < zephyr, qPrintable(report.right(600)));
        }
    }

    // Issue 12, item 7: a one-page article is one page, A4 or Letter, with whole words, the
    // legend's dashed style, full-width tables and short evidence.
    void pdfIsWellSet_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

    void pdfIsWellSet()
    {
        QFETCH(int, pageSize);
        AnnotatedArticle doc = sample().first();
        Fact deal;
        deal.kind = QStringLiteral("partnership");
        deal.subjectText = QStringLiteral("Kestrel Energy");
        deal.predicate = QStringLiteral("supplies");
        deal.objectText = QStringLiteral("Seoul");
        deal.status = AnnotationStatus::Suggested;
        const int start = int(doc.article.text.indexOf(QStringLiteral("Kestrel Energy shares")));
        deal.evidence = {{start, int(doc.article.text.size()) - 1, doc.article.text.mid(start).trimmed(), {}, {}, false}};
        doc.facts.append(deal);
        const QString html = Report::html({doc}, options());
        QVERIFY(html.contains(QStringLiteral("<table class=\"facts\" width=\"100%\"")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        ReportOptions o = options();
        o.pageSize = QPageSize::PageSizeId(pageSize);
        QString error;
        QVERIFY2(Report::pdf({doc}, o, path, &error), qPrintable(error));
        QProcess info;
        info.start(QStringLiteral(PDFINFO), {path});
        QVERIFY(info.waitForFinished(20000));
        const QString details = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(details.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(details));
        QVERIFY2(details.contains(pageSize == int(QPageSize::A4) ? QStringLiteral("A4") : QStringLiteral("letter")), qPrintable(details));
        QProcess text;
        text.start(QStringLiteral(PDFTOTEXT), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("partnership")), qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("dashed")));
        QVERIFY(content.contains(QStringLiteral("Entity index")));
    }

    // Screenshots: in a German report the facts table broke "Vorgeschlagen" after its twelfth
    // letter, the Status column being too narrow; kinds and statuses now stay whole words.
    void pdfFactsKeepWholeWordsInGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de_DE")), QStringLiteral("gazette"), QStringLiteral("_"),
                                QStringLiteral(GAZETTE_BUILD_DIR "/share/gazette/translations")));
        QCoreApplication::installTranslator(&translator);
        auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        AnnotatedArticle doc = sample().first();
        const QStringList kinds = factKinds();
        for (int i = 0; i < kinds.size(); ++i) {
            Fact fact;
            fact.kind = kinds.at(i);
            fact.subjectText = QStringLiteral("Kestrel Energy");
            fact.predicate = QStringLiteral("supplies");
            fact.objectText = QStringLiteral("batteries");
            fact.status = AnnotationStatus(i % 3);
            doc.facts.append(fact);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bericht.pdf"));
        QString error;
        QVERIFY2(Report::pdf({doc}, options(), path, &error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral(PDFTOTEXT), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QStringList words = QString::fromUtf8(text.readAllStandardOutput()).split(QRegularExpression(QStringLiteral("\\s+")));
        for (const QString &expected : {QStringLiteral("Vorgeschlagen"), QStringLiteral("Angenommen"), QStringLiteral("Abgelehnt"),
                                        QStringLiteral("Markteinführung"), QStringLiteral("Partnerschaft"), QStringLiteral("Wettbewerb")})
            QVERIFY2(words.contains(expected), qPrintable(expected + QStringLiteral(" is broken: ") + words.join(QLatin1Char(' '))));
    }

    void pdfRefusesUnwritablePath()
    {
        QString error;
        QVERIFY(!Report::pdf(sample(), options(), QStringLiteral("/nonexistent-folder/report.pdf"), &error));
        QVERIFY(error.contains(QStringLiteral("Cannot write")));
    }
};

QTEST_MAIN(TestReport) // PDF layout needs fonts: a QGuiApplication (offscreen)
#include "tst_report.moc"
