// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "extract/extractor.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

namespace Gazette {

ImportJob::ImportJob(const QStringList &inputs, QObject *parent)
    : QObject(parent)
    , m_inputs(SourceReader::expand(inputs))
{
}

ImportJob::ImportJob(const QList<Article> &articles, const QString &label, QObject *parent)
    : QObject(parent)
    , m_articles(articles)
    , m_label(label)
{
}

ImportJob::~ImportJob()
{
    cancel();
    m_future.waitForFinished();
}

int ImportJob::total() const
{
    return m_articles.isEmpty() ? int(m_inputs.size()) : 1;
}

void ImportJob::start()
{
    m_future = QtConcurrent::run([this, state = m_state] { run(state); });
}

void ImportJob::cancel()
{
    m_state->cancelled = true;
}

QList<AnnotatedArticle> ImportJob::prepare(const QList<Article> &articles, const State &state) const
{
    QList<AnnotatedArticle> prepared;
    const std::shared_ptr<const SequenceTagger> tagger = m_extract ? m_tagger.get() : nullptr;
    for (const Article &article : articles) {
        if (state.cancelled)
            break;
        std::optional<AnnotatedArticle> value;
        if (m_extract)
            value = Extractor::extract(article, m_lexicon, [&state] { return bool(state.cancelled); }, tagger.get());
        prepared.append(value ? std::move(*value) : AnnotatedArticle{article, {}, {}, {}});
    }
    return prepared;
}

// Runs on a pool thread; the destructor waits for it, so `this` outlives it.
void ImportJob::run(const std::shared_ptr<State> &state) const
{
    auto *self = const_cast<ImportJob *>(this);
    auto post = [self, state](auto call) {
        QMetaObject::invokeMethod(self, [state, call = std::move(call)] {
            // Checked again on arrival: after Cancel, nothing more reaches the library.
            if (!state->cancelled)
                call();
        }, Qt::QueuedConnection);
    };
    const int count = total();
    for (int i = 0; i < count && !state->cancelled; ++i) {
        const QString input = m_articles.isEmpty() ? m_inputs.at(i) : m_label;
        post([self, i, count, input] { Q_EMIT self->progress(i, count, input); });
        SourceReader::Outcome outcome;
        if (m_articles.isEmpty()) {
            SourceReader reader;
            reader.setTimeout(m_timeout);
            reader.setPrivateRedirectQuestion(m_askPrivateRedirect);
            outcome = reader.read(input);
        } else {
            outcome.articles = m_articles;
        }
        QList<AnnotatedArticle> prepared = prepare(outcome.articles, *state);
        if (state->cancelled)
            break;
        post([self, input, outcome = std::move(outcome), prepared = std::move(prepared)] {
            Q_EMIT self->sourceRead(input, outcome, prepared);
        });
    }
    QMetaObject::invokeMethod(self, [self, state, count] {
        Q_EMIT self->progress(count, count, QString());
        Q_EMIT self->finished(state->cancelled);
    }, Qt::QueuedConnection);
}

} // namespace Gazette
