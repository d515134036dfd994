// SPDX-License-Identifier: GPL-3.0-or-later
// The fetcher against hostile servers, all on 127.0.0.1 and started by the test.
#include "formats/urlfetcher.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Gazette;

namespace {

// Answers every request with what respond(path, socket) writes.
class TestServer : public QObject
{
public:
    using Responder = std::function<void(const QByteArray &path, QTcpSocket *socket)>;

    explicit TestServer(Responder respond)
        : m_respond(std::move(respond))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    const QByteArray path = m_buffer[socket].split(' ').value(1);
                    m_paths.append(path);
                    m_respond(path, socket);
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArrayList paths() const { return m_paths; }

private:
    QTcpServer m_server;
    Responder m_respond;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    QByteArrayList m_paths;
};

QByteArray page()
{
    return "<html><body><p>Harbour news from the test server, long enough to read.</p></body></html>";
}

} // namespace

class TestUrlFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesAPage()
    {
        TestServer server([](const QByteArray &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(page().size())
                          + "\r\nConnection: close\r\n\r\n" + page());
            socket->disconnectFromHost();
        });
        UrlFetcher fetcher;
        const auto result = fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/ok").arg(server.port())));
        QVERIFY2(result, qPrintable(fetcher.errorString()));
        QCOMPARE(result->bytes, page());
        QCOMPARE(result->charset, QStringLiteral("utf-8"));
    }

    // --timeout is a limit for the whole fetch: a server that sends one byte a second must not
    // keep Gazette waiting (a transfer timeout alone restarts with every byte).
    void timeoutIsTotal()
    {
        TestServer server([](const QByteArray &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n");
            auto *drip = new QTimer(socket);
            QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            drip->start(500);
        });
        UrlFetcher fetcher;
        fetcher.setTimeout(2000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/slow").arg(server.port()))));
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(fetcher.errorString().contains(QStringLiteral("2 seconds")), qPrintable(fetcher.errorString()));
    }

    void compressionBombIsNamed()
    {
        // 48 MB of zeros, a few dozen kilobytes on the wire.
        const QByteArray bomb = qCompress(QByteArray(48 * 1024 * 1024, ' '), 9).mid(4);
        TestServer server([&](const QByteArray &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\nContent-Length: "
                          + QByteArray::number(bomb.size()) + "\r\nConnection: close\r\n\r\n" + bomb);
            socket->disconnectFromHost();
        });
        UrlFetcher fetcher;
        QVERIFY(!fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/bomb").arg(server.port()))));
        QVERIFY2(fetcher.errorString().contains(QStringLiteral("compression bomb")), qPrintable(fetcher.errorString()));
        QVERIFY(!fetcher.errorString().contains(QStringLiteral("200")));
    }

    void neverFollowsOtherSchemes_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("file") << QByteArray("file:///etc/passwd");
        QTest::newRow("ftp") << QByteArray("ftp://127.0.0.1/x");
        QTest::newRow("data") << QByteArray("data:text/html,hello");
    }

    void neverFollowsOtherSchemes()
    {
        QFETCH(QByteArray, location);
        TestServer server([&](const QByteArray &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
        });
        UrlFetcher fetcher;
        QVERIFY(!fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/go").arg(server.port()))));
        QVERIFY2(fetcher.errorString().contains(QStringLiteral("not a web address")), qPrintable(fetcher.errorString()));
    }

    // A page on the web that redirects into the reader's own computer or network is refused
    // (the CLI), or followed only when the reader says so (the window asks).
    void publicToLoopbackRedirect()
    {
        int asked = 0;
        for (const bool answer : {false, true}) {
            TestServer server([&](const QByteArray &path, QTcpSocket *socket) {
                if (path.contains("secret")) {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(page().size())
                                  + "\r\nConnection: close\r\n\r\n" + page());
                    socket->disconnectFromHost();
                    return;
                }
                // As the proxy for news.example: send the reader to this machine.
                socket->write("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:" + QByteArray::number(server.port())
                              + "/secret\r\nContent-Length: 0\r\n\r\n");
            });
            UrlFetcher fetcher;
            fetcher.setProxyForTesting(QStringLiteral("127.0.0.1"), server.port());
            if (answer) {
                fetcher.setPrivateRedirectQuestion([&](const QUrl &, const QUrl &to) {
                    ++asked;
                    return to.host() == QLatin1String("127.0.0.1");
                });
            }
            const auto result = fetcher.fetch(QUrl(QStringLiteral("http://news.example/story")));
            if (!answer) {
                QVERIFY(!result);
                QVERIFY2(fetcher.errorString().contains(QStringLiteral("own network")), qPrintable(fetcher.errorString()));
                for (const QByteArray &path : server.paths())
                    QVERIFY(!path.contains("secret"));
            } else {
                QVERIFY2(result, qPrintable(fetcher.errorString()));
                QCOMPARE(asked, 1);
            }
        }
    }

    void scopes()
    {
        QCOMPARE(UrlFetcher::scopeOfHost(QStringLiteral("127.0.0.1")), UrlFetcher::AddressScope::Loopback);
        QCOMPARE(UrlFetcher::scopeOfHost(QStringLiteral("localhost")), UrlFetcher::AddressScope::Loopback);
        QCOMPARE(UrlFetcher::scopeOfHost(QStringLiteral("[::1]")), UrlFetcher::AddressScope::Loopback);
        QCOMPARE(UrlFetcher::scopeOfHost(QStringLiteral("10.1.2.3")), UrlFetcher::AddressScope::Private);
        QCOMPARE(UrlFetcher::scopeOfHost(QStringLiteral("192.168.0.1")), UrlFetcher::AddressScope::Private);
        QCOMPARE(UrlFetcher::scopeOfHost(QStringLiteral("169.254.169.254")), UrlFetcher::AddressScope::Private);
        QCOMPARE(UrlFetcher::scopeOfHost(QStringLiteral("93.184.216.34")), UrlFetcher::AddressScope::Public);
    }
};

QTEST_GUILESS_MAIN(TestUrlFetcher)
#include "tst_urlfetcher.moc"
