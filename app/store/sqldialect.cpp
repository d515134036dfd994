// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

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
    std::unique_ptr<RowInserter> rowInserter(const QSqlDatabase &database, const QString &statement) const override;
};

// The statement on the connection's own sqlite3 handle (Qt's driver and Gazette link the same
// libsqlite3), its values bound straight from the QVariants.
class SqliteRowInserter final : public SqlDialect::RowInserter
{
public:
    SqliteRowInserter(sqlite3 *db, const QString &statement)
        : m_db(db)
    {
        if (sqlite3_prepare16_v3(m_db, statement.utf16(), int(statement.size() * 2), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
            m_error = message();
    }
    ~SqliteRowInserter() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(SqliteRowInserter)

    bool isValid() const { return m_statement != nullptr; }

    std::optional<qint64> insert(const QVariantList &values) override
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!bind(int(i) + 1, values.at(i))) {
                m_error = message();
                return std::nullopt;
            }
        }
        const int status = sqlite3_step(m_statement);
        if (status != SQLITE_DONE) {
            m_error = message();
            sqlite3_reset(m_statement);
            return std::nullopt;
        }
        sqlite3_reset(m_statement); // the values may go: nothing keeps pointing at them
        return sqlite3_last_insert_rowid(m_db);
    }
    QString errorString() const override { return m_error; }

private:
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    // As Qt's driver binds: null values (and null strings) as NULL, numbers as numbers, text as
    // UTF-16 (the QVariant outlives the step).
    bool bind(int index, const QVariant &value)
    {
        if (value.isNull())
            return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QString *text = static_cast<const QString *>(value.constData());
            if (text->isNull())
                return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
            return sqlite3_bind_text16(m_statement, index, text->utf16(), int(text->size() * 2), SQLITE_STATIC) == SQLITE_OK;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong()) == SQLITE_OK;
        case QMetaType::Double:
            return sqlite3_bind_double(m_statement, index, value.toDouble()) == SQLITE_OK;
        case QMetaType::QByteArray: {
            const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
            return sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC) == SQLITE_OK;
        }
        default: {
            const QString text = value.toString();
            return sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT) == SQLITE_OK;
        }
        }
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

std::unique_ptr<SqlDialect::RowInserter> SqliteDialect::rowInserter(const QSqlDatabase &database, const QString &statement) const
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        return nullptr;
    auto inserter = std::make_unique<SqliteRowInserter>(db, statement);
    if (!inserter->isValid())
        return nullptr; // QSqlQuery reports the same statement's error
    return inserter;
}

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
    QStringList rowSecurityStatements() const override;
    QStringList grantStatements(const QString &user, bool curator) const override;
    QString curatorQuery() const override;
    bool isRefusal(const QSqlError &error) const override
    {
        return error.nativeErrorCode() == QLatin1String("42501"); // insufficient_privilege, also a row-level policy
    }
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

