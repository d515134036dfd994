// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"

#include <QLocale>

#include <algorithm>

namespace Gazette {

LibraryModel::LibraryModel(AnnotationStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &AnnotationStore::libraryOpened, this, &LibraryModel::reload);
    connect(store, &AnnotationStore::changed, this, &LibraryModel::applyChange);
    reload();
}

void LibraryModel::applyChange(const StoreChange &change)
{
    for (qint64 id : change.removedArticles)
        removeArticle(id);
    for (qint64 id : change.addedArticles)
        appendArticle(id);
    // One summary query per touched article, however many of its rows the action changed.
    for (qint64 id : change.summaryArticles) {
        if (!change.removedArticles.contains(id) && !change.addedArticles.contains(id))
            refresh(id);
    }
}

void LibraryModel::appendArticle(qint64 id)
{
    // Appended at once when everything before it is loaded; otherwise fetchMore brings it.
    const bool allLoaded = m_summaries.size() == m_total;
    auto summary = allLoaded ? m_store->articleSummary(id) : std::nullopt;
    if (!summary) {
        ++m_total;
        return;
    }
    // In the order of ids, as the library loads them: an article whose removal was undone
    // comes back where it was.
    const auto at = std::lower_bound(m_summaries.cbegin(), m_summaries.cend(), id,
                                     [](const ArticleSummary &entry, qint64 value) { return entry.id < value; });
    const int row = int(at - m_summaries.cbegin());
    beginInsertRows({}, row, row);
    m_summaries.insert(row, *summary);
    ++m_total;
    reindex(row);
    endInsertRows();
}

void LibraryModel::removeArticle(qint64 id)
{
    --m_total;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_summaries.removeAt(row);
    m_rows.remove(id);
    reindex(row);
    endRemoveRows();
}

void LibraryModel::reload()
{
    beginResetModel();
    m_summaries.clear();
    m_rows.clear();
    m_total = m_store->isOpen() ? m_store->articleCount() : 0;
    endResetModel();
}

void LibraryModel::reindex(int fromRow)
{
    for (int row = fromRow; row < m_summaries.size(); ++row)
        m_rows.insert(m_summaries.at(row).id, row);
}

void LibraryModel::refresh(qint64 articleId)
{
    const int row = rowOf(articleId);
    if (row < 0)
        return;
    auto summary = m_store->articleSummary(articleId);
    if (!summary || *summary == m_summaries.at(row))
        return;
    m_summaries[row] = *summary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_summaries.size() < m_total;
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_store->articleSummaries(int(m_summaries.size()), PageSize);
    if (page.isEmpty()) {
        m_total = int(m_summaries.size());
        return;
    }
    const int first = int(m_summaries.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_summaries.append(page);
    reindex(first);
    endInsertRows();
}

qint64 LibraryModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_summaries.size() ? m_summaries.at(row).id : 0;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &s = m_summaries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeadlineColumn:
            return s.headline.isEmpty() ? tr("(untitled)") : s.headline;
        case SourceColumn:
            return s.source;
        case PublishedColumn:
            return s.published.isValid() ? QLocale().toString(s.published.date(), QLocale::ShortFormat) : QString();
        case EntitiesColumn:
            return s.entityCount;
        case PendingColumn:
            return s.pendingCount;
        case FactsColumn:
            return s.factCount;
        case StatusColumn:
            return reviewStatusName(s.reviewStatus);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\nSuggestions to review: %2").arg(s.headline).arg(s.pendingCount);
    case Qt::TextAlignmentRole:
        if (index.column() >= EntitiesColumn && index.column() <= FactsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleIdRole:
        return s.id;
    case ReviewStatusRole:
        return int(s.reviewStatus);
    case PendingCountRole:
        return s.pendingCount;
    case AnnotationCountRole:
        return s.annotationCount;
    case SortRole:
        switch (index.column()) {
        case PublishedColumn:
            return s.published;
        case EntitiesColumn:
            return s.entityCount;
        case PendingColumn:
            return s.pendingCount;
        case FactsColumn:
            return s.factCount;
        case StatusColumn:
            return int(s.reviewStatus);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case SourceColumn:
        return tr("Source");
    case PublishedColumn:
        return tr("Published");
    case EntitiesColumn:
        return tr("Entities");
    case PendingColumn:
        return tr("To review");
    case FactsColumn:
        return tr("Facts");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace Gazette
