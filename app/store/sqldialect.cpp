// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include <QSqlDatabase>

namespace Gazette {

namespace {

// How long a connection waits for another process's write to finish before it gives up.
constexpr int BusyTimeoutMs = 10000;

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
    QStringList openingStatements() const override { return {QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)}; }
    QStringList connectionSetup() const override;
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString schemaVersionQuery() const override { return QStringLiteral("PRAGMA user_version"); }
    QStringList setSchemaVersionStatements(int version) const override;
    QString tableCountQuery() const override
    {
        return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    }
    QStringList createFullTextIndex() const override;
    QString fullTextQuery() const override;
    FullTextMatch fullTextMatch(const QStringList &words) const override;
    QString substringCondition() const override;
    QString likePattern(const QString &word) const override;
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

QString SqliteDialect::fullTextQuery() const
{
    return QStringLiteral("SELECT rowid AS article_id FROM article_search WHERE article_search MATCH ? ORDER BY rank");
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
    match.expression = phrases.join(QLatin1Char(' '));
    return match;
}

QString SqliteDialect::substringCondition() const
{
    return QStringLiteral("(a.headline LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')");
}

QString SqliteDialect::likePattern(const QString &word) const
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::forLocation(const QString &location)
{
    Q_UNUSED(location) // every location is an SQLite file until a PostgreSQL dialect claims its URIs
    return std::make_unique<SqliteDialect>();
}

} // namespace Gazette
