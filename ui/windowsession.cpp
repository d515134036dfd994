// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsession.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Gazette::WindowSession {

namespace {
QString key(Folder kind)
{
    switch (kind) {
    case Folder::Articles:
        return QStringLiteral("files/lastDirectory");
    case Folder::ImportFolder:
        return QStringLiteral("files/lastImportFolder");
    case Folder::Library:
        return QStringLiteral("library/lastDirectory");
    }
    return {};
}

const auto LastArticleKey = QStringLiteral("session/lastArticle");
const auto LastArticleLibraryKey = QStringLiteral("session/lastArticleLibrary");
} // namespace

QString folder(Folder kind, const QString &fallback)
{
    QSettings settings;
    QString path = settings.value(key(kind)).toString();
    if (path.isEmpty() && kind == Folder::ImportFolder)
        path = settings.value(key(Folder::Articles)).toString();
    if (!path.isEmpty() && QFileInfo(path).isDir())
        return path;
    return fallback.isEmpty() ? QDir::homePath() : fallback;
}

void setFolder(Folder kind, const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(key(kind), QDir::cleanPath(path));
}

qint64 lastArticle(const QString &libraryPath)
{
    QSettings settings;
    if (settings.value(LastArticleLibraryKey).toString() != QFileInfo(libraryPath).absoluteFilePath())
        return 0;
    return settings.value(LastArticleKey, 0).toLongLong();
}

void setLastArticle(const QString &libraryPath, qint64 articleId)
{
    QSettings settings;
    settings.setValue(LastArticleLibraryKey, QFileInfo(libraryPath).absoluteFilePath());
    settings.setValue(LastArticleKey, articleId);
}

QString defaultAuthor()
{
#ifdef Q_OS_UNIX
    if (const passwd *user = getpwuid(getuid()); user && user->pw_gecos) {
        const QString name = QString::fromLocal8Bit(user->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!name.isEmpty())
            return name;
    }
#endif
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (login.isEmpty()) {
        if (const passwd *user = getpwuid(getuid()); user && user->pw_name)
            login = QString::fromLocal8Bit(user->pw_name);
    }
#endif
    return login;
}

} // namespace Gazette::WindowSession
