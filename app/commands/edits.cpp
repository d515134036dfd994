// SPDX-License-Identifier: GPL-3.0-or-later
#include "edits.h"

#include "document/wordboundary.h"
#include "schema/labelset.h"

#include "store/annotationstore.h"

#include <QTimeZone>

namespace Gazette {

namespace {

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), QTimeZone::UTC);
}

// Short enough for an Edit menu entry.
QString shortQuote(const QString &text)
{
    QString simplified = text.simplified();
    if (simplified.size() > 40)
        simplified = simplified.left(39) + QChar(0x2026);
    return simplified;
}

} // namespace

Edits::Edits(AnnotationStore *store, const QString &author)
    : m_store(store)
    , m_author(author)
{
}

Edits::Command Edits::make(const QString &text, ChangeSet changes, StoreCommand::MergeId merge, qint64 target)
{
    m_errorString.clear();
    m_summary = text;
    if (changes.isEmpty())
        return fail(tr("Nothing to change."));
    return std::make_unique<StoreCommand>(m_store, text, std::move(changes), merge, target);
}

Edits::Command Edits::fail(const QString &message)
{
    m_errorString = message;
    m_summary.clear();
    return nullptr;
}

void Edits::teach(ChangeSet &changes, const QString &surface, const QString &label, Verdict verdict)
{
    if (!surface.trimmed().isEmpty() && label != QLatin1String("QUOTE"))
        changes.add(LexiconChange{surface, label, verdict, 1});
}

void Edits::linkToEntity(ChangeSet &changes, Annotation &annotation, qint64 &nextPlaceholder)
{
    if (annotation.label == QLatin1String("QUOTE")) {
        annotation.entityId = 0;
        return;
    }
    const QString name = annotation.quote.simplified();
    // Within the article only: the same words elsewhere may name something else.
    if (auto existing = m_store->findEntityInArticle(annotation.articleId, name, annotation.label)) {
        annotation.entityId = existing->id;
        return;
    }
    Entity entity;
    entity.id = nextPlaceholder--;
    entity.name = name;
    entity.label = annotation.label;
    entity.created = entity.modified = now();
    changes.add(RowChange<Entity>{std::nullopt, entity});
    annotation.entityId = entity.id;
}

Annotation Edits::manualSpan(const Article &article, int start, int end, const QString &label) const
{
    Annotation annotation;
    if (start < 0 || end > article.text.size() || end <= start || label.isEmpty())
        return annotation;
    annotation.articleId = article.id;
    annotation.start = start;
    annotation.end = end;
    annotation.label = label;
    annotation.setContextFrom(article.text);
    if (annotation.quote.trimmed().isEmpty())
        return Annotation{};
    annotation.origin = Origin::Manual;
    annotation.status = AnnotationStatus::Accepted;
    annotation.author = m_author;
    annotation.created = annotation.modified = now();
    return annotation;
}

Edits::Command Edits::addAnnotation(qint64 articleId, int start, int end, const QString &label)
{
    const auto article = m_store->article(articleId);
    if (!article)
        return fail(tr("The article no longer exists."));
    Annotation annotation = manualSpan(*article, start, end, label);
    if (!annotation.isValid())
        return fail(tr("Select some text to label."));
    annotation.id = -1000;

    ChangeSet changes;
    qint64 placeholder = -1;
    linkToEntity(changes, annotation, placeholder);
    changes.add(RowChange<Annotation>{std::nullopt, annotation});
    teach(changes, annotation.quote, label, Verdict::Accept);
    return make(tr("Label '%1' as %2").arg(shortQuote(annotation.quote), label), std::move(changes));
}

Edits::Command Edits::removeAnnotation(qint64 annotationId)
{
    const auto annotation = m_store->annotation(annotationId);
    if (!annotation)
        return fail(tr("The annotation no longer exists."));
    ChangeSet changes;
    changes.add(RowChange<Annotation>{*annotation, std::nullopt});
    return make(tr("Remove '%1'").arg(shortQuote(annotation->quote)), std::move(changes));
}

