// SPDX-License-Identifier: GPL-3.0-or-later
#include "placestage.h"

#include "extract/gazetteer.h"
#include "extract/stagehelpers.h"

namespace Gazette {

namespace {

using RE = QRegularExpression;

// The gazetteer's groups and places of one word left after the names of the article.
void addKnownPlaces(ExtractionContext &context)
{
    for (const auto &m : std::as_const(context.knownNames)) {
        const Gazetteer::Entry &entry = context.gazetteer.entry(m.value);
        if (entry.label == QLatin1String("ORG") || entry.label == QLatin1String("PRODUCT"))
            continue;
        // A group stays one before a capitalised word ("Chinese President Xi Jinping"); a place
        // there is part of a longer name ("Shanghai Composite Index").
        if (entry.label != QLatin1String("NORP") && partOfLongerName(context, m.start, m.end))
            continue;
        context.spans.add(m.start, m.end, entry.label, entry.label == QLatin1String("NORP") ? QStringLiteral("gazetteer.group") : QStringLiteral("gazetteer.place"),
                          0.8);
    }
    for (const auto &m : inCapitals(context, context.gazetteer.capitals()))
        context.spans.add(m.start, m.end, context.gazetteer.entry(m.value).label, QStringLiteral("gazetteer.capitals"), 0.75);
}

// From the suffix back to the name: the suffix is rare, capital letters are not.
void addBasedPlaces(ExtractionContext &context)
{
    const QString &text = context.text;
    static const RE basedSuffix(QStringLiteral("-(?:based|listed|headquartered|born)\\b"));
    static const RE placeBefore(QStringLiteral("(?<![\\p{L}\\p{N}'’-])(?<place>%1(?:\\s+%1)?)$").arg(nameWordPattern()));
    for (qsizetype at = text.indexOf(QLatin1Char('-')); at >= 0; at = text.indexOf(QLatin1Char('-'), at + 1)) {
        if (!basedSuffix.matchView(QStringView(text).mid(at, std::min<qsizetype>(16, text.size() - at)), 0, RE::NormalMatch,
                                   RE::AnchorAtOffsetMatchOption).hasMatch())
            continue;
        const int from = std::max(0, int(at) - 60);
        const auto m = placeBefore.matchView(QStringView(text).mid(from, at - from));
        if (m.hasMatch())
            context.spans.add(from + int(m.capturedStart(QStringLiteral("place"))), from + int(m.capturedEnd(QStringLiteral("place"))), QStringLiteral("GPE"),
                              QStringLiteral("place.based"), 0.7);
    }
}

} // namespace

void PlaceStage::run(ExtractionContext &context) const
{
    addKnownPlaces(context);
    addBasedPlaces(context);
}

} // namespace Gazette
