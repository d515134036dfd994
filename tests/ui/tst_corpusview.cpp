// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, the corpus at a glance, as the reader sees it: View › Corpus with the entity index
// and the charts (light and dark, PNG and SVG), the library search with field filters, and
// smart folders in the library dock.
#include "chartview.h"
#include "corpusdock.h"
#include "feedspane.h"
#include "librarydock.h"
#include "mainwindow.h"
#include "smartfoldercontroller.h"
#include "themecontroller.h"
#include "documentview.h"
#include "models/entityindexmodel.h"
#include "store/annotationstore.h"
#include "store/smartfolderstore.h"
#include "library/librarysession.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Gazette;
using namespace Gazette::Testing;

namespace {

Annotation span(const QString &text, const QString &quote, const QString &label, qint64 entity = 0, int occurrence = 0)
{
    qsizetype position = -1;
    for (int i = 0; i <= occurrence; ++i)
        position = text.indexOf(quote, position + 1);
    if (position < 0)
        qFatal("no %s in the text", qPrintable(quote));
    Annotation a;
    a.start = int(position);
    a.end = int(position + quote.size());
    a.label = label;
    a.quote = quote;
    a.entityId = entity;
    a.ruleId = QStringLiteral("test.rule");
    return a;
}

Fact quote(qint64 speaker, const QString &said)
{
    Fact f;
    f.kind = QStringLiteral("quote");
    f.predicate = QStringLiteral("said");
    f.subjectEntityId = speaker;
    f.objectText = said;
    f.ruleId = QStringLiteral("fact.quote.test");
    return f;
}

AnnotatedArticle article(const QString &headline, const QString &body, const QDate &date, ReviewStatus status)
{
    AnnotatedArticle b;
    b.article.headline = headline;
    b.article.text = headline + QLatin1Char('\n') + body + QLatin1Char('\n');
    b.article.published = date.isValid() ? QDateTime(date, QTime(9, 0), QTimeZone::UTC) : QDateTime();
    b.article.reviewStatus = status;
    return b;
}

// Harbour (March, new): Kestrel Energy three times, Marta Visser quoted; Plant (April, done):
// Kestrel Energy, Joe Tsai quoted; Alibaba (no date): Joe Tsai and Alibaba.
QList<AnnotatedArticle> library()
{
    AnnotatedArticle harbour = article(QStringLiteral("Harbour Signs Deal"),
                                       QStringLiteral("Harbourline chose Kestrel Energy. “Kestrel gave us the best cells,” Marta Visser said. "
                                                      "Kestrel shares rose, and Kestrel hired in Rotterdam."),
                                       QDate(2026, 3, 4), ReviewStatus::New);
    const QString &h = harbour.article.text;
    harbour.entities = {Entity{-1, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), {}, {}, {}, {}, {}},
                        Entity{-2, QStringLiteral("Marta Visser"), QStringLiteral("PERSON"), {}, {}, {}, {}, {}}};
    harbour.annotations = {span(h, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), -1),
                           span(h, QStringLiteral("Kestrel"), QStringLiteral("ORG"), -1, 2),
                           span(h, QStringLiteral("Kestrel"), QStringLiteral("ORG"), -1, 3),
                           span(h, QStringLiteral("Marta Visser"), QStringLiteral("PERSON"), -2),
                           span(h, QStringLiteral("Rotterdam"), QStringLiteral("GPE"))};
    harbour.facts = {quote(-2, QStringLiteral("Kestrel gave us the best cells"))};

    AnnotatedArticle plant = article(QStringLiteral("Kestrel Opens Plant"),
                                     QStringLiteral("Kestrel Energy opened a plant in Rotterdam. “We will hire 300 people,” Joe Tsai said."),
                                     QDate(2026, 4, 10), ReviewStatus::Done);
    const QString &p = plant.article.text;
    plant.entities = {Entity{-1, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), {}, {}, {}, {}, {}},
                      Entity{-2, QStringLiteral("Joe Tsai"), QStringLiteral("PERSON"), {}, {}, {}, {}, {}}};
    plant.annotations = {span(p, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), -1),
                         span(p, QStringLiteral("Rotterdam"), QStringLiteral("GPE")),
                         span(p, QStringLiteral("Joe Tsai"), QStringLiteral("PERSON"), -2)};
    plant.facts = {quote(-2, QStringLiteral("We will hire 300 people"))};

    AnnotatedArticle undated = article(QStringLiteral("Alibaba Chairman Speaks"),
                                       QStringLiteral("Joe Tsai, chairman of Alibaba, spoke on Monday."), {}, ReviewStatus::New);
    const QString &u = undated.article.text;
    undated.annotations = {span(u, QStringLiteral("Joe Tsai"), QStringLiteral("PERSON")), span(u, QStringLiteral("Alibaba"), QStringLiteral("ORG"), 0, 1)};
    return {harbour, plant, undated};
}

} // namespace

