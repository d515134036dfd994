// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QSortFilterProxyModel;
class QTableView;

namespace Gazette {

class FactModel;
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

    void addFact();
    void editFact();
    void deleteFact();

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
};

} // namespace Gazette
