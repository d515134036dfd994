// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/dataformat.h"

#include <QStringList>

namespace Gazette {

class AnnotationStore;

// An article of a library with its annotations, the entities they link and its facts.
std::optional<AnnotatedArticle> exportDocument(const AnnotationStore &store, qint64 articleId);

// Writes one article in a data format next to basePath (basePath + each file's suffix).
// Returns the files written, or an empty list with error set.
QStringList writeExport(const DataFormat &format, const AnnotatedArticle &document, const ExportOptions &options,
                        const QString &basePath, QString *error);

// Writes files (suffix -> bytes) next to basePath, each whole or not at all.
QStringList writeExport(const QString &basePath, const QMap<QString, QByteArray> &files, QString *error);

// A file name for an article: its id and the first words of its headline.
QString exportBaseName(const Article &article);

} // namespace Gazette
