// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gazette {

// Finds a span again in a changed text by its quote and the text around it, the way
// Hypothesis anchors annotations: an exact match of the quote first (several matches are told
// apart by prefix, suffix and closeness to the old position), then an approximate match with
// at most a quarter of the quote's characters changed. A span that cannot be placed with
// confidence is reported as not found: the caller keeps it and marks it orphaned, never
// moving it somewhere doubtful.
struct AnchorResult
{
    bool found = false;
    bool exact = false;
    int start = 0;
    int end = 0;
    double score = 0.0; // 0..1, how well quote and context agree
};

struct AnchorQuery
{
    QString quote;
    QString prefix;
    QString suffix;
    int oldStart = 0;        // position in the old text
    int oldTextLength = 0;   // to scale the old position to the new text
};

AnchorResult anchor(const QString &text, const AnchorQuery &query);

// Dice coefficient of character bigrams: 1 for equal strings, 0 for nothing in common.
double bigramSimilarity(QStringView a, QStringView b);

} // namespace Gazette
