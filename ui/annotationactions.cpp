// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"

#include "documentview.h"
#include "entityhighlighter.h"
#include "shortcutsettings.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

namespace Gazette {

AnnotationActions::AnnotationActions(DocumentView *view)
    : QObject(view)
    , m_view(view)
{
    m_actions.resize(IdCount);
    make(Accept, QStringLiteral("acceptAnnotation"), tr("&Accept"), QKeySequence(Qt::Key_A));
    make(Reject, QStringLiteral("rejectAnnotation"), tr("Re&ject"), QKeySequence(Qt::Key_X));
    make(Remove, QStringLiteral("removeAnnotation"), tr("&Remove"), QKeySequence(Qt::Key_Delete));
    make(Relabel, QStringLiteral("relabelAnnotation"), tr("Re&label…"), QKeySequence(Qt::Key_L));
    make(NextSuggestion, QStringLiteral("nextSuggestion"), tr("&Next Suggestion"), QKeySequence(Qt::Key_N));
    make(PreviousSuggestion, QStringLiteral("previousSuggestion"), tr("&Previous Suggestion"), QKeySequence(Qt::Key_P));
    make(ClearSelection, QStringLiteral("clearAnnotationSelection"), tr("Clear Span Selection"), QKeySequence(Qt::Key_Escape));
    make(StartEarlier, QStringLiteral("spanStartEarlier"), tr("Start One Word &Earlier"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    make(StartLater, QStringLiteral("spanStartLater"), tr("Start One Word &Later"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    make(EndEarlier, QStringLiteral("spanEndEarlier"), tr("End One Word Ea&rlier"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft));
    make(EndLater, QStringLiteral("spanEndLater"), tr("End One Word La&ter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight));
    make(AcceptEntity, QStringLiteral("acceptEntity"), tr("Accept All Suggestions of This &Entity"), {});
    make(ShowMentions, QStringLiteral("showMentions"), tr("Show All &Mentions"), {});
    // The span edges move with Ctrl+[ and Ctrl+] (Shift: the end), keys no desktop takes for
    // itself; with Shift held, some keyboards report the brace, so that is bound as well.
    action(EndEarlier)->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BraceLeft)});
    action(EndLater)->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BraceRight)});
    // Second keys that are no one's first choice: Enter accepts, Backspace removes.
    action(Accept)->setShortcuts({QKeySequence(Qt::Key_A), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    action(Remove)->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    for (QAction *made : std::as_const(m_actions))
        ShortcutSettings::rememberDefaults(made);

    auto selected = [this] { return m_view->selectedAnnotationId(); };
    connect(action(Accept), &QAction::triggered, this, [this, selected] { Q_EMIT acceptRequested(selected()); });
    connect(action(Reject), &QAction::triggered, this, [this, selected] { Q_EMIT rejectRequested(selected()); });
    connect(action(Remove), &QAction::triggered, this, [this, selected] { Q_EMIT removeRequested(selected()); });
    connect(action(Relabel), &QAction::triggered, this, &AnnotationActions::showRelabelMenu);
    connect(action(NextSuggestion), &QAction::triggered, m_view, [this] { m_view->selectNextSuggestion(true); });
    connect(action(PreviousSuggestion), &QAction::triggered, m_view, [this] { m_view->selectNextSuggestion(false); });
    connect(action(ClearSelection), &QAction::triggered, m_view, [this] { m_view->selectAnnotation(0, false); });
    connect(action(StartEarlier), &QAction::triggered, m_view, [this] { m_view->moveBoundary(true, false); });
    connect(action(StartLater), &QAction::triggered, m_view, [this] { m_view->moveBoundary(true, true); });
    connect(action(EndEarlier), &QAction::triggered, m_view, [this] { m_view->moveBoundary(false, false); });
    connect(action(EndLater), &QAction::triggered, m_view, [this] { m_view->moveBoundary(false, true); });
    connect(action(AcceptEntity), &QAction::triggered, this, [this, selected] {
        if (const auto annotation = m_view->spans().find(selected()); annotation && annotation->entityId)
            Q_EMIT acceptEntityRequested(annotation->entityId);
    });
    connect(action(ShowMentions), &QAction::triggered, m_view, [this, selected] {
        if (const auto annotation = m_view->spans().find(selected()); annotation && annotation->entityId)
            m_view->selectEntity(annotation->entityId);
    });

    connect(m_view, &DocumentView::annotationSelected, this, &AnnotationActions::updateEnabled);
    connect(m_view, &QTextEdit::selectionChanged, this, &AnnotationActions::updateEnabled);
    setLabelSet(m_view->labelSet());
    loadShortcuts();
    updateEnabled();
}

QAction *AnnotationActions::make(Id id, const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    m_actions[id] = action;
    return action;
}

QList<QAction *> AnnotationActions::actions() const
{
    QList<QAction *> all = m_actions;
    for (QAction *label : m_labelActions) {
        if (!label->objectName().startsWith(QLatin1String("labelExactly:")))
            all.append(label);
    }
    return all;
}

void AnnotationActions::setLabelSet(const LabelSet &labels)
{
    qDeleteAll(m_labelActions);
    m_labelActions.clear();
    for (const Label &label : labels.labels()) {
        if (label.shortcutKey.isNull())
            continue;
        const Qt::Key key = Qt::Key(Qt::Key_0 + label.shortcutKey.digitValue());
        for (const bool snap : {true, false}) {
            auto *action = new QAction(snap ? tr("Label as %1").arg(label.displayName) : tr("Label Exactly as %1").arg(label.displayName), this);
            action->setObjectName((snap ? QStringLiteral("labelAs:") : QStringLiteral("labelExactly:")) + label.name);
            const QKeySequence shortcut = snap ? QKeySequence(key) : QKeySequence(Qt::ALT | key);
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            ShortcutSettings::rememberDefaults(action);
            connect(action, &QAction::triggered, this, [this, name = label.name, snap] { labelWith(name, snap); });
            m_view->addAction(action);
            m_labelActions.append(action);
        }
    }
    loadShortcuts();
    updateEnabled();
}

QKeySequence AnnotationActions::defaultShortcut(const QAction *action)
{
    return ShortcutSettings::defaults(action).value(0);
}

void AnnotationActions::loadShortcuts()
{
    ShortcutSettings::apply(std::as_const(m_actions) + m_labelActions);
}

void AnnotationActions::updateEnabled()
{
    const bool article = m_view->hasArticle();
    const auto span = m_view->spans().find(m_view->selectedAnnotationId());
    for (Id id : {Accept, Reject, Remove, Relabel, StartEarlier, StartLater, EndEarlier, EndLater, ClearSelection})
        action(id)->setEnabled(article && span.has_value());
    action(Accept)->setEnabled(article && span && span->status != AnnotationStatus::Accepted);
    action(AcceptEntity)->setEnabled(article && span && span->entityId);
    action(ShowMentions)->setEnabled(article && span && span->entityId);
    action(NextSuggestion)->setEnabled(article);
    action(PreviousSuggestion)->setEnabled(article);
    const bool target = article && (m_view->textCursor().hasSelection() || span.has_value());
    for (QAction *label : std::as_const(m_labelActions))
        label->setEnabled(target);
}

void AnnotationActions::fillMenu(QMenu *menu) const
{
    for (Id id : {Accept, Reject, Relabel, Remove})
        menu->addAction(action(id));
    menu->addSeparator();
    for (Id id : {NextSuggestion, PreviousSuggestion})
        menu->addAction(action(id));
    menu->addSeparator();
    for (Id id : {StartEarlier, StartLater, EndEarlier, EndLater})
        menu->addAction(action(id));
    menu->addSeparator();
    for (Id id : {AcceptEntity, ShowMentions})
        menu->addAction(action(id));
}

void AnnotationActions::labelWith(const QString &label, bool snap)
{
    const auto [start, end] = m_view->selectedRange(snap);
    if (end > start) {
        Q_EMIT labelRequested(start, end, label);
        m_view->clearTextSelection();
        return;
    }
    // No text selected: the key relabels the span the reader clicked.
    if (const qint64 id = m_view->selectedAnnotationId())
        Q_EMIT relabelRequested(id, label);
}

void AnnotationActions::showRelabelMenu()
{
    const qint64 id = m_view->selectedAnnotationId();
    m_view->showLabelMenuAtSpan(id, [this, id](const QString &label) { Q_EMIT relabelRequested(id, label); });
}

} // namespace Gazette
