// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace Gazette {

class LabelSet;

class EntityModel;
class LibrarySession;

// The Entities panel: the article's entities by label, each with its mentions; accept or
// reject a mention, accept all of an entity, rename or merge entities.
class EntityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPanel)

public:
    EntityPanel(LibrarySession *session, QWidget *parent = nullptr);

    EntityModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setArticle(qint64 articleId);
    // The groups of the tree are the reader's labels.
    void setLabelSet(const LabelSet &labels);
    // Follows the reading pane: the row of this annotation becomes current.
    void showAnnotation(qint64 annotationId);

Q_SIGNALS:
    void mentionActivated(qint64 annotationId);
    void entityActivated(qint64 entityId);
    // Something the status bar should say.
    void message(const QString &text);

private:
    QWidget *createButtons();
    qint64 currentEntityId() const;
    qint64 currentMentionId() const;
    void push(bool pushed);
    void renameCurrent();
    void mergeCurrent();

    LibrarySession *m_session;
    qint64 m_articleId = 0;
    EntityModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
};

} // namespace Gazette
