// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QTest>
#include <QTextStream>

using namespace Gazette;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("Gazette")); }

    void recognisesCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("isCli");
        const QString program = QStringLiteral("gazette");
        QTest::newRow("no arguments") << QStringList{program} << false;
        QTest::newRow("a file") << QStringList{program, QStringLiteral("article.txt")} << false;
        QTest::newRow("help") << QStringList{program, QStringLiteral("help")} << true;
        QTest::newRow("--version") << QStringList{program, QStringLiteral("--version")} << true;
        QTest::newRow("window option") << QStringList{program, QStringLiteral("--theme"), QStringLiteral("Breeze Dark")} << false;
    }

    void recognisesCommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, isCli);
        QCOMPARE(Cli::isCliInvocation(arguments), isCli);
    }

    void printsVersion()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("version")}, outStream, errStream), 0);
        outStream.flush();
        QCOMPARE(out, QStringLiteral("Gazette " GAZETTE_VERSION "\n"));
        QVERIFY(err.isEmpty());
    }

    void printsHelp()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("help")}, outStream, errStream), 0);
        outStream.flush();
        QVERIFY(out.startsWith(QStringLiteral("Usage:")));
        QVERIFY(out.contains(QStringLiteral("--screenshot")));
    }

    void rejectsUnknownCommand()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("frobnicate")}, outStream, errStream), 2);
        errStream.flush();
        QVERIFY(err.contains(QStringLiteral("frobnicate")));
        QVERIFY(out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
