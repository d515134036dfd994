// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Gazette {

// File > Connect to Team Library: a library on a PostgreSQL server that a newsroom shares.
// Server, port, database, role and SSL mode make a postgresql:// URI; the servers connected to
// before are offered again. No password is ever part of the URI or the settings: libpq reads
// PGPASSWORD and ~/.pgpass, and the window asks (askPassword) when the server wants one.
class TeamLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamLibraryDialog)

public:
    explicit TeamLibraryDialog(QWidget *parent = nullptr);

    QString uri() const;
    void setUri(const QString &uri);

    // The team libraries connected to before, newest first (URIs without passwords).
    static QStringList recentServers();
    static void remember(const QString &uri);
    // Asks for the role's password; nothing when the reader cancels.
    static std::optional<QString> askPassword(QWidget *parent, const QString &uri);

private:
    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_role;
    QComboBox *m_sslMode;
};

} // namespace Gazette
