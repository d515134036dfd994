// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscharts.h"

#include "report.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Gazette {

namespace {

constexpr qreal Margin = 12;

// A step of 1, 2 or 5 times a power of ten that makes about `ticks` steps up to max.
int niceStep(int max, int ticks)
{
    if (max <= ticks)
        return 1;
    const double raw = double(max) / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return std::max(1, int(factor * power));
    }
    return std::max(1, int(10 * power));
}

QString reviewName(int status)
{
    return reviewStatusName(ReviewStatus(status));
}

struct Canvas
{
    QPainter &p;
    const ChartStyle &style;
    QFont font;
    QFont small;
    QFont bold;

    Canvas(QPainter &painter, const ChartStyle &chartStyle)
        : p(painter)
        , style(chartStyle)
    {
        font = p.font();
        font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
        font.setPixelSize(style.fontPixelSize);
        small = font;
        small.setPixelSize(std::max(8, style.fontPixelSize - 2));
        bold = font;
        bold.setBold(true);
        bold.setPixelSize(style.fontPixelSize + 2);
    }
    qreal width(const QFont &f, const QString &text) const { return QFontMetricsF(f, p.device()).horizontalAdvance(text); }
    qreal height(const QFont &f) const { return QFontMetricsF(f, p.device()).height(); }
    QString elide(const QFont &f, const QString &text, qreal w) const
    {
        return QFontMetricsF(f, p.device()).elidedText(text, Qt::ElideRight, std::max<qreal>(0, w));
    }
    void text(const QFont &f, const QColor &colour, const QRectF &rect, int flags, const QString &text)
    {
        p.setFont(f);
        p.setPen(colour);
        p.drawText(rect, flags, text);
    }
};

