// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatedarticle.h"
#include "document/codepointindex.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>
#include <optional>
#include <vector>

namespace Gazette {

struct ExportOptions
{
    bool onlyAccepted = false; // leave suggestions out
    bool withFacts = true;
};

// A data format for other tools that Gazette writes and reads back, so that an export
// round-trips. write() returns the files to create by suffix (".ann" and ".txt" for brat, one
// entry for the others).
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

    virtual QMap<QString, QByteArray> write(const AnnotatedArticle &document, const ExportOptions &options) const = 0;
    virtual std::optional<AnnotatedArticle> read(const QMap<QString, QByteArray> &files, QString *error) const = 0;

    // The annotations an export includes.
    static QList<Annotation> included(const AnnotatedArticle &document, const ExportOptions &options);

    static const std::vector<std::unique_ptr<DataFormat>> &all();
    static const DataFormat *byId(const QString &id);
};

} // namespace Gazette
