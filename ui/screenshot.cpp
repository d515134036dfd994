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

namespace {
void grabWhenIdle(QWidget *window, const QString &path, const std::function<bool()> &busy, int waited)
{
    if (busy && busy() && waited < 60000) {
        QTimer::singleShot(200, window, [=] { grabWhenIdle(window, path, busy, waited + 200); });
        return;
    }
    // Give the window time to be mapped, laid out and painted before grabbing it.
    QTimer::singleShot(waited == 0 ? 1500 : 500, window, [window, path] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QWidget *modal = QApplication::activeModalWidget();
        const QPixmap picture = modal && window->screen() ? window->screen()->grabWindow(0) : window->grab();
        const bool saved = picture.save(path, "PNG");
        if (!saved)
            qWarning("Could not save the screenshot to %s", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}
} // namespace

void saveScreenshotOf(QWidget *window, const QString &path, const std::function<bool()> &busy)
{
    // The first check comes after the window had time to start its work.
    QTimer::singleShot(300, window, [=] { grabWhenIdle(window, path, busy, 0); });
}

} // namespace Gazette
