// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gazette {

FeedDialog::FeedDialog(const Feed &feed, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("feedDialog"));
    setWindowTitle(tr("Import from Feed"));
    m_list->setObjectName(QStringLiteral("feedItems"));
    m_list->setAccessibleName(tr("Items of the feed"));
    for (const FeedItem &item : feed.items) {
        QString text = item.title.isEmpty() ? tr("(untitled)") : item.title;
        if (item.published.isValid())
            text += QStringLiteral("  —  ") + QLocale().toString(item.published.toLocalTime(), QLocale::ShortFormat);
        auto *entry = new QListWidgetItem(text, m_list);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(Qt::Checked);
        entry->setToolTip(item.link);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    auto *all = buttons->addButton(tr("Select &All"), QDialogButtonBox::ActionRole);
    auto *none = buttons->addButton(tr("Select &None"), QDialogButtonBox::ActionRole);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, [this, import] { import->setEnabled(!selectedItems().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 — choose the items to import:").arg(feed.title.isEmpty() ? tr("Feed") : feed.title), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 440);
}

QList<int> FeedDialog::selectedItems() const
{
    QList<int> rows;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            rows.append(row);
    }
    return rows;
}

void FeedDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace Gazette
