// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotatedarticle.h"
#include "article.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Gazette {

// The rows the corpus view is computed from: what the store reads in three queries
// (AnnotationStore::corpusData()) or what a report makes of its articles (fromArticles()).
struct CorpusData
{
    struct ArticleRow
    {
        qint64 id = 0;
        QString headline;
        QDateTime published; // invalid when unknown
        ReviewStatus status = ReviewStatus::New;
    };
    // The mentions of one name (an entity's, else the span's text) with one label in one
    // article, not rejected; QUOTE spans are not listed.
    struct MentionRow
    {
        qint64 articleId = 0;
        QString label;
        QString name;
        int count = 0;
    };
    // A quote (not rejected) and who said it.
    struct QuoteRow
    {
        qint64 articleId = 0;
        QString speaker;
    };
    QList<ArticleRow> articles;
    QList<MentionRow> mentions;
    QList<QuoteRow> quotes;

    static CorpusData fromArticles(const QList<AnnotatedArticle> &documents);
};

// One entity of the library: the mentions of every article merged by label and name (the
// entity's name when the span is linked to one, else the span's text; case and spacing do not
// count), as the Entities panel groups them within one article.
struct EntityIndexEntry
{
    struct ArticleCount
    {
        qint64 articleId = 0;
        int mentions = 0;
    };
    struct Speaker
    {
        QString name;
        int quotes = 0;
    };
    QString key;          // label + U+001F + the folded name: the same across calls
    QString name;         // the spelling used most
    QString label;
    QStringList spellings; // every spelling, as stored (for the store's mention query)
    QList<ArticleCount> articles; // in article id order
    int mentions = 0;
    QDateTime first;      // the earliest and latest date of its articles; invalid when none has one
    QDateTime last;
    QList<Speaker> speakers; // quoted in its articles, most quotes first (the entity itself left out)

    int articleCount() const { return int(articles.size()); }
};

// The entity index and the series of the corpus charts, computed once from CorpusData.
class CorpusIndex
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::CorpusIndex)

public:
    enum class Bucket { Week, Month };

    struct LabelBar // one article of the labels-per-article chart
    {
        qint64 articleId = 0;
        QString headline;
        QMap<QString, int> labels; // label -> mentions
        int total() const;
    };
    struct Pair // two entities mentioned in the same articles
    {
        int first = 0;  // entry indexes
        int second = 0;
        int articles = 0;
    };
    struct Timeline
    {
        QList<QDate> buckets; // the first day of each week (Monday) or month, consecutive
        QList<int> entries;   // entry indexes, one series each
        QList<QList<int>> values; // values[series][bucket]: mentions
    };

    CorpusIndex() = default;
    explicit CorpusIndex(const CorpusData &data);

    // Names, not numbers: dates, amounts and quotes are no entities to look up.
    static bool isNameLabel(const QString &label);
    static QString keyOf(const QString &label, const QString &name);

    const QList<EntityIndexEntry> &entries() const { return m_entries; } // most articles first
    int indexOf(const QString &key) const { return m_byKey.value(key, -1); }
    const CorpusData::ArticleRow *article(qint64 id) const;
    int articleCount() const { return int(m_data.articles.size()); }

    // The entries with the most mentions, for the timeline's default choice.
    QList<int> topEntries(int count) const;
    Timeline timeline(const QList<int> &entries, Bucket bucket) const;
    // The articles with the most mentions (all labels but QUOTE), most first.
    QList<LabelBar> labelBars(int maxArticles) const;
    QStringList labels() const; // every label of labelBars(), by mentions
    // Pairs of entities (among the maxEntities in most articles) by the articles they share.
    QList<Pair> pairs(int maxPairs, int maxEntities = 40) const;
    // Articles per review status (New, In review, Done).
    QList<int> reviewCounts() const;

private:
    CorpusData m_data;
    QList<EntityIndexEntry> m_entries;
    QHash<QString, int> m_byKey;
    QHash<qint64, int> m_articleRow;
    QHash<qint64, QMap<QString, int>> m_labelsByArticle;
};

} // namespace Gazette
