// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfiledialogs.h"

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
    const QString path = QFileDialog::getSaveFileName(parent, tr("New Library"), QFileInfo(currentLibrary).absolutePath(),
                                                      tr("Gazette libraries (*.gazette)"));
    if (path.isEmpty())
        return {};
    const QString file = path.endsWith(QStringLiteral(".gazette")) ? path : path + QStringLiteral(".gazette");
    if (QFileInfo::exists(file)) {
        QMessageBox::warning(parent, tr("New Library"), tr("“%1” already exists. Use File › Open Library to open it.").arg(file));
        return {};
    }
    return file;
}

QString askOpenLibrary(QWidget *parent, const QString &currentLibrary)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Library"), QFileInfo(currentLibrary).absolutePath(),
                                        tr("Gazette libraries (*.gazette);;All files (*)"));
}

} // namespace Gazette::LibraryFileDialogs
