// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycopy.h"

#include "annotationstore.h"
#include "logging.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Gazette {

const QStringList LibraryCopy::Tables = {
    QStringLiteral("articles"), QStringLiteral("entities"), QStringLiteral("annotations"), QStringLiteral("facts"),
    QStringLiteral("evidence"), QStringLiteral("lexicon"), QStringLiteral("change_log"),
    QStringLiteral("feed_folders"), QStringLiteral("feeds"), QStringLiteral("feed_items"), QStringLiteral("assignments"),
    QStringLiteral("smart_folders"),
};

namespace {

// Tables whose rows carry an id column that new rows count on.
bool hasIdentity(const QString &table)
{
    return table != QLatin1String("lexicon") && table != QLatin1String("assignments");
}

std::optional<qint64> rowCount(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

// The columns both libraries have (a copy between two versions' libraries keeps what both know).
QStringList sharedColumns(const QSqlDatabase &source, const QSqlDatabase &destination, const QString &table)
{
    const QSqlRecord from = source.record(table);
    const QSqlRecord to = destination.record(table);
    QStringList columns;
    for (int i = 0; i < to.count(); ++i) {
        if (from.contains(to.fieldName(i)))
            columns.append(to.fieldName(i));
    }
    return columns;
}

} // namespace

bool LibraryCopy::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool LibraryCopy::copy(const QString &source, const QString &destination)
{
    AnnotationStore from;
    if (!from.open(source))
        return fail(from.errorString());
    AnnotationStore to;
    if (!to.open(destination))
        return fail(to.errorString());
    return copy(from, to);
}

bool LibraryCopy::copy(AnnotationStore &source, AnnotationStore &destination)
{
    m_counts.clear();
    m_errorString.clear();
    const QSqlDatabase from = source.database();
    const QSqlDatabase to = destination.database();
    for (const QString &table : Tables) {
        if (rowCount(to, table).value_or(1) != 0)
            return fail(tr("“%1” is not empty: a library is copied only into a new one.").arg(SqlDialect::displayLocation(destination.path())));
    }
    const SqlDialect &dialect = destination.dialect();
    qint64 copied = 0;
    const bool ok = destination.transaction([&] {
        for (const QString &table : Tables) {
            const QStringList columns = sharedColumns(from, to, table);
            QStringList marks;
            for (qsizetype i = 0; i < columns.size(); ++i)
                marks.append(QStringLiteral("?"));
            QSqlQuery read(from);
            read.setForwardOnly(!source.isShared());
            if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(columns.join(QStringLiteral(", ")), table))) {
                destination.fail(tr("Could not read the table “%1”.").arg(table), &read);
                return false;
            }
            QSqlQuery write(to);
            if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
                destination.fail(tr("Could not write the table “%1”.").arg(table), &write);
                return false;
            }
            while (read.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    write.bindValue(i, read.value(i));
                if (!destination.exec(write))
                    return false;
                ++copied;
            }
            if (hasIdentity(table)) {
                for (const QString &statement : dialect.identityResetStatements(table)) {
                    QSqlQuery reset(to);
                    if (!reset.exec(statement)) {
                        destination.fail(tr("A database statement failed."), &reset);
                        return false;
                    }
                }
            }
        }
        return true;
    });
    if (!ok)
        return fail(destination.errorString());
    for (const QString &table : Tables) {
        const auto inSource = rowCount(from, table);
        const auto inCopy = rowCount(to, table);
        if (!inSource || !inCopy || *inSource != *inCopy)
            return fail(tr("The copy of “%1” holds %2 rows, the original %3.").arg(table).arg(inCopy.value_or(-1)).arg(inSource.value_or(-1)));
        m_counts.append({table, *inCopy});
    }
    qCInfo(lcStore) << "copied" << copied << "rows from" << SqlDialect::displayLocation(source.path()) << "to"
                    << SqlDialect::displayLocation(destination.path());
    return true;
}

} // namespace Gazette
