// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "corpuscharts.h"
#include "schema/labelset.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <map>
#include <set>

namespace Gazette {

namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

bool isWebAddress(const QString &uri)
{
    const QUrl url(uri);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// Links only to web pages. Anything else (a local file's path, javascript:, data:) is left
// out: a report travels, and the path of a file on the reporter's disk is nobody's business.
QString safeLink(const QString &uri)
{
    if (!isWebAddress(uri))
        return {};
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escape(QUrl(uri).toString(QUrl::FullyEncoded)), escape(uri));
}

// Where the article's body starts: after its first line when that line is the headline, which
// the report prints as a heading already.
int bodyStart(const Article &article)
{
    const QString &text = article.text;
    int start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), start);
    const int end = lineEnd < 0 ? int(text.size()) : int(lineEnd);
    if (!article.headline.isEmpty() && text.mid(start, end - start).trimmed() == article.headline.trimmed())
        return lineEnd < 0 ? end : end + 1;
    return 0;
}

// A quote as a fact's value: within its quotation marks, without the comma or colon that
// led on to "he said".
QString tidyQuote(const QString &quote)
{
    static const QString marks = QStringLiteral("\"'“”‘’„«»「」『』");
    QString text = quote.trimmed();
    while (!text.isEmpty() && marks.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && (marks.contains(text.back()) || QStringLiteral(",;:").contains(text.back()) || text.back().isSpace()))
        text.chop(1);
    return text.isEmpty() ? quote : QStringLiteral("“%1”").arg(text);
}

// The name a fact's subject or object goes by: its entity's name where one is linked ("Joe
// Tsai", as the Entities panel says), else the words of the text ("Tsai").
QString factName(const AnnotatedArticle &doc, qint64 entityId, const QString &written)
{
    const Entity *entity = entityId ? doc.entity(entityId) : nullptr;
    return entity ? entity->name : written;
}

QString factObject(const AnnotatedArticle &doc, const Fact &fact)
{
    const QString object = factName(doc, fact.objectEntityId, fact.objectText);
    return fact.kind == QLatin1String("quote") ? tidyQuote(object) : object;
}

// Evidence in a table cell: a short excerpt, the link leads to the whole passage.
QString excerpt(const QString &text, int words = 12)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() <= words)
        return parts.join(QLatin1Char(' '));
    return parts.mid(0, words).join(QLatin1Char(' ')) + QChar(0x2026);
}

QString colourCss(const QColor &colour, double alpha)
{
    return QStringLiteral("rgba(%1,%2,%3,%4)").arg(colour.red()).arg(colour.green()).arg(colour.blue()).arg(alpha, 0, 'f', 2);
}

QColor colourOf(const ReportOptions &options, const QString &label)
{
    return options.labelColours.value(label, Report::defaultColours().value(label, QColor(0x60, 0x78, 0x80)));
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.date(), QLocale::LongFormat) : QString();
}

// The article text as HTML: cut at every span boundary, each piece wrapped in the marks of
// all spans that cover it, so nested and overlapping spans stay well-formed.
QString articleHtml(const AnnotatedArticle &doc, int number, const ReportOptions &options)
{
    const QString &text = doc.article.text;
    const int first = bodyStart(doc.article);
    QList<Annotation> spans = DataFormat::included(doc, options.content);
    spans.removeIf([first](const Annotation &a) { return a.start < first; });
    QList<std::pair<int, int>> evidence; // spans that facts point to
    if (options.content.withFacts) {
        for (const Fact &fact : doc.facts) {
            for (const Evidence &e : fact.evidence)
                evidence.append({std::max(e.start, first), std::max(e.end, first)});
        }
    }
    std::set<int> cuts{first, int(text.size())};
    for (const Annotation &a : spans) {
        cuts.insert(a.start);
        cuts.insert(a.end);
    }
    for (const auto &[start, end] : evidence) {
        cuts.insert(start);
        cuts.insert(end);
    }
    QString html;
    QSet<int> anchored;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const int from = *it;
        const int to = *std::next(it);
        QString piece = escape(text.mid(from, to - from));
        piece.replace(QLatin1Char('\n'), QStringLiteral("</p>\n<p>"));
        for (const Annotation &a : spans) {
            if (a.start <= from && to <= a.end) {
                const QColor colour = colourOf(options, a.label);
                if (a.label == LabelSet::quoteLabel()) {
                    piece = QStringLiteral("<i class=\"quote\">%1</i>").arg(piece);
                } else {
                    const bool accepted = a.status == AnnotationStatus::Accepted;
                    piece = QStringLiteral("<span class=\"ent%1\" style=\"background-color:%2;border-bottom:2px %3 %4\" title=\"%5\">%6</span>")
                                .arg(accepted ? QString() : QStringLiteral(" suggested"), colourCss(colour, accepted ? 0.28 : 0.12),
                                     accepted ? QStringLiteral("solid") : QStringLiteral("dashed"), colour.name(),
                                     escape(a.label), piece);
                }
            }
        }
        for (int i = 0; i < evidence.size(); ++i) {
            if (evidence.at(i).first == from && !anchored.contains(i)) {
                anchored.insert(i);
                piece = QStringLiteral("<a id=\"a%1-ev%2\"></a>").arg(number).arg(i) + piece;
            }
        }
        html += piece;
    }
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

