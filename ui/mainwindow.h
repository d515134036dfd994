// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edits.h"
#include "document/article.h"
#include "formats/importerregistry.h"
#include "schema/labelset.h"
#include "store/annotationstore.h"

#include <QMainWindow>
#include <QUndoStack>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QComboBox;
class QLineEdit;
class QListView;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Gazette {

class DocumentView;
class EntityModel;
class Inspector;
class LabelLegend;
class LibraryFilterModel;
class SourceView;
class FactModel;
class LibraryModel;
class ThemeController;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ThemeController *themes, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports an article file into the library and shows it; shows a message and returns
    // false when it cannot be read. A file the library already has is shown, not duplicated;
    // a changed version of it can replace the old one, its annotations re-anchored.
    bool openFile(const QString &path);

    // Imports files, folders, feeds and web addresses in a worker thread, with a progress
    // dialog (count, current source, Cancel); importFinished() reports the outcome.
    void importSources(const QStringList &inputs);

    // Reads an RSS or Atom file and imports the items the reader picks.
    bool openFeed(const QString &path);

    // Adds text (pasted, dropped) as a new article of the library; false with a message on failure.
    bool addTextArticle(const QString &text, const QString &source);

    // Switches to the library file at path (created when new); false with a message on failure.
    bool openLibrary(const QString &path);
    // Shows the article with this id from the library.
    void showArticle(qint64 articleId);
    qint64 currentArticleId() const { return m_currentArticleId; }

    AnnotationStore *store() { return &m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }
    Edits *edits() { return &m_edits; }
    LibraryModel *libraryModel() const { return m_libraryModel; }

    // Saves a PNG of the window once it has been shown and laid out, then quits.
    void saveScreenshotAndQuit(const QString &path);

    DocumentView *documentView() const { return m_documentView; }
    QStringList recentFiles() const;

    static constexpr int MaximumRecentFiles = 10;

Q_SIGNALS:
    void importFinished(int imported, int known, const QStringList &failures, bool cancelled);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void readSettings();
    void writeSettings() const;

    void showOpenDialog();
    void showNewLibraryDialog();
    void showOpenLibraryDialog();
    void removeCurrentArticle();
    void articleSelected(const QModelIndex &index);
    void selectArticle(qint64 articleId);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void rebuildThemeMenu();
    void applyTheme();
    void updateStatus();
    void showAbout();
    void connectDocumentView();
    QWidget *createEntityPanel();
    QWidget *createFactPanel();
    QWidget *createLibraryPanel();
    qint64 currentEntityId() const;
    qint64 currentMentionId() const;
    // Adds an article to the library, with suggestions when extraction on open is on; shows a
    // message and returns nullopt when it cannot be saved.
    std::optional<qint64> addToLibrary(const Article &article);
    void showSettings();
    void showExportDialog();
    void applyLabelSet(const LabelSet &labels);
    void addFact();
    void editFact();
    void deleteFact();
    // Pushes an edit onto the undo stack, or says in the status bar why it cannot be done.
    bool push(Edits::Command command);

    ThemeController *m_themes;
    ImporterRegistry m_importers;
    AnnotationStore m_store;
    QUndoStack m_undoStack;
    Edits m_edits;
    qint64 m_currentArticleId = 0;

    DocumentView *m_documentView = nullptr;
    LabelLegend *m_legend = nullptr;
    QTabWidget *m_centralTabs = nullptr;
    SourceView *m_sourceView = nullptr;
    Inspector *m_inspector = nullptr;
    LibraryFilterModel *m_libraryFilter = nullptr;
    QSortFilterProxyModel *m_entityFilter = nullptr;
    QSortFilterProxyModel *m_factFilter = nullptr;
    QLineEdit *m_librarySearch = nullptr;
    QComboBox *m_libraryLabelFilter = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_pasteArticleAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_openUrlAction = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QListView *m_libraryList = nullptr;
    LibraryModel *m_libraryModel = nullptr;
    QDockWidget *m_sideDock = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QTreeView *m_entityView = nullptr;
    QTableView *m_factView = nullptr;
    EntityModel *m_entityModel = nullptr;
    FactModel *m_factModel = nullptr;
    QLabel *m_articleStatus = nullptr;
    QLabel *m_zoomStatus = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_newLibraryAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_removeArticleAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
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
