// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Gazette {

namespace {
const auto RecentFilesKey = QStringLiteral("files/recent");
}

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
}

QStringList RecentFilesMenu::files()
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void RecentFilesMenu::add(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaximumFiles)
        list.removeLast();
    QSettings().setValue(RecentFilesKey, list);
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        const QString label = number <= 9 ? QStringLiteral("&%1  %2").arg(number).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QStringList remaining = files();
                remaining.removeAll(path);
                QSettings().setValue(RecentFilesKey, remaining);
            }
            Q_EMIT fileChosen(path);
        });
        ++number;
    }
    if (list.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("&Clear List"), this, [] { QSettings().remove(RecentFilesKey); });
}

} // namespace Gazette
