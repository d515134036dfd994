// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/edits.h"
#include "storefixture.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Gazette;
using namespace Gazette::Testing;

class TestCommands : public QObject
{
    Q_OBJECT

private:
    EditingFixture m_fixture;
    AnnotationStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    Edits *m_edits = nullptr;
    qint64 m_articleId = 0;

    Annotation find(const QString &quote, int occurrence = 0) const
    {
        const auto found = m_fixture.find(quote, occurrence);
        if (!found)
            qFatal("no annotation %s", qPrintable(quote));
        return *found;
    }

    // Pushes the command and checks that undo and redo give back identical rows.
    void pushChecked(Edits::Command command)
    {
        QVERIFY2(command, qPrintable(m_edits->errorString()));
        const Snapshot before = snapshot(*m_store);
        m_stack->push(command.release());
        const Snapshot after = snapshot(*m_store);
        QVERIFY(!(after == before));
        m_stack->undo();
        QCOMPARE(snapshot(*m_store), before);
        m_stack->redo();
        QCOMPARE(snapshot(*m_store), after);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_fixture.setUp());
        m_store = m_fixture.store.get();
        m_stack = m_fixture.stack.get();
        m_edits = m_fixture.edits.get();
        m_articleId = m_fixture.articleId;
    }

    void labelNewSpan()
    {
        const int start = at(QStringLiteral("Singapore"));
        auto command = m_edits->addAnnotation(m_articleId, start, start + 9, QStringLiteral("GPE"));
        QVERIFY(command);
        QCOMPARE(command->text(), QStringLiteral("Label 'Singapore' as GPE"));
        pushChecked(std::move(command));
        const Annotation added = find(QStringLiteral("Singapore"));
        QCOMPARE(added.label, QStringLiteral("GPE"));
        QCOMPARE(added.status, AnnotationStatus::Accepted);
        QCOMPARE(added.origin, Origin::Manual);
        // On a server the author is the role the store connected as, whatever name was given.
        QCOMPARE(added.author, onPostgres() ? m_store->author() : QStringLiteral("ana"));
        QVERIFY(!added.author.isEmpty());
        QCOMPARE(m_store->entity(added.entityId)->name, QStringLiteral("Singapore"));
        QCOMPARE(m_store->lexicon(), (QList<LexiconEntry>{{QStringLiteral("Singapore"), QStringLiteral("GPE"), Verdict::Accept, 1}}));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Label 'Singapore' as GPE"));
    }

    void labelJoinsExistingEntity()
    {
        const int start = at(QStringLiteral("Marta Visser"));
        // "Marta Visser" is a PERSON entity already: a new span of the same text links to it.
        Annotation existing = find(QStringLiteral("Marta Visser"));
        pushChecked(m_edits->removeAnnotation(existing.id));
        pushChecked(m_edits->addAnnotation(m_articleId, start, start + 12, QStringLiteral("PERSON")));
        QCOMPARE(find(QStringLiteral("Marta Visser")).entityId, existing.entityId);
        QCOMPARE(m_store->entities().size(), 3);
    }

    void acceptRejectTeachLexicon()
    {
        const Annotation kestrel = find(QStringLiteral("Kestrel Energy"));
        auto accept = m_edits->accept(kestrel.id);
        QCOMPARE(accept->text(), QStringLiteral("Accept 'Kestrel Energy' as ORG"));
        pushChecked(std::move(accept));
        QCOMPARE(find(QStringLiteral("Kestrel Energy")).status, AnnotationStatus::Accepted);

        const Annotation rotterdam = find(QStringLiteral("ROTTERDAM"));
        auto reject = m_edits->reject(rotterdam.id);
        QCOMPARE(reject->text(), QStringLiteral("Reject 'ROTTERDAM' as GPE"));
        pushChecked(std::move(reject));
        QCOMPARE(find(QStringLiteral("ROTTERDAM")).status, AnnotationStatus::Rejected);
        QCOMPARE(m_store->lexicon(), (QList<LexiconEntry>{
                                         {QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), Verdict::Accept, 1},
                                         {QStringLiteral("ROTTERDAM"), QStringLiteral("GPE"), Verdict::Reject, 1},
                                     }));
        // Undo takes the lesson back as well.
        m_stack->undo();
        m_stack->undo();
        QVERIFY(m_store->lexicon().isEmpty());
        QVERIFY(!m_edits->accept(999999));
        QVERIFY(m_edits->errorString().contains(QStringLiteral("no longer exists")));
    }

    void relabelAndResize()
    {
        const Annotation kestrel = find(QStringLiteral("Kestrel Energy"));
        auto relabel = m_edits->relabel(kestrel.id, QStringLiteral("PRODUCT"));
        QCOMPARE(relabel->text(), QStringLiteral("Relabel 'Kestrel Energy' as PRODUCT"));
        pushChecked(std::move(relabel));
        const Annotation relabelled = *m_store->annotation(kestrel.id);
        QCOMPARE(relabelled.label, QStringLiteral("PRODUCT"));
        QVERIFY(relabelled.entityId != kestrel.entityId); // a PRODUCT entity of that name
        QVERIFY(m_store->lexicon().contains(LexiconEntry{QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), Verdict::Reject, 1}));

        // Moving the end a word at a time: two steps, one undo entry.
        const Annotation marta = find(QStringLiteral("Marta Visser"));
        const int undoCount = m_stack->count();
        auto first = m_edits->resize(marta.id, marta.start, marta.end + 1);
        QCOMPARE(first->text(), QStringLiteral("Resize 'Marta Visser' to 'Marta Visser,'"));
        m_stack->push(first.release());
        m_stack->push(m_edits->resize(marta.id, marta.start, marta.end + 7).release());
        QCOMPARE(m_stack->count(), undoCount + 1);
        QCOMPARE(m_store->annotation(marta.id)->quote, QStringLiteral("Marta Visser, chief"));
        m_stack->undo();
        QCOMPARE(*m_store->annotation(marta.id), marta);
        QVERIFY(!m_edits->resize(marta.id, marta.start, marta.start));
    }

    // Issue 12, item 4: an entity belongs to its article; the same name in another article is
    // another entity until the reader links them, and rename and merge act where asked.
    void entitiesBelongToTheirArticle()
    {
        AnnotatedArticle later;
        later.article.headline = QStringLiteral("Later");
        later.article.text = QStringLiteral("Later\nThe Dutch government agreed with Kestrel Energy.\n");
        Entity government;
        government.id = -1;
        government.name = QStringLiteral("Kestrel Energy");
        government.label = QStringLiteral("ORG");
        later.entities = {government};
        Annotation mention;
        mention.start = int(later.article.text.indexOf(QStringLiteral("Kestrel Energy")));
        mention.end = mention.start + 14;
        mention.label = QStringLiteral("ORG");
        mention.entityId = -1;
        later.annotations = {mention};
        const qint64 laterId = *m_store->addArticle(later);
        const qint64 here = find(QStringLiteral("Kestrel Energy")).entityId;
        const Annotation there = m_store->annotations(laterId).first();
        QVERIFY(there.entityId != 0);
        QVERIFY(there.entityId != here);

        // Labelling by hand links within the article only.
        const int start = int(later.article.text.indexOf(QStringLiteral("Dutch government")));
        pushChecked(m_edits->addAnnotation(laterId, start, start + 16, QStringLiteral("ORG")));
        const int again = int(later.article.text.indexOf(QStringLiteral("Kestrel Energy")));
        Q_UNUSED(again);

        // Renaming here leaves the other article's entity alone.
        pushChecked(m_edits->renameEntity(here, QStringLiteral("Kestrel Energy Co."), m_articleId));
        QCOMPARE(m_store->entity(there.entityId)->name, QStringLiteral("Kestrel Energy"));

        // An explicit library-wide link joins them (undoably); a rename in one article then
        // still acts only there: it splits the article's mentions off under the new name.
        auto link = m_edits->linkAcrossLibrary(there.entityId);
        QVERIFY2(link, qPrintable(m_edits->errorString()));
        pushChecked(std::move(link));
        auto laterKestrel = [&] {
            for (const Annotation &a : m_store->annotations(laterId)) {
                if (a.quote == QStringLiteral("Kestrel Energy"))
                    return a;
            }
            return Annotation();
        };
        const qint64 linked = laterKestrel().entityId;
        QCOMPARE(linked, there.entityId);
        QCOMPARE(find(QStringLiteral("Kestrel Energy")).entityId, linked);
        pushChecked(m_edits->renameEntity(linked, QStringLiteral("Kestrel"), laterId));
        QVERIFY(m_store->entity(laterKestrel().entityId)->name == QStringLiteral("Kestrel"));
        QVERIFY(m_store->entity(find(QStringLiteral("Kestrel Energy")).entityId)->name != QStringLiteral("Kestrel"));
    }

    void entityCommands()
    {
        const Entity kestrel = *m_store->findEntity(QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"));
        auto acceptAll = m_edits->acceptAllOfEntity(m_articleId, kestrel.id);
        QCOMPARE(acceptAll->text(), QStringLiteral("Accept all suggestions of 'Kestrel Energy' (3)"));
        pushChecked(std::move(acceptAll));
        for (const Annotation &a : m_store->mentionsOf(kestrel.id))
            QCOMPARE(a.status, AnnotationStatus::Accepted);

        auto rename = m_edits->renameEntity(kestrel.id, QStringLiteral("Kestrel Energy Co."));
        QCOMPARE(rename->text(), QStringLiteral("Rename 'Kestrel Energy' to 'Kestrel Energy Co.'"));
        pushChecked(std::move(rename));
        QVERIFY(m_store->entity(kestrel.id)->aliases.contains(QStringLiteral("Kestrel Energy")));

        const Entity harbourline = *m_store->findEntity(QStringLiteral("Harbourline Robotics"), QStringLiteral("ORG"));
        auto merge = m_edits->mergeEntities(harbourline.id, kestrel.id);
        QCOMPARE(merge->text(), QStringLiteral("Merge 'Kestrel Energy Co.' into 'Harbourline Robotics'"));
        pushChecked(std::move(merge));
        QVERIFY(!m_store->entity(kestrel.id));
        QCOMPARE(m_store->mentionsOf(harbourline.id).size(), 5);
        QCOMPARE(m_store->facts(m_articleId).first().objectEntityId, harbourline.id);
        m_stack->undo();
        QCOMPARE(m_store->entity(kestrel.id)->name, QStringLiteral("Kestrel Energy Co."));
        QCOMPARE(m_store->mentionsOf(kestrel.id).size(), 3);

        const Annotation tsai = find(QStringLiteral("Visser"), 1);
        auto unlink = m_edits->unlink(tsai.id);
        QCOMPARE(unlink->text(), QStringLiteral("Unlink 'Visser'"));
        pushChecked(std::move(unlink));
        QCOMPARE(m_store->annotation(tsai.id)->entityId, 0);
        auto link = m_edits->link(tsai.id, tsai.entityId);
        QCOMPARE(link->text(), QStringLiteral("Link 'Visser' to 'Marta Visser'"));
        pushChecked(std::move(link));
        QCOMPARE(m_store->annotation(tsai.id)->entityId, tsai.entityId);
    }

    void labelAllOccurrences()
    {
        // "Kestrel" occurs four times: the headline's and the removed one get labelled, the two
        // still covered stay as they are.
        pushChecked(m_edits->removeAnnotation(find(QStringLiteral("Kestrel"), 2).id));
        auto command = m_edits->labelAllOccurrences(m_articleId, QStringLiteral("Kestrel"), QStringLiteral("ORG"));
        QVERIFY(command);
        QCOMPARE(command->text(), QStringLiteral("Label all occurrences of 'Kestrel' as ORG (2)"));
        pushChecked(std::move(command));
        QCOMPARE(find(QStringLiteral("Kestrel"), 2).status, AnnotationStatus::Accepted);
        QVERIFY(!m_edits->labelAllOccurrences(m_articleId, QStringLiteral("Kestrel"), QStringLiteral("ORG")));
        // Whole words only: "Harbour" inside "Harbourline" is no occurrence.
        QVERIFY(!m_edits->labelAllOccurrences(m_articleId, QStringLiteral("Harbour"), QStringLiteral("ORG")));
    }

    // A fact that marks its subject and object in the text (the fact editor's new entities):
    // one command labels the words, links or makes their entities and adds the fact naming
    // them; undo takes all of it back, redo writes the same rows. The same new name on both
    // sides is one entity; an existing entity of that name and label is reused.
    void factMarksNewEntities()
    {
        const int chief = at(QStringLiteral("chief executive"));
        const int rotterdam = at(QStringLiteral("ROTTERDAM"));
        Fact fact;
        fact.articleId = m_articleId;
        fact.kind = QStringLiteral("role");
        fact.predicate = QStringLiteral("works in");
        fact.origin = Origin::Manual;
        fact.status = AnnotationStatus::Accepted;
        FactMentions mentions;
        mentions.subject = NewMention{chief, chief + 15, QStringLiteral("PERSON")};
        mentions.object = NewMention{rotterdam, rotterdam + 9, QStringLiteral("GPE")};
        const int annotationsBefore = int(m_store->annotations(m_articleId).size());
        auto command = m_edits->addFact(fact, mentions);
        QVERIFY2(command, qPrintable(m_edits->errorString()));
        QCOMPARE(command->text(), QStringLiteral("Add fact 'chief executive works in ROTTERDAM'"));
        pushChecked(std::move(command));
        QCOMPARE(m_stack->count(), 1);
        const Fact added = m_store->facts(m_articleId).last();
        const auto subject = m_store->entity(added.subjectEntityId);
        const auto object = m_store->entity(added.objectEntityId);
        QVERIFY(subject && object);
        QCOMPARE(std::pair(subject->name, subject->label), std::pair(QStringLiteral("chief executive"), QStringLiteral("PERSON")));
        QCOMPARE(std::pair(object->name, object->label), std::pair(QStringLiteral("ROTTERDAM"), QStringLiteral("GPE")));
        // "chief executive" is a new span; ROTTERDAM was a suggestion without an entity: accepted
        // and linked, not marked twice.
        QCOMPARE(m_store->annotations(m_articleId).size(), annotationsBefore + 1);
        QCOMPARE(find(QStringLiteral("chief executive")).origin, Origin::Manual);
        QCOMPARE(find(QStringLiteral("ROTTERDAM")).entityId, object->id);
        QCOMPARE(find(QStringLiteral("ROTTERDAM")).status, AnnotationStatus::Accepted);

        // An existing entity of the same name and label is the one the fact names.
        const Entity visser = *m_store->findEntity(QStringLiteral("Marta Visser"), QStringLiteral("PERSON"));
        Fact said = fact;
        said.kind = QStringLiteral("statement");
        said.predicate = QStringLiteral("confirmed");
        said.objectText = QStringLiteral("the deal");
        FactMentions same;
        same.subject = NewMention{at(QStringLiteral("Marta Visser")), at(QStringLiteral("Marta Visser")) + 12, QStringLiteral("PERSON")};
        pushChecked(m_edits->addFact(said, same));
        QCOMPARE(m_store->facts(m_articleId).last().subjectEntityId, visser.id);

        // Subject and object the same new name: one entity.
        const int singapore = at(QStringLiteral("Singapore"));
        FactMentions both;
        both.subject = NewMention{singapore, singapore + 9, QStringLiteral("GPE")};
        both.object = NewMention{singapore, singapore + 9, QStringLiteral("GPE")};
        Fact itself = fact;
        itself.kind = QStringLiteral("other");
        itself.predicate = QStringLiteral("is");
        pushChecked(m_edits->addFact(itself, both));
        const Fact last = m_store->facts(m_articleId).last();
        QVERIFY(last.subjectEntityId > 0);
        QCOMPARE(last.objectEntityId, last.subjectEntityId);
        QCOMPARE(m_store->mentionsOf(last.subjectEntityId).size(), 1);

        // A mark that is no name is refused, and nothing is written.
        FactMentions empty;
        empty.object = NewMention{chief, chief, QStringLiteral("ORG")};
        QVERIFY(!m_edits->addFact(fact, empty));
        QVERIFY(!m_edits->errorString().isEmpty());
        FactMentions quote;
        quote.object = NewMention{chief, chief + 15, QStringLiteral("QUOTE")};
        QVERIFY(!m_edits->addFact(fact, quote));
    }

    void factsAndReviewStatus()
    {
        Fact fact;
        fact.articleId = m_articleId;
        fact.kind = QStringLiteral("statistic");
        fact.subjectText = QStringLiteral("Kestrel shares");
        fact.predicate = QStringLiteral("rose");
        fact.objectText = QStringLiteral("7.5%");
        fact.value = QStringLiteral("7.5");
        fact.unit = QStringLiteral("%");
        fact.time = QStringLiteral("2026-03-04");
        fact.origin = Origin::Manual;
        fact.status = AnnotationStatus::Accepted;
        const int start = at(QStringLiteral("Kestrel shares rose 7.5%"));
        fact.evidence = {{start, start + 24, {}, {}, {}, false}};
        auto add = m_edits->addFact(fact);
        QCOMPARE(add->text(), QStringLiteral("Add fact 'Kestrel shares rose 7.5%'"));
        pushChecked(std::move(add));
        const QList<Fact> facts = m_store->facts(m_articleId);
        QCOMPARE(facts.size(), 2);
        QCOMPARE(facts.last().evidence.first().quote, QStringLiteral("Kestrel shares rose 7.5%"));

        Fact edited = facts.last();
        edited.predicate = QStringLiteral("climbed");
        pushChecked(m_edits->editFact(edited));
        QCOMPARE(m_store->fact(edited.id)->predicate, QStringLiteral("climbed"));
        pushChecked(m_edits->removeFact(edited.id));
        QCOMPARE(m_store->facts(m_articleId).size(), 1);

        auto done = m_edits->setReviewStatus(m_articleId, ReviewStatus::Done);
        QCOMPARE(done->text(), QStringLiteral("Mark article as Done"));
        pushChecked(std::move(done));
        QCOMPARE(m_store->article(m_articleId)->reviewStatus, ReviewStatus::Done);
    }

    // Removing an article is undone whole: the same article, annotations (with their entity
    // links), facts with evidence and review status, with the same ids; the search finds it
    // again; redo removes it again.
    void removeArticleIsUndoable()
    {
        pushChecked(m_edits->accept(find(QStringLiteral("Kestrel Energy")).id));
        pushChecked(m_edits->setReviewStatus(m_articleId, ReviewStatus::InReview));
        const Snapshot before = snapshot(*m_store);
        QVERIFY(!m_store->facts(m_articleId).isEmpty());

        auto remove = m_edits->removeArticle(m_articleId);
        QVERIFY2(remove, qPrintable(m_edits->errorString()));
        QVERIFY2(remove->text().startsWith(QStringLiteral("Remove article 'Harbourline Signs")), qPrintable(remove->text()));
        pushChecked(std::move(remove));
        QVERIFY(!m_store->article(m_articleId));
        QVERIFY(m_store->annotations(m_articleId).isEmpty());
        QVERIFY(m_store->search(QStringLiteral("Kestrel")).isEmpty());

        QSignalSpy changes(m_store, &AnnotationStore::changed);
        m_stack->undo();
        QCOMPARE(snapshot(*m_store), before);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().first().value<StoreChange>().addedArticles, QList<qint64>{m_articleId});
        QCOMPARE(m_store->search(QStringLiteral("Kestrel")), QList<qint64>{m_articleId});
        QCOMPARE(m_store->article(m_articleId)->reviewStatus, ReviewStatus::InReview);
        // The earlier edits still undo on the article that came back.
        m_stack->undo();
        QCOMPARE(m_store->article(m_articleId)->reviewStatus, ReviewStatus::New);
        m_stack->redo();
        m_stack->redo();
        QVERIFY(!m_store->article(m_articleId));
        QCOMPARE(m_edits->removeArticle(m_articleId), nullptr);
    }

    // Undoing a removal after the same text was added again keeps both articles.
    void undoneRemovalBesideANewCopy()
    {
        pushChecked(m_edits->removeArticle(m_articleId));
        AnnotatedArticle again = sampleBundle();
        const auto newId = m_store->addArticle(again);
        QVERIFY(newId && *newId != m_articleId);
        m_stack->undo();
        QVERIFY(m_store->article(m_articleId));
        QVERIFY(m_store->article(*newId));
        QCOMPARE(m_store->articleCount(), 2);
    }

    // Random sequences of every kind of action: undoing all of them restores the library as it
    // was, redoing all of them gives the state after the sequence, row for row.
    void undoRedoProperty_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 2024u, 31337u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void undoRedoProperty()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const Snapshot start = snapshot(*m_store);
        const QStringList labels = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"), QStringLiteral("DATE")};
        int pushed = 0;
        for (int step = 0; step < 150; ++step) {
            const QList<Annotation> annotations = m_store->annotations(m_articleId);
            const QList<Entity> entities = m_store->entities();
            const QList<Fact> facts = m_store->facts(m_articleId);
            auto anyAnnotation = [&] { return annotations.at(int(random.bounded(qsizetype(annotations.size())))); };
            auto anyEntity = [&] { return entities.at(int(random.bounded(qsizetype(entities.size())))); };
            const QString label = labels.at(int(random.bounded(qsizetype(labels.size()))));
            Edits::Command command;
            switch (random.bounded(14)) {
            case 0: {
                const int begin = int(random.bounded(ArticleText.size() - 12));
                command = m_edits->addAnnotation(m_articleId, begin, begin + 1 + int(random.bounded(10)), label);
                break;
            }
            case 1:
                if (!annotations.isEmpty())
                    command = m_edits->removeAnnotation(anyAnnotation().id);
                break;
            case 2:
                if (!annotations.isEmpty())
                    command = m_edits->relabel(anyAnnotation().id, label);
                break;
            case 3:
                if (!annotations.isEmpty()) {
                    const Annotation a = anyAnnotation();
                    command = m_edits->resize(a.id, std::max(0, a.start - int(random.bounded(3))), a.end + int(random.bounded(3)));
                }
                break;
            case 4:
                if (!annotations.isEmpty())
                    command = m_edits->accept(anyAnnotation().id);
                break;
            case 5:
                if (!annotations.isEmpty())
                    command = m_edits->reject(anyAnnotation().id);
                break;
            case 6:
                if (!entities.isEmpty())
                    command = m_edits->acceptAllOfEntity(m_articleId, anyEntity().id);
                break;
            case 7:
                command = m_edits->labelAllOccurrences(m_articleId, random.bounded(2) ? QStringLiteral("Kestrel") : QStringLiteral("Visser"), label);
                break;
            case 8:
                if (!annotations.isEmpty() && !entities.isEmpty())
                    command = random.bounded(2) ? m_edits->link(anyAnnotation().id, anyEntity().id) : m_edits->unlink(anyAnnotation().id);
                break;
            case 9:
                if (entities.size() > 1)
                    command = m_edits->mergeEntities(anyEntity().id, anyEntity().id);
                break;
            case 10:
                if (!entities.isEmpty())
                    command = m_edits->renameEntity(anyEntity().id, QStringLiteral("Name %1").arg(step));
                break;
            case 11: {
                Fact fact;
                fact.articleId = m_articleId;
                fact.kind = QStringLiteral("other");
                fact.predicate = QStringLiteral("p%1").arg(step);
                fact.subjectEntityId = entities.isEmpty() ? 0 : anyEntity().id;
                fact.evidence = {{10, 20, {}, {}, {}, false}};
                command = m_edits->addFact(fact);
                break;
            }
            case 12:
                if (!facts.isEmpty()) {
                    Fact fact = facts.at(int(random.bounded(qsizetype(facts.size()))));
                    if (random.bounded(2)) {
                        command = m_edits->removeFact(fact.id);
                    } else {
                        fact.objectText = QStringLiteral("o%1").arg(step);
                        command = m_edits->editFact(fact);
                    }
                }
                break;
            case 13:
                command = m_edits->setReviewStatus(m_articleId, ReviewStatus(random.bounded(3)));
                break;
            }
            if (!command)
                continue; // not applicable in this state (already accepted, ...)
            m_stack->push(command.release());
            ++pushed;
            if (random.bounded(5) == 0) {
                // Interleaved undo/redo, as a reader does.
                m_stack->undo();
                m_stack->redo();
            }
        }
        QVERIFY2(pushed > 80, qPrintable(QStringLiteral("only %1 commands applied").arg(pushed)));
        const Snapshot end = snapshot(*m_store);
        while (m_stack->canUndo())
            m_stack->undo();
        QCOMPARE(snapshot(*m_store), start);
        while (m_stack->canRedo())
            m_stack->redo();
        QCOMPARE(snapshot(*m_store), end);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
