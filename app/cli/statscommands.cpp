// SPDX-License-Identifier: GPL-3.0-or-later
// `gazette stats`: the library at a glance without a window (review progress, the entity index,
// the library search with field filters).
#include "cli.h"

#include "document/corpusindex.h"
#include "document/libraryquery.h"
#include "store/annotationstore.h"
#include "store/sqldialect.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Gazette {

namespace {

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.date().toString(Qt::ISODate) : QString();
}

QJsonObject entryJson(const EntityIndexEntry &entry)
{
    QJsonArray speakers;
    for (const EntityIndexEntry::Speaker &speaker : entry.speakers)
        speakers.append(QJsonObject{{QStringLiteral("name"), speaker.name}, {QStringLiteral("quotes"), speaker.quotes}});
    QJsonArray articles;
    for (const EntityIndexEntry::ArticleCount &article : entry.articles)
        articles.append(article.articleId);
    return {{QStringLiteral("name"), entry.name},
            {QStringLiteral("label"), entry.label},
            {QStringLiteral("articles"), articles},
            {QStringLiteral("mentions"), entry.mentions},
            {QStringLiteral("first"), dateText(entry.first)},
            {QStringLiteral("last"), dateText(entry.last)},
            {QStringLiteral("quoted"), speakers}};
}

} // namespace

int Cli::stats(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption library = libraryOption();
    const QCommandLineOption entitiesOption(QStringLiteral("entities"), tr("How many entities of the index to list (0: all)."),
                                            QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption labelOption(QStringLiteral("label"), tr("Only entities of this label."), QStringLiteral("L"));
    const QCommandLineOption searchOption(QStringLiteral("search"), tr("List the articles this library search finds instead."),
                                          QStringLiteral("QUERY"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Write JSON."));
    parser.addOptions({library, entitiesOption, labelOption, searchOption, jsonOption});
    if (const auto status = parseArguments(
            parser, arguments, QStringLiteral("gazette stats"),
            QStringLiteral("gazette stats --library LIB [--entities N] [--label L] [--search QUERY] [--json]"),
            tr("The library at a glance: its articles per review status and its entity index (each entity with its "
               "articles, mentions, first and last date and the people quoted in its articles), most articles first. "
               "--search runs a library search with field filters, e.g. person:\"Joe Tsai\" org:Alibaba after:2025-01-01 "
               "before:2025-03 status:done label:MONEY feed:Tech, and lists the articles it finds."),
            out, err))
        return *status;
    if (!parser.isSet(library)) {
        err << tr("gazette stats: give --library LIB") << '\n';
        return 2;
    }
    const QString location = parser.value(library);
    if (!SqlDialect::isServerLocation(location) && !QFileInfo::exists(location)) {
        err << tr("gazette stats: no library at “%1”").arg(location) << '\n';
        return 1;
    }
    bool numberOk = false;
    const int limit = parser.value(entitiesOption).toInt(&numberOk);
    if (!numberOk || limit < 0) {
        err << tr("gazette stats: --entities takes a number (0: all)") << '\n';
        return 2;
    }
    AnnotationStore store;
    if (!store.open(location)) {
        err << "gazette stats: " << store.errorString() << '\n';
        return 1;
    }
    const bool json = parser.isSet(jsonOption);

    if (parser.isSet(searchOption)) {
        const LibraryQuery query = LibraryQuery::parse(parser.value(searchOption));
        if (!query.isValid()) {
            for (const QString &error : query.errors)
                err << "gazette stats: " << error << '\n';
            return 2;
        }
        const QList<qint64> ids = query.isEmpty() ? QList<qint64>() : store.findArticles(query);
        QJsonArray found;
        for (qint64 id : ids) {
            const auto summary = store.articleSummary(id);
            if (!summary)
                continue;
            if (json)
                found.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("headline"), summary->headline},
                                         {QStringLiteral("published"), dateText(summary->published)}});
            else
                out << id << '\t' << dateText(summary->published) << '\t' << summary->headline << '\n';
        }
        if (json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("articles"), found}}).toJson();
        else
            out << (ids.size() == 1 ? tr("1 article found.") : tr("%1 articles found.").arg(ids.size())) << '\n';
        return 0;
    }

    const CorpusIndex index(store.corpusData());
    const QList<int> review = index.reviewCounts();
    QList<const EntityIndexEntry *> entries;
    for (const EntityIndexEntry &entry : index.entries()) {
        if (parser.isSet(labelOption) && entry.label.compare(parser.value(labelOption), Qt::CaseInsensitive) != 0)
            continue;
        if (limit > 0 && entries.size() >= limit)
            break;
        entries.append(&entry);
    }
    if (json) {
        QJsonArray list;
        for (const EntityIndexEntry *entry : entries)
            list.append(entryJson(*entry));
        const QJsonObject reviewJson{{QStringLiteral("new"), review.at(0)}, {QStringLiteral("in_review"), review.at(1)},
                                     {QStringLiteral("done"), review.at(2)}};
        out << QJsonDocument(QJsonObject{{QStringLiteral("articles"), index.articleCount()},
                                         {QStringLiteral("review"), reviewJson},
                                         {QStringLiteral("entity_count"), int(index.entries().size())},
                                         {QStringLiteral("entities"), list}})
                   .toJson();
        return 0;
    }
    out << tr("%1 articles: %2 new, %3 in review, %4 done; %5 entities.")
               .arg(index.articleCount()).arg(review.at(0)).arg(review.at(1)).arg(review.at(2)).arg(index.entries().size())
        << '\n';
    if (entries.isEmpty())
        return 0;
    out << '\n' << tr("Entity") << '\t' << tr("Label") << '\t' << tr("Articles") << '\t' << tr("Mentions") << '\t' << tr("First")
        << '\t' << tr("Last") << '\t' << tr("People quoted") << '\n';
    for (const EntityIndexEntry *entry : entries) {
        QStringList speakers;
        for (const EntityIndexEntry::Speaker &speaker : entry->speakers.mid(0, 3))
            speakers.append(QStringLiteral("%1 (%2)").arg(speaker.name).arg(speaker.quotes));
        out << entry->name << '\t' << entry->label << '\t' << entry->articleCount() << '\t' << entry->mentions << '\t'
            << dateText(entry->first) << '\t' << dateText(entry->last) << '\t' << speakers.join(QStringLiteral(", ")) << '\n';
    }
    return 0;
}

} // namespace Gazette
