// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gazette {

// What the window remembers between runs, beside its geometry: the article last read (per
// library), the folder each kind of file dialog was last in, and who the reader is.
namespace WindowSession {

enum class Folder {
    Articles,      // Open (IntakeController keeps "files/lastDirectory")
    ImportFolder,  // Import Folder: the folder imported last
    Library,       // New Library, Open Library
};

// The folder a dialog of this kind opens in: where the last one was left, else a sensible start.
QString folder(Folder kind, const QString &fallback = QString());
void setFolder(Folder kind, const QString &path);

// The article last shown in the library at libraryPath (0: none).
qint64 lastArticle(const QString &libraryPath);
void setLastArticle(const QString &libraryPath, qint64 articleId);

// The author name when the reader has set none: the system user's full name (the GECOS
// field up to its first comma), else the login name.
QString defaultAuthor();

} // namespace WindowSession

} // namespace Gazette
