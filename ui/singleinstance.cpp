// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace Gazette {

namespace {
const QByteArray Accepted = QByteArrayLiteral("ok\n");
const auto SourcesKey = QStringLiteral("open");

bool isWebAddress(const QString &argument)
{
    const QUrl url(argument);
    return url.isValid() && !url.isLocalFile() && url.scheme().size() > 1 && argument.contains(QLatin1String("://"));
}
} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::takeConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName()
{
    // The settings file names the profile (organisation, application, configuration folder),
    // and with it the library the window opens.
    const QByteArray profile = QSettings().fileName().toUtf8() + '\n' + qgetenv("USER") + '\n'
        + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8();
    const QString key = QString::fromLatin1(QCryptographicHash::hash(profile, QCryptographicHash::Sha256).toHex().left(16));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("gazette-") + key);
}

QStringList SingleInstance::sourcesFromArguments(const QStringList &arguments)
{
    QStringList sources;
    for (const QString &argument : arguments) {
        if (isWebAddress(argument))
            sources.append(argument);
        else if (const QUrl url(argument); url.isLocalFile() && argument.startsWith(QLatin1String("file:")))
            sources.append(QFileInfo(url.toLocalFile()).absoluteFilePath());
        else
            sources.append(QFileInfo(argument).absoluteFilePath());
    }
    return sources;
}

bool SingleInstance::sendToRunning(const QString &name, const QStringList &sources, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QJsonObject message{{SourcesKey, QJsonArray::fromStringList(sources)}};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running window answers once it has the list; opening the files is its business.
    QByteArray answer;
    while (!answer.endsWith('\n')) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
        answer += socket.readAll();
    }
    return answer == Accepted;
}

bool SingleInstance::listen()
{
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        m_errorString = tr("Another Gazette is already running.");
        return false;
    }
    // Nobody answers: whatever has the name was left by an instance that ended without closing it.
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    m_errorString = m_server->errorString();
    return false;
}

void SingleInstance::takeConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonObject message = QJsonDocument::fromJson(socket->readLine()).object();
            QStringList sources;
            for (const QJsonValue &value : message.value(SourcesKey).toArray())
                sources.append(value.toString());
            socket->write(Accepted);
            socket->flush();
            // Opening may ask questions (a changed copy, a feed's items): not while reading.
            QTimer::singleShot(0, this, [this, sources] { Q_EMIT sourcesReceived(sources); });
        });
    }
}

} // namespace Gazette
