// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedreader.h"

#include "htmlimporter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocumentFragment>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>

namespace Gazette {

namespace {
const auto ContentNamespace = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
const auto DublinCore = QStringLiteral("http://purl.org/dc/elements/1.1/");

// RFC 822 dates as feeds write them: with or without the weekday, with a numeric offset or a
// zone name (GMT, UT, Z, EST ...), which Qt's RFC 2822 parser alone does not all take.
QDateTime parseRfc822(QString text)
{
    static const QRegularExpression zoneName(QStringLiteral("\\s+([A-Za-z]{1,3})$"));
    static const QHash<QString, QString> offsets{
        {QStringLiteral("GMT"), QStringLiteral("+0000")}, {QStringLiteral("UT"), QStringLiteral("+0000")},
        {QStringLiteral("UTC"), QStringLiteral("+0000")}, {QStringLiteral("Z"), QStringLiteral("+0000")},
        {QStringLiteral("EST"), QStringLiteral("-0500")}, {QStringLiteral("EDT"), QStringLiteral("-0400")},
        {QStringLiteral("CST"), QStringLiteral("-0600")}, {QStringLiteral("CDT"), QStringLiteral("-0500")},
        {QStringLiteral("MST"), QStringLiteral("-0700")}, {QStringLiteral("MDT"), QStringLiteral("-0600")},
        {QStringLiteral("PST"), QStringLiteral("-0800")}, {QStringLiteral("PDT"), QStringLiteral("-0700")}};
    const auto match = zoneName.match(text);
    if (match.hasMatch()) {
        const QString offset = offsets.value(match.captured(1).toUpper());
        if (!offset.isEmpty())
            text.replace(match.capturedStart(1), match.capturedLength(1), offset);
    }
    QDateTime time = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!time.isValid() && text.contains(QLatin1Char(',')))
        time = QDateTime::fromString(text.section(QLatin1Char(','), 1).trimmed(), Qt::RFC2822Date); // a misspelt weekday
    return time;
}

QDateTime parseFeedDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime time = parseRfc822(trimmed);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// Text that is no HTML (a plain description) becomes paragraphs, so that the page importer
// keeps it as the article's text.
QString asHtml(const QString &body)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*[A-Za-z][^>]*>"));
    if (tag.match(body).hasMatch())
        return body;
    QString html;
    for (const QString &paragraph : body.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>") + paragraph.trimmed().toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}
} // namespace

bool FeedReader::looksLikeFeed(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(2048);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF") || looksLikeJsonFeed(bytes);
}

bool FeedReader::looksLikeJsonFeed(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(2048).trimmed();
    return head.startsWith('{') && head.contains("jsonfeed.org/version");
}

// JSON Feed 1.0 and 1.1: the items' HTML or text content, summary, dates (RFC 3339) and
// authors (1.1's list or 1.0's single author).
std::optional<Feed> FeedReader::readJson(const QByteArray &bytes)
{
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        m_errorString = tr("The JSON feed is not valid JSON (at byte %1): %2").arg(parse.offset).arg(parse.errorString());
        return std::nullopt;
    }
    const QJsonObject root = json.object();
    if (!json.isObject() || !root.value(QStringLiteral("version")).toString().contains(QLatin1String("jsonfeed.org/version"))) {
        m_errorString = tr("This JSON file is not a JSON Feed.");
        return std::nullopt;
    }
    if (!root.value(QStringLiteral("items")).isArray()) {
        m_errorString = tr("The JSON feed has no list of items.");
        return std::nullopt;
    }
    auto authorOf = [](const QJsonObject &object) {
        QStringList names;
        for (const QJsonValue &author : object.value(QStringLiteral("authors")).toArray()) {
            const QString name = author.toObject().value(QStringLiteral("name")).toString().simplified();
            if (!name.isEmpty())
                names.append(name);
        }
        if (names.isEmpty())
            names.append(object.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString().simplified());
        names.removeAll(QString());
        return names.join(QStringLiteral(", "));
    };
    Feed feed;
    feed.title = root.value(QStringLiteral("title")).toString().simplified();
    feed.link = root.value(QStringLiteral("home_page_url")).toString().trimmed();
    const QString feedAuthor = authorOf(root);
    for (const QJsonValue &value : root.value(QStringLiteral("items")).toArray()) {
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        FeedItem item;
        const QJsonValue id = object.value(QStringLiteral("id"));
        item.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
        item.title = object.value(QStringLiteral("title")).toString().simplified();
        item.link = object.value(QStringLiteral("url")).toString().trimmed();
        if (item.link.isEmpty())
            item.link = object.value(QStringLiteral("external_url")).toString().trimmed();
        item.author = authorOf(object);
        if (item.author.isEmpty())
            item.author = feedAuthor;
        item.summary = object.value(QStringLiteral("summary")).toString();
        item.content = object.value(QStringLiteral("content_html")).toString();
        if (item.content.trimmed().isEmpty())
            item.content = object.value(QStringLiteral("content_text")).toString();
        QString published = object.value(QStringLiteral("date_published")).toString();
        if (published.isEmpty())
            published = object.value(QStringLiteral("date_modified")).toString();
        item.published = parseFeedDate(published);
        feed.items.append(item);
    }
    return feed;
}

