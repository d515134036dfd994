// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Gazette::LibraryFileDialogs {

// File > New Library (the dialog opens where the last library dialog was left): a path for a new library file (with its suffix), or empty when the
// reader cancelled or chose a file that exists (said in a message).
QString askNewLibrary(QWidget *parent, const QString &currentLibrary);
// File > Open Library: an existing library file, or empty.
QString askOpenLibrary(QWidget *parent, const QString &currentLibrary);

} // namespace Gazette::LibraryFileDialogs
