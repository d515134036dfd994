// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus at a glance: the rows of the entity index and the charts, mentions of an entity
// across the library, and the library search with field filters. Each runs a fixed number of
// queries whatever the library's size; what the dialects compare differently (case, dates
// written with offsets) is decided here in C++.
#include "annotationstore.h"
#include "document/textsearch.h"
#include "logging.h"
#include "rowcodec.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Gazette {

CorpusData AnnotationStore::corpusData() const
{
    CorpusData data;
    if (!isOpen())
        return data;
    QSqlQuery articles = prepare(QStringLiteral("SELECT id, headline, published, review_status FROM articles ORDER BY id"));
    if (articles.exec()) {
        while (articles.next()) {
            data.articles.append({articles.value(0).toLongLong(), articles.value(1).toString(),
                                  RowCodec::dateTime(articles.value(2)), ReviewStatus(articles.value(3).toInt())});
        }
    }
    QSqlQuery mentions = prepare(QStringLiteral(
        "SELECT an.article_id, an.label, COALESCE(e.name, an.quote) AS name, count(*) "
        "FROM annotations an LEFT JOIN entities e ON e.id = an.entity_id "
        "WHERE an.status <> ? AND an.label <> 'QUOTE' "
        "GROUP BY an.article_id, an.label, COALESCE(e.name, an.quote) ORDER BY an.article_id"));
    mentions.addBindValue(int(AnnotationStatus::Rejected));
    if (mentions.exec()) {
        RowCodec::StringPool labels; // a handful of labels shared by every row
        while (mentions.next()) {
            data.mentions.append({mentions.value(0).toLongLong(), labels.shared(mentions.value(1).toString()),
                                  mentions.value(2).toString(), mentions.value(3).toInt()});
        }
    } else {
        qCWarning(lcStore) << "entity index query failed" << mentions.lastError().text();
    }
    QSqlQuery quotes = prepare(QStringLiteral(
        "SELECT f.article_id, COALESCE(e.name, f.subject_text) FROM facts f LEFT JOIN entities e ON e.id = f.subject_entity_id "
        "WHERE f.kind = 'quote' AND f.status <> ? ORDER BY f.article_id"));
    quotes.addBindValue(int(AnnotationStatus::Rejected));
    if (quotes.exec()) {
        while (quotes.next())
            data.quotes.append({quotes.value(0).toLongLong(), quotes.value(1).toString()});
    }
    return data;
}

QList<AnnotationStore::LibraryMention> AnnotationStore::libraryMentions(const QString &label, const QStringList &spellings) const
{
    QList<LibraryMention> result;
    if (!isOpen() || spellings.isEmpty())
        return result;
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT an.id, an.article_id, an.start_offset, an.end_offset, a.headline, a.published, COALESCE(e.name, an.quote) "
        "FROM annotations an JOIN articles a ON a.id = an.article_id LEFT JOIN entities e ON e.id = an.entity_id "
        "WHERE an.label = ? AND an.status <> ? ORDER BY a.published DESC, a.id DESC, an.start_offset"));
    q.addBindValue(label);
    q.addBindValue(int(AnnotationStatus::Rejected));
    if (!q.exec())
        return result;
    const QSet<QString> wanted(spellings.begin(), spellings.end());
    QSet<qint64> articles;
    while (q.next()) {
        if (!wanted.contains(q.value(6).toString()))
            continue;
        LibraryMention mention;
        mention.annotationId = q.value(0).toLongLong();
        mention.articleId = q.value(1).toLongLong();
        mention.start = q.value(2).toInt();
        mention.end = q.value(3).toInt();
        mention.headline = q.value(4).toString();
        mention.published = RowCodec::dateTime(q.value(5));
        articles.insert(mention.articleId);
        result.append(mention);
    }
    // The texts, once per article and a few hundred articles per query, for the mentions' context.
    QHash<qint64, QString> texts;
    const QList<qint64> ids(articles.begin(), articles.end());
    constexpr qsizetype Chunk = 400;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> chunk = ids.mid(from, Chunk);
        QSqlQuery text = prepare(QStringLiteral("SELECT id, text FROM articles WHERE id IN (%1)")
                                     .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (qint64 id : chunk)
            text.addBindValue(id);
        if (text.exec()) {
            while (text.next())
                texts.insert(text.value(0).toLongLong(), text.value(1).toString());
        }
    }
    for (LibraryMention &mention : result)
        mention.text = texts.value(mention.articleId);
    return result;
}

