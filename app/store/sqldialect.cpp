// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace Gazette {

namespace {

// How long a connection waits for another process's write to finish before it gives up.
constexpr int BusyTimeoutMs = 10000;

// Escapes the characters LIKE and ILIKE treat specially, with a backslash.
QString escapedLikePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A library file (*.gazette) or a private in-memory library (":memory:").
class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString engineName() const override { return QStringLiteral("SQLite"); }
    void setLocation(QSqlDatabase &database, const QString &location) const override { database.setDatabaseName(location); }
    bool isFile(const QString &location) const override { return location != QLatin1String(":memory:"); }
    QByteArray fileSignature() const override { return QByteArray("SQLite format 3\0", 16); }
    QString primaryKeyType() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString referenceType() const override { return QStringLiteral("INTEGER"); }
    QString realType() const override { return QStringLiteral("REAL"); }
    QStringList openingStatements() const override { return {QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)}; }
    QStringList connectionSetup() const override;
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QStringList schemaLockStatements() const override { return {}; } // BEGIN IMMEDIATE holds the only write lock
    bool isBusy(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("5") || error.text().contains(QLatin1String("locked"));
    }
    QString schemaVersionQuery() const override { return QStringLiteral("PRAGMA user_version"); }
    QStringList setSchemaVersionStatements(int version) const override;
    QString tableCountQuery() const override
    {
        return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    }
    QString currentUserQuery() const override { return QStringLiteral("SELECT ''"); }
    bool reusesFreedIds() const override { return true; }
    QStringList identityResetStatements(const QString &) const override { return {}; } // new ids follow the largest
    QStringList createFullTextIndex() const override;
    QString fullTextQuery(const FullTextMatch &) const override;
    FullTextMatch fullTextMatch(const QStringList &words) const override;
    QString substringCondition() const override;
    QString likePattern(const QString &word) const override { return escapedLikePattern(word); }
    QString backupStatement() const override { return QStringLiteral("VACUUM INTO ?"); }
};

QStringList SqliteDialect::connectionSetup() const
{
    return {QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs), QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")};
}

QStringList SqliteDialect::setSchemaVersionStatements(int version) const
{
    return {QStringLiteral("PRAGMA user_version = %1").arg(version)};
}

QStringList SqliteDialect::createFullTextIndex() const
{
    // The trigram tokenizer also finds words in Chinese and Japanese text, which the default
    // tokenizer cannot split; external content keeps the index small.
    return {
        QStringLiteral("CREATE VIRTUAL TABLE article_search USING fts5("
                       "headline, text, content='articles', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN "
                       "INSERT INTO article_search(rowid, headline, text) VALUES (new.id, new.headline, new.text); END"),
        QStringLiteral("CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN "
                       "INSERT INTO article_search(article_search, rowid, headline, text) "
                       "VALUES ('delete', old.id, old.headline, old.text); END"),
        QStringLiteral("CREATE TRIGGER articles_search_update AFTER UPDATE OF headline, text ON articles BEGIN "
                       "INSERT INTO article_search(article_search, rowid, headline, text) "
                       "VALUES ('delete', old.id, old.headline, old.text); "
                       "INSERT INTO article_search(rowid, headline, text) VALUES (new.id, new.headline, new.text); END"),
        QStringLiteral("INSERT INTO article_search(article_search) VALUES ('rebuild')"),
    };
}

QString SqliteDialect::fullTextQuery(const FullTextMatch &) const
{
    return QStringLiteral("SELECT rowid AS article_id, rank AS search_rank FROM article_search WHERE article_search MATCH ?");
}

SqlDialect::FullTextMatch SqliteDialect::fullTextMatch(const QStringList &words) const
{
    FullTextMatch match;
    QStringList phrases;
    for (const QString &word : words) {
        // Trigrams: a word of fewer than three characters has no gram to look up.
        if (word.size() < 3) {
            match.unindexedWords.append(word);
            continue;
        }
        QString escaped = word;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    }
    if (!phrases.isEmpty())
        match.values.append(phrases.join(QLatin1Char(' ')));
    return match;
}

QString SqliteDialect::substringCondition() const
{
    return QStringLiteral("(a.headline LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')");
}

