// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractiontask.h"

#include <QPromise>
#include <QtConcurrent>

namespace Gazette {

QFuture<AnnotatedArticle> extractInBackground(const Article &article, const QList<LexiconEntry> &lexicon)
{
    return QtConcurrent::run([article, lexicon](QPromise<AnnotatedArticle> &promise) {
        std::optional<AnnotatedArticle> result = Extractor::extract(article, lexicon, [&promise] { return promise.isCanceled(); });
        if (result && !promise.isCanceled())
            promise.addResult(std::move(*result));
    });
}

} // namespace Gazette
