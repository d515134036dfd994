// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/feedstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Gazette {

// File › Subscribe to Feed… and a feed's Edit Settings…: the address (of a feed or of a page
// that names one), its folder, whether each item's full page is fetched, how often it is
// refreshed and how long its articles are kept.
class SubscribeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscribeDialog)

public:
    // Without a feed: a new subscription; with one: its settings (the address stays).
    SubscribeDialog(const QList<FeedFolder> &folders, const std::optional<FeedSubscription> &feed, QWidget *parent = nullptr);

    QString address() const;
    QString folderName() const;
    // The settings as chosen, over the feed given (or a new one).
    FeedSubscription settings() const;

private:
    FeedSubscription m_feed;
    QLineEdit *m_address;
    QLineEdit *m_title = nullptr;
    QComboBox *m_folder;
    QCheckBox *m_fullArticle;
    QSpinBox *m_interval;
    QSpinBox *m_keepDays;
    QSpinBox *m_keepItems;
};

} // namespace Gazette
