// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Gazette {

struct TextRange
{
    int start = 0;
    int end = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Sentences and words by Unicode's rules (QTextBoundaryFinder), in UTF-16 offsets.
namespace Tokenizer {

// Sentences, each without the white space around it; a line break always ends one (headlines,
// bylines and datelines stand on their own lines).
QList<TextRange> sentences(QStringView text);

// Words: letters and digits (with inner apostrophes, periods of abbreviations and hyphens kept by
// the Unicode rules); punctuation and spaces left out.
QList<TextRange> words(QStringView text);

} // namespace Tokenizer
} // namespace Gazette
