// SPDX-License-Identifier: GPL-3.0-or-later
#include "undonavigator.h"

#include "library/librarysession.h"
#include "store/storechange.h"

#include <QAction>
#include <QUndoStack>

#include <optional>

namespace Gazette {

namespace {

// Where a change happened: the article, and the first annotation that is still there.
std::pair<qint64, qint64> placeOf(const StoreChange &change)
{
    for (const RowChange<Annotation> &row : change.annotations) {
        if (row.after)
            return {row.after->articleId, row.after->id};
    }
    if (!change.annotations.isEmpty())
        return {change.annotations.constFirst().before->articleId, 0};
    for (const RowChange<Fact> &row : change.facts)
        return {row.after ? row.after->articleId : row.before->articleId, 0};
    for (const QList<qint64> *list : {&change.changedArticles, &change.addedArticles}) {
        if (!list->isEmpty())
            return {list->constFirst(), 0};
    }
    // A removed article is nowhere to go.
    QSet<qint64> touched = change.touchedArticles();
    for (qint64 id : change.removedArticles)
        touched.remove(id);
    return {touched.isEmpty() ? 0 : *touched.cbegin(), 0};
}

} // namespace

UndoNavigator::UndoNavigator(LibrarySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_undo(new QAction(this))
    , m_redo(new QAction(this))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_undo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Undo));
    m_redo->setShortcuts(redoShortcuts());
    connect(m_undo, &QAction::triggered, this, &UndoNavigator::undo);
    connect(m_redo, &QAction::triggered, this, &UndoNavigator::redo);
    QUndoStack *stack = session->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoNavigator::updateTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &UndoNavigator::updateTexts);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    updateTexts();
}

QList<QKeySequence> UndoNavigator::redoShortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

void UndoNavigator::updateTexts()
{
    const QUndoStack *stack = m_session->undoStack();
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    // The toolbar shows the short name; the tooltip and the menu say what would happen.
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    m_undo->setToolTip(m_undo->text().remove(QLatin1Char('&')));
    m_redo->setToolTip(m_redo->text().remove(QLatin1Char('&')));
}

void UndoNavigator::step(bool undo)
{
    QUndoStack *stack = m_session->undoStack();
    if (undo ? !stack->canUndo() : !stack->canRedo())
        return;
    const QString text = undo ? stack->undoText() : stack->redoText();
    std::optional<StoreChange> seen;
    const auto connection = connect(m_session->store(), &AnnotationStore::changed, this, [&seen](const StoreChange &change) {
        if (!seen)
            seen = change;
    });
    undo ? stack->undo() : stack->redo();
    disconnect(connection);
    if (seen) {
        const auto [articleId, annotationId] = placeOf(*seen);
        if (articleId)
            Q_EMIT showRequested(articleId, annotationId);
    }
    Q_EMIT message(undo ? tr("Undone: %1").arg(text) : tr("Redone: %1").arg(text));
}

} // namespace Gazette