Edits::Command Edits::relabel(qint64 annotationId, const QString &label)
{
    const auto before = m_store->annotation(annotationId);
    if (!before)
        return fail(tr("The annotation no longer exists."));
    if (label.isEmpty() || label == before->label)
        return fail(tr("The annotation already has that label."));
    Annotation after = *before;
    after.label = label;
    after.status = AnnotationStatus::Accepted;
    after.author = m_author;
    after.modified = now();
    ChangeSet changes;
    qint64 placeholder = -1;
    linkToEntity(changes, after, placeholder);
    changes.add(RowChange<Annotation>{before, after});
    teach(changes, before->quote, before->label, Verdict::Reject);
    teach(changes, after.quote, label, Verdict::Accept);
    return make(tr("Relabel '%1' as %2").arg(shortQuote(after.quote), label), std::move(changes));
}

Edits::Command Edits::resize(qint64 annotationId, int start, int end)
{
    const auto before = m_store->annotation(annotationId);
    if (!before)
        return fail(tr("The annotation no longer exists."));
    const auto article = m_store->article(before->articleId);
    if (!article || start < 0 || end > article->text.size() || end <= start)
        return fail(tr("A span cannot be empty or reach beyond the text."));
    if (start == before->start && end == before->end)
        return fail(tr("The span is unchanged."));
    Annotation after = *before;
    after.start = start;
    after.end = end;
    after.setContextFrom(article->text);
    after.orphaned = false;
    after.author = m_author;
    after.modified = now();
    ChangeSet changes;
    changes.add(RowChange<Annotation>{before, after});
    return make(tr("Resize '%1' to '%2'").arg(shortQuote(before->quote), shortQuote(after.quote)), std::move(changes),
                StoreCommand::ResizeMerge, annotationId);
}

Edits::Command Edits::review(qint64 annotationId, AnnotationStatus status)
{
    const auto before = m_store->annotation(annotationId);
    if (!before)
        return fail(tr("The annotation no longer exists."));
    const bool accepting = status == AnnotationStatus::Accepted;
    if (before->status == status)
        return fail(accepting ? tr("The annotation is already accepted.") : tr("The annotation is already rejected."));
    Annotation after = *before;
    after.status = status;
    after.author = m_author;
    after.modified = now();
    ChangeSet changes;
    changes.add(RowChange<Annotation>{before, after});
    teach(changes, after.quote, after.label, accepting ? Verdict::Accept : Verdict::Reject);
    const QString text = accepting ? tr("Accept '%1' as %2") : tr("Reject '%1' as %2");
    return make(text.arg(shortQuote(after.quote), after.label), std::move(changes));
}

Edits::Command Edits::accept(qint64 annotationId)
{
    return review(annotationId, AnnotationStatus::Accepted);
}

Edits::Command Edits::reject(qint64 annotationId)
{
    return review(annotationId, AnnotationStatus::Rejected);
}

Edits::Command Edits::acceptAllOfEntity(qint64 articleId, qint64 entityId)
{
    return reviewAllOfEntity(articleId, entityId, AnnotationStatus::Accepted);
}

Edits::Command Edits::rejectAllOfEntity(qint64 articleId, qint64 entityId)
{
    return reviewAllOfEntity(articleId, entityId, AnnotationStatus::Rejected);
}

// Accepting takes the entity's suggestions; rejecting, every mention not rejected yet.
Edits::Command Edits::reviewAllOfEntity(qint64 articleId, qint64 entityId, AnnotationStatus status)
{
    const auto entity = m_store->entity(entityId);
    if (!entity)
        return fail(tr("The entity no longer exists."));
    const bool accepting = status == AnnotationStatus::Accepted;
    ChangeSet changes;
    int count = 0;
    for (const Annotation &before : m_store->annotations(articleId)) {
        if (before.entityId != entityId || (accepting ? before.status != AnnotationStatus::Suggested : before.status == AnnotationStatus::Rejected))
            continue;
        Annotation after = before;
        after.status = status;
        after.author = m_author;
        after.modified = now();
        changes.add(RowChange<Annotation>{before, after});
        teach(changes, after.quote, after.label, accepting ? Verdict::Accept : Verdict::Reject);
        ++count;
    }
    if (count == 0)
        return fail(accepting ? tr("'%1' has no suggestions to accept.").arg(entity->name) : tr("'%1' has no mentions left to reject.").arg(entity->name));
    return make((accepting ? tr("Accept all suggestions of '%1' (%2)") : tr("Reject all mentions of '%1' (%2)")).arg(shortQuote(entity->name)).arg(count),
                std::move(changes));
}

