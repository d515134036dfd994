// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcereader.h"

#include "feedreader.h"
#include "htmlimporter.h"
#include "importerregistry.h"
#include "plaintextimporter.h"
#include "urlfetcher.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QUrl>

namespace Gazette {

bool SourceReader::isWebAddress(const QString &input)
{
    return input.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || input.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QStringList SourceReader::expand(const QStringList &inputs)
{
    static const QStringList patterns = {QStringLiteral("*.txt"), QStringLiteral("*.text"), QStringLiteral("*.md"), QStringLiteral("*.markdown"),
                                         QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.xhtml"), QStringLiteral("*.rss"),
                                         QStringLiteral("*.atom"), QStringLiteral("*.xml")};
    QStringList result;
    for (const QString &input : inputs) {
        if (!isWebAddress(input) && QFileInfo(input).isDir()) {
            QStringList files;
            QDirIterator it(input, patterns, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            result += files;
        } else {
            result.append(input);
        }
    }
    return result;
}

SourceReader::Outcome SourceReader::fromBytes(const QByteArray &bytes, const QString &uri, const QString &contentType, const QString &charset)
{
    Outcome outcome;
    const bool feed = contentType.contains(QLatin1String("rss")) || contentType.contains(QLatin1String("atom"))
        || contentType.contains(QLatin1String("feed+json"))
        || ((contentType.contains(QLatin1String("xml")) || contentType.contains(QLatin1String("json")) || contentType.isEmpty())
            && FeedReader::looksLikeFeed(bytes));
    if (feed) {
        FeedReader reader;
        const auto parsed = reader.read(bytes);
        if (!parsed) {
            outcome.error = reader.errorString();
            return outcome;
        }
        for (const FeedItem &item : parsed->items) {
            QString error;
            if (auto article = FeedReader::articleFor(item, *parsed, &error))
                outcome.articles.append(*article);
            else
                outcome.warnings.append(error);
        }
        if (outcome.articles.isEmpty())
            outcome.error = tr("The feed has no items with text.");
        return outcome;
    }
    if (contentType == QLatin1String("text/plain")) {
        PlainTextImporter text;
        if (auto article = text.read(bytes, uri)) {
            article->importWarnings = text.warnings();
            outcome.articles.append(*article);
        } else
            outcome.error = text.errorString();
        outcome.warnings = text.warnings();
        return outcome;
    }
    if (contentType.contains(QLatin1String("html")) || contentType.isEmpty()) {
        HtmlImporter html;
        if (auto article = html.read(bytes, uri, charset)) {
            article->importWarnings = html.warnings();
            outcome.articles.append(*article);
        } else
            outcome.error = html.errorString();
        outcome.warnings = html.warnings();
        return outcome;
    }
    outcome.error = tr("%1 is not an article but %2.").arg(uri, contentType);
    return outcome;
}

bool SourceReader::isJsonFeedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && FeedReader::looksLikeJsonFeed(file.read(2048));
}

SourceReader::Outcome SourceReader::read(const QString &input)
{
    if (isWebAddress(input)) {
        UrlFetcher fetcher;
        fetcher.setTimeout(m_timeout);
        fetcher.setPrivateRedirectQuestion(m_askPrivateRedirect);
        const auto fetched = fetcher.fetch(QUrl(input));
        if (!fetched) {
            Outcome failed;
            failed.error = fetcher.errorString();
            return failed;
        }
        return fromBytes(fetched->bytes, fetched->finalUrl.toString(), fetched->contentType, fetched->charset);
    }
    const QFileInfo info(input);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("rss") || suffix == QLatin1String("atom") || suffix == QLatin1String("xml")
        || (suffix == QLatin1String("json") && isJsonFeedFile(input))) {
        QFile file(input);
        Outcome outcome;
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.error = tr("“%1” cannot be read: %2").arg(info.fileName(), file.errorString());
            return outcome;
        }
        if (file.size() > Importer::MaximumFileSize) {
            outcome.error = tr("“%1” is too large to be a feed.").arg(info.fileName());
            return outcome;
        }
        outcome = fromBytes(file.readAll(), QUrl::fromLocalFile(info.absoluteFilePath()).toString(), QStringLiteral("application/xml"), QString());
        if (!outcome.error.isEmpty())
            outcome.error = tr("“%1”: %2").arg(info.fileName(), outcome.error);
        return outcome;
    }
    ImporterRegistry registry;
    Outcome outcome;
    if (auto article = registry.readFile(input))
        outcome.articles.append(*article);
    else
        outcome.error = registry.errorString();
    outcome.warnings = registry.warnings();
    return outcome;
}

} // namespace Gazette
