// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Gazette {

class SqlDialect;

// The library's tables and the ordered steps that bring a library of any older version to
// the current one. The version number itself is kept where the dialect says.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Schema)

public:
    static constexpr int Version = 7;

    Schema(const QSqlDatabase &database, const SqlDialect &dialect);

    // Brings a library from fromVersion (0: a new, empty database) to Version. The caller
    // runs it inside one transaction, so a failed step leaves the library as it was.
    bool migrate(int fromVersion);
    QString errorString() const { return m_errorString; }

private:
    QStringList version1() const; // the tables
    QStringList version2() const; // notes, orphaned spans after re-anchoring, full-text search
    QStringList version3() const; // one row per text (a unique content key), import warnings
    QStringList version4() const; // row versions, the change log (history, other annotators' changes)
    QStringList version5() const; // feed subscriptions: folders, feeds, their items, read and starred
    QStringList version6() const; // assignments, presence, roles and row-level policies on a server
    QStringList version7() const; // smart folders (saved library searches)
    bool run(const QStringList &statements);

    QSqlDatabase m_database;
    const SqlDialect &m_dialect;
    QString m_errorString;
};

} // namespace Gazette
