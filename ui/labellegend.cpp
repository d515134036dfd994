// SPDX-License-Identifier: GPL-3.0-or-later
#include "labellegend.h"

#include "entityhighlighter.h"
#include "labelcolours.h"

#include <QLayout>
#include <QToolButton>

namespace Gazette {

namespace {
// Lays its items out left to right and wraps them onto the next line, as words.
class FlowLayout final : public QLayout
{
public:
    using QLayout::QLayout;
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override { return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr; }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins margins = contentsMargins();
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    }

private:
    int arrange(const QRect &rect, bool place) const
    {
        const QRect area = rect.marginsRemoved(contentsMargins());
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            const QSize hint = item->sizeHint();
            if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
                x = area.x();
                y += lineHeight;
                lineHeight = 0;
            }
            if (place)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width();
            lineHeight = std::max(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + contentsMargins().bottom();
    }

    QList<QLayoutItem *> m_items;
};
} // namespace

LabelLegend::LabelLegend(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    setObjectName(QStringLiteral("labelLegend"));
    setAccessibleName(tr("Labels and their keys"));
    m_layout->setContentsMargins(8, 3, 8, 3);
    m_layout->setSpacing(0);
    // A narrow window wraps the bar onto more lines instead of growing to fit it.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    setFont(small);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
}

void LabelLegend::setLabels(const LabelSet &labels, const EntityHighlighter *colours)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Label &label : labels.labels()) {
        if (label.name == LabelSet::quoteLabel())
            continue; // quotes are in italics, not a colour
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        // On the buttons, not the bar: a style sheet fixes the palette it polished with, and the
        // bar must follow a theme changed at runtime (the buttons are made anew for each theme).
        button->setStyleSheet(QStringLiteral("QToolButton { padding: 1px 3px; margin: 0px; }"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::NoFocus);
        // The short OntoNotes name keeps the bar short; the tooltip has the long one.
        if (label.shortcutKey.isNull()) {
            button->setText(label.name);
            button->setToolTip(tr("%1 (%2): %3. Select text and click here.").arg(label.displayName, label.name, label.description));
            button->setAccessibleName(tr("Label as %1").arg(label.displayName));
        } else {
            button->setText(QStringLiteral("%1 %2").arg(label.shortcutKey).arg(label.name));
            button->setToolTip(tr("%1 (%2): %3. Select text and press %4.").arg(label.displayName, label.name, label.description, label.shortcutKey));
            button->setAccessibleName(tr("Label as %1, key %2").arg(label.displayName, label.shortcutKey));
        }
        button->setIconSize(QSize(10, 10));
        button->setIcon(LabelColours::swatch(colours->colour(label.name)));
        connect(button, &QToolButton::clicked, this, [this, name = label.name] { Q_EMIT labelClicked(name); });
        m_layout->addWidget(button);
    }
}

} // namespace Gazette
