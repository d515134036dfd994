// SPDX-License-Identifier: GPL-3.0-or-later
#include "curationpanel.h"

#include "commands/curation.h"
#include "library/librarysession.h"
#include "store/annotationstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gazette {

namespace {

enum Column { WhoColumn, VersionColumn, ColumnCount };
constexpr int StretchRole = Qt::UserRole;   // index into the stretches
constexpr int AnnotatorRole = Qt::UserRole + 1;

QString describe(const QList<Annotation> &version)
{
    if (version.isEmpty())
        return CurationPanel::tr("no span");
    QStringList parts;
    for (const Annotation &a : version)
        parts.append(CurationPanel::tr("%1 “%2”", "label and quote").arg(a.label, a.quote));
    return parts.join(QStringLiteral(", "));
}

} // namespace

CurationPanel::CurationPanel(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_take(new QPushButton(tr("&Take This Version"), this))
{
    setObjectName(QStringLiteral("curationPanel"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("curationHint"));
    m_tree->setObjectName(QStringLiteral("curationTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Where / who"), tr("Version")});
    m_tree->header()->setSectionResizeMode(WhoColumn, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_take->setObjectName(QStringLiteral("takeVersionButton"));
    m_take->setToolTip(tr("Put the selected annotator's version of this stretch into the final layer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_take);
    setFocusProxy(m_tree);

    connect(m_take, &QPushButton::clicked, this, &CurationPanel::takeSelectedVersion);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            takeSelectedVersion();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateButton();
        if (!item)
            return;
        const int index = item->data(WhoColumn, StretchRole).toInt();
        if (index >= 0 && index < m_stretches.size())
            Q_EMIT stretchSelected(m_stretches.at(index).start, m_stretches.at(index).end);
    });
    connect(session->store(), &AnnotationStore::changed, this, &CurationPanel::applyChange);
    refresh();
}

void CurationPanel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    refresh();
}

void CurationPanel::setCurator(bool curator)
{
    m_curator = curator;
    updateButton();
}

void CurationPanel::applyChange(const StoreChange &change)
{
    if (m_articleId && change.touchedArticles().contains(m_articleId))
        refresh();
}

void CurationPanel::refresh()
{
    // Keep the reader's place: the same annotator row of the stretch that starts at the same offset.
    int selectedStart = -1;
    QString selectedAnnotator;
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        const int index = current->data(WhoColumn, StretchRole).toInt();
        if (index >= 0 && index < m_stretches.size())
            selectedStart = m_stretches.at(index).start;
        selectedAnnotator = current->data(WhoColumn, AnnotatorRole).toString();
    }
    m_tree->clear();
    const auto article = m_articleId ? m_session->store()->article(m_articleId) : std::nullopt;
    if (!article)
        m_articleId = 0; // none, or it was just removed
    const QList<Annotation> annotations = m_articleId ? m_session->store()->annotations(m_articleId) : QList<Annotation>();
    m_stretches = Layers::disagreements(annotations);
    const QStringList annotators = Layers::annotators(annotations);
    if (!m_articleId)
        m_hint->setText(tr("Open an article to curate it."));
    else if (annotators.size() < 2)
        m_hint->setText(tr("Curation compares annotators: this article has %n.", nullptr, int(annotators.size())));
    else if (m_stretches.isEmpty())
        m_hint->setText(tr("%1 agree on every span of this article.").arg(annotators.join(QStringLiteral(", "))));
    else
        m_hint->setText(tr("%n stretch(es) where the annotators differ. Pick a version to take into the final layer.", nullptr,
                           int(m_stretches.size())));
    const QString text = article ? article->text : QString();
    QTreeWidgetItem *select = nullptr;
    for (int i = 0; i < m_stretches.size(); ++i) {
        const Layers::Disagreement &stretch = m_stretches.at(i);
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(WhoColumn, tr("“%1”", "a quoted stretch of text").arg(text.mid(stretch.start, stretch.end - stretch.start).simplified()));
        top->setText(VersionColumn, tr("final: %1").arg(stretch.final.isEmpty() ? tr("nothing yet") : describe(stretch.final)));
        top->setData(WhoColumn, StretchRole, i);
        for (auto it = stretch.versions.cbegin(); it != stretch.versions.cend(); ++it) {
            auto *child = new QTreeWidgetItem(top);
            const bool taken = !stretch.final.isEmpty() && Layers::sameSpans(it.value(), stretch.final);
            child->setText(WhoColumn, it.key());
            child->setText(VersionColumn, taken ? tr("%1 (in the final layer)").arg(describe(it.value())) : describe(it.value()));
            child->setToolTip(VersionColumn, child->text(VersionColumn));
            child->setData(WhoColumn, StretchRole, i);
            child->setData(WhoColumn, AnnotatorRole, it.key());
            if (stretch.start == selectedStart && it.key() == selectedAnnotator)
                select = child;
        }
        top->setExpanded(true);
    }
    if (select)
        m_tree->setCurrentItem(select);
    updateButton();
}

void CurationPanel::updateButton()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    m_take->setEnabled(m_curator && current && current->parent());
    m_take->setToolTip(m_curator ? tr("Put the selected annotator's version of this stretch into the final layer")
                                 : tr("Only a curator may take versions into the final layer"));
}

bool CurationPanel::takeSelectedVersion()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current || !current->parent())
        return false;
    const int index = current->data(WhoColumn, StretchRole).toInt();
    if (index < 0 || index >= m_stretches.size())
        return false;
    const Layers::Disagreement stretch = m_stretches.at(index);
    Curation curation(m_session->store());
    auto command = curation.takeVersion(m_articleId, stretch.start, stretch.end, current->data(WhoColumn, AnnotatorRole).toString());
    if (!command) {
        Q_EMIT message(curation.errorString());
        return false;
    }
    if (!m_session->push(std::move(command))) {
        Q_EMIT message(tr("Not saved: %1").arg(m_session->errorString()));
        return false;
    }
    return true;
}

} // namespace Gazette
