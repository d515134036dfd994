// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;

namespace Gazette {

// Everything in Gazette's SQL that is not portable lives behind this interface; the store's
// other statements are plain SQL that SQLite and PostgreSQL both accept (ON CONFLICT upserts,
// CHECK, foreign keys, RETURNING). docs/storage.md lists what each dialect does.
// tests/cmake/check_sqlite_confined.cmake keeps engine-specific names in sqldialect.* alone.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The dialect of a library location: "postgresql://" (or "postgres://") URIs name a
    // PostgreSQL database; anything else is an SQLite file path or ":memory:".
    static std::unique_ptr<SqlDialect> forLocation(const QString &location);
    static bool isServerLocation(const QString &location);
    // The location without a password, for messages and settings.
    static QString displayLocation(const QString &location);
    // The server's own words for a failed statement, one line ("new row violates row-level
    // security policy for table ..."), without the severity and the SQLSTATE.
    static QString serverMessage(const QSqlError &error);

    // What fullTextMatch() makes of a search: the values fullTextQuery() binds, in order, and
    // the words the index cannot find (shorter than its grams), which need substringCondition().
    struct FullTextMatch
    {
        QVariantList values;
        QStringList unindexedWords;
        bool isEmpty() const { return values.isEmpty(); }
    };

    virtual QString driverName() const = 0;
    // The engine's name as users know it, for messages ("SQLite", "PostgreSQL").
    virtual QString engineName() const = 0;
    // Points a new connection at the location (file name, or host and database of a URI).
    virtual void setLocation(QSqlDatabase &database, const QString &location) const = 0;
    // True when the location is a file on disk that can be probed and backed up.
    virtual bool isFile(const QString &location) const = 0;
    // True when other processes on other machines share the library (several annotators).
    virtual bool isShared() const { return false; }
    // The first bytes of every database file of this engine; empty where there are no files.
    virtual QByteArray fileSignature() const = 0;

    // Column types: an auto-assigned 64-bit primary key, a reference to one, a floating-point
    // number that reads back exactly as it was written.
    virtual QString primaryKeyType() const = 0;
    virtual QString referenceType() const = 0;
    virtual QString realType() const = 0;
    // Run right after a connection opens, before anything is read: how long to wait for
    // another process that holds the library's lock.
    virtual QStringList openingStatements() const = 0;
    // Run once per connection (journal mode, foreign keys, ...).
    virtual QStringList connectionSetup() const = 0;
    // Starts a transaction that will write. SQLite takes the write lock at once, so that two
    // writers queue up instead of one failing when it upgrades a read lock; PostgreSQL locks
    // the rows it writes.
    virtual QString beginWriteStatement() const = 0;
    // Run first in the transaction that creates or upgrades the schema, so that two processes
    // opening a new library at once build it exactly once.
    virtual QStringList schemaLockStatements() const = 0;
    // Whether a failed statement is worth trying again after a wait (another writer held a lock).
    virtual bool isBusy(const QSqlError &error) const = 0;
    // A query returning one row, one column: the schema version. Run only when
    // tableCountQuery() found tables.
    virtual QString schemaVersionQuery() const = 0;
    virtual QStringList setSchemaVersionStatements(int version) const = 0;
    // A query returning one row, one column: how many tables the database holds, so that
    // another program's database is told from a new, empty one.
    virtual QString tableCountQuery() const = 0;
    // A query returning one row, one column: who is connected (the PostgreSQL role); empty
    // where the engine has no users.
    virtual QString currentUserQuery() const = 0;
    // Whether a new row may take the id of a removed one (SQLite gives the largest id + 1); the
    // store then keeps the ids of removed articles free for their undo. PostgreSQL's identity
    // never hands an id out twice, and an id the store chose would collide with it later.
    virtual bool reusesFreedIds() const = 0;
    // After rows were copied in with their ids: make new ids start past them.
    virtual QStringList identityResetStatements(const QString &table) const = 0;

    // Statements that create the full-text index over articles (headline, text) and keep it in
    // step with the articles table.
    virtual QStringList createFullTextIndex() const = 0;
    // A query binding fullTextMatch().values returning two columns, article_id and search_rank
    // (lower is better).
    virtual QString fullTextQuery(const FullTextMatch &match) const = 0;
    // Turns words into the engine's match; all words must occur.
    virtual FullTextMatch fullTextMatch(const QStringList &words) const = 0;
    // A condition on article `a` with the same substring pattern (likePattern()) bound twice
    // (headline, text), for words the index skips.
    virtual QString substringCondition() const = 0;
    virtual QString likePattern(const QString &word) const = 0;

    // A statement with one bound value, the path, that writes a consistent copy of the open
    // library file there; empty where the backend has no files to copy.
    virtual QString backupStatement() const = 0;

    // Runs one INSERT statement many times inside the caller's transaction, faster than a
    // prepared QSqlQuery (which builds a placeholder name, a string, for every value it binds):
    // a huge article's million suggestions took half a minute that way.
    class RowInserter
    {
    public:
        virtual ~RowInserter() = default;
        // Binds `values` in order (a null QString is SQL NULL, as QSqlQuery binds it), runs the
        // statement (an INSERT without RETURNING, which tripled SQLite's time per row) and gives
        // the new row's id; nothing when the statement failed (errorString()).
        virtual std::optional<qint64> insert(const QVariantList &values) = 0;
        virtual QString errorString() const = 0;
    };
    // Nothing where QSqlQuery is the way (PostgreSQL: the server's round trips dominate).
    virtual std::unique_ptr<RowInserter> rowInserter(const QSqlDatabase & /*database*/, const QString & /*statement*/) const
    {
        return nullptr;
    }

    // Other processes' changes: the channel name and the statement (one bound value, the
    // payload) that tells every listening connection when the transaction commits; empty
    // where the engine cannot notify.
    virtual QString notificationChannel() const { return {}; }
    virtual QString notifyStatement() const { return {}; }

    // Several annotators with roles (annotator, curator): the row-level policies that let an
    // annotator change only their own rows and the extractor's, and leave the final status,
    // the final layer and assignments to curators. Empty where the engine has no users
    // (SQLite: one person, who may do everything).
    virtual QStringList rowSecurityStatements() const { return {}; }
    // Makes user an annotator or a curator of the library (and the group roles, when new).
    virtual QStringList grantStatements(const QString & /*user*/, bool /*curator*/) const { return {}; }
    // A query returning one row, one column: whether the connected user may curate.
    virtual QString curatorQuery() const { return QStringLiteral("SELECT 1"); }
    // Whether the server refused a statement for the connected role's rights (a row-level
    // policy or a missing privilege), as opposed to a failure.
    virtual bool isRefusal(const QSqlError & /*error*/) const { return false; }
};

} // namespace Gazette
