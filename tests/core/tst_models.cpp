// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/edits.h"
#include "models/entitymodel.h"
#include "models/factmodel.h"
#include "models/labelmodel.h"
#include "models/librarymodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Gazette;
using namespace Gazette::Testing;

namespace {

// The tree as text, one line per row, indented by depth: "ORG 2", "  Kestrel Energy 3", ...
QStringList dumpTree(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines.append(QString(depth * 2, QLatin1Char(' ')) + index.data().toString() + QLatin1Char(' ')
                     + model.index(row, 1, parent).data().toString());
        lines += dumpTree(model, index, depth + 1);
    }
    return lines;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private:
    EditingFixture m_fixture;
    AnnotationStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    Edits *m_edits = nullptr;
    qint64 m_articleId = 0;

    qint64 annotationAt(const QString &quote, int occurrence = 0) const
    {
        const auto found = m_fixture.find(quote, occurrence);
        return found ? found->id : 0;
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

    void entityTree_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("tree");
        const QStringList initial = {
            QStringLiteral("Person · PERSON 1"),
            QStringLiteral("  Marta Visser 2"),
            QStringLiteral("    Marta Visser Suggested"),
            QStringLiteral("    Visser Suggested"),
            QStringLiteral("Organisation · ORG 2"),
            QStringLiteral("  Harbourline Robotics 2"),
            QStringLiteral("    Harbourline Robotics Suggested"),
            QStringLiteral("    Harbourline Suggested"),
            QStringLiteral("  Kestrel Energy 3"),
            QStringLiteral("    Kestrel Energy Suggested"),
            QStringLiteral("    Kestrel Suggested"),
            QStringLiteral("    Kestrel Suggested"),
            QStringLiteral("Country, city, state · GPE 1"),
            QStringLiteral("  ROTTERDAM 1"),
            QStringLiteral("    ROTTERDAM Suggested"),
            QStringLiteral("Percent · PERCENT 1"),
            QStringLiteral("  7.5% 1"),
            QStringLiteral("    7.5% Suggested"),
        };
        QTest::newRow("loaded") << "none" << initial;

        QStringList accepted = initial;
        accepted[9] = QStringLiteral("    Kestrel Energy Accepted");
        QTest::newRow("accept") << "accept" << accepted;

        QStringList rejected = initial;
        rejected.removeAt(12);
        rejected.removeAt(12);
        rejected.removeAt(12);
        QTest::newRow("reject removes the label group") << "reject" << rejected;

        QStringList added = initial;
        added.insert(15, QStringLiteral("  Singapore 1"));
        added.insert(16, QStringLiteral("    Singapore Accepted"));
        added[12] = QStringLiteral("Country, city, state · GPE 2");
        QTest::newRow("label a new entity") << "add" << added;

        QStringList relabelled = initial;
        relabelled[8] = QStringLiteral("  Kestrel Energy 2");
        relabelled.removeAt(9);
        relabelled.append(QStringLiteral("Product · PRODUCT 1"));
        relabelled.append(QStringLiteral("  Kestrel Energy 1"));
        relabelled.append(QStringLiteral("    Kestrel Energy Accepted"));
        QTest::newRow("relabel moves the mention") << "relabel" << relabelled;

        QStringList renamed = initial;
        renamed[1] = QStringLiteral("  Marta J. Visser 2");
        QTest::newRow("rename entity") << "rename" << renamed;

        QStringList merged = initial;
        // Kestrel's mentions join Harbourline's, in text order.
        merged.replace(4, QStringLiteral("Organisation · ORG 1"));
        merged.replace(5, QStringLiteral("  Harbourline Robotics 5"));
        merged.replace(6, QStringLiteral("    Harbourline Robotics Suggested"));
        merged.replace(7, QStringLiteral("    Kestrel Energy Suggested"));
        merged.replace(8, QStringLiteral("    Harbourline Suggested"));
        merged.replace(9, QStringLiteral("    Kestrel Suggested"));
        merged.replace(10, QStringLiteral("    Kestrel Suggested"));
        merged.removeAt(11);
        QTest::newRow("merge entities") << "merge" << merged;
    }

