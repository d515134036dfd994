// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation.h"

#include "document/codepointindex.h"
#include "formats/dataformat.h"
#include "schema/labelset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Gazette {

namespace {

// T ids of a brat file and their spans in UTF-16 offsets.
QHash<QString, TextRange> bratSpans(const QByteArray &ann, const QString &text)
{
    const CodePointIndex index(text);
    QHash<QString, TextRange> spans;
    for (const QByteArray &line : ann.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 2 || !line.startsWith('T'))
            continue;
        const QList<QByteArray> type = fields.at(1).split(' ');
        if (type.size() >= 3)
            spans.insert(QString::fromUtf8(fields.at(0)), {index.toUtf16(type.at(1).toInt()), index.toUtf16(type.last().toInt())});
    }
    return spans;
}

// The facts of NAME.facts.json; a statement's content is the copy of the text closest to its speaker.
std::optional<QList<GoldFact>> readFacts(const QByteArray &json, const QHash<QString, TextRange> &spans, const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    QList<GoldFact> facts;
    for (const QJsonValue &value : document.object().value(QLatin1String("facts")).toArray()) {
        const QJsonObject o = value.toObject();
        GoldFact fact;
        fact.kind = o.value(QLatin1String("kind")).toString();
        auto span = [&](std::initializer_list<const char *> keys) {
            for (const char *key : keys) {
                if (o.contains(QLatin1String(key)))
                    return spans.value(o.value(QLatin1String(key)).toString(), {-1, -1});
            }
            return TextRange{-1, -1};
        };
        fact.subject = span({"speaker", "person", "subject"});
        fact.object = span({"object", "product", "org", "value"});
        fact.cue = o.value(QLatin1String("cue")).toString();
        const QString content = o.value(QLatin1String("content")).toString();
        if (!content.isEmpty()) {
            int best = -1;
            for (qsizetype at = text.indexOf(content); at >= 0; at = text.indexOf(content, at + 1)) {
                if (best < 0 || std::abs(at - fact.subject.start) < std::abs(best - fact.subject.start))
                    best = int(at);
            }
            if (best >= 0)
                fact.content = {best, best + int(content.size())};
        }
        facts.append(fact);
    }
    return facts;
}

} // namespace

LabelScore &LabelScore::operator+=(const LabelScore &other)
{
    gold += other.gold;
    predicted += other.predicted;
    correct += other.correct;
    return *this;
}

std::optional<QList<GoldDocument>> Evaluation::readGold(const QString &folder, QString *error)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        *error = tr("There is no folder “%1”.").arg(folder);
        return std::nullopt;
    }
    const QStringList texts = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (texts.isEmpty()) {
        *error = tr("“%1” has no .txt files with .ann files beside them.").arg(folder);
        return std::nullopt;
    }
    const DataFormat *brat = DataFormat::byId(QStringLiteral("brat"));
    QList<GoldDocument> gold;
    for (const QString &name : texts) {
        const QString base = dir.filePath(name.chopped(4));
        QFile txt(base + QStringLiteral(".txt")), ann(base + QStringLiteral(".ann"));
        if (!ann.exists())
            continue;
        if (!txt.open(QIODevice::ReadOnly) || !ann.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(base, txt.isOpen() ? ann.errorString() : txt.errorString());
            return std::nullopt;
        }
        QString readError;
        auto document = brat->read({{QStringLiteral(".txt"), txt.readAll()}, {QStringLiteral(".ann"), ann.readAll()}}, &readError);
        if (!document) {
            *error = tr("%1.ann: %2").arg(base, readError);
            return std::nullopt;
        }
        GoldDocument goldDocument{name.chopped(4), *document, {}, false};
        QFile factsFile(base + QStringLiteral(".facts.json"));
        if (factsFile.open(QIODevice::ReadOnly)) {
            ann.seek(0);
            const auto facts = readFacts(factsFile.readAll(), bratSpans(ann.readAll(), goldDocument.document.article.text), goldDocument.document.article.text);
            if (!facts) {
                *error = tr("%1.facts.json is not valid JSON.").arg(base);
                return std::nullopt;
            }
            goldDocument.facts = *facts;
            goldDocument.hasFacts = true;
        }
        gold.append(goldDocument);
    }
    if (gold.isEmpty()) {
        *error = tr("“%1” has no .txt files with .ann files beside them.").arg(folder);
        return std::nullopt;
    }
    return gold;
}

