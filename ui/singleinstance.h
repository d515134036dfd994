// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Gazette {

// One window per running Gazette. The first launch listens on a local socket named after the
// user and the settings profile (so tests, other profiles and other users never meet it); a
// later `gazette FILE...` hands its files and web addresses to it and ends. A socket left
// behind by an instance that crashed is removed.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket of this user and settings profile: a path in the user's runtime folder.
    static QString serverName();
    // The command line's files as absolute paths (the running instance has its own working
    // folder) and its web addresses as they are.
    static QStringList sourcesFromArguments(const QStringList &arguments);
    // Hands the sources to the instance listening on name and waits until it has taken them;
    // false when no instance listens (or it did not answer in time).
    static bool sendToRunning(const QString &name, const QStringList &sources, int timeoutMs = 5000);

    // Starts listening; false with errorString() when another instance already does or the
    // socket cannot be made.
    bool listen();
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    // Files and web addresses a later launch asked to open.
    void sourcesReceived(const QStringList &sources);

private:
    void takeConnection();

    QString m_name;
    QLocalServer *m_server;
    QString m_errorString;
};

} // namespace Gazette
