// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutbox.h"
#include "screenshot.h"
#include "annotationactions.h"
#include "annotationeditor.h"
#include "articlestatus.h"
#include "documentview.h"
#include "entityhighlighter.h"
#include "entitypanel.h"
#include "exportdialog.h"
#include "factpanel.h"
#include "quotesdock.h"
#include "corpusdock.h"
#include "labelcolours.h"
#include "smartfoldercontroller.h"
#include "feedcontroller.h"
#include "actionfactory.h"
#include "helpdialog.h"
#include "inspector.h"
#include "intakecontroller.h"
#include "labellegend.h"
#include "librarydock.h"
#include "libraryfiledialogs.h"
#include "teamlibrarydialog.h"
#include "store/sqldialect.h"
#include "recentfilesmenu.h"
#include "reviewstatusactions.h"
#include "undonavigator.h"
#include "windowsession.h"
#include "models/librarymodel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "shortcutsettings.h"
#include "sourceview.h"
#include "themecontroller.h"
#include "thememenu.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Gazette {

namespace {
const auto GeometryKey = QStringLiteral("window/geometry");
const auto StateKey = QStringLiteral("window/state");
const auto ZoomKey = QStringLiteral("view/zoom");
const auto LibraryKey = QStringLiteral("library/path");
const auto AuthorKey = QStringLiteral("edit/author");
const auto LabelSetKey = QStringLiteral("labels/set");
const auto ExtractOnOpenKey = QStringLiteral("extract/onOpen");
constexpr int StateVersion = 1;
// At the default 1280 pixels the library shows whole headlines and filter names, the side panel
// its entity names, and the article keeps the rest.
constexpr int LibraryDockWidth = 300;
constexpr int SideDockWidth = 310;

} // namespace

