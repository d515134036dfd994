// SPDX-License-Identifier: GPL-3.0-or-later
// Correcting an article with keyboard and mouse in the real main window.
#include "documentview.h"
#include "exportdialog.h"
#include "entityhighlighter.h"
#include "entitypicker.h"
#include "factdialog.h"
#include "factpanel.h"
#include "mainwindow.h"
#include "schema/labelset.h"
#include "models/factmodel.h"
#include "themecontroller.h"
#include "uitest.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QHeaderView>
#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QDialog>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Gazette;

namespace {

const QString Text = QStringLiteral(
    "Kestrel Deal Signed\n"
    "Harbourline Robotics has chosen Kestrel Energy to supply batteries.\n"
    "Marta Visser said the cells were the best. Kestrel shares rose.\n");

int at(const QString &needle) { return int(Text.indexOf(needle)); }

// The formats the pane paints over the article's text range [start, end).
QList<QTextLayout::FormatRange> formatsOver(DocumentView *view, int start, int end)
{
    QList<QTextLayout::FormatRange> result;
    const QTextBlock block = view->document()->findBlock(view->positionOf(start));
    const int blockStart = block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        const int from = blockStart + range.start;
        if (from < view->positionOf(end) && view->positionOf(start) < from + range.length)
            result.append(range);
    }
    return result;
}

bool paintedWith(DocumentView *view, int start, int end, const QColor &colour)
{
    for (const auto &range : formatsOver(view, start, end)) {
        const QColor background = range.format.background().color();
        if (range.format.hasProperty(QTextFormat::BackgroundBrush) && background.rgb() == colour.rgb())
            return true;
    }
    return false;
}

} // namespace

