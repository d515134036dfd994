// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"
#include "feeddialog.h"
#include "models/librarymodel.h"
#include "mainwindow.h"
#include "themecontroller.h"
#include "uitest.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QListView>
#include <QPushButton>
#include <QUndoStack>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Gazette;
using namespace Gazette::Testing;
using KSyntaxHighlighting::Theme;

namespace {

QColor pixelAt(QWidget *widget, QPoint point)
{
    return widget->grab().toImage().pixelColor(point);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain() { isolate(QStringLiteral("Gazette")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThemeController> m_themes;

    QString writeArticle(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write test article");
        return path;
    }

    static QAction *action(QWidget *window, const QString &name)
    {
        auto *found = window->findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
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
        QSettings().clear();
        QSettings().setValue(QStringLiteral("extract/onOpen"), false); // tests label by hand unless they say so
        QFile::remove(AnnotationStore::defaultLibraryPath());
        QFile::remove(AnnotationStore::defaultLibraryPath() + QStringLiteral("-wal"));
        QFile::remove(AnnotationStore::defaultLibraryPath() + QStringLiteral("-shm"));
    }

    void fileOpenShowsArticle()
    {
        const QByteArray text = "Harbour Deal Signed\n\nKestrel Energy will supply batteries.\nVisser said it was the best offer.\n";
        const QString path = writeArticle(QStringLiteral("harbour.txt"), text);

        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSettings().setValue(QStringLiteral("files/lastDirectory"), m_dir.path());
        ModalHandler<QFileDialog> handler([&](QFileDialog *dialog) {
            // Typed into the file name field, as a user does. (selectFile() leaves the field
            // alone once it has focus, which made this test racy.)
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept();
        });
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier); // File > Open
        QVERIFY(handler.seen());

        QCOMPARE(window.documentView()->articleText(), QString::fromUtf8(text));
        QCOMPARE(window.documentView()->article().headline, QStringLiteral("Harbour Deal Signed"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Harbour Deal Signed")));
        auto *library = window.findChild<QListView *>(QStringLiteral("libraryList"));
        QCOMPARE(library->model()->rowCount(), 1);
        QCOMPARE(library->currentIndex().data().toString(), QStringLiteral("Harbour Deal Signed"));
        // Saved in the library at once: a new window on the same library shows it.
        MainWindow again(m_themes.get());
        QCOMPARE(again.libraryModel()->rowCount(), 1);
        QCOMPARE(window.recentFiles(), QStringList{path});

        // The headline is shown as a heading: bigger and bolder than the body.
        QTextCursor cursor(window.documentView()->document());
        cursor.setPosition(window.documentView()->textStart() + 1);
        const QFont headline = cursor.charFormat().font();
        cursor.setPosition(window.documentView()->textStart() + int(text.indexOf("Kestrel")) + 1);
        const QFont body = cursor.charFormat().font();
        QVERIFY(headline.bold());
        QVERIFY(!body.bold());
    }

    void recentFilesReopen()
    {
        const QString first = writeArticle(QStringLiteral("first.txt"), "First Story\nBody one.\n");
        const QString second = writeArticle(QStringLiteral("second.txt"), "Second Story\nBody two.\n");
        MainWindow window(m_themes.get());
        QVERIFY(window.openFile(first));
        QVERIFY(window.openFile(second));
        QCOMPARE(window.recentFiles(), (QStringList{second, first}));

        MainWindow restarted(m_themes.get());
        auto *menu = restarted.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        const auto actions = menu->actions();
        QVERIFY(actions.size() >= 2);
        QVERIFY(actions.at(1)->text().contains(QStringLiteral("first.txt")));
        actions.at(1)->trigger();
        QCOMPARE(restarted.documentView()->article().headline, QStringLiteral("First Story"));
        QCOMPARE(restarted.recentFiles().first(), first);
    }

    void badFileGivesMessage()
    {
        const QString good = writeArticle(QStringLiteral("good.txt"), "Good Story\nText.\n");
        const QString empty = writeArticle(QStringLiteral("empty.txt"), QByteArray());
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(window.openFile(good));

        QString message;
        ModalHandler<QMessageBox> handler([&](QMessageBox *box) {
            message = box->text();
            box->accept();
        });
        QVERIFY(!window.openFile(empty));
        QVERIFY(handler.seen());
        QVERIFY2(message.contains(QStringLiteral("empty")), qPrintable(message));
        // The article that was open stays open and the failed file is not remembered.
        QCOMPARE(window.documentView()->article().headline, QStringLiteral("Good Story"));
        QCOMPARE(window.recentFiles(), QStringList{good});
    }

    void extractsOnOpen()
    {
        QSettings().setValue(QStringLiteral("extract/onOpen"), true);
        const QString path = writeArticle(QStringLiteral("extract.txt"),
            "Kestrel Deal\n“We looked at every supplier in Europe and Asia,” Marta Visser said in Singapore on Tuesday.\n");
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(window.openFile(path));
        // The extractor runs in the background; the article arrives with its suggestions.
        QVERIFY(QTest::qWaitFor([&] { return !window.isBusy(); }, 60000)); // a loaded machine with sanitizers is slow
        const QList<Annotation> suggestions = window.store()->annotations(window.currentArticleId());
        QStringList found;
        for (const Annotation &a : suggestions) {
            QCOMPARE(a.status, AnnotationStatus::Suggested);
            found << a.quote + QLatin1Char('/') + a.label;
        }
        QVERIFY2(found.contains(QStringLiteral("Marta Visser/PERSON")), qPrintable(found.join(QLatin1Char(' '))));
        QVERIFY(found.contains(QStringLiteral("Singapore/GPE")));
        QVERIFY(found.contains(QStringLiteral("Tuesday/DATE")));
        QCOMPARE(window.store()->facts(window.currentArticleId()).size(), 1);
        // Off in the settings: the next article comes without suggestions.
        window.session()->setExtractOnAdd(false);
        QVERIFY(window.openFile(writeArticle(QStringLiteral("plain2.txt"), "Another Story\nMarta Visser was in Singapore.\n")));
        QVERIFY(window.store()->annotations(window.currentArticleId()).isEmpty());
    }

    void undoAndRedoFromEditMenu()
    {
        const QString path = writeArticle(QStringLiteral("undo.txt"), "Kestrel Deal\nKestrel Energy signed.\n");
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        const qint64 article = window.currentArticleId();
        window.undoStack()->push(window.edits()->addAnnotation(article, 13, 27, QStringLiteral("ORG")).release());
        QCOMPARE(window.store()->annotations(article).size(), 1);

        QAction *undo = action(&window, QStringLiteral("undoAction"));
        QAction *redo = action(&window, QStringLiteral("redoAction"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Label 'Kestrel Energy' as ORG"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.store()->annotations(article).isEmpty());
        QVERIFY(redo->isEnabled());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.store()->annotations(article).size(), 1);
        QCOMPARE(window.store()->annotations(article).first().quote, QStringLiteral("Kestrel Energy"));
    }

    void switchesLibraries()
    {
        const QString path = writeArticle(QStringLiteral("lib.txt"), "Library Story\nText.\n");
        const QString other = m_dir.filePath(QStringLiteral("other.gazette"));
        const QString notALibrary = writeArticle(QStringLiteral("fake.gazette"), "just text, no database\n");
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(window.openFile(path));
        const QString first = window.store()->path();

        QVERIFY(window.openLibrary(other));
        QCOMPARE(window.libraryModel()->rowCount(), 0);
        QVERIFY(!window.documentView()->hasArticle());

        QString message;
        ModalHandler<QMessageBox> handler([&](QMessageBox *box) {
            message = box->text();
            box->accept();
        });
        QVERIFY(!window.openLibrary(notALibrary));
        QVERIFY(handler.seen());
        QVERIFY2(message.contains(QStringLiteral("not a Gazette library")), qPrintable(message));
        QCOMPARE(window.store()->path(), other); // still on the library that was open
        QVERIFY(window.openLibrary(first));
        QCOMPARE(window.libraryModel()->rowCount(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("library/path")).toString(), first);
    }

    void updatedFileReanchors()
    {
        const QString path = writeArticle(QStringLiteral("update.txt"), "Port Story\nKestrel Energy supplies cells.\n");
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(window.openFile(path));
        const qint64 article = window.currentArticleId();
        window.undoStack()->push(window.edits()->addAnnotation(article, 11, 25, QStringLiteral("ORG")).release());

        writeArticle(QStringLiteral("update.txt"), "Port Story\nUpdated: Kestrel Energy supplies cells.\n");
        ModalHandler<QMessageBox> handler([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QStringLiteral("&Update"))
                    button->click();
            }
        });
        QVERIFY(window.openFile(path));
        QVERIFY(handler.seen());
        QCOMPARE(window.libraryModel()->rowCount(), 1); // updated, not duplicated
        const Annotation moved = window.store()->annotations(article).first();
        QCOMPARE(moved.start, 20);
        QCOMPARE(moved.quote, QStringLiteral("Kestrel Energy"));
        QCOMPARE(window.documentView()->articleText(), QStringLiteral("Port Story\nUpdated: Kestrel Energy supplies cells.\n"));
    }

    void dropAndPasteAddArticles()
    {
        const QString path = writeArticle(QStringLiteral("dropped.txt"), "Dropped Story\nIt came by drag and drop.\n");
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.documentView()->article().headline, QStringLiteral("Dropped Story"));

        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://news.example/a"))});
        QDragEnterEvent remote(QPoint(200, 200), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        remote.setAccepted(false);
        QApplication::sendEvent(&window, &remote);
        QVERIFY(remote.isAccepted()); // web addresses are imported like folders, with progress

        QGuiApplication::clipboard()->setText(QStringLiteral("Pasted Headline\nA paragraph from the clipboard.\n"));
        QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.documentView()->article().headline, QStringLiteral("Pasted Headline"));
        QCOMPARE(window.documentView()->article().source, QStringLiteral("Clipboard"));
        QCOMPARE(window.libraryModel()->rowCount(), 2);
        // The same text again is not added twice.
        QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.libraryModel()->rowCount(), 2);
    }

    void importFolderWithProgressAndSummary()
    {
        const QString folder = m_dir.filePath(QStringLiteral("batch"));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < 3; ++i) {
            QFile file(folder + QStringLiteral("/story-%1.txt").arg(i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (i < 2)
                file.write(QStringLiteral("Batch Story %1\nText of story %1.\n").arg(i).toUtf8());
        }
        MainWindow window(m_themes.get());
        window.show();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importSources({folder});
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), 2);                          // imported
        QCOMPARE(finished.first().at(2).toStringList().size(), 1);             // the empty file
        QVERIFY(finished.first().at(2).toStringList().first().contains(QStringLiteral("empty")));
        QCOMPARE(window.libraryModel()->rowCount(), 2);
        auto *summary = window.findChild<QMessageBox *>(QStringLiteral("importSummary"));
        QVERIFY(summary && summary->isVisible());
        summary->close();
    }

