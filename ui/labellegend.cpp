// SPDX-License-Identifier: GPL-3.0-or-later
#include "labellegend.h"

#include <QEvent>

#include "entityhighlighter.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QToolButton>

namespace Gazette {

LabelLegend::LabelLegend(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("labelLegend"));
    setAccessibleName(tr("Labels and their keys"));
    m_layout->setContentsMargins(8, 3, 8, 3);
    m_layout->setSpacing(0);
    // A narrow window clips the bar instead of growing to fit it.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
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
        if (label.shortcutKey.isNull())
            continue; // the bar lists the labels with keys; the others are in the menus
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        // On the buttons, not the bar: a style sheet fixes the palette it polished with, and the
        // bar must follow a theme changed at runtime (the buttons are made anew for each theme).
        button->setStyleSheet(QStringLiteral("QToolButton { padding: 1px 3px; margin: 0px; }"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::NoFocus);
        // The short OntoNotes name keeps the bar on one line; the tooltip has the long one.
        button->setText(QStringLiteral("%1 %2").arg(label.shortcutKey).arg(label.name));
        button->setToolTip(tr("%1 (%2): %3. Select text and press %4.").arg(label.displayName, label.name, label.description, label.shortcutKey));
        button->setAccessibleName(tr("Label as %1, key %2").arg(label.displayName, label.shortcutKey));
        button->setIconSize(QSize(10, 10));
        QPixmap swatch(14, 14);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours->colour(label.name));
        painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
        painter.end();
        button->setIcon(QIcon(swatch));
        connect(button, &QToolButton::clicked, this, [this, name = label.name] { Q_EMIT labelClicked(name); });
        m_layout->addWidget(button);
    }
    m_layout->addStretch(1);
}

} // namespace Gazette
