// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"

#include "flowrow.h"

#include "emptystatehint.h"
#include "library/librarysession.h"
#include "models/entitymodel.h"
#include "schema/labelset.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gazette {

namespace {
// What the tree shows on top of the model: a mention with a few words around it, a label row
// with what its counts count ("3 entities, 7 mentions"). Filtering still matches the names.
class EntityTreeProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const int type = QSortFilterProxyModel::data(index, EntityModel::NodeTypeRole).toInt();
        if (index.column() == EntityModel::NameColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
            if (type == EntityModel::MentionNode && role == Qt::DisplayRole) {
                const QString context = QSortFilterProxyModel::data(index, EntityModel::ContextRole).toString();
                if (!context.isEmpty())
                    return context;
            } else if (type == EntityModel::LabelNode) {
                const int entities = QSortFilterProxyModel::data(index.siblingAtColumn(EntityModel::CountColumn), Qt::DisplayRole).toInt();
                const int mentions = QSortFilterProxyModel::data(index, EntityModel::MentionCountRole).toInt();
                // English has no translation file: its singular is a string of its own.
                const QString entityCount = entities == 1 ? EntityPanel::tr("1 entity") : EntityPanel::tr("%n entities", nullptr, entities);
                const QString mentionCount = mentions == 1 ? EntityPanel::tr("1 mention") : EntityPanel::tr("%n mentions", nullptr, mentions);
                return EntityPanel::tr("%1 — %2, %3").arg(QSortFilterProxyModel::data(index, Qt::DisplayRole).toString(), entityCount, mentionCount);
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }
};
} // namespace

EntityPanel::EntityPanel(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EntityModel(session->store(), LabelSet::ontoNotes(), this))
    , m_filter(new EntityTreeProxy(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("entityPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("entityFilter"));
    filter->setPlaceholderText(tr("Filter entities…"));
    filter->setAccessibleName(tr("Filter entities"));
    filter->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(filter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("entityView"));
    m_view->setAccessibleName(tr("Entities in the article"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    new EmptyStateHint(m_view, tr("No entities in this article yet.\nSelect text and press 1–9 to label it."));
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int type = index.data(EntityModel::NodeTypeRole).toInt();
        if (type == EntityModel::MentionNode)
            Q_EMIT mentionActivated(index.data(EntityModel::AnnotationIdRole).toLongLong());
        else if (type == EntityModel::EntityNode && index.data(EntityModel::EntityIdRole).toLongLong() > 0)
            Q_EMIT entityActivated(index.data(EntityModel::EntityIdRole).toLongLong());
    });
    connect(m_view, &QTreeView::clicked, m_view, &QTreeView::activated);
    // A label row spans both columns: its name says what it counts.
    auto spanLabels = [this] {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, spanLabels);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, spanLabels);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, spanLabels);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, spanLabels);

    layout->addWidget(filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(createButtons());
    setFocusProxy(m_view);
}

QWidget *EntityPanel::createButtons()
{
    auto *row = new FlowRow(this);
    auto button = [row](const QString &text, const QString &tip) {
        auto *b = new QToolButton(row);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto *accept = button(tr("Accept"), tr("Accept the selected mention, or every suggestion of the selected entity"));
    auto *reject = button(tr("Reject"), tr("Reject the selected mention, or every mention of the selected entity"));
    auto *rename = button(tr("Rename…"), tr("Give the selected entity another name"));
    auto *merge = button(tr("Merge…"), tr("Merge the selected entity into another one of the same label in this article"));
    auto *link = button(tr("Link"), tr("Link the selected entity with the entities of the same name in other articles of the library"));
    link->setObjectName(QStringLiteral("linkAcrossLibraryButton"));
    accept->setObjectName(QStringLiteral("entityAcceptButton"));
    reject->setObjectName(QStringLiteral("entityRejectButton"));
    connect(accept, &QToolButton::clicked, this, [this] {
        if (const qint64 mention = currentMentionId())
            push(m_session->push(m_session->edits()->accept(mention)));
        else if (const qint64 entity = currentEntityId())
            push(m_session->push(m_session->edits()->acceptAllOfEntity(m_articleId, entity)));
        else
            Q_EMIT message(tr("Select a mention or an entity to accept."));
    });
    connect(reject, &QToolButton::clicked, this, [this] {
        if (const qint64 mention = currentMentionId())
            push(m_session->push(m_session->edits()->reject(mention)));
        else if (const qint64 entity = currentEntityId())
            push(m_session->push(m_session->edits()->rejectAllOfEntity(m_articleId, entity)));
        else
            Q_EMIT message(tr("Select a mention or an entity to reject."));
        // The rejected rows leave the list and the view would move on to the next entity: a
        // second click must not reject what the reader never chose.
        m_view->selectionModel()->clear();
    });
    connect(rename, &QToolButton::clicked, this, &EntityPanel::renameCurrent);
    connect(merge, &QToolButton::clicked, this, &EntityPanel::mergeCurrent);
    connect(link, &QToolButton::clicked, this, [this] {
        if (const qint64 entity = currentEntityId())
            push(m_session->push(m_session->edits()->linkAcrossLibrary(entity)));
    });
    for (auto *b : {accept, reject, rename, merge, link})
        row->addWidget(b);
    return row;
}

void EntityPanel::setLabelSet(const LabelSet &labels)
{
    m_model->setLabelSet(labels);
    m_view->expandToDepth(0);
}

void EntityPanel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_model->setArticle(articleId);
    m_view->expandToDepth(0);
}

void EntityPanel::showAnnotation(qint64 annotationId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfAnnotation(annotationId));
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 EntityPanel::currentEntityId() const
{
    QModelIndex index = m_view->currentIndex();
    if (index.data(EntityModel::NodeTypeRole).toInt() == EntityModel::MentionNode)
        index = index.parent();
    return index.data(EntityModel::NodeTypeRole).toInt() == EntityModel::EntityNode ? index.data(EntityModel::EntityIdRole).toLongLong() : 0;
}

qint64 EntityPanel::currentMentionId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.data(EntityModel::NodeTypeRole).toInt() == EntityModel::MentionNode ? index.data(EntityModel::AnnotationIdRole).toLongLong() : 0;
}

void EntityPanel::push(bool pushed)
{
    if (!pushed)
        Q_EMIT message(m_session->errorString());
}

void EntityPanel::renameCurrent()
{
    const auto entity = m_session->store()->entity(currentEntityId());
    if (!entity)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Entity"), tr("New name for “%1”:").arg(entity->name),
                                               QLineEdit::Normal, entity->name, &ok);
    if (ok)
        push(m_session->push(m_session->edits()->renameEntity(entity->id, name, m_articleId)));
}

void EntityPanel::mergeCurrent()
{
    const auto source = m_session->store()->entity(currentEntityId());
    if (!source)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const Entity &candidate : m_session->store()->entitiesOfArticle(m_articleId)) {
        if (candidate.label == source->label && candidate.id != source->id) {
            names.append(candidate.name);
            ids.append(candidate.id);
        }
    }
    if (names.isEmpty()) {
        Q_EMIT message(tr("There is no other %1 entity in this article to merge “%2” into.").arg(source->label, source->name));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Entity"), tr("Merge “%1” into:").arg(source->name), names, 0, false, &ok);
    if (ok)
        push(m_session->push(m_session->edits()->mergeEntities(ids.at(names.indexOf(chosen)), source->id, m_articleId)));
}

} // namespace Gazette