    void entityTree()
    {
        QFETCH(QString, action);
        QFETCH(QStringList, tree);
        EntityModel model(m_store, LabelSet::ontoNotes());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_articleId);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const Entity kestrel = *m_store->findEntity(QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"));
        const Entity harbourline = *m_store->findEntity(QStringLiteral("Harbourline Robotics"), QStringLiteral("ORG"));
        const Entity visser = *m_store->findEntity(QStringLiteral("Marta Visser"), QStringLiteral("PERSON"));
        Edits::Command command;
        if (action == QLatin1String("accept"))
            command = m_edits->accept(annotationAt(QStringLiteral("Kestrel Energy")));
        else if (action == QLatin1String("reject"))
            command = m_edits->reject(annotationAt(QStringLiteral("ROTTERDAM")));
        else if (action == QLatin1String("add"))
            command = m_edits->addAnnotation(m_articleId, at(QStringLiteral("Singapore")), at(QStringLiteral("Singapore")) + 9, QStringLiteral("GPE"));
        else if (action == QLatin1String("relabel"))
            command = m_edits->relabel(annotationAt(QStringLiteral("Kestrel Energy")), QStringLiteral("PRODUCT"));
        else if (action == QLatin1String("rename"))
            command = m_edits->renameEntity(visser.id, QStringLiteral("Marta J. Visser"));
        else if (action == QLatin1String("merge"))
            command = m_edits->mergeEntities(harbourline.id, kestrel.id);
        const QStringList initial = dumpTree(model);
        if (command) {
            m_stack->push(command.release());
        }
        QCOMPARE(dumpTree(model), tree);
        // Undo brings the tree back, still without a reset.
        if (m_stack->canUndo()) {
            m_stack->undo();
            QCOMPARE(dumpTree(model), initial);
            m_stack->redo();
            QCOMPARE(dumpTree(model), tree);
        }
        QCOMPARE(resets.count(), 0);

        const QModelIndex mention = model.indexOfAnnotation(annotationAt(QStringLiteral("Visser"), 1));
        QVERIFY(mention.isValid());
        QCOMPARE(mention.data(EntityModel::NodeTypeRole).toInt(), int(EntityModel::MentionNode));
        QCOMPARE(mention.data(EntityModel::StartRole).toInt(), at(QStringLiteral("Visser"), 1));
        QCOMPARE(mention.parent().data(EntityModel::EntityIdRole).toLongLong(), visser.id);
    }

    void entityTreeFollowsTheUsersLabels()
    {
        // The reader's own set: two labels, renamed and in their own order.
        LabelSet labels;
        labels.add({QStringLiteral("ORG"), QStringLiteral("Company"), {}, QStringLiteral("Function"), QLatin1Char('1')});
        labels.add({QStringLiteral("PERSON"), QStringLiteral("Someone"), {}, QStringLiteral("Keyword"), QLatin1Char('2')});
        EntityModel model(m_store, labels);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_articleId);
        auto topRows = [&model] {
            QStringList rows;
            for (int row = 0; row < model.rowCount(); ++row)
                rows.append(model.index(row, 0).data().toString());
            return rows;
        };
        // Labels outside the set follow by name.
        QCOMPARE(topRows(), (QStringList{QStringLiteral("Company · ORG"), QStringLiteral("Someone · PERSON"),
                                         QStringLiteral("GPE"), QStringLiteral("PERCENT")}));