Edits::Command Edits::labelAllOccurrences(qint64 articleId, const QString &text, const QString &label)
{
    const auto article = m_store->article(articleId);
    if (!article)
        return fail(tr("The article no longer exists."));
    if (text.trimmed().isEmpty() || label.isEmpty())
        return fail(tr("Select some text to label."));
    const QList<Annotation> existing = m_store->annotations(articleId);
    // A quote is no entity: names inside it are labelled like any other (quotes may contain
    // entities). Only an entity span already there keeps a match out.
    auto covered = [&existing](int start, int end) {
        for (const Annotation &a : existing) {
            if (a.status != AnnotationStatus::Rejected && a.label != LabelSet::quoteLabel() && a.start < end && start < a.end)
                return true;
        }
        return false;
    };
    int partOfWord = 0;
    int alreadyLabelled = 0;
    ChangeSet changes;
    qint64 placeholder = -1;
    qint64 entityId = 0;
    int count = 0;
    const QString &body = article->text;
    for (qsizetype at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
        const int start = int(at);
        const int end = start + int(text.size());
        if (!WordBoundary::isWholeWord(body, start, end)) {
            ++partOfWord;
            continue;
        }
        if (covered(start, end)) {
            ++alreadyLabelled;
            continue;
        }
        Annotation annotation;
        annotation.id = -1000 - count;
        annotation.articleId = articleId;
        annotation.start = start;
        annotation.end = end;
        annotation.label = label;
        annotation.setContextFrom(body);
        annotation.origin = Origin::Manual;
        annotation.status = AnnotationStatus::Accepted;
        annotation.author = m_author;
        annotation.created = annotation.modified = now();
        if (count == 0)
            linkToEntity(changes, annotation, placeholder);
        else
            annotation.entityId = entityId;
        entityId = annotation.entityId;
        changes.add(RowChange<Annotation>{std::nullopt, annotation});
        ++count;
    }
    QStringList skipped;
    if (alreadyLabelled)
        skipped << tr("%n already labelled", "", alreadyLabelled);
    if (partOfWord)
        skipped << tr("%n inside a longer word", "", partOfWord);
    if (count == 0)
        return fail(skipped.isEmpty() ? tr("'%1' does not occur in the article.").arg(shortQuote(text))
                                      : tr("Nothing to label: of the occurrences of '%1', %2.").arg(shortQuote(text), skipped.join(tr(", "))));
    QString summary = tr("Labelled %n occurrence(s) of '%1' as %2", "", count).arg(shortQuote(text), label);
    if (!skipped.isEmpty())
        summary += tr("; skipped %1.").arg(skipped.join(tr(", ")));
    teach(changes, text, label, Verdict::Accept);
    Command command = make(tr("Label all occurrences of '%1' as %2 (%3)").arg(shortQuote(text), label).arg(count), std::move(changes));
    m_summary = summary;
    return command;
}

Edits::Command Edits::setNote(qint64 annotationId, const QString &note)
{
    const auto before = m_store->annotation(annotationId);
    if (!before)
        return fail(tr("The annotation no longer exists."));
    if (before->note == note)
        return fail(tr("The note is unchanged."));
    Annotation after = *before;
    after.note = note;
    after.modified = now();
    ChangeSet changes;
    changes.add(RowChange<Annotation>{before, after});
    return make(tr("Edit note on '%1'").arg(shortQuote(after.quote)), std::move(changes));
}

Edits::Command Edits::link(qint64 annotationId, qint64 entityId)
{
    const auto before = m_store->annotation(annotationId);
    const auto entity = m_store->entity(entityId);
    if (!before || !entity)
        return fail(tr("The annotation or the entity no longer exists."));
    if (before->entityId == entityId)
        return fail(tr("The mention is already linked to '%1'.").arg(entity->name));
    Annotation after = *before;
    after.entityId = entityId;
    after.author = m_author;
    after.modified = now();
    ChangeSet changes;
    changes.add(RowChange<Annotation>{before, after});
    return make(tr("Link '%1' to '%2'").arg(shortQuote(after.quote), shortQuote(entity->name)), std::move(changes));
}

