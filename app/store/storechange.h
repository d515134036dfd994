// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include <QList>
#include <QSet>

namespace Gazette {

// Everything one committed store action changed (apply() of a change set, adding, updating
// or removing an article), announced at once by AnnotationStore::changed() so that a model
// refreshes once per user action however many rows it touched. Row changes keep the order in
// which they were written; no `before` is an insert, no `after` a delete.
struct StoreChange
{
    QList<qint64> addedArticles;   // with their annotations, entities and facts, not listed below
    QList<qint64> changedArticles; // metadata, text or review status
    QList<qint64> removedArticles; // their rows went with them and are not listed below
    QList<RowChange<Annotation>> annotations;
    QList<RowChange<Entity>> entities;
    QList<RowChange<Fact>> facts;
    // Articles whose library row (counts, status, headline, ...) may now differ.
    QSet<qint64> summaryArticles;
    bool lexiconChanged = false;

    bool summaryChanged() const { return !summaryArticles.isEmpty(); }
    bool isEmpty() const
    {
        return addedArticles.isEmpty() && changedArticles.isEmpty() && removedArticles.isEmpty() && annotations.isEmpty()
            && entities.isEmpty() && facts.isEmpty() && summaryArticles.isEmpty() && !lexiconChanged;
    }
    // Every article the change belongs to, whatever part of it changed.
    QSet<qint64> touchedArticles() const
    {
        QSet<qint64> ids = summaryArticles;
        for (const QList<qint64> *list : {&addedArticles, &changedArticles, &removedArticles})
            ids.unite(QSet<qint64>(list->begin(), list->end()));
        for (const auto &row : annotations)
            ids.insert(row.after ? row.after->articleId : row.before->articleId);
        for (const auto &row : facts)
            ids.insert(row.after ? row.after->articleId : row.before->articleId);
        return ids;
    }
};

} // namespace Gazette
