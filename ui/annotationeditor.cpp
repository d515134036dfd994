// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationeditor.h"

#include "annotationactions.h"
#include "documentview.h"
#include "labellegend.h"
#include "library/librarysession.h"

namespace Gazette {

AnnotationEditor::AnnotationEditor(LibrarySession *session, DocumentView *view, LabelLegend *legend, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
{
    Edits *edits = session->edits();
    auto label = [this, edits](int start, int end, const QString &name) { push(edits->addAnnotation(m_articleId, start, end, name)); };
    connect(view, &DocumentView::labelRequested, this, label);
    connect(view->annotationActions(), &AnnotationActions::labelRequested, this, label);
    connect(view, &DocumentView::labelAllRequested, this, [this, edits](const QString &text, const QString &name) {
        // How many were labelled, and why any were skipped: more than the undo text says.
        if (push(edits->labelAllOccurrences(m_articleId, text, name)))
            Q_EMIT message(edits->summary());
    });
    connect(view, &DocumentView::resizeRequested, this, [this, edits](qint64 id, int start, int end) { push(edits->resize(id, start, end)); });
    connect(legend, &LabelLegend::labelClicked, this, [this, edits](const QString &name) {
        const auto [start, end] = m_view->selectedRange(true);
        if (end > start)
            push(edits->addAnnotation(m_articleId, start, end, name));
        else
            Q_EMIT message(tr("Select some text first, then choose its label."));
        m_view->setFocus();
    });
    connectActions();
}

void AnnotationEditor::connectActions()
{
    Edits *edits = m_session->edits();
    AnnotationActions *actions = m_view->annotationActions();
    // Accepting or rejecting moves on to the next suggestion: review is a run of keys.
    connect(actions, &AnnotationActions::acceptRequested, this, [this, edits](qint64 id) {
        if (push(edits->accept(id)))
            m_view->selectNextSuggestion(true);
    });
    connect(actions, &AnnotationActions::rejectRequested, this, [this, edits](qint64 id) {
        if (push(edits->reject(id)))
            m_view->selectNextSuggestion(true);
    });
    connect(actions, &AnnotationActions::removeRequested, this, [this, edits](qint64 id) { push(edits->removeAnnotation(id)); });
    connect(actions, &AnnotationActions::relabelRequested, this, [this, edits](qint64 id, const QString &name) { push(edits->relabel(id, name)); });
    connect(actions, &AnnotationActions::acceptEntityRequested, this, [this, edits](qint64 entity) {
        push(edits->acceptAllOfEntity(m_articleId, entity));
    });
}

bool AnnotationEditor::push(Edits::Command command)
{
    if (m_session->push(std::move(command)))
        return true;
    Q_EMIT message(m_session->errorString());
    return false;
}

} // namespace Gazette
