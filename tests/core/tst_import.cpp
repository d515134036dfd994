// SPDX-License-Identifier: GPL-3.0-or-later
// Importing files, folders and web addresses, against a small HTTP server on 127.0.0.1 that the
// test runs itself.
#include "cli/cli.h"
#include "formats/sourcereader.h"
#include "store/annotationstore.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Gazette;

namespace {

class LocalServer : public QTcpServer
{
public:
    LocalServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url(const char *path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(QString::fromLatin1(path)); }

private:
    static void send(QTcpSocket *socket, const QByteArray &status, const QByteArray &type, const QByteArray &body, const QByteArray &extra = {})
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n" + extra + "\r\n" + body);
        socket->disconnectFromHost();
    }

    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        if (path == "/page.html") {
            // The charset is only in the header: the page itself declares none.
            send(socket, "200 OK", "text/html; charset=windows-1252",
                 "<html><body><h1>Caf\xe9 owners vote</h1><p>Caf\xe9 owners in M\xfcnchen said \x93yes\x94 to the new rules on Tuesday, after months of talks.</p></body></html>");
        } else if (path == "/moved") {
            send(socket, "302 Found", "text/html", {}, "Location: /page.html\r\n");
        } else if (path == "/loop") {
            send(socket, "302 Found", "text/html", {}, "Location: /loop\r\n");
        } else if (path == "/missing") {
            send(socket, "404 Not Found", "text/html", "<h1>gone</h1>");
        } else if (path == "/feed.xml") {
            QFile feed(QStringLiteral(GAZETTE_TEST_DATA "/feeds/ports.rss"));
            feed.open(QIODevice::ReadOnly);
            send(socket, "200 OK", "application/rss+xml", feed.readAll());
        } else if (path == "/image.png") {
            send(socket, "200 OK", "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0'));
        } else if (path == "/big") {
            send(socket, "200 OK", "text/html", QByteArray(33 * 1024 * 1024 + 10, 'a'));
        } else if (path == "/slow") {
            // Never answers: the fetch must give up by itself.
        }
    }
};

struct Run
{
    int code;
    QString out;
    QString err;
};

Run import(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out), err(&run.err);
    run.code = Cli::run(QStringList{QStringLiteral("gazette"), QStringLiteral("import")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    LocalServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        QVERIFY(m_dir.isValid());
    }

    void webPageWithHeaderCharset()
    {
        SourceReader reader;
        const auto outcome = reader.read(m_server.url("/moved")); // a redirect first
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.articles.size(), 1);
        QCOMPARE(outcome.articles.first().headline, QStringLiteral("Café owners vote"));
        QVERIFY(outcome.articles.first().text.contains(QStringLiteral("München said “yes”")));
        QCOMPARE(outcome.articles.first().uri, m_server.url("/page.html"));
    }

    void webFailuresAreExplained_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("404") << "/missing" << "404";
        QTest::newRow("redirect loop") << "/loop" << "redirected more than";
        QTest::newRow("too large") << "/big" << "larger than";
        QTest::newRow("timeout") << "/slow" << "did not answer";
        QTest::newRow("not an article") << "/image.png" << "image/png";
    }

    void webFailuresAreExplained()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        SourceReader reader;
        reader.setTimeout(1500);
        const auto outcome = reader.read(m_server.url(path.toLatin1().constData()));
        QVERIFY(outcome.articles.isEmpty());
        QVERIFY2(outcome.error.contains(message), qPrintable(outcome.error));
    }

    void refusedSchemes()
    {
        SourceReader reader;
        QVERIFY(!SourceReader::isWebAddress(QStringLiteral("ftp://x.example/a")));
        QVERIFY(!reader.read(QStringLiteral("file:///etc/passwd")).error.isEmpty());
    }

    void cliImportsFoldersFeedsAndUrls()
    {
        // A folder with articles of every kind, one broken file, and a sub-folder.
        const QString folder = m_dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/more")));
        QVERIFY(QFile::copy(QStringLiteral(GAZETTE_TEST_DATA "/html/jsonld.html"), folder + QStringLiteral("/a.html")));
        QVERIFY(QFile::copy(QStringLiteral(GAZETTE_TEST_DATA "/feeds/markets.atom"), folder + QStringLiteral("/more/b.atom")));
        QFile text(folder + QStringLiteral("/c.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Plain Story\nSome words.\n");
        text.close();
        QFile empty(folder + QStringLiteral("/d.txt"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        const QString library = m_dir.filePath(QStringLiteral("lib.gazette"));
        Run run = import({folder, m_server.url("/feed.xml"), m_server.url("/missing"), QStringLiteral("--library"), library});
        QCOMPARE(run.code, 1); // some failed
        QVERIFY2(run.out.contains(QStringLiteral("Imported 5 article(s); 0 already in the library; 2 failed.")), qPrintable(run.out + run.err));
        QVERIFY(run.err.contains(QStringLiteral("[1/6]")));
        QVERIFY(run.err.contains(QStringLiteral("d.txt")) && run.err.contains(QStringLiteral("empty")));
        QVERIFY(run.err.contains(QStringLiteral("404")));

        // Again: nothing is added twice.
        run = import({folder, m_server.url("/feed.xml"), QStringLiteral("--library"), library});
        QVERIFY2(run.out.contains(QStringLiteral("Imported 0 article(s); 5 already in the library; 1 failed.")), qPrintable(run.out));
        AnnotationStore store;
        QVERIFY(store.open(library));
        QCOMPARE(store.articleCount(), 5);
        QCOMPARE(store.search(QStringLiteral("Antwerp")).size(), 1);

        QCOMPARE(import({QStringLiteral("--library"), library}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
