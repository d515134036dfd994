// SPDX-License-Identifier: GPL-3.0-or-later
// Saves the main window at 1280x800 in a light and a dark theme to build/screenshots/, with the
// sample article annotated as a reader would leave it, and checks what the pictures show.
#include "documentview.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "themecontroller.h"
#include "uitest.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette;

class TestScreenshots : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Gazette::Testing::isolate(QStringLiteral("GazetteScreenshots")); }

private Q_SLOTS:
    void initTestCase()
    {
        // Test mode moves the data folders, and with them the icon themes: add the system's back.
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() + QStringList{QStringLiteral("/usr/share/icons")});
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QStringLiteral("Breeze Light") << QStringLiteral("main-light.png") << false;
        QTest::newRow("dark") << QStringLiteral("Breeze Dark") << QStringLiteral("main-dark.png") << true;
    }

    void screenshots()
    {
        QFETCH(QString, theme);
        QFETCH(QString, file);
        QFETCH(bool, dark);
        QTemporaryDir dir;
        QSettings().clear();
        QSettings().setValue(QStringLiteral("library/path"), dir.filePath(QStringLiteral("shots.gazette")));
        QApplication::setStyle(QStringLiteral("Fusion"));
        ThemeController themes;
        QVERIFY(themes.setTheme(theme));

        MainWindow window(&themes);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800));

        QFile sample(QStringLiteral(":/samples/harbour-battery-deal.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sample.readAll());
        AnnotatedArticle bundle;
        bundle.article.text = text;
        bundle.article.headline = text.section(QLatin1Char('\n'), 0, 0);
        bundle.article.source = QStringLiteral("Gazette sample");
        bundle.article.published = QDateTime(QDate(2026, 3, 4), QTime(8, 0), QTimeZone::UTC);
        struct Span { const char *quote; const char *label; bool accepted; };
        const Span spans[] = {
            {"ROTTERDAM", "GPE", true}, {"Harbourline Robotics", "ORG", true}, {"Kestrel Energy", "ORG", true},
            {"Rotterdam", "GPE", false}, {"Tuesday", "DATE", true}, {"Global Ports Forum", "EVENT", false},
            {"Singapore", "GPE", true}, {"about €420 million", "MONEY", true}, {"five years", "DATE", false},
            {"Marta Visser", "PERSON", true}, {"Europe", "LOC", true}, {"Asia", "LOC", false}, {"Visser", "PERSON", false},
            {"Seoul", "GPE", true}, {"2011", "DATE", false}, {"Gdańsk", "GPE", true}, {"the end of 2026", "DATE", false},
            {"7.5%", "PERCENT", true}, {"Wednesday", "DATE", false}, {"roughly $1.1 billion", "MONEY", true},
            {"Chinese", "NORP", false}, {"more than 20%", "PERCENT", false}, {"Daniel Okafor", "PERSON", true},
            {"Meridian Research", "ORG", false}, {"London", "GPE", true},
        };
        qsizetype from = 0;
        for (const Span &span : spans) {
            const QString quote = QString::fromUtf8(span.quote);
            const qsizetype start = text.indexOf(quote, from); // the spans are listed in text order
            QVERIFY2(start >= 0, span.quote);
            from = start + 1;
            Annotation a;
            a.start = int(start);
            a.end = int(start + quote.size());
            a.label = QString::fromLatin1(span.label);
            a.status = span.accepted ? AnnotationStatus::Accepted : AnnotationStatus::Suggested;
            a.origin = span.accepted ? Origin::Manual : Origin::Auto;
            a.confidence = span.accepted ? 1.0 : 0.7;
            a.ruleId = span.accepted ? QString() : QStringLiteral("sample.rule");
            bundle.annotations.append(a);
        }
        const QString quote = QStringLiteral("We looked at every serious supplier in Europe and Asia, and in the end Kestrel gave us the best cells and the best price,");
        Annotation q;
        q.start = int(text.indexOf(quote));
        q.end = q.start + int(quote.size());
        q.label = QStringLiteral("QUOTE");
        bundle.annotations.append(q);
        Fact deal;
        deal.kind = QStringLiteral("partnership");
        deal.subjectText = QStringLiteral("Harbourline Robotics");
        deal.predicate = QStringLiteral("chose");
        deal.objectText = QStringLiteral("Kestrel Energy");
        deal.confidence = 0.82;
        deal.evidence = {{int(text.indexOf(QStringLiteral("Harbourline Robotics has"))), int(text.indexOf(QStringLiteral(" to supply"))), {}, {}, {}, false}};
        Fact rise;
        rise.kind = QStringLiteral("statistic");
        rise.subjectText = QStringLiteral("Kestrel shares");
        rise.predicate = QStringLiteral("rose");
        rise.objectText = QStringLiteral("7.5%");
        rise.time = QStringLiteral("2026-03-04");
        rise.confidence = 0.76;
        bundle.facts = {deal, rise};
        const qint64 id = *window.store()->addArticle(bundle);
        window.showArticle(id);
        window.documentView()->selectAnnotation(window.store()->annotations(id).at(3).id, false);

        QTest::qWait(50);
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        const QString folder = QStringLiteral(GAZETTE_BUILD_DIR "/screenshots");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(image.save(folder + QLatin1Char('/') + file));

        // What a person sees: the reading pane in the theme's brightness, the entity colours in it.
        DocumentView *view = window.documentView();
        const QPoint paneCorner = view->viewport()->mapTo(&window, QPoint(view->viewport()->width() - 4, 4));
        QCOMPARE(image.pixelColor(paneCorner).lightness() < 128, dark);
        QVERIFY(window.findChild<QTabWidget *>(QStringLiteral("sideTabs"))->isVisible());

        // The export dialog over it, previewing brat.
        ExportDialog exportDialog(window.session(), &themes.repository(), themes.theme(), id, {id}, &window);
        exportDialog.setFormat(QStringLiteral("brat"));
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        QVERIFY(exportDialog.grab().save(folder + QStringLiteral("/export-") + file));
        QCOMPARE(exportDialog.previewDefinition(), QStringLiteral("brat annotation"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
