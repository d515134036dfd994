// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/article.h"
#include "document/libraryquery.h"
#include "document/textsearch.h"
#include "store/storechange.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Gazette {

class AnnotationStore;

// Filters and sorts the LibraryModel: search with field filters (LibraryQuery: free words
// through the store's full-text index, person:, org:, label:, after:, status:, feed: ...), review
// status, and articles that have a given label; each search result has a snippet of its text. An active filter loads the whole library, so
// it never misses an article that was not fetched yet.
class LibraryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFilterModel)

public:
    explicit LibraryFilterModel(AnnotationStore *store, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusFilter(std::optional<ReviewStatus> status);
    void setLabelFilter(const QString &label); // empty: any
    // Only these articles (a feed's, the unread ones); nothing: any.
    void setArticleFilter(const std::optional<QSet<qint64>> &articles);
    bool isFiltering() const;
    QString searchText() const { return m_searchText; }
    // What the search box's text could not be understood as; a search with errors filters nothing.
    QStringList searchErrors() const { return m_query.errors; }

    // LibraryModel::SnippetRole while a search is active; everything else from the library.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void applyChange(const StoreChange &change);
    void refilter();
    TextSearch::Snippet snippetOf(qint64 articleId) const;

    AnnotationStore *m_store;
    QString m_searchText;
    LibraryQuery m_query;
    std::optional<QSet<qint64>> m_searchHits;
    mutable QHash<qint64, TextSearch::Snippet> m_snippets; // of the current search, made when a row is painted
    std::optional<ReviewStatus> m_status;
    QString m_label;
    std::optional<QSet<qint64>> m_labelHits;
    std::optional<QSet<qint64>> m_articles;
};

} // namespace Gazette