// Annotations and facts belong to whoever wrote them last; the extractor's suggestions (no
// author) to everybody. The final layer's rows carry an author no role has.
QStringList PostgresDialect::rowSecurityStatements() const
{
    const QString curator = QStringLiteral("gazette_is_curator()");
    const QString ownOrUnowned = QStringLiteral("(gazette_is_curator() OR author IN (current_user::text, ''))");
    QStringList statements = {
        // Whether the connected role is a member of gazette_curator, also before that role exists.
        QStringLiteral("CREATE OR REPLACE FUNCTION gazette_is_curator() RETURNS boolean LANGUAGE sql STABLE AS $$ "
                       "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gazette_curator' "
                       "AND pg_has_role(current_user, oid, 'MEMBER')) $$"),
    };
    const QStringList tables = {QStringLiteral("articles"), QStringLiteral("annotations"), QStringLiteral("facts"),
                                QStringLiteral("evidence"), QStringLiteral("assignments"), QStringLiteral("presence")};
    for (const QString &table : tables) {
        statements += {QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
                       QStringLiteral("CREATE POLICY gazette_read ON %1 FOR SELECT USING (true)").arg(table)};
    }
    for (const QString &table : {QStringLiteral("annotations"), QStringLiteral("facts")}) {
        statements += {
            QStringLiteral("CREATE POLICY gazette_add ON %1 FOR INSERT WITH CHECK %2").arg(table, ownOrUnowned),
            QStringLiteral("CREATE POLICY gazette_change ON %1 FOR UPDATE USING %2 WITH CHECK %2").arg(table, ownOrUnowned),
            QStringLiteral("CREATE POLICY gazette_remove ON %1 FOR DELETE USING %2").arg(table, ownOrUnowned),
        };
    }
    const QString notFinal = QStringLiteral("(%1 OR review_status < 2)").arg(curator);
    const QString ownAssignment = QStringLiteral("(%1 OR annotator = current_user::text)").arg(curator);
    statements += {
        QStringLiteral("CREATE POLICY gazette_write ON evidence FOR ALL USING (%1 OR EXISTS (SELECT 1 FROM facts f "
                       "WHERE f.id = fact_id AND f.author IN (current_user::text, '')))").arg(curator),
        // Only a curator sets an article's final status (done), reopens a done article or removes one.
        QStringLiteral("CREATE POLICY gazette_add ON articles FOR INSERT WITH CHECK %1").arg(notFinal),
        QStringLiteral("CREATE POLICY gazette_change ON articles FOR UPDATE USING %1 WITH CHECK %1").arg(notFinal),
        QStringLiteral("CREATE POLICY gazette_remove ON articles FOR DELETE USING (%1)").arg(curator),
        // A curator assigns; each annotator reports their own progress.
        QStringLiteral("CREATE POLICY gazette_assign ON assignments FOR INSERT WITH CHECK (%1)").arg(curator),
        QStringLiteral("CREATE POLICY gazette_progress ON assignments FOR UPDATE USING %1 WITH CHECK %1").arg(ownAssignment),
        QStringLiteral("CREATE POLICY gazette_unassign ON assignments FOR DELETE USING (%1)").arg(curator),
        QStringLiteral("CREATE POLICY gazette_own ON presence FOR ALL USING (annotator = current_user::text) "
                       "WITH CHECK (annotator = current_user::text)"),
    };
    return statements;
}

QStringList PostgresDialect::grantStatements(const QString &user, bool curator) const
{
    QString literal = user;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    QString identifier = user;
    identifier.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    identifier = QLatin1Char('"') + identifier + QLatin1Char('"');
    const QString groups = QStringLiteral("gazette_annotator, gazette_curator");
    const QString role = curator ? QStringLiteral("gazette_curator") : QStringLiteral("gazette_annotator");
    const QString other = curator ? QStringLiteral("gazette_annotator") : QStringLiteral("gazette_curator");
    return {
        QStringLiteral("DO $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gazette_annotator') THEN CREATE ROLE gazette_annotator NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gazette_curator') THEN CREATE ROLE gazette_curator NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %2 LOGIN; END IF; "
                       "END $$")
            .arg(literal, identifier),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(groups),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON gazette_meta FROM %1").arg(groups),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(groups),
        // Only where it was granted: REVOKE of a membership that does not exist warns.
        QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                       "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = '%1' AND u.rolname = '%2') "
                       "THEN REVOKE %1 FROM %3; END IF; END $$")
            .arg(other, literal, identifier),
        QStringLiteral("GRANT %1 TO %2").arg(role, identifier),
    };
}

QString PostgresDialect::curatorQuery() const
{
    // The owner of the tables and a superuser are not held by the policies either.
    return QStringLiteral("SELECT gazette_is_curator() OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                          "OR EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'articles' AND schemaname = current_schema() "
                          "AND tableowner = current_user)");
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

QString SqlDialect::serverMessage(const QSqlError &error)
{
    QString text = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const QLatin1StringView severity : {QLatin1StringView("ERROR:"), QLatin1StringView("FATAL:")}) {
        if (text.startsWith(severity))
            text = text.mid(severity.size()).trimmed();
    }
    return text;
}

std::unique_ptr<SqlDialect> SqlDialect::forLocation(const QString &location)
{
    if (isServerLocation(location))
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace Gazette
