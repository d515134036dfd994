// SPDX-License-Identifier: GPL-3.0-or-later
// Which backend a test executable runs against. CTest runs the store, command, model and CLI
// tests twice: as themselves (label sqlite) and as NAME_postgres (label postgres) with
// GAZETTE_TEST_BACKEND=postgres, where every new library is a new database on the server that
// GAZETTE_TEST_PG_URI names (`./dev test` starts one: tests/postgres/test-server).
#pragma once

#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QTest>
#include <QUuid>

#include <cstdlib>

namespace Gazette::Testing {

inline bool onPostgres()
{
    return qEnvironmentVariable("GAZETTE_TEST_BACKEND") == QLatin1String("postgres");
}

// The server's URI for tests; without one the postgres tests fail at once, never skip.
inline QString serverUri()
{
    const QString uri = qEnvironmentVariable("GAZETTE_TEST_PG_URI");
    if (uri.isEmpty())
        qFatal("GAZETTE_TEST_BACKEND=postgres but GAZETTE_TEST_PG_URI is not set: run the postgres tests through "
               "`./dev test`, which starts a PostgreSQL server (tests/postgres/test-server)");
    return uri;
}

// Runs statements on the server's maintenance database (as its superuser).
inline void onServer(const QStringList &statements)
{
    const QString uri = serverUri();
    const QString name = QStringLiteral("gazette-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        SqlDialect::forLocation(uri)->setLocation(db, uri);
        if (!db.open())
            qFatal("cannot reach the PostgreSQL test server %s: %s", qPrintable(uri), qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                qFatal("%s failed: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

// A URI for a new, empty database on the test server (as the superuser, or as role).
inline QString newServerLibrary(const QString &role = {})
{
    const QString database = QStringLiteral("gazette_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    onServer({QStringLiteral("CREATE DATABASE %1").arg(database)});
    QUrl url(serverUri());
    url.setPath(QLatin1Char('/') + database);
    if (!role.isEmpty())
        url.setUserName(role);
    return url.toString();
}

// Where a test's new library goes: the given SQLite location (":memory:" or a file), or a new
// database on the server.
inline QString newLibrary(const QString &sqliteLocation = QStringLiteral(":memory:"))
{
    return onPostgres() ? newServerLibrary() : sqliteLocation;
}

// Lets the event loop run until condition() holds or milliseconds pass; whether it holds.
template<typename Condition>
bool waitUntil(Condition condition, qint64 milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < milliseconds)
        QTest::qWait(5);
    return condition();
}

} // namespace Gazette::Testing
