// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstatusactions.h"

#include "library/librarysession.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolButton>

namespace Gazette {

ReviewStatusActions::ReviewStatusActions(LibrarySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_group(new QActionGroup(this))
    , m_menu(new QMenu(tr("Review &Status")))
{
    m_menu->setObjectName(QStringLiteral("reviewStatusMenu"));
    connect(this, &QObject::destroyed, m_menu, [menu = m_menu] { delete menu; });
    const struct {
        ReviewStatus status;
        const char *name;
        QString text;
        Qt::Key key;
    } entries[] = {{ReviewStatus::New, "markNew", tr("Mark as &New"), Qt::Key_1},
                   {ReviewStatus::InReview, "markInReview", tr("Mark as &In Review"), Qt::Key_2},
                   {ReviewStatus::Done, "markDone", tr("Mark as &Done"), Qt::Key_3}};
    for (const auto &entry : entries) {
        auto *action = new QAction(entry.text, m_group);
        action->setObjectName(QString::fromLatin1(entry.name));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | entry.key));
        action->setData(int(entry.status));
        connect(action, &QAction::triggered, this, [this, status = entry.status] { mark(status); });
        m_menu->addAction(action);
    }
    connect(session->store(), &AnnotationStore::changed, this, [this](const StoreChange &change) {
        if (change.touchedArticles().contains(m_articleId))
            update();
    });
    update();
}

QList<QAction *> ReviewStatusActions::actions() const
{
    return m_group->actions();
}

QToolButton *ReviewStatusActions::createButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("reviewStatusButton"));
    button->setAutoRaise(true);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(m_menu);
    button->setAccessibleName(tr("Review status of the article"));
    button->setToolTip(tr("Review status of the article (Ctrl+1, Ctrl+2, Ctrl+3)"));
    m_buttons.append(button);
    connect(button, &QObject::destroyed, this, [this, button] { m_buttons.removeAll(button); });
    update();
    return button;
}

void ReviewStatusActions::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    update();
}

void ReviewStatusActions::update()
{
    const auto article = m_articleId ? m_session->store()->article(m_articleId) : std::nullopt;
    for (QAction *action : m_group->actions()) {
        action->setEnabled(article.has_value());
        action->setChecked(article && action->data().toInt() == int(article->reviewStatus));
    }
    for (QToolButton *button : std::as_const(m_buttons)) {
        button->setVisible(article.has_value());
        if (article)
            button->setText(tr("Review: %1").arg(reviewStatusName(article->reviewStatus)));
    }
}

void ReviewStatusActions::mark(ReviewStatus status)
{
    if (!m_articleId)
        return;
    if (!m_session->push(m_session->edits()->setReviewStatus(m_articleId, status)))
        Q_EMIT message(m_session->errorString());
    update();
}

} // namespace Gazette