Edits::Command Edits::unlink(qint64 annotationId)
{
    const auto before = m_store->annotation(annotationId);
    if (!before)
        return fail(tr("The annotation no longer exists."));
    if (before->entityId == 0)
        return fail(tr("The mention is not linked to an entity."));
    Annotation after = *before;
    after.entityId = 0;
    after.author = m_author;
    after.modified = now();
    ChangeSet changes;
    changes.add(RowChange<Annotation>{before, after});
    return make(tr("Unlink '%1'").arg(shortQuote(after.quote)), std::move(changes));
}

Edits::Command Edits::mergeEntities(qint64 targetId, qint64 sourceId, qint64 articleId)
{
    const auto target = m_store->entity(targetId);
    const auto source = m_store->entity(sourceId);
    if (!target || !source)
        return fail(tr("The entity no longer exists."));
    if (targetId == sourceId)
        return fail(tr("An entity cannot be merged into itself."));
    ChangeSet changes;
    const QDateTime time = now();
    Entity merged = *target;
    for (const QString &name : QStringList{source->name} + source->aliases) {
        if (name != merged.name && !merged.aliases.contains(name))
            merged.aliases.append(name);
    }
    if (merged.externalId.isEmpty())
        merged.externalId = source->externalId;
    merged.modified = time;
    changes.add(RowChange<Entity>{target, merged});
    bool leftElsewhere = false;
    for (const Annotation &before : m_store->mentionsOf(sourceId)) {
        if (articleId && before.articleId != articleId) {
            leftElsewhere = true;
            continue;
        }
        Annotation after = before;
        after.entityId = targetId;
        after.modified = time;
        changes.add(RowChange<Annotation>{before, after});
    }
    // Facts about the source now speak of the target; found through the articles it appears in.
    const QSet<qint64> articles = articleId ? QSet<qint64>{articleId} : m_store->articlesOf(sourceId);
    for (qint64 factArticle : articles)
        moveFacts(changes, sourceId, targetId, factArticle, time);
    if (!leftElsewhere)
        changes.add(RowChange<Entity>{source, std::nullopt});
    return make(tr("Merge '%1' into '%2'").arg(shortQuote(source->name), shortQuote(target->name)), std::move(changes));
}

Edits::Command Edits::renameEntity(qint64 entityId, const QString &name, qint64 articleId)
{
    const auto before = m_store->entity(entityId);
    if (!before)
        return fail(tr("The entity no longer exists."));
    const QString newName = name.simplified();
    if (newName.isEmpty() || newName == before->name)
        return fail(tr("Give the entity a new name."));
    Entity after = *before;
    if (!after.aliases.contains(before->name))
        after.aliases.append(before->name);
    after.aliases.removeAll(newName);
    after.name = newName;
    after.modified = now();
    ChangeSet changes;
    const QSet<qint64> articles = m_store->articlesOf(entityId);
    if (articleId && articles.size() > 1 && articles.contains(articleId)) {
        // Linked across the library, renamed in one article: that article's mentions go on
        // under the new name, the others keep theirs.
        after.id = -1;
        after.created = after.modified;
        changes.add(RowChange<Entity>{std::nullopt, after});
        moveMentions(changes, entityId, after.id, articleId);
        return make(tr("Rename '%1' to '%2' in this article").arg(shortQuote(before->name), shortQuote(newName)), std::move(changes));
    }
    changes.add(RowChange<Entity>{before, after});
    return make(tr("Rename '%1' to '%2'").arg(shortQuote(before->name), shortQuote(newName)), std::move(changes));
}

void Edits::moveMentions(ChangeSet &changes, qint64 fromId, qint64 toId, qint64 articleId)
{
    const QDateTime time = now();
    for (const Annotation &before : m_store->annotations(articleId)) {
        if (before.entityId != fromId)
            continue;
        Annotation after = before;
        after.entityId = toId;
        after.modified = time;
        changes.add(RowChange<Annotation>{before, after});
    }
    moveFacts(changes, fromId, toId, articleId, time);
}

