// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotemodel.h"

#include <QLocale>

#include <algorithm>

namespace Gazette {

QuoteModel::QuoteModel(AnnotationStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &AnnotationStore::libraryOpened, this, [this] {
        m_stale = true;
        if (m_active)
            reload();
    });
    connect(store, &AnnotationStore::changed, this, &QuoteModel::applyChange);
}

void QuoteModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void QuoteModel::reload()
{
    beginResetModel();
    m_rows = m_store->quotes();
    m_stale = false;
    endResetModel();
    Q_EMIT reloaded();
}

void QuoteModel::applyChange(const StoreChange &change)
{
    // Quotes come and go with articles and quote facts; speakers' names with entities.
    const bool quotesChanged = std::any_of(change.facts.cbegin(), change.facts.cend(), [](const RowChange<Fact> &row) {
        return (row.after && row.after->kind == QLatin1String("quote")) || (row.before && row.before->kind == QLatin1String("quote"));
    });
    if (!quotesChanged && change.addedArticles.isEmpty() && change.removedArticles.isEmpty() && change.changedArticles.isEmpty()
        && change.entities.isEmpty())
        return;
    m_stale = true;
    if (m_active)
        reload();
}

QList<QPair<QString, int>> QuoteModel::speakers() const
{
    QHash<QString, int> counts;
    for (const QuoteRow &row : m_rows)
        ++counts[row.speaker];
    QList<QPair<QString, int>> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({it.key(), it.value()});
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return result;
}

int QuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QuoteRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SpeakerColumn:
            return row.speaker;
        case QuoteColumn:
            return role == Qt::DisplayRole ? QStringLiteral("“%1”").arg(row.quote.simplified()) : row.quote;
        case ArticleColumn:
            return row.headline;
        case DateColumn:
            return row.published.isValid() ? QLocale().toString(row.published.date(), QLocale::ShortFormat) : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return row.published.isValid() ? row.published.toMSecsSinceEpoch() : qint64(0);
        case QuoteColumn:
            return row.quote;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ArticleIdRole:
        return row.articleId;
    case StartRole:
        return row.start;
    case EndRole:
        return row.end;
    case SpeakerRole:
        return row.speaker;
    case FactIdRole:
        return row.factId;
    default:
        return {};
    }
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case QuoteColumn:
        return tr("Quote");
    case ArticleColumn:
        return tr("Article");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

void QuoteFilterModel::setSpeaker(const QString &speaker)
{
    m_speaker = speaker;
    invalidateRowsFilter();
}

void QuoteFilterModel::setWords(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool QuoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_speaker.isEmpty() && model->data(first, QuoteModel::SpeakerRole).toString() != m_speaker)
        return false;
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int column = 0; column < QuoteModel::ColumnCount; ++column)
        haystack += model->data(model->index(sourceRow, column, sourceParent), Qt::ToolTipRole).toString() + QLatin1Char('\n');
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); });
}

} // namespace Gazette
