// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "extract/extractor.h"

#include <QMetaObject>

namespace Gazette {

ImportJob::ImportJob(const QStringList &inputs, QObject *parent)
    : QObject(parent)
    , m_inputs(SourceReader::expand(inputs))
{
}

ImportJob::~ImportJob()
{
    m_cancelled = true;
    m_thread.quit();
    m_thread.wait();
}

void ImportJob::start()
{
    // A plain worker object lives in the thread; results come back through queued calls.
    auto *worker = new QObject;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(worker, [this] { run(); }, Qt::QueuedConnection);
}

void ImportJob::run()
{
    // Runs in the worker thread.
    SourceReader reader;
    reader.setTimeout(m_timeout);
    const int count = int(m_inputs.size());
    for (int i = 0; i < count && !m_cancelled; ++i) {
        const QString input = m_inputs.at(i);
        QMetaObject::invokeMethod(this, [this, i, count, input] { Q_EMIT progress(i, count, input); }, Qt::QueuedConnection);
        SourceReader::Outcome outcome = reader.read(input);
        QList<AnnotatedArticle> bundles;
        for (const Article &article : std::as_const(outcome.articles)) {
            if (m_cancelled)
                break;
            if (m_extract) {
                bundles.append(*Extractor::extract(article, m_lexicon));
            } else {
                AnnotatedArticle bundle;
                bundle.article = article;
                bundles.append(bundle);
            }
        }
        if (m_cancelled)
            break;
        // Checked again on arrival: after Cancel, nothing more reaches the library.
        QMetaObject::invokeMethod(this, [this, input, outcome = std::move(outcome), bundles = std::move(bundles)] {
            if (!m_cancelled)
                Q_EMIT sourceRead(input, outcome, bundles);
        }, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(this, [this, count] {
        Q_EMIT progress(count, count, QString());
        Q_EMIT finished(m_cancelled);
    }, Qt::QueuedConnection);
}

} // namespace Gazette
