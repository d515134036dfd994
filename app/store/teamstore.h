// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace Gazette {

class AnnotationStore;

// How far one annotator got with an article they were assigned.
enum class AssignmentStatus { Assigned = 0, InProgress = 1, Done = 2 };
QString assignmentStatusName(AssignmentStatus status);
std::optional<AssignmentStatus> assignmentStatusFromName(const QString &name); // "assigned", "in-progress", "done"

struct Assignment
{
    qint64 articleId = 0;
    QString annotator;
    AssignmentStatus status = AssignmentStatus::Assigned;
    QString assignedBy;
    QDateTime modified;
    friend bool operator==(const Assignment &, const Assignment &) = default;
};

// Someone who has an article open in a window.
struct Presence
{
    QString annotator;
    qint64 articleId = 0;
    QDateTime seen;
};

// What several annotators share beside the annotations: roles (annotator, curator),
// assignments with each annotator's own progress, and who is working on which article. On
// a PostgreSQL library the server enforces the roles with row-level policies (Schema
// version 5); a library file has one user, who may do everything. Writes are single
// statements on the store's connection, each its own transaction.
class TeamStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamStore)

public:
    enum class Role { Annotator, Curator };
    // A presence row older than this is stale: that window was closed or lost its server.
    static constexpr int DefaultPresenceLifetimeSeconds = 60;

    explicit TeamStore(AnnotationStore *store, QObject *parent = nullptr);

    QString errorString() const { return m_errorString; }
    // Who writes: the connected role on a server, the name from the settings on a file.
    QString self() const;
    // Whether the connected user may curate (always on a library file).
    bool isCurator() const;
    // Makes user an annotator or curator of the library (a server's administrator runs it);
    // on a library file there are no roles and nothing is done.
    bool grant(const QString &user, Role role);

    // Assignments of one article, or of all (articleId 0), by article then annotator.
    QList<Assignment> assignments(qint64 articleId = 0) const;
    bool assign(qint64 articleId, const QString &annotator);
    bool unassign(qint64 articleId, const QString &annotator);
    // An annotator's own progress on an article (a curator may set anyone's).
    bool setStatus(qint64 articleId, const QString &annotator, AssignmentStatus status);

    // Says that self() has the article open now (0: none).
    bool heartbeat(qint64 articleId);
    // Who has the article (or any, articleId 0) open, seen within the presence lifetime.
    QList<Presence> presence(qint64 articleId = 0) const;
    void setPresenceLifetime(int seconds) { m_presenceLifetime = seconds; }

Q_SIGNALS:
    void assignmentsChanged();

private:
    // Prepares, binds and runs a statement on the store's connection (isActive() when it ran).
    QSqlQuery run(const QString &statement, const QVariantList &values) const;
    bool write(const QString &statement, const QVariantList &values, const QString &refusedMessage);
    bool fail(const QString &message);

    AnnotationStore *m_store;
    QString m_errorString;
    int m_presenceLifetime = DefaultPresenceLifetimeSeconds;
};

} // namespace Gazette
