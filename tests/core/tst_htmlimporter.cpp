// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/htmlimporter.h"
#include "formats/importerregistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette;

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private:
    static std::optional<Article> read(const QString &name, ImporterRegistry &registry)
    {
        return registry.readFile(QStringLiteral(GAZETTE_TEST_DATA "/html/") + name);
    }

private Q_SLOTS:
    void keepsTheArticleDropsBoilerplate()
    {
        ImporterRegistry registry;
        const auto article = read(QStringLiteral("boilerplate.html"), registry);
        QVERIFY2(article, qPrintable(registry.errorString()));
        QCOMPARE(article->headline, QStringLiteral("Harbour cranes go electric"));
        const QStringList lines = article->text.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6); // headline and five paragraphs
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Harbourline Robotics said on Monday")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("“We wanted cranes")));
        QCOMPARE(lines.last(), QStringLiteral("The company did not say how much the Antwerp order was worth."));
        for (const QString &junk : {QStringLiteral("spot_img"), QStringLiteral("Advertisement"), QStringLiteral("Share"),
                                    QStringLiteral("cookies"), QStringLiteral("Related Posts"), QStringLiteral("newsletter"),
                                    QStringLiteral("Business"), QStringLiteral("All rights reserved"), QStringLiteral("injected"),
                                    QStringLiteral("dataLayer")}) {
            QVERIFY2(!article->text.contains(junk), qPrintable(junk));
        }
        QCOMPARE(article->markupType, QStringLiteral("text/html"));
        QVERIFY(article->markup.contains(QStringLiteral("<div class=\"cookie-banner\">"))); // the Source view shows the original
        QCOMPARE(article->language, QStringLiteral("en"));
    }

    void readsJsonLdMetadata()
    {
        ImporterRegistry registry;
        const auto article = read(QStringLiteral("jsonld.html"), registry);
        QVERIFY2(article, qPrintable(registry.errorString()));
        QCOMPARE(article->headline, QStringLiteral("Kestrel Energy opens its second battery plant in Gdańsk"));
        QCOMPARE(article->byline, QStringLiteral("Ola Nowak, Lee Min-ji"));
        QCOMPARE(article->source, QStringLiteral("Northern Wire"));
        QCOMPARE(article->published, QDateTime(QDate(2026, 5, 12), QTime(6, 30), QTimeZone::UTC));
        QCOMPARE(article->uri, QStringLiteral("https://northernwire.example/business/kestrel-gdansk"));
        QCOMPARE(article->language, QStringLiteral("en"));
        QVERIFY(article->text.startsWith(article->headline + QLatin1Char('\n')));
        QVERIFY(article->text.contains(QStringLiteral("€1.2 billion")));
    }

    void pageWithoutMetadata()
    {
        ImporterRegistry registry;
        const auto article = read(QStringLiteral("plain.html"), registry);
        QVERIFY2(article, qPrintable(registry.errorString()));
        QCOMPARE(article->headline, QStringLiteral("Ferry line adds night crossing"));
        QCOMPARE(article->source, QStringLiteral("plain.html"));
        QVERIFY(!article->published.isValid());
        QCOMPARE(article->text.count(QLatin1Char('\n')), 3);
    }

    void brokenHtmlStillReads()
    {
        ImporterRegistry registry;
        const auto article = read(QStringLiteral("broken.html"), registry);
        QVERIFY2(article, qPrintable(registry.errorString()));
        QVERIFY(article->text.contains(QStringLiteral("the parser still finds the text")));
        QVERIFY(article->text.contains(QStringLiteral("A second paragraph")));
    }

    void declaredLegacyCharset()
    {
        ImporterRegistry registry;
        const auto article = read(QStringLiteral("windows-1252.html"), registry);
        QVERIFY2(article, qPrintable(registry.errorString()));
        QCOMPARE(article->headline, QStringLiteral("Café owners"));
        QVERIFY(article->text.contains(QStringLiteral("München said “yes”")));
    }

    void refusesPagesWithoutText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("  \n") << "empty";
        QTest::newRow("only scripts") << QByteArray("<html><body><script>alert(1)</script><nav>Home</nav></body></html>") << "no article text";
    }

    void refusesPagesWithoutText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("page.html")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        ImporterRegistry registry;
        QVERIFY(!registry.readFile(file.fileName()));
        QVERIFY2(registry.errorString().contains(message), qPrintable(registry.errorString()));
    }

    // 20,000 nested elements overflowed the stack of the recursive readability walk.
    void deeplyNestedPage()
    {
        QByteArray page = "<html><body>";
        for (int i = 0; i < 20000; ++i)
            page += "<div>";
        page += "<p>Deep inside the page, the harbour authority approved the new ferry terminal.</p>";
        for (int i = 0; i < 20000; ++i)
            page += "</div>";
        page += "</body></html>";
        HtmlImporter importer;
        const auto article = importer.read(page, QStringLiteral("https://example.org/deep"));
        QVERIFY2(article, qPrintable(importer.errorString()));
        QVERIFY(article->text.contains(QStringLiteral("the harbour authority approved the new ferry terminal")));
        QVERIFY2(importer.warnings().join(QLatin1Char(' ')).contains(QStringLiteral("20000 levels deep")), qPrintable(importer.warnings().join(QLatin1Char(' '))));
    }

    // Unclosed nesting made the parser's memory grow with the square of the depth.
    void unclosedNestingStaysSmallAndFast()
    {
        QByteArray page = "<html><body><p>A story that starts well, then the markup goes on and on.</p>";
        for (int i = 0; i < 100000; ++i)
            page += "<div><span><b>";
        page += "<p>Still text at the very bottom of the page.</p>";
        QElapsedTimer timer;
        timer.start();
        HtmlImporter importer;
        const auto article = importer.read(page, QStringLiteral("https://example.org/unclosed"));
        QVERIFY2(article, qPrintable(importer.errorString()));
        QVERIFY(article->text.contains(QStringLiteral("A story that starts well")));
        QVERIFY(article->text.contains(QStringLiteral("Still text")));
        QVERIFY(importer.warnings().join(QLatin1Char(' ')).contains(QStringLiteral("flattened")));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    // Nesting that stays under the limit is read as it is, without a warning.
    void ordinaryNestingIsLeftAlone()
    {
        QByteArray page = "<html><body>";
        for (int i = 0; i < 200; ++i)
            page += "<div><p>Paragraph that is long enough to count for the score, number " + QByteArray::number(i) + ".";
        page += "</body></html>";
        HtmlImporter importer;
        const auto article = importer.read(page, QStringLiteral("https://example.org/ok"));
        QVERIFY2(article, qPrintable(importer.errorString()));
        QVERIFY(importer.warnings().isEmpty());
        QVERIFY(article->text.contains(QStringLiteral("number 199.")));
    }

    void markdown()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("note.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Intro line before the title\n\n# Port *Deal* Signed\n\nHarbourline chose **Kestrel Energy** on [Tuesday](https://x.example).\n\n- one point\n- two points\n");
        file.close();
        ImporterRegistry registry;
        const auto article = registry.readFile(file.fileName());
        QVERIFY2(article, qPrintable(registry.errorString()));
        QCOMPARE(article->headline, QStringLiteral("Port Deal Signed"));
        QCOMPARE(article->text, QStringLiteral("Intro line before the title\nPort Deal Signed\nHarbourline chose Kestrel Energy on Tuesday.\none point\ntwo points\n"));
        QCOMPARE(article->markupType, QStringLiteral("text/markdown"));
    }
};

QTEST_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
