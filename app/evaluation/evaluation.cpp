// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation.h"

#include "formats/dataformat.h"
#include "schema/labelset.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Gazette {

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
        gold.append({name.chopped(4), *document});
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

} // namespace

void Evaluation::run(const QList<GoldDocument> &gold, const QStringList &labels)
{
    QMap<QString, LabelScore> scores;
    const QString quote = LabelSet::quoteLabel();
    m_quotes = {quote};
    m_misses.clear();
    m_attributed = m_correctlyAttributed = 0;
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
        AnnotatedArticle predicted = *Extractor::extract(g.document.article);
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
                m_misses.append({g.name, true, a.label, a.quote, a.start});
        }
        for (const Annotation &a : g.document.annotations) {
            if (a.label != quote && counted(a.label) && !found.contains(key(a.start, a.end, a.label)))
                m_misses.append({g.name, false, a.label, a.quote, a.start});
        }
        // Quote attribution: the quote found with the same words, said by the same person.
        for (const Fact &said : g.document.facts) {
            if (said.kind != QLatin1String("quote") || said.evidence.size() < 2)
                continue;
            ++m_attributed;
            const Evidence &goldQuote = said.evidence.at(0);
            for (const Fact &f : predicted.facts) {
                if (f.kind != QLatin1String("quote") || f.evidence.isEmpty() || f.evidence.first().start != goldQuote.start
                    || f.evidence.first().end != goldQuote.end)
                    continue;
                QSet<QString> speaker = nameWords(f.subjectText);
                if (const Entity *entity = predicted.entity(f.subjectEntityId))
                    speaker.unite(nameWords(entity->name));
                if (speaker.intersects(nameWords(said.subjectText)))
                    ++m_correctlyAttributed;
                break;
            }
        }
    }
    m_perLabel = scores.values();
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        m_perLabel[int(std::distance(scores.cbegin(), it))].label = it.key();
    m_micro = {tr("micro")};
    for (const LabelScore &score : std::as_const(m_perLabel))
        m_micro += score;
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
    return text;
}

} // namespace Gazette
