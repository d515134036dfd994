// SPDX-License-Identifier: GPL-3.0-or-later
// Several annotators on one library: roles enforced by the server, assignments and each
// annotator's progress, presence, layers and curation. Runs on both backends; on a library
// file there is one user, who may do everything.
#include "cli/cli.h"
#include "commands/curation.h"
#include "document/layers.h"
#include "library/librarysession.h"
#include "store/annotationstore.h"
#include "store/teamstore.h"
#include "storefixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUrl>
#include <QUuid>

using namespace Gazette;
using namespace Gazette::Testing;

namespace {

struct CliResult
{
    int status = 0;
    QString out;
    QString err;
};

CliResult runCli(QStringList arguments)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    arguments.prepend(QStringLiteral("gazette"));
    result.status = Cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

Annotation span(const QString &author, const QString &quote, const QString &label, int start = -1)
{
    Annotation a;
    a.start = start < 0 ? at(quote) : start;
    a.end = a.start + int(quote.size());
    a.label = label;
    a.quote = quote;
    a.author = author;
    return a;
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // The library of the running test and the names of its two annotators: roles of their own
    // on the server (cluster-wide, so unique per test), names from the settings on a file.
    QString m_library;
    QString m_ana;
    QString m_ben;
    qint64 m_articleId = 0;
    std::unique_ptr<LibrarySession> m_anaSession;
    std::unique_ptr<LibrarySession> m_benSession;

    // A new library with the fixture article; on the server Ana is an annotator and Ben a curator.
    void makeLibrary()
    {
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_ana = onPostgres() ? QStringLiteral("ana_") + suffix : QStringLiteral("ana");
        m_ben = onPostgres() ? QStringLiteral("ben_") + suffix : QStringLiteral("ben");
        m_library = newLibrary(m_dir.filePath(QStringLiteral("team-%1.gazette").arg(suffix)));
        AnnotationStore admin;
        QVERIFY2(admin.open(m_library), qPrintable(admin.errorString()));
        AnnotatedArticle bundle = sampleBundle();
        const auto id = admin.addArticle(bundle);
        QVERIFY(id);
        m_articleId = *id;
        QCOMPARE(runCli({QStringLiteral("library"), QStringLiteral("grant"), QStringLiteral("--library"), m_library, m_ana,
                         QStringLiteral("annotator")}).status, 0);
        QCOMPARE(runCli({QStringLiteral("library"), QStringLiteral("grant"), QStringLiteral("--library"), m_library, m_ben,
                         QStringLiteral("curator")}).status, 0);
    }

    // The library as one of its annotators sees it.
    QString libraryAs(const QString &who) const
    {
        if (!onPostgres())
            return m_library;
        QUrl url(m_library);
        url.setUserName(who);
        return url.toString();
    }

    std::unique_ptr<LibrarySession> sessionOf(const QString &who)
    {
        auto session = std::make_unique<LibrarySession>(who);
        if (!session->open(libraryAs(who)))
            qFatal("cannot open the library as %s: %s", qPrintable(who), qPrintable(session->errorString()));
        session->store()->setAuthor(who);
        return session;
    }

    // The annotator labels "Singapore" in the fixture article.
    static void labelSingapore(LibrarySession &session, const QString &label)
    {
        const int singapore = at(QStringLiteral("Singapore"));
        QVERIFY2(session.push(session.edits()->addAnnotation(session.store()->articleSummaries(0, 1).at(0).id, singapore,
                                                             singapore + 9, label)),
                 qPrintable(session.errorString()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Every test gets a new library and Ana's and Ben's sessions on it.
    void init()
    {
        makeLibrary();
        m_anaSession = sessionOf(m_ana);
        m_benSession = sessionOf(m_ben);
    }

    void cleanup()
    {
        m_anaSession.reset();
        m_benSession.reset();
    }

    void layersFilterAndDiffer()
    {
        const QList<Annotation> annotations = {
            span(QStringLiteral("ana"), QStringLiteral("Singapore"), QStringLiteral("GPE")),
            span(QStringLiteral("ben"), QStringLiteral("Singapore"), QStringLiteral("LOC")),
            span(QStringLiteral("ana"), QStringLiteral("Kestrel Energy"), QStringLiteral("ORG")),
            span(QStringLiteral("ben"), QStringLiteral("Kestrel Energy"), QStringLiteral("ORG")),
            span(QString(), QStringLiteral("ROTTERDAM"), QStringLiteral("GPE")),
            span(Layers::finalAuthor(), QStringLiteral("Kestrel Energy"), QStringLiteral("ORG")),
        };
        QCOMPARE(Layers::annotators(annotations), (QStringList{QStringLiteral("ana"), QStringLiteral("ben")}));
        QCOMPARE(Layers::filter(annotations, Layer::all()).size(), 6);
        QCOMPARE(Layers::filter(annotations, Layer::of(QStringLiteral("ana"))).size(), 2);
        QCOMPARE(Layers::filter(annotations, Layer::final()).size(), 1);
        const QList<Annotation> difference = Layers::filter(annotations, Layer::difference(QStringLiteral("ana"), QStringLiteral("ben")));
        QCOMPARE(difference.size(), 2); // Singapore as GPE and as LOC; Kestrel Energy agrees
        QCOMPARE(difference.at(0).quote, QStringLiteral("Singapore"));
        QCOMPARE(difference.at(1).quote, QStringLiteral("Singapore"));

        const QList<Layers::Disagreement> stretches = Layers::disagreements(annotations);
        QCOMPARE(stretches.size(), 1);
        QCOMPARE(stretches.at(0).start, at(QStringLiteral("Singapore")));
        QCOMPARE(stretches.at(0).versions.value(QStringLiteral("ana")).at(0).label, QStringLiteral("GPE"));
        QCOMPARE(stretches.at(0).versions.value(QStringLiteral("ben")).at(0).label, QStringLiteral("LOC"));
        QVERIFY(stretches.at(0).final.isEmpty());
    }

    void assignmentsAndProgress()
    {
        TeamStore benTeam(m_benSession->store());
        QVERIFY(benTeam.isCurator());
        QVERIFY2(benTeam.assign(m_articleId, m_ana), qPrintable(benTeam.errorString()));
        QVERIFY2(benTeam.assign(m_articleId, m_ben), qPrintable(benTeam.errorString()));

        TeamStore anaTeam(m_anaSession->store());
        QVERIFY2(anaTeam.setStatus(m_articleId, m_ana, AssignmentStatus::InProgress), qPrintable(anaTeam.errorString()));
        QVERIFY(!anaTeam.setStatus(m_articleId, QStringLiteral("carl"), AssignmentStatus::Done));
        QVERIFY(anaTeam.errorString().contains(QStringLiteral("not assigned")));

        const QList<Assignment> assignments = benTeam.assignments(m_articleId);
        QCOMPARE(assignments.size(), 2);
        QCOMPARE(assignments.at(0).annotator, m_ana);
        QCOMPARE(assignments.at(0).status, AssignmentStatus::InProgress);
        QCOMPARE(assignments.at(0).assignedBy, m_ben);
        QCOMPARE(assignments.at(1).status, AssignmentStatus::Assigned);

        // The CLI: Ana reports done, and the listing shows both annotators' progress.
        CliResult done = runCli({QStringLiteral("assign"), QStringLiteral("--library"), libraryAs(m_ana), QStringLiteral("--article"),
                                 QString::number(m_articleId), QStringLiteral("--annotator"), m_ana, QStringLiteral("--status"),
                                 QStringLiteral("done"), QStringLiteral("--author"), m_ana});
        QVERIFY2(done.status == 0, qPrintable(done.err));
        const CliResult listing = runCli({QStringLiteral("assign"), QStringLiteral("--library"), libraryAs(m_ben)});
        QCOMPARE(listing.status, 0);
        QVERIFY2(listing.out.contains(QRegularExpression(m_ana + QStringLiteral(" +done"))), qPrintable(listing.out));
        QVERIFY2(listing.out.contains(QRegularExpression(m_ben + QStringLiteral(" +assigned"))), qPrintable(listing.out));
        QVERIFY(listing.out.contains(QStringLiteral("Harbourline Signs Battery Deal")));
    }

    void presenceShowsWhoIsWorkingAndExpires()
    {
        TeamStore anaTeam(m_anaSession->store());
        TeamStore benTeam(m_benSession->store());
        QVERIFY(anaTeam.heartbeat(m_articleId));
        QCOMPARE(benTeam.presence(m_articleId).size(), 1);
        QCOMPARE(benTeam.presence(m_articleId).at(0).annotator, m_ana);
        const CliResult listing = runCli({QStringLiteral("assign"), QStringLiteral("--library"), libraryAs(m_ben)});
        QVERIFY2(listing.out.contains(QStringLiteral("%1 is working on article %2").arg(m_ana).arg(m_articleId)), qPrintable(listing.out));
        // Closing the article takes the row away; a window that stops writing goes stale.
        QVERIFY(anaTeam.heartbeat(0));
        QVERIFY(benTeam.presence(m_articleId).isEmpty());
        QVERIFY(anaTeam.heartbeat(m_articleId));
        benTeam.setPresenceLifetime(1);
        QTest::qWait(1500);
        QVERIFY(benTeam.presence(m_articleId).isEmpty());
    }

    void curationTakesOneVersionUndoably()
    {
        const int singapore = at(QStringLiteral("Singapore"));
        labelSingapore(*m_anaSession, QStringLiteral("GPE"));
        labelSingapore(*m_benSession, QStringLiteral("LOC"));
        const QList<Layers::Disagreement> stretches = Layers::disagreements(m_benSession->store()->annotations(m_articleId));
        QCOMPARE(stretches.size(), 1);
        QCOMPARE(stretches.at(0).versions.keys(), (QStringList{m_ana, m_ben}));

        Curation curation(m_benSession->store());
        const auto finalLabels = [&] {
            QStringList labels;
            for (const Annotation &a : Layers::filter(m_benSession->store()->annotations(m_articleId), Layer::final()))
                labels.append(a.label + QLatin1Char('@') + QString::number(a.start));
            return labels;
        };
        QVERIFY(m_benSession->push(curation.takeVersion(m_articleId, stretches.at(0).start, stretches.at(0).end, m_ana)));
        QCOMPARE(finalLabels(), QStringList{QStringLiteral("GPE@%1").arg(singapore)});
        QCOMPARE(m_benSession->undoStack()->undoText(), QStringLiteral("Take %1's version of 'Singapore'").arg(m_ana));
        QVERIFY(m_benSession->push(curation.takeVersion(m_articleId, stretches.at(0).start, stretches.at(0).end, m_ben)));
        QCOMPARE(finalLabels(), QStringList{QStringLiteral("LOC@%1").arg(singapore)});
        QVERIFY(!curation.takeVersion(m_articleId, stretches.at(0).start, stretches.at(0).end, m_ben));
        m_benSession->undoStack()->undo();
        QCOMPARE(finalLabels(), QStringList{QStringLiteral("GPE@%1").arg(singapore)});
        m_benSession->undoStack()->undo();
        QVERIFY(finalLabels().isEmpty());
        // The final layer is no annotator's: agreement and the annotators' layers leave it out.
        QCOMPARE(Layers::annotators(m_benSession->store()->annotations(m_articleId)), (QStringList{m_ana, m_ben}));
    }

    void rolesAreEnforcedByTheServer()
    {
        const int singapore = at(QStringLiteral("Singapore"));
        labelSingapore(*m_benSession, QStringLiteral("LOC"));
        qint64 bens = 0;
        for (const Annotation &a : m_benSession->store()->annotations(m_articleId)) {
            if (a.author == m_ben)
                bens = a.id;
        }
        QVERIFY(bens);
        TeamStore anaTeam(m_anaSession->store());
        if (!onPostgres()) {
            // One user on a file: nobody is refused anything.
            QVERIFY(anaTeam.isCurator());
            QVERIFY(m_anaSession->push(m_anaSession->edits()->relabel(bens, QStringLiteral("GPE"))));
            QVERIFY(m_anaSession->push(m_anaSession->edits()->setReviewStatus(m_articleId, ReviewStatus::Done)));
            const CliResult grant = runCli({QStringLiteral("library"), QStringLiteral("grant"), QStringLiteral("--library"), m_library,
                                            QStringLiteral("carl"), QStringLiteral("curator")});
            QCOMPARE(grant.status, 0);
            QVERIFY(grant.out.contains(QStringLiteral("Nothing was changed")));
            return;
        }
        QVERIFY(!anaTeam.isCurator());
        QVERIFY(TeamStore(m_benSession->store()).isCurator());

        // Ana may correct the extractor's suggestions (they become hers), not Ben's spans.
        const qint64 suggestion = m_anaSession->store()->annotations(m_articleId).constFirst().id;
        QVERIFY2(m_anaSession->push(m_anaSession->edits()->accept(suggestion)), qPrintable(m_anaSession->errorString()));
        QCOMPARE(m_anaSession->store()->annotation(suggestion)->author, m_ana);
        QVERIFY(!m_anaSession->push(m_anaSession->edits()->relabel(bens, QStringLiteral("GPE"))));
        QVERIFY2(m_anaSession->errorString().contains(QStringLiteral("The server refused your change: it belongs to %1,").arg(m_ben)),
                 qPrintable(m_anaSession->errorString()));
        QCOMPARE(m_benSession->store()->annotation(bens)->label, QStringLiteral("LOC"));
        QVERIFY(!m_anaSession->push(m_anaSession->edits()->removeAnnotation(bens)));
        QVERIFY(m_benSession->store()->annotation(bens));

        // Only a curator sets the final status and adjudicates.
        QVERIFY(!m_anaSession->push(m_anaSession->edits()->setReviewStatus(m_articleId, ReviewStatus::Done)));
        QVERIFY2(m_anaSession->errorString().contains(QStringLiteral("only a curator may set an article's final status")),
                 qPrintable(m_anaSession->errorString()));
        QVERIFY2(m_anaSession->errorString().contains(QStringLiteral("row-level security")), qPrintable(m_anaSession->errorString()));
        QCOMPARE(m_benSession->store()->article(m_articleId)->reviewStatus, ReviewStatus::New);
        Curation anaCuration(m_anaSession->store());
        QVERIFY(!m_anaSession->push(anaCuration.takeVersion(m_articleId, singapore, singapore + 9, m_ben)));
        QVERIFY(m_anaSession->errorString().contains(QStringLiteral("The server refused")));
        // Ana imports an article with the extractor's suggestions, a fact and its evidence, but
        // only a curator removes one.
        AnnotatedArticle another = sampleBundle();
        another.article.text += QStringLiteral("Harbourline said more on Thursday.\n");
        const auto anothersId = m_anaSession->store()->addArticle(another);
        QVERIFY2(anothersId, qPrintable(m_anaSession->store()->errorString()));
        QCOMPARE(m_anaSession->store()->facts(*anothersId).size(), 1);
        QVERIFY(!m_anaSession->push(m_anaSession->edits()->removeArticle(*anothersId)));
        QVERIFY2(m_anaSession->errorString().contains(QStringLiteral("The server refused your change")),
                 qPrintable(m_anaSession->errorString()));
        QVERIFY(m_benSession->store()->article(*anothersId));
        QVERIFY(!anaTeam.assign(m_articleId, m_ana));
        QVERIFY2(anaTeam.errorString().contains(QStringLiteral("only a curator may assign")), qPrintable(anaTeam.errorString()));
        // The refusal is the server's, whatever client writes: Ana's own SQL is held too.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("ana-raw"));
            SqlDialect::forLocation(m_library)->setLocation(raw, libraryAs(m_ana));
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE annotations SET label = 'GPE' WHERE id = %1").arg(bens)));
            QCOMPARE(q.numRowsAffected(), 0);
            QVERIFY(!q.exec(QStringLiteral("UPDATE articles SET review_status = 2 WHERE id = %1").arg(m_articleId)));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO assignments (article_id, annotator, modified) VALUES (%1, '%2', '')")
                                .arg(m_articleId)
                                .arg(m_ana)));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ana-raw"));

        QVERIFY(m_benSession->push(m_benSession->edits()->setReviewStatus(m_articleId, ReviewStatus::Done)));
        // A done article's text is the curators' too.
        Article changed = *m_anaSession->store()->article(m_articleId);
        changed.text += QStringLiteral("Updated.\n");
        QVERIFY(!m_anaSession->store()->updateArticle(m_articleId, changed));
        QVERIFY2(m_anaSession->store()->errorString().contains(QStringLiteral("only a curator may change an article that is done")),
                 qPrintable(m_anaSession->store()->errorString()));
        QCOMPARE(m_benSession->store()->article(m_articleId)->text, ArticleText);
        Curation benCuration(m_benSession->store());
        QVERIFY2(m_benSession->push(benCuration.takeVersion(m_articleId, singapore, singapore + 9, m_ben)), qPrintable(m_benSession->errorString()));

        // The CLI says so too.
        const CliResult edit = runCli({QStringLiteral("edit"), QStringLiteral("--library"), libraryAs(m_ana), QStringLiteral("--annotation"),
                                       QString::number(bens), QStringLiteral("--label"), QStringLiteral("ORG")});
        QVERIFY(edit.status != 0);
        QVERIFY2(edit.err.contains(QStringLiteral("The server refused your change")), qPrintable(edit.err));
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
