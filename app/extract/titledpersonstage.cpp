// SPDX-License-Identifier: GPL-3.0-or-later
#include "titledpersonstage.h"

#include "extract/stagehelpers.h"

namespace Gazette {

void TitledPersonStage::run(ExtractionContext &context) const
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    // The titles are found by the gazetteer's automaton, then the name after each (one pass, not
    // a long alternation tried at every position).
    static const RE nameAfterTitle(QStringLiteral("\\.?\\s+(?<name>%1)").arg(personNamePattern()));
    for (const auto &t : std::as_const(context.titleMatches)) {
        if ((t.start > 0 && text.at(t.start - 1) == QLatin1Char('-')) || context.layout.inCapitals(t.start))
            continue;
        const auto m = nameAfterTitle.matchView(QStringView(text).mid(t.end, std::min(160, int(text.size()) - t.end)), 0, RE::NormalMatch,
                                                RE::AnchorAtOffsetMatchOption);
        // ("the Official Languages Act", "the Official Controls Regulation": a law's name after a
        // word that is also a title)
        static const RE lawEnd(QStringLiteral("\\s(?:Act|Code|Ordinance|Decree|Regulation|Directive|Bill)$"));
        if (m.hasMatch() && !lawEnd.matchView(m.capturedView(QStringLiteral("name"))).hasMatch())
            addPerson(context, t.end + int(m.capturedStart(QStringLiteral("name"))), t.end + int(m.capturedEnd(QStringLiteral("name"))),
                      QStringLiteral("person.title"), 0.85);
    }
}

} // namespace Gazette
