// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/labelset.h"
#include "store/feedstore.h"

#include <QDockWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QListView;
class QMenu;
class QSplitter;

namespace Gazette {

class AnnotationStore;
class EmptyStateHint;
class LibraryDelegate;
class LibraryFilterModel;
class LibraryModel;

// The library dock: the articles of the library with search, filters (review status, label)
// and sort order. Picking an article asks the window to show it.
class LibraryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryDock)

public:
    LibraryDock(AnnotationStore *store, QWidget *parent = nullptr);

    LibraryModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    // Makes the article current in the list (loading more rows until it is there).
    void selectArticle(qint64 articleId);
    QList<qint64> selectedArticleIds() const;
    // The label filter lists the reader's labels.
    void setLabelSet(const LabelSet &labels);
    // Shows the dock and puts the cursor in the search box.
    void focusSearch();
    // Puts a search in the search box and runs it (a smart folder's).
    void setSearchText(const QString &text);
    QString searchText() const;
    QLineEdit *searchField() const { return m_search; }
    // Says what in the search could not be understood (hidden while there is nothing to say).
    QLabel *searchMessage() const { return m_searchMessage; }
    // The button beside the search box that saves it as a smart folder.
    QToolButton *saveSearchButton() const { return m_saveSearch; }
    // The menu of a right-clicked article (which becomes the current one first); the window
    // fills it with its actions.
    QMenu *contextMenu() const { return m_contextMenu; }
    // The Feeds section above the articles (FeedsPane), and the read and starred marks the
    // list paints (unread feed articles in bold).
    void setFeedsSection(QWidget *section);
    void setArticleMarks(std::function<ArticleMarks(qint64)> marks);
    // Shows only these articles (a feed's); nothing: all.
    void setArticleFilter(const std::optional<QSet<qint64>> &articles);
    // A widget under the list (the team panel).
    void setFooter(QWidget *footer);
    // Who is assigned to each article and how far each got, a line under its details.
    void setTeamLines(const QHash<qint64, QString> &lines);

Q_SIGNALS:
    void articleActivated(qint64 articleId);
    // The reader asked to keep the search as a smart folder.
    void saveSearchRequested(const QString &query);

private:
    QWidget *createFilters(QWidget *parent);
    // Runs a change of the filters; the article being read stays open and current.
    void changeFilter(const std::function<void()> &change);
    void updateSearchMessage();

    LibraryModel *m_model;
    LibraryFilterModel *m_filter;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchMessage = nullptr;
    QToolButton *m_saveSearch = nullptr;
    QComboBox *m_labelFilter = nullptr;
    QListView *m_list = nullptr;
    LibraryDelegate *m_delegate = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_contextMenu = nullptr;
    EmptyStateHint *m_emptyHint = nullptr;
    qint64 m_currentArticle = 0; // the article being read, also while the filters hide it
    bool m_filtering = false;
};

} // namespace Gazette
