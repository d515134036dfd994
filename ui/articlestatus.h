// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Gazette {

class DocumentView;
class LibrarySession;

// The status bar's account of the open article (words, suggestions reviewed, review status,
// library) or of the library when no article is open. It follows the library once per
// event-loop pass, however many rows one action changed.
class ArticleStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleStatus)

public:
    ArticleStatus(LibrarySession *session, DocumentView *view, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);
    // Asks for an update on the next event-loop pass (many changes, one update).
    void schedule();
    void refresh();

private:
    LibrarySession *m_session;
    DocumentView *m_view;
    qint64 m_articleId = 0;
    bool m_pending = false;
};

} // namespace Gazette
