// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

namespace Gazette {

std::unique_ptr<SqlDialect> SqlDialect::forDriver(const QString &driverName)
{
    if (driverName == QLatin1String("QSQLITE"))
        return std::make_unique<SqliteDialect>();
    return nullptr;
}

QStringList SqliteDialect::connectionSetup() const
{
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA busy_timeout = 5000")};
}

QString SqliteDialect::setSchemaVersionStatement(int version) const
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
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
    return QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank");
}

QString SqliteDialect::fullTextExpression(const QStringList &words, QStringList *tooShort) const
{
    QStringList phrases;
    for (const QString &word : words) {
        // Trigrams: a word of fewer than three characters has no gram to look up.
        if (word.size() < 3) {
            if (tooShort)
                tooShort->append(word);
            continue;
        }
        QString escaped = word;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    }
    return phrases.join(QLatin1Char(' '));
}

QString SqliteDialect::substringCondition() const
{
    return QStringLiteral("(a.headline LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')");
}

} // namespace Gazette
