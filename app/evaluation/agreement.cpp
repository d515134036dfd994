// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement.h"

#include "document/layers.h"
#include "document/wordboundary.h"

#include <QSet>

#include <algorithm>

namespace Gazette::Agreement {

namespace {

const QString Outside = QStringLiteral("O");

// The label of each token for one annotator's spans: the span that covers the token's start.
QList<QString> tokenLabels(const QList<std::pair<int, int>> &tokenBounds, const QList<Span> &spans)
{
    QList<QString> labels(tokenBounds.size(), Outside);
    for (const Span &span : spans) {
        for (qsizetype i = 0; i < tokenBounds.size(); ++i) {
            if (tokenBounds[i].first >= span.start && tokenBounds[i].first < span.end)
                labels[i] = span.label;
        }
    }
    return labels;
}

QList<QString> binary(const QList<QString> &labels, const QString &label)
{
    QList<QString> result;
    result.reserve(labels.size());
    for (const QString &value : labels)
        result.append(value == label ? label : Outside);
    return result;
}

Scores spanScores(const QList<Span> &first, const QList<Span> &second, const QString &label = {})
{
    Scores scores;
    auto keep = [&label](const Span &span) { return label.isEmpty() || span.label == label; };
    QList<Span> unmatched;
    for (const Span &span : second) {
        if (keep(span)) {
            unmatched.append(span);
            ++scores.spansB;
        }
    }
    for (const Span &span : first) {
        if (!keep(span))
            continue;
        ++scores.spansA;
        const auto it = std::find(unmatched.begin(), unmatched.end(), span);
        if (it != unmatched.end()) {
            unmatched.erase(it);
            ++scores.matches;
        }
    }
    const int total = scores.spansA + scores.spansB;
    scores.f1 = total == 0 ? 1.0 : 2.0 * scores.matches / total;
    return scores;
}

} // namespace

QList<std::pair<int, int>> tokens(const QString &text)
{
    QList<std::pair<int, int>> result;
    int i = 0;
    const int size = int(text.size());
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        int end = i + 1;
        if (c.isHighSurrogate() && end < size)
            ++end;
        if (WordBoundary::isWordCharacter(c) && !WordBoundary::isUnspacedScript(c)) {
            while (end < size && WordBoundary::isWordCharacter(text.at(end)) && !WordBoundary::isUnspacedScript(text.at(end)))
                ++end;
        }
        result.append({i, end});
        i = end;
    }
    return result;
}

double cohensKappa(const QList<QString> &first, const QList<QString> &second)
{
    const qsizetype n = std::min(first.size(), second.size());
    if (n == 0)
        return 1.0;
    QHash<QString, double> countsFirst, countsSecond;
    double agreed = 0;
    for (qsizetype i = 0; i < n; ++i) {
        countsFirst[first[i]] += 1;
        countsSecond[second[i]] += 1;
        if (first[i] == second[i])
            agreed += 1;
    }
    const double observed = agreed / double(n);
    double expected = 0;
    for (auto it = countsFirst.cbegin(); it != countsFirst.cend(); ++it)
        expected += (it.value() / double(n)) * (countsSecond.value(it.key()) / double(n));
    if (expected >= 1.0)
        return observed >= 1.0 ? 1.0 : 0.0; // one category only: agreement is all there is
    return (observed - expected) / (1.0 - expected);
}

double krippendorffsAlpha(const QList<QStringList> &units)
{
    // The coincidence matrix: every ordered pair of values within a unit, weighted 1/(m-1).
    QHash<QString, QHash<QString, double>> coincidences;
    for (const QStringList &values : units) {
        const qsizetype m = values.size();
        if (m < 2)
            continue;
        for (qsizetype i = 0; i < m; ++i) {
            for (qsizetype j = 0; j < m; ++j) {
                if (i != j)
                    coincidences[values[i]][values[j]] += 1.0 / double(m - 1);
            }
        }
    }
    QHash<QString, double> marginals;
    double n = 0;
    double disagreeing = 0;
    for (auto row = coincidences.cbegin(); row != coincidences.cend(); ++row) {
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell) {
            marginals[row.key()] += cell.value();
            n += cell.value();
            if (cell.key() != row.key())
                disagreeing += cell.value();
        }
    }
    if (n <= 1)
        return 1.0;
    double expectedDisagreeing = 0;
    for (auto c = marginals.cbegin(); c != marginals.cend(); ++c) {
        for (auto k = marginals.cbegin(); k != marginals.cend(); ++k) {
            if (c.key() != k.key())
                expectedDisagreeing += c.value() * k.value();
        }
    }
    if (expectedDisagreeing <= 0)
        return disagreeing <= 0 ? 1.0 : 0.0;
    return 1.0 - (n - 1.0) * disagreeing / expectedDisagreeing;
}

