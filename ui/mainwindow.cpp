// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "extract/extractiontask.h"

#include "documentview.h"
#include "emptystatehint.h"
#include "entityhighlighter.h"
#include "exportdialog.h"
#include "factdialog.h"
#include "feeddialog.h"
#include "formats/feedreader.h"
#include "formats/importjob.h"
#include "formats/plaintextimporter.h"
#include "inspector.h"
#include "labellegend.h"
#include "models/libraryfiltermodel.h"
#include "settingsdialog.h"
#include "sourceview.h"
#include "librarydelegate.h"
#include "models/entitymodel.h"
#include "models/factmodel.h"
#include "models/librarymodel.h"
#include "themecontroller.h"

#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Gazette {

namespace {
const auto GeometryKey = QStringLiteral("window/geometry");
const auto StateKey = QStringLiteral("window/state");
const auto RecentFilesKey = QStringLiteral("files/recent");
const auto LastDirectoryKey = QStringLiteral("files/lastDirectory");
const auto ZoomKey = QStringLiteral("view/zoom");
const auto LibraryKey = QStringLiteral("library/path");
const auto AuthorKey = QStringLiteral("edit/author");
const auto LabelSetKey = QStringLiteral("labels/set");
const auto ExtractOnOpenKey = QStringLiteral("extract/onOpen");

bool extractOnOpen()
{
    return QSettings().value(ExtractOnOpenKey, true).toBool();
}
constexpr int StateVersion = 1;

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}
} // namespace