QString legendHtml(const QList<AnnotatedArticle> &documents, const ReportOptions &options)
{
    std::set<QString> labels;
    for (const AnnotatedArticle &doc : documents) {
        for (const Annotation &a : DataFormat::included(doc, options.content))
            labels.insert(a.label);
    }
    QString html = QStringLiteral("<p class=\"legend\">");
    for (const QString &label : labels) {
        if (label == LabelSet::quoteLabel())
            continue;
        html += QStringLiteral("<span class=\"ent\" style=\"background-color:%1;border-bottom:2px solid %2\">%3</span> ")
                    .arg(colourCss(colourOf(options, label), 0.28), colourOf(options, label).name(), escape(label));
    }
    return html + QStringLiteral("<span class=\"ent suggested\" style=\"background-color:rgba(136,136,136,0.12);border-bottom:2px dashed #888\">%1</span></p>")
                      .arg(escape(Report::tr("dashed: suggestion not yet reviewed")));
}

QString factsHtml(const AnnotatedArticle &doc, int number, const ReportOptions &options)
{
    if (!options.content.withFacts || doc.facts.isEmpty())
        return {};
    // Column widths for a page, not for the longest cell: whole words, evidence the widest; kinds
    // and statuses as long as German's ("Markteinführung", "Vorgeschlagen") stay whole.
    QString html = QStringLiteral("<h3>%1</h3>\n<table class=\"facts\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
                                  "<tr><th width=\"16%\">%2</th><th width=\"14%\">%3</th><th width=\"11%\">%4</th><th width=\"15%\">%5</th>"
                                  "<th width=\"8%\">%6</th><th width=\"15%\">%7</th><th width=\"21%\">%8</th></tr>\n")
                       .arg(escape(Report::tr("Facts")), escape(Report::tr("Kind")), escape(Report::tr("Subject")), escape(Report::tr("Predicate")),
                            escape(Report::tr("Object or value")), escape(Report::tr("Time")), escape(Report::tr("Status")), escape(Report::tr("Evidence")));
    int evidenceIndex = 0;
    for (const Fact &f : doc.facts) {
        QStringList links;
        for (const Evidence &e : f.evidence) {
            links.append(QStringLiteral("<a href=\"#a%1-ev%2\">“%3”</a>").arg(number).arg(evidenceIndex).arg(escape(excerpt(e.quote))));
            ++evidenceIndex;
        }
        if (options.content.onlyAccepted && f.status != AnnotationStatus::Accepted)
            continue;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(escape(factKindName(f.kind)), escape(factName(doc, f.subjectEntityId, f.subjectText)), escape(f.predicate), escape(factObject(doc, f)), escape(f.time),
                         escape(annotationStatusName(f.status)), links.join(QStringLiteral("<br>")));
    }
    return html + QStringLiteral("</table>\n");
}

// Entity name -> (label, articles, mentions), over all documents.
struct IndexEntry
{
    QString label;
    std::set<int> articles;
    int mentions = 0;
};

