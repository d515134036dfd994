// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusindex.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Gazette {

namespace {

QString fold(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QDate bucketStart(const QDate &date, CorpusIndex::Bucket bucket)
{
    return bucket == CorpusIndex::Bucket::Month ? QDate(date.year(), date.month(), 1) : date.addDays(1 - date.dayOfWeek());
}

QDate nextBucket(const QDate &date, CorpusIndex::Bucket bucket)
{
    return bucket == CorpusIndex::Bucket::Month ? date.addMonths(1) : date.addDays(7);
}

} // namespace

CorpusData CorpusData::fromArticles(const QList<AnnotatedArticle> &documents)
{
    CorpusData data;
    for (int n = 0; n < documents.size(); ++n) {
        const AnnotatedArticle &doc = documents.at(n);
        // Articles not stored yet (a report of new articles) are told apart by their place.
        const qint64 id = doc.article.id > 0 ? doc.article.id : -(n + 1);
        data.articles.append({id, doc.article.headline, doc.article.published, doc.article.reviewStatus});
        QHash<std::pair<QString, QString>, int> counts;
        QList<std::pair<QString, QString>> order;
        for (const Annotation &a : doc.annotations) {
            if (a.status == AnnotationStatus::Rejected || a.label == QLatin1String("QUOTE"))
                continue;
            const Entity *entity = a.entityId ? doc.entity(a.entityId) : nullptr;
            const std::pair<QString, QString> key{a.label, entity ? entity->name : a.quote};
            if (!counts.contains(key))
                order.append(key);
            ++counts[key];
        }
        for (const auto &key : order)
            data.mentions.append({id, key.first, key.second, counts.value(key)});
        for (const Fact &f : doc.facts) {
            if (f.kind != QLatin1String("quote") || f.status == AnnotationStatus::Rejected)
                continue;
            const Entity *speaker = f.subjectEntityId ? doc.entity(f.subjectEntityId) : nullptr;
            data.quotes.append({id, speaker ? speaker->name : f.subjectText});
        }
    }
    return data;
}

int CorpusIndex::LabelBar::total() const
{
    int sum = 0;
    for (int value : labels)
        sum += value;
    return sum;
}

bool CorpusIndex::isNameLabel(const QString &label)
{
    static const QStringList values = {QStringLiteral("QUOTE"),   QStringLiteral("DATE"),     QStringLiteral("TIME"),
                                       QStringLiteral("PERCENT"), QStringLiteral("MONEY"),    QStringLiteral("QUANTITY"),
                                       QStringLiteral("ORDINAL"), QStringLiteral("CARDINAL")};
    return !values.contains(label);
}

QString CorpusIndex::keyOf(const QString &label, const QString &name)
{
    return label + QChar(0x1f) + fold(name);
}

CorpusIndex::CorpusIndex(const CorpusData &data)
    : m_data(data)
{
    for (int row = 0; row < m_data.articles.size(); ++row)
        m_articleRow.insert(m_data.articles.at(row).id, row);

    // Spellings by how often they occur, to name each entry by its most frequent one.
    QList<QHash<QString, int>> spellingCounts;
    for (const CorpusData::MentionRow &mention : std::as_const(m_data.mentions)) {
        if (mention.label == QLatin1String("QUOTE") || mention.count <= 0)
            continue;
        m_labelsByArticle[mention.articleId][mention.label] += mention.count;
        if (!isNameLabel(mention.label) || mention.name.trimmed().isEmpty())
            continue;
        const QString key = keyOf(mention.label, mention.name);
        int index = m_byKey.value(key, -1);
        if (index < 0) {
            index = int(m_entries.size());
            m_byKey.insert(key, index);
            EntityIndexEntry entry;
            entry.key = key;
            entry.label = mention.label;
            m_entries.append(entry);
            spellingCounts.append(QHash<QString, int>());
        }
        EntityIndexEntry &entry = m_entries[index];
        entry.mentions += mention.count;
        if (!entry.articles.isEmpty() && entry.articles.last().articleId == mention.articleId)
            entry.articles.last().mentions += mention.count;
        else
            entry.articles.append({mention.articleId, mention.count});
        spellingCounts[index][mention.name] += mention.count;
    }

    QHash<qint64, QHash<QString, int>> speakersByArticle;
    QHash<QString, QString> speakerSpelling; // folded -> first spelling
    for (const CorpusData::QuoteRow &quote : std::as_const(m_data.quotes)) {
        const QString folded = fold(quote.speaker);
        if (folded.isEmpty())
            continue;
        speakerSpelling.insert(folded, speakerSpelling.value(folded, quote.speaker.simplified()));
        ++speakersByArticle[quote.articleId][folded];
    }

    for (int index = 0; index < m_entries.size(); ++index) {
        EntityIndexEntry &entry = m_entries[index];
        const QHash<QString, int> &spellings = spellingCounts.at(index);
        int best = -1;
        for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
            entry.spellings.append(it.key());
            if (it.value() > best || (it.value() == best && it.key() < entry.name)) {
                best = it.value();
                entry.name = it.key().simplified();
            }
        }
        entry.spellings.sort();
        std::sort(entry.articles.begin(), entry.articles.end(), [](const auto &a, const auto &b) { return a.articleId < b.articleId; });
        // Rows of one article may come apart (several spellings): one count per article.
        QList<EntityIndexEntry::ArticleCount> merged;
        for (const auto &count : std::as_const(entry.articles)) {
            if (!merged.isEmpty() && merged.last().articleId == count.articleId)
                merged.last().mentions += count.mentions;
            else
                merged.append(count);
        }
        entry.articles = merged;
        QHash<QString, int> speakers;
        const QString self = fold(entry.name);
        for (const auto &count : std::as_const(entry.articles)) {
            if (const CorpusData::ArticleRow *row = article(count.articleId); row && row->published.isValid()) {
                if (!entry.first.isValid() || row->published < entry.first)
                    entry.first = row->published;
                if (!entry.last.isValid() || row->published > entry.last)
                    entry.last = row->published;
            }
            const QHash<QString, int> quoted = speakersByArticle.value(count.articleId);
            for (auto it = quoted.cbegin(); it != quoted.cend(); ++it) {
                if (it.key() != self)
                    speakers[it.key()] += it.value();
            }
        }
        for (auto it = speakers.cbegin(); it != speakers.cend(); ++it)
            entry.speakers.append({speakerSpelling.value(it.key()), it.value()});
        std::sort(entry.speakers.begin(), entry.speakers.end(), [](const auto &a, const auto &b) {
            return a.quotes != b.quotes ? a.quotes > b.quotes : a.name.localeAwareCompare(b.name) < 0;
        });
    }

