// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/corpusindex.h"

#include <QAbstractTableModel>

namespace Gazette {

class AnnotationStore;

// The entity index of the whole library as a table: one row per entity (label and name, merged
// across articles) with its articles, mentions, first and last date and who is quoted in its
// articles. refresh() reads the library again (three queries); the corpus view calls it when it
// is shown and after changes.
class EntityIndexModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityIndexModel)

public:
    enum Column { NameColumn, LabelColumn, ArticlesColumn, MentionsColumn, FirstColumn, LastColumn, QuotedColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // EntityIndexEntry::key
        LabelRole,
        SortRole,                   // numbers and dates as values, names folded
        EntryRole,                  // the row's index into index().entries()
    };

    explicit EntityIndexModel(AnnotationStore *store, QObject *parent = nullptr);

    void refresh();
    const CorpusIndex &corpus() const { return m_index; }
    int rowOfKey(const QString &key) const { return m_index.indexOf(key); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Tsai (3), Li (1)": the people quoted most in the entity's articles.
    static QString speakersText(const EntityIndexEntry &entry, int max = 3);

private:
    AnnotationStore *m_store;
    CorpusIndex m_index;
};

} // namespace Gazette
