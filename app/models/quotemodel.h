// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/annotationstore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Gazette {

// Who said what across the library: one row per quote (speaker, quote, article, date), from one
// query. While no view shows it (setActive(false)) a change only marks it stale; it reloads when
// shown again, so an import of thousands of articles does not query it after every batch.
class QuoteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteModel)

public:
    enum Column { SpeakerColumn, QuoteColumn, ArticleColumn, DateColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, StartRole, EndRole, SpeakerRole, SortRole, FactIdRole };

    explicit QuoteModel(AnnotationStore *store, QObject *parent = nullptr);

    void setActive(bool active);
    void reload();
    const QList<QuoteRow> &rows() const { return m_rows; }
    // Speakers by how often they are quoted, most first (then by name).
    QList<QPair<QString, int>> speakers() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reloaded();

private:
    void applyChange(const StoreChange &change);

    AnnotationStore *m_store;
    QList<QuoteRow> m_rows;
    bool m_active = false;
    bool m_stale = true;
};

// The Quotes view's filters: one speaker (empty: all) and words that must all appear in the
// speaker, the quote or the headline (case and accents as typed are ignored for case only).
class QuoteFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSpeaker(const QString &speaker);
    void setWords(const QString &text);
    QString speaker() const { return m_speaker; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_speaker;
    QStringList m_words;
};

} // namespace Gazette
