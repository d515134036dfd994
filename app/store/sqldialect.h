// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Gazette {

// Everything in Gazette's SQL that is not portable lives here; the store's other statements
// are plain SQL that SQLite and PostgreSQL both accept (ON CONFLICT upserts, CHECK, foreign
// keys, RETURNING). docs/storage.md lists the differences a PostgreSQL dialect must cover.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> forDriver(const QString &driverName);

    virtual QString driverName() const = 0;
    // Column type of an auto-assigned 64-bit primary key.
    virtual QString primaryKeyType() const = 0;
    // Run once per connection (journal mode, foreign keys, ...).
    virtual QStringList connectionSetup() const = 0;
    virtual QString schemaVersionQuery() const = 0;
    virtual QString setSchemaVersionStatement(int version) const = 0;
    // Statements that create the full-text index over articles (headline, text) and keep it in
    // step with the articles table.
    virtual QStringList createFullTextIndex() const = 0;
    // A query with one bound value (the match expression from fullTextExpression()) returning
    // article ids, best first.
    virtual QString fullTextQuery() const = 0;
    // Turns words into the engine's match expression (all words must occur). Words the index
    // cannot match (shorter than its grams) are returned in tooShort.
    virtual QString fullTextExpression(const QStringList &words, QStringList *tooShort) const = 0;
    // A statement with one bound value, the path, that writes a consistent copy of the open
    // library file there; empty where the backend has no files to copy.
    virtual QString backupStatement() const = 0;
    // A condition on article id `a.id` with the same LIKE pattern bound twice (headline, text), for words the index skips.
    virtual QString substringCondition() const = 0;
};

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString primaryKeyType() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QStringList connectionSetup() const override;
    QString schemaVersionQuery() const override { return QStringLiteral("PRAGMA user_version"); }
    QString setSchemaVersionStatement(int version) const override;
    QStringList createFullTextIndex() const override;
    QString fullTextQuery() const override;
    QString fullTextExpression(const QStringList &words, QStringList *tooShort) const override;
    QString substringCondition() const override;
    QString backupStatement() const override { return QStringLiteral("VACUUM INTO ?"); }
};

} // namespace Gazette
