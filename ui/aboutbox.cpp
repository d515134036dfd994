// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include <ksyntaxhighlighting_version.h>

#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>

namespace Gazette {

void showAboutBox(QWidget *parent)
{
    QMessageBox box(parent);
    box.setWindowTitle(QCoreApplication::translate("Gazette::MainWindow", "About Gazette"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/gazette.svg")).pixmap(64, 64));
    box.setText(QCoreApplication::translate("Gazette::MainWindow", "<h3>Gazette %1</h3>"
                   "<p>A workbench that turns news articles into structured, verified knowledge: "
                   "people, organisations, places, dates, amounts, quotes and facts, "
                   "highlighted, corrected and exported.</p>")
                    .arg(QStringLiteral(GAZETTE_VERSION)));
    box.setInformativeText(QCoreApplication::translate("Gazette::MainWindow", "Built with Qt %1 (running on %2) and KSyntaxHighlighting %3.<br>"
                              "Licensed under the GNU General Public License, version 3 or later.")
                               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                    QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace Gazette
