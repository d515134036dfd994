// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelmodel.h"

namespace Gazette {

LabelModel::LabelModel(AnnotationStore *store, LabelSet labels, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_labels(std::move(labels))
{
    connect(store, &AnnotationStore::changed, this, &LabelModel::applyChange);
    connect(store, &AnnotationStore::libraryOpened, this, [this] { setArticle(0); });
}

void LabelModel::setLabelSet(const LabelSet &labels)
{
    beginResetModel();
    m_labels = labels;
    endResetModel();
}

void LabelModel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_counts.clear();
    if (articleId) {
        for (const Annotation &annotation : m_store->annotations(articleId)) {
            if (counts(annotation))
                ++m_counts[annotation.label];
        }
    }
    if (!m_labels.labels().isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_labels.labels().size()) - 1), {CountRole, Qt::DisplayRole});
}

void LabelModel::applyChange(const StoreChange &change)
{
    if (m_articleId == 0)
        return;
    // Counts first, then one dataChanged per label whose count moved.
    QSet<QString> changedLabels;
    auto adjust = [&](const std::optional<Annotation> &annotation, int delta) {
        if (!annotation || annotation->articleId != m_articleId || !counts(*annotation))
            return;
        m_counts[annotation->label] += delta;
        changedLabels.insert(annotation->label);
    };
    for (const RowChange<Annotation> &annotation : change.annotations) {
        adjust(annotation.before, -1);
        adjust(annotation.after, +1);
    }
    const auto &labels = m_labels.labels();
    for (int row = 0; row < labels.size(); ++row) {
        if (changedLabels.contains(labels.at(row).name))
            Q_EMIT dataChanged(index(row), index(row), {CountRole, Qt::DisplayRole});
    }
}

int LabelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.labels().size());
}

QVariant LabelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Label &label = m_labels.labels().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return label.shortcutKey.isNull() ? label.displayName
                                          : QStringLiteral("%1  %2").arg(label.shortcutKey).arg(label.displayName);
    case Qt::ToolTipRole:
    case DescriptionRole:
        return label.description;
    case NameRole:
        return label.name;
    case DisplayNameRole:
        return label.displayName;
    case ColourRoleRole:
        return label.colourRole;
    case ShortcutRole:
        return label.shortcutKey.isNull() ? QString() : QString(label.shortcutKey);
    case CountRole:
        return m_counts.value(label.name);
    }
    return {};
}

} // namespace Gazette
