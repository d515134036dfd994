// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscribedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Gazette {

SubscribeDialog::SubscribeDialog(const QList<FeedFolder> &folders, const std::optional<FeedSubscription> &feed, QWidget *parent)
    : QDialog(parent)
    , m_feed(feed.value_or(FeedSubscription()))
    , m_address(new QLineEdit(this))
    , m_folder(new QComboBox(this))
    , m_fullArticle(new QCheckBox(tr("Fetch the &full article from each item's page"), this))
    , m_interval(new QSpinBox(this))
    , m_keepDays(new QSpinBox(this))
    , m_keepItems(new QSpinBox(this))
{
    setObjectName(QStringLiteral("subscribeDialog"));
    setWindowTitle(feed ? tr("Feed Settings") : tr("Subscribe to Feed"));
    auto *form = new QFormLayout(this);
    m_address->setObjectName(QStringLiteral("feedAddress"));
    m_address->setPlaceholderText(tr("https://example.org/feed.xml or a page that names its feed"));
    m_address->setText(m_feed.url);
    m_address->setReadOnly(feed.has_value());
    m_address->setMinimumWidth(420);
    form->addRow(tr("&Address:"), m_address);
    if (feed) {
        m_title = new QLineEdit(m_feed.title, this);
        m_title->setObjectName(QStringLiteral("feedTitle"));
        form->addRow(tr("&Title:"), m_title);
    }
    m_folder->setObjectName(QStringLiteral("feedFolder"));
    m_folder->setEditable(true);
    m_folder->addItem(QString());
    for (const FeedFolder &folder : folders) {
        m_folder->addItem(folder.name);
        if (folder.id == m_feed.folderId)
            m_folder->setCurrentIndex(m_folder->count() - 1);
    }
    m_folder->lineEdit()->setPlaceholderText(tr("No folder"));
    form->addRow(tr("F&older:"), m_folder);
    m_fullArticle->setObjectName(QStringLiteral("feedFullArticle"));
    m_fullArticle->setChecked(m_feed.fetchFullArticle);
    m_fullArticle->setToolTip(tr("Otherwise the article is the text the feed itself carries (often a summary)."));
    form->addRow(QString(), m_fullArticle);
    m_interval->setObjectName(QStringLiteral("feedInterval"));
    m_interval->setRange(5, 24 * 60);
    m_interval->setSingleStep(15);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(std::max(5, m_feed.refreshMinutes));
    form->addRow(tr("&Refresh every:"), m_interval);
    m_keepDays->setObjectName(QStringLiteral("feedKeepDays"));
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSpecialValueText(tr("Always"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(m_feed.keepDays);
    form->addRow(tr("&Keep articles for:"), m_keepDays);
    m_keepItems->setObjectName(QStringLiteral("feedKeepItems"));
    m_keepItems->setRange(0, 100000);
    m_keepItems->setSpecialValueText(tr("All"));
    m_keepItems->setValue(m_feed.keepItems);
    m_keepItems->setToolTip(tr("Articles you annotated or starred are always kept."));
    form->addRow(tr("Keep at &most:"), m_keepItems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(feed ? tr("Save") : tr("Subscribe"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_address->text().trimmed().isEmpty()); };
    connect(m_address, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    form->addRow(buttons);
}

QString SubscribeDialog::address() const
{
    return m_address->text().trimmed();
}

QString SubscribeDialog::folderName() const
{
    return m_folder->currentText().trimmed();
}

FeedSubscription SubscribeDialog::settings() const
{
    FeedSubscription feed = m_feed;
    if (m_title)
        feed.title = m_title->text().trimmed();
    feed.fetchFullArticle = m_fullArticle->isChecked();
    feed.refreshMinutes = m_interval->value();
    feed.keepDays = m_keepDays->value();
    feed.keepItems = m_keepItems->value();
    return feed;
}

} // namespace Gazette