    void cancelledImportKeepsWholeArticles()
    {
        const QString folder = m_dir.filePath(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < 80; ++i) {
            QFile file(folder + QStringLiteral("/n%1.txt").arg(i, 3, 10, QLatin1Char('0')));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("Item %1\nBody %1.\n").arg(i).toUtf8());
        }
        MainWindow window(m_themes.get());
        window.show();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importSources({folder});
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // as the reader does
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(3).toBool()); // cancelled
        const int imported = finished.first().at(0).toInt();
        QVERIFY(imported < 80);
        QCOMPARE(window.store()->articleCount(), imported); // what was read is kept, nothing half-done
        QCOMPARE(window.libraryModel()->rowCount(), imported);
    }

    void feedAddressListsItsItems()
    {
        // A feed served on 127.0.0.1 by the test itself.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QFile feed(QStringLiteral(GAZETTE_TEST_DATA "/feeds/ports.rss"));
        QVERIFY(feed.open(QIODevice::ReadOnly));
        const QByteArray body = feed.readAll();
        connect(&server, &QTcpServer::newConnection, &server, [&server, body] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: " + QByteArray::number(body.size())
                              + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        MainWindow window(m_themes.get());
        window.show();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        ModalHandler<FeedDialog> handler([](FeedDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("feedItems"));
            QVERIFY(list);
            QCOMPARE(list->count(), 2);
            list->item(0)->setCheckState(Qt::Unchecked); // only the second item
            dialog->accept();
        });
        window.importSources({QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(server.serverPort())});
        QVERIFY(finished.wait(20000));
        QVERIFY2(handler.seen(), qPrintable(finished.first().at(2).toStringList().join(QLatin1Char('|'))));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(window.documentView()->article().headline, QStringLiteral("Ferry line adds night crossing"));
    }

    void feedItemsAreChosenAndImported()
    {
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ModalHandler<QDialog> handler([](QDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("feedItems"));
            QVERIFY(list);
            QCOMPARE(list->count(), 2);
            list->item(1)->setCheckState(Qt::Unchecked); // only the first item
            dialog->accept();
        });
        QVERIFY(window.openFile(QStringLiteral(GAZETTE_TEST_DATA "/feeds/ports.rss")));
        QVERIFY(handler.seen());
        QCOMPARE(window.libraryModel()->rowCount(), 1);
        QCOMPARE(window.documentView()->article().headline, QStringLiteral("Electric cranes reach Antwerp"));
        QCOMPARE(window.documentView()->article().source, QStringLiteral("Coastal Ledger: Ports"));
    }

    void themeRecoloursPane_data()
    {
        QTest::addColumn<QString>("themeName");
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << QStringLiteral("Breeze Dark") << true;
        QTest::newRow("light") << QStringLiteral("Breeze Light") << false;
        QTest::newRow("solarized dark") << QStringLiteral("Solarized Dark") << true;
    }

    void themeRecoloursPane()
    {
        QFETCH(QString, themeName);
        QFETCH(bool, dark);
        MainWindow window(m_themes.get());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(writeArticle(QStringLiteral("theme.txt"), "Theme Test\nSome words to colour.\n")));

        QAction *themeAction = action(&window, QStringLiteral("theme:") + themeName);
        themeAction->trigger();
        QVERIFY(themeAction->isChecked());

        const Theme theme = m_themes->repository().theme(themeName);
        const QColor background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
        const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
        QCOMPARE(m_themes->isDark(), dark);
        QCOMPARE(background.lightness() < 128, dark);

        // What is painted: the pane's empty area has the theme's background...
        DocumentView *view = window.documentView();
        const QPoint corner(view->viewport()->width() - 5, view->viewport()->height() - 5);
        QCOMPARE(pixelAt(view->viewport(), corner), background);
        // ...and the article text is drawn in the theme's text colour.
        QTextCursor cursor(view->document());
        cursor.setPosition(view->textStart() + 20);
        QCOMPARE(cursor.charFormat().foreground().color(), text);
        // The window chrome follows: dark theme, dark palette.
        QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, dark);

        // Remembered across runs.
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), themeName);
        ThemeController restarted;
        QCOMPARE(restarted.theme().name(), themeName);
    }

    void themeMenuListsAllThemes()
    {
        MainWindow window(m_themes.get());
        auto *menu = window.findChild<QMenu *>(QStringLiteral("themeMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), m_themes->repository().themes().size());
        QVERIFY(menu->actions().size() >= 10);
        int checked = 0;
        for (QAction *a : menu->actions())
            checked += a->isChecked();
        QCOMPARE(checked, 1);
    }

    void geometryAndDocksRestored()
    {
        {
            MainWindow window(m_themes.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(760, 560);
            window.findChild<QDockWidget *>(QStringLiteral("sideDock"))->hide();
            QVERIFY(QTest::qWaitFor([&] { return window.size() == QSize(760, 560); }));
            window.close();
        }
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(760, 560));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("sideDock"))->isHidden());
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("libraryDock"))->isVisible());
    }

    void zoomWithKeyboard()
    {
        MainWindow window(m_themes.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DocumentView *view = window.documentView();
        const qreal before = view->document()->defaultFont().pointSizeF();
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view->zoomPercent(), 110);
        QVERIFY(view->document()->defaultFont().pointSizeF() > before);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoomPercent(), 100);
        QCOMPARE(view->document()->defaultFont().pointSizeF(), before);
    }

    void aboutDialog()
    {
        MainWindow window(m_themes.get());
        window.show();
        QString text;
        ModalHandler<QMessageBox> handler([&](QMessageBox *box) {
            text = box->text() + box->informativeText();
            box->reject();
        });
        QAction *about = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->menuRole() == QAction::AboutRole)
                about = a;
        }
        QVERIFY(about);
        about->trigger();
        QVERIFY(handler.seen());
        QVERIFY(text.contains(QStringLiteral("Gazette " GAZETTE_VERSION)));
        QVERIFY(text.contains(QStringLiteral("KSyntaxHighlighting")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
