// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatedarticle.h"
#include "formats/sourcereader.h"
#include "library/learnedtagger.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace Gazette {

class SequenceTagger;

// Reads many sources (files, folders, feeds, web addresses, or articles already in hand such
// as a feed's chosen items) on the thread pool, and extracts them there when asked, so the
// window stays responsive. Each source's articles are handed to the thread that made the job
// as soon as they are ready; that thread passes them to the ArticleIntake (the library is
// single-threaded). cancel() stops after the source being read and drops results not yet
// handed over: what was handed over stays, so the library is always consistent.
// Gazette's one model for background work: QtConcurrent on the global pool, results by queued
// calls, cancelling by a flag checked between steps.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    // Sources to read (expanded: folders give their files).
    explicit ImportJob(const QStringList &inputs, QObject *parent = nullptr);
    // Articles already read, to extract only; `label` names them in progress and failures.
    ImportJob(const QList<Article> &articles, const QString &label, QObject *parent = nullptr);
    ~ImportJob() override;

    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // Called on the worker thread; see UrlFetcher::setPrivateRedirectQuestion().
    void setPrivateRedirectQuestion(UrlFetcher::RedirectQuestion question) { m_askPrivateRedirect = std::move(question); }
    // Runs the extractor on every article off the GUI thread, with this lexicon and the
    // reader's learned tagger (nothing: the shipped one), waited for on the worker thread when
    // it is still being rebuilt.
    void setExtraction(bool enabled, const QList<LexiconEntry> &lexicon = {}, PendingModel tagger = {})
    {
        m_extract = enabled;
        m_lexicon = lexicon;
        m_tagger = std::move(tagger);
    }

    void start();
    void cancel();
    bool isCancelled() const { return m_state->cancelled; }
    int total() const;

Q_SIGNALS:
    // All in the thread that made the job.
    void progress(int done, int total, const QString &current);
    // articles: the outcome's articles, with suggestions when extraction is on.
    void sourceRead(const QString &input, const Gazette::SourceReader::Outcome &outcome, const QList<Gazette::AnnotatedArticle> &articles);
    void finished(bool cancelled);

private:
    struct State
    {
        std::atomic<bool> cancelled = false;
    };
    void run(const std::shared_ptr<State> &state) const;
    QList<AnnotatedArticle> prepare(const QList<Article> &articles, const State &state) const;

    QStringList m_inputs;
    QList<Article> m_articles;
    QString m_label;
    int m_timeout = 20000;
    UrlFetcher::RedirectQuestion m_askPrivateRedirect;
    bool m_extract = false;
    QList<LexiconEntry> m_lexicon;
    PendingModel m_tagger;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QFuture<void> m_future;
};

} // namespace Gazette