// A database on a PostgreSQL server, named by a URI in libpq's form:
// postgresql://USER@HOST:PORT/DBNAME?sslmode=require. What the URI leaves out libpq takes from
// its environment (PGHOST, PGUSER, PGPASSWORD, PGSSLMODE, ...) and the password from ~/.pgpass.
class PostgresDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString engineName() const override { return QStringLiteral("PostgreSQL"); }
    void setLocation(QSqlDatabase &database, const QString &location) const override;
    bool isFile(const QString &) const override { return false; }
    bool isShared() const override { return true; }
    QByteArray fileSignature() const override { return {}; }
    // BY DEFAULT: undo puts a removed row back with its own id, and a library copy keeps ids.
    QString primaryKeyType() const override { return QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"); }
    QString referenceType() const override { return QStringLiteral("BIGINT"); }
    QString realType() const override { return QStringLiteral("DOUBLE PRECISION"); }
    QStringList openingStatements() const override
    {
        return {QStringLiteral("SET lock_timeout = %1").arg(BusyTimeoutMs), QStringLiteral("SET client_min_messages = warning")};
    }
    QStringList connectionSetup() const override { return {}; } // foreign keys are always on
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN"); }
    QStringList schemaLockStatements() const override
    {
        // One number for "Gazette's schema" among the advisory locks of the database.
        return {QStringLiteral("SELECT pg_advisory_xact_lock(4710112026)")};
    }
    bool isBusy(const QSqlError &error) const override
    {
        // lock_not_available (lock_timeout), deadlock_detected, serialization_failure
        const QString state = error.nativeErrorCode();
        return state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("40001");
    }
    QString schemaVersionQuery() const override { return QStringLiteral("SELECT max(schema_version) FROM gazette_meta"); }
    QStringList setSchemaVersionStatements(int version) const override
    {
        return {QStringLiteral("CREATE TABLE IF NOT EXISTS gazette_meta (schema_version INTEGER NOT NULL)"),
                QStringLiteral("DELETE FROM gazette_meta"),
                QStringLiteral("INSERT INTO gazette_meta (schema_version) VALUES (%1)").arg(version)};
    }
    QString tableCountQuery() const override
    {
        return QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
    }
    QString currentUserQuery() const override { return QStringLiteral("SELECT current_user"); }
    bool reusesFreedIds() const override { return false; }
    QStringList identityResetStatements(const QString &table) const override
    {
        return {QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                    .arg(table)};
    }
    QStringList createFullTextIndex() const override;
    QString fullTextQuery(const FullTextMatch &match) const override;
    FullTextMatch fullTextMatch(const QStringList &words) const override;
    QString substringCondition() const override
    {
        return QStringLiteral("(a.headline ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')");
    }
    QString likePattern(const QString &word) const override { return escapedLikePattern(word); }
    QString backupStatement() const override { return {}; } // the server's backups are its administrator's
    QString notificationChannel() const override { return QStringLiteral("gazette_changes"); }
    QString notifyStatement() const override { return QStringLiteral("SELECT pg_notify('gazette_changes', ?)"); }
};

// A value for libpq's "key=value" connection string, quoted where it must be.
QString connectionValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

void PostgresDialect::setLocation(QSqlDatabase &database, const QString &location) const
{
    const QUrl url(location);
    database.setHostName(url.host(QUrl::FullyDecoded));
    if (url.port() > 0)
        database.setPort(url.port());
    database.setUserName(url.userName(QUrl::FullyDecoded));
    // A password in the URI works as libpq's does; PGPASSWORD and ~/.pgpass are libpq's own.
    if (!url.password().isEmpty())
        database.setPassword(url.password(QUrl::FullyDecoded));
    database.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
    QStringList options = {QStringLiteral("application_name=Gazette"), QStringLiteral("connect_timeout=10")};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            database.setHostName(value); // a Unix socket folder, as libpq allows
        else if (key == QLatin1String("port"))
            database.setPort(value.toInt());
        else
            options.append(key + QLatin1Char('=') + connectionValue(value));
    }
    database.setConnectOptions(options.join(QLatin1Char(';')));
}

QStringList PostgresDialect::createFullTextIndex() const
{
    // pg_trgm finds substrings of three characters and more in any script, as SQLite's trigram
    // index does (Chinese and Japanese have no spaces for a word index); the words' ranks come
    // from a tsvector of the text when the query runs.
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE INDEX articles_search_trigram ON articles USING gin ((headline || ' ' || text) gin_trgm_ops)"),
    };
}

QString PostgresDialect::fullTextQuery(const FullTextMatch &match) const
{
    QStringList conditions;
    for (qsizetype i = 1; i < match.values.size(); ++i)
        conditions.append(QStringLiteral("(headline || ' ' || text) ILIKE ? ESCAPE '\\'"));
    return QStringLiteral("SELECT id AS article_id, "
                          "-ts_rank(to_tsvector('simple', left(headline || ' ' || text, 20000)), plainto_tsquery('simple', ?)) "
                          "AS search_rank FROM articles WHERE ")
        + conditions.join(QStringLiteral(" AND "));
}

SqlDialect::FullTextMatch PostgresDialect::fullTextMatch(const QStringList &words) const
{
    FullTextMatch match;
    QStringList indexed;
    QVariantList patterns;
    for (const QString &word : words) {
        if (word.size() < 3) {
            match.unindexedWords.append(word);
            continue;
        }
        indexed.append(word);
        patterns.append(escapedLikePattern(word));
    }
    if (!indexed.isEmpty())
        match.values = QVariantList{indexed.join(QLatin1Char(' '))} + patterns;
    return match;
}

} // namespace

bool SqlDialect::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString SqlDialect::displayLocation(const QString &location)
{
    if (!isServerLocation(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

std::unique_ptr<SqlDialect> SqlDialect::forLocation(const QString &location)
{
    if (isServerLocation(location))
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace Gazette
