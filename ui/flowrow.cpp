// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowrow.h"

#include <QResizeEvent>

#include <algorithm>

namespace Gazette {

namespace {
constexpr int Spacing = 2;
}

FlowRow::FlowRow(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FlowRow::addWidget(QWidget *widget, bool expand)
{
    widget->setParent(this);
    m_items.append({widget, expand});
    updateGeometry();
}

QSize FlowRow::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const Item &item : m_items) {
        const QSize hint = item.widget->sizeHint();
        width += hint.width() + (width > 0 ? Spacing : 0);
        height = std::max(height, hint.height());
    }
    return {width, height};
}

QSize FlowRow::minimumSizeHint() const
{
    int width = 0;
    for (const Item &item : m_items)
        width = std::max(width, item.widget->sizeHint().width());
    return {width, heightForWidth(width)};
}

int FlowRow::heightForWidth(int width) const
{
    return arrange(width, false);
}

void FlowRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width(), true);
}

int FlowRow::arrange(int width, bool apply) const
{
    int top = 0;
    qsizetype first = 0;
    while (first < m_items.size()) {
        // As many as fit on this line (at least one).
        qsizetype last = first;
        int used = m_items.at(first).widget->sizeHint().width();
        int lineHeight = m_items.at(first).widget->sizeHint().height();
        while (last + 1 < m_items.size() && used + Spacing + m_items.at(last + 1).widget->sizeHint().width() <= width) {
            ++last;
            used += Spacing + m_items.at(last).widget->sizeHint().width();
            lineHeight = std::max(lineHeight, m_items.at(last).widget->sizeHint().height());
        }
        if (apply) {
            const auto expanding = std::count_if(m_items.begin() + first, m_items.begin() + last + 1, [](const Item &item) { return item.expand; });
            const int extra = expanding > 0 ? std::max(0, width - used) / int(expanding) : 0;
            int left = 0;
            for (qsizetype i = first; i <= last; ++i) {
                const Item &item = m_items.at(i);
                const int itemWidth = std::min(width - left, item.widget->sizeHint().width() + (item.expand ? extra : 0));
                item.widget->setGeometry(left, top, std::max(0, itemWidth), lineHeight);
                left += itemWidth + Spacing;
            }
        }
        top += lineHeight + Spacing;
        first = last + 1;
    }
    return std::max(0, top - Spacing);
}

} // namespace Gazette