namespace {

QSet<QString> nameWords(const QString &name)
{
    QSet<QString> words;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.insert(word.toCaseFolded());
    return words;
}

bool overlaps(const TextRange &a, int start, int end)
{
    return a.start < end && start < a.end;
}

// The spans a predicted fact's subject or object stands at: every mention of its entity, or for a
// value with no entity (a statistic's "16%") where that text appears in the fact's evidence.
QList<TextRange> placesOf(const AnnotatedArticle &predicted, const Fact &fact, qint64 entityId, const QString &written)
{
    QList<TextRange> places;
    if (entityId) {
        for (const Annotation &a : predicted.annotations) {
            if (a.entityId == entityId)
                places.append({a.start, a.end});
        }
        return places;
    }
    const QString &text = predicted.article.text;
    for (const Evidence &e : fact.evidence) {
        for (qsizetype at = written.isEmpty() ? -1 : text.indexOf(written, e.start); at >= 0 && at + written.size() <= e.end;
             at = text.indexOf(written, at + 1))
            places.append({int(at), int(at + written.size())});
    }
    return places;
}

bool anyOverlaps(const QList<TextRange> &places, const TextRange &gold)
{
    return std::any_of(places.cbegin(), places.cend(), [&](const TextRange &p) { return overlaps(gold, p.start, p.end); });
}

bool factMatches(const AnnotatedArticle &predicted, const Fact &f, const GoldFact &g)
{
    if (f.kind != g.kind || !anyOverlaps(placesOf(predicted, f, f.subjectEntityId, f.subjectText), g.subject))
        return false;
    if (g.kind == QLatin1String("statement")) {
        if (f.evidence.isEmpty() || g.content.start < 0)
            return false;
        const Evidence &content = f.evidence.first();
        const int common = std::min(content.end, g.content.end) - std::max(content.start, g.content.start);
        return 2 * common >= std::max(content.end - content.start, g.content.end - g.content.start);
    }
    return g.object.start < 0 || anyOverlaps(placesOf(predicted, f, f.objectEntityId, f.objectText), g.object);
}

} // namespace

void Evaluation::scoreFacts(const GoldDocument &gold, const AnnotatedArticle &predicted, QMap<QString, LabelScore> &scores)
{
    const QString &text = predicted.article.text;
    QList<bool> used(predicted.facts.size(), false);
    for (const GoldFact &g : gold.facts) {
        if (g.kind == QLatin1String("quote"))
            continue;
        LabelScore &score = scores[g.kind];
        ++score.gold;
        bool found = false;
        for (qsizetype i = 0; i < predicted.facts.size() && !found; ++i) {
            if (!used.at(i) && factMatches(predicted, predicted.facts.at(i), g))
                used[i] = found = true;
        }
        if (found) {
            ++score.correct;
        } else {
            const TextRange &at = g.content.start >= 0 ? g.content : g.subject;
            m_misses.append({gold.name, false, QStringLiteral("fact:") + g.kind, text.mid(at.start, at.end - at.start), at.start,
                             text.mid(g.subject.start, g.subject.end - g.subject.start) + QStringLiteral(" / ")
                                 + text.mid(g.object.start, g.object.end - g.object.start)});
        }
    }
    for (qsizetype i = 0; i < predicted.facts.size(); ++i) {
        const Fact &f = predicted.facts.at(i);
        if (f.kind == QLatin1String("quote"))
            continue;
        ++scores[f.kind].predicted;
        if (!used.at(i)) {
            const int start = f.evidence.isEmpty() ? 0 : f.evidence.first().start;
            m_misses.append({gold.name, true, QStringLiteral("fact:") + f.kind,
                             f.subjectText + QStringLiteral(" | ") + f.predicate + QStringLiteral(" | ") + f.objectText, start, f.ruleId});
        }
    }
}