// Title and subtitle; returns the rest of the rectangle.
QRectF header(Canvas &c, const QRectF &rect, const QString &title, const QString &subtitle)
{
    const qreal titleHeight = c.height(c.bold);
    c.text(c.bold, c.style.text, QRectF(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
           c.elide(c.bold, title, rect.width()));
    qreal top = rect.top() + titleHeight + 2;
    if (!subtitle.isEmpty()) {
        const qreal h = c.height(c.small);
        c.text(c.small, c.style.muted, QRectF(rect.left(), top, rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
               c.elide(c.small, subtitle, rect.width()));
        top += h;
    }
    return QRectF(rect.left(), top + 8, rect.width(), rect.bottom() - top - 8);
}

void emptyMessage(Canvas &c, const QRectF &rect, const QString &message)
{
    c.text(c.font, c.style.muted, rect, Qt::AlignCenter | Qt::TextWordWrap, message);
}

// Coloured squares with names, wrapped over lines; returns the height used.
qreal legend(Canvas &c, const QRectF &rect, const QList<std::pair<QString, QColor>> &items, bool paint)
{
    const qreal h = c.height(c.small);
    qreal x = rect.left();
    qreal y = rect.top();
    for (const auto &[name, colour] : items) {
        const qreal w = h + 4 + c.width(c.small, name) + 14;
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += h + 4;
        }
        if (paint) {
            c.p.fillRect(QRectF(x, y + h * 0.2, h * 0.6, h * 0.6), colour);
            c.text(c.small, c.style.text, QRectF(x + h * 0.6 + 4, y, w, h), Qt::AlignLeft | Qt::AlignVCenter, name);
        }
        x += w;
    }
    return items.isEmpty() ? 0 : y - rect.top() + h;
}

// Value axis along the bottom or left: grid lines at nice steps.
void verticalGrid(Canvas &c, const QRectF &plot, int max, int ticks)
{
    const int step = niceStep(max, ticks);
    const int top = ((max + step - 1) / step) * step;
    QPen grid(c.style.muted);
    grid.setWidthF(0.5);
    grid.setStyle(Qt::DotLine);
    const qreal h = c.height(c.small);
    for (int value = 0; value <= top; value += step) {
        const qreal y = plot.bottom() - plot.height() * value / std::max(1, top);
        c.p.setPen(grid);
        c.p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        c.text(c.small, c.style.muted, QRectF(plot.left() - 44, y - h / 2, 40, h), Qt::AlignRight | Qt::AlignVCenter,
               QLocale().toString(value));
    }
}

QColor seriesColour(const ChartStyle &style, int n)
{
    return style.series.isEmpty() ? style.text : style.series.at(n % style.series.size());
}

QList<int> timelineEntries(const CorpusIndex &index, const CorpusCharts::Options &options)
{
    return options.timelineEntries.isEmpty() ? index.topEntries(5) : options.timelineEntries;
}

void paintTimeline(Canvas &c, const QRectF &area, const CorpusIndex &index, const CorpusCharts::Options &options)
{
    const CorpusIndex::Timeline timeline = index.timeline(timelineEntries(index, options), options.bucket);
    const QString unit = options.bucket == CorpusIndex::Bucket::Month ? CorpusCharts::tr("mentions per month")
                                                                       : CorpusCharts::tr("mentions per week");
    QRectF rect = header(c, area, CorpusCharts::title(CorpusCharts::Kind::Timeline), unit);
    if (timeline.buckets.isEmpty() || timeline.entries.isEmpty()) {
        emptyMessage(c, rect, CorpusCharts::tr("No dated mentions to show: choose entities whose articles have a date."));
        return;
    }
    QList<std::pair<QString, QColor>> items;
    for (int n = 0; n < timeline.entries.size(); ++n) {
        const EntityIndexEntry &entry = index.entries().at(timeline.entries.at(n));
        items.append({QStringLiteral("%1 (%2)").arg(entry.name, entry.label), seriesColour(c.style, n)});
    }
    const qreal legendHeight = legend(c, rect, items, false);
    legend(c, QRectF(rect.left(), rect.bottom() - legendHeight, rect.width(), legendHeight), items, true);
    const qreal axisHeight = c.height(c.small) + 6;
    const QRectF plot(rect.left() + 48, rect.top() + 4, rect.width() - 56, rect.height() - legendHeight - axisHeight - 14);
    if (plot.height() < 20 || plot.width() < 20)
        return;
    int max = 1;
    for (const QList<int> &values : timeline.values)
        max = std::max(max, *std::max_element(values.begin(), values.end()));
    verticalGrid(c, plot, max, 4);
    const int step = niceStep(max, 4);
    const int top = ((max + step - 1) / step) * step;
    const int count = int(timeline.buckets.size());
    auto xOf = [&](int bucket) { return count == 1 ? plot.center().x() : plot.left() + plot.width() * bucket / (count - 1); };
    // Bucket names under the axis, as many as fit.
    const QString format = options.bucket == CorpusIndex::Bucket::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yy");
    const qreal labelWidth = c.width(c.small, QLocale().toString(QDate(2025, 12, 28), format)) + 10;
    const int every = std::max(1, int(std::ceil(labelWidth / std::max<qreal>(1, plot.width() / count))));
    for (int b = 0; b < count; b += every) {
        c.text(c.small, c.style.muted, QRectF(xOf(b) - labelWidth / 2, plot.bottom() + 4, labelWidth, axisHeight),
               Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(timeline.buckets.at(b), format));
    }
    c.p.setPen(QPen(c.style.muted, 1));
    c.p.drawLine(plot.bottomLeft(), plot.bottomRight());
    c.p.setRenderHint(QPainter::Antialiasing, true);
    for (int n = 0; n < timeline.values.size(); ++n) {
        const QList<int> &values = timeline.values.at(n);
        QPainterPath path;
        for (int b = 0; b < count; ++b) {
            const QPointF point(xOf(b), plot.bottom() - plot.height() * values.at(b) / top);
            if (b == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        const QColor colour = seriesColour(c.style, n);
        c.p.setPen(QPen(colour, 2));
        c.p.setBrush(Qt::NoBrush);
        c.p.drawPath(path);
        c.p.setBrush(colour);
        c.p.setPen(Qt::NoPen);
        for (int b = 0; b < count; ++b) {
            if (values.at(b) > 0)
                c.p.drawEllipse(QPointF(xOf(b), plot.bottom() - plot.height() * values.at(b) / top), 2.5, 2.5);
        }
    }
    c.p.setRenderHint(QPainter::Antialiasing, false);
}

// Rows of horizontal bars with a name on the left and the number on the right.
struct BarRow
{
    QString name;
    QList<std::pair<int, QColor>> segments;
    QString value;
};

void paintBarRows(Canvas &c, const QRectF &rect, const QList<BarRow> &rows, int max, qreal nameShare)
{
    const qreal rowHeight = c.height(c.font) + 8;
    const qreal nameWidth = std::min(rect.width() * nameShare, 320.0);
    qreal valueWidth = 0;
    for (const BarRow &row : rows)
        valueWidth = std::max(valueWidth, c.width(c.small, row.value));
    const qreal barLeft = rect.left() + nameWidth + 8;
    const qreal barWidth = std::max<qreal>(10, rect.right() - barLeft - valueWidth - 8);
    qreal y = rect.top();
    for (const BarRow &row : rows) {
        c.text(c.font, c.style.text, QRectF(rect.left(), y, nameWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
               c.elide(c.font, row.name, nameWidth));
        qreal x = barLeft;
        for (const auto &[value, colour] : row.segments) {
            const qreal w = barWidth * value / std::max(1, max);
            c.p.fillRect(QRectF(x, y + 4, w, rowHeight - 8), colour);
            x += w;
        }
        c.text(c.small, c.style.muted, QRectF(x + 4, y, valueWidth + 4, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, row.value);
        y += rowHeight;
    }
}

void paintLabels(Canvas &c, const QRectF &area, const CorpusIndex &index, const CorpusCharts::Options &options)
{
    const QList<CorpusIndex::LabelBar> bars = index.labelBars(options.maxArticles);
    const QString subtitle = bars.size() < index.articleCount()
        ? CorpusCharts::tr("the %1 articles with the most annotations, of %2").arg(bars.size()).arg(index.articleCount())
        : CorpusCharts::tr("every article with annotations, most first");
    QRectF rect = header(c, area, CorpusCharts::title(CorpusCharts::Kind::LabelsPerArticle), subtitle);
    if (bars.isEmpty()) {
        emptyMessage(c, rect, CorpusCharts::tr("No annotations yet."));
        return;
    }
    const QStringList labels = index.labels();
    QList<std::pair<QString, QColor>> items;
    for (const QString &label : labels)
        items.append({label, c.style.labelColour(label)});
    const qreal legendHeight = legend(c, rect, items, false);
    legend(c, QRectF(rect.left(), rect.bottom() - legendHeight, rect.width(), legendHeight), items, true);
    QList<BarRow> rows;
    int max = 1;
    for (const CorpusIndex::LabelBar &bar : bars) {
        BarRow row{bar.headline.isEmpty() ? CorpusCharts::tr("(no headline)") : bar.headline, {}, QLocale().toString(bar.total())};
        for (const QString &label : labels) {
            if (const int value = bar.labels.value(label); value > 0)
                row.segments.append({value, c.style.labelColour(label)});
        }
        max = std::max(max, bar.total());
        rows.append(row);
    }
    paintBarRows(c, QRectF(rect.left(), rect.top(), rect.width(), rect.height() - legendHeight - 8), rows, max, 0.4);
}

void paintPairs(Canvas &c, const QRectF &area, const CorpusIndex &index, const CorpusCharts::Options &options)
{
    const QList<CorpusIndex::Pair> pairs = index.pairs(options.maxPairs);
    QRectF rect = header(c, area, CorpusCharts::title(CorpusCharts::Kind::CoOccurrence), CorpusCharts::tr("articles that mention both"));
    if (pairs.isEmpty()) {
        emptyMessage(c, rect, CorpusCharts::tr("No two entities share an article yet."));
        return;
    }
    QList<BarRow> rows;
    const int max = pairs.first().articles;
    for (const CorpusIndex::Pair &pair : pairs) {
        const EntityIndexEntry &a = index.entries().at(pair.first);
        const EntityIndexEntry &b = index.entries().at(pair.second);
        rows.append({CorpusCharts::tr("%1 + %2").arg(a.name, b.name), {{pair.articles, c.style.labelColour(a.label)}},
                     QLocale().toString(pair.articles)});
    }
    paintBarRows(c, rect, rows, max, 0.5);
}

void paintReview(Canvas &c, const QRectF &area, const CorpusIndex &index)
{
    const QList<int> counts = index.reviewCounts();
    const int total = counts.at(0) + counts.at(1) + counts.at(2);
    const QString subtitle = total == 1 ? CorpusCharts::tr("1 article") : CorpusCharts::tr("%1 articles").arg(total);
    QRectF rect = header(c, area, CorpusCharts::title(CorpusCharts::Kind::ReviewProgress), subtitle);
    if (total == 0) {
        emptyMessage(c, rect, CorpusCharts::tr("No articles yet."));
        return;
    }
    // New in the neutral colour, in review amber, done green: readable on light and dark alike.
    const QList<QColor> colours = {c.style.muted, QColor(0xe0, 0x8a, 0x00), QColor(0x2e, 0xa0, 0x4f)};
    // One bar of the whole library in three parts, then a row per status.
    const qreal barHeight = c.height(c.font) + 10;
    qreal x = rect.left();
    for (int status = 0; status < 3; ++status) {
        const qreal w = rect.width() * counts.at(status) / total;
        c.p.fillRect(QRectF(x, rect.top(), w, barHeight), colours.at(status));
        x += w;
    }
    QList<BarRow> rows;
    for (int status = 0; status < 3; ++status) {
        const int percent = int(std::lround(100.0 * counts.at(status) / total));
        rows.append({reviewName(status), {{counts.at(status), colours.at(status)}},
                     CorpusCharts::tr("%1 (%2%)").arg(QLocale().toString(counts.at(status))).arg(percent)});
    }
    paintBarRows(c, QRectF(rect.left(), rect.top() + barHeight + 10, rect.width(), rect.height() - barHeight - 10), rows, total, 0.25);
}

} // namespace

ChartStyle ChartStyle::light()
{
    ChartStyle style;
    style.background = Qt::white;
    style.text = QColor(0x1f, 0x1c, 0x1b);
    style.muted = QColor(0x70, 0x70, 0x70);
    style.labelColours = Report::defaultColours();
    style.series = {QColor(0x00, 0x57, 0xae), QColor(0xbf, 0x03, 0x03), QColor(0x00, 0x6e, 0x28), QColor(0xb0, 0x80, 0x00),
                    QColor(0x64, 0x4a, 0x9b), QColor(0x00, 0x95, 0xff), QColor(0xca, 0x60, 0xca), QColor(0xaa, 0x55, 0x00)};
    return style;
}

QColor ChartStyle::labelColour(const QString &label) const
{
    if (const QColor colour = labelColours.value(label); colour.isValid())
        return colour;
    // A label without a theme colour still gets one of its own, the same every time.
    return series.isEmpty() ? muted : series.at(int(qHash(label, 0) % uint(series.size())));
}

QString CorpusCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::Timeline:
        return tr("Mentions over time");
    case Kind::LabelsPerArticle:
        return tr("Labels per article");
    case Kind::CoOccurrence:
        return tr("Entities that appear together");
    case Kind::ReviewProgress:
        return tr("Review progress");
    }
    return {};
}

QString CorpusCharts::fileStem(Kind kind)
{
    switch (kind) {
    case Kind::Timeline:
        return QStringLiteral("mentions-over-time");
    case Kind::LabelsPerArticle:
        return QStringLiteral("labels-per-article");
    case Kind::CoOccurrence:
        return QStringLiteral("entities-together");
    case Kind::ReviewProgress:
        return QStringLiteral("review-progress");
    }
    return {};
}

QString CorpusCharts::description(Kind kind, const CorpusIndex &index, const Options &options)
{
    QStringList parts;
    switch (kind) {
    case Kind::Timeline:
        for (int entry : timelineEntries(index, options)) {
            if (entry >= 0 && entry < index.entries().size()) {
                const EntityIndexEntry &e = index.entries().at(entry);
                parts.append(e.mentions == 1 ? tr("%1: 1 mention").arg(e.name) : tr("%1: %2 mentions").arg(e.name).arg(e.mentions));
            }
        }
        break;
    case Kind::LabelsPerArticle:
        for (const CorpusIndex::LabelBar &bar : index.labelBars(options.maxArticles))
            parts.append(bar.total() == 1 ? tr("%1: 1 annotation").arg(bar.headline) : tr("%1: %2 annotations").arg(bar.headline).arg(bar.total()));
        break;
    case Kind::CoOccurrence:
        for (const CorpusIndex::Pair &pair : index.pairs(options.maxPairs))
            parts.append(pair.articles == 1 ? tr("%1 and %2: 1 article").arg(index.entries().at(pair.first).name, index.entries().at(pair.second).name)
                                            : tr("%1 and %2: %3 articles").arg(index.entries().at(pair.first).name, index.entries().at(pair.second).name).arg(pair.articles));
        break;
    case Kind::ReviewProgress: {
        const QList<int> counts = index.reviewCounts();
        for (int status = 0; status < 3; ++status)
            parts.append(tr("%1: %2").arg(reviewName(status)).arg(counts.at(status)));
        break;
    }
    }
    return title(kind) + QStringLiteral(". ") + parts.join(QStringLiteral("; "));
}

QSize CorpusCharts::preferredSize(Kind kind, const CorpusIndex &index, const Options &options, int width)
{
    const int row = 24;
    switch (kind) {
    case Kind::Timeline:
        return {width, 340};
    case Kind::LabelsPerArticle:
        return {width, 110 + row * int(std::max<qsizetype>(1, index.labelBars(options.maxArticles).size()))};
    case Kind::CoOccurrence:
        return {width, 70 + row * int(std::max<qsizetype>(1, index.pairs(options.maxPairs).size()))};
    case Kind::ReviewProgress:
        return {width, 70 + 36 + row * 3};
    }
    return {width, 300};
}

void CorpusCharts::paint(QPainter &painter, const QRectF &rect, Kind kind, const CorpusIndex &index, const Options &options,
                         const ChartStyle &style)
{
    painter.save();
    painter.fillRect(rect, style.background);
    Canvas canvas(painter, style);
    const QRectF inner = rect.adjusted(Margin, Margin, -Margin, -Margin);
    switch (kind) {
    case Kind::Timeline:
        paintTimeline(canvas, inner, index, options);
        break;
    case Kind::LabelsPerArticle:
        paintLabels(canvas, inner, index, options);
        break;
    case Kind::CoOccurrence:
        paintPairs(canvas, inner, index, options);
        break;
    case Kind::ReviewProgress:
        paintReview(canvas, inner, index);
        break;
    }
    painter.restore();
}

QImage CorpusCharts::image(Kind kind, const CorpusIndex &index, const Options &options, const ChartStyle &style, const QSize &size,
                           qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(style.background);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), kind, index, options, style);
    return image;
}

QByteArray CorpusCharts::svg(Kind kind, const CorpusIndex &index, const Options &options, const ChartStyle &style, const QSize &size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(title(kind));
    generator.setDescription(description(kind, index, options));
    QPainter painter(&generator);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), kind, index, options, style);
    painter.end();
    return bytes;
}

std::optional<QString> CorpusCharts::save(const QString &path, Kind kind, const CorpusIndex &index, const Options &options,
                                          const ChartStyle &style, const QSize &size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return tr("Charts are saved as PNG or SVG: give the file the ending .png or .svg.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (suffix == QLatin1String("svg")) {
        file.write(svg(kind, index, options, style, size));
    } else if (!image(kind, index, options, style, size, 2.0).save(&file, "PNG")) {
        file.cancelWriting();
        return tr("Cannot write %1 as PNG.").arg(path);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace Gazette