class TestCorpusView : public QObject
{
    Q_OBJECT

public:
    static void initMain() { isolate(QStringLiteral("GazetteCorpusView")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThemeController> m_themes;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_ids;

    template<typename T>
    T *child(const QString &name) const
    {
        auto *found = m_window->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

    CorpusDock *showCorpus()
    {
        auto *dock = child<CorpusDock>(QStringLiteral("corpusDock"));
        if (!dock->isVisible()) {
            m_window->activateWindow();
            if (!QTest::qWaitForWindowActive(m_window.get()))
                qWarning("window not active");
            QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        }
        return dock;
    }

    int listRows() const { return child<LibraryDock>(QStringLiteral("libraryDock"))->list()->model()->rowCount(); }

    QTreeWidgetItem *treeItem(const QString &text) const
    {
        for (QTreeWidgetItemIterator it(child<QTreeWidget>(QStringLiteral("feedTree"))); *it; ++it) {
            if ((*it)->text(0) == text)
                return *it;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_themes = std::make_unique<ThemeController>();
    }

    void init()
    {
        freshWindowSettings(m_dir);
        m_themes->setTheme(QStringLiteral("Breeze Light"));
        m_window = std::make_unique<MainWindow>(m_themes.get());
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_ids.clear();
        for (AnnotatedArticle bundle : library()) {
            const auto id = m_window->store()->addArticle(bundle);
            QVERIFY(id);
            m_ids.append(*id);
        }
    }

    void cleanup() { m_window.reset(); }

    void entityIndexListsAndOpensMentions()
    {
        CorpusDock *dock = showCorpus();
        QVERIFY(QTest::qWaitFor([&] { return dock->isVisible(); }));
        QTableView *table = dock->table();
        QVERIFY(QTest::qWaitFor([&] { return table->model()->rowCount() == 5; }));
        QCOMPARE(child<QLabel>(QStringLiteral("corpusSummary"))->text(), QStringLiteral("5 entities"));
        // Most articles first: Kestrel Energy (2 articles, 4 mentions), with dates and who is quoted.
        auto cell = [&](int row, int column) { return table->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(0, EntityIndexModel::NameColumn), QStringLiteral("Kestrel Energy"));
        QCOMPARE(cell(0, EntityIndexModel::ArticlesColumn), QStringLiteral("2"));
        QCOMPARE(cell(0, EntityIndexModel::MentionsColumn), QStringLiteral("4"));
        QCOMPARE(cell(0, EntityIndexModel::QuotedColumn), QStringLiteral("Joe Tsai (1), Marta Visser (1)"));
        QVERIFY(!cell(0, EntityIndexModel::FirstColumn).isEmpty());

        // Sortable: by name, A to Z.
        table->sortByColumn(EntityIndexModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(cell(0, EntityIndexModel::NameColumn), QStringLiteral("Alibaba"));
        // Filtered by words and by label.
        QTest::keyClicks(dock->filterField(), QStringLiteral("tsai"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(QStringLiteral("corpusSummary"))->text(), QStringLiteral("1 of 5 entities"));
        dock->filterField()->clear();
        dock->labelBox()->setCurrentIndex(dock->labelBox()->findData(QStringLiteral("PERSON")));
        QCOMPARE(table->model()->rowCount(), 2);
        dock->labelBox()->setCurrentIndex(0);

        // Opening Kestrel lists its articles, newest first, with their mentions.
        const int kestrel = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Kestrel Energy")).value(0).row();
        table->setCurrentIndex(table->model()->index(kestrel, 0));
        QTreeWidget *mentions = dock->mentions();
        QCOMPARE(mentions->topLevelItemCount(), 2);
        QCOMPARE(mentions->topLevelItem(0)->text(0), QStringLiteral("Kestrel Opens Plant"));
        QCOMPARE(mentions->topLevelItem(1)->childCount(), 3);
        QVERIFY(dock->entityTitle()->text().contains(QStringLiteral("2 articles · 4 mentions")));
        QVERIFY(dock->entityTitle()->text().contains(QStringLiteral("Joe Tsai (1)")));
        QVERIFY(mentions->topLevelItem(1)->child(2)->text(0).contains(QStringLiteral("Kestrel hired")));

        // Enter on a mention opens its article with the mention selected.
        mentions->setFocus();
        mentions->setCurrentItem(mentions->topLevelItem(1)->child(2));
        QTest::keyClick(mentions, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return m_window->currentArticleId() == m_ids.at(0); }));
        const auto [start, end] = m_window->documentView()->selectedRange(false);
        const QString text = m_window->documentView()->article().text;
        QCOMPARE(text.mid(start, end - start), QStringLiteral("Kestrel"));
        QCOMPARE(start, int(text.indexOf(QStringLiteral("Kestrel hired"))));

        // The index follows the library while it is shown.
        AnnotatedArticle extra = article(QStringLiteral("Ferry News"), QStringLiteral("Nordlys Ferries ordered boats."), QDate(2026, 5, 1),
                                         ReviewStatus::New);
        extra.annotations = {span(extra.article.text, QStringLiteral("Nordlys Ferries"), QStringLiteral("ORG"))};
        QVERIFY(m_window->store()->addArticle(extra));
        QVERIFY(QTest::qWaitFor([&] { return table->model()->rowCount() == 6; }));
        // The entity open before stays open.
        QCOMPARE(mentions->topLevelItemCount(), 2);
    }

    // Found in a real session: tabbed with the hidden Quotes dock, the Corpus dock asked for by
    // its key stayed out of sight; with Quotes open it came up as a tab behind it.
    void corpusDockShowsBesideQuotes()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        auto *quotes = child<QDockWidget>(QStringLiteral("quotesDock"));
        QVERIFY(QTest::qWaitFor([&] { return quotes->isVisible(); }));
        CorpusDock *dock = showCorpus();
        QVERIFY(QTest::qWaitFor([&] { return dock->isVisible(); }));
        QVERIFY(QTest::qWaitFor([&] { return !dock->visibleRegion().isEmpty(); }));
        QVERIFY(!quotes->visibleRegion().isEmpty());
        QVERIFY(dock->table()->height() > 50);
    }

    void chartsFollowTheThemeAndExport()
    {
        CorpusDock *dock = showCorpus();
        QVERIFY(QTest::qWaitFor([&] { return dock->isVisible() && dock->model()->rowCount() == 5; }));
        dock->tabs()->setCurrentIndex(1);
        const QList<ChartView *> charts = dock->charts();
        QCOMPARE(charts.size(), 4);
        QVERIFY(QTest::qWaitFor([&] { return charts.first()->isVisible() && charts.first()->height() > 100; }));
        for (ChartView *chart : charts)
            QVERIFY2(chart->accessibleDescription().startsWith(CorpusCharts::title(chart->kind())), qPrintable(chart->accessibleDescription()));
        QVERIFY(charts.at(3)->accessibleDescription().contains(QStringLiteral("Done: 1")));
        // The timeline charts the entities chosen in the index.
        dock->table()->selectionModel()->select(dock->table()->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(charts.first()->accessibleDescription().contains(QStringLiteral("Kestrel Energy: 4 mentions")));
        QVERIFY2(!charts.first()->accessibleDescription().contains(QStringLiteral("Joe Tsai")), qPrintable(charts.first()->accessibleDescription()));

        auto background = [](ChartView *chart) { return chart->grab().toImage().pixelColor(3, 3).lightness(); };
        QVERIFY(background(charts.first()) > 200);
        m_themes->setTheme(QStringLiteral("Breeze Dark"));
        QVERIFY(QTest::qWaitFor([&] { return background(charts.first()) < 90; }));
        m_themes->setTheme(QStringLiteral("Breeze Light"));
        QVERIFY(QTest::qWaitFor([&] { return background(charts.first()) > 200; }));

        // PNG and SVG; anything else is refused with a reason.
        const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
        const QString svg = m_dir.filePath(QStringLiteral("timeline.svg"));
        QCOMPARE(charts.first()->exportTo(png), std::nullopt);
        QCOMPARE(charts.first()->exportTo(svg), std::nullopt);
        QImage image(png);
        QCOMPARE(image.size(), charts.first()->size() * 2);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains("Mentions over time"));
        const auto refused = charts.first()->exportTo(m_dir.filePath(QStringLiteral("timeline.gif")));
        QVERIFY(refused && refused->contains(QStringLiteral(".png")));
        // The Export button offers both.
        auto *button = charts.first()->findChild<QToolButton *>(QStringLiteral("chartExportButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->menu()->actions().size(), 2);
    }

    void fieldSearchAndSmartFolders()
    {
        auto *dock = child<LibraryDock>(QStringLiteral("libraryDock"));
        QVERIFY(QTest::qWaitFor([&] { return listRows() == 3; }));
        dock->searchField()->setText(QStringLiteral("person:\"Joe Tsai\""));
        QCOMPARE(listRows(), 2);
        QVERIFY(dock->searchMessage()->isHidden());
        QVERIFY(dock->saveSearchButton()->isEnabled());
        // A value the search cannot read is said, and filters nothing.
        dock->searchField()->setText(QStringLiteral("person:Tsai after:someday"));
        QVERIFY(dock->searchMessage()->isVisible());
        QVERIFY(dock->searchMessage()->text().contains(QStringLiteral("someday")));
        QVERIFY(!dock->saveSearchButton()->isEnabled());
        QCOMPARE(listRows(), 3);
        dock->searchField()->setText(QStringLiteral("org:kestrel status:done"));
        QCOMPARE(listRows(), 1);
        QVERIFY(dock->searchMessage()->isHidden());

        // Saved as a smart folder from the button beside the search box.
        ModalHandler<QInputDialog> name([](QInputDialog *dialog) {
            QCOMPARE(dialog->textValue(), QStringLiteral("org:kestrel status:done"));
            dialog->setTextValue(QStringLiteral("Kestrel, done"));
            dialog->accept();
        });
        dock->saveSearchButton()->click();
        QVERIFY(name.seen());
        QVERIFY(QTest::qWaitFor([&] { return treeItem(QStringLiteral("Kestrel, done")) != nullptr; }));
        QTreeWidgetItem *folder = treeItem(QStringLiteral("Kestrel, done"));
        QCOMPARE(folder->text(1), QStringLiteral("1"));
        QCOMPARE(folder->parent()->text(0), QStringLiteral("Smart Folders"));

        // Choosing another entry leaves the search; choosing the folder runs it again.
        auto *tree = child<QTreeWidget>(QStringLiteral("feedTree"));
        tree->setCurrentItem(treeItem(QStringLiteral("All Articles")));
        QCOMPARE(dock->searchField()->text(), QString());
        QCOMPARE(listRows(), 3);
        tree->setCurrentItem(treeItem(QStringLiteral("Kestrel, done")));
        QCOMPARE(dock->searchField()->text(), QStringLiteral("org:kestrel status:done"));
        QCOMPARE(listRows(), 1);
        QCOMPARE(dock->list()->model()->index(0, 0).data().toString(), QStringLiteral("Kestrel Opens Plant"));

        // Its count follows the library.
        m_window->session()->smartFolders()->add(QStringLiteral("Everything new"), QStringLiteral("status:new"));
        QVERIFY(QTest::qWaitFor([&] { return treeItem(QStringLiteral("Everything new")) != nullptr; }));
        QCOMPARE(treeItem(QStringLiteral("Everything new"))->text(1), QStringLiteral("2"));

        // Rename and delete from its context menu's actions.
        tree->setCurrentItem(treeItem(QStringLiteral("Kestrel, done")));
        ModalHandler<QInputDialog> rename([](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("Kestrel plant"));
            dialog->accept();
        });
        child<QAction>(QStringLiteral("renameSmartFolderAction"))->trigger();
        QVERIFY(rename.seen());
        QVERIFY(QTest::qWaitFor([&] { return treeItem(QStringLiteral("Kestrel plant")) != nullptr; }));
        tree->setCurrentItem(treeItem(QStringLiteral("Kestrel plant")));
        ModalHandler<QMessageBox> confirm([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        child<QAction>(QStringLiteral("deleteSmartFolderAction"))->trigger();
        QVERIFY(confirm.seen());
        QVERIFY(QTest::qWaitFor([&] { return treeItem(QStringLiteral("Kestrel plant")) == nullptr; }));
        QCOMPARE(m_window->session()->smartFolders()->folders().size(), 1);
    }
};

QTEST_MAIN(TestCorpusView)
#include "tst_corpusview.moc"
