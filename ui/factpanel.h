// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitypicker.h"

#include <QWidget>

#include <functional>

class QSortFilterProxyModel;
class QTableView;

namespace Gazette {

class FactModel;
class FactDialog;
class LabelSet;
class LibrarySession;

// The Facts panel: the article's facts (partnerships, deals, roles, statistics, quotes ...) with
// a kind filter; add one from the selected text, edit or delete it. Clicking a fact shows its
// evidence in the reading pane.
class FactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactPanel)

public:
    FactPanel(LibrarySession *session, QWidget *parent = nullptr);

    FactModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setArticle(qint64 articleId);
    // The text the reader has selected in the pane: a new fact's evidence (start, end, text).
    struct Selection
    {
        int start = 0;
        int end = 0;
        QString text;
    };
    void setSelectionSource(std::function<Selection()> source) { m_selection = std::move(source); }
    // The reader's label set and the colour of a label, for the entity pickers.
    void setLabelSource(std::function<LabelSet()> labels, std::function<QColor(const QString &)> colour)
    {
        m_labels = std::move(labels);
        m_colour = std::move(colour);
    }

    void addFact();
    // Edits the current fact, with the subject's or the object's picker focused when given.
    void editFact(int focusColumn = -1);
    void deleteFact();

    // The article's entities as the fact editor offers them: every entity with a mention the
    // reader did not reject, most mentioned first, and those the fact names.
    FactContext context(const Fact &fact, const Selection &selection) const;

    // The open fact editor, while it is open (tests).
    FactDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void evidenceActivated(int start, int end);
    void factActivated(qint64 factId);
    void message(const QString &text);

private:
    QWidget *createButtons();
    void push(bool pushed);

    LibrarySession *m_session;
    qint64 m_articleId = 0;
    FactModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    std::function<Selection()> m_selection;
    std::function<LabelSet()> m_labels;
    std::function<QColor(const QString &)> m_colour;
    FactDialog *m_dialog = nullptr;
};

} // namespace Gazette
