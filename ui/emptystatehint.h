// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QAbstractItemView;

namespace Gazette {

// A centred, muted message over an item view while its model has no rows ("No entities yet"),
// so an empty panel explains itself instead of looking broken.
class EmptyStateHint final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateHint)

public:
    EmptyStateHint(QAbstractItemView *view, const QString &text);

    // Shows the hint over the view when it has no rows, hides it otherwise.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
};

} // namespace Gazette
