// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Gazette {

// File > Open Recent: the last files the reader opened (kept in the settings), numbered for
// the keyboard; a file that is gone is dropped from the list when chosen.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    static QStringList files();
    static void add(const QString &path);
    static constexpr int MaximumFiles = 10;

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void rebuild();
};

} // namespace Gazette
