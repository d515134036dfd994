// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydelegate.h"

#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Gazette {

namespace {
constexpr int Padding = 6;
constexpr int HeadlineLines = 2;
constexpr int SnippetLines = 2;

bool isSearching(const QModelIndex &index)
{
    const auto *filter = qobject_cast<const LibraryFilterModel *>(index.model());
    return filter && !filter->searchText().isEmpty();
}

QList<QTextLayout::FormatRange> matchFormats(const TextSearch::Snippet &snippet, int length, const QPalette &palette, bool selected)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setForeground(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    // On the selection colour of the theme, made to carry its text: the words stand out on light
    // and dark themes alike. A selected row has that colour already: bold says it there.
    if (!selected)
        format.setBackground(palette.color(QPalette::Highlight));
    QList<QTextLayout::FormatRange> formats;
    for (const TextSearch::Snippet::Match &match : snippet.matches) {
        if (match.start >= length)
            break;
        formats.append({match.start, std::min(match.length, length - match.start), format});
    }
    return formats;
}

int lineCount(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    int count = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++count;
    }
    layout.endLayout();
    return count;
}
} // namespace

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

LibraryDelegate::SnippetText LibraryDelegate::snippetText(const TextSearch::Snippet &snippet, const QFont &font, int width,
                                                          const QPalette &palette, bool selected)
{
    QFont bold = font;
    bold.setBold(true);
    QString text = snippet.text;
    // Measured in bold, the wider of the two, so the cut text always fits.
    if (lineCount(text, bold, width) > SnippetLines) {
        QTextLayout layout(text, bold);
        layout.beginLayout();
        QTextLine first = layout.createLine();
        first.setLineWidth(width);
        layout.endLayout();
        const QString second = QFontMetrics(bold).elidedText(text.mid(first.textLength()), Qt::ElideRight, width);
        text = text.left(first.textLength()) + second;
    }
    return {text, matchFormats(snippet, int(text.size()), palette, selected)};
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
    const ArticleMarks marks = m_marks ? m_marks(index.data(LibraryModel::ArticleIdRole).toLongLong()) : ArticleMarks();
    QFont headlineFont = opt.font;
    headlineFont.setBold(!marks.fromFeed || !marks.read);
    const QFontMetrics headlineMetrics(headlineFont);
    const QFontMetrics detailMetrics(opt.font);

    painter->save();
    painter->setFont(headlineFont);
    painter->setPen(primary);
    int top = area.top();
    // An unread article from a feed: a dot before its headline, which moves over for it.
    int indent = 0;
    if (marks.fromFeed && !marks.read) {
        const int size = std::max(6, headlineMetrics.height() / 3);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? primary : opt.palette.color(group, QPalette::Link));
        painter->drawEllipse(QRect(area.left(), top + (headlineMetrics.height() - size) / 2, size, size));
        painter->setPen(primary);
        indent = size + Padding;
    }
    for (const QString &line : headlineLines(index.data().toString(), headlineFont, area.width() - indent)) {
        painter->drawText(QRect(area.left() + indent, top, area.width() - indent, headlineMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        top += headlineMetrics.height();
    }
    painter->setFont(opt.font);
    painter->setPen(secondary);
    const QString details = marks.starred ? QStringLiteral("★ ") + detailLine(index) : detailLine(index);
    const QString detail = detailMetrics.elidedText(details, Qt::ElideRight, area.width());
    painter->drawText(QRect(area.left(), top + 2, area.width(), detailMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, detail);
    top += 2 + detailMetrics.height();
    if (!m_teamLines.isEmpty()) {
        const QString team = detailMetrics.elidedText(teamLine(index.data(LibraryModel::ArticleIdRole).toLongLong()), Qt::ElideRight,
                                                      area.width());
        painter->drawText(QRect(area.left(), top, area.width(), detailMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, team);
        top += detailMetrics.height();
    }

    if (const QVariant value = index.data(LibraryModel::SnippetRole); value.isValid()) {
        const SnippetText snippet = snippetText(value.value<TextSearch::Snippet>(), opt.font, area.width(), opt.palette, selected);
        QTextLayout layout(snippet.text, opt.font);
        layout.setFormats(snippet.formats);
        layout.beginLayout();
        qreal y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(area.width());
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        painter->setPen(secondary);
        layout.draw(painter, QPointF(area.left(), top + 2));
    }
    painter->restore();
}

QSize LibraryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    // Room for a two-line headline in every row (the list's rows are of one size), and for a
    // two-line snippet in every row of a search.
    int height = HeadlineLines * QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2 + Padding * 2;
    if (isSearching(index))
        height += SnippetLines * QFontMetrics(bold).height() + 2;
    if (!m_teamLines.isEmpty())
        height += QFontMetrics(option.font).height();
    return {200, height};
}

} // namespace Gazette
