// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edits.h"

#include <QObject>

namespace Gazette {

class DocumentView;
class LabelLegend;
class LibrarySession;

// Turns what the reader asks in the reading pane (label keys, the annotation actions, the
// context menu, the legend) into undoable edits of the open article, through the session.
class AnnotationEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    AnnotationEditor(LibrarySession *session, DocumentView *view, LabelLegend *legend, QObject *parent = nullptr);

    void setArticle(qint64 articleId) { m_articleId = articleId; }

Q_SIGNALS:
    // Why an edit could not be made, or what to do first.
    void message(const QString &text);

private:
    void connectActions();
    bool push(Edits::Command command);

    LibrarySession *m_session;
    DocumentView *m_view;
    qint64 m_articleId = 0;
};

} // namespace Gazette
