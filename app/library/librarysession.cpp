// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysession.h"

#include "extract/extractor.h"

#include <QSet>

namespace Gazette {

LibrarySession::LibrarySession(const QString &author, QObject *parent)
    : QObject(parent)
    , m_edits(&m_store, author)
    , m_learned(&m_store)
{
    connect(&m_store, &AnnotationStore::changed, this, [this](const StoreChange &change) { m_learned.invalidate(change); });
}

LibrarySession::~LibrarySession() = default;

bool LibrarySession::open(const QString &path)
{
    const QString previous = m_store.path();
    if (!m_store.open(path)) {
        m_errorString = m_store.errorString();
        // Stay with the library that was open.
        if (!previous.isEmpty() && previous != path)
            m_store.open(previous);
        return false;
    }
    // On a file the store writes the history, assignments and presence under the settings' name;
    // on a server under the connected role, whatever the name.
    m_store.setAuthor(m_edits.author());
    // Commands recorded against another library would act on the wrong rows.
    m_undoStack.clear();
    m_learned.reset();
    m_errorString.clear();
    Q_EMIT opened();
    return true;
}

ArticleIntake LibrarySession::intake(ArticleIntake::ChangedCopy whenChanged)
{
    ArticleIntake intake(&m_store);
    intake.setChangedCopy(whenChanged);
    if (m_extractOnAdd) {
        intake.setExtract([this](const Article &article) {
            const std::shared_ptr<const SequenceTagger> model = tagger();
            // Straight into the library: the store gives each span its words as it writes it.
            return Extractor::extract(article, m_store.lexicon(), {}, model.get(), Extractor::Words::LeaveToStore);
        });
    }
    return intake;
}

bool LibrarySession::push(Edits::Command command)
{
    if (!command) {
        m_errorString = m_edits.errorString();
        return false;
    }
    const QString text = command->text();
    // The command writes when it is pushed; a write the store refused (another annotator's
    // newer change, a lost connection) must not be reported as saved.
    QString refused;
    const auto watch = connect(&m_store, &AnnotationStore::errorOccurred, this, [&refused](const QString &message) { refused = message; });
    m_undoStack.push(command.release());
    disconnect(watch);
    if (!refused.isEmpty()) {
        m_errorString = tr("Not saved: %1").arg(refused);
        return false;
    }
    Q_EMIT pushed(text);
    return true;
}

std::optional<AnnotatedArticle> LibrarySession::annotatedArticle(qint64 articleId) const
{
    return m_store.annotatedArticle(articleId);
}

} // namespace Gazette
