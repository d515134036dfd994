// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Gazette {

// A row of buttons (and a combo box) that goes on to a second line when its width asks for it,
// so a panel's buttons never make its dock wider, whatever the language makes of their texts.
class FlowRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowRow)

public:
    explicit FlowRow(QWidget *parent = nullptr);

    // An expanding widget takes what its line leaves free.
    void addWidget(QWidget *widget, bool expand = false);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Lays the widgets out in lines of the width (when apply), returning the height they take.
    int arrange(int width, bool apply) const;

    struct Item
    {
        QWidget *widget;
        bool expand;
    };
    QList<Item> m_items;
};

} // namespace Gazette
