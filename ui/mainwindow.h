// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/article.h"
#include "formats/importerregistry.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Gazette {

class DocumentView;
class ThemeController;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ThemeController *themes, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an article file; shows a message and returns false when it cannot be read.
    bool openFile(const QString &path);

    // Saves a PNG of the window once it has been shown and laid out, then quits.
    void saveScreenshotAndQuit(const QString &path);

    DocumentView *documentView() const { return m_documentView; }
    QStringList recentFiles() const;

    static constexpr int MaximumRecentFiles = 10;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void readSettings();
    void writeSettings() const;

    void showOpenDialog();
    void showArticle(int libraryRow);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void rebuildThemeMenu();
    void applyTheme();
    void updateStatus();
    void showAbout();

    ThemeController *m_themes;
    ImporterRegistry m_importers;
    QList<Article> m_articles;

    DocumentView *m_documentView = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QListWidget *m_libraryList = nullptr;
    QDockWidget *m_sideDock = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QTreeView *m_entityView = nullptr;
    QTableView *m_factView = nullptr;
    QStandardItemModel *m_entityModel = nullptr;
    QStandardItemModel *m_factModel = nullptr;
    QLabel *m_articleStatus = nullptr;
    QLabel *m_zoomStatus = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_closeArticleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewPanelsSeparator = nullptr;
    QMenu *m_themeMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
};

} // namespace Gazette
