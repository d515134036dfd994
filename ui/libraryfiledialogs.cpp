// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfiledialogs.h"

#include "windowsession.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace Gazette::LibraryFileDialogs {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Gazette::MainWindow", text);
}
} // namespace

QString askNewLibrary(QWidget *parent, const QString &currentLibrary)
{
    const QString folder = WindowSession::folder(WindowSession::Folder::Library, QFileInfo(currentLibrary).absolutePath());
    const QString path = QFileDialog::getSaveFileName(parent, tr("New Library"), folder, tr("Gazette libraries (*.gazette)"));
    if (path.isEmpty())
        return {};
    WindowSession::setFolder(WindowSession::Folder::Library, QFileInfo(path).absolutePath());
    const QString file = path.endsWith(QStringLiteral(".gazette")) ? path : path + QStringLiteral(".gazette");
    if (QFileInfo::exists(file)) {
        QMessageBox::warning(parent, tr("New Library"), tr("“%1” already exists. Use File › Open Library to open it.").arg(file));
        return {};
    }
    return file;
}

QString askOpenLibrary(QWidget *parent, const QString &currentLibrary)
{
    const QString folder = WindowSession::folder(WindowSession::Folder::Library, QFileInfo(currentLibrary).absolutePath());
    const QString path = QFileDialog::getOpenFileName(parent, tr("Open Library"), folder, tr("Gazette libraries (*.gazette);;All files (*)"));
    if (!path.isEmpty())
        WindowSession::setFolder(WindowSession::Folder::Library, QFileInfo(path).absolutePath());
    return path;
}

} // namespace Gazette::LibraryFileDialogs
