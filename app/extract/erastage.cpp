// SPDX-License-Identifier: GPL-3.0-or-later
#include "erastage.h"

#include "extract/gazetteer.h"
#include "extract/stagehelpers.h"

namespace Gazette {

void EraStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    static const QRegularExpression era(QStringLiteral("(?<![\\p{L}\\p{N}])(?<name>\\p{Lu}\\p{Ll}+)$"));
    for (qsizetype at = text.indexOf(u"-era"); at >= 0; at = text.indexOf(u"-era", at + 4)) {
        if (at + 4 < text.size() && text.at(at + 4).isLetterOrNumber())
            continue;
        const int from = std::max(0, int(at) - 40);
        const auto m = era.matchView(QStringView(text).mid(from, at - from));
        // "Soviet-era": a name the gazetteer knows is no person.
        if (m.hasMatch() && context.gazetteer.lookup(m.captured(QStringLiteral("name"))) < 0)
            addPerson(context, from + int(m.capturedStart(QStringLiteral("name"))), from + int(m.capturedEnd(QStringLiteral("name"))),
                      QStringLiteral("person.era"), 0.6);
    }
}

} // namespace Gazette
