// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: `gazette import` of 2,000 articles (with suggestions, so every article is
// several statements) killed with SIGKILL at 20 random moments. After each kill the library
// must pass SQLite's integrity check, open, and hold only whole articles: every stored text
// is exactly one of the source texts, and every span lies inside its text.
#include "store/annotationstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace Gazette;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int articles = qEnvironmentVariableIntValue("GAZETTE_CRASH_ARTICLES") > 0 ? qEnvironmentVariableIntValue("GAZETTE_CRASH_ARTICLES") : 2000;
    const int kills = 20;
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
    const QString library = dir.filePath(QStringLiteral("crash.gazette"));
    int integrityFailures = 0;
    int partialArticles = 0;
    int openFailures = 0;
    int killed = 0;
    auto *random = QRandomGenerator::global();
    for (int round = 0; round < kills; ++round) {
        QProcess import;
        QStringList arguments{QStringLiteral("import"), folder, QStringLiteral("--library"), library};
        if (round % 2)
            arguments.append(QStringLiteral("--no-extract"));
        import.start(QStringLiteral(GAZETTE_CLI_HOST), arguments);
        import.waitForStarted();
        QThread::msleep(200 + random->bounded(2500));
        if (import.state() == QProcess::Running) {
            ::kill(pid_t(import.processId()), SIGKILL);
            ++killed;
        }
        import.waitForFinished(60000);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(library);
            QString result;
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                    result = q.value(0).toString();
            }
            if (result != QLatin1String("ok")) {
                ++integrityFailures;
                std::printf("round %d: integrity_check says %s\n", round, qPrintable(result));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        AnnotationStore store;
        if (!store.open(library)) {
            ++openFailures;
            std::printf("round %d: %s\n", round, qPrintable(store.errorString()));
            continue;
        }
        const auto summaries = store.articleSummaries(0, store.articleCount());
        for (const ArticleSummary &summary : summaries) {
            const auto article = store.article(summary.id);
            bool whole = article && sourceHashes.contains(QCryptographicHash::hash(article->text.toUtf8(), QCryptographicHash::Sha256));
            if (whole) {
                for (const Annotation &a : store.annotations(summary.id))
                    whole = whole && a.start >= 0 && a.end <= article->text.size() && a.start < a.end;
            }
            partialArticles += !whole;
        }
        std::printf("round %d: %s after %d articles stored\n", round, killed > round ? "killed" : "finished", int(summaries.size()));
        std::fflush(stdout);
    }
    std::printf("bench: crash_kills %d count\n", killed);
    std::printf("bench: crash_integrity_failures %d count\n", integrityFailures + openFailures);
    std::printf("bench: crash_partial_articles %d count\n", partialArticles);
    return integrityFailures + openFailures + partialArticles == 0 ? 0 : 1;
}
