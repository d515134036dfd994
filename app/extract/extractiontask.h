// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extractor.h"

#include <QFuture>

namespace Gazette {

// Runs the extractor on the global thread pool (QtConcurrent), off the GUI thread. Cancelling the
// future stops the extraction between its stages; a cancelled future has no result.
QFuture<AnnotatedArticle> extractInBackground(const Article &article, const QList<LexiconEntry> &lexicon);

} // namespace Gazette
