// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfiltermodel.h"

#include "librarymodel.h"
#include "store/annotationstore.h"

namespace Gazette {

LibraryFilterModel::LibraryFilterModel(AnnotationStore *store, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_store(store)
{
    setSortRole(LibraryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Counts and statuses change as the reader works: keep the order and the filter current.
    setDynamicSortFilter(true);
    connect(store, &AnnotationStore::changed, this, &LibraryFilterModel::applyChange);
}

void LibraryFilterModel::applyChange(const StoreChange &change)
{
    // Once per action: the search and label queries run again only when their answer may move.
    const bool articlesMoved = !change.addedArticles.isEmpty() || !change.changedArticles.isEmpty();
    for (qint64 id : change.changedArticles)
        m_snippets.remove(id);
    const bool searchMoved = !m_searchText.isEmpty()
        && (articlesMoved || (!change.annotations.isEmpty() && (!m_query.names.isEmpty() || !m_query.labels.isEmpty())));
    const bool labelsMoved = !m_label.isEmpty() && (articlesMoved || !change.annotations.isEmpty());
    if (searchMoved || labelsMoved)
        refilter();
}

bool LibraryFilterModel::isFiltering() const
{
    return m_searchHits || m_status || m_labelHits || m_articles;
}

void LibraryFilterModel::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    m_query = LibraryQuery::parse(m_searchText);
    refilter();
}

void LibraryFilterModel::setStatusFilter(std::optional<ReviewStatus> status)
{
    m_status = status;
    refilter();
}

void LibraryFilterModel::setLabelFilter(const QString &label)
{
    m_label = label;
    refilter();
}

void LibraryFilterModel::setArticleFilter(const std::optional<QSet<qint64>> &articles)
{
    m_articles = articles;
    refilter();
}

void LibraryFilterModel::refilter()
{
    m_snippets.clear();
    if (m_query.isEmpty() || !m_query.isValid()) {
        m_searchHits.reset();
    } else {
        const QList<qint64> ids = m_query.hasFilters() ? m_store->findArticles(m_query) : m_store->search(m_query.freeText());
        m_searchHits = QSet<qint64>(ids.begin(), ids.end());
    }
    if (m_label.isEmpty())
        m_labelHits.reset();
    else
        m_labelHits = m_store->articlesWithLabel(m_label);
    if (isFiltering()) {
        while (sourceModel() && sourceModel()->canFetchMore({}))
            sourceModel()->fetchMore({});
    }
    invalidateFilter();
}

// From the text after the headline, which the row shows already: an article found by its
// headline alone has no snippet.
TextSearch::Snippet LibraryFilterModel::snippetOf(qint64 articleId) const
{
    const auto article = m_store->article(articleId);
    if (!article)
        return {};
    QStringView body(article->text);
    const QString headline = article->headline.trimmed();
    if (!headline.isEmpty() && body.trimmed().startsWith(headline))
        body = body.trimmed().mid(headline.size());
    return TextSearch::snippet(body.toString(), TextSearch::words(m_query.freeText()));
}

QVariant LibraryFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != LibraryModel::SnippetRole)
        return QSortFilterProxyModel::data(index, role);
    if (!m_searchHits || !index.isValid())
        return {};
    const qint64 id = index.data(LibraryModel::ArticleIdRole).toLongLong();
    auto found = m_snippets.constFind(id);
    if (found == m_snippets.cend()) {
        found = m_snippets.insert(id, snippetOf(id));
    }
    return found->isEmpty() ? QVariant() : QVariant::fromValue(*found);
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const qint64 id = index.data(LibraryModel::ArticleIdRole).toLongLong();
    if (m_searchHits && !m_searchHits->contains(id))
        return false;
    if (m_labelHits && !m_labelHits->contains(id))
        return false;
    if (m_articles && !m_articles->contains(id))
        return false;
    if (m_status && index.data(LibraryModel::ReviewStatusRole).toInt() != int(*m_status))
        return false;
    return true;
}

} // namespace Gazette
