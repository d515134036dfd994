// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "document/article.h"
#include "storecommand.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Gazette {

class AnnotationStore;

// A name the reader marks in the article while adding or editing a fact, to be the fact's
// subject or object: labelled like any other span (and linked to the entity of its words and
// label, a new one when the article has none), in the same undo step as the fact.
struct NewMention
{
    int start = 0;
    int end = 0;
    QString label;
};

struct FactMentions
{
    std::optional<NewMention> subject;
    std::optional<NewMention> object;
    bool isEmpty() const { return !subject && !object; }
};

// Makes the undo command for each user action. Each returns nullptr with errorString() set
// when the action cannot be done (the annotation is gone, the span is empty, ...). Labelling,
// accepting and rejecting also teach the lexicon, so a correction is never needed twice.
class Edits
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Edits)

public:
    explicit Edits(AnnotationStore *store, const QString &author = {});

    void setAuthor(const QString &author) { m_author = author; }
    QString author() const { return m_author; }
    QString errorString() const { return m_errorString; }
    // What the last command made does, for the status bar: its undo text, or more where the
    // action has more to say (how many occurrences were labelled, and why others were not).
    QString summary() const { return m_summary; }

    using Command = std::unique_ptr<StoreCommand>;

    Command addAnnotation(qint64 articleId, int start, int end, const QString &label);
    Command removeAnnotation(qint64 annotationId);
    Command relabel(qint64 annotationId, const QString &label);
    Command resize(qint64 annotationId, int start, int end);
    Command accept(qint64 annotationId);
    Command reject(qint64 annotationId);
    Command acceptAllOfEntity(qint64 articleId, qint64 entityId);
    // Rejects every mention of the entity in the article that is not rejected yet.
    Command rejectAllOfEntity(qint64 articleId, qint64 entityId);
    // Labels every whole-word occurrence of the text in the article that no entity span covers
    // yet (inside quotes too); summary() says how many and why any were skipped.
    Command labelAllOccurrences(qint64 articleId, const QString &text, const QString &label);
    Command setNote(qint64 annotationId, const QString &note);
    Command link(qint64 annotationId, qint64 entityId);
    Command unlink(qint64 annotationId);
    // Entities belong to their article (see docs/architecture.md, "Entity identity").
    // Moves the mentions and facts of source to target (those in articleId only, when given;
    // source stays for the other articles), keeps source's names as aliases.
    Command mergeEntities(qint64 targetId, qint64 sourceId, qint64 articleId = 0);
    // Renames the entity. Given the article the reader renamed it in, an entity linked across
    // the library is renamed there only: the article's mentions go on under a new entity.
    Command renameEntity(qint64 entityId, const QString &name, qint64 articleId = 0);
    // The explicit library-wide link: every other entity of the same label that goes by one of
    // this entity's names (name or alias) becomes this entity, in all articles; undoable.
    Command linkAcrossLibrary(qint64 entityId);
    // The fact's subject and object name entities by id; `mentions` marks new ones first (their
    // entities replace the fact's subject or object).
    Command addFact(const Fact &fact, const FactMentions &mentions = {});
    Command editFact(const Fact &fact, const FactMentions &mentions = {});
    Command removeFact(qint64 factId);
    Command setReviewStatus(qint64 articleId, ReviewStatus status);
    // Removes the article from the library; undo brings it back whole, with the same ids.
    Command removeArticle(qint64 articleId);

private:
    Command make(const QString &text, ChangeSet changes, StoreCommand::MergeId merge = StoreCommand::NoMerge, qint64 target = 0);
    Command fail(const QString &message);
    // Accepts or rejects, and teaches the lexicon the verdict.
    Command review(qint64 annotationId, AnnotationStatus status);
    Command reviewAllOfEntity(qint64 articleId, qint64 entityId, AnnotationStatus status);
    // Links the annotation to the entity of its text and label, adding that entity when new.
    void linkToEntity(ChangeSet &changes, Annotation &annotation, qint64 &nextPlaceholder);
    // Points the article's mentions and facts of one entity at another.
    void moveMentions(ChangeSet &changes, qint64 fromId, qint64 toId, qint64 articleId);
    // Points the article's facts about one entity at another.
    void moveFacts(ChangeSet &changes, qint64 fromId, qint64 toId, qint64 articleId, const QDateTime &time);
    void teach(ChangeSet &changes, const QString &surface, const QString &label, Verdict verdict);
    // A span the reader labels by hand, accepted, with its context; invalid when it is empty.
    Annotation manualSpan(const Article &article, int start, int end, const QString &label) const;
    // Adds the fact's new mentions to the change set and points the fact at their entities;
    // false with errorString() when a mention does not fit the text.
    bool addMentions(ChangeSet &changes, Fact &fact, const FactMentions &mentions, const Article &article);
    std::optional<Annotation> spanAt(qint64 articleId, int start, int end, const QString &label) const;

    AnnotationStore *m_store;
    QString m_author;
    QString m_errorString;
    QString m_summary;
};

} // namespace Gazette
