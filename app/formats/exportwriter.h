// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/dataformat.h"
#include "formats/report.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace Gazette {

// Writes an export to disk, the same for the Export dialog and `gazette export`: a report
// (HTML, PDF, Markdown) of all the articles in one file, or a data format with one file set per
// article (into a folder when there are several). Articles are loaded one at a time, so a data
// export of a whole library never holds it in memory.
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Export)

public:
    using Loader = std::function<std::optional<AnnotatedArticle>(qint64 articleId)>;

    // "html", "pdf", "md" and the ids of the data formats.
    static QStringList formatIds();
    static bool isReport(const QString &formatId);

    ExportWriter(QString formatId, ReportOptions options);

    // Writes the articles to output (a file, or a folder for a data format with several
    // articles). Returns the files written; nothing, with errorString(), on failure.
    std::optional<QStringList> write(const QList<qint64> &articleIds, const Loader &load, const QString &output);
    // The same where `load` gives each article without its spans and `spans` reads them one at
    // a time (AnnotationStore::forEachAnnotation): a data format that streams (Gazette JSON)
    // writes a huge article's million spans without ever holding them all.
    using SpanReader = std::function<bool(qint64 articleId, const DataFormat::SpanVisitor &visit)>;
    std::optional<QStringList> write(const QList<qint64> &articleIds, const Loader &load, const SpanReader &spans, const QString &output);
    // The same for articles in hand.
    std::optional<QStringList> write(const QList<AnnotatedArticle> &articles, const QString &output);

    QString errorString() const { return m_errorString; }

    // Writes files (suffix -> bytes) next to basePath, each whole or not at all.
    static std::optional<QStringList> writeFiles(const QString &basePath, const QMap<QString, QByteArray> &files, QString *error);
    // A file name for an article: its id and the first words of its headline.
    static QString baseName(const Article &article);

private:
    std::optional<QStringList> writeReport(const QList<AnnotatedArticle> &articles, const QString &output);
    std::optional<QStringList> writeData(const AnnotatedArticle &article, const DataFormat::SpanSource &spans, const QString &base);

    QString m_formatId;
    ReportOptions m_options;
    QString m_errorString;
};

} // namespace Gazette