MainWindow::MainWindow(ThemeController *themes, QWidget *parent)
    : QMainWindow(parent)
    , m_themes(themes)
    , m_edits(&m_store, QSettings().value(AuthorKey, qEnvironmentVariable("USER")).toString())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Gazette"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gazette.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setAcceptDrops(true); // article files, or text, dropped anywhere on the window

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

    createActions();
    createMenus();
    createDocks();

    m_articleStatus = new QLabel(this);
    m_zoomStatus = new QLabel(this);
    statusBar()->addWidget(m_articleStatus, 1);
    statusBar()->addPermanentWidget(m_zoomStatus);
    connect(m_documentView, &DocumentView::zoomChanged, this, [this](int percent) {
        QSettings().setValue(ZoomKey, percent);
        updateStatus();
    });
    connect(m_documentView, &QTextEdit::copyAvailable, m_copyAction, &QAction::setEnabled);
    connect(m_themes, &ThemeController::themeChanged, this, &MainWindow::applyTheme);
    connect(&m_store, &AnnotationStore::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Not saved: %1").arg(message), 10000);
    });
    connect(&m_store, &AnnotationStore::articleChanged, this, [this](qint64 id) {
        if (id == m_currentArticleId)
            updateStatus();
    });
    connect(&m_store, &AnnotationStore::articleRemoved, this, [this](qint64 id) {
        if (id == m_currentArticleId)
            showArticle(0);
    });

    // F6 and Shift+F6 move between the library, the article and the side panel, keyboard only.
    auto *nextArea = new QAction(tr("Next Pane"), this);
    nextArea->setShortcut(QKeySequence(Qt::Key_F6));
    auto *previousArea = new QAction(tr("Previous Pane"), this);
    previousArea->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    auto cycle = [this](int step) {
        const QList<QWidget *> areas = {m_libraryList, m_documentView, m_sideTabs->currentWidget()};
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
    connect(nextArea, &QAction::triggered, this, [cycle] { cycle(1); });
    connect(previousArea, &QAction::triggered, this, [cycle] { cycle(-1); });
    addAction(nextArea);
    addAction(previousArea);

    connectDocumentView();
    const auto savedLabels = LabelSet::fromJson(QSettings().value(LabelSetKey).toByteArray());
    applyLabelSet(savedLabels ? *savedLabels : LabelSet::ontoNotes());
    readSettings();
    const QString library = QSettings().value(LibraryKey, AnnotationStore::defaultLibraryPath()).toString();
    if (!openLibrary(library) && library != AnnotationStore::defaultLibraryPath())
        openLibrary(AnnotationStore::defaultLibraryPath());
    applyTheme();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(themedIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an article file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_newLibraryAction = new QAction(themedIcon(QStringLiteral("document-new"), QStyle::SP_FileDialogNewFolder), tr("&New Library…"), this);
    m_newLibraryAction->setStatusTip(tr("Create a new, empty library file"));
    connect(m_newLibraryAction, &QAction::triggered, this, &MainWindow::showNewLibraryDialog);
    m_openLibraryAction = new QAction(tr("Open &Library…"), this);
    m_openLibraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openLibraryAction->setStatusTip(tr("Switch to another library file"));
    connect(m_openLibraryAction, &QAction::triggered, this, &MainWindow::showOpenLibraryDialog);

    m_removeArticleAction = new QAction(themedIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("&Remove Article from Library…"), this);
    m_removeArticleAction->setObjectName(QStringLiteral("removeArticleAction"));
    connect(m_removeArticleAction, &QAction::triggered, this, &MainWindow::removeCurrentArticle);

    m_undoAction = m_undoStack.createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(themedIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack.createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(themedIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

    m_quitAction = new QAction(themedIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(themedIcon(QStringLiteral("edit-copy"), QStyle::SP_FileDialogDetailedView), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setEnabled(false);
    connect(m_copyAction, &QAction::triggered, m_documentView, &QTextEdit::copy);

    m_selectAllAction = new QAction(tr("Select &All"), this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, m_documentView, &QTextEdit::selectAll);

    m_zoomInAction = new QAction(themedIcon(QStringLiteral("zoom-in"), QStyle::SP_ArrowUp), tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, m_documentView, &DocumentView::zoomIn);
    m_zoomOutAction = new QAction(themedIcon(QStringLiteral("zoom-out"), QStyle::SP_ArrowDown), tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_documentView, &DocumentView::zoomOut);
    m_zoomResetAction = new QAction(tr("&Actual Size"), this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, m_documentView, &DocumentView::resetZoom);

    m_exportAction = new QAction(themedIcon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export reports or data of this article, the selected ones or the whole library"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);

    m_pasteArticleAction = new QAction(themedIcon(QStringLiteral("edit-paste"), QStyle::SP_FileIcon), tr("&Paste as New Article"), this);
    m_pasteArticleAction->setObjectName(QStringLiteral("pasteArticleAction"));
    m_pasteArticleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteArticleAction->setStatusTip(tr("Add the text on the clipboard to the library as an article"));
    connect(m_pasteArticleAction, &QAction::triggered, this, [this] {
        addTextArticle(QGuiApplication::clipboard()->text(), tr("Clipboard"));
    });

    m_importFolderAction = new QAction(themedIcon(QStringLiteral("folder-open"), QStyle::SP_DirOpenIcon), tr("Import &Folder…"), this);
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolderAction->setStatusTip(tr("Import every article file in a folder and its sub-folders"));
    connect(m_importFolderAction, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"),
            QSettings().value(LastDirectoryKey, QDir::homePath()).toString());
        if (!folder.isEmpty())
            importSources({folder});
    });
    m_openUrlAction = new QAction(themedIcon(QStringLiteral("document-open-remote"), QStyle::SP_DriveNetIcon), tr("Open &URL…"), this);
    m_openUrlAction->setObjectName(QStringLiteral("openUrlAction"));
    m_openUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openUrlAction->setStatusTip(tr("Fetch a web page or feed and add it to the library"));
    connect(m_openUrlAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString url = QInputDialog::getText(this, tr("Open URL"), tr("Web address of an article or a feed:"), QLineEdit::Normal,
                                                  QString(), &ok).trimmed();
        if (!ok || url.isEmpty())
            return;
        if (!SourceReader::isWebAddress(url)) {
            QMessageBox::warning(this, tr("Open URL"), tr("“%1” is not a web address: it must start with http:// or https://.").arg(url));
            return;
        }
        importSources({url});
    });

    m_settingsAction = new QAction(themedIcon(QStringLiteral("configure"), QStyle::SP_FileDialogDetailedView), tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = new QAction(themedIcon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation), tr("&About Gazette"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_openUrlAction);
    file->addAction(m_importFolderAction);
    file->addAction(m_pasteArticleAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_newLibraryAction);
    file->addAction(m_openLibraryAction);
    file->addSeparator();
    file->addAction(m_removeArticleAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_copyAction);
    edit->addAction(m_selectAllAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);
    view->addSeparator();
    m_themeMenu = view->addMenu(tr("&Theme"));
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    rebuildThemeMenu();
    view->addSeparator();
    m_viewPanelsSeparator = view->addSection(tr("Panels"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_exportAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_zoomOutAction);
    toolBar->addAction(m_zoomInAction);
    m_viewMenu = view;
}

void MainWindow::createDocks()
{
    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryModel = new LibraryModel(&m_store, this);
    m_libraryDock->setWidget(createLibraryPanel());
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);

    m_sideDock = new QDockWidget(tr("Analysis"), this);
    m_sideDock->setObjectName(QStringLiteral("sideDock"));
    m_sideTabs = new QTabWidget(m_sideDock);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);

    m_sideTabs->addTab(createEntityPanel(), tr("&Entities"));
    m_sideTabs->addTab(createFactPanel(), tr("&Facts"));
    m_inspector = new Inspector(&m_store, m_sideTabs);
    m_sideTabs->addTab(m_inspector, tr("&Inspector"));
    connect(m_inspector, &Inspector::noteEdited, this, [this](qint64 id, const QString &note) { push(m_edits.setNote(id, note)); });

    m_sideDock->setWidget(m_sideTabs);
    addDockWidget(Qt::RightDockWidgetArea, m_sideDock);
    resizeDocks({m_libraryDock, m_sideDock}, {250, 310}, Qt::Horizontal);

    QAction *toggleLibrary = m_libraryDock->toggleViewAction();
    toggleLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *toggleSide = m_sideDock->toggleViewAction();
    toggleSide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_viewMenu->addAction(toggleLibrary);
    m_viewMenu->addAction(toggleSide);
}

QWidget *MainWindow::createLibraryPanel()
{
    auto *panel = new QWidget(m_libraryDock);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);

    m_librarySearch = new QLineEdit(panel);
    m_librarySearch->setObjectName(QStringLiteral("librarySearch"));
    m_librarySearch->setPlaceholderText(tr("Search articles…"));
    m_librarySearch->setAccessibleName(tr("Search the library"));
    m_librarySearch->setClearButtonEnabled(true);
    auto *status = new QComboBox(panel);
    status->setObjectName(QStringLiteral("libraryStatusFilter"));
    status->setAccessibleName(tr("Review status filter"));
    status->addItem(tr("Any status"), -1);
    for (auto value : {ReviewStatus::New, ReviewStatus::InReview, ReviewStatus::Done})
        status->addItem(reviewStatusName(value), int(value));
    auto *label = new QComboBox(panel);
    label->setObjectName(QStringLiteral("libraryLabelFilter"));
    label->setAccessibleName(tr("Label filter"));
    m_libraryLabelFilter = label; // filled by applyLabelSet()
    auto *sort = new QComboBox(panel);
    sort->setObjectName(QStringLiteral("librarySort"));
    sort->setAccessibleName(tr("Sort order"));
    sort->addItem(tr("Added"), QVariant::fromValue(std::pair<int, int>{-1, 0}));
    sort->addItem(tr("Headline"), QVariant::fromValue(std::pair<int, int>{LibraryModel::HeadlineColumn, int(Qt::AscendingOrder)}));
    sort->addItem(tr("Newest"), QVariant::fromValue(std::pair<int, int>{LibraryModel::PublishedColumn, int(Qt::DescendingOrder)}));
    sort->addItem(tr("Most to review"), QVariant::fromValue(std::pair<int, int>{LibraryModel::PendingColumn, int(Qt::DescendingOrder)}));
    sort->addItem(tr("Status"), QVariant::fromValue(std::pair<int, int>{LibraryModel::StatusColumn, int(Qt::AscendingOrder)}));
    for (QComboBox *combo : {status, label, sort}) {
        // Narrow docks stay narrow: the combos shrink to a few characters.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
    }
    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(status, 1);
    filters->addWidget(label, 1);
    filters->addWidget(sort, 1);

    m_libraryFilter = new LibraryFilterModel(&m_store, this);
    m_libraryFilter->setSourceModel(m_libraryModel);
    m_libraryList = new QListView(panel);
    m_libraryList->setObjectName(QStringLiteral("libraryList"));
    m_libraryList->setAccessibleName(tr("Articles in the library"));
    m_libraryList->setModel(m_libraryFilter);
    m_libraryList->setItemDelegate(new LibraryDelegate(m_libraryList));
    m_libraryList->setUniformItemSizes(true);
    m_libraryList->setSelectionMode(QAbstractItemView::ExtendedSelection); // several, for export
    new EmptyStateHint(m_libraryList, tr("No articles yet.\nOpen one with File › Open (Ctrl+O)."));
    layout->addWidget(m_librarySearch);
    layout->addLayout(filters);
    layout->addWidget(m_libraryList, 1);

    connect(m_librarySearch, &QLineEdit::textChanged, m_libraryFilter, &LibraryFilterModel::setSearchText);
    connect(status, &QComboBox::currentIndexChanged, this, [this, status] {
        const int value = status->currentData().toInt();
        m_libraryFilter->setStatusFilter(value < 0 ? std::nullopt : std::optional<ReviewStatus>(ReviewStatus(value)));
    });
    connect(label, &QComboBox::currentIndexChanged, this, [this, label] {
        m_libraryFilter->setLabelFilter(label->currentData().toString());
    });
    connect(sort, &QComboBox::currentIndexChanged, this, [this, sort] {
        const auto [column, order] = sort->currentData().value<std::pair<int, int>>();
        m_libraryFilter->sort(column, Qt::SortOrder(order));
    });
    connect(m_libraryList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::articleSelected);
    auto *find = new QAction(tr("Search Library"), this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(find, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_librarySearch->setFocus();
        m_librarySearch->selectAll();
    });
    addAction(find);
    return panel;
}

QWidget *MainWindow::createEntityPanel()
{
    auto *panel = new QWidget(m_sideTabs);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *filter = new QLineEdit(panel);
    filter->setObjectName(QStringLiteral("entityFilter"));
    filter->setPlaceholderText(tr("Filter entities…"));
    filter->setAccessibleName(tr("Filter entities"));
    filter->setClearButtonEnabled(true);

    m_entityModel = new EntityModel(&m_store, m_documentView->labelSet(), this);
    m_entityFilter = new QSortFilterProxyModel(this);
    m_entityFilter->setSourceModel(m_entityModel);
    m_entityFilter->setRecursiveFilteringEnabled(true);
    m_entityFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(filter, &QLineEdit::textChanged, m_entityFilter, &QSortFilterProxyModel::setFilterFixedString);

    m_entityView = new QTreeView(panel);
    m_entityView->setObjectName(QStringLiteral("entityView"));
    m_entityView->setAccessibleName(tr("Entities in the article"));
    m_entityView->setModel(m_entityFilter);
    m_entityView->setRootIsDecorated(true);
    m_entityView->setUniformRowHeights(true);
    m_entityView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_entityView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_entityView->header()->setStretchLastSection(false);
    new EmptyStateHint(m_entityView, tr("No entities in this article yet.\nSelect text and press 1–9 to label it."));
    connect(m_entityView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int type = index.data(EntityModel::NodeTypeRole).toInt();
        if (type == EntityModel::MentionNode) {
            const qint64 id = index.data(EntityModel::AnnotationIdRole).toLongLong();
            m_documentView->selectAnnotation(id);
            m_inspector->showAnnotation(id);
        } else if (type == EntityModel::EntityNode && index.data(EntityModel::EntityIdRole).toLongLong() > 0) {
            m_documentView->selectEntity(index.data(EntityModel::EntityIdRole).toLongLong());
        }
    });
    connect(m_entityView, &QTreeView::clicked, m_entityView, &QTreeView::activated);

    auto button = [panel](const QString &text, const QString &tip) {
        auto *b = new QToolButton(panel);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto *accept = button(tr("Accept"), tr("Accept the selected mention, or every suggestion of the selected entity"));
    auto *reject = button(tr("Reject"), tr("Reject the selected mention"));
    auto *rename = button(tr("Rename…"), tr("Give the selected entity another name"));
    auto *merge = button(tr("Merge…"), tr("Merge the selected entity into another one of the same label"));
    connect(accept, &QToolButton::clicked, this, [this] {
        if (const qint64 mention = currentMentionId())
            push(m_edits.accept(mention));
        else if (const qint64 entity = currentEntityId())
            push(m_edits.acceptAllOfEntity(m_currentArticleId, entity));
    });
    connect(reject, &QToolButton::clicked, this, [this] {
        if (const qint64 mention = currentMentionId())
            push(m_edits.reject(mention));
    });
    connect(rename, &QToolButton::clicked, this, [this] {
        const auto entity = m_store.entity(currentEntityId());
        if (!entity)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Entity"), tr("New name for “%1”:").arg(entity->name),
                                                   QLineEdit::Normal, entity->name, &ok);
        if (ok)
            push(m_edits.renameEntity(entity->id, name));
    });
    connect(merge, &QToolButton::clicked, this, [this] {
        const auto source = m_store.entity(currentEntityId());
        if (!source)
            return;
        QStringList names;
        QList<qint64> ids;
        for (const Entity &candidate : m_store.entities()) {
            if (candidate.label == source->label && candidate.id != source->id) {
                names.append(candidate.name);
                ids.append(candidate.id);
            }
        }
        if (names.isEmpty()) {
            statusBar()->showMessage(tr("There is no other %1 entity to merge “%2” into.").arg(source->label, source->name), 6000);
            return;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Merge Entity"), tr("Merge “%1” into:").arg(source->name), names, 0, false, &ok);
        if (ok)
            push(m_edits.mergeEntities(ids.at(names.indexOf(chosen)), source->id));
    });
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (auto *b : {accept, reject, rename, merge})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addWidget(filter);
    layout->addWidget(m_entityView, 1);
    layout->addLayout(buttons);
    panel->setFocusProxy(m_entityView);
    return panel;
}

qint64 MainWindow::currentEntityId() const
{
    QModelIndex index = m_entityView->currentIndex();
    if (index.data(EntityModel::NodeTypeRole).toInt() == EntityModel::MentionNode)
        index = index.parent();
    return index.data(EntityModel::NodeTypeRole).toInt() == EntityModel::EntityNode ? index.data(EntityModel::EntityIdRole).toLongLong() : 0;
}

qint64 MainWindow::currentMentionId() const
{
    const QModelIndex index = m_entityView->currentIndex();
    return index.data(EntityModel::NodeTypeRole).toInt() == EntityModel::MentionNode ? index.data(EntityModel::AnnotationIdRole).toLongLong() : 0;
}

QWidget *MainWindow::createFactPanel()
{
    auto *panel = new QWidget(m_sideTabs);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *kind = new QComboBox(panel);
    kind->setObjectName(QStringLiteral("factKindFilter"));
    kind->setAccessibleName(tr("Fact kind filter"));
    kind->addItem(tr("All kinds"), QString());
    for (const QString &name : factKinds())
        kind->addItem(name, name);

    m_factModel = new FactModel(&m_store, this);
    m_factModel->setEditing(&m_undoStack, &m_edits);
    m_factFilter = new QSortFilterProxyModel(this);
    m_factFilter->setSourceModel(m_factModel);
    m_factFilter->setFilterKeyColumn(FactModel::KindColumn);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        const QString value = kind->currentData().toString();
        m_factFilter->setFilterRegularExpression(value.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(value)));
    });

    m_factView = new QTableView(panel);
    m_factView->setObjectName(QStringLiteral("factView"));
    m_factView->setAccessibleName(tr("Facts in the article"));
    m_factView->setModel(m_factFilter);
    m_factView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_factView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_factView->verticalHeader()->hide();
    m_factView->horizontalHeader()->setStretchLastSection(true);
    m_factView->setShowGrid(false);
    m_factView->setAlternatingRowColors(true);
    m_factView->setSortingEnabled(true);
    m_factView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    new EmptyStateHint(m_factView, tr("No facts in this article yet.\nSelect the supporting text and choose Add."));
    connect(m_factView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const int start = index.data(FactModel::EvidenceStartRole).toInt();
        const int end = index.data(FactModel::EvidenceEndRole).toInt();
        if (start >= 0 && end > start) {
            m_documentView->setSelectedRange(start, end);
            m_documentView->ensureCursorVisible();
        }
        m_inspector->showFact(index.data(FactModel::FactIdRole).toLongLong());
    });

    auto *add = new QToolButton(panel);
    add->setText(tr("Add…"));
    add->setToolTip(tr("Add a fact, with the selected text as its evidence"));
    auto *edit = new QToolButton(panel);
    edit->setText(tr("Edit…"));
    auto *remove = new QToolButton(panel);
    remove->setText(tr("Delete"));
    connect(add, &QToolButton::clicked, this, &MainWindow::addFact);
    connect(edit, &QToolButton::clicked, this, &MainWindow::editFact);
    connect(remove, &QToolButton::clicked, this, &MainWindow::deleteFact);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(kind, 1);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    layout->addWidget(m_factView, 1);
    layout->addLayout(buttons);
    panel->setFocusProxy(m_factView);
    return panel;
}

