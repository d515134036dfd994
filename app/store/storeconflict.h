// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "document/article.h"

#include <QString>

#include <optional>

namespace Gazette {

// Why a write was refused because someone else changed the same row first (another
// annotator on a shared library, or another window): what was written to, and what it holds
// now, so the reader sees the current state instead of losing either change unseen.
struct StoreConflict
{
    enum class Kind { Annotation, Fact, ReviewStatus };
    Kind kind = Kind::Annotation;
    qint64 id = 0;                   // the annotation's, fact's or article's id
    std::optional<Annotation> annotation; // the current row; none when it was removed
    std::optional<Fact> fact;
    std::optional<ReviewStatus> reviewStatus;
    QString message;                 // for the reader: who changed what, and what it is now
};

} // namespace Gazette
