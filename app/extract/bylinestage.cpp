// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylinestage.h"

#include "extract/stagehelpers.h"

namespace Gazette {

void BylineStage::run(ExtractionContext &context) const
{
    static const QRegularExpression byline(QStringLiteral("^By\\s+(?<a>%1)(?:(?:,\\s+|\\s+and\\s+)(?<b>%1))?\\s*$").arg(personNamePattern()),
                                           QRegularExpression::MultilineOption);
    for (auto it = byline.globalMatch(context.text); it.hasNext();) {
        const auto m = it.next();
        for (const QString &group : {QStringLiteral("a"), QStringLiteral("b")}) {
            // "By Ana Ruiz, Science Correspondent": the writer's job is no second writer.
            static const QRegularExpression job(QStringLiteral("\\b(?:Correspondent|Editor|Reporter|Writer|Columnist|Contributor|Staff|"
                                                               "Desk|Bureau Chief|Analyst|Economist|Critic)$"));
            if (m.hasCaptured(group) && !job.matchView(m.capturedView(group)).hasMatch())
                context.spans.add(int(m.capturedStart(group)), int(m.capturedEnd(group)), QStringLiteral("PERSON"), QStringLiteral("person.byline"), 0.9);
        }
    }
}

} // namespace Gazette
