// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Gazette {

// A quotation: the words inside the marks (the marks left out, punctuation inside kept) and,
// when the text names one, who said it and with which verb.
struct QuoteMatch
{
    int start = 0;
    int end = 0;
    int speakerStart = -1; // -1: no speaker named
    int speakerEnd = -1;
    bool pronoun = false;  // "he said": the speaker is the closest earlier mention of a person
    QString cue;           // "said", "according to", ...
    QString ruleId;
    double confidence = 0.0;
    friend bool operator==(const QuoteMatch &, const QuoteMatch &) = default;
};

// Direct quotes in curly or straight marks, a span per paragraph, split quotes ("A," Tsai said.
// "B.") attributed to the same speaker, scare quotes (a few words with no speaker) left out.
QList<QuoteMatch> findQuotes(QStringView text);

} // namespace Gazette