namespace {

bool nameMatches(const QString &name, const QStringList &words)
{
    return std::all_of(words.begin(), words.end(), [&](const QString &word) { return TextSearch::contains(name, word); });
}

} // namespace

QList<qint64> AnnotationStore::findArticles(const LibraryQuery &query) const
{
    QList<qint64> result;
    if (!isOpen() || !query.isValid())
        return result;
    QString sql = QStringLiteral("SELECT a.id, a.published FROM articles a");
    QStringList conditions;
    QVariantList values;
    if (query.status) {
        conditions.append(QStringLiteral("a.review_status = ?"));
        values.append(int(*query.status));
    }
    for (const QString &label : query.labels) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM annotations l WHERE l.article_id = a.id AND l.label = ? AND l.status <> ?)"));
        values << label << int(AnnotationStatus::Rejected);
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY a.id");
    QSqlQuery q = prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcStore) << "library search failed" << q.lastError().text();
        return result;
    }
    QList<qint64> candidates;
    while (q.next()) {
        // Dates are compared as dates: the stored text may carry any offset.
        if (query.after || query.before) {
            const QDateTime published = RowCodec::dateTime(q.value(1));
            if (!published.isValid())
                continue;
            const QDate day = published.date();
            if ((query.after && day < *query.after) || (query.before && day >= *query.before))
                continue;
        }
        candidates.append(q.value(0).toLongLong());
    }
    QSet<qint64> allowed(candidates.begin(), candidates.end());

    // Names: every spelling of the label once, compared here as whole words without case (the
    // engines' LIKE and lower() disagree on both).
    for (const LibraryQuery::NameFilter &filter : query.names) {
        const QStringList words = TextSearch::words(filter.name);
        QSqlQuery names = prepare(filter.label.isEmpty()
                                      ? QStringLiteral("SELECT DISTINCT an.article_id, COALESCE(e.name, an.quote) FROM annotations an "
                                                       "LEFT JOIN entities e ON e.id = an.entity_id WHERE an.status <> ? AND an.label <> 'QUOTE'")
                                      : QStringLiteral("SELECT DISTINCT an.article_id, COALESCE(e.name, an.quote) FROM annotations an "
                                                       "LEFT JOIN entities e ON e.id = an.entity_id WHERE an.status <> ? AND an.label = ?"));
        names.addBindValue(int(AnnotationStatus::Rejected));
        if (!filter.label.isEmpty())
            names.addBindValue(filter.label);
        QSet<qint64> found;
        if (names.exec()) {
            while (names.next()) {
                const qint64 id = names.value(0).toLongLong();
                if (allowed.contains(id) && !found.contains(id) && nameMatches(names.value(1).toString(), words))
                    found.insert(id);
            }
        }
        allowed = found;
    }
    if (!query.feeds.isEmpty()) {
        QSqlQuery feeds = prepare(QStringLiteral(
            "SELECT i.article_id, f.title, f.url, COALESCE(ff.name, '') FROM feed_items i JOIN feeds f ON f.id = i.feed_id "
            "LEFT JOIN feed_folders ff ON ff.id = f.folder_id WHERE i.article_id IS NOT NULL"));
        QHash<qint64, QStringList> sources;
        if (feeds.exec()) {
            while (feeds.next())
                sources[feeds.value(0).toLongLong()] << feeds.value(1).toString() << feeds.value(2).toString() << feeds.value(3).toString();
        }
        QSet<qint64> found;
        for (qint64 id : std::as_const(allowed)) {
            const QStringList &names = sources[id];
            const bool all = std::all_of(query.feeds.begin(), query.feeds.end(), [&](const QString &feed) {
                return std::any_of(names.begin(), names.end(), [&](const QString &name) { return name.contains(feed, Qt::CaseInsensitive); });
            });
            if (all)
                found.insert(id);
        }
        allowed = found;
    }
    if (query.words.isEmpty()) {
        for (qint64 id : std::as_const(candidates)) {
            if (allowed.contains(id))
                result.append(id);
        }
        return result;
    }
    for (qint64 id : search(query.freeText())) {
        if (allowed.contains(id))
            result.append(id);
    }
    return result;
}

} // namespace Gazette