void Edits::moveFacts(ChangeSet &changes, qint64 fromId, qint64 toId, qint64 articleId, const QDateTime &time)
{
    for (const Fact &before : m_store->facts(articleId)) {
        if (before.subjectEntityId != fromId && before.objectEntityId != fromId)
            continue;
        Fact after = before;
        if (after.subjectEntityId == fromId)
            after.subjectEntityId = toId;
        if (after.objectEntityId == fromId)
            after.objectEntityId = toId;
        after.modified = time;
        changes.add(RowChange<Fact>{before, after});
    }
}

Edits::Command Edits::linkAcrossLibrary(qint64 entityId)
{
    const auto entity = m_store->entity(entityId);
    if (!entity)
        return fail(tr("The entity no longer exists."));
    const QStringList names = QStringList{entity->name} + entity->aliases;
    ChangeSet changes;
    Entity linked = *entity;
    QSet<qint64> articles = m_store->articlesOf(entityId);
    const QDateTime time = now();
    for (const Entity &other : m_store->entities()) {
        if (other.id == entityId || other.label != entity->label)
            continue;
        bool same = false;
        for (const QString &name : QStringList{other.name} + other.aliases)
            same = same || names.contains(name, Qt::CaseInsensitive);
        if (!same)
            continue;
        for (const QString &name : QStringList{other.name} + other.aliases) {
            if (name != linked.name && !linked.aliases.contains(name))
                linked.aliases.append(name);
        }
        for (qint64 articleId : m_store->articlesOf(other.id)) {
            moveMentions(changes, other.id, entityId, articleId);
            articles.insert(articleId);
        }
        changes.add(RowChange<Entity>{other, std::nullopt});
    }
    if (changes.isEmpty())
        return fail(tr("No other article names “%1”.").arg(entity->name));
    linked.modified = time;
    changes.items.insert(changes.items.begin(), RowChange<Entity>{entity, linked});
    return make(tr("Link '%1' across the library (%n article(s))", "", int(articles.size())).arg(shortQuote(entity->name)), std::move(changes));
}

bool Edits::addMentions(ChangeSet &changes, Fact &fact, const FactMentions &mentions, const Article &article)
{
    qint64 placeholder = -1;
    std::optional<Annotation> subject;
    for (const auto &[mention, entityId, text] : {std::tuple{&mentions.subject, &fact.subjectEntityId, &fact.subjectText},
                                                   std::tuple{&mentions.object, &fact.objectEntityId, &fact.objectText}}) {
        if (!*mention)
            continue;
        Annotation annotation = manualSpan(article, (*mention)->start, (*mention)->end, (*mention)->label);
        if (!annotation.isValid() || annotation.label == LabelSet::quoteLabel()) {
            fail(tr("Mark a name in the article's text with an entity label."));
            return false;
        }
        if (subject && subject->label == annotation.label && subject->quote.simplified() == annotation.quote.simplified()) {
            // Subject and object are the same new name: one entity, and one span where it is one.
            annotation.entityId = subject->entityId;
            if (subject->start != annotation.start || subject->end != annotation.end) {
                annotation.id = -1001;
                changes.add(RowChange<Annotation>{std::nullopt, annotation});
            }
        } else if (const auto existing = spanAt(article.id, annotation.start, annotation.end, annotation.label)) {
            // The words are a span already (a suggestion, maybe without an entity): the reader
            // confirms it rather than marking it twice.
            annotation = *existing;
            annotation.status = AnnotationStatus::Accepted;
            annotation.author = m_author;
            if (annotation.entityId == 0)
                linkToEntity(changes, annotation, placeholder);
            if (annotation.status != existing->status || annotation.entityId != existing->entityId) {
                annotation.modified = now();
                changes.add(RowChange<Annotation>{existing, annotation});
                if (existing->status != AnnotationStatus::Accepted)
                    teach(changes, annotation.quote, annotation.label, Verdict::Accept);
            }
        } else {
            annotation.id = subject ? -1001 : -1000;
            linkToEntity(changes, annotation, placeholder);
            changes.add(RowChange<Annotation>{std::nullopt, annotation});
            teach(changes, annotation.quote, annotation.label, Verdict::Accept);
        }
        *entityId = annotation.entityId;
        *text = annotation.quote.simplified();
        if (!subject)
            subject = annotation;
    }
    return true;
}

