// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakerstage.h"

#include "extract/stagehelpers.h"

namespace Gazette {

void SpeakerStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    // "race director Marta Ferrando Lis", "vivo senior vice president Huang Tao": the name after
    // lower-case words that describe the speaker (two words at least: "the bank's Monetary ..."
    // ends in words that name organisations, which the name-suffix stage took before).
    static const QRegularExpression nameAfterDescription(QStringLiteral("^(?:[\\p{Ll}][\\p{L}’'-]*\\s+)+(?<name>%1)$").arg(personNamePattern()));
    for (const QuoteMatch &q : std::as_const(context.quotes)) {
        // (A headline's "Napoli Coach Pimentel: '...'" runs a club, a title and a name together:
        // no person is proposed from it.)
        if (q.speakerStart < 0 || q.speakerKind != SpeakerKind::Named || q.ruleId == QLatin1String("quote.headline-colon"))
            continue;
        const QStringView phrase = QStringView(text).mid(q.speakerStart, q.speakerEnd - q.speakerStart);
        int start = q.speakerStart;
        const auto title = titleAtStart().matchView(phrase);
        if (title.hasMatch())
            start += int(title.capturedLength());
        if (q.speakerEnd > start && text.at(start).isUpper()) {
            addPerson(context, start, q.speakerEnd, QStringLiteral("person.speaker"), 0.8);
            continue;
        }
        // "a spokesperson said" names no one.
        const auto described = nameAfterDescription.matchView(QStringView(text).mid(start, q.speakerEnd - start));
        if (described.hasMatch() && described.captured(QStringLiteral("name")).contains(QLatin1Char(' ')))
            addPerson(context, start + int(described.capturedStart(QStringLiteral("name"))), q.speakerEnd, QStringLiteral("person.speaker"), 0.75);
    }
}

} // namespace Gazette
