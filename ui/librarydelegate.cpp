// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydelegate.h"

#include "models/librarymodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Gazette {

namespace {
constexpr int Padding = 6;
constexpr int HeadlineLines = 2;
}

int LibraryDelegate::textWidth(const QRect &row)
{
    return row.width() - 2 * Padding;
}

QStringList LibraryDelegate::headlineLines(const QString &headline, const QFont &font, int width)
{
    QStringList lines;
    QTextLayout layout(headline, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == HeadlineLines - 1) {
            lines << QFontMetrics(font).elidedText(headline.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            break;
        }
        lines << headline.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString LibraryDelegate::detailLine(const QModelIndex &index)
{
    const QAbstractItemModel *model = index.model();
    auto cell = [&](int column) { return model->index(index.row(), column, index.parent()).data().toString(); };
    QStringList parts;
    if (!cell(LibraryModel::SourceColumn).isEmpty())
        parts << cell(LibraryModel::SourceColumn);
    if (!cell(LibraryModel::PublishedColumn).isEmpty())
        parts << cell(LibraryModel::PublishedColumn);
    const int entities = model->index(index.row(), LibraryModel::EntitiesColumn, index.parent()).data().toInt();
    const int pending = index.data(LibraryModel::PendingCountRole).toInt();
    parts << tr("entities: %1").arg(entities);
    if (pending > 0)
        parts << tr("to review: %1").arg(pending);
    parts << cell(LibraryModel::StatusColumn);
    return parts.join(QStringLiteral(" · "));
}

void LibraryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor primary = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = primary;
    secondary.setAlphaF(0.65f);

    const QRect area = opt.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    QFont headlineFont = opt.font;
    headlineFont.setBold(true);
    const QFontMetrics headlineMetrics(headlineFont);
    const QFontMetrics detailMetrics(opt.font);

    painter->save();
    painter->setFont(headlineFont);
    painter->setPen(primary);
    int top = area.top();
    for (const QString &line : headlineLines(index.data().toString(), headlineFont, area.width())) {
        painter->drawText(QRect(area.left(), top, area.width(), headlineMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        top += headlineMetrics.height();
    }
    painter->setFont(opt.font);
    painter->setPen(secondary);
    const QString detail = detailMetrics.elidedText(detailLine(index), Qt::ElideRight, area.width());
    painter->drawText(QRect(area.left(), top + 2, area.width(), detailMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, detail);
    painter->restore();
}

QSize LibraryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    // Room for a two-line headline in every row (the list's rows are of one size).
    const int height = HeadlineLines * QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2 + Padding * 2;
    return {200, height};
}

} // namespace Gazette
