// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/labelset.h"
#include "store/annotationstore.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace Gazette {

// The entities of one article as a tree: label > entity > mentions. Rejected annotations are
// left out; mentions not linked to an entity are grouped by their text. Label rows follow the
// order of the label set it is given (the user's). Every store change is applied as row
// inserts, removals and dataChanged, never as a reset.
class EntityModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityModel)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum NodeType { LabelNode, EntityNode, MentionNode };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1,
        LabelRole,
        EntityIdRole,
        AnnotationIdRole,
        StartRole,
        EndRole,
        StatusRole,
        ConfidenceRole,
        RuleRole,
        PendingCountRole,
        ContextRole,      // mentions: a few words either side, "…has chosen Kestrel Energy to supply…"
        MentionCountRole, // labels and entities: how many mentions they have
    };

    // A few words of text[start, end)'s surroundings on its line, "…" where they go on.
    static QString mentionContext(const QString &text, int start, int end);

    EntityModel(AnnotationStore *store, LabelSet labels, QObject *parent = nullptr);
    ~EntityModel() override;

    const LabelSet &labelSet() const { return m_labels; }
    void setLabelSet(const LabelSet &labels);

    void setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }

    QModelIndex indexOfAnnotation(qint64 annotationId) const;
    QModelIndex indexOfEntity(qint64 entityId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group;
    struct EntityGroup;
    struct LabelGroup;

    void applyChange(const StoreChange &change);
    void applyEntityChange(const RowChange<Entity> &change);
    void insertMention(const Annotation &annotation);
    void changeMention(const Annotation &before, const Annotation &after);
    void removeMention(qint64 annotationId);
    bool shows(const Annotation &annotation) const;
    QString groupKey(const Annotation &annotation) const;
    int labelOrder(const QString &label) const;
    int labelRow(const QString &label) const; // where a new label group goes
    QModelIndex labelIndex(const LabelGroup *group, int column = 0) const;
    QModelIndex entityIndex(const EntityGroup *group, int column = 0) const;
    void countsChanged(const EntityGroup *group);

    AnnotationStore *m_store;
    LabelSet m_labels;
    qint64 m_articleId = 0;
    std::vector<std::unique_ptr<LabelGroup>> m_groups;
    QHash<qint64, QString> m_entityNames;
    QString m_text; // the article's, for the mentions' context
};

} // namespace Gazette
