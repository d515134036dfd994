// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench as a journalist meets it (issue 12): each test drives the real window,
// offscreen, through the keys, menus and dialogs a reader uses.
#include "formats/dataformat.h"
#include "documentview.h"
#include "entityhighlighter.h"
#include "exportdialog.h"
#include "librarydelegate.h"
#include "helpdialog.h"
#include "mainwindow.h"
#include "quotesdock.h"
#include "models/quotemodel.h"
#include "library/librarysession.h"
#include "store/annotationstore.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "shortcutsettings.h"
#include "singleinstance.h"
#include "themecontroller.h"
#include "windowsession.h"
#include "models/factmodel.h"
#include "models/librarymodel.h"
#include "document/textsearch.h"
#include "uitest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QScopeGuard>
#include <QTableView>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTranslator>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <atomic>
#include <thread>

using namespace Gazette;
using namespace Gazette::Testing;

namespace {

const QString First = QStringLiteral(
    "Kestrel Deal Signed\n"
    "Harbourline Robotics has chosen Kestrel Energy to supply batteries.\n"
    "Marta Visser said the cells were the best. Kestrel shares rose.\n");
const QString Second = QStringLiteral(
    "Port Strike Ends\n"
    "Dock workers in Antwerp returned to work on Monday.\n");

// CIE76 colour difference: above about 10 two colours are told apart at a glance.
double deltaE(const QColor &a, const QColor &b)
{
    auto lab = [](const QColor &c) {
        auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        const double r = linear(c.redF()), g = linear(c.greenF()), bl = linear(c.blueF());
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
        const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
        return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    };
    const auto p = lab(a), q = lab(b);
    return std::sqrt(std::pow(p[0] - q[0], 2) + std::pow(p[1] - q[1], 2) + std::pow(p[2] - q[2], 2));
}

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double l1 = luminance(a);
    const double l2 = luminance(b);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

public:
    static void initMain() { isolate(QStringLiteral("GazetteWorkbench")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThemeController> m_themes;
    std::unique_ptr<MainWindow> m_window;
    DocumentView *m_view = nullptr;
    qint64 m_first = 0;

    QString write(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }

    QAction *action(const QString &name) const
    {
        auto *found = m_window->findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
    }

    int at(const QString &needle) const { return int(m_view->article().text.indexOf(needle)); }

    QList<Annotation> annotations(qint64 article) const { return m_window->store()->annotations(article); }

    // Labels the occurrence-th match of the text (0: the first) as ORG with its key.
    void labelAsOrganisation(const QString &text, int occurrence)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; ++i)
            start = int(m_view->article().text.indexOf(text, start + 1));
        m_view->setSelectedRange(start, start + int(text.size()));
        QTest::keyClick(m_view, Qt::Key_2);
    }