void Evaluation::run(const QList<GoldDocument> &gold, const QStringList &labels, const Extract &extract)
{
    QMap<QString, LabelScore> scores;
    const QString quote = LabelSet::quoteLabel();
    m_quotes = {quote};
    m_misses.clear();
    m_attributed = m_correctlyAttributed = 0;
    QMap<QString, LabelScore> factScores;
    auto counted = [&](const QString &label) { return label != quote && (labels.isEmpty() || labels.contains(label)); };
    for (const GoldDocument &g : gold) {
        auto key = [](int start, int end, const QString &label) { return QStringLiteral("%1 %2 %3").arg(label).arg(start).arg(end); };
        QSet<QString> expected, found;
        for (const Annotation &a : g.document.annotations) {
            if (a.label == quote)
                ++m_quotes.gold, expected.insert(key(a.start, a.end, quote));
            else if (counted(a.label))
                ++scores[a.label].gold, expected.insert(key(a.start, a.end, a.label));
        }
        AnnotatedArticle predicted = extract ? extract(g.document.article).value_or(AnnotatedArticle{g.document.article, {}, {}, {}})
                                             : *Extractor::extract(g.document.article);
        predicted.numberAnnotations();
        for (const Annotation &a : predicted.annotations) {
            if (a.label != quote && !counted(a.label))
                continue;
            const QString spanKey = key(a.start, a.end, a.label);
            if (found.contains(spanKey))
                continue;
            found.insert(spanKey);
            LabelScore &score = a.label == quote ? m_quotes : scores[a.label];
            score.label = a.label;
            ++score.predicted;
            if (expected.contains(spanKey))
                ++score.correct;
            else if (a.label != quote)
                m_misses.append({g.name, true, a.label, a.quote, a.start, {}});
        }
        for (const Annotation &a : g.document.annotations) {
            if (a.label != quote && counted(a.label) && !found.contains(key(a.start, a.end, a.label)))
                m_misses.append({g.name, false, a.label, a.quote, a.start, {}});
        }
        // Quote attribution: the quote found with the same words, said by the same person.
        for (const Fact &said : g.document.facts) {
            if (said.kind != QLatin1String("quote") || said.evidence.size() < 2)
                continue;
            ++m_attributed;
            const Evidence &goldQuote = said.evidence.at(0);
            QString predictedSpeaker = tr("(none)");
            bool right = false;
            for (const Fact &f : predicted.facts) {
                if (f.kind != QLatin1String("quote") || f.evidence.isEmpty() || f.evidence.first().start != goldQuote.start
                    || f.evidence.first().end != goldQuote.end)
                    continue;
                QSet<QString> speaker = nameWords(f.subjectText);
                // (the entity's other names too: "EPPO" is the European Public Prosecutor’s Office
                // the article defined it as, as "Tsai" is Joe Tsai)
                if (const Entity *entity = predicted.entity(f.subjectEntityId)) {
                    speaker.unite(nameWords(entity->name));
                    for (const QString &alias : entity->aliases)
                        speaker.unite(nameWords(alias));
                }
                right = speaker.intersects(nameWords(said.subjectText));
                predictedSpeaker = f.subjectText + QStringLiteral(" [") + f.ruleId + QLatin1Char(']');
                break;
            }
            if (right)
                ++m_correctlyAttributed;
            else
                m_misses.append({g.name, false, QStringLiteral("attribution"), goldQuote.quote.left(60), goldQuote.start,
                                 said.subjectText + QStringLiteral(" <> ") + predictedSpeaker});
        }
        if (g.hasFacts)
            scoreFacts(g, predicted, factScores);
    }
    m_perLabel = scores.values();
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        m_perLabel[int(std::distance(scores.cbegin(), it))].label = it.key();
    m_micro = {tr("micro")};
    for (const LabelScore &score : std::as_const(m_perLabel))
        m_micro += score;
    m_facts.clear();
    for (auto it = factScores.cbegin(); it != factScores.cend(); ++it) {
        m_facts.append(it.value());
        m_facts.last().label = it.key();
    }
    std::sort(m_misses.begin(), m_misses.end(), [](const Miss &a, const Miss &b) {
        return std::tie(a.document, a.start, a.spurious) < std::tie(b.document, b.start, b.spurious);
    });
}

QString Evaluation::table() const
{
    auto row = [](const LabelScore &s) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
            .arg(s.label, -12)
            .arg(s.gold, 6)
            .arg(s.predicted, 6)
            .arg(s.correct, 6)
            .arg(s.precision(), 9, 'f', 3)
            .arg(s.recall(), 9, 'f', 3)
            .arg(s.f1(), 9, 'f', 3);
    };
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(tr("label"), -12)
                       .arg(tr("gold"), 6)
                       .arg(tr("found"), 6)
                       .arg(tr("right"), 6)
                       .arg(tr("precision"), 9)
                       .arg(tr("recall"), 9)
                       .arg(tr("F1"), 9);
    for (const LabelScore &score : m_perLabel)
        text += row(score);
    text += row(m_micro);
    text += QLatin1Char('\n') + row(m_quotes);
    text += tr("Quote attribution: %1 of %2 quotes with a named speaker (%3)\n")
                .arg(m_correctlyAttributed)
                .arg(m_attributed)
                .arg(QString::number(attributionAccuracy(), 'f', 3));
    if (!m_facts.isEmpty()) {
        text += QLatin1Char('\n') + tr("Facts (NAME.facts.json):") + QLatin1Char('\n');
        LabelScore all{tr("all facts")};
        for (const LabelScore &score : m_facts) {
            text += row(score);
            all += score;
        }
        text += row(all);
    }
    return text;
}

} // namespace Gazette
