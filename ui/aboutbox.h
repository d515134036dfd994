// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Gazette {

// Help > About Gazette: version, what Gazette does, the libraries it is built with, license.
void showAboutBox(QWidget *parent);

} // namespace Gazette
