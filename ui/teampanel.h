// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace Gazette {

class AnnotationStore;
class TeamStore;

// The team part of the library dock, for the article being read: who is assigned to it and how
// far each got, one's own progress, who else is working on it now, and (for a curator) Assign.
// While an article is open the panel tells the library so every few seconds (presence).
class TeamPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPanel)

public:
    // How often the window says which article it has open, and reads who else is working.
    static constexpr int HeartbeatMs = 10000;

    explicit TeamPanel(AnnotationStore *store, QWidget *parent = nullptr);

    TeamStore *team() const { return m_team; }
    void setArticle(qint64 articleId);
    // Reads the assignments and who is present again (a new library, the timer).
    void refresh();
    // Assigns the article being read (a curator's action); false with message() when refused.
    bool assign(const QString &annotator);
    // One's own progress on the article being read.
    bool setOwnStatus(int status);
    // "Ana is working on this article", or empty.
    QString presenceText() const { return m_presenceText; }
    QListWidget *assignmentList() const { return m_assignments; }

Q_SIGNALS:
    void message(const QString &text);
    void presenceChanged(const QString &text);
    // Per article of the library: who is assigned and how far each got, for the library list.
    void libraryLinesChanged(const QHash<qint64, QString> &lines);

private:
    void askAndAssign();

    AnnotationStore *m_store;
    TeamStore *m_team;
    qint64 m_articleId = 0;
    QString m_presenceText;
    QHash<qint64, QString> m_libraryLines;
    QLabel *m_title;
    QLabel *m_presence;
    QListWidget *m_assignments;
    QComboBox *m_ownStatus;
    QPushButton *m_assign;
    QTimer *m_heartbeat;
};

} // namespace Gazette
