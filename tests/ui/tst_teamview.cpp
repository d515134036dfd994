// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a library two annotators labelled: the layer combo, the agreement dialog and
// the curation view (taking a version into the final layer, and undoing it).
#include "agreementdialog.h"
#include "curationpanel.h"
#include "documentview.h"
#include "layercombo.h"
#include "librarydelegate.h"
#include "librarydock.h"
#include "library/librarysession.h"
#include "mainwindow.h"
#include "store/teamstore.h"
#include "teampanel.h"
#include "themecontroller.h"
#include "uitest.h"
#include "../core/storefixture.h"

#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Gazette;
using namespace Gazette::Testing;

class TestTeamView : public QObject
{
    Q_OBJECT

public:
    static void initMain() { isolate(QStringLiteral("GazetteTeamView")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThemeController> m_themes;
    QString m_library;
    qint64 m_articleId = 0;

    void label(const QString &who, const QString &quote, const QString &labelName)
    {
        LibrarySession session(who);
        QVERIFY(session.open(m_library));
        const int start = at(quote);
        QVERIFY2(session.push(session.edits()->addAnnotation(m_articleId, start, start + int(quote.size()), labelName)),
                 qPrintable(session.errorString()));
    }

    QStringList shownSpans(MainWindow &window) const
    {
        QStringList shown;
        for (const Annotation &a : window.documentView()->spans().all())
            shown.append(QStringLiteral("%1:%2:%3").arg(a.author, a.quote, a.label));
        shown.sort();
        return shown;
    }

    QStringList finalLayer(MainWindow &window) const
    {
        QStringList labels;
        for (const Annotation &a : Layers::filter(window.store()->annotations(m_articleId), Layer::final()))
            labels.append(a.quote + QLatin1Char(':') + a.label);
        return labels;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_themes = std::make_unique<ThemeController>();
    }

    // Ana and Ben label the same article: they agree on Kestrel Energy, not on Singapore.
    void init()
    {
        static int count = 0;
        m_library = m_dir.filePath(QStringLiteral("team-%1.gazette").arg(++count));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("extract/onOpen"), false);
        QSettings().setValue(QStringLiteral("library/path"), m_library);
        {
            AnnotationStore store;
            QVERIFY(store.open(m_library));
            AnnotatedArticle bundle = sampleBundle();
            m_articleId = *store.addArticle(bundle);
        }
        label(QStringLiteral("ana"), QStringLiteral("Singapore"), QStringLiteral("GPE"));
        label(QStringLiteral("ben"), QStringLiteral("Singapore"), QStringLiteral("LOC"));
        label(QStringLiteral("ana"), QStringLiteral("Kestrel Energy"), QStringLiteral("PRODUCT"));
        label(QStringLiteral("ben"), QStringLiteral("Kestrel Energy"), QStringLiteral("PRODUCT"));
    }

    void layerComboShowsOneAnnotatorOrTheDifferences()
    {
        QSettings().setValue(QStringLiteral("edit/author"), QStringLiteral("ben")); // the window is Ben's
        MainWindow window(m_themes.get());
        window.show();
        window.showArticle(m_articleId);
        LayerCombo *combo = window.layerCombo();
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items.append(combo->itemText(i));
        QCOMPARE(items, (QStringList{QStringLiteral("All annotators"), QStringLiteral("Only ana"), QStringLiteral("Only ben"),
                                     QStringLiteral("Final layer"), QStringLiteral("Differences: ana ↔ ben")}));
        QCOMPARE(window.documentView()->spans().all().size(), 13); // 9 suggestions, 4 annotators' spans

        combo->setCurrentIndex(1);
        QCOMPARE(shownSpans(window), (QStringList{QStringLiteral("ana:Kestrel Energy:PRODUCT"), QStringLiteral("ana:Singapore:GPE")}));
        combo->setCurrentIndex(4);
        QCOMPARE(shownSpans(window), (QStringList{QStringLiteral("ana:Singapore:GPE"), QStringLiteral("ben:Singapore:LOC")}));
        // The differences are marked: a wavy underline under each.
        int wavy = 0;
        for (const QTextEdit::ExtraSelection &selection : window.documentView()->extraSelections())
            wavy += selection.format.underlineStyle() == QTextCharFormat::WaveUnderline ? 1 : 0;
        QCOMPARE(wavy, 2);
        // Ben's edit shows up in the differences at once.
        const qint64 bensKestrel = [&] {
            for (const Annotation &a : window.store()->annotations(m_articleId))
                if (a.author == QLatin1String("ben") && a.label == QLatin1String("PRODUCT"))
                    return a.id;
            return qint64(0);
        }();
        QVERIFY(window.session()->push(window.edits()->relabel(bensKestrel, QStringLiteral("ORG"))));
        QCOMPARE(shownSpans(window).size(), 4);
        combo->setCurrentIndex(0);
        QCOMPARE(window.documentView()->spans().all().size(), 13);
    }

    void agreementDialogShowsKappaF1AndAlpha()
    {
        MainWindow window(m_themes.get());
        window.show();
        window.showArticle(m_articleId);
        AgreementDialog *dialog = window.showAgreement();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTableWidget *table = dialog->table();
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(table->item(row, 0)->text());
        QCOMPARE(rows, (QStringList{QStringLiteral("Overall"), QStringLiteral("GPE"), QStringLiteral("LOC"), QStringLiteral("PRODUCT")}));
        const int overall = 0;
        // One of two spans each matches exactly: F1 0.5; PRODUCT agrees on every token.
        QCOMPARE(table->item(overall, 2)->text(), QStringLiteral("0.500"));
        QCOMPARE(table->item(overall, 3)->text(), QStringLiteral("2 / 2"));
        QCOMPARE(table->item(3, 1)->text(), QStringLiteral("1.000"));
        QCOMPARE(table->item(3, 2)->text(), QStringLiteral("1.000"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("0.000"));
        QCOMPARE(table->item(overall, 1)->text(), QString::number(dialog->report().pairs.at(0).overall.kappa, 'f', 3));
        QCOMPARE(table->item(overall, 4)->text(), QString::number(dialog->report().alpha, 'f', 3));
        QVERIFY(dialog->report().pairs.at(0).overall.kappa < 1.0);
        dialog->close();
    }

    void curationTakesAVersionAndUndoRestores()
    {
        MainWindow window(m_themes.get());
        window.show();
        window.showArticle(m_articleId);
        QTreeWidget *tree = window.curationPanel()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *singapore = tree->topLevelItem(0);
        QCOMPARE(singapore->text(0), QStringLiteral("“Singapore”"));
        QCOMPARE(singapore->text(1), QStringLiteral("final: nothing yet"));
        QCOMPARE(singapore->childCount(), 2);
        QCOMPARE(singapore->child(0)->text(1), QStringLiteral("GPE “Singapore”"));

        auto *take = window.curationPanel()->findChild<QPushButton *>(QStringLiteral("takeVersionButton"));
        QVERIFY(!take->isEnabled());
        tree->setCurrentItem(singapore->child(0)); // Ana's version
        QVERIFY(take->isEnabled());
        QTest::mouseClick(take, Qt::LeftButton);
        QCOMPARE(finalLayer(window), QStringList{QStringLiteral("Singapore:GPE")});
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("final: GPE “Singapore”"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), QStringLiteral("GPE “Singapore” (in the final layer)"));
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Take ana's version of 'Singapore'"));
        window.layerCombo()->setLayer(Layer::final());
        QCOMPARE(shownSpans(window), QStringList{QStringLiteral("(final):Singapore:GPE")});

        window.undoStack()->undo();
        QVERIFY(finalLayer(window).isEmpty());
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("final: nothing yet"));
        QVERIFY(shownSpans(window).isEmpty());
        window.undoStack()->redo();
        QCOMPARE(finalLayer(window), QStringList{QStringLiteral("Singapore:GPE")});
    }

