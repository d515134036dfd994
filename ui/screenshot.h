// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Gazette {

// `gazette --screenshot PATH`: saves a PNG of the window once it has been shown and laid out
// (the whole screen when a dialog is in front, so the dialog shows too), then quits. While
// busy() says work is under way (an article being extracted), it waits for it, up to a minute.
void saveScreenshotOf(QWidget *window, const QString &path, const std::function<bool()> &busy = {});

} // namespace Gazette
