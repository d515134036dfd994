// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/article.h"

#include <QDateTime>
#include <QString>

namespace Gazette {

// A row of the library list: an article with its counts.
struct ArticleSummary
{
    qint64 id = 0;
    QString headline;
    QString source;
    QDateTime published;
    ReviewStatus reviewStatus = ReviewStatus::New;
    int entityCount = 0;        // distinct entities linked from its non-rejected annotations
    int annotationCount = 0;    // non-rejected annotations
    int pendingCount = 0;       // suggestions not yet reviewed
    int factCount = 0;          // non-rejected facts
    QDateTime modified;
    friend bool operator==(const ArticleSummary &, const ArticleSummary &) = default;
};

} // namespace Gazette
