// SPDX-License-Identifier: GPL-3.0-or-later
// Several annotators edit the same annotations and facts at once, each in a process of its own:
// every edit is either applied or refused with a message, none is lost, and the library ends as
// the replay of the applied edits (for each row: one applied edit per version, the last one's
// content in the row).
#include "storefixture.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace Gazette;
using namespace Gazette::Testing;

class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void annotatorsNeverLoseAnEdit()
    {
        const int annotators = qEnvironmentVariableIntValue("GAZETTE_TEST_ANNOTATORS") > 0 ? qEnvironmentVariableIntValue("GAZETTE_TEST_ANNOTATORS") : 8;
        // 1,000 edits each on the server; a library file takes one writer at a time and its
        // writers back off for whole milliseconds, so 250 each there keep the run short.
        const int defaultEdits = onPostgres() ? 1000 : 250;
        const int edits = qEnvironmentVariableIntValue("GAZETTE_TEST_EDITS") > 0 ? qEnvironmentVariableIntValue("GAZETTE_TEST_EDITS") : defaultEdits;
        QTemporaryDir dir;
        const QString library = newLibrary(dir.filePath(QStringLiteral("newsroom.gazette")));
        {
            AnnotationStore store;
            QVERIFY2(store.open(library), qPrintable(store.errorString()));
            AnnotatedArticle bundle = sampleBundle();
            QCOMPARE(store.addArticle(bundle), std::optional<qint64>(1));
        }
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int n = 0; n < annotators; ++n) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(GAZETTE_ANNOTATOR_HOST),
                           {library, QStringLiteral("annotator%1").arg(n), QString::number(1000 + n), QString::number(edits)});
            processes.push_back(std::move(process));
        }
        // For each row: the applied edits by the version they made, and the refusals.
        std::map<QString, QHash<int, QString>> applied;
        int refused = 0;
        int appliedCount = 0;
        for (auto &process : processes) {
            QVERIFY(process->waitForFinished(280000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(err));
            const QStringList lines = QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), edits); // every edit has an outcome
            for (const QString &line : lines) {
                const QStringList fields = line.split(QLatin1Char(' '));
                const QString row = fields.at(1) + QLatin1Char(':') + fields.at(2);
                if (fields.at(0) == QLatin1String("applied")) {
                    const int version = fields.at(3).toInt();
                    QVERIFY2(!applied[row].contains(version), qPrintable(QStringLiteral("two edits of %1 made version %2").arg(row).arg(version)));
                    applied[row].insert(version, fields.at(4));
                    ++appliedCount;
                } else {
                    QCOMPARE(fields.at(0), QStringLiteral("refused"));
                    const QString message = fields.mid(3).join(QLatin1Char(' '));
                    QVERIFY2(message.contains(QStringLiteral("not saved")) || message.contains(QStringLiteral("busy")), qPrintable(line));
                    ++refused;
                }
            }
        }
        qInfo("%d annotators, %d edits each: %d applied, %d refused with a message", annotators, edits, appliedCount, refused);
        QVERIFY(appliedCount > 0);
        QVERIFY(refused > 0); // they did collide
        AnnotationStore store;
        QVERIFY(store.open(library));
        for (const auto &[row, versions] : applied) {
            const QStringList parts = row.split(QLatin1Char(':'));
            const qint64 id = parts.at(1).toLongLong();
            int finalVersion = 0;
            QString content;
            if (parts.at(0) == QLatin1String("fact")) {
                const auto fact = store.fact(id);
                QVERIFY(fact);
                finalVersion = fact->version.value;
                content = fact->objectText;
            } else {
                const auto annotation = store.annotation(id);
                QVERIFY(annotation);
                finalVersion = annotation->version.value;
                content = annotation->note;
            }
            // Versions 2..final were each made by exactly one applied edit: none overwritten unseen.
            QCOMPARE(versions.size(), finalVersion - 1);
            for (int version = 2; version <= finalVersion; ++version)
                QVERIFY2(versions.contains(version), qPrintable(QStringLiteral("%1 version %2 has no edit").arg(row).arg(version)));
            QCOMPARE(content, versions.value(finalVersion));
        }
        // The history holds every applied edit besides the import.
        QCOMPARE(store.changeLog().size(), appliedCount + 1);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
