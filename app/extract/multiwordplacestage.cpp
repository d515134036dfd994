// SPDX-License-Identifier: GPL-3.0-or-later
#include "multiwordplacestage.h"

#include "extract/gazetteer.h"
#include "extract/stagehelpers.h"

namespace Gazette {

void MultiWordPlaceStage::run(ExtractionContext &context) const
{
    for (const auto &m : std::as_const(context.knownNames)) {
        const Gazetteer::Entry &entry = context.gazetteer.entry(m.value);
        if ((entry.label == QLatin1String("GPE") || entry.label == QLatin1String("LOC"))
            && QStringView(context.text).mid(m.start, m.end - m.start).contains(QLatin1Char(' ')) && !partOfLongerName(context, m.start, m.end))
            context.spans.add(m.start, m.end, entry.label, QStringLiteral("gazetteer.place"), 0.8);
    }
}

} // namespace Gazette
