// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the main window for several annotators: the team panel in the library dock
// (assignments, progress, presence), the layer combo on the toolbar, the curation tab of the
// side panel, Tools > Agreement, and who else is working on the article in the status bar.
#include "mainwindow.h"

#include "agreementdialog.h"
#include "curationpanel.h"
#include "documentview.h"
#include "layercombo.h"
#include "librarydock.h"
#include "store/teamstore.h"
#include "teampanel.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace Gazette {

void MainWindow::createTeamParts()
{
    m_teamPanel = new TeamPanel(m_session->store(), m_libraryDock);
    m_libraryDock->setFooter(m_teamPanel);
    connect(m_teamPanel, &TeamPanel::libraryLinesChanged, m_libraryDock, &LibraryDock::setTeamLines);

    m_curationPanel = new CurationPanel(m_session, m_sideTabs);
    m_sideTabs->addTab(m_curationPanel, tr("&Curation"));

    m_layerCombo = new LayerCombo(this);
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        toolBar->addSeparator();
        auto *label = new QLabel(tr("Layer:"), toolBar);
        label->setBuddy(m_layerCombo);
        label->setContentsMargins(4, 0, 4, 0);
        toolBar->addWidget(label);
        toolBar->addWidget(m_layerCombo);
    }

    m_agreementAction = new QAction(tr("&Agreement…"), this);
    m_agreementAction->setObjectName(QStringLiteral("agreementAction"));
    m_curationAction = new QAction(tr("&Curation"), this);
    m_curationAction->setObjectName(QStringLiteral("curationAction"));
    auto *tools = new QMenu(tr("&Tools"), this);
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(m_agreementAction);
    tools->addAction(m_curationAction);
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), tools); // before Help

    m_presenceStatus = new QLabel(this);
    m_presenceStatus->setObjectName(QStringLiteral("presenceStatus"));
    m_presenceStatus->hide();
    statusBar()->addPermanentWidget(m_presenceStatus);

    connect(m_layerCombo, &LayerCombo::layerChanged, m_documentView, &DocumentView::setLayer);
    connect(m_agreementAction, &QAction::triggered, this, [this] { showAgreement(); });
    connect(m_curationAction, &QAction::triggered, this, [this] {
        m_sideDock->show();
        m_sideTabs->setCurrentWidget(m_curationPanel);
        m_curationPanel->setFocus();
    });
    const auto say = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_teamPanel, &TeamPanel::message, this, say);
    connect(m_curationPanel, &CurationPanel::message, this, say);
    connect(m_teamPanel, &TeamPanel::presenceChanged, this, [this](const QString &text) {
        m_presenceStatus->setText(text);
        m_presenceStatus->setVisible(!text.isEmpty());
    });
    connect(m_curationPanel, &CurationPanel::stretchSelected, this, [this](int start, int end) {
        m_documentView->setSelectedRange(start, end);
        m_documentView->ensureCursorVisible();
    });
    connect(m_session->store(), &AnnotationStore::libraryOpened, this,
            [this] { m_curationPanel->setCurator(m_teamPanel->team()->isCurator()); });
    connect(m_session->store(), &AnnotationStore::changed, this, [this](const StoreChange &change) {
        if (m_currentArticleId && change.touchedArticles().contains(m_currentArticleId))
            updateLayers();
    });
}

void MainWindow::setTeamArticle(qint64 articleId)
{
    m_teamPanel->setArticle(articleId);
    m_curationPanel->setArticle(articleId);
    updateLayers();
}

void MainWindow::updateLayers()
{
    const QList<Annotation> annotations = m_currentArticleId ? m_session->store()->annotations(m_currentArticleId) : QList<Annotation>();
    m_layerCombo->setAnnotators(Layers::annotators(annotations));
    m_documentView->setLayer(m_layerCombo->layer());
}

AgreementDialog *MainWindow::showAgreement()
{
    auto *dialog = new AgreementDialog(m_session->store(), m_currentArticleId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace Gazette
