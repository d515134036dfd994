// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryexport.h"

#include "store/annotationstore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace Gazette {

std::optional<AnnotatedArticle> exportDocument(const AnnotationStore &store, qint64 articleId)
{
    const auto article = store.article(articleId);
    if (!article)
        return std::nullopt;
    AnnotatedArticle document;
    document.article = *article;
    document.annotations = store.annotations(articleId);
    document.facts = store.facts(articleId);
    QSet<qint64> entityIds;
    for (const Annotation &a : std::as_const(document.annotations))
        entityIds.insert(a.entityId);
    for (const Fact &f : std::as_const(document.facts)) {
        entityIds.insert(f.subjectEntityId);
        entityIds.insert(f.objectEntityId);
    }
    for (const Entity &e : store.entitiesOfArticle(articleId)) {
        entityIds.remove(e.id);
        document.entities.append(e);
    }
    for (qint64 id : std::as_const(entityIds)) {
        if (id > 0) {
            if (auto e = store.entity(id))
                document.entities.append(*e);
        }
    }
    return document;
}

QStringList writeExport(const DataFormat &format, const AnnotatedArticle &document, const ExportOptions &options,
                        const QString &basePath, QString *error)
{
    return writeExport(basePath, format.write(document, options), error);
}

QStringList writeExport(const QString &basePath, const QMap<QString, QByteArray> &files, QString *error)
{
    QStringList written;
    QDir().mkpath(QFileInfo(basePath).absolutePath());
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = basePath + it.key();
        // Written whole or not at all: a failed export never leaves half a file behind.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
            *error = QCoreApplication::translate("Gazette::Export", "Cannot write “%1”: %2").arg(path, file.errorString());
            return {};
        }
        written.append(path);
    }
    return written;
}

QString exportBaseName(const Article &article)
{
    QString slug = article.headline.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    slug = slug.left(48);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    return slug.isEmpty() ? QStringLiteral("article-%1").arg(article.id) : QStringLiteral("%1-%2").arg(article.id).arg(slug);
}

} // namespace Gazette
