// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractiontask.h"

#include <QPromise>
#include <QtConcurrent>

namespace Gazette {

QFuture<Extractor::Result> extractInBackground(const Article &article, const QList<LexiconEntry> &lexicon)
{
    return QtConcurrent::run([article, lexicon](QPromise<Extractor::Result> &promise) {
        Extractor::Result result = Extractor::extract(article, lexicon, [&promise] { return promise.isCanceled(); });
        if (!result.cancelled && !promise.isCanceled())
            promise.addResult(std::move(result));
    });
}

} // namespace Gazette