    void focusPane()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_view->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return m_view->hasFocus(); }));
    }

    // Lets act() work in the next modal dialog of type T that trigger() opens, then closes it if
    // act() did not (also when a check in act() failed); false when no such dialog came.
    template<typename T>
    bool inDialog(const std::function<void()> &trigger, const std::function<void(T *)> &act)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            if (!QTest::qWaitFor([] { return qobject_cast<T *>(QApplication::activeModalWidget()) != nullptr; }))
                return;
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            seen = true;
            act(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        trigger();
        return seen;
    }

    // Opens the Export dialog, lets act() work in it, then closes it with Esc.
    void inExportDialog(const std::function<void(ExportDialog *)> &act)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            QVERIFY(QTest::qWaitFor([] { return qobject_cast<ExportDialog *>(QApplication::activeModalWidget()) != nullptr; }));
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            seen = true;
            act(dialog);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        action(QStringLiteral("exportAction"))->trigger();
        QVERIFY(seen);
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
        m_themes->setTheme(QStringLiteral("Breeze Light"));
        QSettings().setValue(QStringLiteral("extract/onOpen"), false);
        QSettings().setValue(QStringLiteral("library/path"),
                             m_dir.filePath(QStringLiteral("%1.gazette").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_window = std::make_unique<MainWindow>(m_themes.get());
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(write(QStringLiteral("deal.txt"), First)));
        m_first = m_window->currentArticleId();
        m_view = m_window->documentView();
        focusPane();
    }

    void cleanup() { m_window.reset(); }

    // Item 1: picking the Markdown report again and again, and after HTML and PDF, never crashes.
    void exportPreviewSurvivesFormatChanges()
    {
        for (int round = 0; round < 6; ++round) {
            inExportDialog([](ExportDialog *dialog) {
                auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
                format->setCurrentIndex(format->findData(QStringLiteral("md")));
                QTest::qWait(30);
                QVERIFY(dialog->previewText().contains(QStringLiteral("Kestrel Deal Signed")));
            });
        }
        inExportDialog([](ExportDialog *dialog) {
            for (const char *id : {"html", "pdf", "md", "json", "md"}) {
                dialog->setFormat(QString::fromLatin1(id));
                QTest::qWait(30);
            }
        });
    }

    // Item 2: Ctrl+Shift+Z and Ctrl+Y both redo, and no key is bound twice.
    void redoHasTwoUnambiguousKeys()
    {
        QAction *redo = action(QStringLiteral("redoAction"));
        const QList<QKeySequence> keys = redo->shortcuts();
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QCOMPARE(QSet<QKeySequence>(keys.begin(), keys.end()).size(), keys.size());
        for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
            QVERIFY2(keys.contains(key), qPrintable(key.toString()));

        for (const QKeyCombination key : {QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z), QKeyCombination(Qt::CTRL, Qt::Key_Y)}) {
            m_view->setSelectedRange(at(QStringLiteral("Kestrel Energy")), at(QStringLiteral("Kestrel Energy")) + 14);
            QTest::keyClick(m_view, Qt::Key_2);
            QCOMPARE(annotations(m_first).size(), 1);
            QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
            QVERIFY(annotations(m_first).isEmpty());
            QTest::keyClick(m_window.get(), key.key(), key.keyboardModifiers());
            QCOMPARE(annotations(m_first).size(), 1);
            QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        }
    }

    // Item 3: undo brings the reader to what it changes, and says what it did.
    void undoShowsWhatItChanges()
    {
        const int start = at(QStringLiteral("Kestrel Energy"));
        m_view->setSelectedRange(start, start + 14);
        QTest::keyClick(m_view, Qt::Key_2);
        const qint64 labelled = annotations(m_first).first().id;
        QVERIFY(m_window->openFile(write(QStringLiteral("strike.txt"), Second)));
        const qint64 second = m_window->currentArticleId();
        QVERIFY(second != m_first);

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->currentArticleId(), m_first);
        QVERIFY(annotations(m_first).isEmpty());
        // (a real session: the Ctrl held for undo made the library add the article to its
        // selection, two articles selected; it selects the one shown)
        auto *list = m_window->findChild<QListView *>(QStringLiteral("libraryList"));
        QVERIFY(list);
        QCOMPARE(list->selectionModel()->selectedIndexes().size(), 1);
        QCOMPARE(list->selectionModel()->selectedIndexes().first().data(LibraryModel::ArticleIdRole).toLongLong(), m_first);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Kestrel Energy")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        m_window->showArticle(second);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->currentArticleId(), m_first);
        QCOMPARE(annotations(m_first).size(), 1);
        QCOMPARE(m_view->selectedAnnotationId(), annotations(m_first).first().id);
        Q_UNUSED(labelled);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Kestrel Energy")));
    }

    // Item 14: with a span clicked and no text selected, a number key relabels the span.
    void numberKeyRelabelsSelectedSpan()
    {
        const int start = at(QStringLiteral("Marta Visser"));
        m_view->setSelectedRange(start, start + 12);
        QTest::keyClick(m_view, Qt::Key_1);
        const qint64 id = annotations(m_first).first().id;
        QCOMPARE(annotations(m_first).first().label, QStringLiteral("PERSON"));
        QTextCursor cursor(m_view->document());
        cursor.setPosition(m_view->positionOf(start + 3));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->cursorRect(cursor).center() + QPoint(2, 0));
        QCOMPARE(m_view->selectedAnnotationId(), id);
        QVERIFY(!m_view->textCursor().hasSelection());
        QTest::keyClick(m_view, Qt::Key_2);
        QCOMPARE(annotations(m_first).size(), 1);
        QCOMPARE(m_window->store()->annotation(id)->label, QStringLiteral("ORG"));
    }

    // Item 11: selecting exactly 比亚迪 and pressing 2 labels 比亚迪, not the run up to the comma.
    void labelKeyKeepsChineseWords()
    {
        QVERIFY(m_window->openFile(write(QStringLiteral("byd.txt"), QStringLiteral("比亚迪新闻\n比亚迪公司表示，销量增长。\n"))));
        const qint64 article = m_window->currentArticleId();
        const int start = int(m_view->article().text.indexOf(QStringLiteral("比亚迪公司")));
        focusPane();
        m_view->setSelectedRange(start, start + 3);
        QTest::keyClick(m_view, Qt::Key_2);
        QCOMPARE(annotations(article).size(), 1);
        QCOMPARE(annotations(article).first().quote, QStringLiteral("比亚迪"));
    }

    // Item 5: the review status is set from the keys, the status bar and the library's
    // context menu, and the library's status filter follows.
    void reviewStatusCanBeSet()
    {
        QCOMPARE(m_window->store()->article(m_first)->reviewStatus, ReviewStatus::New);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->store()->article(m_first)->reviewStatus, ReviewStatus::Done);
        auto *button = m_window->statusBar()->findChild<QToolButton *>(QStringLiteral("reviewStatusButton"));
        QVERIFY(button);
        QVERIFY2(button->text().contains(QStringLiteral("Done")), qPrintable(button->text()));
        QVERIFY(button->menu());
        QAction *inReview = nullptr;
        for (QAction *entry : button->menu()->actions()) {
            if (entry->objectName() == QLatin1String("markInReview"))
                inReview = entry;
        }
        QVERIFY(inReview);
        inReview->trigger();
        QCOMPARE(m_window->store()->article(m_first)->reviewStatus, ReviewStatus::InReview);
        QVERIFY(button->text().contains(QStringLiteral("In review")));
        // Undo brings it back, and says so.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->store()->article(m_first)->reviewStatus, ReviewStatus::Done);

        // The library's context menu has the same choices.
        auto *list = m_window->findChild<QListView *>(QStringLiteral("libraryList"));
        QVERIFY(list);
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("libraryContextMenu"));
        QVERIFY(menu);
        QStringList names;
        for (QAction *entry : menu->actions()) {
            names << entry->objectName();
            if (entry->menu()) {
                for (QAction *sub : entry->menu()->actions())
                    names << sub->objectName();
            }
        }
        for (const char *name : {"markNew", "markInReview", "markDone", "exportAction", "removeArticleAction"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), qPrintable(names.join(QLatin1Char(' '))));

        auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("libraryStatusFilter"));
        filter->setCurrentIndex(filter->findData(int(ReviewStatus::Done)));
        QCOMPARE(list->model()->rowCount(), 1);
        filter->setCurrentIndex(filter->findData(int(ReviewStatus::New)));
        QCOMPARE(list->model()->rowCount(), 0);
    }

    // Item 10: label all occurrences labels matches inside quotes too, and says how many.
    void labelAllOccurrencesReachesIntoQuotes()
    {
        AnnotatedArticle bundle;
        bundle.article.headline = QStringLiteral("Quoted");
        bundle.article.text = QStringLiteral("Quoted\n“Kestrel will win,” she said. Kestrel agreed. “Kestrel is fine.” Kestrelia too.\n");
        for (const QString &quote : {QStringLiteral("“Kestrel will win,”"), QStringLiteral("“Kestrel is fine.”")}) {
            Annotation a;
            a.start = int(bundle.article.text.indexOf(quote));
            a.end = a.start + int(quote.size());
            a.label = QStringLiteral("QUOTE");
            bundle.annotations.append(a);
        }
        const qint64 id = *m_window->store()->addArticle(bundle);
        m_window->showArticle(id);
        // What the context menu's Label All Occurrences as > Organization asks for.
        Q_EMIT m_view->labelAllRequested(QStringLiteral("Kestrel"), QStringLiteral("ORG"));
        int orgs = 0;
        for (const Annotation &a : annotations(id))
            orgs += a.label == QLatin1String("ORG");
        QCOMPARE(orgs, 3);
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("3")), qPrintable(message));
        // A second time nothing is left to label, and the status bar says why.
        QVERIFY(!m_window->edits()->labelAllOccurrences(id, QStringLiteral("Kestrel"), QStringLiteral("ORG")));
        QVERIFY2(m_window->edits()->errorString().contains(QStringLiteral("3")), qPrintable(m_window->edits()->errorString()));
    }

    // Item 6: after switching theme at runtime every widget follows, the legend readable.
    void themeSwitchKeepsLegendReadable()
    {
        for (const QString &name : {QStringLiteral("Breeze Dark"), QStringLiteral("Breeze Light"), QStringLiteral("Breeze Dark")}) {
            m_window->findChild<QAction *>(QStringLiteral("theme:") + name)->trigger();
            QApplication::processEvents();
            auto *legend = m_window->findChild<QWidget *>(QStringLiteral("labelLegend"));
            QVERIFY(legend);
            const QImage image = legend->grab().toImage();
            const QColor background = image.pixelColor(image.width() - 3, image.height() / 2);
            const QList<QToolButton *> buttons = legend->findChildren<QToolButton *>();
            QVERIFY(!buttons.isEmpty());
            for (QToolButton *button : buttons) {
                const QColor text = button->palette().color(QPalette::Active, button->foregroundRole());
                QVERIFY2(contrast(text, background) >= 4.5,
                         qPrintable(QStringLiteral("%1: %2 on %3 in %4").arg(button->text(), text.name(), background.name(), name)));
            }
            const QColor windowText = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("articleStatus"))->palette().color(QPalette::WindowText);
            QVERIFY(contrast(windowText, m_window->palette().color(QPalette::Window)) >= 4.5);
        }
    }

    // Friction 1: Edit > Configure Shortcuts lists every action with its key; a new key works at
    // once and is kept, a taken key is refused with a message, Reset to Default brings it back.
    // The span edges move with keys window managers leave alone.
    void shortcutsCanBeChanged()
    {
        QCOMPARE(action(QStringLiteral("spanStartEarlier"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
        QCOMPARE(action(QStringLiteral("spanEndLater"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight));
        for (QAction *edge : {action(QStringLiteral("spanStartEarlier")), action(QStringLiteral("spanStartLater")),
                              action(QStringLiteral("spanEndEarlier")), action(QStringLiteral("spanEndLater"))}) {
            for (const QKeySequence &key : edge->shortcuts())
                QVERIFY2(!(key[0].keyboardModifiers() & Qt::AltModifier), qPrintable(key.toString()));
        }

        auto shortcuts = [this] { action(QStringLiteral("shortcutsAction"))->trigger(); };
        QVERIFY(inDialog<ShortcutsDialog>(shortcuts, [this](ShortcutsDialog *dialog) {
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
            QStringList rows;
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                rows << list->topLevelItem(i)->text(0) + QLatin1Char('=') + list->topLevelItem(i)->text(1);
            for (const char *row : {"Accept=A, Return, Enter", "Export=Ctrl+E", "Start One Word Earlier=Ctrl+[", "Next Pane=F6"})
                QVERIFY2(rows.contains(QString::fromLatin1(row)), qPrintable(rows.join(QStringLiteral(" | "))));
            // A key that Export has is refused, and the dialog says whose it is.
            QAction *accept = action(QStringLiteral("acceptAnnotation"));
            QVERIFY(!dialog->assign(accept, QKeySequence(Qt::CTRL | Qt::Key_E)));
            QVERIFY2(dialog->message().contains(QStringLiteral("Export")), qPrintable(dialog->message()));
            QCOMPARE(dialog->pendingKey(accept), QKeySequence(Qt::Key_A));
            QVERIFY(dialog->assign(accept, QKeySequence(Qt::Key_K)));
            QCOMPARE(list->findItems(QStringLiteral("Accept"), Qt::MatchExactly).value(0)->text(1), QStringLiteral("K"));
            dialog->accept();
        }));
        QCOMPARE(action(QStringLiteral("acceptAnnotation"))->shortcut(), QKeySequence(Qt::Key_K));
        QCOMPARE(QSettings().value(QStringLiteral("shortcuts/acceptAnnotation")).toString(), QStringLiteral("K"));
        // The new key accepts at once.
        AnnotatedArticle bundle;
        bundle.article.headline = QStringLiteral("Suggested");
        bundle.article.text = QStringLiteral("Suggested\nMarta Visser spoke.\n");
        Annotation suggestion;
        suggestion.start = 10;
        suggestion.end = 22;
        suggestion.label = QStringLiteral("PERSON");
        suggestion.ruleId = QStringLiteral("test");
        suggestion.confidence = 0.5;
        suggestion.status = AnnotationStatus::Suggested;
        bundle.annotations.append(suggestion);
        const qint64 article = *m_window->store()->addArticle(bundle);
        m_window->showArticle(article);
        const qint64 id = annotations(article).first().id;
        QCOMPARE(m_window->store()->annotation(id)->status, AnnotationStatus::Suggested);
        focusPane();
        m_view->selectAnnotation(id);
        QTest::keyClick(m_view, Qt::Key_K);
        QCOMPARE(m_window->store()->annotation(id)->status, AnnotationStatus::Accepted);

        // Reset to Default: A (and Enter) again, the setting gone.
        QVERIFY(inDialog<ShortcutsDialog>(shortcuts, [this](ShortcutsDialog *dialog) {
            dialog->selectAction(action(QStringLiteral("acceptAnnotation")));
            dialog->findChild<QPushButton *>(QStringLiteral("resetShortcut"))->click();
            dialog->accept();
        }));
        QCOMPARE(action(QStringLiteral("acceptAnnotation"))->shortcuts().size(), 3);
        QCOMPARE(action(QStringLiteral("acceptAnnotation"))->shortcut(), QKeySequence(Qt::Key_A));
        QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/acceptAnnotation")));
    }

    // Friction 2: F1 opens the handbook (marks, labels, correcting keys, formats); Help >
    // Keyboard Shortcuts lists every action with the key it has now, a changed one included.
    void helpShowsHandbookAndShortcuts()
    {
        QString handbook;
        QVERIFY(inDialog<HelpDialog>([this] { QTest::keyClick(m_window.get(), Qt::Key_F1); }, [&](HelpDialog *dialog) {
            handbook = dialog->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"))->toPlainText();
        }));
        for (const char *text : {"dashed underline", "wavy underline", "PERSON", "Organisation", "Ctrl+[", "Ctrl+Shift+]", "Markdown", "CoNLL"})
            QVERIFY2(handbook.contains(QString::fromUtf8(text)), text);

        ShortcutSettings::save(action(QStringLiteral("rejectAnnotation")), QKeySequence(Qt::Key_J));
        QString sheet;
        QVERIFY(inDialog<HelpDialog>([this] { action(QStringLiteral("shortcutSheetAction"))->trigger(); }, [&](HelpDialog *dialog) {
            sheet = dialog->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"))->toPlainText();
        }));
        for (const char *text : {"Export", "Ctrl+E", "Reject", "Label as Person", "Gazette Handbook", "F1"})
            QVERIFY2(sheet.contains(QString::fromUtf8(text)), text);
        const QStringList lines = sheet.split(QLatin1Char('\n'));
        const qsizetype reject = lines.indexOf(QStringLiteral("Reject"));
        QVERIFY2(reject >= 0 && lines.value(reject + 1) == QLatin1String("J"), qPrintable(lines.mid(reject, 2).join(QLatin1Char('|'))));
        ShortcutSettings::save(action(QStringLiteral("rejectAnnotation")), QKeySequence(Qt::Key_X));
    }

    // Friction 3: the Undo and Redo buttons keep their width and place while their action's
    // text says what they would undo; the tooltip says it.
    void undoButtonsKeepTheirWidth()
    {
        auto *undo = m_window->findChild<QToolButton *>(QStringLiteral("undoActionButton"));
        auto *redo = m_window->findChild<QToolButton *>(QStringLiteral("redoActionButton"));
        QVERIFY(undo && redo);
        auto *zoomOut = qobject_cast<QToolButton *>(m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))
                                                        ->widgetForAction(action(QStringLiteral("zoomOutAction"))));
        const QRect undoBefore = undo->geometry();
        const QRect redoBefore = redo->geometry();
        const QPoint zoomBefore = zoomOut->pos();
        const int start = at(QStringLiteral("Kestrel Energy"));
        m_view->setSelectedRange(start, start + 14);
        QTest::keyClick(m_view, Qt::Key_2);
        QApplication::processEvents();
        QVERIFY(action(QStringLiteral("undoAction"))->text().size() > 8);
        QCOMPARE(undo->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QCOMPARE(undo->geometry(), undoBefore);
        QCOMPARE(redo->geometry(), redoBefore);
        QCOMPARE(zoomOut->pos(), zoomBefore);
        QVERIFY2(undo->toolTip().contains(QStringLiteral("Kestrel Energy")), qPrintable(undo->toolTip()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QApplication::processEvents();
        QVERIFY(action(QStringLiteral("redoAction"))->text().size() > 8);
        QCOMPARE(redo->geometry(), redoBefore);
        QCOMPARE(zoomOut->pos(), zoomBefore);
        QVERIFY2(redo->toolTip().contains(QStringLiteral("Kestrel Energy")), qPrintable(redo->toolTip()));
    }

    // Friction 4: the last article comes back on start, the file dialogs open where they were
    // left, and the author is the system user's name.
    void sessionComesBack()
    {
        QCOMPARE(m_window->edits()->author(), WindowSession::defaultAuthor());
        QVERIFY(!WindowSession::defaultAuthor().isEmpty());
        QVERIFY(!WindowSession::defaultAuthor().contains(QLatin1Char(',')));

        QVERIFY(m_window->openFile(write(QStringLiteral("strike.txt"), Second)));
        const qint64 second = m_window->currentArticleId();
        QVERIFY(second != m_first);
        m_window->close();
        m_window = std::make_unique<MainWindow>(m_themes.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->documentView();
        QCOMPARE(m_window->currentArticleId(), second);
        QCOMPARE(m_view->article().headline, QStringLiteral("Port Strike Ends"));

        // Import Folder opens in the folder imported last.
        const QString folder = m_dir.filePath(QStringLiteral("imports"));
        QVERIFY(QDir().mkpath(folder));
        write(QStringLiteral("imports/harbour.txt"), QStringLiteral("Harbour Opens\nThe harbour opened in Ghent.\n"));
        QVERIFY(inDialog<QFileDialog>([this] { action(QStringLiteral("importFolderAction"))->trigger(); }, [&](QFileDialog *dialog) {
            dialog->setDirectory(folder);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, protected there
        }));
        QVERIFY(QTest::qWaitFor([&] { return !m_window->isBusy(); }));
        QString opened;
        QVERIFY(inDialog<QFileDialog>([this] { action(QStringLiteral("importFolderAction"))->trigger(); },
                                      [&](QFileDialog *dialog) { opened = dialog->directory().absolutePath(); }));
        QCOMPARE(opened, QDir(folder).absolutePath());

        // New Library and Open Library open where the last library dialog was left.
        const QString libraries = m_dir.filePath(QStringLiteral("libraries"));
        QVERIFY(QDir().mkpath(libraries));
        QVERIFY(inDialog<QFileDialog>([this] { action(QStringLiteral("newLibraryAction"))->trigger(); }, [&](QFileDialog *dialog) {
            dialog->selectFile(QDir(libraries).filePath(QStringLiteral("desk.gazette")));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, protected there
        }));
        QCOMPARE(QFileInfo(m_window->store()->path()).absolutePath(), QDir(libraries).absolutePath());
        QVERIFY(m_window->openLibrary(m_dir.filePath(QStringLiteral("elsewhere.gazette"))));
        QVERIFY(inDialog<QFileDialog>([this] { action(QStringLiteral("openLibraryAction"))->trigger(); },
                                      [&](QFileDialog *dialog) { opened = dialog->directory().absolutePath(); }));
        QCOMPARE(opened, QDir(libraries).absolutePath());
    }

    // Friction 5: in the Entities panel a mention shows the words around it, and a label row
    // says what it counts.
    void entityPanelShowsContextAndCounts()
    {
        labelAsOrganisation(QStringLiteral("Kestrel Energy"), 0);
        labelAsOrganisation(QStringLiteral("Kestrel"), 0); // the headline
        labelAsOrganisation(QStringLiteral("Kestrel"), 2); // Kestrel shares rose
        QCOMPARE(annotations(m_first).size(), 3);

        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("entityView"));
        QVERIFY(tree);
        const QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex org = model->index(0, 0);
        QVERIFY2(org.data().toString().contains(QStringLiteral("2 entities, 3 mentions")), qPrintable(org.data().toString()));
        QVERIFY(tree->isFirstColumnSpanned(0, {}));
        QStringList mentions;
        for (int row = 0; row < model->rowCount(org); ++row) {
            const QModelIndex entity = model->index(row, 0, org);
            for (int m = 0; m < model->rowCount(entity); ++m)
                mentions << model->index(m, 0, entity).data().toString();
        }
        QVERIFY2(mentions.contains(QStringLiteral("…Robotics has chosen Kestrel Energy to supply batteries.")), qPrintable(mentions.join(QLatin1Char('|'))));
        QVERIFY2(mentions.contains(QStringLiteral("Kestrel Deal Signed")), qPrintable(mentions.join(QLatin1Char('|'))));
        QVERIFY2(mentions.contains(QStringLiteral("…were the best. Kestrel shares rose.")), qPrintable(mentions.join(QLatin1Char('|'))));
        // The filter still finds entities by name.
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("entityFilter"));
        filter->setText(QStringLiteral("Energy"));
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
        filter->clear();
    }

    // A real session (session 16): Reject with an entity's row selected did nothing and said
    // nothing. It rejects every mention of the entity, as Accept accepts them; one undo.
    void rejectOnAnEntityRejectsItsMentions()
    {
        labelAsOrganisation(QStringLiteral("Kestrel"), 0);
        labelAsOrganisation(QStringLiteral("Kestrel"), 2);
        labelAsOrganisation(QStringLiteral("Kestrel Energy"), 0);
        QCOMPARE(annotations(m_first).size(), 3);
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("entityView"));
        auto *reject = m_window->findChild<QToolButton *>(QStringLiteral("entityRejectButton"));
        QVERIFY(tree && reject);
        const QAbstractItemModel *model = tree->model();
        QModelIndex entity;
        for (int row = 0; row < model->rowCount(model->index(0, 0)); ++row) {
            if (model->rowCount(model->index(row, 0, model->index(0, 0))) == 2)
                entity = model->index(row, 0, model->index(0, 0)); // Kestrel, with its 2 mentions
        }
        QVERIFY(entity.isValid());
        tree->setCurrentIndex(entity);
        reject->click();
        const auto rejected = [&] {
            int count = 0;
            for (const Annotation &a : annotations(m_first))
                count += a.status == AnnotationStatus::Rejected ? 1 : 0;
            return count;
        };
        QCOMPARE(rejected(), 2);
        // (a second click finds nothing chosen: Kestrel Energy, now the first row, stays)
        reject->click();
        QCOMPARE(rejected(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(rejected(), 0);
    }

    // Friction 6: at the default 1280×800 the library's headlines and filter choices are whole,
    // and its search finds whole words ("AI" is not in "said").
    void libraryReadableAndSearchesWords()
    {
        const QString headline = QStringLiteral("Harbourline Robotics Signs Battery Deal With Kestrel Energy");
        QVERIFY(m_window->openFile(write(QStringLiteral("long.txt"), headline + QStringLiteral("\nThe AI models were trained in Rotterdam.\n"))));
        m_window->resize(1280, 800);
        QVERIFY(QTest::qWaitFor([&] { return m_window->size() == QSize(1280, 800); }));
        QApplication::processEvents();

        auto *list = m_window->findChild<QListView *>(QStringLiteral("libraryList"));
        QFont bold = list->font();
        bold.setBold(true);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            const QStringList lines = LibraryDelegate::headlineLines(index.data().toString(), bold, LibraryDelegate::textWidth(list->visualRect(index)));
            QCOMPARE(lines.join(QLatin1Char(' ')), index.data().toString());
        }
        for (const char *name : {"libraryStatusFilter", "libraryLabelFilter", "librarySort"}) {
            auto *combo = m_window->findChild<QComboBox *>(QString::fromLatin1(name));
            QComboBox probe;
            probe.setFont(combo->font());
            probe.setSizeAdjustPolicy(QComboBox::AdjustToContents);
            for (int i = 0; i < combo->count(); ++i)
                probe.addItem(combo->itemText(i));
            QVERIFY2(combo->width() >= probe.sizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3").arg(QString::fromLatin1(name)).arg(combo->width()).arg(probe.sizeHint().width())));
        }

        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        search->setText(QStringLiteral("AI"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), headline);
        search->setText(QStringLiteral("said"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Kestrel Deal Signed"));
        search->clear();
        QCOMPARE(list->model()->rowCount(), 2);
    }

    // Friction 7: the settings' label table shows colour swatches named after labels, not theme
    // style names; the 18 OntoNotes labels have colours told apart in light and dark themes,
    // and the legend shows all of them.
    void labelColoursAreDistinctAndNamed()
    {
        QStringList colourNames;
        bool swatches = true;
        QTimer::singleShot(0, this, [&] {
            QVERIFY(QTest::qWaitFor([] { return qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()) != nullptr; }));
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("labelTable"));
            for (int row = 0; row < table->rowCount(); ++row) {
                auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, 3));
                colourNames << box->currentText();
                swatches = swatches && !box->itemIcon(box->currentIndex()).isNull();
                for (int i = 0; i < box->count(); ++i)
                    QVERIFY2(box->itemText(i) != QLatin1String("DecVal"), "a theme style name in the colour list");
            }
            dialog->reject();
        });
        action(QStringLiteral("settingsAction"))->trigger();
        QVERIFY(swatches);
        QVERIFY2(colourNames.contains(QStringLiteral("PERSON")) && colourNames.contains(QStringLiteral("DATE")), qPrintable(colourNames.join(QLatin1Char(' '))));

        const LabelSet labels = LabelSet::ontoNotes();
        for (const QString &theme : {QStringLiteral("Breeze Light"), QStringLiteral("Breeze Dark")}) {
            m_window->findChild<QAction *>(QStringLiteral("theme:") + theme)->trigger();
            QApplication::processEvents();
            QList<std::pair<QString, QColor>> colours;
            for (const Label &label : labels.labels()) {
                if (label.name != LabelSet::quoteLabel())
                    colours.append({label.name, m_view->highlighter()->colour(label.name)});
            }
            QCOMPARE(colours.size(), 18);
            for (qsizetype i = 0; i < colours.size(); ++i) {
                for (qsizetype j = i + 1; j < colours.size(); ++j) {
                    QVERIFY2(deltaE(colours[i].second, colours[j].second) >= 12,
                             qPrintable(QStringLiteral("%1 %2 and %3 %4 in %5").arg(colours[i].first, colours[i].second.name(),
                                                                                      colours[j].first, colours[j].second.name(), theme)));
                }
            }
            QStringList legend;
            for (QToolButton *button : m_window->findChild<QWidget *>(QStringLiteral("labelLegend"))->findChildren<QToolButton *>())
                legend << button->text();
            for (const auto &[name, colour] : colours) {
                const bool shown = std::any_of(legend.begin(), legend.end(), [&](const QString &text) { return text.endsWith(name); });
                QVERIFY2(shown, qPrintable(name + QStringLiteral(" not in ") + legend.join(QLatin1Char('|'))));
            }
        }
    }

    // Finish 1: a second `gazette FILE` hands the file to the running window, which opens it.
    // The server side runs here; the second launch's side runs on a thread, as main() runs it.
    void secondLaunchOpensFilesInTheFirstWindow()
    {
        const QString name = SingleInstance::serverName();
        QVERIFY2(name.contains(QStringLiteral("gazette-")), qPrintable(name));
        // A socket left behind by a Gazette that crashed is no running instance.
        QFile stale(name);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QVERIFY(!SingleInstance::sendToRunning(name, {QStringLiteral("/nowhere.txt")}, 500));
        SingleInstance server(name);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        connect(&server, &SingleInstance::sourcesReceived, m_window.get(), [this](const QStringList &sources) {
            m_window->openSources(sources);
            m_window->bringToFront();
        });
        // Another instance of the same profile finds it running.
        SingleInstance second(name);
        QVERIFY(!second.listen());

        // The second launch names the file relative to its own working folder.
        write(QStringLiteral("strike.txt"), Second);
        const QString workingFolder = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const QStringList sources = SingleInstance::sourcesFromArguments({QStringLiteral("strike.txt"), QStringLiteral("https://example.org/news")});
        QVERIFY(QDir::setCurrent(workingFolder));
        QCOMPARE(sources, (QStringList{m_dir.filePath(QStringLiteral("strike.txt")), QStringLiteral("https://example.org/news")}));

        std::atomic<int> handedOver = -1;
        std::thread launch([&] { handedOver = SingleInstance::sendToRunning(name, {sources.first()}) ? 1 : 0; });
        QVERIFY(QTest::qWaitFor([&] { return handedOver >= 0; }, 10000));
        launch.join();
        QCOMPARE(handedOver.load(), 1);
        QVERIFY(QTest::qWaitFor([&] { return m_view->article().headline == QLatin1String("Port Strike Ends"); }));
        QCOMPARE(m_window->libraryModel()->rowCount(), 2);
        QVERIFY(m_window->isVisible());
    }

    // Finish 2: while the library is searched, each result shows the words around its first
    // match, the matched words in bold on a tint that keeps them readable in light and dark.
    // Issue 13: who said what across the library, filtered by speaker or words; a quote opens
    // its article with the quote selected.
    void quotesViewListsTheLibrarysQuotes()
    {
        m_window->session()->setExtractOnAdd(true);
        QVERIFY(m_window->openFile(write(QStringLiteral("vote.txt"),
                                         QStringLiteral("Harbour Vote\n\n“We will open the berth in April,” Henrik Solberg said on Monday.\n"))));
        // Added once extracted: the first extraction loads the model, which takes seconds in the
        // sanitizer build on a busy machine.
        QVERIFY(QTest::qWaitFor([&] { return m_window->currentArticleId() != m_first; }, 30000));
        const qint64 vote = m_window->currentArticleId();
        QVERIFY(m_window->openFile(write(QStringLiteral("strike.txt"), QStringLiteral("Ferry Strike\n\n“The ferries stay in port,” Karin Dahl said on Friday. "
                                                                                       "“We sail again next week,” she added.\n"))));
        QVERIFY(QTest::qWaitFor([&] { return m_window->currentArticleId() != vote; }, 30000));
        auto *dock = m_window->findChild<QuotesDock *>(QStringLiteral("quotesDock"));
        QVERIFY(dock && !dock->isVisible());
        auto *toggle = m_window->findChild<QAction *>(QStringLiteral("toggleQuotesAction"));
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QTest::qWaitFor([&] { return dock->isVisible(); }));
        QTableView *table = dock->view();
        QVERIFY(QTest::qWaitFor([&] { return table->model()->rowCount() == 3; }));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(dock->summary()->text(), QStringLiteral("3 quotes"));
        // Speakers by how often they are quoted.
        QComboBox *speakers = dock->speakerBox();
        QCOMPARE(speakers->itemData(1).toString(), QStringLiteral("Karin Dahl"));
        QCOMPARE(speakers->itemText(1), QStringLiteral("Karin Dahl (2)"));
        speakers->setCurrentIndex(1);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(dock->summary()->text(), QStringLiteral("2 of 3 quotes"));
        speakers->setCurrentIndex(0);
        QTest::keyClicks(dock->searchField(), QStringLiteral("berth"));
        QCOMPARE(table->model()->rowCount(), 1);
        const QModelIndex quote = table->model()->index(0, 1);
        QCOMPARE(quote.data().toString(), QStringLiteral("“We will open the berth in April,”"));
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Henrik Solberg"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Harbour Vote"));
        // Enter on a quote opens its article at the quote.
        table->setFocus();
        table->setCurrentIndex(quote);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return m_window->currentArticleId() == vote; }));
        QCOMPARE(m_window->currentArticleId(), vote);
        const auto [start, end] = m_view->selectedRange(false);
        QCOMPARE(m_view->article().text.mid(start, end - start), QStringLiteral("We will open the berth in April,"));
        // A quote rejected in the article leaves the view.
        dock->searchField()->clear();
        const qint64 factId = table->model()->index(0, 0).data(QuoteModel::FactIdRole).toLongLong();
        QVERIFY(factId > 0);
        auto fact = m_window->store()->fact(factId);
        QVERIFY(fact);
        Fact rejected = *fact;
        rejected.status = AnnotationStatus::Rejected;
        ChangeSet changes;
        changes.add(RowChange<Fact>{*fact, rejected});
        QVERIFY(m_window->store()->apply(changes));
        QVERIFY(QTest::qWaitFor([&] { return table->model()->rowCount() == 2; }));
        QCOMPARE(table->model()->rowCount(), 2);
    }

    // Found in a real session: `gazette LIBRARY.gazette` (or a library dropped on the window)
    // said "looks like a binary file, not text" instead of opening the library.
    void libraryFileOpensAsLibrary()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.gazette"));
        {
            AnnotationStore store;
            QVERIFY(store.open(other));
            AnnotatedArticle bundle;
            bundle.article.headline = QStringLiteral("Ferry Timetable Changes");
            bundle.article.text = QStringLiteral("Ferry Timetable Changes\nThe ferries to Bodø leave earlier from Monday.\n");
            QVERIFY(store.addArticle(bundle));
        }
        QVERIFY(m_window->openFile(other));
        QVERIFY(QTest::qWaitFor([&] { return m_window->session()->path() == other; }));
        QCOMPARE(m_window->session()->path(), other);
        QCOMPARE(m_window->libraryModel()->rowCount(), 1);
        QVERIFY(m_window->libraryModel()->index(0, 0).data().toString().contains(QStringLiteral("Ferry Timetable Changes")));
    }

    void searchResultsShowHighlightedSnippets()
    {
        QVERIFY(m_window->openFile(write(QStringLiteral("ai.txt"), QStringLiteral("Models Trained\nThe AI models were trained in Rotterdam.\n"))));
        const qint64 reading = m_window->currentArticleId();
        auto *list = m_window->findChild<QListView *>(QStringLiteral("libraryList"));
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        const int plainHeight = list->visualRect(list->model()->index(0, 0)).height();
        QVERIFY(!list->model()->index(0, 0).data(LibraryModel::SnippetRole).isValid());

        // Typing a search, letter by letter, never closes the article being read.
        for (const QString &typed : {QStringLiteral("s"), QStringLiteral("sa"), QStringLiteral("sai"), QStringLiteral("said")}) {
            search->setText(typed);
            QCOMPARE(m_window->currentArticleId(), reading);
            QCOMPARE(m_view->article().headline, QStringLiteral("Models Trained"));
        }
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(!list->currentIndex().isValid()); // it is not among the results
        const QModelIndex said = list->model()->index(0, 0);
        const auto snippet = said.data(LibraryModel::SnippetRole).value<TextSearch::Snippet>();
        QCOMPARE(snippet.text, QStringLiteral("Marta Visser said the cells were the best. Kestrel shares rose."));
        QCOMPARE(snippet.matches.size(), 1);
        QCOMPARE(snippet.text.mid(snippet.matches.first().start, snippet.matches.first().length), QStringLiteral("said"));
        QApplication::processEvents();
        QVERIFY2(list->visualRect(said).height() > plainHeight, "a search result has room for its snippet");

        search->setText(QStringLiteral("AI"));
        QCOMPARE(list->model()->rowCount(), 1);
        const auto ai = list->model()->index(0, 0).data(LibraryModel::SnippetRole).value<TextSearch::Snippet>();
        QCOMPARE(ai.text, QStringLiteral("The AI models were trained in Rotterdam."));
        QCOMPARE(list->currentIndex().data(LibraryModel::ArticleIdRole).toLongLong(), reading); // and now it is

        for (const QString &theme : {QStringLiteral("Breeze Light"), QStringLiteral("Breeze Dark")}) {
            m_window->findChild<QAction *>(QStringLiteral("theme:") + theme)->trigger();
            QApplication::processEvents();
            const QPalette palette = list->palette();
            const auto painted = LibraryDelegate::snippetText(ai, list->font(), LibraryDelegate::textWidth(list->visualRect(list->model()->index(0, 0))),
                                                              palette, false);
            QCOMPARE(painted.text, ai.text);
            QCOMPARE(painted.formats.size(), 1);
            const QTextLayout::FormatRange &mark = painted.formats.first();
            QCOMPARE(painted.text.mid(mark.start, mark.length), QStringLiteral("AI"));
            QCOMPARE(mark.format.fontWeight(), int(QFont::Bold));
            // The tint over the list's background, and the word's colour on it.
            const QColor tint = mark.format.background().color();
            const QColor base = palette.color(QPalette::Base);
            const float alpha = tint.alphaF();
            const QColor shown = QColor::fromRgbF(tint.redF() * alpha + base.redF() * (1 - alpha),
                                                  tint.greenF() * alpha + base.greenF() * (1 - alpha),
                                                  tint.blueF() * alpha + base.blueF() * (1 - alpha));
            QVERIFY2(deltaE(shown, base) > 10, qPrintable(theme + QStringLiteral(": the tint cannot be seen")));
            QVERIFY2(contrast(mark.format.foreground().color(), shown) >= 4.5, qPrintable(theme + QStringLiteral(": the word is hard to read")));
        }
        // A long snippet keeps to two lines of a narrow row, cut with "…".
        TextSearch::Snippet longSnippet{QStringLiteral("word ").repeated(80) + QStringLiteral("AI"), {{400, 2}}};
        const auto cut = LibraryDelegate::snippetText(longSnippet, list->font(), 150, list->palette(), false);
        QVERIFY(cut.text.endsWith(QChar(0x2026)));
        QVERIFY(cut.text.size() < longSnippet.text.size());
        QVERIFY(cut.formats.isEmpty());

        // The row shows the headline: the snippet comes from the text below it.
        search->setText(QStringLiteral("Kestrel"));
        QCOMPARE(list->model()->rowCount(), 1);
        const auto kestrel = list->model()->index(0, 0).data(LibraryModel::SnippetRole).value<TextSearch::Snippet>();
        QCOMPARE(kestrel.text, QStringLiteral("Harbourline Robotics has chosen Kestrel Energy to supply batteries."));

        // A search nothing matches says so, and not that the library is empty.
        search->setText(QStringLiteral("zeppelin"));
        QCOMPARE(list->model()->rowCount(), 0);
        auto *hint = list->findChild<QLabel *>(QStringLiteral("libraryEmptyHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No article matches the search and filters."));

        search->clear();
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(!hint->isVisible());
        QVERIFY(!list->model()->index(0, 0).data(LibraryModel::SnippetRole).isValid());
    }

    // Finish 3: Remove in the library's context menu is undone with Ctrl+Z: the article comes
    // back with the same text, annotations, facts and status; Ctrl+Shift+Z removes it again.
    void removingAnArticleCanBeUndone()
    {
        const int start = at(QStringLiteral("Kestrel Energy"));
        m_view->setSelectedRange(start, start + 14);
        QTest::keyClick(m_view, Qt::Key_2);
        m_view->setSelectedRange(at(QStringLiteral("Marta Visser")), at(QStringLiteral("Marta Visser")) + 12);
        QTest::keyClick(m_view, Qt::Key_1);
        action(QStringLiteral("markDone"))->trigger();
        Fact fact;
        fact.articleId = m_first;
        fact.kind = QStringLiteral("quote");
        fact.subjectText = QStringLiteral("Marta Visser");
        fact.predicate = QStringLiteral("said");
        fact.objectText = QStringLiteral("the cells were the best");
        QUndoStack *stack = m_window->undoStack();
        stack->push(m_window->edits()->addFact(fact).release());
        const auto before = m_window->store()->annotatedArticle(m_first);
        QVERIFY(before);
        QCOMPARE(before->annotations.size(), 2);
        QCOMPARE(before->facts.size(), 1);

        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("libraryContextMenu"));
        QAction *remove = action(QStringLiteral("removeArticleAction"));
        QVERIFY(menu->actions().contains(remove));
        QVERIFY(!remove->text().contains(QChar(0x2026))); // it asks nothing
        remove->trigger();
        QVERIFY(!m_window->store()->article(m_first));
        QCOMPARE(m_window->currentArticleId(), 0);
        QCOMPARE(m_window->libraryModel()->rowCount(), 0);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Kestrel Deal Signed")), qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY2(action(QStringLiteral("undoAction"))->text().contains(QStringLiteral("Remove article 'Kestrel Deal Signed'")),
                 qPrintable(action(QStringLiteral("undoAction"))->text()));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        const auto after = m_window->store()->annotatedArticle(m_first);
        QVERIFY(after);
        QCOMPARE(after->article.text, before->article.text);
        QCOMPARE(after->article.reviewStatus, ReviewStatus::Done);
        QCOMPARE(after->annotations, before->annotations);
        QCOMPARE(after->facts, before->facts);
        QCOMPARE(after->entities.size(), before->entities.size());
        QCOMPARE(m_window->currentArticleId(), m_first);
        QCOMPARE(m_view->spans().all().size(), 2);
        QCOMPARE(m_window->libraryModel()->rowCount(), 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Undone: Remove article 'Kestrel Deal Signed'")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->store()->article(m_first));
        QCOMPARE(m_window->libraryModel()->rowCount(), 0);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Redone: Remove article")));
    }

    // Finish 4: a message that arrives while the window starts (here: its library cannot be
    // opened) takes the place of the article's status line instead of being drawn over it.
    void startupMessageDoesNotCoverArticleStatus()
    {
        m_window.reset();
        const QString notALibrary = write(QStringLiteral("not-a-library.gazette"), QStringLiteral("just some text"));
        QSettings().setValue(QStringLiteral("library/path"), notALibrary);
        m_window = std::make_unique<MainWindow>(m_themes.get());
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QStatusBar *bar = m_window->statusBar();
        auto *status = bar->findChild<QLabel *>(QStringLiteral("articleStatus"));
        QVERIFY(status);
        QVERIFY2(!bar->currentMessage().isEmpty(), "the library could not be opened: the status bar says so");
        QVERIFY2(!status->isVisible(), qPrintable(QStringLiteral("“%1” drawn over “%2”").arg(bar->currentMessage(), status->text())));
        bar->clearMessage();
        QVERIFY(status->isVisible());
        QVERIFY(!status->text().isEmpty());
        // Messages that come later replace it as well.
        bar->showMessage(QStringLiteral("Saved."));
        QVERIFY(!status->isVisible());
        bar->clearMessage();
        QVERIFY(status->isVisible());
    }

    // Screenshots: in German the Analysis dock kept every button on one line and grew to a third
    // of the window; the buttons now wrap and the dock keeps its width. Fact kinds are shown in
    // the reader's language (they were the English ids), and still filter and edit as kinds.
    void panelsFitAndSpeakGerman()
    {
        m_window.reset();
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de_DE")), QStringLiteral("gazette"), QStringLiteral("_"),
                                QStringLiteral(GAZETTE_BUILD_DIR "/share/gazette/translations")));
        QCoreApplication::installTranslator(&translator);
        auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        m_window = std::make_unique<MainWindow>(m_themes.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(write(QStringLiteral("deal.txt"), First)));
        m_view = m_window->documentView();
        Fact fact;
        fact.articleId = m_window->currentArticleId();
        fact.kind = QStringLiteral("quote");
        fact.subjectText = QStringLiteral("Marta Visser");
        fact.predicate = QStringLiteral("said");
        m_window->undoStack()->push(m_window->edits()->addFact(fact).release());
        QApplication::processEvents();

        auto *side = m_window->findChild<QDockWidget *>(QStringLiteral("sideDock"));
        QVERIFY2(side->width() <= 330, qPrintable(QStringLiteral("the Analysis dock is %1 pixels wide").arg(side->width())));
        for (const char *tab : {"entityPanel", "factPanel"}) {
            auto *panel = side->findChild<QWidget *>(QString::fromLatin1(tab));
            QVERIFY(panel);
            qobject_cast<QTabWidget *>(side->widget())->setCurrentWidget(panel);
            QApplication::processEvents();
            for (QToolButton *button : panel->findChildren<QToolButton *>()) {
                if (!button->isVisible() || qobject_cast<QAbstractItemView *>(button->parentWidget()))
                    continue;
                const QRect shown(button->mapTo(panel, QPoint(0, 0)), button->size());
                QVERIFY2(panel->rect().contains(shown) && button->width() >= button->sizeHint().width(),
                         qPrintable(button->text() + QStringLiteral(" is cut off")));
            }
        }

        auto *facts = m_window->findChild<QTableView *>(QStringLiteral("factView"));
        QCOMPARE(facts->model()->index(0, FactModel::KindColumn).data().toString(), QStringLiteral("Zitat"));
        auto *kinds = m_window->findChild<QComboBox *>(QStringLiteral("factKindFilter"));
        QVERIFY(kinds->findText(QStringLiteral("Zitat")) >= 0);
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("Zitat")));
        QCOMPARE(facts->model()->rowCount(), 1);
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("Aussage")));
        QCOMPARE(facts->model()->rowCount(), 0);
        kinds->setCurrentIndex(0);
        // Edited in place by its German name, kept as the kind it names.
        QVERIFY(facts->model()->setData(facts->model()->index(0, FactModel::KindColumn), QStringLiteral("Statistik")));
        QCOMPARE(m_window->store()->facts(fact.articleId).first().kind, QStringLiteral("statistic"));
    }

    // The window speaks the reader's language: the menu titles in German and Chinese.
    void menusAreTranslated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringList{QStringLiteral("文件(&F)")};
    }

    void menusAreTranslated()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, titles);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(locale), QStringLiteral("gazette"), QStringLiteral("_"),
                                QStringLiteral(GAZETTE_BUILD_DIR "/share/gazette/translations")));
        QCoreApplication::installTranslator(&translator);
        MainWindow window(m_themes.get());
        QCoreApplication::removeTranslator(&translator);
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus << menu->text();
        for (const QString &title : titles)
            QVERIFY2(menus.contains(title), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY(!menus.contains(QStringLiteral("&File")));
    }

    // What the export dialog says a data format leaves out is in the reader's language too (a
    // real session in German showed JSON-LD's limits in English: the formats' tr() looked their
    // words up under another class than lupdate filed them under).
    void dataFormatLimitsAreTranslated()
    {
        QHash<QString, QStringList> english;
        for (const auto &format : DataFormat::all())
            english.insert(format->id(), format->limitations());
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("de_DE")), QStringLiteral("gazette"), QStringLiteral("_"),
                                QStringLiteral(GAZETTE_BUILD_DIR "/share/gazette/translations")));
        QCoreApplication::installTranslator(&translator);
        QHash<QString, QStringList> german;
        for (const auto &format : DataFormat::all())
            german.insert(format->id(), format->limitations());
        QCoreApplication::removeTranslator(&translator);
        int limits = 0;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QStringList &translated = german.value(it.key());
            QCOMPARE(translated.size(), it.value().size());
            for (qsizetype i = 0; i < translated.size(); ++i, ++limits)
                QVERIFY2(translated.at(i) != it.value().at(i), qPrintable(it.key() + QLatin1String(": ") + translated.at(i)));
        }
        QVERIFY(limits >= 5);
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
