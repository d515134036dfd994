// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: `gazette import` of 2,000 articles (with suggestions, so every article is
// several statements) and `gazette edit` corrections, killed with SIGKILL at 20 random moments.
// After each kill the library must pass its integrity check, open, and hold only whole
// articles: every stored text is exactly one of the source texts, every span lies inside its
// text, and corrections never add or lose a span. Runs on an SQLite file and, when
// GAZETTE_TEST_PG_URI names a server (`./dev bench` starts one), on a PostgreSQL library: there
// the check is amcheck's bt_index_check of every index and no row without its article or fact.
#include "store/annotationstore.h"
#include "../core/testlibrary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace Gazette;

namespace {

struct Tally
{
    int killed = 0;
    int integrityFailures = 0;
    int partialArticles = 0;
};

// SQLite: PRAGMA integrity_check. PostgreSQL: every B-tree index of the library checked by
// amcheck, and no annotation, fact or evidence row whose article or fact is gone.
QString integrityProblem(const QString &library)
{
    const bool server = Testing::onPostgres();
    const QString name = QStringLiteral("check");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        SqlDialect::forLocation(library)->setLocation(db, library);
        if (!db.open()) {
            problem = db.lastError().text();
        } else if (!server) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
                problem = q.value(0).toString() + q.lastError().text();
        } else {
            QSqlQuery q(db);
            // A kill before the first import made its tables leaves an empty database: sound.
            const bool empty = q.exec(QStringLiteral("SELECT to_regclass('public.articles') IS NULL")) && q.next() && q.value(0).toBool();
            // Raises an error at the first damaged index.
            if (empty) {
            } else if (!q.exec(QStringLiteral("SELECT amcheck.bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                       "JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE am.amname = 'btree' AND n.nspname = 'public'")))
                problem = q.lastError().text();
            int indexes = 0;
            while (q.next())
                ++indexes;
            if (!empty && problem.isEmpty() && indexes == 0)
                problem = QStringLiteral("no index was checked");
            const QStringList checks = {
                QStringLiteral("SELECT count(*) FROM annotations x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)"),
                QStringLiteral("SELECT count(*) FROM facts x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)"),
                QStringLiteral("SELECT count(*) FROM evidence x WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.id = x.fact_id)"),
            };
            for (const QString &check : checks) {
                if (empty || !problem.isEmpty())
                    break;
                if (!q.exec(check) || !q.next() || q.value(0).toInt() != 0) {
                    problem = check + QStringLiteral(": ") + q.value(0).toString() + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// Articles whose text is not one of the sources or whose spans leave it; the spans per article.
int partialArticles(AnnotationStore &store, const QSet<QByteArray> &sourceHashes, QHash<qint64, int> *spansPerArticle)
{
    int partial = 0;
    const auto summaries = store.articleSummaries(0, store.articleCount());
    for (const ArticleSummary &summary : summaries) {
        const auto article = store.article(summary.id);
        bool whole = article && sourceHashes.contains(QCryptographicHash::hash(article->text.toUtf8(), QCryptographicHash::Sha256));
        const QList<Annotation> annotations = store.annotations(summary.id);
        if (whole) {
            for (const Annotation &a : annotations)
                whole = whole && a.start >= 0 && a.end <= article->text.size() && a.start < a.end;
        }
        spansPerArticle->insert(summary.id, int(annotations.size()));
        partial += !whole;
    }
    return partial;
}

// Corrections through the CLI, one process each, until the time is up; the one running then is
// killed. Whatever was killed, the spans of every article stay as many as before.
bool editUntilKilled(const QString &library, AnnotationStore &store, int milliseconds)
{
    auto *random = QRandomGenerator::global();
    QList<qint64> annotated; // articles imported with --no-extract have no spans to correct
    for (const ArticleSummary &summary : store.articleSummaries(0, store.articleCount())) {
        if (summary.annotationCount > 0)
            annotated.append(summary.id);
    }
    QList<qint64> ids;
    for (int i = 0; i < 40 && !annotated.isEmpty(); ++i) {
        for (const Annotation &a : store.annotations(annotated.at(random->bounded(int(annotated.size())))))
            ids.append(a.id);
    }
    if (ids.isEmpty())
        return false;
    QElapsedTimer timer;
    timer.start();
    static const QStringList changes = {QStringLiteral("--accept"), QStringLiteral("--reject"), QStringLiteral("--label=ORG"),
                                        QStringLiteral("--label=PERSON")};
    while (true) {
        QProcess edit;
        edit.start(QStringLiteral(GAZETTE_CLI_HOST), {QStringLiteral("edit"), QStringLiteral("--library"), library, QStringLiteral("--annotation"),
                                                      QString::number(ids.at(random->bounded(int(ids.size())))),
                                                      changes.at(random->bounded(int(changes.size())))});
        edit.waitForStarted();
        while (edit.state() == QProcess::Running && timer.elapsed() < milliseconds)
            edit.waitForFinished(5);
        if (edit.state() == QProcess::Running) {
            ::kill(pid_t(edit.processId()), SIGKILL);
            edit.waitForFinished(60000);
            return true;
        }
    }
}

Tally run(const QString &backend, const QString &library, const QString &folder, const QSet<QByteArray> &sourceHashes, int kills)
{
    Tally tally;
    auto *random = QRandomGenerator::global();
    QHash<qint64, int> spansBefore;
    for (int round = 0; round < kills; ++round) {
        // Two imports (with and without suggestions), then a round of corrections.
        const bool editing = round % 3 == 2 && !spansBefore.isEmpty();
        bool killed = false;
        if (editing) {
            AnnotationStore store;
            if (store.open(library))
                killed = editUntilKilled(library, store, 300 + int(random->bounded(2000)));
        } else {
            QProcess import;
            QStringList arguments{QStringLiteral("import"), folder, QStringLiteral("--library"), library};
            if (round % 3 == 1)
                arguments.append(QStringLiteral("--no-extract"));
            import.start(QStringLiteral(GAZETTE_CLI_HOST), arguments);
            import.waitForStarted();
            // A server library takes longer to reach (and its imports with suggestions longer to
            // start storing): a wider window, or no kill would ever land inside a transaction.
            QThread::msleep(Testing::onPostgres() ? 500 + random->bounded(8000u) : 200 + random->bounded(2500u));
            if (import.state() == QProcess::Running) {
                ::kill(pid_t(import.processId()), SIGKILL);
                killed = true;
            }
            import.waitForFinished(60000);
        }
        tally.killed += killed;

        if (const QString problem = integrityProblem(library); !problem.isEmpty()) {
            ++tally.integrityFailures;
            std::printf("%s round %d: integrity check: %s\n", qPrintable(backend), round, qPrintable(problem));
        }
        AnnotationStore store;
        if (!store.open(library)) {
            ++tally.integrityFailures;
            std::printf("%s round %d: %s\n", qPrintable(backend), round, qPrintable(store.errorString()));
            continue;
        }
        QHash<qint64, int> spans;
        tally.partialArticles += partialArticles(store, sourceHashes, &spans);
        if (editing) {
            // A correction changes a span, never how many an article has.
            for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
                if (spansBefore.value(it.key(), it.value()) != it.value()) {
                    ++tally.partialArticles;
                    std::printf("%s round %d: article %lld had %d spans, now %d\n", qPrintable(backend), round, it.key(),
                                spansBefore.value(it.key()), it.value());
                }
            }
        }
        spansBefore = spans;
        std::printf("%s round %d: %s %s after %d articles stored\n", qPrintable(backend), round, editing ? "edit" : "import",
                    killed ? "killed" : "finished", int(spans.size()));
        std::fflush(stdout);
    }
    return tally;
}

void print(const char *prefix, const Tally &tally)
{
    std::printf("bench: %skills %d count\n", prefix, tally.killed);
    std::printf("bench: %sintegrity_failures %d count\n", prefix, tally.integrityFailures);
    std::printf("bench: %spartial_articles %d count\n", prefix, tally.partialArticles);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int articles = qEnvironmentVariableIntValue("GAZETTE_CRASH_ARTICLES") > 0 ? qEnvironmentVariableIntValue("GAZETTE_CRASH_ARTICLES") : 2000;
    const int kills = qEnvironmentVariableIntValue("GAZETTE_CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("GAZETTE_CRASH_KILLS") : 20;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("articles"));
    QDir().mkpath(folder);
    QSet<QByteArray> sourceHashes;
    for (int i = 0; i < articles; ++i) {
        const QString text = QStringLiteral("Harbour report %1\n\nKestrel Energy said on Tuesday that the port of Rotterdam ordered %2 "
                                            "electric cranes from Harbourline Robotics, chief executive Marta Visser said in Singapore. "
                                            "Shares rose %3% on Wednesday.\n").arg(i).arg(i * 7 + 3).arg(i % 50);
        QFile file(folder + QStringLiteral("/report-%1.txt").arg(i, 5, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(text.toUtf8());
        sourceHashes.insert(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256));
    }

    qunsetenv("GAZETTE_TEST_BACKEND");
    const Tally sqlite = run(QStringLiteral("sqlite"), dir.filePath(QStringLiteral("crash.gazette")), folder, sourceHashes, kills);
    print("crash_", sqlite);
    int failures = sqlite.integrityFailures + sqlite.partialArticles;

    if (qEnvironmentVariableIsEmpty("GAZETTE_TEST_PG_URI")) {
        std::printf("no PostgreSQL server (GAZETTE_TEST_PG_URI): the kill harness ran on SQLite only\n");
    } else {
        qputenv("GAZETTE_TEST_BACKEND", "postgres");
        const QString library = Testing::newServerLibrary();
        {
            // amcheck lives in the library's own database, in a schema of its own (the library's
            // tables are in public).
            const QString name = QStringLiteral("amcheck");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                SqlDialect::forLocation(library)->setLocation(db, library);
                if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE SCHEMA amcheck"))
                    || !QSqlQuery(db).exec(QStringLiteral("CREATE EXTENSION amcheck SCHEMA amcheck")))
                    std::printf("amcheck is not available: %s\n", qPrintable(db.lastError().text()));
            }
            QSqlDatabase::removeDatabase(name);
        }
        const Tally postgres = run(QStringLiteral("postgres"), library, folder, sourceHashes, kills);
        print("crash_pg_", postgres);
        failures += postgres.integrityFailures + postgres.partialArticles;
    }
    return failures == 0 ? 0 : 1;
}
