// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Gazette {

// `gazette --screenshot PATH`: saves a PNG of the window once it has been shown and laid out
// (the whole screen when a dialog is in front, so the dialog shows too), then quits.
void saveScreenshotOf(QWidget *window, const QString &path);

} // namespace Gazette
