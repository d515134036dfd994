// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlibrarydialog.h"

#include "store/sqldialect.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Gazette {

namespace {
const auto RecentKey = QStringLiteral("teamLibrary/recentServers");
constexpr int RecentCount = 8;
const QStringList SslModes = {QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full"),
                              QStringLiteral("disable")};
} // namespace

TeamLibraryDialog::TeamLibraryDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
{
    setWindowTitle(tr("Connect to Team Library"));
    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_host->setObjectName(QStringLiteral("serverEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_role->setObjectName(QStringLiteral("roleEdit"));
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("db.newsroom.example"));
    m_database->setPlaceholderText(tr("newsroom"));
    m_role->setPlaceholderText(tr("your PostgreSQL role"));
    m_sslMode->addItems(SslModes);
    m_recent->addItem(tr("New connection"));
    for (const QString &server : recentServers())
        m_recent->addItem(server, server);
    connect(m_recent, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            setUri(m_recent->itemData(index).toString());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("SSL &mode:"), m_sslMode);
    auto *note = new QLabel(tr("The password comes from PGPASSWORD or ~/.pgpass, or Gazette asks for it; it is never saved."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
    };
    connect(m_host, &QLineEdit::textChanged, this, updateOk);
    connect(m_database, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (m_recent->count() > 1)
        m_recent->setCurrentIndex(1);
}

QString TeamLibraryDialog::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_role->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (m_sslMode->currentText() != QLatin1String("prefer")) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode->currentText());
        url.setQuery(query);
    }
    return url.toString();
}

void TeamLibraryDialog::setUri(const QString &uri)
{
    const QUrl url(uri);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_role->setText(url.userName());
    m_database->setText(url.path().mid(1));
    const QString ssl = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    m_sslMode->setCurrentIndex(std::max(0, int(SslModes.indexOf(ssl.isEmpty() ? QStringLiteral("prefer") : ssl))));
}

QStringList TeamLibraryDialog::recentServers()
{
    return QSettings().value(RecentKey).toStringList();
}

void TeamLibraryDialog::remember(const QString &uri)
{
    const QString clean = SqlDialect::displayLocation(uri); // never a password on disk
    QStringList servers = recentServers();
    servers.removeAll(clean);
    servers.prepend(clean);
    while (servers.size() > RecentCount)
        servers.removeLast();
    QSettings().setValue(RecentKey, servers);
}

std::optional<QString> TeamLibraryDialog::askPassword(QWidget *parent, const QString &uri)
{
    const QUrl url(uri);
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("Password"),
                                                   tr("Password of the role “%1” on %2:").arg(url.userName(), url.host()),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace Gazette