// Names in the order a reader looks them up: "apple" beside "Apple", not after "Zephyr".
struct ByName
{
    bool operator()(const QString &a, const QString &b) const
    {
        const int folded = QString::compare(a, b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    }
};
using EntityIndex = std::map<QString, IndexEntry, ByName>;

EntityIndex entityIndex(const QList<AnnotatedArticle> &documents, const ReportOptions &options)
{
    EntityIndex index;
    for (int n = 0; n < documents.size(); ++n) {
        const AnnotatedArticle &doc = documents.at(n);
        for (const Annotation &a : DataFormat::included(doc, options.content)) {
            // Names, not numbers: dates and amounts are no entities to look up.
            static const QStringList values = {QStringLiteral("QUOTE"), QStringLiteral("DATE"), QStringLiteral("TIME"),
                                               QStringLiteral("PERCENT"), QStringLiteral("MONEY"), QStringLiteral("QUANTITY"),
                                               QStringLiteral("ORDINAL"), QStringLiteral("CARDINAL")};
            if (values.contains(a.label))
                continue;
            const Entity *entity = a.entityId ? doc.entity(a.entityId) : nullptr;
            const QString name = entity ? entity->name : a.quote.simplified();
            IndexEntry &entry = index[name];
            entry.label = entity ? entity->label : a.label;
            entry.articles.insert(n);
            ++entry.mentions;
        }
    }
    return index;
}

// Who said what over all documents of a report, in article order: (speaker, quote, article).
struct SaidRow
{
    QString speaker;
    QString quote;
    int article = 0; // index into the documents
};

QList<SaidRow> saidRows(const QList<AnnotatedArticle> &documents, const ReportOptions &options)
{
    QList<SaidRow> rows;
    if (!options.content.withFacts)
        return rows;
    for (int n = 0; n < documents.size(); ++n) {
        const AnnotatedArticle &doc = documents.at(n);
        for (const Fact &f : doc.facts) {
            if (f.kind != QLatin1String("quote") || f.status == AnnotationStatus::Rejected
                || (options.content.onlyAccepted && f.status != AnnotationStatus::Accepted))
                continue;
            rows.append({factName(doc, f.subjectEntityId, f.subjectText), tidyQuote(f.objectText), n});
        }
    }
    return rows;
}

// The corpus charts of a report's articles as inline SVG (what the reader chose to include).
// Painting text needs fonts, so a QGuiApplication: without one (a process with no fonts) the
// report has no charts rather than a crash.
QString chartsHtml(const QList<AnnotatedArticle> &documents, const ReportOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QList<AnnotatedArticle> included;
    for (const AnnotatedArticle &doc : documents) {
        AnnotatedArticle copy = doc;
        copy.annotations = DataFormat::included(doc, options.content);
        if (!options.content.withFacts)
            copy.facts.clear();
        included.append(copy);
    }
    const CorpusIndex index(CorpusData::fromArticles(included));
    ChartStyle style = ChartStyle::light();
    for (auto it = options.labelColours.cbegin(); it != options.labelColours.cend(); ++it)
        style.labelColours.insert(it.key(), it.value());
    const CorpusCharts::Options chartOptions;
    static const QRegularExpression declaration(QStringLiteral("^<\\?xml[^>]*>\\s*"));
    static const QRegularExpression size(QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\""));
    QString html;
    for (CorpusCharts::Kind kind : CorpusCharts::kinds()) {
        const QSize chartSize = CorpusCharts::preferredSize(kind, index, chartOptions, 720);
        QString svg = QString::fromUtf8(CorpusCharts::svg(kind, index, chartOptions, style, chartSize));
        svg.remove(declaration);
        svg.replace(size, QStringLiteral("<svg class=\"chart\" role=\"img\" width=\"100%\""));
        html += QStringLiteral("<figure id=\"chart-%1\">\n%2</figure>\n").arg(CorpusCharts::fileStem(kind), svg.trimmed() + QLatin1Char('\n'));
    }
    return html;
}