void MainWindow::addFact()
{
    if (m_currentArticleId == 0)
        return;
    const auto [start, end] = m_documentView->selectedRange(false);
    Fact fact;
    fact.articleId = m_currentArticleId;
    fact.kind = QStringLiteral("other");
    fact.origin = Origin::Manual;
    fact.status = AnnotationStatus::Accepted;
    QString evidence;
    if (end > start) {
        fact.evidence = {{start, end, {}, {}, {}, false}};
        evidence = m_documentView->article().text.mid(start, end - start);
    }
    FactDialog dialog(fact, evidence, this);
    if (dialog.exec() == QDialog::Accepted)
        push(m_edits.addFact(dialog.fact()));
}

void MainWindow::editFact()
{
    const QModelIndex index = m_factView->currentIndex();
    const auto fact = index.isValid() ? m_store.fact(index.data(FactModel::FactIdRole).toLongLong()) : std::nullopt;
    if (!fact)
        return;
    QStringList evidence;
    for (const Evidence &e : fact->evidence)
        evidence.append(e.quote);
    FactDialog dialog(*fact, evidence.join(QStringLiteral(" … ")), this);
    if (dialog.exec() == QDialog::Accepted)
        push(m_edits.editFact(dialog.fact()));
}

void MainWindow::deleteFact()
{
    const QModelIndex index = m_factView->currentIndex();
    if (index.isValid())
        push(m_edits.removeFact(index.data(FactModel::FactIdRole).toLongLong()));
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1280, available.width()), std::min(800, available.height()));
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

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaximumRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int number = 1;
    for (const QString &path : files) {
        const QString label = number <= 9 ? QStringLiteral("&%1  %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QStringList remaining = recentFiles();
                remaining.removeAll(path);
                QSettings().setValue(RecentFilesKey, remaining);
            }
            openFile(path);
        });
        ++number;
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { QSettings().remove(RecentFilesKey); });
}

