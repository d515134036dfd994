// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/labelset.h"

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace Gazette {

class DocumentView;

// The actions that correct annotations in the reading pane: accept, reject, remove, relabel,
// label with a label's key, next and previous suggestion, move a span's edges. Keys, the
// context menu and the Annotation menu all use these same QActions, so a shortcut shown in a
// menu is the one that works, and a shortcut changed by the reader (saved in the settings,
// "shortcuts/<action name>") changes everywhere at once. The shortcuts act while the reading
// pane has the focus, so single letters never steal typing from a search box.
class AnnotationActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationActions)

public:
    enum Id {
        Accept,
        Reject,
        Remove,
        Relabel,
        NextSuggestion,
        PreviousSuggestion,
        ClearSelection,
        StartEarlier,
        StartLater,
        EndEarlier,
        EndLater,
        AcceptEntity,
        ShowMentions,
        IdCount
    };

    explicit AnnotationActions(DocumentView *view);

    QAction *action(Id id) const { return m_actions.at(id); }
    // Every configurable action: these and the label actions.
    QList<QAction *> actions() const;
    // "Label as X" for each label with a key (1-9); on a selection they label it, on a selected
    // span they relabel it. With Alt the selection is taken as it is, not widened to words.
    QList<QAction *> labelActions() const { return m_labelActions; }
    void setLabelSet(const LabelSet &labels);

    // The default shortcut of an action, and the reader's own choice (ShortcutSettings).
    static QKeySequence defaultShortcut(const QAction *action);
    void loadShortcuts();

    // Enables what fits the pane's state (an article, a selected span, selected text).
    void updateEnabled();

    // The Annotation menu of the menu bar (and the context menu's part for a span).
    void fillMenu(QMenu *menu) const;

Q_SIGNALS:
    void acceptRequested(qint64 annotationId);
    void rejectRequested(qint64 annotationId);
    void removeRequested(qint64 annotationId);
    void relabelRequested(qint64 annotationId, const QString &label);
    void acceptEntityRequested(qint64 entityId);
    void labelRequested(int start, int end, const QString &label);

private:
    QAction *make(Id id, const QString &name, const QString &text, const QKeySequence &shortcut);
    void labelWith(const QString &label, bool snap);
    void showRelabelMenu();

    DocumentView *m_view;
    QList<QAction *> m_actions;
    QList<QAction *> m_labelActions;
};

} // namespace Gazette
