// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team library (PostgreSQL, label postgres): connecting through the dialog's
// URI, another annotator's article appearing live, the server lost and found again.
#include "mainwindow.h"
#include "models/librarymodel.h"
#include "teamlibrarydialog.h"
#include "themecontroller.h"
#include "uitest.h"
#include "../core/storefixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_MAIN(TestTeamLibrary)
#include "tst_teamlibrary.moc"
