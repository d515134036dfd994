// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatedarticle.h"
#include "document/codepointindex.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

class QIODevice;

#include <memory>
#include <optional>
#include <vector>

namespace Gazette {

struct ExportOptions
{
    bool onlyAccepted = false; // leave suggestions out
    bool withFacts = true;
};

// Where a data format writes its files: one device per suffix (".ann" and ".txt" for brat, one
// for the others), opened when the format starts writing that file.
class FileSink
{
public:
    virtual ~FileSink() = default;
    // Nothing when the file cannot be created (the sink knows why).
    virtual QIODevice *open(const QString &suffix) = 0;
};

// A data format for other tools that Gazette writes and reads back, so that an export
// round-trips. writeTo() streams the files record by record, so an export of any size holds
// the article but never the output in memory; writeStreamed() does the same with spans read one
// at a time, so that it does not hold the spans either; write() returns the files as bytes
// (previews, tests).
class DataFormat
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::DataFormat)

public:
    virtual ~DataFormat() = default;

    virtual QString id() const = 0;           // as on the command line: "json", "brat", ...
    virtual QString displayName() const = 0;
    virtual QString mainSuffix() const = 0;   // the file that stands for the export, e.g. ".ann"
    // What the format cannot carry, said in the export dialog and on the CLI's standard error.
    virtual QStringList limitations() const = 0;
    // False for a format that never writes an article's facts (JSON-LD, CoNLL, spaCy): an
    // export can leave them in the library (a huge article's facts are hundreds of megabytes).
    virtual bool writesFacts() const { return true; }

    // False when a file could not be opened or written.
    virtual bool writeTo(const AnnotatedArticle &document, const ExportOptions &options, FileSink &sink) const = 0;
    QMap<QString, QByteArray> write(const AnnotatedArticle &document, const ExportOptions &options) const;
    virtual std::optional<AnnotatedArticle> read(const QMap<QString, QByteArray> &files, QString *error) const = 0;

    // An article's spans one at a time, in text order (start, end, id), as a library's cursor
    // gives them (AnnotationStore::forEachAnnotation), so that a huge article's million spans
    // are never all in memory; false when they could not be read. A source may be read more
    // than once (each time in the same order).
    using SpanVisitor = std::function<void(const Annotation &)>;
    using SpanSource = std::function<bool(const SpanVisitor &)>;
    // Writes `document` with the spans of `spans` in place of document.annotations (which it
    // leaves alone): the same bytes as writeTo() of the document with those spans. Every format
    // here writes each span as it comes, keeping what later lines need within the bounds of
    // the article's entities and facts (brat: the first mention of each entity; spaCy: a status
    // byte per entity span; JSON-LD reads the source twice, to count, then to write). Gazette
    // JSON writes spans in the source's order; the others need text order and fail (false) on
    // a span out of it. The default, for a format that does not stream, collects the spans and
    // calls writeTo().
    virtual bool writeStreamed(const AnnotatedArticle &document, const SpanSource &spans, const ExportOptions &options, FileSink &sink) const;

    // The annotations an export includes, in text order.
    static QList<Annotation> included(const AnnotatedArticle &document, const ExportOptions &options);
    // The same without copying them.
    static QList<const Annotation *> includedSpans(const AnnotatedArticle &document, const ExportOptions &options);

    static const std::vector<std::unique_ptr<DataFormat>> &all();
    static const DataFormat *byId(const QString &id);
};

} // namespace Gazette
