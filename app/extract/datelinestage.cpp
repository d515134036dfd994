// SPDX-License-Identifier: GPL-3.0-or-later
#include "datelinestage.h"

#include "extract/extractioncontext.h"
#include "extract/gazetteer.h"

#include <QRegularExpression>

namespace Gazette {

void DatelineStage::run(ExtractionContext &context) const
{
    static const QRegularExpression dateline(
        QStringLiteral("^(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu})(?:,\\s+(?<region>\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?))?"
                       "(?:,\\s+[^()\\n]{1,30}?)?\\s*(?:\\((?<agency>[^()\\n]{2,40})\\))?\\s*[-–—]\\s"),
        QRegularExpression::MultilineOption);
    const QString place = QStringLiteral("place"), region = QStringLiteral("region"), agency = QStringLiteral("agency");
    for (auto it = dateline.globalMatch(context.text); it.hasNext();) {
        const auto m = it.next();
        context.spans.add(int(m.capturedStart(place)), int(m.capturedEnd(place)), QStringLiteral("GPE"), QStringLiteral("dateline.place"), 0.85);
        // The region only when it is a known place: "WASHINGTON, Tuesday" has none.
        if (m.hasCaptured(region) && context.gazetteer.lookup(m.captured(region)) >= 0)
            context.spans.add(int(m.capturedStart(region)), int(m.capturedEnd(region)), QStringLiteral("GPE"), QStringLiteral("dateline.region"), 0.85);
        if (m.hasCaptured(agency))
            context.spans.add(int(m.capturedStart(agency)), int(m.capturedEnd(agency)), QStringLiteral("ORG"), QStringLiteral("dateline.agency"), 0.85);
    }
}

} // namespace Gazette