const char *Css = R"(body{font-family:'Noto Serif','DejaVu Serif',Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.55;color:#1f1c1b;background:#fff}
h1,h2,h3{font-family:'Noto Sans','DejaVu Sans',Helvetica,sans-serif;line-height:1.25}
.meta{color:#5f6368;font-size:0.9em}
.ent{border-radius:3px;padding:0 1px}
.ent.suggested{font-style:normal}
.quote{font-style:italic}
.legend .ent{margin-right:0.4em;font-family:sans-serif;font-size:0.85em;padding:1px 4px}
table{border-collapse:collapse;width:100%;font-size:0.85em;font-family:'Noto Sans','DejaVu Sans',sans-serif}
th{background:#f0f0ee;text-align:left}
td,th{border:1px solid #d0d0cc;padding:4px 6px;vertical-align:top}
table.facts td,table.facts th{font-size:8pt;padding:3px 4px}
.toc li{margin:0.2em 0}
footer{margin-top:3em;color:#888;font-size:0.8em}
figure{margin:1em 0}
svg.chart{height:auto;max-width:100%}
)";

} // namespace

QHash<QString, QColor> Report::defaultColours()
{
    // Breeze Light's text style colours, as the reading pane uses them by default.
    return {{QStringLiteral("PERSON"), QColor(0x64, 0x4a, 0x9b)}, {QStringLiteral("ORG"), QColor(0x00, 0x57, 0xae)},
            {QStringLiteral("GPE"), QColor(0x00, 0x6e, 0x28)},    {QStringLiteral("LOC"), QColor(0x00, 0x95, 0xff)},
            {QStringLiteral("DATE"), QColor(0xb0, 0x80, 0x00)},   {QStringLiteral("MONEY"), QColor(0xaa, 0x55, 0x00)},
            {QStringLiteral("PERCENT"), QColor(0xff, 0x55, 0x00)}, {QStringLiteral("NORP"), QColor(0xca, 0x60, 0xca)},
            {QStringLiteral("PRODUCT"), QColor(0x3d, 0xae, 0xe9)}, {QStringLiteral("QUOTE"), QColor(0xbf, 0x03, 0x03)}};
}

QString Report::html(const QList<AnnotatedArticle> &documents, const ReportOptions &options)
{
    return html(documents, options, true);
}

QString Report::html(const QList<AnnotatedArticle> &documents, const ReportOptions &options, bool withCharts)
{
    const bool many = documents.size() > 1;
    const QDateTime generated = options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc();
    const QString title = many ? tr("Gazette report: %1 articles").arg(documents.size())
                               : (documents.isEmpty() ? tr("Gazette report") : documents.first().article.headline);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"generator\" content=\"Gazette %2\">\n<title>%3</title>\n<style>\n%4</style>\n</head>\n<body>\n")
                       .arg(documents.isEmpty() || documents.first().article.language.isEmpty() ? QStringLiteral("en") : escape(documents.first().article.language),
                            QStringLiteral(GAZETTE_VERSION), escape(title), QString::fromUtf8(Css));
    const QString charts = many && withCharts ? chartsHtml(documents, options) : QString();
    if (many) {
        html += QStringLiteral("<h1>%1</h1>\n<h2>%2</h2>\n<ol class=\"toc\">\n").arg(escape(title), escape(tr("Contents")));
        for (int n = 0; n < documents.size(); ++n)
            html += QStringLiteral("<li><a href=\"#article-%1\">%2</a></li>\n").arg(n + 1).arg(escape(documents.at(n).article.headline));
        if (!saidRows(documents, options).isEmpty())
            html += QStringLiteral("<li><a href=\"#who-said-what\">%1</a></li>\n").arg(escape(tr("Who said what")));
        if (!charts.isEmpty())
            html += QStringLiteral("<li><a href=\"#corpus-charts\">%1</a></li>\n").arg(escape(tr("The articles at a glance")));
        html += QStringLiteral("<li><a href=\"#entity-index\">%1</a></li>\n</ol>\n").arg(escape(tr("Entity index")));
    }
    html += legendHtml(documents, options);
    for (int n = 0; n < documents.size(); ++n) {
        const AnnotatedArticle &doc = documents.at(n);
        const Article &a = doc.article;
        html += QStringLiteral("<section id=\"article-%1\">\n<h%2>%3</h%2>\n").arg(n + 1).arg(many ? 2 : 1).arg(escape(a.headline));
        QStringList meta;
        if (!a.source.isEmpty())
            meta << escape(a.source);
        if (!a.byline.isEmpty())
            meta << escape(a.byline);
        if (a.published.isValid())
            meta << escape(dateText(a.published));
        meta << escape(tr("Review: %1").arg(reviewStatusName(a.reviewStatus)));
        html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(meta.join(QStringLiteral(" · ")));
        if (isWebAddress(a.uri))
            html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(safeLink(a.uri));
        html += articleHtml(doc, n + 1, options) + QLatin1Char('\n');
        html += factsHtml(doc, n + 1, options);
        html += QStringLiteral("</section>\n");
    }
    // Across the articles of a report: the quotes by speaker, each linked to its article.
    if (const QList<SaidRow> said = saidRows(documents, options); many && !said.isEmpty()) {
        html += QStringLiteral("<h2 id=\"who-said-what\">%1</h2>\n<table class=\"said\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
                               "<tr><th width=\"22%\">%2</th><th width=\"53%\">%3</th><th width=\"25%\">%4</th></tr>\n")
                    .arg(escape(tr("Who said what")), escape(tr("Speaker")), escape(tr("Quote")), escape(tr("Article")));
        for (const SaidRow &row : said) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><a href=\"#article-%3\">%4</a></td></tr>\n")
                        .arg(escape(row.speaker), escape(row.quote))
                        .arg(row.article + 1)
                        .arg(escape(documents.at(row.article).article.headline));
        }
        html += QStringLiteral("</table>\n");
    }
    if (!charts.isEmpty())
        html += QStringLiteral("<h2 id=\"corpus-charts\">%1</h2>\n").arg(escape(tr("The articles at a glance"))) + charts;
    const auto index = entityIndex(documents, options);
    if (!index.empty()) {
        html += QStringLiteral("<h2 id=\"entity-index\">%1</h2>\n<table class=\"index\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
                               "<tr><th width=\"52%\">%2</th><th width=\"16%\">%3</th><th width=\"16%\">%4</th><th width=\"16%\">%5</th></tr>\n")
                    .arg(escape(tr("Entity index")), escape(tr("Entity")), escape(tr("Label")), escape(tr("Articles")), escape(tr("Mentions")));
        for (const auto &[name, entry] : index) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                        .arg(escape(name), escape(entry.label)).arg(entry.articles.size()).arg(entry.mentions);
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("<footer>%1</footer>\n</body>\n</html>\n")
                .arg(escape(options.author.isEmpty() ? tr("Made with Gazette on %1.").arg(generated.toString(Qt::ISODate))
                                                     : tr("Made by %1 with Gazette on %2.").arg(options.author, generated.toString(Qt::ISODate))));
    return html;
}