Report compute(const QList<Document> &documents)
{
    Report report;
    QSet<QString> annotatorSet;
    QSet<QString> labelSet;
    for (const Document &document : documents) {
        for (auto it = document.spans.cbegin(); it != document.spans.cend(); ++it) {
            annotatorSet.insert(it.key());
            for (const Span &span : it.value())
                labelSet.insert(span.label);
        }
    }
    report.annotators = QStringList(annotatorSet.begin(), annotatorSet.end());
    report.annotators.sort();
    QStringList labels(labelSet.begin(), labelSet.end());
    labels.sort();

    // Token labels per document and annotator, for those who annotated the document.
    QList<QList<std::pair<int, int>>> bounds;
    QList<QHash<QString, QList<QString>>> labelled;
    for (const Document &document : documents) {
        bounds.append(tokens(document.text));
        report.tokens += int(bounds.constLast().size());
        QHash<QString, QList<QString>> perAnnotator;
        for (auto it = document.spans.cbegin(); it != document.spans.cend(); ++it)
            perAnnotator.insert(it.key(), tokenLabels(bounds.constLast(), it.value()));
        labelled.append(perAnnotator);
    }

    for (qsizetype a = 0; a < report.annotators.size(); ++a) {
        for (qsizetype b = a + 1; b < report.annotators.size(); ++b) {
            Pair pair;
            pair.first = report.annotators[a];
            pair.second = report.annotators[b];
            QList<QString> first, second;
            QList<Span> spansFirst, spansSecond;
            for (qsizetype d = 0; d < documents.size(); ++d) {
                if (!labelled[d].contains(pair.first) || !labelled[d].contains(pair.second))
                    continue;
                first += labelled[d].value(pair.first);
                second += labelled[d].value(pair.second);
                // Spans of different articles must never match: offsets are shifted apart.
                const int shift = int(d) << 24;
                for (const Span &span : documents[d].spans.value(pair.first))
                    spansFirst.append({span.start + shift, span.end + shift, span.label});
                for (const Span &span : documents[d].spans.value(pair.second))
                    spansSecond.append({span.start + shift, span.end + shift, span.label});
            }
            pair.tokens = int(first.size());
            pair.overall = spanScores(spansFirst, spansSecond);
            pair.overall.kappa = cohensKappa(first, second);
            for (const QString &label : labels) {
                Scores scores = spanScores(spansFirst, spansSecond, label);
                scores.kappa = cohensKappa(binary(first, label), binary(second, label));
                pair.byLabel.insert(label, scores);
            }
            report.pairs.append(pair);
        }
    }

    // Alpha: one unit per token, with the values of the annotators of its document.
    auto alphaFor = [&](const QString &label) {
        QList<QStringList> units;
        for (qsizetype d = 0; d < documents.size(); ++d) {
            for (qsizetype t = 0; t < bounds[d].size(); ++t) {
                QStringList values;
                for (const QString &annotator : std::as_const(report.annotators)) {
                    const auto it = labelled[d].constFind(annotator);
                    if (it == labelled[d].cend())
                        continue;
                    const QString &value = it->at(t);
                    values.append(label.isEmpty() || value == label ? value : Outside);
                }
                units.append(values);
            }
        }
        return krippendorffsAlpha(units);
    };
    report.alpha = alphaFor({});
    for (const QString &label : labels)
        report.alphaByLabel.insert(label, alphaFor(label));
    return report;
}

Document document(const QString &text, const QList<Annotation> &annotations, const QStringList &only)
{
    Document document;
    document.text = text;
    for (const Annotation &a : annotations) {
        if (Layers::isAnnotators(a) && (only.isEmpty() || only.contains(a.author)))
            document.spans[a.author].append({a.start, a.end, a.label});
    }
    return document;
}

} // namespace Gazette::Agreement
