// SPDX-License-Identifier: GPL-3.0-or-later
#include "layers.h"

#include <QSet>

#include <algorithm>

namespace Gazette::Layers {

namespace {

using SpanKey = QString;

// Two annotators' spans are the same when start, end and label are.
SpanKey keyOf(const Annotation &a)
{
    return QStringLiteral("%1:%2:%3").arg(a.start).arg(a.end).arg(a.label);
}

QList<SpanKey> keysOf(const QList<Annotation> &annotations)
{
    QList<SpanKey> keys;
    for (const Annotation &a : annotations)
        keys.append(keyOf(a));
    std::sort(keys.begin(), keys.end());
    return keys;
}

bool overlaps(const Annotation &a, int start, int end)
{
    return a.start < end && start < a.end;
}

} // namespace

QString finalAuthor()
{
    // Parentheses: no PostgreSQL role and no name from the settings is spelt like this by chance.
    return QStringLiteral("(final)");
}

bool isFinal(const Annotation &annotation)
{
    return annotation.author == finalAuthor();
}

bool isAnnotators(const Annotation &annotation)
{
    return !annotation.author.isEmpty() && !isFinal(annotation) && annotation.status != AnnotationStatus::Rejected;
}

QStringList annotators(const QList<Annotation> &annotations)
{
    QSet<QString> names;
    for (const Annotation &a : annotations) {
        if (isAnnotators(a))
            names.insert(a.author);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QList<Annotation> filter(const QList<Annotation> &annotations, const Layer &layer)
{
    QList<Annotation> shown;
    switch (layer.kind) {
    case Layer::Kind::All:
        return annotations;
    case Layer::Kind::Annotator:
        std::copy_if(annotations.cbegin(), annotations.cend(), std::back_inserter(shown),
                     [&](const Annotation &a) { return isAnnotators(a) && a.author == layer.first; });
        return shown;
    case Layer::Kind::Final:
        std::copy_if(annotations.cbegin(), annotations.cend(), std::back_inserter(shown), isFinal);
        return shown;
    case Layer::Kind::Difference: {
        QSet<SpanKey> first;
        QSet<SpanKey> second;
        for (const Annotation &a : annotations) {
            if (isAnnotators(a) && a.author == layer.first)
                first.insert(keyOf(a));
            else if (isAnnotators(a) && a.author == layer.second)
                second.insert(keyOf(a));
        }
        for (const Annotation &a : annotations) {
            if (!isAnnotators(a))
                continue;
            if ((a.author == layer.first && !second.contains(keyOf(a))) || (a.author == layer.second && !first.contains(keyOf(a))))
                shown.append(a);
        }
        return shown;
    }
    }
    return shown;
}

bool sameSpans(const QList<Annotation> &first, const QList<Annotation> &second)
{
    return keysOf(first) == keysOf(second);
}

QList<Disagreement> disagreements(const QList<Annotation> &annotations)
{
    const QStringList names = annotators(annotations);
    QList<Annotation> spans;
    std::copy_if(annotations.cbegin(), annotations.cend(), std::back_inserter(spans), isAnnotators);
    std::sort(spans.begin(), spans.end(), [](const Annotation &a, const Annotation &b) { return a.start < b.start; });

    QList<Disagreement> found;
    for (qsizetype i = 0; i < spans.size();) {
        // A stretch: spans that overlap one another, transitively.
        Disagreement stretch;
        stretch.start = spans.at(i).start;
        stretch.end = spans.at(i).end;
        for (const QString &name : names)
            stretch.versions.insert(name, {});
        for (; i < spans.size() && spans.at(i).start < stretch.end; ++i) {
            stretch.end = std::max(stretch.end, spans.at(i).end);
            stretch.versions[spans.at(i).author].append(spans.at(i));
        }
        const QList<Annotation> firstVersion = stretch.versions.first();
        const bool allSame = std::all_of(stretch.versions.cbegin(), stretch.versions.cend(),
                                         [&](const QList<Annotation> &version) { return sameSpans(version, firstVersion); });
        if (allSame)
            continue;
        for (const Annotation &a : annotations) {
            if (isFinal(a) && overlaps(a, stretch.start, stretch.end))
                stretch.final.append(a);
        }
        found.append(stretch);
    }
    return found;
}

} // namespace Gazette::Layers