namespace {
// Markdown's special characters in article text are escaped, and markup characters become
// entities, so the text stays text in every Markdown renderer. List and heading markers only
// matter at the start of a line.
QString markdownEscape(const QString &text, bool atLineStart = true)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = atLineStart;
    bool leadingDigits = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else {
            const bool special = QStringLiteral("\\`*_[]#|~").contains(c)
                || (lineStart && QStringLiteral("-+=").contains(c)) || (leadingDigits && c == QLatin1Char('.'));
            if (special)
                out += QLatin1Char('\\');
            out += c;
        }
        leadingDigits = (lineStart || leadingDigits) && c.isDigit();
        lineStart = c == QLatin1Char('\n') || (lineStart && c.isSpace());
    }
    return out;
}
// Qt's rich text has no dashed borders: suggestions (the faint backgrounds) get a dashed
// underline instead, as in the reading pane, and so does the legend's example.
void markSuggestions(QTextDocument &document)
{
    struct Range
    {
        int start;
        int length;
        QTextCharFormat format;
    };
    QList<Range> ranges;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            const QColor background = format.background().color();
            if (format.background().style() == Qt::NoBrush || background.alpha() < 20 || background.alpha() > 40)
                continue;
            QColor line = background;
            line.setAlpha(255);
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            format.setUnderlineColor(line);
            ranges.append({fragment.position(), fragment.length(), format});
        }
    }
    QTextCursor cursor(&document);
    for (const Range &range : std::as_const(ranges)) {
        cursor.setPosition(range.start);
        cursor.setPosition(range.start + range.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(range.format);
    }
}
} // namespace

