// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlimporter.h"

#include "document/boilerplate.h"

#include "textdecoder.h"

#include <gumbo.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

namespace Gazette {

namespace {

using GumboDeleter = decltype([](GumboOutput *output) { gumbo_destroy_output(&kGumboDefaultOptions, output); });

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

template<typename Visit>
void forEachChild(const GumboNode *node, Visit visit)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    const GumboVector &children = node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
    for (unsigned int i = 0; i < children.length; ++i)
        visit(static_cast<const GumboNode *>(children.data[i]));
}

// Elements that are never article text.
bool isNoise(const GumboNode *node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU:
        return true;
    default:
        break;
    }
    static const QRegularExpression boilerplate(
        QStringLiteral("share|social|related|comment|cookie|consent|banner|advert|\\bads?\\b|promo|newsletter|subscribe|"
                       "sidebar|footer|\\bnav|menu|breadcrumb|popup|modal|sponsor|widget|tags|author-bio|recommend"),
        QRegularExpression::CaseInsensitiveOption);
    const QString names = attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id") + QLatin1Char(' ') + attribute(node, "role");
    return !names.trimmed().isEmpty() && boilerplate.match(names).hasMatch()
        && tagOf(node) != GUMBO_TAG_BODY && tagOf(node) != GUMBO_TAG_HTML && tagOf(node) != GUMBO_TAG_ARTICLE;
}

QString textOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA)
        return QString::fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT || isNoise(node))
        return {};
    QString text;
    forEachChild(node, [&](const GumboNode *child) {
        if (tagOf(child) == GUMBO_TAG_BR)
            text += QLatin1Char(' ');
        else
            text += textOf(child);
    });
    return text;
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI: case GUMBO_TAG_PRE:
        return true;
    default:
        return false;
    }
}


// Readability's idea: paragraphs vote for their parent (and less for the grandparent); the
// element with the most text-like votes holds the article.
void score(const GumboNode *node, std::map<const GumboNode *, double> &scores)
{
    if (node->type != GUMBO_NODE_ELEMENT || isNoise(node))
        return;
    if (tagOf(node) == GUMBO_TAG_P || tagOf(node) == GUMBO_TAG_BLOCKQUOTE) {
        const QString text = textOf(node).simplified();
        if (text.size() >= 25) {
            const double points = 1.0 + double(text.count(QLatin1Char(','))) + std::min(3.0, double(text.size()) / 100.0);
            const GumboNode *parent = node->parent;
            if (parent)
                scores[parent] += points;
            if (parent && parent->parent)
                scores[parent->parent] += points / 2.0;
        }
    }
    forEachChild(node, [&](const GumboNode *child) { score(child, scores); });
}

void collectBlocks(const GumboNode *node, QStringList &blocks)
{
    if (node->type != GUMBO_NODE_ELEMENT || isNoise(node))
        return;
    if (isBlock(tagOf(node))) {
        const QString text = textOf(node).simplified();
        if (!text.isEmpty() && !Boilerplate::isLine(text))
            blocks.append(text);
        return;
    }
    forEachChild(node, [&](const GumboNode *child) { collectBlocks(child, blocks); });
}

const GumboNode *findFirst(const GumboNode *node, GumboTag tag)
{
    if (tagOf(node) == tag)
        return node;
    const GumboNode *found = nullptr;
    forEachChild(node, [&](const GumboNode *child) {
        if (!found)
            found = findFirst(child, tag);
    });
    return found;
}

struct Metadata
{
    QString headline, author, publisher, published, url, language, siteName, title;
    QString openGraphTitle; // second to the JSON-LD headline, whatever their order in the page
};

void readJsonLd(const QJsonValue &value, Metadata &meta)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            readJsonLd(item, meta);
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("@graph")))
        readJsonLd(object.value(QStringLiteral("@graph")), meta);
    const QString type = object.value(QStringLiteral("@type")).isArray() ? object.value(QStringLiteral("@type")).toArray().first().toString()
                                                                         : object.value(QStringLiteral("@type")).toString();
    if (!type.endsWith(QLatin1String("Article")) && type != QLatin1String("BlogPosting"))
        return;
    auto name = [](const QJsonValue &v) {
        if (v.isString())
            return v.toString();
        if (v.isArray()) {
            QStringList names;
            for (const QJsonValue &item : v.toArray())
                names.append(item.isObject() ? item.toObject().value(QStringLiteral("name")).toString() : item.toString());
            return names.join(QStringLiteral(", "));
        }
        return v.toObject().value(QStringLiteral("name")).toString();
    };
    if (meta.headline.isEmpty())
        meta.headline = object.value(QStringLiteral("headline")).toString();
    if (meta.author.isEmpty())
        meta.author = name(object.value(QStringLiteral("author")));
    if (meta.publisher.isEmpty())
        meta.publisher = name(object.value(QStringLiteral("publisher")));
    if (meta.published.isEmpty())
        meta.published = object.value(QStringLiteral("datePublished")).toString();
    if (meta.url.isEmpty())
        meta.url = object.value(QStringLiteral("url")).toString();
    if (meta.language.isEmpty())
        meta.language = object.value(QStringLiteral("inLanguage")).toString();
}

