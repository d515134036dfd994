// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes writing to one library at once: every article once, no "database is locked",
// the schema made once.
#include "store/annotationstore.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette;
using namespace Gazette::Testing;

class TestConcurrentImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoImportsOfOneFolder_data()
    {
        QTest::addColumn<bool>("extract");
        QTest::newRow("plain") << false;
        QTest::newRow("with suggestions") << true;
    }

    void twoImportsOfOneFolder()
    {
        QFETCH(bool, extract);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("articles"));
        QVERIFY(QDir().mkpath(folder));
        constexpr int Articles = 24;
        for (int i = 0; i < Articles; ++i) {
            QFile file(folder + QStringLiteral("/story-%1.txt").arg(i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Harbour story " + QByteArray::number(i) + "\n\nKestrel Energy said on Tuesday that the port of Rotterdam ordered "
                       + QByteArray::number(i * 7 + 3) + " electric cranes from Harbourline Robotics, its chief executive Marta Visser said.\n");
        }
        const QString library = newLibrary(dir.filePath(QStringLiteral("shared.gazette"))); // not there yet: both create it
        QStringList arguments{QStringLiteral("import"), folder, QStringLiteral("--library"), library};
        if (!extract)
            arguments.append(QStringLiteral("--no-extract"));
        QProcess first, second;
        for (QProcess *process : {&first, &second}) {
            process->setProcessChannelMode(QProcess::SeparateChannels);
            process->start(QStringLiteral(GAZETTE_CLI_HOST), arguments);
        }
        for (QProcess *process : {&first, &second}) {
            QVERIFY(process->waitForFinished(240000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(err));
            QVERIFY2(!err.contains(QStringLiteral("locked")), qPrintable(err));
        }
        AnnotationStore store;
        QVERIFY2(store.open(library), qPrintable(store.errorString()));
        QCOMPARE(store.articleCount(), Articles);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentImport)
#include "tst_concurrentimport.moc"
