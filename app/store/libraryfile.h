// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Gazette {

class SqlDialect;

// The connection to one library, opened through the dialect of its location. Before anything
// is written it makes sure the location holds a Gazette library this version can read: a file
// of another kind, a damaged or foreign database, or a newer library is refused and left
// byte for byte as it was; an older library file is backed up next to it so that the
// migration which follows can be undone by hand.
class LibraryFile
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::LibraryFile)
    Q_DISABLE_COPY_MOVE(LibraryFile)

public:
    explicit LibraryFile(const QString &connectionName);
    ~LibraryFile();

    // Opens (or creates) the library at location, which may hold up to supportedVersion.
    bool open(const QString &location, int supportedVersion);
    void close();
    bool isOpen() const;

    QString location() const { return m_location; }
    // The user's name for the library: its file name, or the location itself.
    QString displayName() const;
    int schemaVersion() const { return m_schemaVersion; } // as found; 0 for a new library
    QString backupPath() const { return m_backupPath; }   // of this opening, if any
    QString errorString() const { return m_errorString; }

    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return *m_dialect; }

private:
    bool probe();   // the file itself, before any connection touches it
    bool openConnection();
    bool readSchemaVersion(int supportedVersion);
    bool backUp();
    void setUpConnection();
    bool refuse(const QString &message);

    QString m_connectionName;
    QString m_location;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    QString m_backupPath;
    QString m_errorString;
};

} // namespace Gazette
