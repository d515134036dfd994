// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakerstage.h"

#include "extract/stagehelpers.h"

namespace Gazette {

void SpeakerStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    for (const QuoteMatch &q : std::as_const(context.quotes)) {
        if (q.speakerStart < 0 || q.pronoun)
            continue;
        int start = q.speakerStart;
        const auto title = titleAtStart().matchView(QStringView(text).mid(q.speakerStart, q.speakerEnd - q.speakerStart));
        if (title.hasMatch())
            start += int(title.capturedLength());
        // "a spokesperson said" names no one.
        if (q.speakerEnd > start && text.at(start).isUpper())
            addPerson(context, start, q.speakerEnd, QStringLiteral("person.speaker"), 0.8);
    }
}

} // namespace Gazette