void MainWindow::rebuildThemeMenu()
{
    m_themeMenu->clear();
    const QString current = m_themes->theme().name();
    for (const auto &theme : m_themes->themes()) {
        QAction *action = m_themeMenu->addAction(theme.translatedName());
        action->setObjectName(QStringLiteral("theme:") + theme.name());
        action->setData(theme.name());
        action->setCheckable(true);
        action->setChecked(theme.name() == current);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = theme.name()] { m_themes->setTheme(name); });
    }
}

void MainWindow::applyTheme()
{
    const auto &theme = m_themes->theme();
    m_documentView->setTheme(theme);
    m_sourceView->setTheme(theme);
    m_legend->setLabels(m_documentView->labelSet(), m_documentView->highlighter());
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == theme.name());
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    QFileDialog dialog(this, tr("Open Article"), settings.value(LastDirectoryKey, QDir::homePath()).toString());
    dialog.setObjectName(QStringLiteral("openDialog"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    QStringList filters = m_importers.fileDialogFilters();
    const QString feeds = QStringLiteral("*.rss *.atom *.xml");
    filters.first().replace(QLatin1Char(')'), QLatin1Char(' ') + feeds + QLatin1Char(')'));
    filters.insert(filters.size() - 1, tr("Feeds (%1)").arg(feeds));
    dialog.setNameFilters(filters);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(LastDirectoryKey, dialog.directory().absolutePath());
    for (const QString &path : dialog.selectedFiles())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    {
        const QString suffix = QFileInfo(path).suffix().toLower();
        QFile probe(absolute);
        if (suffix == QLatin1String("rss") || suffix == QLatin1String("atom")
            || ((suffix == QLatin1String("xml") || suffix.isEmpty()) && probe.open(QIODevice::ReadOnly) && FeedReader::looksLikeFeed(probe.read(2048))))
            return openFeed(absolute);
    }
    auto article = m_importers.readFile(absolute);
    if (!article) {
        QMessageBox::warning(this, tr("Cannot Open Article"), m_importers.errorString());
        statusBar()->showMessage(m_importers.errorString(), 8000);
        return false;
    }
    addRecentFile(absolute);

    if (auto existing = m_store.findArticle(article->contentHash(), article->uri)) {
        const auto stored = m_store.article(*existing);
        if (stored && stored->text == article->text) {
            selectArticle(*existing);
            statusBar()->showMessage(tr("“%1” is already in the library.").arg(stored->headline), 6000);
            return true;
        }
        QMessageBox question(QMessageBox::Question, tr("Article Changed"),
                             tr("The library has an earlier version of “%1”.").arg(article->headline),
                             QMessageBox::Cancel, this);
        question.setInformativeText(tr("Update it to this version? Annotations and evidence move with the text; "
                                       "those whose text is gone are kept and marked as orphaned."));
        QPushButton *update = question.addButton(tr("&Update"), QMessageBox::AcceptRole);
        QPushButton *add = question.addButton(tr("Add as &New Article"), QMessageBox::ActionRole);
        question.setDefaultButton(update);
        question.exec();
        if (question.clickedButton() == update) {
            const auto report = m_store.updateArticle(*existing, *article);
            if (!report) {
                QMessageBox::warning(this, tr("Cannot Update Article"), m_store.errorString());
                return false;
            }
            // Commands recorded against the old text would no longer fit it.
            m_undoStack.clear();
            showArticle(*existing);
            selectArticle(*existing);
            statusBar()->showMessage(tr("Updated: %1 span(s) kept their place, %2 moved, %3 orphaned.")
                                         .arg(report->exact).arg(report->approximate).arg(report->orphaned), 10000);
            return true;
        }
        if (question.clickedButton() != add)
            return false;
    }

    const auto id = addToLibrary(*article);
    if (!id)
        return false;
    selectArticle(*id);
    if (!m_importers.warnings().isEmpty())
        statusBar()->showMessage(m_importers.warnings().join(QLatin1Char(' ')), 10000);
    return true;
}

void MainWindow::importSources(const QStringList &inputs)
{
    auto *job = new ImportJob(inputs, this);
    job->setExtraction(extractOnOpen(), m_store.lexicon());
    auto *progress = new QProgressDialog(tr("Reading…"), tr("Cancel"), 0, std::max(1, job->total()), this);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowTitle(tr("Importing"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    struct Tally
    {
        int imported = 0;
        int known = 0;
        qint64 first = 0;
        QStringList failures;
        bool single = false; // one source asked for
        QList<AnnotatedArticle> pendingFeed;
        QString pendingInput;
        std::function<void(const QString &, const QList<AnnotatedArticle> &)> store;
    };
    auto tally = std::make_shared<Tally>();
    tally->single = job->total() == 1;
    connect(progress, &QProgressDialog::canceled, job, &ImportJob::cancel);
    connect(job, &ImportJob::progress, progress, [progress](int done, int total, const QString &current) {
        progress->setMaximum(std::max(1, total));
        progress->setValue(done);
        if (!current.isEmpty())
            progress->setLabelText(tr("%1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(current).fileName().isEmpty() ? current : QFileInfo(current).fileName()));
    });
    // Each article is its own transaction: a cancelled import leaves whole articles only.
    tally->store = [this, raw = tally.get()](const QString &input, const QList<AnnotatedArticle> &bundles) {
        for (AnnotatedArticle bundle : bundles) {
            if (auto existing = m_store.findArticle(bundle.article.contentHash(), bundle.article.uri)) {
                ++raw->known;
                raw->first = raw->first ? raw->first : *existing;
                continue;
            }
            if (const auto id = m_store.addArticle(bundle)) {
                ++raw->imported;
                raw->first = raw->first ? raw->first : *id;
            } else {
                raw->failures.append(QStringLiteral("%1: %2").arg(input, m_store.errorString()));
            }
        }
    };
    connect(job, &ImportJob::sourceRead, this, [this, tally](const QString &input, const SourceReader::Outcome &outcome,
                                                             const QList<AnnotatedArticle> &bundles) {
        if (!outcome.error.isEmpty()) {
            tally->failures.append(QStringLiteral("%1: %2").arg(QFileInfo(input).fileName().isEmpty() ? input : QFileInfo(input).fileName(), outcome.error));
            return;
        }
        // A feed opened by its web address: the reader picks the items once the reading is done.
        if (SourceReader::isWebAddress(input) && bundles.size() > 1 && tally->single) {
            tally->pendingFeed = bundles;
            tally->pendingInput = input;
            return;
        }
        tally->store(input, bundles);
        if (!SourceReader::isWebAddress(input))
            addRecentFile(QFileInfo(input).absoluteFilePath());
    });
    connect(job, &ImportJob::finished, this, [this, job, progress, tally](bool cancelled) {
        progress->close();
        progress->deleteLater();
        job->deleteLater();
        if (!tally->pendingFeed.isEmpty() && !cancelled) {
            Feed listing;
            listing.title = tally->pendingFeed.first().article.source;
            for (const AnnotatedArticle &bundle : std::as_const(tally->pendingFeed))
                listing.items.append({bundle.article.headline, bundle.article.uri, bundle.article.byline, {}, {}, bundle.article.published});
            FeedDialog dialog(listing, this);
            QList<AnnotatedArticle> chosen;
            if (dialog.exec() == QDialog::Accepted) {
                for (int row : dialog.selectedItems())
                    chosen.append(tally->pendingFeed.at(row));
            }
            tally->store(tally->pendingInput, chosen);
        }
        if (tally->first)
            selectArticle(tally->first);
        const QString summary = tr("Imported %1 article(s); %2 already in the library; %3 failed.")
                                    .arg(tally->imported).arg(tally->known).arg(tally->failures.size())
            + (cancelled ? QLatin1Char(' ') + tr("Cancelled: what was read is kept.") : QString());
        statusBar()->showMessage(summary, 15000);
        if (!tally->failures.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), summary, QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("importSummary"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setDetailedText(tally->failures.join(QLatin1Char('\n')));
            box->setInformativeText(tr("The details list each source that could not be read, and why."));
            box->show(); // not modal: the reader can read the articles while it is open
        }
        Q_EMIT importFinished(tally->imported, tally->known, tally->failures, cancelled);
    });
    job->start();
}

bool MainWindow::openFeed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > Importer::MaximumFileSize) {
        QMessageBox::warning(this, tr("Cannot Open Feed"), file.isOpen() ? tr("“%1” is too large.").arg(path) : file.errorString());
        return false;
    }
    FeedReader reader;
    const auto feed = reader.read(file.readAll());
    if (!feed || feed->items.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Open Feed"), feed ? tr("The feed has no items.") : reader.errorString());
        return false;
    }
    FeedDialog dialog(*feed, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    addRecentFile(path);
    int imported = 0;
    int known = 0;
    QStringList failures;
    qint64 first = 0;
    for (int row : dialog.selectedItems()) {
        QString error;
        auto article = FeedReader::articleFor(feed->items.at(row), *feed, &error);
        if (!article) {
            failures.append(error);
            continue;
        }
        if (auto existing = m_store.findArticle(article->contentHash(), article->uri)) {
            ++known;
            first = first ? first : *existing;
            continue;
        }
        AnnotatedArticle bundle = extractOnOpen() ? *Extractor::extract(*article, m_store.lexicon()) : AnnotatedArticle{*article, {}, {}, {}};
        if (const auto id = m_store.addArticle(bundle)) {
            ++imported;
            first = first ? first : *id;
        } else {
            failures.append(m_store.errorString()); // listed together after the loop, not one box each
        }
    }
    if (first)
        selectArticle(first);
    statusBar()->showMessage(tr("Imported %1 item(s) of “%2”; %3 already in the library.").arg(imported).arg(feed->title).arg(known), 10000);
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Some Items Were Not Imported"), failures.join(QLatin1Char('\n')));
    return imported + known > 0;
}

bool MainWindow::addTextArticle(const QString &text, const QString &source)
{
    PlainTextImporter importer;
    auto article = importer.read(text.toUtf8(), QString());
    if (!article) {
        QMessageBox::warning(this, tr("Cannot Add Article"), tr("The text cannot be an article: %1").arg(importer.errorString()));
        return false;
    }
    article->source = source;
    article->created = QDateTime::currentDateTimeUtc();
    if (auto existing = m_store.findArticle(article->contentHash())) {
        selectArticle(*existing);
        statusBar()->showMessage(tr("This text is already in the library."), 6000);
        return true;
    }
    const auto id = addToLibrary(*article);
    if (!id)
        return false;
    selectArticle(*id);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    bool usable = false;
    for (const QUrl &url : mime->urls())
        usable = usable || url.isLocalFile() || url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (usable || (!mime->hasUrls() && mime->hasText()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        QStringList batch; // folders and web addresses go through the import with progress
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile() && !QFileInfo(url.toLocalFile()).isDir())
                openFile(url.toLocalFile());
            else if (url.isLocalFile())
                batch.append(url.toLocalFile());
            else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                batch.append(url.toString());
        }
        if (!batch.isEmpty())
            importSources(batch);
    } else if (mime->hasText()) {
        addTextArticle(mime->text(), tr("Dropped text"));
    }
    event->acceptProposedAction();
}

bool MainWindow::openLibrary(const QString &path)
{
    const QString previous = m_store.path();
    if (!m_store.open(path)) {
        const QString message = m_store.errorString();
        // Stay with the library that was open.
        if (!previous.isEmpty() && previous != path && m_store.open(previous))
            showArticle(0);
        statusBar()->showMessage(message, 10000);
        if (isVisible())
            QMessageBox::warning(this, tr("Cannot Open Library"), message);
        else
            qWarning("%s", qPrintable(message));
        return false;
    }
    m_undoStack.clear();
    QSettings().setValue(LibraryKey, path);
    showArticle(0);
    if (!m_store.backupPath().isEmpty())
        statusBar()->showMessage(tr("The library was upgraded; the old version is kept as %1.")
                                     .arg(QDir::toNativeSeparators(m_store.backupPath())), 10000);
    if (m_libraryModel->canFetchMore({}))
        m_libraryModel->fetchMore({});
    return true;
}

void MainWindow::showNewLibraryDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Library"),
        QFileInfo(m_store.path()).absolutePath(), tr("Gazette libraries (*.gazette)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QStringLiteral(".gazette")) ? path : path + QStringLiteral(".gazette");
    if (QFileInfo::exists(file)) {
        QMessageBox::warning(this, tr("New Library"), tr("“%1” already exists. Use File › Open Library to open it.").arg(file));
        return;
    }
    openLibrary(file);
}

void MainWindow::showOpenLibraryDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Library"),
        QFileInfo(m_store.path()).absolutePath(), tr("Gazette libraries (*.gazette);;All files (*)"));
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::removeCurrentArticle()
{
    if (m_currentArticleId == 0)
        return;
    const auto article = m_store.article(m_currentArticleId);
    if (!article)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove Article"),
        tr("Remove “%1” and all its annotations and facts from the library? This cannot be undone.").arg(article->headline),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_undoStack.clear();
    if (!m_store.removeArticle(m_currentArticleId))
        QMessageBox::warning(this, tr("Cannot Remove Article"), m_store.errorString());
}

void MainWindow::selectArticle(qint64 articleId)
{
    while (m_libraryModel->rowOf(articleId) < 0 && m_libraryModel->canFetchMore({}))
        m_libraryModel->fetchMore({});
    const int row = m_libraryModel->rowOf(articleId);
    if (row >= 0)
        m_libraryList->setCurrentIndex(m_libraryFilter->mapFromSource(m_libraryModel->index(row, 0)));
    if (m_currentArticleId != articleId)
        showArticle(articleId);
}

void MainWindow::articleSelected(const QModelIndex &index)
{
    const qint64 id = index.isValid() ? index.data(LibraryModel::ArticleIdRole).toLongLong() : 0;
    if (id != m_currentArticleId)
        showArticle(id);
}

void MainWindow::showArticle(qint64 articleId)
{
    const auto article = articleId ? m_store.article(articleId) : std::nullopt;
    m_currentArticleId = article ? articleId : 0;
    if (article) {
        m_documentView->setArticle(*article);
        m_documentView->setAnnotations(m_store.annotations(articleId));
        m_sourceView->setSource(article->markup, article->markupType, QUrl(article->uri).fileName());
        setWindowTitle(tr("%1 — Gazette").arg(article->headline));
    } else {
        m_documentView->clearArticle();
        m_sourceView->setSource(QString(), QString(), QString());
    }
    m_inspector->clear();
    m_entityModel->setArticle(m_currentArticleId);
    m_factModel->setArticle(m_currentArticleId);
    m_entityView->expandToDepth(0);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QString library = QFileInfo(m_store.path()).fileName();
    if (m_documentView->hasArticle()) {
        const int words = wordCount(m_documentView->article().text);
        QString text = tr("Words: %1").arg(words);
        if (const auto summary = m_store.articleSummary(m_currentArticleId)) {
            const int reviewed = summary->annotationCount - summary->pendingCount;
            text += QStringLiteral("  ·  ") + tr("%1/%2 suggestions reviewed").arg(reviewed).arg(summary->annotationCount)
                + QStringLiteral("  ·  ") + reviewStatusName(summary->reviewStatus);
        }
        m_articleStatus->setText(text + QStringLiteral("  ·  ") + tr("Library %1").arg(library));
    } else {
        m_articleStatus->setText(tr("No article open  ·  Library %1 (articles: %2)").arg(library).arg(m_store.articleCount()));
        setWindowTitle(QStringLiteral("Gazette"));
    }
    m_zoomStatus->setText(tr("Zoom %1%").arg(m_documentView->zoomPercent()));
    m_removeArticleAction->setEnabled(m_currentArticleId != 0);
    m_exportAction->setEnabled(m_store.articleCount() > 0);
}

void MainWindow::applyLabelSet(const LabelSet &labels)
{
    m_documentView->setLabelSet(labels);
    m_entityModel->setLabelSet(labels);
    m_legend->setLabels(labels, m_documentView->highlighter());
    const QString current = m_libraryLabelFilter->currentData().toString();
    const QSignalBlocker blocker(m_libraryLabelFilter);
    m_libraryLabelFilter->clear();
    m_libraryLabelFilter->addItem(tr("Any label"), QString());
    for (const Label &entry : labels.labels())
        m_libraryLabelFilter->addItem(entry.name, entry.name);
    m_libraryLabelFilter->setCurrentIndex(std::max(0, m_libraryLabelFilter->findData(current)));
}

void MainWindow::showExportDialog()
{
    QList<qint64> selected;
    for (const QModelIndex &index : m_libraryList->selectionModel()->selectedIndexes())
        selected.append(index.data(LibraryModel::ArticleIdRole).toLongLong());
    ExportDialog dialog(&m_store, &m_themes->repository(), m_themes->theme(), m_currentArticleId, selected, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported."), 5000);
}

std::optional<qint64> MainWindow::addToLibrary(const Article &article)
{
    AnnotatedArticle bundle{article, {}, {}, {}};
    if (extractOnOpen()) {
        // The extractor works on a pool thread; the window stays live and a long article can be
        // added without suggestions by cancelling.
        const QFuture<AnnotatedArticle> future = extractInBackground(article, m_store.lexicon());
        QFutureWatcher<AnnotatedArticle> watcher;
        QEventLoop loop;
        QProgressDialog progress(tr("Finding names, dates, amounts and quotes…"), tr("Add Without Suggestions"), 0, 0, this);
        progress.setWindowTitle(tr("Extracting"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
        progress.reset();
        if (future.isFinished() && future.resultCount() > 0) {
            bundle = future.result();
        } else {
            QFuture<AnnotatedArticle>(future).cancel();
            statusBar()->showMessage(tr("Extraction cancelled: the article was added without suggestions."), 10000);
        }
    }
    const auto id = m_store.addArticle(bundle);
    if (!id)
        QMessageBox::warning(this, tr("Cannot Save Article"), m_store.errorString());
    return id;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_edits.author(), m_documentView->labelSet(), extractOnOpen(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_edits.setAuthor(dialog.author());
    QSettings settings;
    settings.setValue(AuthorKey, dialog.author());
    settings.setValue(ExtractOnOpenKey, dialog.extractOnOpen());
    const LabelSet labels = dialog.labels();
    settings.setValue(LabelSetKey, labels.toJson());
    applyLabelSet(labels);
}

bool MainWindow::push(Edits::Command command)
{
    if (!command) {
        statusBar()->showMessage(m_edits.errorString(), 6000);
        return false;
    }
    const QString text = command->text();
    m_undoStack.push(command.release());
    statusBar()->showMessage(text, 4000);
    return true;
}

void MainWindow::connectDocumentView()
{
    DocumentView *view = m_documentView;
    view->setEntityNameResolver([this](qint64 id) {
        const auto entity = m_store.entity(id);
        return entity ? entity->name : QString();
    });
    connect(&m_store, &AnnotationStore::annotationAdded, view, &DocumentView::addAnnotation);
    connect(&m_store, &AnnotationStore::annotationChanged, view, &DocumentView::changeAnnotation);
    connect(&m_store, &AnnotationStore::annotationRemoved, view, &DocumentView::removeAnnotation);
    auto refreshStatus = [this] { updateStatus(); };
    connect(&m_store, &AnnotationStore::annotationAdded, this, refreshStatus);
    connect(&m_store, &AnnotationStore::annotationChanged, this, refreshStatus);
    connect(&m_store, &AnnotationStore::annotationRemoved, this, refreshStatus);

    connect(view, &DocumentView::labelRequested, this, [this](int start, int end, const QString &label) {
        push(m_edits.addAnnotation(m_currentArticleId, start, end, label));
    });
    connect(view, &DocumentView::labelAllRequested, this, [this](const QString &text, const QString &label) {
        push(m_edits.labelAllOccurrences(m_currentArticleId, text, label));
    });
    connect(view, &DocumentView::acceptRequested, this, [this](qint64 id) {
        if (push(m_edits.accept(id)))
            m_documentView->selectNextSuggestion(true);
    });
    connect(view, &DocumentView::rejectRequested, this, [this](qint64 id) {
        if (push(m_edits.reject(id)))
            m_documentView->selectNextSuggestion(true);
    });
    connect(view, &DocumentView::removeRequested, this, [this](qint64 id) { push(m_edits.removeAnnotation(id)); });
    connect(view, &DocumentView::relabelRequested, this, [this](qint64 id, const QString &label) { push(m_edits.relabel(id, label)); });
    connect(view, &DocumentView::resizeRequested, this, [this](qint64 id, int start, int end) { push(m_edits.resize(id, start, end)); });
    connect(view, &DocumentView::acceptEntityRequested, this, [this](qint64 entity) {
        push(m_edits.acceptAllOfEntity(m_currentArticleId, entity));
    });
    connect(m_legend, &LabelLegend::labelClicked, this, [this](const QString &label) {
        const auto [start, end] = m_documentView->selectedRange(true);
        if (end > start)
            push(m_edits.addAnnotation(m_currentArticleId, start, end, label));
        else
            statusBar()->showMessage(tr("Select some text first, then choose its label."), 4000);
        m_documentView->setFocus();
    });
    // The pane and the Entities panel show the same selection.
    connect(view, &DocumentView::annotationSelected, this, [this](qint64 id) {
        if (id)
            m_inspector->showAnnotation(id);
        const QModelIndex index = m_entityFilter->mapFromSource(m_entityModel->indexOfAnnotation(id));
        if (index.isValid()) {
            m_entityView->scrollTo(index);
            m_entityView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    });
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Gazette"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/gazette.svg")).pixmap(64, 64));
    box.setText(tr("<h3>Gazette %1</h3>"
                   "<p>A workbench that turns news articles into structured, verified knowledge: "
                   "people, organisations, places, dates, amounts, quotes and facts, "
                   "highlighted, corrected and exported.</p>")
                    .arg(QStringLiteral(GAZETTE_VERSION)));
    box.setInformativeText(tr("Built with Qt %1 (running on %2) and KSyntaxHighlighting %3.<br>"
                              "Licensed under the GNU General Public License, version 3 or later.")
                               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                    QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

void MainWindow::saveScreenshotAndQuit(const QString &path)
{
    // Give the window time to be mapped, laid out and painted before grabbing it.
    QTimer::singleShot(1500, this, [this, path] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        // The whole screen when a dialog is in front, so the message shows in the picture.
        QWidget *modal = QApplication::activeModalWidget();
        const QPixmap picture = modal && screen() ? screen()->grabWindow(0) : grab();
        const bool saved = picture.save(path, "PNG");
        if (!saved)
            qWarning("Could not save the screenshot to %s", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace Gazette
