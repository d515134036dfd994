// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/tokenizer.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Gazette {

// How the words next to a quote name its speaker.
enum class SpeakerKind {
    None,     // nothing next to the quote: the sentence sieves of QuoteAttributionStage try
    Named,    // "Tsai said", "said race director Marta Ferrando Lis": a capitalised name
    Pronoun,  // "he said": the closest earlier person (of that gender when known)
    Nominal,  // "the company said", "the Portuguese manager said": the closest earlier entity
};

// A quotation: the words inside the marks (the marks left out, punctuation inside kept) and,
// when the words beside it name one, who said it and with which verb.
struct QuoteMatch
{
    int start = 0;
    int end = 0;
    int speakerStart = -1; // -1: no speaker next to the quote
    int speakerEnd = -1;
    SpeakerKind speakerKind = SpeakerKind::None;
    bool pronoun = false;   // speakerKind == Pronoun, kept for the speaker stage
    bool closed = true;     // false: the quote runs on into the next paragraph (UK style)
    bool needsSpeaker = false; // short and unattributed: a quote only if a sentence sieve names a speaker
    // A headline fragment a few words after its "Says" ("Mayor Says Plan 'Works'"): a quote, but no
    // cue for the name tagger, which was trained on the fragments right after the verb only.
    bool taggerCue = true;
    QString cue;            // "said", "according to", ...
    QString ruleId;
    double confidence = 0.0;
    friend bool operator==(const QuoteMatch &, const QuoteMatch &) = default;
};

// Direct quotes in curly or straight marks, double or single, a span per paragraph. The sieves
// that read only the words beside a quote, most precise first:
//   quote.cue-after        "...," Tsai said. / "...," said Zhong, ... / "...," the company said.
//   quote.according-to     "...," according to X.
//   quote.cue-before       Tsai said: "..." / X told Sky News: "..."
//   quote.continued        "A," Tsai said. "B." takes the speaker of A (same paragraph)
//   quote.paragraph-continued  a paragraph that opens with a mark after one that never closed
// Traps that are no quotes: titles of works and nicknames ("Salt Season", "the Blackies": words
// in title case), left out; short quotes with no speaker beside them (scare quotes, "alarm")
// are kept with needsSpeaker set, for the sentence sieves to decide.
QList<QuoteMatch> findQuotes(QStringView text);

// The clause that leads up to an opening mark at open: from the sentence start (or the last
// quotation mark) to the mark; for a quote that opens its paragraph after a colon, the sentence
// that ends with the colon ("Dvořák said:").
TextRange clauseBefore(QStringView text, int open);

// "Salt Season", "The River Does Not Sleep", "the Yellow Canaries": a title or a nickname.
bool looksLikeTitle(QStringView words);

} // namespace Gazette
