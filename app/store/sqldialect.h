// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;

namespace Gazette {

// Everything in Gazette's SQL that is not portable lives behind this interface; the store's
// other statements are plain SQL that SQLite and PostgreSQL both accept (ON CONFLICT upserts,
// CHECK, foreign keys, RETURNING). docs/storage.md lists what a PostgreSQL dialect must cover.
// tests/cmake/check_sqlite_confined.cmake keeps engine-specific names in sqldialect.* alone.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The dialect of a library location: a file path or ":memory:" today; a PostgreSQL dialect
    // will claim "postgresql://" URIs here.
    static std::unique_ptr<SqlDialect> forLocation(const QString &location);

    // What fullTextMatch() makes of a search: the engine's match expression, and the words the
    // index cannot find (shorter than its grams), which need substringCondition().
    struct FullTextMatch
    {
        QString expression;
        QStringList unindexedWords;
    };

    virtual QString driverName() const = 0;
    // The engine's name as users know it, for messages ("SQLite").
    virtual QString engineName() const = 0;
    // Points a new connection at the location (file name, or host and database of a URI).
    virtual void setLocation(QSqlDatabase &database, const QString &location) const = 0;
    // True when the location is a file on disk that can be probed and backed up.
    virtual bool isFile(const QString &location) const = 0;
    // The first bytes of every database file of this engine; empty where there are no files.
    virtual QByteArray fileSignature() const = 0;

    // Column type of an auto-assigned 64-bit primary key.
    virtual QString primaryKeyType() const = 0;
    // Run right after a connection opens, before anything is read: how long to wait for
    // another process that holds the library's lock.
    virtual QStringList openingStatements() const = 0;
    // Run once per connection (journal mode, foreign keys, ...).
    virtual QStringList connectionSetup() const = 0;
    // Starts a transaction that will write, taking the write lock at once, so that two writers
    // queue up instead of one failing when it upgrades a read lock.
    virtual QString beginWriteStatement() const = 0;
    // A query returning one row, one column: the schema version (0 for a new database).
    virtual QString schemaVersionQuery() const = 0;
    virtual QStringList setSchemaVersionStatements(int version) const = 0;
    // A query returning one row, one column: how many tables the database holds, so that
    // another program's database is told from a new, empty one.
    virtual QString tableCountQuery() const = 0;

    // Statements that create the full-text index over articles (headline, text) and keep it in
    // step with the articles table.
    virtual QStringList createFullTextIndex() const = 0;
    // A query with one bound value (fullTextMatch().expression) returning one column,
    // article_id, best match first.
    virtual QString fullTextQuery() const = 0;
    // Turns words into the engine's match expression; all words must occur.
    virtual FullTextMatch fullTextMatch(const QStringList &words) const = 0;
    // A condition on article `a` with the same substring pattern (likePattern()) bound twice
    // (headline, text), for words the index skips.
    virtual QString substringCondition() const = 0;
    virtual QString likePattern(const QString &word) const = 0;

    // A statement with one bound value, the path, that writes a consistent copy of the open
    // library file there; empty where the backend has no files to copy.
    virtual QString backupStatement() const = 0;
};

} // namespace Gazette
