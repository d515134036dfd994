// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymodel.h"

#include "document/wordboundary.h"

#include <algorithm>

namespace Gazette {

// internalPointer of an index is the group that contains its row: null for label rows, the
// LabelGroup for entity rows, the EntityGroup for mention rows.
struct EntityModel::Group
{
    virtual ~Group() = default;
};

struct EntityModel::EntityGroup final : Group
{
    LabelGroup *label = nullptr;
    QString key;
    qint64 entityId = 0;
    QString text; // shown when not linked to an entity
    QList<Annotation> mentions;
};

struct EntityModel::LabelGroup final : Group
{
    QString label;
    std::vector<std::unique_ptr<EntityGroup>> entities;
};

EntityModel::EntityModel(AnnotationStore *store, LabelSet labels, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_labels(std::move(labels))
{
    connect(store, &AnnotationStore::libraryOpened, this, [this] { setArticle(0); });
    connect(store, &AnnotationStore::changed, this, &EntityModel::applyChange);
}

void EntityModel::setLabelSet(const LabelSet &labels)
{
    if (labels == m_labels)
        return;
    // The label rows take the new set's order and names: rebuilt, as when the article changes.
    m_labels = labels;
    setArticle(m_articleId);
}

void EntityModel::applyChange(const StoreChange &change)
{
    if (m_articleId != 0 && change.removedArticles.contains(m_articleId)) {
        setArticle(0);
        return;
    }
    if (m_articleId != 0 && change.changedArticles.contains(m_articleId)) {
        if (const auto article = m_store->article(m_articleId))
            m_text = article->text;
    }
    // Names first: a mention added below may belong to an entity added by the same action.
    for (const RowChange<Entity> &entity : change.entities)
        applyEntityChange(entity);
    for (const RowChange<Annotation> &annotation : change.annotations) {
        if (!annotation.before) {
            if (shows(*annotation.after))
                insertMention(*annotation.after);
        } else if (annotation.after) {
            changeMention(*annotation.before, *annotation.after);
        } else if (annotation.before->articleId == m_articleId) {
            removeMention(annotation.before->id);
        }
    }
}

void EntityModel::applyEntityChange(const RowChange<Entity> &change)
{
    if (!change.after) {
        m_entityNames.remove(change.before->id);
        return;
    }
    m_entityNames.insert(change.after->id, change.after->name);
    if (!change.before)
        return;
    const QModelIndex at = indexOfEntity(change.after->id);
    if (at.isValid())
        Q_EMIT dataChanged(at, at);
}

void EntityModel::changeMention(const Annotation &before, const Annotation &after)
{
    if (after.articleId != m_articleId)
        return;
    const bool sameRow = shows(before) && shows(after) && before.label == after.label
        && groupKey(before) == groupKey(after) && before.start == after.start && before.end == after.end;
    if (!sameRow) {
        removeMention(before.id);
        if (shows(after))
            insertMention(after);
        return;
    }
    const QModelIndex at = indexOfAnnotation(after.id);
    if (!at.isValid())
        return;
    auto *group = static_cast<EntityGroup *>(at.internalPointer());
    group->mentions[at.row()] = after;
    Q_EMIT dataChanged(at, at.siblingAtColumn(CountColumn));
    countsChanged(group);
}

EntityModel::~EntityModel() = default;

bool EntityModel::shows(const Annotation &annotation) const
{
    return m_articleId != 0 && annotation.articleId == m_articleId && annotation.status != AnnotationStatus::Rejected
        && annotation.label != LabelSet::quoteLabel();
}

QString EntityModel::groupKey(const Annotation &annotation) const
{
    if (annotation.entityId > 0)
        return QStringLiteral("e:%1").arg(annotation.entityId);
    return QStringLiteral("q:") + annotation.quote.simplified().toCaseFolded();
}

int EntityModel::labelOrder(const QString &label) const
{
    const auto &labels = m_labels.labels();
    for (int i = 0; i < labels.size(); ++i) {
        if (labels.at(i).name == label)
            return i;
    }
    return int(labels.size());
}

int EntityModel::labelRow(const QString &label) const
{
    // Labels in the label set's order, unknown ones after them by name.
    const auto at = std::find_if(m_groups.begin(), m_groups.end(), [&](const auto &group) {
        const int existing = labelOrder(group->label), wanted = labelOrder(label);
        return existing != wanted ? existing > wanted : group->label > label;
    });
    return int(at - m_groups.begin());
}

void EntityModel::setArticle(qint64 articleId)
{
    beginResetModel();
    m_groups.clear();
    m_entityNames.clear();
    m_text.clear();
    m_articleId = articleId;
    if (articleId != 0) {
        if (const auto article = m_store->article(articleId))
            m_text = article->text;
        for (const Entity &entity : m_store->entitiesOfArticle(articleId))
            m_entityNames.insert(entity.id, entity.name);
        for (const Annotation &annotation : m_store->annotations(articleId)) {
            if (!shows(annotation))
                continue;
            LabelGroup *label = nullptr;
            for (auto &group : m_groups) {
                if (group->label == annotation.label)
                    label = group.get();
            }
            if (!label) {
                auto group = std::make_unique<LabelGroup>();
                group->label = annotation.label;
                label = group.get();
                m_groups.insert(m_groups.begin() + labelRow(annotation.label), std::move(group));
            }
            const QString key = groupKey(annotation);
            EntityGroup *entity = nullptr;
            for (auto &group : label->entities) {
                if (group->key == key)
                    entity = group.get();
            }
            if (!entity) {
                auto group = std::make_unique<EntityGroup>();
                group->label = label;
                group->key = key;
                group->entityId = annotation.entityId;
                group->text = annotation.quote.simplified();
                entity = group.get();
                label->entities.push_back(std::move(group));
            }
            entity->mentions.append(annotation); // annotations() comes in text order
        }
    }
    endResetModel();
}

QModelIndex EntityModel::labelIndex(const LabelGroup *group, int column) const
{
    for (size_t row = 0; row < m_groups.size(); ++row) {
        if (m_groups[row].get() == group)
            return createIndex(int(row), column, nullptr);
    }
    return {};
}

QModelIndex EntityModel::entityIndex(const EntityGroup *group, int column) const
{
    const auto &entities = group->label->entities;
    for (size_t row = 0; row < entities.size(); ++row) {
        if (entities[row].get() == group)
            return createIndex(int(row), column, static_cast<Group *>(group->label));
    }
    return {};
}

QModelIndex EntityModel::indexOfAnnotation(qint64 annotationId) const
{
    for (const auto &label : m_groups) {
        for (const auto &entity : label->entities) {
            for (int row = 0; row < entity->mentions.size(); ++row) {
                if (entity->mentions.at(row).id == annotationId)
                    return createIndex(row, 0, static_cast<Group *>(entity.get()));
            }
        }
    }
    return {};
}

QModelIndex EntityModel::indexOfEntity(qint64 entityId) const
{
    for (const auto &label : m_groups) {
        for (const auto &entity : label->entities) {
            if (entity->entityId == entityId && entityId != 0)
                return entityIndex(entity.get());
        }
    }
    return {};
}

void EntityModel::countsChanged(const EntityGroup *group)
{
    const QModelIndex entity = entityIndex(group, CountColumn);
    Q_EMIT dataChanged(entity, entity);
    const QModelIndex label = labelIndex(group->label, CountColumn);
    Q_EMIT dataChanged(label, label);
}

void EntityModel::insertMention(const Annotation &annotation)
{
    // The label group, made with its first entity and mention in one insert when new.
    LabelGroup *label = nullptr;
    for (auto &group : m_groups) {
        if (group->label == annotation.label)
            label = group.get();
    }
    auto makeEntity = [&](LabelGroup *owner) {
        auto group = std::make_unique<EntityGroup>();
        group->label = owner;
        group->key = groupKey(annotation);
        group->entityId = annotation.entityId;
        group->text = annotation.quote.simplified();
        group->mentions.append(annotation);
        return group;
    };
    if (!label) {
        auto group = std::make_unique<LabelGroup>();
        group->label = annotation.label;
        group->entities.push_back(makeEntity(group.get()));
        const int row = labelRow(annotation.label);
        beginInsertRows({}, row, row);
        m_groups.insert(m_groups.begin() + row, std::move(group));
        endInsertRows();
        return;
    }
    const QString key = groupKey(annotation);
    EntityGroup *entity = nullptr;
    for (auto &group : label->entities) {
        if (group->key == key)
            entity = group.get();
    }
    if (!entity) {
        const int row = int(label->entities.size());
        beginInsertRows(labelIndex(label), row, row);
        label->entities.push_back(makeEntity(label));
        endInsertRows();
        const QModelIndex count = labelIndex(label, CountColumn);
        Q_EMIT dataChanged(count, count);
        return;
    }
    const auto position = std::find_if(entity->mentions.begin(), entity->mentions.end(), [&](const Annotation &m) {
        return std::tie(m.start, m.end, m.id) > std::tie(annotation.start, annotation.end, annotation.id);
    });
    const int row = int(position - entity->mentions.begin());
    beginInsertRows(entityIndex(entity), row, row);
    entity->mentions.insert(row, annotation);
    endInsertRows();
    countsChanged(entity);
}

void EntityModel::removeMention(qint64 annotationId)
{
    const QModelIndex at = indexOfAnnotation(annotationId);
    if (!at.isValid())
        return;
    auto *entity = static_cast<EntityGroup *>(at.internalPointer());
    LabelGroup *label = entity->label;
    if (entity->mentions.size() > 1) {
        beginRemoveRows(at.parent(), at.row(), at.row());
        entity->mentions.removeAt(at.row());
        endRemoveRows();
        countsChanged(entity);
        return;
    }
    if (label->entities.size() > 1) {
        const QModelIndex entityAt = entityIndex(entity);
        beginRemoveRows(entityAt.parent(), entityAt.row(), entityAt.row());
        label->entities.erase(label->entities.begin() + entityAt.row());
        endRemoveRows();
        const QModelIndex count = labelIndex(label, CountColumn);
        Q_EMIT dataChanged(count, count);
        return;
    }
    const QModelIndex labelAt = labelIndex(label);
    beginRemoveRows({}, labelAt.row(), labelAt.row());
    m_groups.erase(m_groups.begin() + labelAt.row());
    endRemoveRows();
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    auto *container = static_cast<Group *>(parent.internalPointer());
    if (!container) {
        LabelGroup *label = m_groups[size_t(parent.row())].get();
        return createIndex(row, column, static_cast<Group *>(label));
    }
    if (auto *label = dynamic_cast<LabelGroup *>(container)) {
        EntityGroup *entity = label->entities[size_t(parent.row())].get();
        return createIndex(row, column, static_cast<Group *>(entity));
    }
    return {};
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    auto *container = static_cast<Group *>(child.internalPointer());
    if (!container)
        return {};
    if (auto *label = dynamic_cast<LabelGroup *>(container))
        return labelIndex(label);
    return entityIndex(static_cast<EntityGroup *>(container));
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    auto *container = static_cast<Group *>(parent.internalPointer());
    if (!container)
        return int(m_groups[size_t(parent.row())]->entities.size());
    if (auto *label = dynamic_cast<LabelGroup *>(container))
        return int(label->entities[size_t(parent.row())]->mentions.size());
    return 0;
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    auto *container = static_cast<Group *>(index.internalPointer());
    if (!container) {
        const LabelGroup &label = *m_groups[size_t(index.row())];
        int pending = 0;
        for (const auto &entity : label.entities) {
            for (const Annotation &m : entity->mentions)
                pending += m.status == AnnotationStatus::Suggested;
        }
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn) {
                const Label *known = m_labels.find(label.label);
                return known ? QStringLiteral("%1 · %2").arg(known->displayName, label.label) : label.label;
            }
            return int(label.entities.size());
        case NodeTypeRole:
            return LabelNode;
        case LabelRole:
            return label.label;
        case PendingCountRole:
            return pending;
        case MentionCountRole: {
            int mentions = 0;
            for (const auto &entity : label.entities)
                mentions += int(entity->mentions.size());
            return mentions;
        }
        }
        return {};
    }
    if (auto *label = dynamic_cast<LabelGroup *>(container)) {
        const EntityGroup &entity = *label->entities[size_t(index.row())];
        int pending = 0;
        for (const Annotation &m : entity.mentions)
            pending += m.status == AnnotationStatus::Suggested;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return entity.entityId > 0 ? m_entityNames.value(entity.entityId, entity.text) : entity.text;
            return int(entity.mentions.size());
        case Qt::ToolTipRole:
            return tr("Mentions: %1 · to review: %2").arg(entity.mentions.size()).arg(pending);
        case NodeTypeRole:
            return EntityNode;
        case LabelRole:
            return label->label;
        case EntityIdRole:
            return entity.entityId;
        case PendingCountRole:
            return pending;
        case MentionCountRole:
            return int(entity.mentions.size());
        }
        return {};
    }
    const auto *entity = static_cast<EntityGroup *>(container);
    const Annotation &mention = entity->mentions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? mention.quote : annotationStatusName(mention.status);
    case Qt::ToolTipRole:
        return mention.ruleId.isEmpty()
            ? tr("%1 · %2").arg(mention.label, annotationStatusName(mention.status))
            : tr("%1 · %2 · rule %3, confidence %4")
                  .arg(mention.label, annotationStatusName(mention.status), mention.ruleId)
                  .arg(mention.confidence, 0, 'f', 2);
    case NodeTypeRole:
        return MentionNode;
    case LabelRole:
        return mention.label;
    case EntityIdRole:
        return mention.entityId;
    case AnnotationIdRole:
        return mention.id;
    case StartRole:
        return mention.start;
    case EndRole:
        return mention.end;
    case StatusRole:
        return int(mention.status);
    case ConfidenceRole:
        return mention.confidence;
    case RuleRole:
        return mention.ruleId;
    case PendingCountRole:
        return mention.status == AnnotationStatus::Suggested ? 1 : 0;
    case ContextRole:
        return mentionContext(m_text, mention.start, mention.end);
    }
    return {};
}

