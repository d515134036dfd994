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

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

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

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

template<typename Visit>
void forEachChild(const GumboNode *node, Visit visit)
{
    if (const GumboVector *children = childrenOf(node)) {
        for (unsigned int i = 0; i < children->length; ++i)
            visit(static_cast<const GumboNode *>(children->data[i]));
    }
}

// Limits of one page. Every walk over the tree is iterative (no recursion, so no depth can
// overflow the stack), goes no deeper than MaximumDepth and shares one budget of visited nodes
// and collected text, so that no page, however built, costs more than a bounded amount of work.
constexpr int MaximumDepth = 1100; // a little more than MaximumNesting: the parser adds a few levels
constexpr int MaximumNesting = 1000;
constexpr qsizetype NodeBudget = 8'000'000;

struct PageBudget
{
    qsizetype nodesLeft = NodeBudget;
    qsizetype textLeft = 0; // set from the page's size
    bool exhausted = false;

    bool spendNode()
    {
        if (nodesLeft <= 0) {
            exhausted = true;
            return false;
        }
        --nodesLeft;
        return true;
    }
    bool spendText(qsizetype characters)
    {
        if (textLeft < characters) {
            exhausted = true;
            return false;
        }
        textLeft -= characters;
        return true;
    }
};

// Visits root and its descendants in document order (depth first). visit(node) returns true to
// walk into the node's children. Nodes deeper than MaximumDepth below root are not visited.
template<typename Visit>
void walk(const GumboNode *root, PageBudget &budget, Visit visit)
{
    struct Pending
    {
        const GumboNode *node;
        int depth;
    };
    std::vector<Pending> pending{{root, 0}};
    while (!pending.empty()) {
        const Pending current = pending.back();
        pending.pop_back();
        if (!budget.spendNode())
            return;
        if (!visit(current.node))
            continue;
        if (current.depth >= MaximumDepth) {
            budget.exhausted = true;
            continue;
        }
        if (const GumboVector *children = childrenOf(current.node)) {
            for (unsigned int i = children->length; i > 0; --i)
                pending.push_back({static_cast<const GumboNode *>(children->data[i - 1]), current.depth + 1});
        }
    }
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

QString textOf(const GumboNode *node, PageBudget &budget)
{
    QString text;
    walk(node, budget, [&](const GumboNode *current) {
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE || current->type == GUMBO_NODE_CDATA) {
            const auto length = qsizetype(std::strlen(current->v.text.text));
            if (budget.spendText(length))
                text += QString::fromUtf8(current->v.text.text, length);
            return false;
        }
        if (current->type != GUMBO_NODE_ELEMENT || isNoise(current))
            return false;
        if (tagOf(current) == GUMBO_TAG_BR && current != node) {
            text += QLatin1Char(' ');
            return false;
        }
        return true;
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
void score(const GumboNode *root, std::map<const GumboNode *, double> &scores, PageBudget &budget)
{
    walk(root, budget, [&](const GumboNode *node) {
        if (node->type != GUMBO_NODE_ELEMENT || isNoise(node))
            return false;
        if (tagOf(node) == GUMBO_TAG_P || tagOf(node) == GUMBO_TAG_BLOCKQUOTE) {
            const QString text = textOf(node, budget).simplified();
            if (text.size() >= 25) {
                const double points = 1.0 + double(text.count(QLatin1Char(','))) + std::min(3.0, double(text.size()) / 100.0);
                const GumboNode *parent = node->parent;
                if (parent)
                    scores[parent] += points;
                if (parent && parent->parent)
                    scores[parent->parent] += points / 2.0;
            }
        }
        return true;
    });
}

void collectBlocks(const GumboNode *root, QStringList &blocks, PageBudget &budget)
{
    walk(root, budget, [&](const GumboNode *node) {
        if (node->type != GUMBO_NODE_ELEMENT || isNoise(node))
            return false;
        if (isBlock(tagOf(node))) {
            const QString text = textOf(node, budget).simplified();
            if (!text.isEmpty() && !Boilerplate::isLine(text))
                blocks.append(text);
            return false;
        }
        return true;
    });
}

const GumboNode *findFirst(const GumboNode *root, GumboTag tag, PageBudget &budget)
{
    const GumboNode *found = nullptr;
    walk(root, budget, [&](const GumboNode *node) {
        if (!found && tagOf(node) == tag)
            found = node;
        return !found;
    });
    return found;
}

struct Metadata
{
    QString headline, author, publisher, published, url, language, siteName, title;
    QString openGraphTitle; // second to the JSON-LD headline, whatever their order in the page
};

void readJsonLd(const QJsonValue &value, Metadata &meta, int depth = 0)
{
    if (depth > 32) // schema.org metadata is never this deep
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            readJsonLd(item, meta, depth + 1);
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("@graph")))
        readJsonLd(object.value(QStringLiteral("@graph")), meta, depth + 1);
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

void readHead(const GumboNode *head, Metadata &meta, PageBudget &budget)
{
    walk(head, budget, [&](const GumboNode *node) {
        if (node->type != GUMBO_NODE_ELEMENT)
            return false;
        switch (tagOf(node)) {
        case GUMBO_TAG_TITLE:
            meta.title = textOf(node, budget).simplified();
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
        return true;
    });
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

// Tag names compare without regard to ASCII case.
bool sameName(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

// Elements that never hold other elements, or whose end tag may be left out (the parser closes
// them by itself): they do not count towards the nesting depth.
bool isFlat(std::string_view name)
{
    static constexpr std::string_view flat[] = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "caption", "rb", "rt", "rp", "rtc", "html", "head", "body", "!doctype"};
    return std::any_of(std::begin(flat), std::end(flat), [&](std::string_view tag) { return sameName(name, tag); });
}

// Elements whose content is raw text up to their own end tag.
bool isRawText(std::string_view name)
{
    static constexpr std::string_view raw[] = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"};
    return std::any_of(std::begin(raw), std::end(raw), [&](std::string_view tag) { return sameName(name, tag); });
}

// The HTML parser's work and memory grow with the square of the nesting depth (it searches the
// stack of open elements for every tag and copies it into every parse error), so a page of
// 100,000 unclosed <div><span><b> would take minutes and gigabytes. A light scan of the tags
// measures the depth first; tags that open elements deeper than maxDepth are dropped, with
// their end tags, and the text inside them is kept. Returns the deepest nesting seen.
int flattenDeepNesting(QByteArray &html, int maxDepth)
{
    struct Open
    {
        std::string_view name;
        bool dropped;
    };
    std::vector<Open> open;
    std::vector<std::pair<qsizetype, qsizetype>> drops; // byte ranges of dropped tags
    int depth = 0;
    int deepest = 0;
    const std::string_view text(html.constData(), size_t(html.size()));
    auto isNameChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '!'; };
    size_t at = 0;
    while ((at = text.find('<', at)) != std::string_view::npos) {
        const size_t tagStart = at;
        if (text.substr(at, 4) == "<!--") {
            const size_t end = text.find("-->", at + 4);
            at = end == std::string_view::npos ? text.size() : end + 3;
            continue;
        }
        const bool closing = at + 1 < text.size() && text[at + 1] == '/';
        size_t nameStart = at + (closing ? 2 : 1);
        size_t nameEnd = nameStart;
        while (nameEnd < text.size() && isNameChar(text[nameEnd]))
            ++nameEnd;
        if (nameEnd == nameStart || !(std::isalpha(static_cast<unsigned char>(text[nameStart])) || text[nameStart] == '!')) {
            at = nameStart;
            continue;
        }
        const std::string_view name = text.substr(nameStart, nameEnd - nameStart);
        // The end of the tag, past quoted attribute values.
        size_t end = nameEnd;
        char quote = 0;
        for (; end < text.size(); ++end) {
            const char c = text[end];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (end >= text.size())
            break;
        const bool selfClosing = text[end - 1] == '/';
        at = end + 1;
        if (closing) {
            // Match the nearest open element of that name (a few levels at most: stray end tags
            // are left to the parser).
            for (size_t i = open.size(), looked = 0; i > 0 && looked < 64; --i, ++looked) {
                if (!sameName(open[i - 1].name, name))
                    continue;
                if (open[i - 1].dropped)
                    drops.emplace_back(qsizetype(tagStart), qsizetype(at));
                depth -= int(open.size() - (i - 1));
                open.resize(i - 1);
                break;
            }
            continue;
        }
        if (isRawText(name)) {
            // Skip to the element's end tag: what is inside is no markup.
            size_t search = at;
            while ((search = text.find("</", search)) != std::string_view::npos) {
                if (sameName(text.substr(search + 2, name.size()), name))
                    break;
                search += 2;
            }
            at = search == std::string_view::npos ? text.size() : search;
        }
        if (selfClosing || isFlat(name) || isRawText(name))
            continue;
        ++depth;
        deepest = std::max(deepest, depth);
        const bool dropped = depth > maxDepth;
        if (dropped)
            drops.emplace_back(qsizetype(tagStart), qsizetype(at));
        open.push_back({name, dropped});
    }
    if (drops.empty())
        return deepest;
    QByteArray flattened;
    flattened.reserve(html.size());
    qsizetype kept = 0;
    for (const auto &[from, to] : drops) {
        flattened.append(html.constData() + kept, from - kept);
        kept = to;
    }
    flattened.append(html.constData() + kept, html.size() - kept);
    html = std::move(flattened);
    return deepest;
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
    QByteArray utf8 = decoded->text.toUtf8();
    const int deepest = flattenDeepNesting(utf8, MaximumNesting);
    if (deepest > MaximumNesting)
        addWarning(tr("The page nests elements %1 levels deep; Gazette kept the text but flattened everything deeper than %2 levels.")
                       .arg(deepest)
                       .arg(MaximumNesting));
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 1000; // each error keeps a copy of the open elements: bound them
    std::unique_ptr<GumboOutput, GumboDeleter> output(gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    if (!output) {
        setErrorString(tr("The page could not be parsed."));
        return std::nullopt;
    }
    PageBudget budget;
    budget.textLeft = 4 * qsizetype(utf8.size()) + 1024 * 1024;
    const GumboNode *root = output->root;
    Metadata meta;
    if (const GumboNode *head = findFirst(root, GUMBO_TAG_HEAD, budget))
        readHead(head, meta, budget);
    if (meta.language.isEmpty())
        meta.language = attribute(root, "lang"); // the page's language, when the article names none
    const GumboNode *body = findFirst(root, GUMBO_TAG_BODY, budget);
    if (!body) {
        setErrorString(tr("The page has no body."));
        return std::nullopt;
    }

    std::map<const GumboNode *, double> scores;
    score(body, scores, budget);
    const GumboNode *best = body;
    double bestScore = 0.0;
    for (const auto &[node, points] : scores) {
        if (points > bestScore) {
            best = node;
            bestScore = points;
        }
    }
    QStringList blocks;
    collectBlocks(best, blocks, budget);
    if (blocks.isEmpty()) {
        // No paragraphs: a page of plain text in a body or a few divs.
        const QString text = textOf(body, budget).simplified();
        if (!text.isEmpty())
            blocks.append(text);
    }
    if (budget.exhausted)
        addWarning(tr("The page is too complex to read whole; Gazette kept the text it reached within its limits."));
    if (blocks.isEmpty()) {
        setErrorString(tr("The page has no article text."));
        return std::nullopt;
    }

    Article article;
    article.uri = meta.url.isEmpty() || !QUrl(meta.url).isValid() ? uri : meta.url;
    const GumboNode *h1 = findFirst(body, GUMBO_TAG_H1, budget);
    article.headline = !meta.headline.isEmpty()         ? meta.headline
                     : !meta.openGraphTitle.isEmpty() ? meta.openGraphTitle
                     : h1                             ? textOf(h1, budget).simplified()
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
