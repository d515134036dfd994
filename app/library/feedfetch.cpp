// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedfetch.h"

#include "extract/extractor.h"
#include "formats/htmlimporter.h"
#include "formats/urlfetcher.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QLocale>

namespace Gazette {

namespace {

// The item's page, cleaned by the HTML importer, with the feed's metadata; nothing when it
// cannot be had (the feed's own text is taken then).
std::optional<Article> fullArticle(const FeedItem &item, const Feed &feed, const FeedFetchRequest &request, UrlFetcher &fetcher)
{
    const QUrl link = request.url.resolved(QUrl(item.link));
    if (item.link.isEmpty() || !FeedFetch::mayFollow(request.url, link))
        return std::nullopt;
    const auto page = fetcher.fetch(link);
    if (!page) {
        qCInfo(lcLibrary) << "feed item page not fetched:" << fetcher.errorString();
        return std::nullopt;
    }
    HtmlImporter html;
    auto article = html.read(page->bytes, page->finalUrl.toString(), page->charset);
    if (!article)
        return std::nullopt;
    if (!item.title.isEmpty())
        article->headline = item.title;
    if (article->byline.isEmpty())
        article->byline = item.author;
    if (!feed.title.isEmpty())
        article->source = feed.title;
    if (!article->published.isValid())
        article->published = item.published;
    return article;
}

} // namespace

bool FeedFetch::mayFollow(const QUrl &from, const QUrl &to)
{
    return UrlFetcher::scopeOfHost(from.host()) != UrlFetcher::AddressScope::Public
        || UrlFetcher::scopeOfHost(to.host()) == UrlFetcher::AddressScope::Public;
}

QString FeedFetch::identityOf(const FeedItem &item)
{
    if (!item.id.trimmed().isEmpty())
        return QStringLiteral("g:") + item.id.trimmed();
    if (!item.link.trimmed().isEmpty())
        return QStringLiteral("l:") + QUrl(item.link.trimmed()).adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toString();
    return QStringLiteral("h:") + contentHashOf(item);
}

QString FeedFetch::contentHashOf(const FeedItem &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString *part : {&item.title, &item.link, &item.summary, &item.content}) {
        hash.addData(part->toUtf8());
        hash.addData(QByteArrayView("\x1f"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

FeedFetchResult FeedFetch::run(const FeedFetchRequest &request, const std::function<bool()> &cancelled)
{
    FeedFetchResult result;
    result.feedId = request.feedId;
    UrlFetcher fetcher;
    fetcher.setTimeout(request.timeout);
    UrlFetcher::Headers conditions;
    if (!request.etag.isEmpty())
        conditions.append({"If-None-Match", request.etag.toLatin1()});
    if (!request.lastModified.isEmpty())
        conditions.append({"If-Modified-Since", request.lastModified.toLatin1()});
    const auto page = fetcher.fetch(request.url, conditions);
    result.retryAfter = fetcher.retryAfter();
    if (!page) {
        result.error = fetcher.errorString();
        return result;
    }
    result.movedTo = page->movedTo;
    // A server that sends no validator this time keeps the old ones valid.
    result.etag = page->etag.isEmpty() ? request.etag : QString::fromLatin1(page->etag);
    result.lastModified = page->lastModified.isEmpty() ? request.lastModified : QString::fromLatin1(page->lastModified);
    if (page->status == 304) {
        result.status = FeedFetchResult::Status::NotModified;
        return result;
    }
    FeedReader reader;
    const auto feed = FeedReader::looksLikeFeed(page->bytes) ? reader.read(page->bytes) : std::nullopt;
    if (!feed) {
        result.error = reader.errorString().isEmpty() ? tr("%1 is not a feed (RSS, Atom or JSON Feed).").arg(request.url.toDisplayString())
                                                      : reader.errorString();
        return result;
    }
    result.status = FeedFetchResult::Status::Fetched;
    result.title = feed->title;
    result.siteUrl = feed->link;
    result.ttlMinutes = feed->ttlMinutes;
    UrlFetcher pages;
    pages.setTimeout(request.timeout);
    const QLocale locale;
    for (qsizetype i = 0; i < std::min<qsizetype>(feed->items.size(), MaximumItems) && !cancelled(); ++i) {
        const FeedItem &item = feed->items.at(i);
        const QString identity = identityOf(item);
        const QString hash = contentHashOf(item);
        const auto known = request.knownItems.constFind(identity);
        if (known != request.knownItems.cend() && *known == hash)
            continue;
        if (item.summary.size() + item.content.size() + item.title.size() > MaximumItemSize) {
            result.itemErrors.append(tr("“%1” is larger than %2; it was not taken.")
                                         .arg(item.title.left(80), locale.formattedDataSize(MaximumItemSize)));
            continue;
        }
        std::optional<Article> article = request.fetchFullArticle ? fullArticle(item, *feed, request, pages) : std::nullopt;
        QString error;
        if (!article)
            article = FeedReader::articleFor(item, *feed, &error);
        if (!article) {
            result.itemErrors.append(error);
            continue;
        }
        std::optional<AnnotatedArticle> extracted;
        if (request.extract)
            extracted = Extractor::extract(*article, request.lexicon, cancelled, request.tagger.get().get());
        result.items.append({identity, hash, known != request.knownItems.cend(),
                             extracted ? std::move(*extracted) : AnnotatedArticle{*article, {}, {}, {}}});
    }
    if (feed->items.size() > MaximumItems)
        result.itemErrors.append(tr("The feed lists %1 items; the first %2 were read.").arg(feed->items.size()).arg(MaximumItems));
    return result;
}

FeedFetch::Discovery FeedFetch::discover(const QUrl &url, int timeout)
{
    Discovery discovery;
    UrlFetcher fetcher;
    fetcher.setTimeout(timeout);
    auto page = fetcher.fetch(url);
    if (!page) {
        discovery.error = fetcher.errorString();
        return discovery;
    }
    QUrl feedUrl = page->movedTo.isValid() ? page->movedTo : url;
    if (!FeedReader::looksLikeFeed(page->bytes)) {
        const QList<QUrl> advertised = FeedReader::advertisedFeeds(page->bytes, page->finalUrl);
        if (advertised.isEmpty()) {
            discovery.error = tr("%1 is neither a feed nor a web page that names one.").arg(url.toDisplayString());
            return discovery;
        }
        feedUrl = advertised.constFirst();
        if (!mayFollow(page->finalUrl, feedUrl)) {
            discovery.error = tr("%1 names a feed at %2, an address in your own network or computer; Gazette does not subscribe to it.")
                                  .arg(url.toDisplayString(), feedUrl.toDisplayString());
            return discovery;
        }
        page = fetcher.fetch(feedUrl);
        if (!page) {
            discovery.error = fetcher.errorString();
            return discovery;
        }
        if (page->movedTo.isValid())
            feedUrl = page->movedTo;
    }
    FeedReader reader;
    const auto feed = FeedReader::looksLikeFeed(page->bytes) ? reader.read(page->bytes) : std::nullopt;
    if (!feed) {
        discovery.error = reader.errorString().isEmpty() ? tr("%1 is not a feed (RSS, Atom or JSON Feed).").arg(feedUrl.toDisplayString())
                                                         : reader.errorString();
        return discovery;
    }
    discovery.feedUrl = feedUrl;
    discovery.title = feed->title;
    discovery.siteUrl = feed->link;
    return discovery;
}

} // namespace Gazette
