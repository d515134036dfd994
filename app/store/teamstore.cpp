// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamstore.h"

#include "annotationstore.h"
#include "logging.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace Gazette {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A name as a bound value: never NULL (the columns are NOT NULL; a library file may have no author).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime timeFrom(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::UTC);
    return time;
}

} // namespace

QString assignmentStatusName(AssignmentStatus status)
{
    switch (status) {
    case AssignmentStatus::Assigned:
        return TeamStore::tr("assigned");
    case AssignmentStatus::InProgress:
        return TeamStore::tr("in progress");
    case AssignmentStatus::Done:
        return TeamStore::tr("done");
    }
    return {};
}

std::optional<AssignmentStatus> assignmentStatusFromName(const QString &name)
{
    if (name == QLatin1String("assigned"))
        return AssignmentStatus::Assigned;
    if (name == QLatin1String("in-progress"))
        return AssignmentStatus::InProgress;
    if (name == QLatin1String("done"))
        return AssignmentStatus::Done;
    return std::nullopt;
}

TeamStore::TeamStore(AnnotationStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

bool TeamStore::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

QString TeamStore::self() const
{
    return m_store->author();
}

bool TeamStore::isCurator() const
{
    if (!m_store->isOpen())
        return false;
    QSqlQuery q(m_store->database());
    return q.exec(m_store->dialect().curatorQuery()) && q.next() && q.value(0).toBool();
}

bool TeamStore::grant(const QString &user, Role role)
{
    m_errorString.clear();
    if (user.trimmed().isEmpty())
        return fail(tr("Name the user to grant a role to."));
    for (const QString &statement : m_store->dialect().grantStatements(user, role == Role::Curator)) {
        QSqlQuery q(m_store->database());
        if (!q.exec(statement))
            return fail(tr("The server refused to grant the role: %1").arg(SqlDialect::serverMessage(q.lastError())));
    }
    return true;
}

QSqlQuery TeamStore::run(const QString &statement, const QVariantList &values) const
{
    QSqlQuery q(m_store->database());
    q.prepare(statement);
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.exec();
    return q;
}

// Runs one write that must change a row; when it changes none, the server's row-level policy
// hid the row from this role (or it is gone), and refusedMessage says so.
bool TeamStore::write(const QString &statement, const QVariantList &values, const QString &refusedMessage)
{
    m_errorString.clear();
    if (!m_store->isOpen() || m_store->isConnectionLost())
        return fail(tr("The library is read-only until its server is back; nothing was saved."));
    QSqlQuery q = run(statement, values);
    if (!q.isActive()) {
        if (m_store->dialect().isRefusal(q.lastError())) {
            qCInfo(lcStore) << "the server refused:" << statement << q.lastError().text();
            return fail(tr("The server refused: %1 (%2)").arg(refusedMessage, SqlDialect::serverMessage(q.lastError())));
        }
        qCWarning(lcStore) << "team write failed:" << statement << q.lastError().text();
        return fail(tr("A database statement failed.") + QLatin1Char(' ') + q.lastError().text());
    }
    if (q.numRowsAffected() < 1)
        return fail(refusedMessage);
    Q_EMIT assignmentsChanged();
    return true;
}

QList<Assignment> TeamStore::assignments(qint64 articleId) const
{
    QList<Assignment> found;
    if (!m_store->isOpen())
        return found;
    QSqlQuery q = run(QStringLiteral("SELECT article_id, annotator, status, assigned_by, modified FROM assignments")
                          + (articleId ? QStringLiteral(" WHERE article_id = ?") : QString())
                          + QStringLiteral(" ORDER BY article_id, annotator"),
                      articleId ? QVariantList{articleId} : QVariantList{});
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toString(), AssignmentStatus(q.value(2).toInt()), q.value(3).toString(),
                      timeFrom(q.value(4))});
    return found;
}

bool TeamStore::assign(qint64 articleId, const QString &annotator)
{
    if (annotator.trimmed().isEmpty())
        return fail(tr("Name the annotator to assign."));
    if (!m_store->article(articleId))
        return fail(tr("The library has no article %1.").arg(articleId));
    for (const Assignment &a : assignments(articleId)) {
        if (a.annotator == annotator)
            return true;
    }
    return write(QStringLiteral("INSERT INTO assignments (article_id, annotator, status, assigned_by, modified) VALUES (?, ?, 0, ?, ?)"),
                 {articleId, annotator, text(self()), timeText(QDateTime::currentDateTimeUtc())},
                 tr("only a curator may assign articles, and %1 is an annotator.").arg(self()));
}

bool TeamStore::unassign(qint64 articleId, const QString &annotator)
{
    return write(QStringLiteral("DELETE FROM assignments WHERE article_id = ? AND annotator = ?"), {articleId, annotator},
                 isCurator() ? tr("%1 is not assigned to article %2.").arg(annotator).arg(articleId)
                             : tr("only a curator may take an assignment back, and %1 is an annotator.").arg(self()));
}

bool TeamStore::setStatus(qint64 articleId, const QString &annotator, AssignmentStatus status)
{
    const QList<Assignment> current = assignments(articleId);
    const bool assigned = std::any_of(current.cbegin(), current.cend(), [&](const Assignment &a) { return a.annotator == annotator; });
    if (!assigned)
        return fail(tr("%1 is not assigned to article %2.").arg(annotator).arg(articleId));
    return write(QStringLiteral("UPDATE assignments SET status = ?, modified = ? WHERE article_id = ? AND annotator = ?"),
                 {int(status), timeText(QDateTime::currentDateTimeUtc()), articleId, annotator},
                 tr("The server refused: an annotator reports only their own progress, and %1 is not %2. Nothing was saved.")
                     .arg(self(), annotator));
}

bool TeamStore::heartbeat(qint64 articleId)
{
    if (self().isEmpty() || !m_store->isOpen() || m_store->isConnectionLost())
        return false;
    const QSqlQuery q = articleId == 0
        ? run(QStringLiteral("DELETE FROM presence WHERE annotator = ?"), {self()})
        : run(QStringLiteral("INSERT INTO presence (annotator, article_id, seen) VALUES (?, ?, ?) "
                             "ON CONFLICT (annotator) DO UPDATE SET article_id = excluded.article_id, seen = excluded.seen"),
              {self(), articleId, timeText(QDateTime::currentDateTimeUtc())});
    if (!q.isActive()) {
        qCInfo(lcStore) << "presence not written:" << q.lastError().text();
        return false;
    }
    return true;
}

QList<Presence> TeamStore::presence(qint64 articleId) const
{
    QList<Presence> found;
    if (!m_store->isOpen())
        return found;
    QVariantList values = {timeText(QDateTime::currentDateTimeUtc().addSecs(-m_presenceLifetime))};
    if (articleId)
        values.append(articleId);
    QSqlQuery q = run(QStringLiteral("SELECT annotator, article_id, seen FROM presence WHERE seen >= ?")
                          + (articleId ? QStringLiteral(" AND article_id = ?") : QString()) + QStringLiteral(" ORDER BY annotator"),
                      values);
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toLongLong(), timeFrom(q.value(2))});
    return found;
}

} // namespace Gazette
