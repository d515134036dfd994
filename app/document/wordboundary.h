// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

namespace Gazette {

// The one rule for what belongs to a word, shared by the reading pane (snapping a selection),
// the edit commands ("label all occurrences" matches whole words) and the extractor: letters,
// digits and combining marks. Chinese, Japanese and Thai are written without spaces; there a
// word ends where Unicode's dictionary-based boundaries (QTextBoundaryFinder) put its end.
namespace WordBoundary {

bool isWordCharacter(QChar c);
// Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar: scripts written without spaces.
bool isUnspacedScript(QChar c);

// Widens [start, end) to whole words and trims spaces at its edges. In unspaced scripts the
// edges move only to the nearest dictionary boundary, so "比亚迪" selected in "比亚迪公司表示，"
// stays "比亚迪" instead of running on to the comma.
std::pair<int, int> snap(const QString &text, int start, int end);

// True when text[start, end) starts and ends on word boundaries (whole-word matching).
bool isWholeWord(const QString &text, int start, int end);

int previousWordStart(const QString &text, int offset);
int nextWordEnd(const QString &text, int offset);

} // namespace WordBoundary
} // namespace Gazette
