// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityindexmodel.h"

#include "store/annotationstore.h"

#include <QLocale>

namespace Gazette {

EntityIndexModel::EntityIndexModel(AnnotationStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void EntityIndexModel::refresh()
{
    beginResetModel();
    m_index = m_store->isOpen() ? CorpusIndex(m_store->corpusData()) : CorpusIndex();
    endResetModel();
}

int EntityIndexModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.entries().size());
}

int EntityIndexModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntityIndexModel::speakersText(const EntityIndexEntry &entry, int max)
{
    QStringList names;
    for (const EntityIndexEntry::Speaker &speaker : entry.speakers.mid(0, max))
        names.append(QStringLiteral("%1 (%2)").arg(speaker.name).arg(speaker.quotes));
    if (entry.speakers.size() > max)
        names.append(QStringLiteral("…"));
    return names.join(QStringLiteral(", "));
}

QVariant EntityIndexModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_index.entries().size())
        return {};
    const EntityIndexEntry &entry = m_index.entries().at(index.row());
    switch (role) {
    case KeyRole:
        return entry.key;
    case LabelRole:
        return entry.label;
    case EntryRole:
        return index.row();
    case Qt::TextAlignmentRole:
        return index.column() == ArticlesColumn || index.column() == MentionsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == QuotedColumn && !entry.speakers.isEmpty())
            return speakersText(entry, 20);
        if (index.column() == NameColumn && entry.spellings.size() > 1)
            return tr("Also written: %1").arg(entry.spellings.join(QStringLiteral(", ")));
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return entry.name.toCaseFolded();
        case LabelColumn:
            return entry.label;
        case ArticlesColumn:
            return entry.articleCount();
        case MentionsColumn:
            return entry.mentions;
        case FirstColumn:
            return entry.first;
        case LastColumn:
            return entry.last;
        case QuotedColumn:
            return int(entry.speakers.size());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return entry.name;
        case LabelColumn:
            return entry.label;
        case ArticlesColumn:
            return QLocale().toString(entry.articleCount());
        case MentionsColumn:
            return QLocale().toString(entry.mentions);
        case FirstColumn:
            return entry.first.isValid() ? QLocale().toString(entry.first.date(), QLocale::ShortFormat) : QString();
        case LastColumn:
            return entry.last.isValid() ? QLocale().toString(entry.last.date(), QLocale::ShortFormat) : QString();
        case QuotedColumn:
            return speakersText(entry);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant EntityIndexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Entity");
    case LabelColumn:
        return tr("Label");
    case ArticlesColumn:
        return tr("Articles");
    case MentionsColumn:
        return tr("Mentions");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    case QuotedColumn:
        return tr("People quoted");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Gazette
