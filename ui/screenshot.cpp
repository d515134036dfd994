// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace Gazette {

void saveScreenshotOf(QWidget *window, const QString &path)
{
    // Give the window time to be mapped, laid out and painted before grabbing it.
    QTimer::singleShot(1500, window, [window, path] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QWidget *modal = QApplication::activeModalWidget();
        const QPixmap picture = modal && window->screen() ? window->screen()->grabWindow(0) : window->grab();
        const bool saved = picture.save(path, "PNG");
        if (!saved)
            qWarning("Could not save the screenshot to %s", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace Gazette
