// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/feedreader.h"

#include <QDialog>

class QListWidget;

namespace Gazette {

// The items of a feed, to import all or some of them.
class FeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedDialog)

public:
    FeedDialog(const Feed &feed, QWidget *parent = nullptr);
    QList<int> selectedItems() const;
    void setAllChecked(bool checked);

private:
    QListWidget *m_list;
};

} // namespace Gazette
