// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcereader.h"
#include "store/annotationstore.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace Gazette {

// Reads many sources (files, folders, feeds, web addresses) in a worker thread, so the window
// stays responsive. Each source's articles are handed to the caller's thread as soon as they
// are read; the caller stores them (the library is single-threaded). cancel() stops after the
// source being read and drops results not yet handed over: what was handed over stays, so the
// library is always consistent.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(const QStringList &inputs, QObject *parent = nullptr);
    ~ImportJob() override;

    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // Runs the extractor on every article in the worker thread, with this lexicon.
    void setExtraction(bool enabled, const QList<LexiconEntry> &lexicon = {})
    {
        m_extract = enabled;
        m_lexicon = lexicon;
    }
    void start();
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    int total() const { return int(m_inputs.size()); }

Q_SIGNALS:
    // All in the thread that made the job.
    void progress(int done, int total, const QString &current);
    // bundles: the outcome's articles, with suggestions when extraction is on.
    void sourceRead(const QString &input, const Gazette::SourceReader::Outcome &outcome, const QList<Gazette::AnnotatedArticle> &bundles);
    void finished(bool cancelled);

private:
    void run();

    QStringList m_inputs;
    int m_timeout = 20000;
    bool m_extract = false;
    QList<LexiconEntry> m_lexicon;
    std::atomic<bool> m_cancelled = false;
    QThread m_thread;
};

} // namespace Gazette
