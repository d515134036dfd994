// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/labelset.h"

#include <QWidget>

class QLayout;

namespace Gazette {

class EntityHighlighter;

// The bar above the reading pane: each label with its colour (and key), on as many lines as the
// pane's width needs. Clicking a label labels the selected text, as its key does.
class LabelLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelLegend)

public:
    explicit LabelLegend(QWidget *parent = nullptr);

    void setLabels(const LabelSet &labels, const EntityHighlighter *colours);

Q_SIGNALS:
    void labelClicked(const QString &label);

private:
    QLayout *m_layout;
};

} // namespace Gazette
