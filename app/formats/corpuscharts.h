// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/corpusindex.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>

#include <optional>

class QPainter;

namespace Gazette {

// The colours of a chart: the window's (light or dark theme) in the corpus view, the report's
// in a report.
struct ChartStyle
{
    QColor background;
    QColor text;
    QColor muted; // axes, grid, secondary text
    QHash<QString, QColor> labelColours;
    QList<QColor> series; // one per line of the timeline, in order
    int fontPixelSize = 12;

    // Black on white with the report's label colours.
    static ChartStyle light();
    QColor labelColour(const QString &label) const;
};

// The corpus charts, painted with QPainter so that the corpus view, the PNG and SVG exports and
// the HTML report draw the same picture: mentions of chosen entities over time, labels per
// article, entities that appear together, articles per review status.
class CorpusCharts
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::CorpusCharts)

public:
    enum class Kind { Timeline, LabelsPerArticle, CoOccurrence, ReviewProgress };
    static QList<Kind> kinds() { return {Kind::Timeline, Kind::LabelsPerArticle, Kind::CoOccurrence, Kind::ReviewProgress}; }

    struct Options
    {
        QList<int> timelineEntries;  // entry indexes; empty: the five with most mentions
        CorpusIndex::Bucket bucket = CorpusIndex::Bucket::Month;
        int maxArticles = 15;
        int maxPairs = 12;
    };

    static QString title(Kind kind);
    // A file name for an export ("mentions-over-time").
    static QString fileStem(Kind kind);
    // What the chart shows, in words, for a screen reader and the SVG's description.
    static QString description(Kind kind, const CorpusIndex &index, const Options &options);
    // The size the chart reads best at for this width (the bar charts grow with their rows).
    static QSize preferredSize(Kind kind, const CorpusIndex &index, const Options &options, int width);

    static void paint(QPainter &painter, const QRectF &rect, Kind kind, const CorpusIndex &index, const Options &options,
                      const ChartStyle &style);
    static QImage image(Kind kind, const CorpusIndex &index, const Options &options, const ChartStyle &style, const QSize &size,
                        qreal devicePixelRatio = 1.0);
    static QByteArray svg(Kind kind, const CorpusIndex &index, const Options &options, const ChartStyle &style, const QSize &size);
    // Writes a PNG or an SVG (by the file's suffix): nothing when written, else why not.
    static std::optional<QString> save(const QString &path, Kind kind, const CorpusIndex &index, const Options &options,
                                       const ChartStyle &style, const QSize &size);
};

} // namespace Gazette
