// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edits.h"
#include "document/article.h"
#include "formats/importerregistry.h"
#include "schema/labelset.h"
#include "library/librarysession.h"

#include <QMainWindow>
#include <QUndoStack>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QTimer;
class QMenu;
class QTabWidget;

namespace Gazette {

class AgreementDialog;
class AnnotationEditor;
class CurationPanel;
class LayerCombo;
class TeamPanel;
class AnnotationStore;
class ArticleStatus;
class DocumentView;
class EntityPanel;
class FeedController;
class FactPanel;
class QuotesDock;
class CorpusDock;
class SmartFolderController;
class Inspector;
class IntakeController;
class LabelLegend;
class LibraryDock;
class LibraryModel;
class SourceView;
class ReviewStatusActions;
class ThemeController;
class UndoNavigator;

// The main window: menus, toolbar, docks and status bar around the reading pane, wired to one
// LibrarySession. What happens to the library lives in the session (and the intake); what a
// pane shows lives in its own class.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ThemeController *themes, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports an article file into the library and shows it; shows a message and returns
    // false when it cannot be read. A file the library already has is shown, not duplicated;
    // a changed version of it can replace the old one, its annotations re-anchored. With
    // extraction on, the article arrives once the extractor is done (isBusy() until then).
    bool openFile(const QString &path);
    // Imports files, folders, feeds and web addresses in the background, with a progress
    // dialog (count, current source, Cancel); importFinished() reports the outcome.
    void importSources(const QStringList &inputs);
    // What the command line names (here or in a later launch): files open one by one, folders
    // and web addresses are imported in the background.
    void openSources(const QStringList &sources);
    // Shows the window in front of the others (a later launch handed it files).
    void bringToFront();
    // Reads an RSS or Atom file and imports the items the reader picks.
    bool openFeed(const QString &path);
    // Adds text (pasted, dropped) as a new article of the library; false with a message on failure.
    bool addTextArticle(const QString &text, const QString &source);
    // An import or extraction is running.
    bool isBusy() const;

    // Switches to the library file at path (created when new); false with a message on failure.
    bool openLibrary(const QString &path);
    // Switches to a library on a PostgreSQL server (postgresql:// URI), asking for the password
    // when the server wants one and libpq has none; remembered among the recent servers.
    bool openTeamLibrary(const QString &uri);
    // Shows the article with this id from the library.
    void showArticle(qint64 articleId);
    qint64 currentArticleId() const { return m_currentArticleId; }

    LibrarySession *session() { return m_session; }
    AnnotationStore *store();
    QUndoStack *undoStack();
    Edits *edits();
    LibraryModel *libraryModel() const;

    // Saves a PNG of the window once it has been shown and laid out, then quits.
    void saveScreenshotAndQuit(const QString &path);

    DocumentView *documentView() const { return m_documentView; }
    LayerCombo *layerCombo() const { return m_layerCombo; }
    CurationPanel *curationPanel() const { return m_curationPanel; }
    TeamPanel *teamPanel() const { return m_teamPanel; }
    // Tools > Agreement: the dialog for the article being read (or the whole library).
    AgreementDialog *showAgreement();
    // Every action whose key the reader can change: the correcting keys of the reading pane
    // and the window's own named actions.
    QList<QAction *> configurableActions() const;
    QStringList recentFiles() const;

Q_SIGNALS:
    void importFinished(int imported, int known, const QStringList &failures, bool cancelled);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createCentralWidget();
    void createActions();
    void createFileActions();
    void createViewActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createFeeds();
    void createPaneCycling();
    void createStatusBar();
    void connectSession();
    void connectDocumentView();
    void connectPanels();
    // Defined in mainwindowteam.cpp: what several annotators need.
    void createTeamParts();
    void setTeamArticle(qint64 articleId);
    // The layer combo lists the annotators of the article being read.
    void updateLayers();
    void readSettings();
    void writeSettings() const;

    void removeCurrentArticle();
    void selectArticle(qint64 articleId);
    void applyTheme();
    void updateStatus();
    void showSettings();
    void showExportDialog();
    void showShortcuts();
    void showHelp(int page);
    QList<QAction *> windowActions() const;
    void applyLabelSet(const LabelSet &labels);
    void applyChartStyle();
    // Pushes an edit onto the undo stack, or says in the status bar why it cannot be done.
    bool push(Edits::Command command);

    ThemeController *m_themes;
    ImporterRegistry m_importers;
    LibrarySession *m_session;
    IntakeController *m_intake;
    UndoNavigator *m_undoNavigator = nullptr;
    ReviewStatusActions *m_reviewStatus = nullptr;
    AnnotationEditor *m_editor = nullptr;
    qint64 m_currentArticleId = 0;

    DocumentView *m_documentView = nullptr;
    LabelLegend *m_legend = nullptr;
    QTabWidget *m_centralTabs = nullptr;
    SourceView *m_sourceView = nullptr;
    Inspector *m_inspector = nullptr;
    LibraryDock *m_libraryDock = nullptr;
    FeedController *m_feeds = nullptr;
    QMenu *m_fileMenu = nullptr;
    QDockWidget *m_sideDock = nullptr;
    QuotesDock *m_quotesDock = nullptr;
    CorpusDock *m_corpusDock = nullptr;
    SmartFolderController *m_smartFolders = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    FactPanel *m_factPanel = nullptr;
    ArticleStatus *m_articleStatus = nullptr;
    QLabel *m_zoomStatus = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_openUrlAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_pasteArticleAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_newLibraryAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_connectTeamAction = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QAction *m_removeArticleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_handbookAction = nullptr;
    QAction *m_shortcutSheetAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    TeamPanel *m_teamPanel = nullptr;
    CurationPanel *m_curationPanel = nullptr;
    LayerCombo *m_layerCombo = nullptr;
    QLabel *m_presenceStatus = nullptr;
    QAction *m_agreementAction = nullptr;
    QAction *m_curationAction = nullptr;
};

} // namespace Gazette
