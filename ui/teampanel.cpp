// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampanel.h"

#include "store/annotationstore.h"
#include "store/teamstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace Gazette {

TeamPanel::TeamPanel(AnnotationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_team(new TeamStore(store, this))
    , m_title(new QLabel(tr("<b>Team</b>"), this))
    , m_presence(new QLabel(this))
    , m_assignments(new QListWidget(this))
    , m_ownStatus(new QComboBox(this))
    , m_assign(new QPushButton(tr("Assign…"), this))
    , m_heartbeat(new QTimer(this))
{
    setObjectName(QStringLiteral("teamPanel"));
    m_presence->setObjectName(QStringLiteral("presenceLabel"));
    m_presence->setWordWrap(true);
    m_assignments->setObjectName(QStringLiteral("assignmentList"));
    m_assignments->setMaximumHeight(m_assignments->fontMetrics().height() * 5);
    m_ownStatus->setObjectName(QStringLiteral("ownStatusCombo"));
    for (AssignmentStatus status : {AssignmentStatus::Assigned, AssignmentStatus::InProgress, AssignmentStatus::Done})
        m_ownStatus->addItem(assignmentStatusName(status), int(status));
    m_ownStatus->setToolTip(tr("How far you got with this article"));
    // An article nobody gave you has no progress of yours: the box says so rather than showing
    // "assigned" greyed out.
    m_ownStatus->setPlaceholderText(tr("Not assigned to you"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setToolTip(tr("Assign this article to an annotator (curators only)"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("My progress:"), this));
    row->addWidget(m_ownStatus, 1);
    row->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_assignments);
    layout->addLayout(row);
    layout->addWidget(m_presence);

    connect(m_assign, &QPushButton::clicked, this, &TeamPanel::askAndAssign);
    connect(m_ownStatus, &QComboBox::activated, this, [this](int index) { setOwnStatus(m_ownStatus->itemData(index).toInt()); });
    connect(m_team, &TeamStore::assignmentsChanged, this, &TeamPanel::refresh);
    connect(store, &AnnotationStore::libraryOpened, this, [this] { setArticle(0); });
    m_heartbeat->setInterval(HeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        m_team->heartbeat(m_articleId);
        refresh();
    });
    m_heartbeat->start();
    // Quitting takes one's row away at once; a window that crashed goes stale within a minute.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_team->heartbeat(0); });
    refresh();
}

void TeamPanel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_team->heartbeat(articleId);
    refresh();
}

void TeamPanel::refresh()
{
    m_assignments->clear();
    const QString self = m_team->self();
    bool ownAssignment = false;
    // One query for the library's lines and the article's list.
    QHash<qint64, QStringList> byArticle;
    QList<Assignment> assignments;
    for (const Assignment &a : m_team->assignments()) {
        byArticle[a.articleId].append(tr("%1: %2").arg(a.annotator, assignmentStatusName(a.status)));
        if (a.articleId == m_articleId)
            assignments.append(a);
    }
    QHash<qint64, QString> lines;
    for (auto it = byArticle.cbegin(); it != byArticle.cend(); ++it)
        lines.insert(it.key(), it.value().join(QStringLiteral(" · ")));
    if (lines != m_libraryLines) {
        m_libraryLines = lines;
        Q_EMIT libraryLinesChanged(lines);
    }
    for (const Assignment &a : std::as_const(assignments)) {
        m_assignments->addItem(tr("%1 — %2").arg(a.annotator, assignmentStatusName(a.status)));
        if (a.annotator == self) {
            ownAssignment = true;
            const QSignalBlocker blocker(m_ownStatus);
            m_ownStatus->setCurrentIndex(m_ownStatus->findData(int(a.status)));
        }
    }
    if (m_articleId && assignments.isEmpty())
        m_assignments->addItem(tr("Not assigned to anyone"));
    m_assignments->setEnabled(m_articleId != 0);
    // A library file nobody assigns articles in is one person's: the list would only be an
    // empty box above the progress row.
    m_assignments->setVisible(m_store->isShared() || !byArticle.isEmpty());
    if (!ownAssignment) {
        const QSignalBlocker blocker(m_ownStatus);
        m_ownStatus->setCurrentIndex(-1);
    }
    m_ownStatus->setEnabled(ownAssignment);
    m_assign->setEnabled(m_articleId != 0 && m_team->isCurator());

    QStringList others;
    for (const Presence &p : m_articleId ? m_team->presence(m_articleId) : QList<Presence>()) {
        if (p.annotator != self)
            others.append(p.annotator);
    }
    const QString text = others.isEmpty()  ? QString()
        : others.size() == 1                 ? tr("%1 is working on this article").arg(others.constFirst())
                                             : tr("%1 are working on this article").arg(others.join(QStringLiteral(", ")));
    m_presence->setText(text);
    m_presence->setVisible(!text.isEmpty());
    if (text != m_presenceText) {
        m_presenceText = text;
        Q_EMIT presenceChanged(text);
    }
}

bool TeamPanel::assign(const QString &annotator)
{
    if (!m_team->assign(m_articleId, annotator.trimmed())) {
        Q_EMIT message(tr("Not assigned: %1").arg(m_team->errorString()));
        return false;
    }
    Q_EMIT message(tr("Assigned to %1.").arg(annotator.trimmed()));
    return true;
}

bool TeamPanel::setOwnStatus(int status)
{
    if (!m_team->setStatus(m_articleId, m_team->self(), AssignmentStatus(status))) {
        Q_EMIT message(tr("Not saved: %1").arg(m_team->errorString()));
        refresh();
        return false;
    }
    return true;
}

void TeamPanel::askAndAssign()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Assign Article"), tr("Annotator (their PostgreSQL role or name):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        assign(name);
}

} // namespace Gazette
