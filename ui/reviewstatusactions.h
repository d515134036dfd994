// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/article.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolButton;
class QWidget;

namespace Gazette {

class LibrarySession;

// Marking the open article New, In review or Done: three checkable actions (Ctrl+1, Ctrl+2,
// Ctrl+3) shared by the Article menu, the library's context menu and the status bar's button,
// each an undoable edit. The library's status filter then finds the article by it.
class ReviewStatusActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewStatusActions)

public:
    explicit ReviewStatusActions(LibrarySession *session, QObject *parent = nullptr);

    QList<QAction *> actions() const;
    // "Review Status" with the three choices, for menus.
    QMenu *menu() const { return m_menu; }
    // The status bar's control: the article's status, a click away from the others.
    QToolButton *createButton(QWidget *parent);

    void setArticle(qint64 articleId);

Q_SIGNALS:
    void message(const QString &text);

private:
    void update();
    void mark(ReviewStatus status);

    LibrarySession *m_session;
    QActionGroup *m_group;
    QMenu *m_menu;
    QList<QToolButton *> m_buttons;
    qint64 m_articleId = 0;
};

} // namespace Gazette
