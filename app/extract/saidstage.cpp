// SPDX-License-Identifier: GPL-3.0-or-later
#include "saidstage.h"

#include "extract/gazetteer.h"
#include "extract/stagehelpers.h"

namespace Gazette {

void SaidStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    static const QRegularExpression sayingVerb(QStringLiteral("\\s+(?:said|says|told|added|estimated|warned|wrote|argued|noted|explained)\\b"));
    static const QRegularExpression nameAtEnd(QStringLiteral("(?<![\\p{L}\\p{N}'’-])(?<name>%1)$").arg(personNamePattern()));
    static const QSet<QString> notSpeakers = {QStringLiteral("The"), QStringLiteral("It"), QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("They"),
                                              QStringLiteral("We"), QStringLiteral("I"), QStringLiteral("This"), QStringLiteral("That"), QStringLiteral("Officials"),
                                              QStringLiteral("Analysts"), QStringLiteral("Police"), QStringLiteral("Traders")};
    for (auto it = sayingVerb.globalMatch(text); it.hasNext();) {
        const auto verb = it.next();
        const int at = int(verb.capturedStart());
        const int from = std::max(0, at - 80);
        const auto m = nameAtEnd.matchView(QStringView(text).mid(from, at - from));
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(QStringLiteral("name"));
        const int start = from + int(m.capturedStart(QStringLiteral("name")));
        // "Analysts at Bernstein said": the name is the last run of capitalised words.
        const QStringList words = name.split(QLatin1Char(' '));
        if (notSpeakers.contains(words.first()) || context.layout.inCapitals(start))
            continue;
        // "Opponents said", "Colleagues describe": a plural at a sentence start is no name.
        if (context.layout.isSentenceStart(start) && words.size() == 1 && (context.gazetteer.lookup(name) >= 0 || name.endsWith(QLatin1Char('s'))))
            continue;
        addPerson(context, start, from + int(m.capturedEnd(QStringLiteral("name"))), QStringLiteral("person.said"), 0.7);
    }
}

} // namespace Gazette
