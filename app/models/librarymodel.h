// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/annotationstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Gazette {

// The articles of the library with their counts, loaded page by page (fetchMore) so a library
// of many thousand articles opens at once. Follows the store's change batches: one action
// refreshes each article it touched once.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column { HeadlineColumn, SourceColumn, PublishedColumn, EntitiesColumn, PendingColumn, FactsColumn, StatusColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        ReviewStatusRole,
        PendingCountRole,
        AnnotationCountRole,
        SortRole,
        // While the library is searched: a TextSearch::Snippet of the text around the first
        // match, given by LibraryFilterModel (the library model itself has none).
        SnippetRole,
    };

    static constexpr int PageSize = 200;

    explicit LibraryModel(AnnotationStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(qint64 articleId) const { return m_rows.value(articleId, -1); }
    qint64 articleIdAt(int row) const;
    int totalCount() const { return m_total; }

private:
    void reload();
    void applyChange(const StoreChange &change);
    void appendArticle(qint64 id);
    void removeArticle(qint64 id);
    void refresh(qint64 articleId);
    void reindex(int fromRow);

    AnnotationStore *m_store;
    QList<ArticleSummary> m_summaries;
    QHash<qint64, int> m_rows;
    int m_total = 0;
};

} // namespace Gazette
