// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleintake.h"

#include "logging.h"

namespace Gazette {

ArticleIntake::ArticleIntake(AnnotationStore *store)
    : m_store(store)
{
}

std::optional<ArticleIntake::Copy> ArticleIntake::findCopy(const Article &article) const
{
    const auto existing = m_store->findArticle(article.contentHash(), article.uri);
    if (!existing)
        return std::nullopt;
    const auto stored = m_store->article(*existing);
    return Copy{*existing, !stored || stored->text == article.text};
}

ArticleIntake::Result ArticleIntake::take(const Article &article)
{
    if (auto settled = settleCopy(article))
        return record(*settled);
    if (!m_extract)
        return record(add(AnnotatedArticle{article, {}, {}, {}}, false));
    std::optional<AnnotatedArticle> extracted = m_extract(article);
    if (!extracted)
        return record(add(AnnotatedArticle{article, {}, {}, {}}, true));
    return record(add(std::move(*extracted), false));
}

ArticleIntake::Result ArticleIntake::take(AnnotatedArticle prepared)
{
    if (auto settled = settleCopy(prepared.article))
        return record(*settled);
    return record(add(std::move(prepared), false));
}

// Decides for an article the library already has; nothing when it is to be added.
std::optional<ArticleIntake::Result> ArticleIntake::settleCopy(const Article &article)
{
    const auto copy = findCopy(article);
    if (!copy)
        return std::nullopt;
    if (copy->sameText || m_changedCopy == ChangedCopy::Skip)
        return Result{Outcome::Known, copy->id, {}, false, {}};
    if (m_changedCopy == ChangedCopy::Report)
        return Result{Outcome::Changed, copy->id, {}, false, {}};
    if (m_changedCopy == ChangedCopy::AddNew)
        return std::nullopt;
    const auto report = m_store->updateArticle(copy->id, article);
    if (!report)
        return Result{Outcome::Failed, copy->id, {}, false, m_store->errorString()};
    return Result{Outcome::Updated, copy->id, *report, false, {}};
}

ArticleIntake::Result ArticleIntake::add(AnnotatedArticle value, bool extractionCancelled)
{
    // One transaction per article: a cancelled or failed import leaves whole articles only.
    bool alreadyStored = false;
    if (const auto id = m_store->addArticle(value, &alreadyStored))
        return Result{alreadyStored ? Outcome::Known : Outcome::Added, *id, {}, extractionCancelled, {}};
    return Result{Outcome::Failed, 0, {}, extractionCancelled, m_store->errorString()};
}

ArticleIntake::Result ArticleIntake::record(Result result)
{
    qCDebug(lcLibrary) << "intake: article" << result.articleId << "outcome" << int(result.outcome) << result.error;
    switch (result.outcome) {
    case Outcome::Added: ++m_tally.added; break;
    case Outcome::Updated: ++m_tally.updated; break;
    case Outcome::Known: ++m_tally.known; break;
    case Outcome::Changed: break;
    case Outcome::Failed: ++m_tally.failed; break;
    }
    if (!m_tally.first && result.articleId && result.outcome != Outcome::Failed)
        m_tally.first = result.articleId;
    return result;
}

QString ArticleIntake::summary(int unreadSources) const
{
    QString text = tr("Imported %1 article(s); %2 already in the library; %3 failed.")
                       .arg(m_tally.added).arg(m_tally.known).arg(m_tally.failed + unreadSources);
    if (m_tally.updated)
        text += QLatin1Char(' ') + tr("%1 updated to a newer version.").arg(m_tally.updated);
    return text;
}

} // namespace Gazette