class TestCorrecting : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Gazette::Testing::isolate(QStringLiteral("GazetteCorrecting")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThemeController> m_themes;
    std::unique_ptr<MainWindow> m_window;
    DocumentView *m_view = nullptr;
    qint64 m_article = 0;

    QList<Annotation> annotations() const { return m_window->store()->annotations(m_article); }

    void selectText(int start, int end)
    {
        m_view->setSelectedRange(start, end);
    }

    void label(const QString &name, const QString &label)
    {
        QVERIFY(m_window->undoStack());
        m_window->undoStack()->push(m_window->edits()->addAnnotation(m_article, at(name), at(name) + int(name.size()), label).release());
    }

    // Opens the fact editor (add or edit) and hands it to drive() once it is active; the keys
    // go to whichever widget has the focus, as a reader's would.
    void withFactDialog(const std::function<void()> &open, const std::function<void(FactDialog *)> &drive)
    {
        auto *panel = m_window->findChild<FactPanel *>();
        QVERIFY(panel);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        tabs->setCurrentWidget(panel);
        bool driven = false;
        QTimer::singleShot(0, m_window.get(), [&] {
            FactDialog *dialog = panel->dialog();
            if (!dialog)
                return;
            dialog->activateWindow();
            const bool focused = QTest::qWaitForWindowActive(dialog)
                && QTest::qWaitFor([dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); });
            if (focused)
                drive(dialog);
            driven = true;
            if (dialog->isVisible())
                dialog->reject(); // a failed step must not leave the dialog waiting
        });
        open();
        QVERIFY(driven);
        QVERIFY(!panel->dialog());
    }

    // Where a key goes: an open popup (a completion list) first, as QApplication sends it.
    static QWidget *keyTarget() { return QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget(); }
    static void keys(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(keyTarget(), c.toLatin1());
    }
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(keyTarget(), key, modifiers); }
    QTableView *factTable() const { return m_window->findChild<QTableView *>(QStringLiteral("factView")); }
    QString factCell(int column) const { return factTable()->model()->index(0, column).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_themes = std::make_unique<ThemeController>();
        m_themes->setTheme(QStringLiteral("Breeze Light"));
    }

    void init()
    {
        QSettings().clear();
        // These tests label by hand: the article starts without suggestions.
        QSettings().setValue(QStringLiteral("extract/onOpen"), false);
        QSettings().setValue(QStringLiteral("library/path"), m_dir.filePath(QStringLiteral("%1.gazette").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        const QString path = m_dir.filePath(QStringLiteral("deal.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Text.toUtf8());
        file.close();
        m_window = std::make_unique<MainWindow>(m_themes.get());
        m_window->resize(780, 580);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(path));
        m_article = m_window->currentArticleId();
        m_view = m_window->documentView();
        m_view->setFocus();
    }

    void cleanup() { m_window.reset(); }

    void labelKeySnapsToWordsAndPaints()
    {
        const QColor org = m_view->highlighter()->colour(QStringLiteral("ORG"));
        const int start = at(QStringLiteral("Kestrel Energy"));
        QVERIFY(!paintedWith(m_view, start, start + 14, org));

        // A sloppy selection inside the words: snapping takes the whole words.
        selectText(start + 2, start + 11);
        QTest::keyClick(m_view, Qt::Key_2);
        QCOMPARE(annotations().size(), 1);
        const Annotation added = annotations().first();
        QCOMPARE(added.quote, QStringLiteral("Kestrel Energy"));
        QCOMPARE(added.label, QStringLiteral("ORG"));
        QCOMPARE(added.status, AnnotationStatus::Accepted);
        QVERIFY(paintedWith(m_view, start, start + 14, org));
        // Only the touched block was painted: the next line has no formats.
        QVERIFY(formatsOver(m_view, at(QStringLiteral("Marta")), at(QStringLiteral("Marta")) + 5).isEmpty());

        // Alt turns snapping off.
        selectText(at(QStringLiteral("Harbourline")), at(QStringLiteral("Harbourline")) + 7);
        QTest::keyClick(m_view, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(annotations().first().quote, QStringLiteral("Harbour"));

        // Undo and redo reach the pane.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(annotations().isEmpty());
        QVERIFY(!paintedWith(m_view, start, start + 14, org));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(annotations().size(), 1);
        QVERIFY(paintedWith(m_view, start, start + 14, org));
    }

    void clickSelectsThenKeysCorrect()
    {
        const int start = at(QStringLiteral("Marta Visser"));
        selectText(start, start + 12);
        QTest::keyClick(m_view, Qt::Key_1);
        QCOMPARE(annotations().size(), 1);
        const qint64 id = annotations().first().id;

        // Click in the middle of the span selects it.
        QTextCursor cursor(m_view->document());
        cursor.setPosition(m_view->positionOf(start + 3));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->cursorRect(cursor).center() + QPoint(2, 0));
        QCOMPARE(m_view->selectedAnnotationId(), id);

        // Move the end a word right, then back; then the start.
        QTest::keyClick(m_view, Qt::Key_BracketRight, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->store()->annotation(id)->quote, QStringLiteral("Marta Visser said"));
        QTest::keyClick(m_view, Qt::Key_BracketLeft, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->store()->annotation(id)->quote, QStringLiteral("Marta Visser"));
        QTest::keyClick(m_view, Qt::Key_BracketRight, Qt::ControlModifier);
        QCOMPARE(m_window->store()->annotation(id)->quote, QStringLiteral("Visser"));
        QTest::keyClick(m_view, Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(m_window->store()->annotation(id)->quote, QStringLiteral("Marta Visser"));

        // X rejects: the span disappears from the pane, and is remembered in the lexicon.
        const QColor person = m_view->highlighter()->colour(QStringLiteral("PERSON"));
        QTest::keyClick(m_view, Qt::Key_X);
        QCOMPARE(m_window->store()->annotation(id)->status, AnnotationStatus::Rejected);
        QVERIFY(!paintedWith(m_view, start, start + 12, person));
        QVERIFY(m_window->store()->lexicon().contains(LexiconEntry{QStringLiteral("Marta Visser"), QStringLiteral("PERSON"), Verdict::Reject, 1}));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(paintedWith(m_view, start, start + 12, person));

        // Delete removes it.
        m_view->selectAnnotation(id);
        QTest::keyClick(m_view, Qt::Key_Delete);
        QVERIFY(!m_window->store()->annotation(id));
    }

    // Found in a real session: with the relabel menu open (L), a label key relabelled through the
    // pane's own shortcut and left the menu open.
    void relabelMenuClosesOnItsKey()
    {
        const int start = at(QStringLiteral("Marta Visser"));
        selectText(start, start + 12);
        QTest::keyClick(m_view, Qt::Key_1);
        const qint64 id = annotations().first().id;
        m_view->selectAnnotation(id);
        bool closed = false;
        QTimer::singleShot(0, this, [&] {
            QVERIFY(QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }));
            QWidget *menu = QApplication::activePopupWidget();
            QTest::keyClick(menu, Qt::Key_2);
            closed = QTest::qWaitFor([] { return QApplication::activePopupWidget() == nullptr; }, 2000);
            if (QApplication::activePopupWidget())
                QApplication::activePopupWidget()->close();
        });
        QTest::keyClick(m_view, Qt::Key_L);
        QVERIFY(closed);
        QCOMPARE(m_window->store()->annotation(id)->label, QStringLiteral("ORG"));
        QCOMPARE(m_window->undoStack()->count(), 2); // label, relabel: one each
    }

    void suggestionsAreReviewedWithNAndEnter()
    {
        // Two suggestions, as the extractor leaves them.
        Edits *edits = m_window->edits();
        Q_UNUSED(edits);
        AnnotatedArticle bundle;
        bundle.article.headline = QStringLiteral("Suggested");
        bundle.article.text = Text + QStringLiteral("Extra line.\n");
        for (const QString &quote : {QStringLiteral("Harbourline Robotics"), QStringLiteral("Kestrel Energy")}) {
            Annotation a;
            a.start = at(quote);
            a.end = a.start + int(quote.size());
            a.label = QStringLiteral("ORG");
            a.status = AnnotationStatus::Suggested;
            a.origin = Origin::Auto;
            a.ruleId = QStringLiteral("test.org");
            a.confidence = 0.6;
            bundle.annotations.append(a);
        }
        const qint64 id = *m_window->store()->addArticle(bundle);
        m_window->showArticle(id);
        const QColor org = m_view->highlighter()->colour(QStringLiteral("ORG"));
        // Suggestions are painted lighter than accepted spans, with a dashed underline.
        const auto formats = formatsOver(m_view, at(QStringLiteral("Kestrel Energy")), at(QStringLiteral("Kestrel Energy")) + 3);
        QVERIFY(!formats.isEmpty());
        QCOMPARE(formats.first().format.underlineStyle(), QTextCharFormat::DashUnderline);
        const float suggestedAlpha = formats.first().format.background().color().alphaF();

        QTextCursor start(m_view->document());
        start.setPosition(0);
        m_view->setTextCursor(start);
        QTest::keyClick(m_view, Qt::Key_N);
        const auto first = m_window->store()->annotation(m_view->selectedAnnotationId());
        QVERIFY(first);
        QCOMPARE(first->quote, QStringLiteral("Harbourline Robotics"));
        QTest::keyClick(m_view, Qt::Key_Return); // accept, and move on to the next suggestion
        QCOMPARE(m_window->store()->annotation(first->id)->status, AnnotationStatus::Accepted);
        const auto second = m_window->store()->annotation(m_view->selectedAnnotationId());
        QVERIFY(second);
        QCOMPARE(second->quote, QStringLiteral("Kestrel Energy"));
        QTest::keyClick(m_view, Qt::Key_A);
        QCOMPARE(m_window->store()->annotation(second->id)->status, AnnotationStatus::Accepted);
        const auto accepted = formatsOver(m_view, at(QStringLiteral("Kestrel Energy")), at(QStringLiteral("Kestrel Energy")) + 3);
        QVERIFY(accepted.first().format.background().color().alphaF() > suggestedAlpha);
        QCOMPARE(accepted.first().format.background().color().rgb(), org.rgb());
        QCOMPARE(m_window->store()->articleSummary(id)->pendingCount, 0);
    }

    void overlappingSpansAreReachableByClickingAgain()
    {
        const int start = at(QStringLiteral("Harbourline Robotics"));
        selectText(start, start + 20);
        QTest::keyClick(m_view, Qt::Key_2);
        selectText(start, start + 11);
        QTest::keyClick(m_view, Qt::Key_3);
        QCOMPARE(annotations().size(), 2);
        QTextCursor cursor(m_view->document());
        cursor.setPosition(m_view->positionOf(start + 4));
        const QPoint point = m_view->cursorRect(cursor).center() + QPoint(2, 0);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(m_window->store()->annotation(m_view->selectedAnnotationId())->quote, QStringLiteral("Harbourline"));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(m_window->store()->annotation(m_view->selectedAnnotationId())->quote, QStringLiteral("Harbourline Robotics"));
        // Both stay painted: the inner span over the outer one.
        QVERIFY(paintedWith(m_view, start, start + 11, m_view->highlighter()->colour(QStringLiteral("GPE"))));
        QVERIFY(paintedWith(m_view, start + 12, start + 20, m_view->highlighter()->colour(QStringLiteral("ORG"))));
    }

    void settingsChangeKeysAndAuthor()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            QVERIFY(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }));
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            dialog->findChild<QLineEdit *>(QStringLiteral("authorEdit"))->setText(QStringLiteral("Mira Chen"));
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("labelTable"));
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == QStringLiteral("EVENT"))
                    static_cast<QComboBox *>(table->cellWidget(row, 2))->setCurrentIndex(1); // key 1
            }
            dialog->accept();
        });
        action->trigger();
        QVERIFY(seen);
        // Key 1 now labels EVENT (and PERSON lost it); the edit carries the new author.
        const int start = at(QStringLiteral("Marta Visser"));
        selectText(start, start + 12);
        // The correcting keys act where the reader reads: back in the window, in the pane.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_view->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return m_view->hasFocus(); }));
        QTest::keyClick(m_view, Qt::Key_1);
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(annotations().first().label, QStringLiteral("EVENT"));
        QCOMPARE(annotations().first().author, QStringLiteral("Mira Chen"));
        const auto saved = LabelSet::fromJson(QSettings().value(QStringLiteral("labels/set")).toByteArray());
        QVERIFY(saved);
        QCOMPARE(saved->forShortcut(QLatin1Char('1'))->name, QStringLiteral("EVENT"));
        QVERIFY(saved->find(QStringLiteral("PERSON"))->shortcutKey.isNull());
    }

    void f6MovesBetweenPanes()
    {
        m_view->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return m_view->hasFocus(); }));
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("entityView"));
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("libraryList"));
        QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("entityView"));
    }

    void exportDialogPreviewsAndSaves()
    {
        const int start = at(QStringLiteral("Kestrel Energy"));
        selectText(start, start + 14);
        QTest::keyClick(m_view, Qt::Key_2);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(action && action->isEnabled());
        QTemporaryDir out;
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            QVERIFY(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }));
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setFormat(QStringLiteral("brat"));
            QVERIFY2(dialog->previewText().contains(QStringLiteral("T1\tORG")), qPrintable(dialog->previewText()));
            QCOMPARE(dialog->previewDefinition(), QStringLiteral("brat annotation"));
            QVERIFY(dialog->limitationsText().contains(QStringLiteral("confidence")));
            dialog->setFormat(QStringLiteral("json"));
            QCOMPARE(dialog->previewDefinition(), QStringLiteral("JSON"));
            QVERIFY(dialog->previewText().startsWith(QLatin1Char('{')));
            dialog->setFormat(QStringLiteral("html"));
            QCOMPARE(dialog->previewDefinition(), QStringLiteral("HTML"));
            QString error;
            QVERIFY2(dialog->saveTo(out.filePath(QStringLiteral("deal.html")), &error), qPrintable(error));
            dialog->setFormat(QStringLiteral("brat"));
            QVERIFY2(dialog->saveTo(out.filePath(QStringLiteral("deal.ann")), &error), qPrintable(error));
            checked = true;
            dialog->reject();
        });
        action->trigger();
        QVERIFY(checked);
        QFile html(out.filePath(QStringLiteral("deal.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("Kestrel Energy</span>"));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("deal.txt"))));
        // The brat file's spans came from the library one at a time, as the CLI's do.
        QFile ann(out.filePath(QStringLiteral("deal.ann")));
        QVERIFY(ann.open(QIODevice::ReadOnly));
        QVERIFY(ann.readAll().contains("\tKestrel Energy\n"));
    }

    void spansFarDownArePaintedWhenScrolledTo()
    {
        AnnotatedArticle bundle;
        bundle.article.headline = QStringLiteral("Long");
        QString text;
        for (int line = 0; line < 600; ++line)
            text += QStringLiteral("Line %1 of a long report about Kestrel Energy.\n").arg(line);
        bundle.article.text = text;
        Annotation far;
        far.start = int(text.indexOf(QStringLiteral("Line 590 ")));
        far.end = far.start + 8;
        far.label = QStringLiteral("DATE");
        bundle.annotations = {far};
        const qint64 id = *m_window->store()->addArticle(bundle);
        m_window->showArticle(id);
        const QColor date = m_view->highlighter()->colour(QStringLiteral("DATE"));
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
        QVERIFY(paintedWith(m_view, far.start, far.end, date));
    }

    // A real session (session 16): the facts came sorted by kind from Z to A under an arrow for
    // A to Z, and the confidence column took the room the quote needed.
    void factsSortedByKindAndObjectHasTheRoom()
    {
        const int start = at(QStringLiteral("Harbourline Robotics has chosen"));
        for (const char *kind : {"statistic", "partnership", "quote"}) {
            Fact fact;
            fact.articleId = m_article;
            fact.kind = QString::fromLatin1(kind);
            fact.subjectText = QStringLiteral("Harbourline Robotics");
            fact.predicate = QStringLiteral("chose");
            fact.objectText = QStringLiteral("a battery supplier for the next ten years of warehouse robots");
            fact.evidence = {{start, start + 46, {}, {}, {}, false}};
            m_window->undoStack()->push(m_window->edits()->addFact(fact).release());
        }
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("factView"));
        QVERIFY(table);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        tabs->setCurrentWidget(table);
        QApplication::processEvents();
        QCOMPARE(table->model()->rowCount(), 3);
        QStringList kinds;
        for (int row = 0; row < 3; ++row)
            kinds << table->model()->index(row, FactModel::KindColumn).data().toString();
        QStringList sorted = kinds;
        sorted.sort(Qt::CaseInsensitive);
        QCOMPARE(kinds, sorted);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        // A quote cut short in the column is read whole in its tooltip.
        QVERIFY(table->model()->index(0, FactModel::ObjectColumn).data(Qt::ToolTipRole).toString().startsWith(
            QStringLiteral("a battery supplier for the next ten years of warehouse robots")));
        QVERIFY2(table->columnWidth(FactModel::ObjectColumn) > table->columnWidth(FactModel::ConfidenceColumn),
                 qPrintable(QStringLiteral("%1 <= %2").arg(table->columnWidth(FactModel::ObjectColumn)).arg(table->columnWidth(FactModel::ConfidenceColumn))));
    }

    void editFactInTable()
    {
        Fact fact;
        fact.articleId = m_article;
        fact.kind = QStringLiteral("partnership");
        fact.subjectText = QStringLiteral("Harbourline Robotics");
        fact.predicate = QStringLiteral("chose");
        fact.objectText = QStringLiteral("Kestrel Energy");
        const int start = at(QStringLiteral("Harbourline Robotics has chosen"));
        fact.evidence = {{start, start + 46, {}, {}, {}, false}};
        m_window->undoStack()->push(m_window->edits()->addFact(fact).release());

        auto *table = m_window->findChild<QTableView *>(QStringLiteral("factView"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        // Clicking the fact shows its evidence in the pane.
        const QModelIndex predicate = table->model()->index(0, FactModel::PredicateColumn);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        tabs->setCurrentWidget(table);
        Q_EMIT table->clicked(predicate);
        QCOMPARE(m_view->selectedRange(false), (std::pair<int, int>{start, start + 46}));

        // Edit the predicate in place: the cell editor, typing, Enter.
        table->setCurrentIndex(predicate);
        table->edit(predicate);
        auto *editor = table->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("selected"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop pass
        QVERIFY(QTest::qWaitFor([&] { return m_window->store()->facts(m_article).first().predicate == QStringLiteral("selected"); }));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit fact 'Harbourline Robotics selected'"));
    }

    // Issue 13: subject and object are entities, also in the fact editor. With the keyboard
    // only: the kind, the subject picked from the article's entities by typing a part of its
    // name, the predicate, the object the same way, Enter. The Facts panel shows the entities;
    // undo takes the fact away and redo brings it back.
    void addFactWithEntityPickers()
    {
        label(QStringLiteral("Harbourline Robotics"), QStringLiteral("ORG"));
        label(QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"));
        label(QStringLiteral("Marta Visser"), QStringLiteral("PERSON"));
        const QList<Annotation> spans = annotations();
        QCOMPARE(spans.size(), 3);
        const int evidence = at(QStringLiteral("Harbourline Robotics has"));
        selectText(evidence, evidence + 67);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *panel = m_window->findChild<FactPanel *>();
        withFactDialog([panel] { panel->addFact(); }, [](FactDialog *dialog) {
            QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled()); // no subject yet
            QCOMPARE(QApplication::focusWidget(), dialog->findChild<QComboBox *>(QStringLiteral("factKind")));
            key(Qt::Key_A, Qt::ControlModifier);
            keys(QStringLiteral("partnership"));
            key(Qt::Key_Tab);
            EntityPicker *subject = dialog->subjectPicker();
            QCOMPARE(QApplication::focusWidget(), subject->comboBox());
            // The list: the article's entities, each with its label.
            QCOMPARE(subject->comboBox()->count(), 3);
            QStringList listed;
            for (int row = 0; row < 3; ++row)
                listed << subject->comboBox()->itemText(row);
            QCOMPARE(listed, (QStringList{QStringLiteral("Harbourline Robotics"), QStringLiteral("Kestrel Energy"), QStringLiteral("Marta Visser")}));
            keys(QStringLiteral("robot"));
            QVERIFY(QTest::qWaitFor([&] { return subject->comboBox()->completer()->popup()->isVisible(); }));
            key(Qt::Key_Down);
            key(Qt::Key_Return);
            QCOMPARE(subject->comboBox()->currentText(), QStringLiteral("Harbourline Robotics"));
            QCOMPARE(subject->state(), EntityPicker::State::Entity);
            QVERIFY(subject->message().contains(QStringLiteral("ORG")));
            key(Qt::Key_Tab);
            keys(QStringLiteral("has chosen"));
            key(Qt::Key_Tab);
            EntityPicker *object = dialog->objectPicker();
            QCOMPARE(QApplication::focusWidget(), object->comboBox());
            keys(QStringLiteral("kest"));
            QVERIFY(QTest::qWaitFor([&] { return object->comboBox()->completer()->popup()->isVisible(); }));
            key(Qt::Key_Down);
            key(Qt::Key_Return);
            QCOMPARE(object->state(), EntityPicker::State::Entity);
            QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
            key(Qt::Key_Return);
            QVERIFY(!dialog->isVisible());
        });
        QCOMPARE(factTable()->model()->rowCount(), 1);
        QCOMPARE(factCell(FactModel::KindColumn), QStringLiteral("partnership"));
        QCOMPARE(factCell(FactModel::SubjectColumn), QStringLiteral("Harbourline Robotics"));
        QCOMPARE(factCell(FactModel::PredicateColumn), QStringLiteral("has chosen"));
        QCOMPARE(factCell(FactModel::ObjectColumn), QStringLiteral("Kestrel Energy"));
        const Fact added = m_window->store()->facts(m_article).first();
        QCOMPARE(added.subjectEntityId, spans.at(0).entityId);
        QCOMPARE(added.objectEntityId, spans.at(1).entityId);
        QCOMPARE(added.evidence.first().quote, Text.mid(evidence, 67));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add fact 'Harbourline Robotics has chosen Kestrel Energy'"));

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&] { return factTable()->model()->rowCount() == 0; }));
        QCOMPARE(annotations().size(), 3);
        QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QTest::qWaitFor([&] { return factTable()->model()->rowCount() == 1; }));
        QCOMPARE(factCell(FactModel::SubjectColumn), QStringLiteral("Harbourline Robotics"));
        QCOMPARE(factCell(FactModel::ObjectColumn), QStringLiteral("Kestrel Energy"));
        QCOMPARE(m_window->store()->facts(m_article).first().subjectEntityId, spans.at(0).entityId);
    }

    // The selected words that are no entity yet are the first choice of the list; picked, they
    // become an entity (label chosen below the field) with the fact, in one undo step. Text
    // that is no entity and not in the article is refused with a message.
    void factMarksTheSelectionAsANewEntity()
    {
        const int name = at(QStringLiteral("Marta Visser"));
        selectText(name, name + 12);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *panel = m_window->findChild<FactPanel *>();
        withFactDialog([panel] { panel->addFact(); }, [](FactDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            // A new entity's label starts from the kind: organisations for "other".
            QCOMPARE(dialog->objectPicker()->labelBox()->currentText(), QStringLiteral("ORG"));
            QCOMPARE(dialog->subjectPicker()->labelBox()->currentText(), QStringLiteral("ORG"));
            key(Qt::Key_A, Qt::ControlModifier);
            keys(QStringLiteral("quote"));
            key(Qt::Key_Tab);
            EntityPicker *subject = dialog->subjectPicker();
            keys(QStringLiteral("Vantor Group"));
            QCOMPARE(subject->state(), EntityPicker::State::Unknown);
            QVERIFY2(subject->message().contains(QStringLiteral("“Vantor Group” is no entity of this article")), qPrintable(subject->message()));
            auto *hint = subject->findChild<QLabel *>(QStringLiteral("pickerHint"));
            QVERIFY(hint->isVisible());
            // The whole message can be read: the dialog grows for it (it was cut off after two lines).
            QVERIFY2(QTest::qWaitFor([hint] { return hint->height() >= hint->heightForWidth(hint->width()); }),
                     qPrintable(QStringLiteral("%1 px for %2 px of text").arg(hint->height()).arg(hint->heightForWidth(hint->width()))));
            // Offscreen, the completion list that came and went while typing keeps the activation.
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            key(Qt::Key_A, Qt::ControlModifier);
            key(Qt::Key_Backspace);
            QCOMPARE(subject->state(), EntityPicker::State::Empty);
            QCOMPARE(subject->comboBox()->itemText(0), QStringLiteral("Marta Visser")); // the selection, offered first
            key(Qt::Key_Down);
            QCOMPARE(subject->comboBox()->currentText(), QStringLiteral("Marta Visser"));
            QCOMPARE(subject->state(), EntityPicker::State::NewEntity);
            QVERIFY(subject->labelBox()->isVisible());
            QCOMPARE(subject->labelBox()->currentText(), QStringLiteral("PERSON")); // who speaks is a person
            key(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), subject->labelBox());
            key(Qt::Key_Tab);
            keys(QStringLiteral("said"));
            key(Qt::Key_Tab);
            keys(QStringLiteral("the cells were the best"));
            QCOMPARE(dialog->objectPicker()->state(), EntityPicker::State::Value); // a quote's words
            QVERIFY(ok->isEnabled());
            key(Qt::Key_Return);
        });
        QCOMPARE(factTable()->model()->rowCount(), 1);
        QCOMPARE(factCell(FactModel::SubjectColumn), QStringLiteral("Marta Visser"));
        QCOMPARE(factCell(FactModel::ObjectColumn), QStringLiteral("the cells were the best"));
        QCOMPARE(annotations().size(), 1);
        const Annotation marked = annotations().first();
        QCOMPARE(std::tie(marked.start, marked.end, marked.label), std::tuple(name, name + 12, QStringLiteral("PERSON")));
        QVERIFY(marked.entityId > 0);
        QCOMPARE(m_window->store()->facts(m_article).first().subjectEntityId, marked.entityId);
        QCOMPARE(m_window->undoStack()->count(), 1); // one action, one step
        m_window->undoStack()->undo();
        QCOMPARE(factTable()->model()->rowCount(), 0);
        QVERIFY(annotations().isEmpty());
        m_window->undoStack()->redo();
        QCOMPARE(factCell(FactModel::SubjectColumn), QStringLiteral("Marta Visser"));
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(m_window->store()->facts(m_article).first().subjectEntityId, annotations().first().entityId);
    }

    // A selection that ends inside a word (the mouse stopped short, as in the first real
    // session) is offered as whole words: the entity "Marta Visser", not "arta Viss".
    void newEntityFromSelectionTakesWholeWords()
    {
        const int name = at(QStringLiteral("Marta Visser"));
        selectText(name + 1, name + 10);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *panel = m_window->findChild<FactPanel *>();
        withFactDialog([panel] { panel->addFact(); }, [](FactDialog *dialog) {
            QCOMPARE(dialog->subjectPicker()->comboBox()->itemText(0), QStringLiteral("Marta Visser"));
            QCOMPARE(dialog->subjectPicker()->comboBox()->currentText(), QString()); // offered, not filled in
        });
    }

    // Editing: a double click on the object cell opens the editor at the object's picker; the
    // reader picks another entity, and the table shows it.
    void editFactObjectWithPicker()
    {
        label(QStringLiteral("Harbourline Robotics"), QStringLiteral("ORG"));
        label(QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"));
        label(QStringLiteral("Marta Visser"), QStringLiteral("PERSON"));
        const QList<Annotation> spans = annotations();
        Fact fact;
        fact.articleId = m_article;
        fact.kind = QStringLiteral("partnership");
        fact.subjectEntityId = spans.at(0).entityId;
        fact.subjectText = QStringLiteral("Harbourline Robotics");
        fact.predicate = QStringLiteral("chose");
        fact.objectEntityId = spans.at(1).entityId;
        fact.objectText = QStringLiteral("Kestrel Energy");
        m_window->undoStack()->push(m_window->edits()->addFact(fact).release());
        auto *panel = m_window->findChild<FactPanel *>();
        const QModelIndex object = factTable()->model()->index(0, FactModel::ObjectColumn);
        QVERIFY(!(object.flags() & Qt::ItemIsEditable)); // not typed in a cell
        factTable()->setCurrentIndex(object);
        withFactDialog([&] { Q_EMIT factTable()->doubleClicked(object); }, [](FactDialog *dialog) {
            QCOMPARE(QApplication::focusWidget(), dialog->objectPicker()->comboBox());
            // The fields' mnemonics reach the pickers (Alt+O did nothing in the first real session).
            key(Qt::Key_S, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), dialog->subjectPicker()->comboBox());
            key(Qt::Key_O, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), dialog->objectPicker()->comboBox());
            QCOMPARE(dialog->objectPicker()->comboBox()->currentText(), QStringLiteral("Kestrel Energy"));
            key(Qt::Key_A, Qt::ControlModifier);
            keys(QStringLiteral("marta"));
            auto *popup = dialog->objectPicker()->comboBox()->completer()->popup();
            QVERIFY(QTest::qWaitFor([&] { return popup->isVisible(); }));
            key(Qt::Key_Down);
            key(Qt::Key_Return);
            QCOMPARE(dialog->objectPicker()->state(), EntityPicker::State::Entity);
            key(Qt::Key_Return);
        });
        Q_UNUSED(panel);
        QCOMPARE(factCell(FactModel::ObjectColumn), QStringLiteral("Marta Visser"));
        QCOMPARE(m_window->store()->facts(m_article).first().objectEntityId, spans.at(2).entityId);
    }
};

QTEST_MAIN(TestCorrecting)
#include "tst_correcting.moc"