MainWindow::MainWindow(ThemeController *themes, QWidget *parent)
    : QMainWindow(parent)
    , m_themes(themes)
    , m_session(new LibrarySession(QSettings().value(AuthorKey, WindowSession::defaultAuthor()).toString(), this))
    , m_intake(new IntakeController(m_session, &m_importers, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Gazette"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gazette.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setAcceptDrops(true); // article files, or text, dropped anywhere on the window
    m_session->setExtractOnAdd(QSettings().value(ExtractOnOpenKey, true).toBool());

    createCentralWidget();
    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createFeeds();
    createPaneCycling();
    createStatusBar();
    createTeamParts();
    connectSession();
    connectDocumentView();
    connectPanels();
    ShortcutSettings::apply(windowActions());

    const auto savedLabels = LabelSet::fromJson(QSettings().value(LabelSetKey).toByteArray());
    applyLabelSet(savedLabels ? *savedLabels : LabelSet::ontoNotes());
    readSettings();
    const QString library = QSettings().value(LibraryKey, AnnotationStore::defaultLibraryPath()).toString();
    // The article read last comes back with its library.
    const qint64 lastArticle = WindowSession::lastArticle(library);
    if (openLibrary(library)) {
        if (lastArticle && m_session->store()->article(lastArticle))
            selectArticle(lastArticle);
    } else if (library != AnnotationStore::defaultLibraryPath()) {
        openLibrary(AnnotationStore::defaultLibraryPath());
    }
    applyTheme();
    updateStatus();
}

MainWindow::~MainWindow() = default;

AnnotationStore *MainWindow::store()
{
    return m_session->store();
}

QUndoStack *MainWindow::undoStack()
{
    return m_session->undoStack();
}

Edits *MainWindow::edits()
{
    return m_session->edits();
}

LibraryModel *MainWindow::libraryModel() const
{
    return m_libraryDock->model();
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_legend = new LabelLegend(central);
    m_documentView = new DocumentView(central);
    centralLayout->addWidget(m_legend);
    centralLayout->addWidget(m_documentView, 1);
    m_sourceView = new SourceView(&m_themes->repository(), this);
    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setObjectName(QStringLiteral("centralTabs"));
    m_centralTabs->setDocumentMode(true);
    m_centralTabs->addTab(central, tr("&Reading"));
    m_centralTabs->addTab(m_sourceView, tr("&Source"));
    setCentralWidget(m_centralTabs);
}

void MainWindow::createActions()
{
    createFileActions();
    // Undo and redo open what they change and say what they did.
    m_undoNavigator = new UndoNavigator(m_session, this);
    m_undoAction = m_undoNavigator->undoAction();
    m_undoAction->setIcon(themedIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    m_redoAction = m_undoNavigator->redoAction();
    m_redoAction->setIcon(themedIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward));
    m_reviewStatus = new ReviewStatusActions(m_session, this);
    addActions(m_reviewStatus->actions());

    m_copyAction = makeAction(this, themedIcon(QStringLiteral("edit-copy"), QStyle::SP_FileDialogDetailedView), tr("&Copy"),
                              QStringLiteral("copyAction"), QKeySequence::Copy);
    m_copyAction->setEnabled(false);
    connect(m_copyAction, &QAction::triggered, m_documentView, &QTextEdit::copy);
    m_selectAllAction = makeAction(this, {}, tr("Select &All"), QStringLiteral("selectAllAction"), QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, m_documentView, &QTextEdit::selectAll);
    m_settingsAction = makeAction(this, themedIcon(QStringLiteral("configure"), QStyle::SP_FileDialogDetailedView), tr("&Settings…"),
                                  QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_shortcutsAction = makeAction(this, themedIcon(QStringLiteral("configure-shortcuts"), QStyle::SP_FileDialogDetailedView),
                                   tr("Configure &Shortcuts…"), QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setStatusTip(tr("Change the keys of Gazette's actions"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    createViewActions();

    m_handbookAction = makeAction(this, themedIcon(QStringLiteral("help-contents"), QStyle::SP_DialogHelpButton), tr("Gazette &Handbook"),
                                  QStringLiteral("handbookAction"), QKeySequence::HelpContents);
    m_handbookAction->setStatusTip(tr("What the colours and underlines mean, the correcting keys and the formats"));
    connect(m_handbookAction, &QAction::triggered, this, [this] { showHelp(HelpDialog::Handbook); });
    m_shortcutSheetAction = makeAction(this, themedIcon(QStringLiteral("help-keybord-shortcuts"), QStyle::SP_DialogHelpButton),
                                       tr("&Keyboard Shortcuts"), QStringLiteral("shortcutSheetAction"));
    m_shortcutSheetAction->setStatusTip(tr("Every action and its key"));
    connect(m_shortcutSheetAction, &QAction::triggered, this, [this] { showHelp(HelpDialog::Shortcuts); });
    m_aboutAction = makeAction(this, themedIcon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation), tr("&About Gazette"),
                               QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAboutBox(this); });
    m_aboutQtAction = makeAction(this, {}, tr("About &Qt"), QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createFileActions()
{
    m_openAction = makeAction(this, themedIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), tr("&Open…"),
                              QStringLiteral("openAction"), QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an article file"));
    connect(m_openAction, &QAction::triggered, m_intake, &IntakeController::askAndOpenFiles);
    m_openUrlAction = makeAction(this, themedIcon(QStringLiteral("document-open-remote"), QStyle::SP_DriveNetIcon), tr("Open &URL…"),
                                 QStringLiteral("openUrlAction"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openUrlAction->setStatusTip(tr("Fetch a web page or feed and add it to the library"));
    connect(m_openUrlAction, &QAction::triggered, m_intake, &IntakeController::askAndOpenUrl);
    m_importFolderAction = makeAction(this, themedIcon(QStringLiteral("folder-open"), QStyle::SP_DirOpenIcon), tr("Import &Folder…"),
                                      QStringLiteral("importFolderAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolderAction->setStatusTip(tr("Import every article file in a folder and its sub-folders"));
    connect(m_importFolderAction, &QAction::triggered, m_intake, &IntakeController::askAndImportFolder);
    m_pasteArticleAction = makeAction(this, themedIcon(QStringLiteral("edit-paste"), QStyle::SP_FileIcon), tr("&Paste as New Article"),
                                      QStringLiteral("pasteArticleAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteArticleAction->setStatusTip(tr("Add the text on the clipboard to the library as an article"));
    connect(m_pasteArticleAction, &QAction::triggered, this, [this] {
        addTextArticle(QGuiApplication::clipboard()->text(), tr("Clipboard"));
    });
    m_exportAction = makeAction(this, themedIcon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton), tr("&Export…"),
                                QStringLiteral("exportAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export reports or data of this article, the selected ones or the whole library"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);
    m_newLibraryAction = makeAction(this, themedIcon(QStringLiteral("document-new"), QStyle::SP_FileDialogNewFolder), tr("&New Library…"),
                                    QStringLiteral("newLibraryAction"));
    m_newLibraryAction->setStatusTip(tr("Create a new, empty library file"));
    connect(m_newLibraryAction, &QAction::triggered, this, [this] {
        if (const QString path = LibraryFileDialogs::askNewLibrary(this, m_session->path()); !path.isEmpty())
            openLibrary(path);
    });
    m_openLibraryAction = makeAction(this, {}, tr("Open &Library…"), QStringLiteral("openLibraryAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openLibraryAction->setStatusTip(tr("Switch to another library file"));
    connect(m_openLibraryAction, &QAction::triggered, this, [this] {
        if (const QString path = LibraryFileDialogs::askOpenLibrary(this, m_session->path()); !path.isEmpty())
            openLibrary(path);
    });
    m_connectTeamAction = makeAction(this, themedIcon(QStringLiteral("network-server-database"), QStyle::SP_DriveNetIcon),
                                     tr("Connect to &Team Library…"), QStringLiteral("connectTeamLibraryAction"));
    m_connectTeamAction->setStatusTip(tr("Open a library that several annotators share on a PostgreSQL server"));
    connect(m_connectTeamAction, &QAction::triggered, this, [this] {
        TeamLibraryDialog dialog(this);
        if (SqlDialect::isServerLocation(m_session->path()))
            dialog.setUri(m_session->path());
        if (dialog.exec() == QDialog::Accepted)
            openTeamLibrary(dialog.uri());
    });
    m_removeArticleAction = makeAction(this, themedIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("&Remove Article from Library"),
                                       QStringLiteral("removeArticleAction"));
    connect(m_removeArticleAction, &QAction::triggered, this, &MainWindow::removeCurrentArticle);
    m_quitAction = makeAction(this, themedIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton), tr("&Quit"),
                              QStringLiteral("quitAction"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createViewActions()
{
    m_zoomInAction = makeAction(this, themedIcon(QStringLiteral("zoom-in"), QStyle::SP_ArrowUp), tr("Zoom &In"), QStringLiteral("zoomInAction"));
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, m_documentView, &DocumentView::zoomIn);
    m_zoomOutAction = makeAction(this, themedIcon(QStringLiteral("zoom-out"), QStyle::SP_ArrowDown), tr("Zoom &Out"),
                                 QStringLiteral("zoomOutAction"), QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_documentView, &DocumentView::zoomOut);
    m_zoomResetAction = makeAction(this, {}, tr("&Actual Size"), QStringLiteral("zoomResetAction"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, m_documentView, &DocumentView::resetZoom);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    for (QAction *action : {m_openAction, m_openUrlAction, m_importFolderAction, m_pasteArticleAction})
        file->addAction(action);
    auto *recent = new RecentFilesMenu(file);
    connect(recent, &RecentFilesMenu::fileChosen, m_intake, &IntakeController::openFile);
    file->addMenu(recent);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_newLibraryAction);
    file->addAction(m_openLibraryAction);
    file->addAction(m_connectTeamAction);
    file->addSeparator();
    file->addAction(m_removeArticleAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (QAction *action : {m_undoAction, m_redoAction})
        edit->addAction(action);
    edit->addSeparator();
    for (QAction *action : {m_copyAction, m_selectAllAction})
        edit->addAction(action);
    edit->addSeparator();
    edit->addAction(m_settingsAction);
    edit->addAction(m_shortcutsAction);

    QMenu *annotation = menuBar()->addMenu(tr("&Annotation"));
    annotation->setObjectName(QStringLiteral("annotationMenu"));
    m_documentView->annotationActions()->fillMenu(annotation);
    annotation->addSeparator();
    annotation->addMenu(m_reviewStatus->menu());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (QAction *action : {m_zoomInAction, m_zoomOutAction, m_zoomResetAction})
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new ThemeMenu(m_themes, m_viewMenu));
    m_viewMenu->addSeparator();
    m_viewMenu->addSection(tr("Panels"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_handbookAction);
    help->addAction(m_shortcutSheetAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_exportAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    // Undo and Redo say what they would do in the Edit menu and their tooltips; on the bar they
    // are icons of a fixed width, so the buttons beside them never move as that text changes.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action))) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
            button->setFixedWidth(button->sizeHint().width());
        }
    }
    toolBar->addSeparator();
    toolBar->addAction(m_zoomOutAction);
    toolBar->addAction(m_zoomInAction);
}

void MainWindow::createDocks()
{
    m_libraryDock = new LibraryDock(m_session->store(), this);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    // Right-clicking an article opens it; the menu acts on it.
    QMenu *context = m_libraryDock->contextMenu();
    auto *read = context->addAction(tr("&Read"), this, [this] { m_documentView->setFocus(); });
    read->setObjectName(QStringLiteral("readArticleAction"));
    context->addMenu(m_reviewStatus->menu());
    context->addAction(m_exportAction);
    context->addSeparator();
    context->addAction(m_removeArticleAction);
    auto *find = makeAction(this, {}, tr("Search Library"), QStringLiteral("searchLibraryAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(find, &QAction::triggered, m_libraryDock, &LibraryDock::focusSearch);
    addAction(find);

    m_sideDock = new QDockWidget(tr("Analysis"), this);
    m_sideDock->setObjectName(QStringLiteral("sideDock"));
    m_sideTabs = new QTabWidget(m_sideDock);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_entityPanel = new EntityPanel(m_session, m_sideTabs);
    m_factPanel = new FactPanel(m_session, m_sideTabs);
    m_inspector = new Inspector(m_session->store(), m_sideTabs);
    m_sideTabs->addTab(m_entityPanel, tr("&Entities"));
    m_sideTabs->addTab(m_factPanel, tr("&Facts"));
    m_sideTabs->addTab(m_inspector, tr("&Inspector"));
    m_sideDock->setWidget(m_sideTabs);
    addDockWidget(Qt::RightDockWidgetArea, m_sideDock);
    resizeDocks({m_libraryDock, m_sideDock}, {LibraryDockWidth, SideDockWidth}, Qt::Horizontal);

    QAction *toggleLibrary = m_libraryDock->toggleViewAction();
    toggleLibrary->setObjectName(QStringLiteral("toggleLibraryAction"));
    toggleLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *toggleSide = m_sideDock->toggleViewAction();
    toggleSide->setObjectName(QStringLiteral("toggleAnalysisAction"));
    toggleSide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_viewMenu->addAction(toggleLibrary);
    m_viewMenu->addAction(toggleSide);

    // Who said what across the library, below the article; hidden until asked for.
    m_quotesDock = new QuotesDock(m_session->store(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_quotesDock);
    m_quotesDock->hide();
    QAction *toggleQuotes = m_quotesDock->toggleViewAction();
    toggleQuotes->setObjectName(QStringLiteral("toggleQuotesAction"));
    toggleQuotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_viewMenu->addAction(toggleQuotes);
    // The library at a glance (entity index, charts), below the article; hidden until asked for.
    m_corpusDock = new CorpusDock(m_session->store(), this);
    // Beside the Quotes dock, not tabbed behind it: asked for, it shows (found in a real session:
    // tabbed with a hidden Quotes dock it stayed out of sight).
    addDockWidget(Qt::BottomDockWidgetArea, m_corpusDock);
    m_corpusDock->hide();
    QAction *toggleCorpus = m_corpusDock->toggleViewAction();
    toggleCorpus->setObjectName(QStringLiteral("toggleCorpusAction"));
    toggleCorpus->setText(tr("&Corpus (Entity Index and Charts)"));
    toggleCorpus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_viewMenu->addAction(toggleCorpus);
    connect(toggleCorpus, &QAction::toggled, m_corpusDock, [this](bool on) {
        if (on)
            m_corpusDock->raise(); // in front, should the reader have tabbed it behind another dock
    });
    // A mention in the corpus view or a quote in the Quotes view: its article, the words selected.
    const auto showRange = [this](qint64 articleId, int start, int end) {
        if (articleId != m_currentArticleId)
            selectArticle(articleId);
        if (articleId == m_currentArticleId && start >= 0 && end <= m_documentView->article().text.size()) {
            m_documentView->setSelectedRange(start, end);
            m_documentView->ensureCursorVisible();
            m_documentView->setFocus(Qt::OtherFocusReason);
        }
    };
    connect(m_corpusDock, &CorpusDock::mentionActivated, this, showRange);
    // The window holds the dock toggles too, so their keys work wherever the focus is.
    addActions({toggleLibrary, toggleSide, toggleQuotes, toggleCorpus});
    connect(m_quotesDock, &QuotesDock::quoteActivated, this, showRange);
}

// F6 and Shift+F6 move between the library, the article and the side panel, keyboard only.
void MainWindow::createPaneCycling()
{
    auto cycle = [this](int step) {
        const QList<QWidget *> areas = {m_libraryDock->list(), m_documentView, m_sideTabs->currentWidget()};
        int current = -1;
        for (int i = 0; i < areas.size(); ++i) {
            if (areas.at(i) && (areas.at(i) == focusWidget() || areas.at(i)->isAncestorOf(focusWidget())))
                current = i;
        }
        for (int n = 1; n <= int(areas.size()); ++n) {
            QWidget *area = areas.at((current + step * n + 3 * int(areas.size())) % int(areas.size()));
            if (area && area->isVisible()) {
                area->setFocus(Qt::TabFocusReason); // panels pass it on to their focus proxy
                return;
            }
        }
    };
    auto *next = makeAction(this, {}, tr("Next Pane"), QStringLiteral("nextPaneAction"), QKeySequence(Qt::Key_F6));
    auto *previous = makeAction(this, {}, tr("Previous Pane"), QStringLiteral("previousPaneAction"), QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(next, &QAction::triggered, this, [cycle] { cycle(1); });
    connect(previous, &QAction::triggered, this, [cycle] { cycle(-1); });
    addAction(next);
    addAction(previous);
}

void MainWindow::createStatusBar()
{
    m_articleStatus = new ArticleStatus(m_session, m_documentView, this);
    m_zoomStatus = new QLabel(this);
    statusBar()->addWidget(m_articleStatus, 1);
    // A message takes the article's status line's place while it shows. QStatusBar hides the line
    // itself only when it is visible at that moment, so a message that came before the window
    // was shown (opening the library, a file on the command line) was drawn over the line.
    connect(statusBar(), &QStatusBar::messageChanged, m_articleStatus, [this](const QString &message) {
        m_articleStatus->setVisible(message.isEmpty());
    });
    statusBar()->addPermanentWidget(m_reviewStatus->createButton(statusBar()));
    statusBar()->addPermanentWidget(m_zoomStatus);
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->hide();
    statusBar()->addPermanentWidget(m_connectionStatus);
    // A team library whose server went away is read-only; Gazette tries again every few seconds.
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setInterval(3000);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] { m_session->store()->reconnect(); });
    connect(m_session->store(), &AnnotationStore::connectionChanged, this, [this](bool connected) {
        m_connectionStatus->setVisible(!connected);
        if (connected) {
            m_reconnectTimer->stop();
            statusBar()->showMessage(tr("Reconnected to the team library."), 6000);
        } else {
            m_connectionStatus->setText(tr("Read-only: the server cannot be reached; reconnecting…"));
            m_reconnectTimer->start();
        }
    });
    connect(m_documentView, &DocumentView::zoomChanged, this, [this](int percent) {
        QSettings().setValue(ZoomKey, percent);
        updateStatus();
    });
    connect(m_documentView, &QTextEdit::copyAvailable, m_copyAction, &QAction::setEnabled);
    connect(m_themes, &ThemeController::themeChanged, this, &MainWindow::applyTheme);
}

void MainWindow::connectSession()
{
    AnnotationStore *store = m_session->store();
    connect(m_session, &LibrarySession::pushed, this, [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_undoNavigator, &UndoNavigator::showRequested, this, [this](qint64 articleId, qint64 annotationId) {
        selectArticle(articleId);
        if (annotationId && m_documentView->spans().find(annotationId))
            m_documentView->selectAnnotation(annotationId);
    });
    connect(m_undoNavigator, &UndoNavigator::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_reviewStatus, &ReviewStatusActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(store, &AnnotationStore::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Not saved: %1").arg(message), 10000);
    });
    // One notification per action, however many rows it changed (label all occurrences).
    connect(store, &AnnotationStore::changed, this, [this](const StoreChange &change) {
        if (change.removedArticles.contains(m_currentArticleId)) {
            showArticle(0);
            return;
        }
        m_documentView->applyChange(change);
        // Articles that arrive by themselves (a feed's) change the library's count.
        if (change.touchedArticles().contains(m_currentArticleId) || change.summaryChanged() || !change.addedArticles.isEmpty())
            updateStatus();
    });

    connect(m_intake, &IntakeController::articleReady, this, &MainWindow::selectArticle);
    connect(m_intake, &IntakeController::articleReplaced, this, [this](qint64 id) {
        // Commands recorded against the old text would no longer fit it.
        m_session->undoStack()->clear();
        showArticle(id);
    });
    connect(m_intake, &IntakeController::message, this, [this](const QString &text, int timeout) {
        statusBar()->showMessage(text, timeout);
    });
    connect(m_intake, &IntakeController::fileOpened, this, &RecentFilesMenu::add);
    connect(m_intake, &IntakeController::libraryRequested, this, [this](const QString &path) { openLibrary(path); });
    connect(m_intake, &IntakeController::importFinished, this, &MainWindow::importFinished);
}

void MainWindow::connectDocumentView()
{
    DocumentView *view = m_documentView;
    AnnotationStore *store = m_session->store();
    view->setEntityNameResolver([store](qint64 id) {
        const auto entity = store->entity(id);
        return entity ? entity->name : QString();
    });

    m_editor = new AnnotationEditor(m_session, view, m_legend, this);
    connect(m_editor, &AnnotationEditor::message, this, [this](const QString &text) { statusBar()->showMessage(text, 4000); });
}

// Subscriptions: the Feeds section of the library dock, File › Subscribe to Feed… and OPML,
// the Feeds menu, and the refresh schedule while the window is open.
void MainWindow::createFeeds()
{
    m_feeds = new FeedController(m_session, m_libraryDock, this);
    connect(m_feeds, &FeedController::openArticle, this, &MainWindow::selectArticle);
    connect(m_feeds, &FeedController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    QAction *before = m_exportAction;
    m_fileMenu->insertAction(before, m_feeds->subscribeAction());
    m_fileMenu->insertAction(before, m_feeds->importOpmlAction());
    m_fileMenu->insertAction(before, m_feeds->exportOpmlAction());
    m_fileMenu->insertSeparator(before);
    QMenu *feeds = new QMenu(tr("Fee&ds"), this);
    feeds->setObjectName(QStringLiteral("feedsMenu"));
    for (QAction *action : {m_feeds->nextUnreadAction(), m_feeds->markAllReadAction(), m_feeds->starAction()})
        feeds->addAction(action);
    feeds->addSeparator();
    feeds->addAction(m_feeds->refreshAllAction());
    feeds->addAction(m_feeds->subscribeAction());
    menuBar()->insertMenu(m_viewMenu->menuAction(), feeds);
    for (QAction *action : m_feeds->actions())
        addAction(action); // their keys work wherever the focus is
    m_smartFolders = new SmartFolderController(m_session, m_libraryDock, m_feeds->pane(), this);
    connect(m_smartFolders, &SmartFolderController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
}

// The pane, the Entities and Facts panels and the Inspector show the same selection.
void MainWindow::connectPanels()
{
    connect(m_libraryDock, &LibraryDock::articleActivated, this, [this](qint64 id) {
        if (id != m_currentArticleId)
            showArticle(id);
    });
    connect(m_documentView, &DocumentView::annotationSelected, this, [this](qint64 id) {
        if (id)
            m_inspector->showAnnotation(id);
        m_entityPanel->showAnnotation(id);
    });
    connect(m_entityPanel, &EntityPanel::mentionActivated, this, [this](qint64 id) {
        m_documentView->selectAnnotation(id);
        m_inspector->showAnnotation(id);
    });
    connect(m_entityPanel, &EntityPanel::entityActivated, m_documentView, &DocumentView::selectEntity);
    m_factPanel->setSelectionSource([this] {
        const auto [start, end] = m_documentView->selectedRange(false);
        return FactPanel::Selection{start, end, m_documentView->article().text.mid(start, end - start)};
    });
    m_factPanel->setLabelSource([this] { return m_documentView->labelSet(); },
                                [this](const QString &label) { return m_documentView->highlighter()->colour(label); });
    connect(m_factPanel, &FactPanel::evidenceActivated, this, [this](int start, int end) {
        m_documentView->setSelectedRange(start, end);
        m_documentView->ensureCursorVisible();
    });
    connect(m_factPanel, &FactPanel::factActivated, m_inspector, &Inspector::showFact);
    auto say = [this](const QString &text) { statusBar()->showMessage(text, 6000); };
    connect(m_entityPanel, &EntityPanel::message, this, say);
    connect(m_factPanel, &FactPanel::message, this, say);
    connect(m_inspector, &Inspector::noteEdited, this, [this](qint64 id, const QString &note) { push(m_session->edits()->setNote(id, note)); });
}

bool MainWindow::openFile(const QString &path)
{
    return m_intake->openFile(path);
}

void MainWindow::importSources(const QStringList &inputs)
{
    m_intake->importSources(inputs);
}

void MainWindow::openSources(const QStringList &sources)
{
    QStringList imports;
    for (const QString &source : sources) {
        if (source.contains(QLatin1String("://")) || QFileInfo(source).isDir())
            imports.append(source);
        else
            openFile(source);
    }
    if (!imports.isEmpty())
        importSources(imports);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

bool MainWindow::openFeed(const QString &path)
{
    return m_intake->openFeed(path);
}

bool MainWindow::addTextArticle(const QString &text, const QString &source)
{
    return m_intake->addText(text, source);
}

bool MainWindow::isBusy() const
{
    return m_intake->isBusy();
}




bool MainWindow::openLibrary(const QString &path)
{
    if (!m_session->open(path)) {
        const QString message = m_session->errorString();
        showArticle(0);
        statusBar()->showMessage(message, 10000);
        if (isVisible())
            QMessageBox::warning(this, tr("Cannot Open Library"), message);
        else
            qWarning("%s", qPrintable(message));
        return false;
    }
    QSettings().setValue(LibraryKey, SqlDialect::displayLocation(path)); // never a password
    showArticle(0);
    if (!m_session->store()->backupPath().isEmpty())
        statusBar()->showMessage(tr("The library was upgraded; the old version is kept as %1.")
                                     .arg(QDir::toNativeSeparators(m_session->store()->backupPath())), 10000);
    if (libraryModel()->canFetchMore({}))
        libraryModel()->fetchMore({});
    return true;
}

bool MainWindow::openTeamLibrary(const QString &uri)
{
    {
        // Reach the server first: a role with a password and none in PGPASSWORD or ~/.pgpass is
        // asked for it here; it lives in this process's environment only, for libpq.
        AnnotationStore probe;
        if (!probe.open(uri) && probe.errorString().contains(QLatin1String("password"))) {
            const auto password = TeamLibraryDialog::askPassword(this, uri);
            if (!password)
                return false;
            qputenv("PGPASSWORD", password->toUtf8());
        }
    }
    if (!openLibrary(uri))
        return false;
    TeamLibraryDialog::remember(uri);
    statusBar()->showMessage(tr("Connected to %1 as %2; other annotators' changes appear as they are saved.")
                                 .arg(SqlDialect::displayLocation(uri), m_session->store()->author()),
                             8000);
    return true;
}

// Undoable like every edit, so it asks nothing: the status bar says how to bring it back.
void MainWindow::removeCurrentArticle()
{
    const auto article = m_currentArticleId ? m_session->store()->article(m_currentArticleId) : std::nullopt;
    if (!article || !push(m_session->edits()->removeArticle(article->id)))
        return;
    statusBar()->showMessage(tr("Removed “%1” from the library. %2 brings it back.")
                                 .arg(article->headline, m_undoAction->shortcut().toString(QKeySequence::NativeText)),
                             8000);
}

void MainWindow::selectArticle(qint64 articleId)
{
    m_libraryDock->selectArticle(articleId);
    if (m_currentArticleId != articleId)
        showArticle(articleId);
}

void MainWindow::showArticle(qint64 articleId)
{
    AnnotationStore *store = m_session->store();
    const auto article = articleId ? store->article(articleId) : std::nullopt;
    m_currentArticleId = article ? articleId : 0;
    if (article) {
        m_documentView->setArticle(*article);
        m_documentView->setAnnotations(store->annotations(articleId));
        m_sourceView->setSource(article->markup, article->markupType, QUrl(article->uri).fileName());
        setWindowTitle(tr("%1 — Gazette").arg(article->headline));
    } else {
        m_documentView->clearArticle();
        m_sourceView->setSource(QString(), QString(), QString());
    }
    m_inspector->clear();
    if (m_feeds)
        m_feeds->articleShown(m_currentArticleId);
    m_editor->setArticle(m_currentArticleId);
    m_reviewStatus->setArticle(m_currentArticleId);
    m_entityPanel->setArticle(m_currentArticleId);
    m_factPanel->setArticle(m_currentArticleId);
    setTeamArticle(m_currentArticleId);
    if (m_session->store()->isOpen())
        WindowSession::setLastArticle(m_session->path(), m_currentArticleId);
    updateStatus();
}



void MainWindow::saveScreenshotAndQuit(const QString &path)
{
    saveScreenshotOf(this, path, [this] { return isBusy(); });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // A selection dragged inside the window (from the reading pane) is no new article.
    if (event->source())
        return;
    if (IntakeController::canTake(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_intake->take(event->mimeData(), tr("Dropped text"));
    event->acceptProposedAction();
}

QStringList MainWindow::recentFiles() const
{
    return RecentFilesMenu::files();
}

void MainWindow::updateStatus()
{
    m_articleStatus->setArticle(m_currentArticleId);
    if (!m_documentView->hasArticle())
        setWindowTitle(QStringLiteral("Gazette"));
    m_zoomStatus->setText(tr("Zoom %1%").arg(m_documentView->zoomPercent()));
    m_removeArticleAction->setEnabled(m_currentArticleId != 0);
    m_exportAction->setEnabled(m_session->store()->articleCount() > 0);
}

void MainWindow::applyTheme()
{
    const auto &theme = m_themes->theme();
    m_documentView->setTheme(theme);
    m_sourceView->setTheme(theme);
    m_legend->setLabels(m_documentView->labelSet(), m_documentView->highlighter());
    applyChartStyle();
}

// The corpus charts in the window's colours: its palette, and each label's colour of the theme.
void MainWindow::applyChartStyle()
{
    if (!m_corpusDock)
        return;
    const auto &theme = m_themes->theme();
    const bool dark = LabelColours::isDark(theme);
    ChartStyle style;
    const QPalette palette = QGuiApplication::palette(); // the theme's, set before themeChanged()
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    // Axes, grid and secondary text: halfway between the text and the background.
    const QColor text = style.text;
    const QColor base = style.background;
    style.muted = QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2, (text.blueF() + base.blueF()) / 2);
    for (const Label &label : m_documentView->labelSet().labels())
        style.labelColours.insert(label.name, LabelColours::colour(label.colourRole, theme));
    for (const QString &entry : LabelColours::names())
        style.series.append(LabelColours::paletteColour(entry, dark));
    m_corpusDock->setChartStyle(style);
}

void MainWindow::applyLabelSet(const LabelSet &labels)
{
    m_documentView->setLabelSet(labels);
    m_legend->setLabels(labels, m_documentView->highlighter());
    m_libraryDock->setLabelSet(labels);
    m_entityPanel->setLabelSet(labels);
    applyChartStyle();
}

void MainWindow::showExportDialog()
{
    ExportDialog dialog(m_session, &m_themes->repository(), m_themes->theme(), m_currentArticleId, m_libraryDock->selectedArticleIds(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported."), 5000);
}

QList<QAction *> MainWindow::windowActions() const
{
    QList<QAction *> actions = {m_openAction, m_openUrlAction, m_importFolderAction, m_pasteArticleAction, m_exportAction,
                                m_newLibraryAction, m_openLibraryAction, m_removeArticleAction, m_quitAction,
                                m_undoAction, m_redoAction, m_copyAction, m_selectAllAction};
    actions += m_reviewStatus->actions();
    actions += m_feeds->actions();
    actions += {m_settingsAction, m_shortcutsAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction,
                m_libraryDock->toggleViewAction(), m_sideDock->toggleViewAction(), m_quotesDock->toggleViewAction(),
                m_corpusDock->toggleViewAction()};
    for (const char *name : {"searchLibraryAction", "nextPaneAction", "previousPaneAction"}) {
        if (auto *action = findChild<QAction *>(QString::fromLatin1(name)))
            actions.append(action);
    }
    actions += {m_handbookAction, m_shortcutSheetAction, m_aboutAction};
    return actions;
}

QList<QAction *> MainWindow::configurableActions() const
{
    return m_documentView->annotationActions()->actions() + windowActions();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(configurableActions(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_documentView->annotationActions()->loadShortcuts();
}

void MainWindow::showHelp(int page)
{
    AnnotationActions *annotation = m_documentView->annotationActions();
    QList<QAction *> reading = annotation->actions();
    for (QAction *label : annotation->labelActions()) {
        if (!reading.contains(label))
            reading.append(label);
    }
    const QList<HelpDialog::Section> sections = {{tr("Reading pane"), reading}, {tr("Window"), windowActions()}};
    QList<HelpDialog::LabelColour> labels;
    for (const Label &label : m_documentView->labelSet().labels())
        labels.append({label.name, label.displayName, label.description, m_documentView->highlighter()->colour(label.name)});
    HelpDialog dialog(HelpDialog::Page(page), sections, labels, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session->edits()->author(), m_documentView->labelSet(), m_session->extractOnAdd(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->setAuthor(dialog.author());
    m_session->setExtractOnAdd(dialog.extractOnOpen());
    QSettings settings;
    settings.setValue(AuthorKey, dialog.author());
    settings.setValue(ExtractOnOpenKey, dialog.extractOnOpen());
    const LabelSet labels = dialog.labels();
    settings.setValue(LabelSetKey, labels.toJson());
    applyLabelSet(labels);
}

bool MainWindow::push(Edits::Command command)
{
    if (m_session->push(std::move(command)))
        return true;
    statusBar()->showMessage(m_session->errorString(), 6000);
    return false;
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1280, available.width()), std::min(800, available.height()));
        resizeDocks({m_libraryDock, m_sideDock}, {LibraryDockWidth, SideDockWidth}, Qt::Horizontal);
    }
    restoreState(settings.value(StateKey).toByteArray(), StateVersion);
    m_documentView->setZoomPercent(settings.value(ZoomKey, 100).toInt());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(StateVersion));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}











} // namespace Gazette
