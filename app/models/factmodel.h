// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/annotationstore.h"

#include <QAbstractTableModel>
#include <QHash>

class QUndoStack;

namespace Gazette {

class Edits;

// The facts of one article as a table. Editing a cell (setData) pushes an undo command, so an
// edit in the table is saved at once and can be undone like any other. Subject and object are
// entities and not edited in a cell (the fact editor picks them).
class FactModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactModel)

public:
    enum Column { KindColumn, SubjectColumn, PredicateColumn, ObjectColumn, TimeColumn, StatusColumn, ConfidenceColumn, ColumnCount };
    enum Role { FactIdRole = Qt::UserRole + 1, StatusRole, RuleRole, EvidenceStartRole, EvidenceEndRole, SortRole, KindRole /* the kind's id */ };

    explicit FactModel(AnnotationStore *store, QObject *parent = nullptr);

    // Where cell edits go; without them the table is read-only.
    void setEditing(QUndoStack *stack, Edits *edits);

    void setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    const Fact *factAt(int row) const;
    int rowOf(qint64 factId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void applyChange(const StoreChange &change);
    void insertFact(const Fact &fact);
    void replaceFact(const Fact &fact);
    void removeFact(qint64 factId);
    void applyEntityChange(const RowChange<Entity> &change);
    void cacheEntityNames(const Fact &fact);
    QString entityName(qint64 id, const QString &fallback) const;

    AnnotationStore *m_store;
    QUndoStack *m_undoStack = nullptr;
    Edits *m_edits = nullptr;
    qint64 m_articleId = 0;
    QList<Fact> m_facts;
    QHash<qint64, QString> m_entityNames; // of the entities the facts name
};

} // namespace Gazette
