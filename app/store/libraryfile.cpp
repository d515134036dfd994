// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfile.h"

#include "logging.h"
#include "sqldialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Gazette {

LibraryFile::LibraryFile(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

LibraryFile::~LibraryFile()
{
    close();
}

QSqlDatabase LibraryFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LibraryFile::isOpen() const
{
    return m_dialect && QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QString LibraryFile::displayName() const
{
    if (m_dialect && m_dialect->isFile(m_location))
        return QFileInfo(m_location).fileName();
    return SqlDialect::displayLocation(m_location); // never a password

}

void LibraryFile::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_location.clear();
    m_dialect.reset();
    m_schemaVersion = 0;
}

bool LibraryFile::refuse(const QString &message)
{
    close();
    m_errorString = message;
    return false;
}

bool LibraryFile::open(const QString &location, int supportedVersion)
{
    close();
    m_errorString.clear();
    m_backupPath.clear();
    m_location = location;
    m_dialect = SqlDialect::forLocation(location);
    // Read before writing anything: a newer or foreign library must stay exactly as it is.
    if (!probe() || !openConnection() || !readSchemaVersion(supportedVersion))
        return false;
    if (m_schemaVersion > 0 && m_schemaVersion < supportedVersion && !backUp())
        return false;
    setUpConnection();
    return true;
}

bool LibraryFile::probe()
{
    if (!m_dialect->isFile(m_location))
        return true;
    const QString name = displayName();
    const QFileInfo info(m_location);
    if (!info.exists()) {
        if (QDir().mkpath(info.absolutePath()))
            return true;
        return refuse(tr("The folder for the library “%1” cannot be created.").arg(name));
    }
    QFile file(m_location);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("The library “%1” cannot be read: %2").arg(name, file.errorString()));
    const QByteArray signature = m_dialect->fileSignature();
    const QByteArray header = file.read(signature.size());
    if (!header.isEmpty() && header != signature)
        return refuse(tr("“%1” is not a Gazette library: it is no %2 database. It was left unchanged.")
                          .arg(name, m_dialect->engineName()));
    return true;
}

bool LibraryFile::openConnection()
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
        m_dialect->setLocation(db, m_location);
        if (db.open()) {
            for (const QString &statement : m_dialect->openingStatements()) {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    qCWarning(lcStore) << "opening statement failed:" << statement << q.lastError().text();
            }
            return true;
        }
        error = db.lastError().text();
    }
    if (m_dialect->isShared() && error.contains(QLatin1String("password")))
        error += QLatin1Char(' ') + tr("Give the password in PGPASSWORD or in ~/.pgpass, as for psql.");
    return refuse(tr("The library “%1” cannot be opened: %2").arg(displayName(), error));
}

bool LibraryFile::readSchemaVersion(int supportedVersion)
{
    const QString name = displayName();
    int version = -1;
    int tables = -1;
    {
        // The version is asked only of a database with tables: a new PostgreSQL database has
        // no table to keep it in yet.
        QSqlQuery q(database());
        if (q.exec(m_dialect->tableCountQuery()) && q.next())
            tables = q.value(0).toInt();
        if (tables == 0)
            version = 0;
        else if (tables > 0 && q.exec(m_dialect->schemaVersionQuery()) && q.next())
            version = q.value(0).toInt();
        else if (tables > 0 && !m_dialect->isFile(m_location))
            version = 0; // no version table: another program's database, refused below
    }
    if (version < 0 || tables < 0) {
        if (m_dialect->isFile(m_location)) {
            // SQLite keeps a write-ahead log beside the library: a folder it cannot write to
            // makes a sound library unreadable, which is no damage.
            const QFileInfo info(m_location);
            const QFileInfo folder(info.absolutePath());
            if (!folder.isWritable())
                return refuse(tr("“%1” cannot be opened: its folder “%2” is read-only, and Gazette needs to write its journal "
                                 "there. Copy the library to a folder you can write to, or make the folder writable.")
                                  .arg(name, folder.absoluteFilePath()));
            if (!info.isWritable())
                return refuse(tr("“%1” cannot be opened: the file is read-only. Make it writable, or copy it.").arg(name));
        }
        return refuse(tr("“%1” is damaged or not a Gazette library. It was left unchanged.").arg(name));
    }
    if (version > supportedVersion) {
        return refuse(tr("“%1” was made by a newer version of Gazette (library format %2; this version reads up to %3). "
                         "It was left unchanged.").arg(name).arg(version).arg(supportedVersion));
    }
    if (version == 0 && tables > 0)
        return refuse(tr("“%1” is a %2 database but not a Gazette library. It was left unchanged.")
                          .arg(name, m_dialect->engineName()));
    m_schemaVersion = version;
    return true;
}

bool LibraryFile::backUp()
{
    const QString statement = m_dialect->backupStatement();
    if (statement.isEmpty() || !m_dialect->isFile(m_location))
        return true;
    QString backup = QStringLiteral("%1.v%2.bak").arg(m_location).arg(m_schemaVersion);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = QStringLiteral("%1.v%2-%3.bak").arg(m_location).arg(m_schemaVersion).arg(n);
    QString error;
    {
        QSqlQuery q(database());
        q.prepare(statement);
        q.addBindValue(backup);
        if (q.exec()) {
            m_backupPath = backup;
            qCInfo(lcStore) << "backed up library version" << m_schemaVersion << "to" << backup;
            return true;
        }
        error = q.lastError().text();
    }
    return refuse(tr("Could not back up “%1” before upgrading it: %2").arg(displayName(), error));
}

void LibraryFile::setUpConnection()
{
    for (const QString &statement : m_dialect->connectionSetup()) {
        QSqlQuery q(database());
        // Switching a new library to WAL needs a moment alone with it: SQLite answers "locked"
        // at once (without its busy timeout) while another process opens the same file, so the
        // statement is tried again for a while before giving up.
        bool done = q.exec(statement);
        for (int attempt = 0; !done && attempt < 100 && m_dialect->isBusy(q.lastError()); ++attempt) {
            QThread::msleep(50);
            done = q.exec(statement);
        }
        if (!done)
            qCWarning(lcStore) << "connection setup failed:" << statement << q.lastError().text();
    }
}

} // namespace Gazette
