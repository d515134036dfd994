// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "documentview.h"
#include "emptystatehint.h"
#include "themecontroller.h"

#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>

namespace Gazette {

namespace {
const auto GeometryKey = QStringLiteral("window/geometry");
const auto StateKey = QStringLiteral("window/state");
const auto RecentFilesKey = QStringLiteral("files/recent");
const auto LastDirectoryKey = QStringLiteral("files/lastDirectory");
const auto ZoomKey = QStringLiteral("view/zoom");
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
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Gazette"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gazette.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_documentView = new DocumentView(this);
    setCentralWidget(m_documentView);

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

    readSettings();
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

    m_closeArticleAction = new QAction(tr("&Close Article"), this);
    m_closeArticleAction->setShortcut(QKeySequence::Close);
    connect(m_closeArticleAction, &QAction::triggered, this, [this] {
        const int row = m_libraryList->currentRow();
        if (row < 0)
            return;
        m_articles.removeAt(row);
        delete m_libraryList->takeItem(row);
        if (m_articles.isEmpty())
            m_documentView->clearArticle();
        updateStatus();
    });

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
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_closeArticleAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    edit->addAction(m_selectAllAction);

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
    toolBar->addSeparator();
    toolBar->addAction(m_zoomOutAction);
    toolBar->addAction(m_zoomInAction);
    m_viewMenu = view;
}

void MainWindow::createDocks()
{
    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryList = new QListWidget(m_libraryDock);
    m_libraryList->setObjectName(QStringLiteral("libraryList"));
    m_libraryList->setAccessibleName(tr("Articles in the library"));
    m_libraryList->setWordWrap(true);
    m_libraryList->setTextElideMode(Qt::ElideRight);
    m_libraryList->setSpacing(2);
    new EmptyStateHint(m_libraryList, tr("No articles yet.\nOpen one with File › Open (Ctrl+O)."));
    m_libraryDock->setWidget(m_libraryList);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    connect(m_libraryList, &QListWidget::currentRowChanged, this, &MainWindow::showArticle);

    m_sideDock = new QDockWidget(tr("Analysis"), this);
    m_sideDock->setObjectName(QStringLiteral("sideDock"));
    m_sideTabs = new QTabWidget(m_sideDock);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);

    m_entityModel = new QStandardItemModel(0, 3, this);
    m_entityModel->setHorizontalHeaderLabels({tr("Entity"), tr("Label"), tr("Mentions")});
    m_entityView = new QTreeView(m_sideTabs);
    m_entityView->setObjectName(QStringLiteral("entityView"));
    m_entityView->setAccessibleName(tr("Entities in the article"));
    m_entityView->setModel(m_entityModel);
    m_entityView->setRootIsDecorated(true);
    m_entityView->setUniformRowHeights(true);
    m_entityView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_entityView->header()->setStretchLastSection(false);
    new EmptyStateHint(m_entityView, tr("No entities found in this article yet."));
    m_sideTabs->addTab(m_entityView, tr("Entities"));

    m_factModel = new QStandardItemModel(0, 7, this);
    m_factModel->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Subject"), tr("Predicate"), tr("Object or value"), tr("Time"), tr("Status"), tr("Confidence")});
    m_factView = new QTableView(m_sideTabs);
    m_factView->setObjectName(QStringLiteral("factView"));
    m_factView->setAccessibleName(tr("Facts in the article"));
    m_factView->setModel(m_factModel);
    m_factView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_factView->verticalHeader()->hide();
    m_factView->horizontalHeader()->setStretchLastSection(true);
    m_factView->setShowGrid(false);
    m_factView->setAlternatingRowColors(true);
    new EmptyStateHint(m_factView, tr("No facts found in this article yet."));
    m_sideTabs->addTab(m_factView, tr("Facts"));

    m_sideDock->setWidget(m_sideTabs);
    addDockWidget(Qt::RightDockWidgetArea, m_sideDock);
    resizeDocks({m_libraryDock, m_sideDock}, {260, 340}, Qt::Horizontal);

    QAction *toggleLibrary = m_libraryDock->toggleViewAction();
    toggleLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *toggleSide = m_sideDock->toggleViewAction();
    toggleSide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_viewMenu->addAction(toggleLibrary);
    m_viewMenu->addAction(toggleSide);
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
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == theme.name());
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    QFileDialog dialog(this, tr("Open Article"), settings.value(LastDirectoryKey, QDir::homePath()).toString());
    dialog.setObjectName(QStringLiteral("openDialog"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setNameFilters(m_importers.fileDialogFilters());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(LastDirectoryKey, dialog.directory().absolutePath());
    for (const QString &path : dialog.selectedFiles())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto article = m_importers.readFile(absolute);
    if (!article) {
        QMessageBox::warning(this, tr("Cannot Open Article"), m_importers.errorString());
        statusBar()->showMessage(m_importers.errorString(), 8000);
        return false;
    }
    addRecentFile(absolute);

    // The same file opened again replaces its earlier copy instead of appearing twice.
    int row = -1;
    for (int i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i).uri == article->uri)
            row = i;
    }
    if (row >= 0) {
        m_articles[row] = *article;
    } else {
        m_articles.append(*article);
        row = int(m_articles.size() - 1);
        m_libraryList->addItem(QString());
    }
    QListWidgetItem *item = m_libraryList->item(row);
    item->setText(article->headline + QLatin1Char('\n') + article->source);
    item->setToolTip(QUrl(article->uri).toDisplayString(QUrl::PreferLocalFile));
    if (m_libraryList->currentRow() == row)
        showArticle(row);
    else
        m_libraryList->setCurrentRow(row);

    if (!m_importers.warnings().isEmpty())
        statusBar()->showMessage(m_importers.warnings().join(QLatin1Char(' ')), 10000);
    return true;
}

void MainWindow::showArticle(int libraryRow)
{
    if (libraryRow < 0 || libraryRow >= m_articles.size()) {
        m_documentView->clearArticle();
    } else {
        m_documentView->setArticle(m_articles.at(libraryRow));
        setWindowTitle(tr("%1 — Gazette").arg(m_articles.at(libraryRow).headline));
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (m_documentView->hasArticle()) {
        const Article &article = m_documentView->article();
        const int words = wordCount(article.text);
        m_articleStatus->setText(tr("%n word(s)", nullptr, words) + QStringLiteral("  ·  ")
                                 + tr("%n article(s) open", nullptr, int(m_articles.size())));
    } else {
        m_articleStatus->setText(tr("No article open"));
        setWindowTitle(QStringLiteral("Gazette"));
    }
    m_zoomStatus->setText(tr("Zoom %1%").arg(m_documentView->zoomPercent()));
    m_closeArticleAction->setEnabled(!m_articles.isEmpty());
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
        const bool saved = grab().save(path, "PNG");
        if (!saved)
            qWarning("Could not save the screenshot to %s", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace Gazette
