// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystatehint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace Gazette {

EmptyStateHint::EmptyStateHint(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport())
    , m_view(view)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(16);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    auto connectModel = [this] {
        if (auto *model = m_view->model()) {
            connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateHint::refresh);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateHint::refresh);
            connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateHint::refresh);
            connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateHint::refresh);
        }
    };
    connectModel();
    refresh();
}

bool EmptyStateHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        refresh();
    return QLabel::eventFilter(watched, event);
}

void EmptyStateHint::refresh()
{
    const bool empty = !m_view->model() || m_view->model()->rowCount() == 0;
    setGeometry(m_view->viewport()->rect());
    setVisible(empty);
}

} // namespace Gazette
