// SPDX-License-Identifier: GPL-3.0-or-later
#include "factmodel.h"

#include "commands/edits.h"
#include "schema/labelset.h"

#include <QUndoStack>

namespace Gazette {

FactModel::FactModel(AnnotationStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &AnnotationStore::libraryOpened, this, [this] { setArticle(0); });
    connect(store, &AnnotationStore::changed, this, &FactModel::applyChange);
}

void FactModel::applyChange(const StoreChange &change)
{
    if (m_articleId == 0)
        return;
    if (change.removedArticles.contains(m_articleId)) {
        setArticle(0);
        return;
    }
    for (const RowChange<Entity> &entity : change.entities)
        applyEntityChange(entity);
    for (const RowChange<Fact> &fact : change.facts) {
        if (!fact.before)
            insertFact(*fact.after);
        else if (fact.after)
            replaceFact(*fact.after);
        else
            removeFact(fact.before->id);
    }
}

void FactModel::insertFact(const Fact &fact)
{
    if (fact.articleId != m_articleId)
        return;
    cacheEntityNames(fact);
    // Rows stay in id order, as setArticle() loads them.
    int row = 0;
    while (row < m_facts.size() && m_facts.at(row).id < fact.id)
        ++row;
    beginInsertRows({}, row, row);
    m_facts.insert(row, fact);
    endInsertRows();
}

void FactModel::replaceFact(const Fact &fact)
{
    const int row = rowOf(fact.id);
    if (row < 0)
        return;
    cacheEntityNames(fact);
    m_facts[row] = fact;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FactModel::removeFact(qint64 factId)
{
    const int row = rowOf(factId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_facts.removeAt(row);
    endRemoveRows();
}

void FactModel::applyEntityChange(const RowChange<Entity> &change)
{
    const qint64 id = change.after ? change.after->id : change.before->id;
    if (!m_entityNames.contains(id))
        return; // no fact of this article names it
    if (change.after)
        m_entityNames.insert(id, change.after->name);
    else
        m_entityNames.remove(id);
    for (int row = 0; row < m_facts.size(); ++row) {
        const Fact &fact = m_facts.at(row);
        if (fact.subjectEntityId == id || fact.objectEntityId == id)
            Q_EMIT dataChanged(index(row, SubjectColumn), index(row, ObjectColumn));
    }
}

// Looked up when a fact arrives, so that data() never waits for the database.
void FactModel::cacheEntityNames(const Fact &fact)
{
    for (qint64 id : {fact.subjectEntityId, fact.objectEntityId}) {
        if (id <= 0 || m_entityNames.contains(id))
            continue;
        if (const auto entity = m_store->entity(id))
            m_entityNames.insert(id, entity->name);
    }
}

void FactModel::setEditing(QUndoStack *stack, Edits *edits)
{
    m_undoStack = stack;
    m_edits = edits;
}

void FactModel::setArticle(qint64 articleId)
{
    beginResetModel();
    m_articleId = articleId;
    m_facts = articleId ? m_store->facts(articleId) : QList<Fact>();
    m_entityNames.clear();
    for (const Fact &fact : std::as_const(m_facts))
        cacheEntityNames(fact);
    endResetModel();
}

const Fact *FactModel::factAt(int row) const
{
    return row >= 0 && row < m_facts.size() ? &m_facts.at(row) : nullptr;
}

int FactModel::rowOf(qint64 factId) const
{
    for (int row = 0; row < m_facts.size(); ++row) {
        if (m_facts.at(row).id == factId)
            return row;
    }
    return -1;
}

int FactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int FactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FactModel::entityName(qint64 id, const QString &fallback) const
{
    return id > 0 ? m_entityNames.value(id, fallback) : fallback;
}

QVariant FactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fact &fact = m_facts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return factKindName(fact.kind); // in the reader's language, also when edited
        case SubjectColumn:
            return role == Qt::EditRole ? fact.subjectText : entityName(fact.subjectEntityId, fact.subjectText);
        case PredicateColumn:
            return fact.predicate;
        case ObjectColumn:
            if (role == Qt::EditRole)
                return fact.objectText;
            return fact.objectEntityId > 0 ? entityName(fact.objectEntityId, fact.objectText) : fact.objectText;
        case TimeColumn:
            return fact.time;
        case StatusColumn:
            return role == Qt::DisplayRole ? QVariant(annotationStatusName(fact.status)) : QVariant(int(fact.status));
        case ConfidenceColumn:
            if (role == Qt::DisplayRole)
                return QStringLiteral("%1%").arg(qRound(fact.confidence * 100));
            return fact.confidence;
        }
        break;
    case Qt::ToolTipRole: {
        const QString source = fact.ruleId.isEmpty() ? tr("Added by %1").arg(fact.author.isEmpty() ? tr("a reader") : fact.author)
                                                      : tr("Rule %1, confidence %2").arg(fact.ruleId).arg(fact.confidence, 0, 'f', 2);
        // A quote or a subject cut short in a narrow column is read whole here.
        if (index.column() == SubjectColumn || index.column() == PredicateColumn || index.column() == ObjectColumn) {
            const QString cell = data(index, Qt::DisplayRole).toString();
            if (!cell.isEmpty())
                return QString(cell + QStringLiteral("\n\n") + source);
        }
        return source;
    }
    case KindRole:
        return fact.kind;
    case FactIdRole:
        return fact.id;
    case StatusRole:
        return int(fact.status);
    case RuleRole:
        return fact.ruleId;
    case EvidenceStartRole:
        return fact.evidence.isEmpty() ? -1 : fact.evidence.first().start;
    case EvidenceEndRole:
        return fact.evidence.isEmpty() ? -1 : fact.evidence.first().end;
    }
    return {};
}

QVariant FactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case SubjectColumn:
        return tr("Subject");
    case PredicateColumn:
        return tr("Predicate");
    case ObjectColumn:
        return tr("Object or value");
    case TimeColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Status");
    case ConfidenceColumn:
        return tr("Confidence");
    }
    return {};
}

Qt::ItemFlags FactModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    // Subject and object are entities, chosen in the fact editor's pickers, not typed in a cell.
    const int column = index.column();
    if (index.isValid() && m_undoStack && column != ConfidenceColumn && column != SubjectColumn && column != ObjectColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool FactModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_undoStack || !m_edits
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Fact fact = m_facts.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case KindColumn:
        fact.kind = factKindFromName(text);
        break;
    case PredicateColumn:
        fact.predicate = text;
        break;
    case TimeColumn:
        fact.time = text;
        break;
    case StatusColumn:
        fact.status = AnnotationStatus(std::clamp(value.toInt(), 0, 2));
        break;
    default:
        return false;
    }
    auto command = m_edits->editFact(fact);
    if (!command)
        return false;
    m_undoStack->push(command.release());
    return true;
}

} // namespace Gazette