    void teamPanelAssignsAndShowsProgress()
    {
        MainWindow window(m_themes.get());
        window.show();
        window.showArticle(m_articleId);
        TeamPanel *panel = window.teamPanel();
        QCOMPARE(panel->assignmentList()->item(0)->text(), QStringLiteral("Not assigned to anyone"));
        QVERIFY(panel->assign(QStringLiteral("ana")));
        QCOMPARE(panel->assignmentList()->item(0)->text(), QStringLiteral("ana — assigned"));
        TeamStore anaTeam(window.store());
        QVERIFY(anaTeam.setStatus(m_articleId, QStringLiteral("ana"), AssignmentStatus::Done));
        panel->refresh();
        QCOMPARE(panel->assignmentList()->item(0)->text(), QStringLiteral("ana — done"));
        // The library list says it under the article, in a line of its own.
        auto *list = window.findChild<LibraryDock *>()->list();
        auto *delegate = qobject_cast<LibraryDelegate *>(list->itemDelegate());
        QCOMPARE(delegate->teamLine(m_articleId), QStringLiteral("ana: done"));
        QStyleOptionViewItem option;
        option.initFrom(list);
        const int withLines = delegate->sizeHint(option, list->model()->index(0, 0)).height();
        delegate->setTeamLines({});
        QCOMPARE(delegate->sizeHint(option, list->model()->index(0, 0)).height(), withLines - option.fontMetrics.height());
    }

    // One person's library: the progress box of an article nobody assigned says "Not assigned to
    // you" (it showed a greyed "assigned"), and the reader's own assignment shows its status.
    void progressSaysNotAssignedUntilOneIsYours()
    {
        QSettings().setValue(QStringLiteral("edit/author"), QStringLiteral("ana"));
        MainWindow window(m_themes.get());
        window.show();
        window.showArticle(m_articleId);
        TeamPanel *panel = window.teamPanel();
        auto *progress = panel->findChild<QComboBox *>(QStringLiteral("ownStatusCombo"));
        QVERIFY(progress);
        QCOMPARE(progress->currentIndex(), -1);
        QCOMPARE(progress->currentText(), QString());
        QCOMPARE(progress->placeholderText(), QStringLiteral("Not assigned to you"));
        QVERIFY(!progress->isEnabled());
        QVERIFY(panel->assign(QStringLiteral("ben")));
        QCOMPARE(progress->currentIndex(), -1); // Ben's, not hers
        QVERIFY(panel->assign(QStringLiteral("ana")));
        QCOMPARE(progress->currentText(), QStringLiteral("assigned"));
        QVERIFY(progress->isEnabled());
    }
};

QTEST_MAIN(TestTeamView)
#include "tst_teamview.moc"
