// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/tokenizer.h"

#include <QList>
#include <QString>

#include <vector>

namespace Gazette {

// Where the text is written in capitals (headlines, datelines), and where every word is
// capitalised (title-case headlines): capitals there say nothing about names.
class TextLayout
{
public:
    TextLayout(const QString &text, const QList<TextRange> &sentences);

    // Sorted by start, never overlapping.
    const std::vector<TextRange> &capitals() const { return m_capitals; }
    bool inCapitals(int position) const { return inside(m_capitals, position); }
    bool inTitleCase(int position) const { return inside(m_titleCase, position); }
    bool isSentenceStart(int position) const { return m_sentenceStart[size_t(position)]; }

private:
    static bool inside(const std::vector<TextRange> &ranges, int position);
    void findHeadlines(const QString &text);

    std::vector<TextRange> m_capitals;
    std::vector<TextRange> m_titleCase;
    std::vector<bool> m_sentenceStart;
};

} // namespace Gazette
