// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team library (PostgreSQL, label postgres): connecting through the dialog's
// URI, another annotator's article appearing live, the server lost and found again.
#include "curationpanel.h"
#include "library/librarysession.h"
#include "mainwindow.h"
#include "store/teamstore.h"
#include "models/librarymodel.h"
#include "teamlibrarydialog.h"
#include "themecontroller.h"
#include "uitest.h"
#include "../core/storefixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Gazette;
using namespace Gazette::Testing;

class TestTeamLibrary : public QObject
{
    Q_OBJECT

public:
    static void initMain() { isolate(QStringLiteral("GazetteTeamLibrary")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThemeController> m_themes;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_themes = std::make_unique<ThemeController>();
    }

    void init()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("extract/onOpen"), false);
        QSettings().setValue(QStringLiteral("library/path"), m_dir.filePath(QStringLiteral("desk.gazette")));
    }

    // The dialog makes the URI from its fields and remembers servers without any password.
    void dialogMakesUriAndRemembersServers()
    {
        TeamLibraryDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(QStringLiteral("db.newsroom.example"));
        dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(6543);
        dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("elections"));
        dialog.findChild<QLineEdit *>(QStringLiteral("roleEdit"))->setText(QStringLiteral("ana"));
        dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"))->setCurrentText(QStringLiteral("require"));
        QCOMPARE(dialog.uri(), QStringLiteral("postgresql://ana@db.newsroom.example:6543/elections?sslmode=require"));
        TeamLibraryDialog::remember(QStringLiteral("postgresql://ben:secret@db.newsroom.example:5432/elections"));
        TeamLibraryDialog::remember(dialog.uri());
        QCOMPARE(TeamLibraryDialog::recentServers(),
                 (QStringList{dialog.uri(), QStringLiteral("postgresql://ben@db.newsroom.example:5432/elections")}));
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("secret"));
        // The dialog offers the newest again.
        TeamLibraryDialog again;
        QCOMPARE(again.uri(), dialog.uri());
    }

    void windowFollowsTheTeam()
    {
        if (!onPostgres())
            QSKIP("needs the PostgreSQL test server (label postgres)");
        const QString uri = newServerLibrary();
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openTeamLibrary(uri));
        QCOMPARE(window.session()->path(), uri);
        QCOMPARE(TeamLibraryDialog::recentServers().value(0), uri);
        QCOMPARE(window.libraryModel()->rowCount(), 0);

        // Another annotator adds an article: it is in the library list within a second.
        AnnotationStore colleague;
        QVERIFY(colleague.open(uri));
        AnnotatedArticle bundle = sampleBundle();
        QVERIFY(colleague.addArticle(bundle));
        QVERIFY(waitUntil([&] { return window.libraryModel()->rowCount() == 1; }, 1000));

        // The server drops the window's connection: an edit is not saved, the window says the
        // library is read-only, and it reconnects by itself.
        const Annotation first = window.store()->annotations(1).value(0);
        colleague.close();
        onServer({QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()")
                      .arg(QUrl(uri).path().mid(1))});
        QVERIFY(!window.session()->push(window.edits()->relabel(first.id, QStringLiteral("NORP"))));
        auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("Read-only")), qPrintable(status->text()));
        QVERIFY(waitUntil([&] { return !window.store()->isConnectionLost(); }, 8000));
        QVERIFY(!status->isVisible());
        QVERIFY2(window.session()->push(window.edits()->relabel(first.id, QStringLiteral("NORP"))), qPrintable(window.session()->errorString()));
        QVERIFY(colleague.open(uri));
        QCOMPARE(colleague.annotation(first.id)->label, QStringLiteral("NORP"));
    }

    // Ana, an annotator at the window, may not set the final status nor adjudicate: the server
    // refuses and the status bar says so. On a library file its one user may do both.
    void refusalsFromTheServerShowInTheWindow()
    {
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString ana = onPostgres() ? QStringLiteral("ana_") + suffix : QStringLiteral("ana");
        const QString ben = onPostgres() ? QStringLiteral("ben_") + suffix : QStringLiteral("ben");
        const QString library = onPostgres() ? newServerLibrary() : m_dir.filePath(QStringLiteral("roles-%1.gazette").arg(suffix));
        const auto as = [&](const QString &who) {
            if (!onPostgres())
                return library;
            QUrl url(library);
            url.setUserName(who);
            return url.toString();
        };
        qint64 articleId = 0;
        {
            AnnotationStore admin;
            QVERIFY(admin.open(library));
            AnnotatedArticle bundle = sampleBundle();
            articleId = *admin.addArticle(bundle);
            TeamStore team(&admin);
            QVERIFY2(team.grant(ana, TeamStore::Role::Annotator), qPrintable(team.errorString()));
            QVERIFY2(team.grant(ben, TeamStore::Role::Curator), qPrintable(team.errorString()));
        }
        const int singapore = at(QStringLiteral("Singapore"));
        for (const auto &[who, label] : {std::pair{ana, QStringLiteral("GPE")}, std::pair{ben, QStringLiteral("LOC")}}) {
            LibrarySession session(who);
            QVERIFY(session.open(as(who)));
            QVERIFY2(session.push(session.edits()->addAnnotation(articleId, singapore, singapore + 9, label)),
                     qPrintable(session.errorString()));
        }

        QSettings().setValue(QStringLiteral("edit/author"), ana);
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(onPostgres() ? window.openTeamLibrary(as(ana)) : window.openLibrary(library));
        window.showArticle(articleId);
        window.findChild<QAction *>(QStringLiteral("markDone"))->trigger();
        const ReviewStatus status = window.store()->article(articleId)->reviewStatus;
        QTreeWidget *tree = window.curationPanel()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        tree->setCurrentItem(tree->topLevelItem(0)->child(1)); // Ben's version
        auto *take = window.curationPanel()->findChild<QPushButton *>(QStringLiteral("takeVersionButton"));
        if (!onPostgres()) {
            QCOMPARE(status, ReviewStatus::Done);
            QVERIFY(take->isEnabled());
            QVERIFY(window.curationPanel()->takeSelectedVersion());
            return;
        }
        QCOMPARE(status, ReviewStatus::New);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("The server refused your change: only a curator")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!take->isEnabled());
        QCOMPARE(take->toolTip(), QStringLiteral("Only a curator may take versions into the final layer"));
        QVERIFY(!window.curationPanel()->takeSelectedVersion());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("The server refused your change")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(Layers::filter(window.store()->annotations(articleId), Layer::final()).isEmpty());
    }
};

QTEST_MAIN(TestTeamLibrary)
#include "tst_teamlibrary.moc"
