// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatedarticle.h"
#include "store/annotationstore.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Gazette {

// The one path every new article takes into a library, whatever its source (file, folder,
// paste, web address, feed item, CLI import): find an existing copy, then add, update with
// re-anchoring, or skip; with suggestions when extraction is on. How the extractor runs is the
// caller's (the CLI runs it in place, the window on the thread pool with a Cancel button).
class ArticleIntake
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::ArticleIntake)

public:
    // What to do when the library holds an earlier version of the article (same address or
    // content, other text).
    enum class ChangedCopy {
        Skip,    // keep the library's version
        Update,  // replace the text; annotations and evidence are re-anchored
        AddNew,  // keep both
        Report,  // do nothing and say so (Outcome::Changed): the caller asks the reader
    };

    enum class Outcome { Added, Updated, Known, Changed, Failed };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        qint64 articleId = 0;           // the new, updated or existing article
        ReanchorReport reanchored;      // for Updated
        bool extractionCancelled = false;
        QString error;                  // for Failed
    };

    // Runs the extractor on an article; nothing when it was cancelled (the article is then
    // added without suggestions).
    using Extract = std::function<std::optional<AnnotatedArticle>(const Article &)>;

    explicit ArticleIntake(AnnotationStore *store);

    // Extraction on (with the given way of running it) or off.
    void setExtract(Extract extract) { m_extract = std::move(extract); }
    void setChangedCopy(ChangedCopy policy) { m_changedCopy = policy; }

    // Takes a bare article: extracts it (when on) only once it is known to be new.
    Result take(const Article &article);
    // Takes an article already extracted elsewhere (an import job's worker thread).
    Result take(AnnotatedArticle prepared);

    // An existing copy of the article: its id, and whether its text is the same.
    struct Copy
    {
        qint64 id = 0;
        bool sameText = true;
    };
    std::optional<Copy> findCopy(const Article &article) const;

    // The running tally of everything taken, for the summaries the window and the CLI print.
    struct Tally
    {
        int added = 0;
        int updated = 0;
        int known = 0;
        int failed = 0;
        qint64 first = 0; // the first article added or found
    };
    const Tally &tally() const { return m_tally; }
    // "Imported 3 article(s); ..." with the sources that could not be read counted as failed.
    QString summary(int unreadSources = 0) const;

private:
    std::optional<Result> settleCopy(const Article &article);
    Result add(AnnotatedArticle value, bool extractionCancelled);
    Result record(Result result);

    AnnotationStore *m_store;
    Extract m_extract;
    ChangedCopy m_changedCopy = ChangedCopy::Skip;
    Tally m_tally;
};

} // namespace Gazette
