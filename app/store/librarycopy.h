// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace Gazette {

class AnnotationStore;

// Copies a whole library into a new, empty one, between any two backends (a library file to a
// PostgreSQL database and back): articles, entities, annotations, facts with their evidence,
// the lexicon and the history, with their ids, authors, times and row versions. Afterwards
// every table is counted in both and the copy is refused when a count differs.
class LibraryCopy
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::LibraryCopy)

public:
    // The tables a library is made of, in an order that keeps every reference valid.
    static const QStringList Tables;

    bool copy(const QString &source, const QString &destination);
    bool copy(AnnotationStore &source, AnnotationStore &destination);
    QString errorString() const { return m_errorString; }
    // Rows per table, as counted in both libraries after the copy.
    QList<QPair<QString, qint64>> counts() const { return m_counts; }

private:
    bool fail(const QString &message);

    QString m_errorString;
    QList<QPair<QString, qint64>> m_counts;
};

} // namespace Gazette