        model.setLabelSet(LabelSet::ontoNotes());
        QCOMPARE(topRows(), (QStringList{QStringLiteral("Person · PERSON"), QStringLiteral("Organisation · ORG"),
                                         QStringLiteral("Country, city, state · GPE"), QStringLiteral("Percent · PERCENT")}));
    }

    void factTable()
    {
        FactModel model(m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_articleId);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, FactModel::SubjectColumn).data().toString(), QStringLiteral("Harbourline Robotics"));
        QCOMPARE(model.index(0, FactModel::PredicateColumn).data().toString(), QStringLiteral("chose"));
        QCOMPARE(model.index(0, FactModel::ObjectColumn).data().toString(), QStringLiteral("Kestrel Energy"));
        QCOMPARE(model.index(0, FactModel::ConfidenceColumn).data().toString(), QStringLiteral("70%"));
        QVERIFY(!(model.flags(model.index(0, 2)) & Qt::ItemIsEditable)); // no undo stack yet

        model.setEditing(m_stack, m_edits);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, FactModel::PredicateColumn), QStringLiteral("picked")));
        QCOMPARE(model.index(0, FactModel::PredicateColumn).data().toString(), QStringLiteral("picked"));
        QCOMPARE(m_store->facts(m_articleId).first().predicate, QStringLiteral("picked"));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Edit fact 'Harbourline Robotics picked'"));
        QCOMPARE(changed.count(), 1);

        // A renamed entity shows in the fact's subject.
        const Entity harbourline = *m_store->findEntity(QStringLiteral("Harbourline Robotics"), QStringLiteral("ORG"));
        m_stack->push(m_edits->renameEntity(harbourline.id, QStringLiteral("Harbourline Robotics B.V.")).release());
        QCOMPARE(model.index(0, FactModel::SubjectColumn).data().toString(), QStringLiteral("Harbourline Robotics B.V."));

        Fact fact;
        fact.articleId = m_articleId;
        fact.kind = QStringLiteral("statistic");
        fact.predicate = QStringLiteral("rose");
        fact.subjectText = QStringLiteral("Kestrel shares");
        m_stack->push(m_edits->addFact(fact).release());
        QCOMPARE(model.rowCount(), 2);
        m_stack->undo();
        QCOMPARE(model.rowCount(), 1);
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(model.index(0, FactModel::PredicateColumn).data().toString(), QStringLiteral("chose"));
        QCOMPARE(resets.count(), 0);
    }

    void libraryList()
    {
        LibraryModel model(m_store);
        QCOMPARE(model.rowCount(), 0); // nothing loaded until a view asks
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0, LibraryModel::HeadlineColumn).data().toString(), QStringLiteral("Harbourline Signs Battery Deal With Kestrel"));
        QCOMPARE(model.index(0, LibraryModel::EntitiesColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, LibraryModel::PendingColumn).data().toInt(), 9);
        QCOMPARE(model.index(0, LibraryModel::FactsColumn).data().toInt(), 1);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        m_stack->push(m_edits->accept(annotationAt(QStringLiteral("ROTTERDAM"))).release());
        QCOMPARE(model.index(0, LibraryModel::PendingColumn).data().toInt(), 8);
        m_stack->push(m_edits->setReviewStatus(m_articleId, ReviewStatus::InReview).release());
        QCOMPARE(model.index(0, LibraryModel::StatusColumn).data().toString(), QStringLiteral("In review"));

        // Pages: 450 more articles arrive; the model shows them as it is scrolled.
        for (int i = 0; i < 450; ++i) {
            AnnotatedArticle bundle;
            bundle.article.headline = QStringLiteral("Article %1").arg(i);
            bundle.article.text = QStringLiteral("Text of article %1.").arg(i);
            QVERIFY(m_store->addArticle(bundle));
        }
        QCOMPARE(model.rowCount(), 451); // everything was loaded, so new articles were appended
        LibraryModel paged(m_store);
        QCOMPARE(paged.totalCount(), 451);
        paged.fetchMore({});
        QCOMPARE(paged.rowCount(), LibraryModel::PageSize);
        QAbstractItemModelTester pagedTester(&paged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (paged.canFetchMore({}))
            paged.fetchMore({});
        QCOMPARE(paged.rowCount(), 451);
        QCOMPARE(paged.index(450, 0).data().toString(), QStringLiteral("Article 449"));

        QVERIFY(m_store->removeArticle(m_articleId));
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.rowOf(m_articleId), -1);
        QCOMPARE(resets.count(), 0);
    }

    // "Label all occurrences" with 200 hits is one action: one batch signal, one summary query
    // for the library row, one update of each model.
    void labelAllOccurrencesRefreshesOnce()
    {
        AnnotatedArticle bundle;
        bundle.article.headline = QStringLiteral("Kestrel, again and again");
        QStringList sentences;
        for (int i = 0; i < 200; ++i)
            sentences.append(QStringLiteral("Kestrel shares rose %1 points.").arg(i));
        bundle.article.text = sentences.join(QLatin1Char(' '));
        const qint64 articleId = m_store->addArticle(bundle).value_or(0);
        QVERIFY(articleId);

        LibraryModel library(m_store);
        library.fetchMore({});
        QAbstractItemModelTester libraryTester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EntityModel entities(m_store, LabelSet::ontoNotes());
        QAbstractItemModelTester entityTester(&entities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        entities.setArticle(articleId);
        FactModel facts(m_store);
        facts.setArticle(articleId);
        LabelModel labels(m_store);
        labels.setArticle(articleId);

        QSignalSpy batches(m_store, &AnnotationStore::changed);
        QSignalSpy libraryRows(&library, &QAbstractItemModel::dataChanged);
        QSignalSpy labelRows(&labels, &QAbstractItemModel::dataChanged);
        const int summaryQueries = m_store->summaryQueryCount();

        auto command = m_edits->labelAllOccurrences(articleId, QStringLiteral("Kestrel"), QStringLiteral("ORG"));
        QVERIFY2(command, qPrintable(m_edits->errorString()));
        m_stack->push(command.release());

        QCOMPARE(m_store->annotations(articleId).size(), 200);
        QCOMPARE(batches.count(), 1);
        QCOMPARE(m_store->summaryQueryCount() - summaryQueries, 1);
        QCOMPARE(libraryRows.count(), 1);
        QCOMPARE(labelRows.count(), 1);

        const auto change = batches.first().first().value<StoreChange>();
        QCOMPARE(change.annotations.size(), 200);
        QCOMPARE(change.summaryArticles, QSet<qint64>{articleId});
        QCOMPARE(change.touchedArticles(), QSet<qint64>{articleId});
        QVERIFY(change.addedArticles.isEmpty() && change.removedArticles.isEmpty());

        const int row = library.rowOf(articleId);
        QCOMPARE(library.index(row, LibraryModel::EntitiesColumn).data().toInt(), 1);
        QCOMPARE(library.index(row, 0).data(LibraryModel::AnnotationCountRole).toInt(), 200);
        QCOMPARE(labels.count(QStringLiteral("ORG")), 200);
        QCOMPARE(entities.rowCount(), 1);
        QCOMPARE(entities.rowCount(entities.index(0, 0)), 1);
        QCOMPARE(entities.rowCount(entities.index(0, 0, entities.index(0, 0))), 200);

        // Undo is one action as well.
        m_stack->undo();
        QCOMPARE(batches.count(), 2);
        QCOMPARE(m_store->summaryQueryCount() - summaryQueries, 2);
        QCOMPARE(library.index(row, 0).data(LibraryModel::AnnotationCountRole).toInt(), 0);
        QCOMPARE(entities.rowCount(), 0);
        QCOMPARE(labels.count(QStringLiteral("ORG")), 0);
    }

    void labelCounts()
    {
        LabelModel model(m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_articleId);
        QCOMPARE(model.rowCount(), model.labelSet().labels().size());
        QCOMPARE(model.index(0).data(LabelModel::NameRole).toString(), QStringLiteral("PERSON"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("1  Person"));
        QCOMPARE(model.count(QStringLiteral("ORG")), 5);
        m_stack->push(m_edits->reject(annotationAt(QStringLiteral("Kestrel"), 2)).release());
        QCOMPARE(model.count(QStringLiteral("ORG")), 4);
        m_stack->push(m_edits->relabel(annotationAt(QStringLiteral("Kestrel Energy")), QStringLiteral("PRODUCT")).release());
        QCOMPARE(model.count(QStringLiteral("ORG")), 3);
        QCOMPARE(model.count(QStringLiteral("PRODUCT")), 1);
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(model.count(QStringLiteral("ORG")), 5);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
