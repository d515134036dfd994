// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataformat.h"

#include <QColor>
#include <QHash>
#include <QPageSize>

namespace Gazette {

struct ReportOptions
{
    ExportOptions content;
    QHash<QString, QColor> labelColours;   // from the UI's theme; defaults otherwise
    QString author;                        // who made the report
    QDateTime generated;                   // when; now if invalid
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

// Annotated reports for people: one self-contained HTML file (inline CSS, nothing external),
// Markdown, and PDF. One article or many (with a table of contents and a cross-article
// entity index). Everything from the article is escaped: a report never carries live markup.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Report)

public:
    static QString html(const QList<AnnotatedArticle> &documents, const ReportOptions &options);
    static QString markdown(const QList<AnnotatedArticle> &documents, const ReportOptions &options);
    // Writes a PDF; false with error set when the file cannot be written.
    static bool pdf(const QList<AnnotatedArticle> &documents, const ReportOptions &options, const QString &path, QString *error);

    static QHash<QString, QColor> defaultColours();

private:
    // Several articles get the corpus charts as inline SVG, unless withCharts is false.
    static QString html(const QList<AnnotatedArticle> &documents, const ReportOptions &options, bool withCharts);
};

} // namespace Gazette