void readHead(const GumboNode *node, Metadata &meta)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    switch (tagOf(node)) {
    case GUMBO_TAG_TITLE:
        meta.title = textOf(node).simplified();
        break;
    case GUMBO_TAG_META: {
        const QString key = (attribute(node, "property") + attribute(node, "name")).toLower();
        const QString content = attribute(node, "content").simplified();
        if (key == QLatin1String("og:title") && meta.openGraphTitle.isEmpty())
            meta.openGraphTitle = content;
        else if (key == QLatin1String("og:site_name") && meta.siteName.isEmpty())
            meta.siteName = content;
        else if (key == QLatin1String("og:url") && meta.url.isEmpty())
            meta.url = content;
        else if ((key == QLatin1String("article:published_time") || key == QLatin1String("date") || key == QLatin1String("pubdate"))
                 && meta.published.isEmpty())
            meta.published = content;
        else if ((key == QLatin1String("author") || key == QLatin1String("article:author")) && meta.author.isEmpty())
            meta.author = content;
        break;
    }
    case GUMBO_TAG_LINK:
        if (attribute(node, "rel").toLower() == QLatin1String("canonical") && meta.url.isEmpty())
            meta.url = attribute(node, "href");
        break;
    case GUMBO_TAG_SCRIPT:
        if (attribute(node, "type").toLower() == QLatin1String("application/ld+json")) {
            QString json;
            forEachChild(node, [&](const GumboNode *child) {
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA)
                    json += QString::fromUtf8(child->v.text.text);
            });
            // Read as data, never run.
            const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
            readJsonLd(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), meta);
        }
        break;
    default:
        break;
    }
    forEachChild(node, [&](const GumboNode *child) { readHead(child, meta); });
}

QDateTime parseDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay(QTimeZone::UTC);
    }
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString HtmlImporter::declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = charset.match(QString::fromLatin1(bytes.left(4096)));
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<Article> HtmlImporter::read(const QByteArray &bytes, const QString &uri)
{
    return read(bytes, uri, QString());
}

std::optional<Article> HtmlImporter::read(const QByteArray &bytes, const QString &uri, const QString &charset)
{
    clearMessages();
    if (bytes.trimmed().isEmpty()) {
        setErrorString(tr("The page is empty."));
        return std::nullopt;
    }
    auto decoded = decode(bytes, charset.isEmpty() ? declaredCharset(bytes) : charset);
    if (!decoded)
        return std::nullopt;
    const QByteArray utf8 = decoded->text.toUtf8();
    std::unique_ptr<GumboOutput, GumboDeleter> output(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
    if (!output) {
        setErrorString(tr("The page could not be parsed."));
        return std::nullopt;
    }
    const GumboNode *root = output->root;
    Metadata meta;
    if (const GumboNode *head = findFirst(root, GUMBO_TAG_HEAD))
        readHead(head, meta);
    if (meta.language.isEmpty())
        meta.language = attribute(root, "lang"); // the page's language, when the article names none
    const GumboNode *body = findFirst(root, GUMBO_TAG_BODY);
    if (!body) {
        setErrorString(tr("The page has no body."));
        return std::nullopt;
    }

    std::map<const GumboNode *, double> scores;
    score(body, scores);
    const GumboNode *best = body;
    double bestScore = 0.0;
    for (const auto &[node, points] : scores) {
        if (points > bestScore) {
            best = node;
            bestScore = points;
        }
    }
    QStringList blocks;
    collectBlocks(best, blocks);
    if (blocks.isEmpty()) {
        // No paragraphs: a page of plain text in a body or a few divs.
        const QString text = textOf(body).simplified();
        if (!text.isEmpty())
            blocks.append(text);
    }
    if (blocks.isEmpty()) {
        setErrorString(tr("The page has no article text."));
        return std::nullopt;
    }

    Article article;
    article.uri = meta.url.isEmpty() || !QUrl(meta.url).isValid() ? uri : meta.url;
    const GumboNode *h1 = findFirst(body, GUMBO_TAG_H1);
    article.headline = !meta.headline.isEmpty()         ? meta.headline
                     : !meta.openGraphTitle.isEmpty() ? meta.openGraphTitle
                     : h1                             ? textOf(h1).simplified()
                                                      : meta.title;
    if (!blocks.isEmpty() && blocks.first() != article.headline && !article.headline.isEmpty())
        blocks.prepend(article.headline);
    article.text = blocks.join(QLatin1Char('\n')) + QLatin1Char('\n');
    article.byline = meta.author;
    article.source = !meta.publisher.isEmpty() ? meta.publisher : !meta.siteName.isEmpty() ? meta.siteName : QUrl(uri).isLocalFile() ? QFileInfo(QUrl(uri).toLocalFile()).fileName() : QUrl(uri).host();
    article.published = parseDate(meta.published);
    article.language = meta.language;
    article.markup = decoded->text;
    article.markupType = QStringLiteral("text/html");
    return article;
}

std::optional<Article> MarkdownImporter::read(const QByteArray &bytes, const QString &uri)
{
    clearMessages();
    if (bytes.trimmed().isEmpty()) {
        setErrorString(tr("The file is empty."));
        return std::nullopt;
    }
    auto decoded = decode(bytes);
    if (!decoded)
        return std::nullopt;
    QTextDocument document;
    document.setMarkdown(decoded->text, QTextDocument::MarkdownDialectGitHub);
    QStringList blocks;
    QString headline;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().simplified();
        if (text.isEmpty())
            continue;
        if (headline.isEmpty() && block.blockFormat().headingLevel() > 0)
            headline = text;
        blocks.append(text);
    }
    if (blocks.isEmpty()) {
        setErrorString(tr("The file contains no text."));
        return std::nullopt;
    }
    Article article;
    article.uri = uri;
    article.headline = headline.isEmpty() ? blocks.first() : headline;
    article.text = blocks.join(QLatin1Char('\n')) + QLatin1Char('\n');
    article.source = QUrl(uri).isLocalFile() ? QFileInfo(QUrl(uri).toLocalFile()).fileName() : QUrl(uri).host();
    article.markup = decoded->text;
    article.markupType = QStringLiteral("text/markdown");
    return article;
}

} // namespace Gazette