std::optional<Annotation> Edits::spanAt(qint64 articleId, int start, int end, const QString &label) const
{
    for (const Annotation &a : m_store->annotations(articleId)) {
        if (a.start == start && a.end == end && a.label == label)
            return a;
    }
    return std::nullopt;
}

Edits::Command Edits::addFact(const Fact &fact, const FactMentions &mentions)
{
    if (!fact.isValid())
        return fail(tr("A fact needs a kind and a predicate."));
    const auto article = m_store->article(fact.articleId);
    if (!article)
        return fail(tr("The article no longer exists."));
    Fact row = fact;
    row.id = -1;
    row.author = m_author;
    row.created = row.modified = now();
    for (Evidence &evidence : row.evidence) {
        if (evidence.start < 0 || evidence.end > article->text.size() || evidence.end < evidence.start)
            return fail(tr("The evidence lies outside the article's text."));
        evidence.setContextFrom(article->text);
    }
    ChangeSet changes;
    if (!addMentions(changes, row, mentions, *article))
        return nullptr;
    changes.add(RowChange<Fact>{std::nullopt, row});
    return make(tr("Add fact '%1 %2 %3'").arg(shortQuote(row.subjectText), row.predicate, shortQuote(row.objectText)),
                std::move(changes));
}

Edits::Command Edits::editFact(const Fact &fact, const FactMentions &mentions)
{
    const auto before = m_store->fact(fact.id);
    if (!before)
        return fail(tr("The fact no longer exists."));
    if (!fact.isValid())
        return fail(tr("A fact needs a kind and a predicate."));
    Fact after = fact;
    after.articleId = before->articleId;
    after.created = before->created;
    after.author = m_author;
    after.modified = now();
    ChangeSet changes;
    if (!mentions.isEmpty()) {
        const auto article = m_store->article(before->articleId);
        if (!article)
            return fail(tr("The article no longer exists."));
        if (!addMentions(changes, after, mentions, *article))
            return nullptr;
    }
    if (after == *before)
        return fail(tr("The fact is unchanged."));
    changes.add(RowChange<Fact>{before, after});
    // Field edits of one fact merge into one step; one that marks a new name is a step of its own.
    return make(tr("Edit fact '%1 %2'").arg(shortQuote(after.subjectText), after.predicate), std::move(changes),
                mentions.isEmpty() ? StoreCommand::FactEditMerge : StoreCommand::NoMerge, fact.id);
}

Edits::Command Edits::removeFact(qint64 factId)
{
    const auto before = m_store->fact(factId);
    if (!before)
        return fail(tr("The fact no longer exists."));
    ChangeSet changes;
    changes.add(RowChange<Fact>{before, std::nullopt});
    return make(tr("Delete fact '%1 %2'").arg(shortQuote(before->subjectText), before->predicate), std::move(changes));
}

Edits::Command Edits::setReviewStatus(qint64 articleId, ReviewStatus status)
{
    const auto article = m_store->article(articleId);
    if (!article)
        return fail(tr("The article no longer exists."));
    if (article->reviewStatus == status)
        return fail(tr("The article already has that review status."));
    ChangeSet changes;
    changes.add(ReviewStatusChange{articleId, article->reviewStatus, status});
    return make(tr("Mark article as %1").arg(reviewStatusName(status)), std::move(changes));
}

// The command keeps the whole article (text, annotations, facts, status, entity links), so
// undoing it within the session brings the same rows back.
Edits::Command Edits::removeArticle(qint64 articleId)
{
    auto article = m_store->annotatedArticle(articleId);
    if (!article)
        return fail(tr("The article no longer exists."));
    const QString headline = shortQuote(article->article.headline);
    ChangeSet changes;
    changes.add(ArticleChange{std::move(article), std::nullopt});
    return make(tr("Remove article '%1'").arg(headline), std::move(changes));
}

} // namespace Gazette