    // Most articles first, then most mentions, then by name: a stable order for every caller.
    std::sort(m_entries.begin(), m_entries.end(), [](const EntityIndexEntry &a, const EntityIndexEntry &b) {
        if (a.articleCount() != b.articleCount())
            return a.articleCount() > b.articleCount();
        if (a.mentions != b.mentions)
            return a.mentions > b.mentions;
        return a.key < b.key;
    });
    m_byKey.clear();
    for (int index = 0; index < m_entries.size(); ++index)
        m_byKey.insert(m_entries.at(index).key, index);
}

const CorpusData::ArticleRow *CorpusIndex::article(qint64 id) const
{
    const int row = m_articleRow.value(id, -1);
    return row < 0 ? nullptr : &m_data.articles.at(row);
}

QList<int> CorpusIndex::topEntries(int count) const
{
    QList<int> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_entries.at(a).mentions > m_entries.at(b).mentions; });
    return order.mid(0, count);
}

CorpusIndex::Timeline CorpusIndex::timeline(const QList<int> &entries, Bucket bucket) const
{
    Timeline result;
    QDate first;
    QDate last;
    for (int index : entries) {
        if (index < 0 || index >= m_entries.size())
            continue;
        result.entries.append(index);
        const EntityIndexEntry &entry = m_entries.at(index);
        if (entry.first.isValid() && (!first.isValid() || entry.first.date() < first))
            first = entry.first.date();
        if (entry.last.isValid() && (!last.isValid() || entry.last.date() > last))
            last = entry.last.date();
    }
    if (!first.isValid())
        return result;
    // A long span by weeks would make thousands of bars: at most ten years of buckets.
    for (QDate day = bucketStart(first, bucket); day <= last && result.buckets.size() < 520; day = nextBucket(day, bucket))
        result.buckets.append(day);
    for (int index : std::as_const(result.entries)) {
        QList<int> values(result.buckets.size(), 0);
        for (const auto &count : m_entries.at(index).articles) {
            const CorpusData::ArticleRow *row = article(count.articleId);
            if (!row || !row->published.isValid())
                continue;
            const QDate start = bucketStart(row->published.date(), bucket);
            const auto found = std::lower_bound(result.buckets.cbegin(), result.buckets.cend(), start);
            if (found != result.buckets.cend() && *found == start)
                values[found - result.buckets.cbegin()] += count.mentions;
        }
        result.values.append(values);
    }
    return result;
}

QList<CorpusIndex::LabelBar> CorpusIndex::labelBars(int maxArticles) const
{
    QList<LabelBar> bars;
    for (const CorpusData::ArticleRow &row : m_data.articles) {
        const QMap<QString, int> labels = m_labelsByArticle.value(row.id);
        if (!labels.isEmpty())
            bars.append({row.id, row.headline, labels});
    }
    std::stable_sort(bars.begin(), bars.end(), [](const LabelBar &a, const LabelBar &b) { return a.total() > b.total(); });
    return bars.mid(0, maxArticles);
}

QStringList CorpusIndex::labels() const
{
    QHash<QString, int> totals;
    for (const auto &labels : m_labelsByArticle) {
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            totals[it.key()] += it.value();
    }
    QStringList result = totals.keys();
    std::sort(result.begin(), result.end(), [&](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    return result;
}

QList<CorpusIndex::Pair> CorpusIndex::pairs(int maxPairs, int maxEntities) const
{
    // Entries are sorted by articles already: the first maxEntities are those in most articles.
    const int count = std::min<int>(maxEntities, int(m_entries.size()));
    QList<QSet<qint64>> sets;
    for (int i = 0; i < count; ++i) {
        QSet<qint64> ids;
        for (const auto &article : m_entries.at(i).articles)
            ids.insert(article.articleId);
        sets.append(ids);
    }
    QList<Pair> result;
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j) {
            const int shared = int(QSet<qint64>(sets.at(i)).intersect(sets.at(j)).size());
            if (shared > 0)
                result.append({i, j, shared});
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Pair &a, const Pair &b) { return a.articles > b.articles; });
    return result.mid(0, maxPairs);
}

QList<int> CorpusIndex::reviewCounts() const
{
    QList<int> counts(3, 0);
    for (const CorpusData::ArticleRow &row : m_data.articles)
        ++counts[int(row.status)];
    return counts;
}

} // namespace Gazette
