// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylinestage.h"

#include "extract/stagehelpers.h"

namespace Gazette {

void BylineStage::run(ExtractionContext &context) const
{
    // "By A", "By A and B", "By A in Oslo and B in Stockholm": where a writer filed from is no
    // part of the name.
    static const QRegularExpression byline(
        QStringLiteral("^By\\s+(?<a>%1)(?:\\s+in\\s+%2)?(?:(?:,\\s+|\\s+and\\s+)(?<b>%1)(?:\\s+in\\s+%2)?)?\\s*$")
            .arg(personNamePattern(), QStringLiteral("\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,2}")),
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