QString EntityModel::mentionContext(const QString &text, int start, int end)
{
    if (start < 0 || end > text.size() || start >= end)
        return {};
    // Three words either side, at most a short stretch of text (less in scripts without spaces).
    constexpr int Words = 3;
    constexpr int Reach = 36;
    auto isBreak = [](QChar c) { return c == QLatin1Char('\n') || c == QChar::ParagraphSeparator; };
    auto cost = [](QChar c) { return WordBoundary::isUnspacedScript(c) ? 3 : 1; };
    int from = start;
    int spent = 0;
    int words = 0;
    bool inWord = false;
    while (from > 0 && !isBreak(text.at(from - 1)) && spent < Reach) {
        const bool space = text.at(from - 1).isSpace();
        if (space && inWord && ++words == Words)
            break;
        inWord = !space;
        spent += cost(text.at(from - 1));
        --from;
    }
    int to = end;
    spent = 0;
    words = 0;
    inWord = false;
    while (to < text.size() && !isBreak(text.at(to)) && spent < Reach) {
        const bool space = text.at(to).isSpace();
        if (space && inWord && ++words == Words)
            break;
        inWord = !space;
        spent += cost(text.at(to));
        ++to;
    }
    const QChar ellipsis(0x2026);
    QString context = text.mid(from, to - from).simplified();
    if (from > 0 && !isBreak(text.at(from - 1)))
        context.prepend(ellipsis);
    if (to < text.size() && !isBreak(text.at(to)))
        context.append(ellipsis);
    return context;
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Entity") : tr("Mentions");
}

} // namespace Gazette
