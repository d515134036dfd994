// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysession.h"

#include "extract/extractor.h"

#include <QSet>

namespace Gazette {

LibrarySession::LibrarySession(const QString &author, QObject *parent)
    : QObject(parent)
    , m_edits(&m_store, author)
{
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
    // Commands recorded against another library would act on the wrong rows.
    m_undoStack.clear();
    m_errorString.clear();
    Q_EMIT opened();
    return true;
}

ArticleIntake LibrarySession::intake(ArticleIntake::ChangedCopy whenChanged)
{
    ArticleIntake intake(&m_store);
    intake.setChangedCopy(whenChanged);
    if (m_extractOnAdd) {
        intake.setExtract([this](const Article &article) { return Extractor::extract(article, m_store.lexicon()); });
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
    const auto article = m_store.article(articleId);
    if (!article)
        return std::nullopt;
    AnnotatedArticle value;
    value.article = *article;
    value.annotations = m_store.annotations(articleId);
    value.facts = m_store.facts(articleId);
    QSet<qint64> entityIds;
    for (const Annotation &a : std::as_const(value.annotations))
        entityIds.insert(a.entityId);
    for (const Fact &f : std::as_const(value.facts)) {
        entityIds.insert(f.subjectEntityId);
        entityIds.insert(f.objectEntityId);
    }
    for (const Entity &e : m_store.entitiesOfArticle(articleId)) {
        entityIds.remove(e.id);
        value.entities.append(e);
    }
    for (qint64 id : std::as_const(entityIds)) {
        if (id <= 0)
            continue;
        if (auto e = m_store.entity(id))
            value.entities.append(*e);
    }
    return value;
}

} // namespace Gazette
