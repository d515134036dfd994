// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/layers.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gazette {

class LibrarySession;
struct StoreChange;

// The curation view: every stretch of the article being read where the annotators' versions
// differ, each annotator's version under it and what the final layer holds there. Taking a
// version puts it into the final layer as one undoable command (Curation).
class CurationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationPanel)

public:
    explicit CurationPanel(LibrarySession *session, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);
    // Whether the connected user may adjudicate (the server refuses others anyway).
    void setCurator(bool curator);
    QTreeWidget *tree() const { return m_tree; }
    // Takes the version of the selected annotator row; false (with message()) when none is selected or it failed.
    bool takeSelectedVersion();

Q_SIGNALS:
    void message(const QString &text);
    // The reader picked a stretch: show it in the article.
    void stretchSelected(int start, int end);

private:
    void refresh();
    void applyChange(const StoreChange &change);
    void updateButton();

    LibrarySession *m_session;
    qint64 m_articleId = 0;
    bool m_curator = true;
    QList<Layers::Disagreement> m_stretches;
    QLabel *m_hint;
    QTreeWidget *m_tree;
    QPushButton *m_take;
};

} // namespace Gazette
