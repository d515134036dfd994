// SPDX-License-Identifier: GPL-3.0-or-later
#include "titledpersonstage.h"

#include "extract/stagehelpers.h"

namespace Gazette {

namespace {

// A title-case headline puts its verb after the title: "Mayor Says Harbour Plan 'Works'" names
// nobody, the mayor says something.
bool startsWithHeadlineVerb(QStringView name)
{
    static const QSet<QString> verbs = {QStringLiteral("Says"),   QStringLiteral("Said"),   QStringLiteral("Tells"),  QStringLiteral("Told"),
                                        QStringLiteral("Warns"),  QStringLiteral("Vows"),   QStringLiteral("Urges"),  QStringLiteral("Calls"),
                                        QStringLiteral("Denies"), QStringLiteral("Admits"), QStringLiteral("Insists"), QStringLiteral("Claims"),
                                        QStringLiteral("Rejects"), QStringLiteral("Defends"), QStringLiteral("Backs"), QStringLiteral("Quits"),
                                        QStringLiteral("Resigns"), QStringLiteral("Pledges"), QStringLiteral("Promises"), QStringLiteral("Wants")};
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    return verbs.contains((space < 0 ? name : name.left(space)).toString());
}

} // namespace

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
        if (m.hasMatch() && !startsWithHeadlineVerb(m.capturedView(QStringLiteral("name"))))
            addPerson(context, t.end + int(m.capturedStart(QStringLiteral("name"))), t.end + int(m.capturedEnd(QStringLiteral("name"))),
                      QStringLiteral("person.title"), 0.85);
    }
}

} // namespace Gazette
