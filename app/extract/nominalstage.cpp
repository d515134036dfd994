// SPDX-License-Identifier: GPL-3.0-or-later
#include "nominalstage.h"

#include "extract/gazetteer.h"
#include "extract/stagehelpers.h"

namespace Gazette {

namespace {

using RE = QRegularExpression;
using BasedIn = QHash<QString, QSet<qint64>>;

// The organisations based in each place: "Oslo-based Halvorsen Robotics" in the article, or the
// head office the gazetteer knows.
BasedIn organisationsByPlace(const ExtractionContext &context)
{
    BasedIn basedIn;
    static const RE basedBefore(QStringLiteral("(?<![\\p{L}\\p{N}'’-])(?<place>%1(?:\\s+%1)?)-(?:based|headquartered)\\s+$").arg(nameWordPattern()));
    for (const Annotation &a : context.spans.list()) {
        if (a.label != QLatin1String("ORG") || !a.entityId)
            continue;
        const int from = std::max(0, a.start - 60);
        const auto m = basedBefore.matchView(QStringView(context.text).mid(from, a.start - from));
        if (m.hasMatch())
            basedIn[m.captured(QStringLiteral("place"))].insert(a.entityId);
    }
    const Gazetteer &gazetteer = context.gazetteer;
    for (const Entity &entity : std::as_const(context.entities)) {
        const int entry = entity.label == QLatin1String("ORG") ? gazetteer.lookup(entity.name) : -1;
        if (entry >= 0 && !gazetteer.entry(entry).place.isEmpty())
            basedIn[gazetteer.entry(entry).place].insert(entity.id);
    }
    return basedIn;
}

} // namespace

void NominalStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    const BasedIn basedIn = organisationsByPlace(context);
    static const RE nominal(QStringLiteral("(?<![\\p{L}\\p{N}])[Tt]he\\s+(?<place>%1(?:\\s+%1)?)-based\\s+(?:company|firm|group|giant|maker|carmaker|"
                                           "chipmaker|start-up|startup|retailer|bank|lender|developer|manufacturer|conglomerate)$").arg(nameWordPattern()));
    static const RE nounAfter(QStringLiteral("^-based\\s+(?:company|firm|group|giant|maker|carmaker|chipmaker|start-up|startup|retailer|bank|lender|"
                                             "developer|manufacturer|conglomerate)\\b"));
    for (qsizetype at = text.indexOf(u"-based"); at >= 0 && !basedIn.isEmpty(); at = text.indexOf(u"-based", at + 6)) {
        const auto noun = nounAfter.matchView(QStringView(text).mid(at, std::min<qsizetype>(40, text.size() - at)));
        if (!noun.hasMatch())
            continue;
        const int end = int(at + noun.capturedLength());
        const int from = std::max(0, int(at) - 60);
        const auto m = nominal.matchView(QStringView(text).mid(from, end - from));
        if (!m.hasMatch())
            continue;
        const QSet<qint64> candidates = basedIn.value(m.captured(QStringLiteral("place")));
        if (candidates.size() == 1) { // unambiguous only
            Entity &entity = context.entity(*candidates.cbegin());
            const QString phrase = m.captured().simplified();
            if (!entity.aliases.contains(phrase))
                entity.aliases.append(phrase);
        }
    }
}

} // namespace Gazette
