// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/labelset.h"
#include "store/annotationstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace Gazette {

// The label set with each label's shortcut key and how often it occurs in the current article.
class LabelModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelModel)

public:
    enum Role { NameRole = Qt::UserRole + 1, DisplayNameRole, ColourRoleRole, ShortcutRole, CountRole, DescriptionRole };

    explicit LabelModel(AnnotationStore *store, LabelSet labels = LabelSet::ontoNotes(), QObject *parent = nullptr);

    const LabelSet &labelSet() const { return m_labels; }
    void setLabelSet(const LabelSet &labels);
    void setArticle(qint64 articleId);
    int count(const QString &label) const { return m_counts.value(label); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void applyChange(const StoreChange &change);
    static bool counts(const Annotation &annotation) { return annotation.status != AnnotationStatus::Rejected; }

    AnnotationStore *m_store;
    LabelSet m_labels;
    qint64 m_articleId = 0;
    QHash<QString, int> m_counts;
};

} // namespace Gazette