QList<QUrl> FeedReader::advertisedFeeds(const QByteArray &page, const QUrl &base)
{
    // <link rel="alternate" type="application/rss+xml" href="..."> in any attribute order and
    // quoting; only the head is looked at, and at most a few links are taken.
    static const QRegularExpression linkTag(QStringLiteral("<link\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(QStringLiteral("([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"));
    static const QStringList feedTypes = {QStringLiteral("application/rss+xml"), QStringLiteral("application/atom+xml"),
                                          QStringLiteral("application/feed+json"), QStringLiteral("application/json")};
    constexpr qsizetype HeadLimit = 512 * 1024;
    constexpr qsizetype MaximumFeeds = 16;
    const QString head = QString::fromUtf8(page.left(HeadLimit));
    QList<QUrl> feeds;
    for (auto tags = linkTag.globalMatch(head); tags.hasNext() && feeds.size() < MaximumFeeds;) {
        QHash<QString, QString> values;
        const QString tag = tags.next().captured(0);
        for (auto it = attribute.globalMatch(tag); it.hasNext();) {
            const auto match = it.next();
            const QString value = !match.captured(2).isNull() ? match.captured(2) : !match.captured(3).isNull() ? match.captured(3) : match.captured(4);
            values.insert(match.captured(1).toLower(), value.trimmed());
        }
        const QStringList rel = values.value(QStringLiteral("rel")).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString type = values.value(QStringLiteral("type")).toLower();
        const QString href = values.value(QStringLiteral("href"));
        if (!rel.contains(QLatin1String("alternate")) || !feedTypes.contains(type) || href.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(QTextDocumentFragment::fromHtml(href).toPlainText()));
        if ((url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !feeds.contains(url))
            feeds.append(url);
    }
    return feeds;
}

std::optional<Feed> FeedReader::read(const QByteArray &bytes)
{
    m_errorString.clear();
    if (bytes.trimmed().isEmpty()) {
        m_errorString = tr("The file is empty.");
        return std::nullopt;
    }
    if (bytes.trimmed().startsWith('{'))
        return readJson(bytes);
    QXmlStreamReader xml(bytes);
    xml.setNamespaceProcessing(true);
    Feed feed;
    FeedItem *item = nullptr;
    bool atom = false;
    bool inAuthor = false;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            // A DOCTYPE has no place in a feed: declared entities are the "billion laughs" door.
            m_errorString = tr("The feed declares a document type; feeds do not, so it is refused.");
            return std::nullopt;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("item") || xml.name() == QLatin1String("entry"))
                item = nullptr;
            if (xml.name() == QLatin1String("author"))
                inAuthor = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (!sawRoot) {
            sawRoot = true;
            atom = name == QLatin1String("feed");
            if (!atom && name != QLatin1String("rss") && name != QLatin1String("RDF")) {
                m_errorString = tr("This XML file is not an RSS or Atom feed.");
                return std::nullopt;
            }
            continue;
        }
        if (name == QLatin1String("item") || name == QLatin1String("entry")) {
            feed.items.append(FeedItem());
            item = &feed.items.last();
            continue;
        }
        if (name == QLatin1String("author")) {
            inAuthor = true;
            if (!atom && item)
                item->author = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            continue;
        }
        if (name == QLatin1String("link")) {
            const QString href = xml.attributes().value(QStringLiteral("href")).toString();
            const QString rel = xml.attributes().value(QStringLiteral("rel")).toString();
            const QString link = href.isEmpty() ? xml.readElementText().trimmed() : href;
            if (rel.isEmpty() || rel == QLatin1String("alternate")) {
                if (item && item->link.isEmpty())
                    item->link = link;
                else if (!item && feed.link.isEmpty())
                    feed.link = link;
            }
            continue;
        }
        if (name == QLatin1String("title")) {
            const QString title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            if (item)
                item->title = title;
            else if (feed.title.isEmpty())
                feed.title = title;
            continue;
        }
        if (!item && name == QLatin1String("ttl") && !atom) {
            // Minutes the feed may be cached (RSS 2.0); a day at most, so a typo cannot silence it.
            feed.ttlMinutes = std::clamp(xml.readElementText().trimmed().toInt(), 0, 24 * 60);
            continue;
        }
        if (!item)
            continue;
        if ((name == QLatin1String("guid") && !atom) || (name == QLatin1String("id") && atom))
            item->id = xml.readElementText().trimmed();
        else if (name == QLatin1String("encoded") && xml.namespaceUri() == ContentNamespace)
            item->content = xml.readElementText();
        else if (name == QLatin1String("content") && atom)
            item->content = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (name == QLatin1String("description") || name == QLatin1String("summary"))
            item->summary = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (name == QLatin1String("pubDate") || name == QLatin1String("published")
                 || (name == QLatin1String("updated") && !item->published.isValid())
                 || (name == QLatin1String("date") && xml.namespaceUri() == DublinCore))
            item->published = parseFeedDate(xml.readElementText());
        else if (name == QLatin1String("creator") && xml.namespaceUri() == DublinCore)
            item->author = xml.readElementText().simplified();
        else if (name == QLatin1String("name") && inAuthor)
            item->author = xml.readElementText().simplified();
    }
    if (xml.hasError()) {
        m_errorString = tr("The feed is not well-formed XML (line %1): %2").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    if (!sawRoot) {
        m_errorString = tr("The file is empty.");
        return std::nullopt;
    }
    return feed;
}

std::optional<Article> FeedReader::articleFor(const FeedItem &item, const Feed &feed, QString *error)
{
    const QString body = !item.content.trimmed().isEmpty() ? item.content : item.summary;
    // Content is an HTML fragment: the page importer cleans it (and never loads anything).
    const QString page = QStringLiteral("<html><body><h1>%1</h1><div>%2</div></body></html>").arg(item.title.toHtmlEscaped(), asHtml(body));
    HtmlImporter html;
    auto article = html.read(page.toUtf8(), item.link);
    if (!article) {
        *error = tr("“%1” has no text: %2").arg(item.title, html.errorString());
        return std::nullopt;
    }
    article->headline = item.title.isEmpty() ? article->headline : item.title;
    article->uri = item.link;
    article->byline = item.author;
    article->source = feed.title.isEmpty() ? QUrl(item.link).host() : feed.title;
    article->published = item.published;
    article->markup = body;
    return article;
}

} // namespace Gazette
