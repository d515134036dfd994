// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace Gazette {

QStringList ExportWriter::formatIds()
{
    QStringList ids = {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("md")};
    for (const auto &format : DataFormat::all())
        ids.append(format->id());
    return ids;
}

bool ExportWriter::isReport(const QString &formatId)
{
    return formatId == QLatin1String("html") || formatId == QLatin1String("pdf") || formatId == QLatin1String("md");
}

ExportWriter::ExportWriter(QString formatId, ReportOptions options)
    : m_formatId(std::move(formatId))
    , m_options(std::move(options))
{
}

std::optional<QStringList> ExportWriter::write(const QList<qint64> &articleIds, const Loader &load, const QString &output)
{
    return write(articleIds, load, {}, output);
}

std::optional<QStringList> ExportWriter::write(const QList<qint64> &articleIds, const Loader &load, const SpanReader &spans, const QString &output)
{
    // The spans of an article `load` gave without them: from the reader (nothing when the
    // article came with its spans).
    const auto spansOf = [&spans](qint64 id) -> DataFormat::SpanSource {
        if (!spans)
            return {};
        return [&spans, id](const DataFormat::SpanVisitor &visit) { return spans(id, visit); };
    };
    if (isReport(m_formatId)) {
        QList<AnnotatedArticle> articles;
        for (qint64 id : articleIds) {
            if (auto article = load(id)) {
                if (spans) {
                    article->annotations.clear();
                    if (!spans(id, [&article](const Annotation &a) { article->annotations.append(a); })) {
                        m_errorString = tr("Cannot read the annotations of article %1.").arg(id);
                        return std::nullopt;
                    }
                }
                articles.append(std::move(*article));
            }
        }
        return writeReport(articles, output);
    }
    const DataFormat *format = DataFormat::byId(m_formatId);
    if (!format) {
        m_errorString = tr("Unknown format “%1”.").arg(m_formatId);
        return std::nullopt;
    }
    const bool single = articleIds.size() == 1 && !QFileInfo(output).isDir() && !output.endsWith(QLatin1Char('/'));
    QStringList written;
    for (qint64 id : articleIds) {
        const auto article = load(id);
        if (!article)
            continue;
        const QString base = single ? (output.endsWith(format->mainSuffix()) ? output.chopped(format->mainSuffix().size()) : output)
                                    : QDir(output).filePath(baseName(article->article));
        const auto files = writeData(*article, spansOf(id), base);
        if (!files)
            return std::nullopt;
        written += *files;
    }
    return written;
}

std::optional<QStringList> ExportWriter::write(const QList<AnnotatedArticle> &articles, const QString &output)
{
    QList<qint64> ids;
    for (qsizetype i = 0; i < articles.size(); ++i)
        ids.append(qint64(i));
    return write(ids, [&articles](qint64 i) { return std::optional<AnnotatedArticle>(articles.at(qsizetype(i))); }, output);
}

std::optional<QStringList> ExportWriter::writeReport(const QList<AnnotatedArticle> &articles, const QString &output)
{
    if (articles.isEmpty()) {
        m_errorString = tr("There is no article to export.");
        return std::nullopt;
    }
    if (m_formatId == QLatin1String("pdf")) {
        if (!Report::pdf(articles, m_options, output, &m_errorString))
            return std::nullopt;
        return QStringList{output};
    }
    const bool html = m_formatId == QLatin1String("html");
    const QString suffix = html ? QStringLiteral(".html") : QStringLiteral(".md");
    const QString text = html ? Report::html(articles, m_options) : Report::markdown(articles, m_options);
    return writeFiles(output.endsWith(suffix) ? output.chopped(suffix.size()) : output, {{suffix, text.toUtf8()}}, &m_errorString);
}

std::optional<QStringList> ExportWriter::writeData(const AnnotatedArticle &article, const DataFormat::SpanSource &spans, const QString &base)
{
    // The format streams into files that appear whole or not at all: each is a QSaveFile,
    // committed only when every file of the article was written.
    struct SaveFileSink final : FileSink
    {
        QString base;
        QString error;
        std::vector<std::unique_ptr<QSaveFile>> files;
        QIODevice *open(const QString &suffix) override
        {
            auto file = std::make_unique<QSaveFile>(base + suffix);
            if (!file->open(QIODevice::WriteOnly)) {
                error = tr("Cannot write “%1”: %2").arg(file->fileName(), file->errorString());
                return nullptr;
            }
            files.push_back(std::move(file));
            return files.back().get();
        }
    } sink;
    sink.base = base;
    QDir().mkpath(QFileInfo(base).absolutePath());
    const DataFormat *format = DataFormat::byId(m_formatId);
    const bool ok = spans ? format->writeStreamed(article, spans, m_options.content, sink) : format->writeTo(article, m_options.content, sink);
    if (!ok) {
        m_errorString = !sink.error.isEmpty() ? sink.error
            : tr("Cannot write “%1”: %2").arg(sink.files.empty() ? base : sink.files.back()->fileName(),
                                               sink.files.empty() ? QString() : sink.files.back()->errorString());
        return std::nullopt; // the save files are discarded: nothing half-written stays
    }
    QStringList written;
    for (const auto &file : sink.files) {
        if (!file->commit()) {
            m_errorString = tr("Cannot write “%1”: %2").arg(file->fileName(), file->errorString());
            return std::nullopt;
        }
        written.append(file->fileName());
    }
    return written;
}

std::optional<QStringList> ExportWriter::writeFiles(const QString &basePath, const QMap<QString, QByteArray> &files, QString *error)
{
    QStringList written;
    QDir().mkpath(QFileInfo(basePath).absolutePath());
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = basePath + it.key();
        // Written whole or not at all: a failed export never leaves half a file behind.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        written.append(path);
    }
    return written;
}

QString ExportWriter::baseName(const Article &article)
{
    QString slug = article.headline.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    if (slug.size() > 48) {
        // Never between the two halves of a surrogate pair (an emoji, CJK Extension B).
        slug.truncate(slug.at(47).isHighSurrogate() ? 47 : 48);
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    return slug.isEmpty() ? QStringLiteral("article-%1").arg(article.id) : QStringLiteral("%1-%2").arg(article.id).arg(slug);
}

} // namespace Gazette