QString Report::markdown(const QList<AnnotatedArticle> &documents, const ReportOptions &options)
{
    QString md;
    const bool many = documents.size() > 1;
    if (many) {
        md += QStringLiteral("# %1\n\n").arg(tr("Gazette report: %1 articles").arg(documents.size()));
        for (int n = 0; n < documents.size(); ++n)
            md += QStringLiteral("%1. %2\n").arg(n + 1).arg(markdownEscape(documents.at(n).article.headline));
        md += QLatin1Char('\n');
    }
    for (const AnnotatedArticle &doc : documents) {
        const Article &a = doc.article;
        md += QStringLiteral("%1 %2\n\n").arg(many ? QStringLiteral("##") : QStringLiteral("#"), markdownEscape(a.headline));
        QStringList meta;
        if (!a.source.isEmpty())
            meta << markdownEscape(a.source);
        if (a.published.isValid())
            meta << markdownEscape(dateText(a.published));
        meta << markdownEscape(tr("Review: %1").arg(reviewStatusName(a.reviewStatus)));
        md += QStringLiteral("_%1_\n\n").arg(meta.join(QStringLiteral(" · ")));
        // Outermost spans only: Markdown has no nesting of marked text.
        const int first = bodyStart(a);
        QList<Annotation> spans = DataFormat::included(doc, options.content);
        QString body;
        int position = first;
        for (const Annotation &s : spans) {
            if (s.start < position)
                continue;
            body += markdownEscape(a.text.mid(position, s.start - position), position == 0 || a.text.at(position - 1) == QLatin1Char('\n'));
            const QString inner = markdownEscape(s.quote, false);
            if (s.label == LabelSet::quoteLabel())
                body += QStringLiteral("_%1_").arg(inner);
            else
                body += QStringLiteral("**%1**<sub>%2%3</sub>").arg(inner, s.label,
                                                                    s.status == AnnotationStatus::Accepted ? QString() : QStringLiteral("?"));
            position = s.end;
        }
        body += markdownEscape(a.text.mid(position), position == 0 || a.text.at(position - 1) == QLatin1Char('\n'));
        md += body.replace(QLatin1Char('\n'), QStringLiteral("\n\n")).trimmed() + QStringLiteral("\n\n");
        if (options.content.withFacts && !doc.facts.isEmpty()) {
            md += QStringLiteral("### %1\n\n| %2 | %3 | %4 | %5 | %6 | %7 |\n|---|---|---|---|---|---|\n")
                      .arg(tr("Facts"), tr("Kind"), tr("Subject"), tr("Predicate"), tr("Object or value"), tr("Time"), tr("Status"));
            for (const Fact &f : doc.facts) {
                if (options.content.onlyAccepted && f.status != AnnotationStatus::Accepted)
                    continue;
                md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                          .arg(markdownEscape(factKindName(f.kind)), markdownEscape(factName(doc, f.subjectEntityId, f.subjectText)), markdownEscape(f.predicate),
                               markdownEscape(factObject(doc, f)), markdownEscape(f.time), annotationStatusName(f.status));
            }
            md += QLatin1Char('\n');
        }
    }
    if (const QList<SaidRow> said = saidRows(documents, options); many && !said.isEmpty()) {
        md += QStringLiteral("## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n").arg(tr("Who said what"), tr("Speaker"), tr("Quote"), tr("Article"));
        for (const SaidRow &row : said)
            md += QStringLiteral("| %1 | %2 | %3 |\n")
                      .arg(markdownEscape(row.speaker), markdownEscape(row.quote), markdownEscape(documents.at(row.article).article.headline));
        md += QLatin1Char('\n');
    }
    const auto index = entityIndex(documents, options);
    if (!index.empty()) {
        md += QStringLiteral("%1 %2\n\n| %3 | %4 | %5 | %6 |\n|---|---|---:|---:|\n")
                  .arg(many ? QStringLiteral("##") : QStringLiteral("###"), tr("Entity index"), tr("Entity"), tr("Label"), tr("Articles"), tr("Mentions"));
        for (const auto &[name, entry] : index)
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(markdownEscape(name), entry.label).arg(entry.articles.size()).arg(entry.mentions);
    }
    return md;
}

bool Report::pdf(const QList<AnnotatedArticle> &documents, const ReportOptions &options, const QString &path, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(documents.size() == 1 ? documents.first().article.headline : tr("Gazette report"));
    writer.setCreator(QStringLiteral("Gazette " GAZETTE_VERSION));
    QTextDocument document;
    // Laid out for the writer, not the screen: points are points on paper.
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("Noto Serif"), 10);
    font.setStyleHint(QFont::Serif);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QString::fromUtf8(Css));
    // A PDF is laid out by QTextDocument, which draws no SVG: the charts are the HTML report's.
    document.setHtml(html(documents, options, false));
    markSuggestions(document);
    const QRectF paper = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = writer.resolution() * 0.35;
    const QSizeF page(paper.width(), paper.height() - footer);
    document.setPageSize(page);
    QPainter painter(&writer);
    QFont numberFont(QStringLiteral("Noto Sans"), 8);
    numberFont.setStyleHint(QFont::SansSerif);
    const int pages = document.pageCount();
    for (int number = 0; number < pages; ++number) {
        if (number > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -number * page.height());
        document.drawContents(&painter, QRectF(QPointF(0, number * page.height()), page));
        painter.restore();
        painter.setFont(numberFont);
        painter.setPen(QColor(0x70, 0x70, 0x70));
        painter.drawText(QRectF(0, page.height(), page.width(), footer), Qt::AlignHCenter | Qt::AlignBottom, QString::number(number + 1));
    }
    return painter.end();
}

} // namespace Gazette
