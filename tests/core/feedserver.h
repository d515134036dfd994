// SPDX-License-Identifier: GPL-3.0-or-later
// A small HTTP server on 127.0.0.1 for feed tests and the refresh benchmark: each path answers
// with what the test set for it (status, headers, body), changeable between requests, and every
// request is recorded with its headers. A path set to hang is accepted and never answered.
#pragma once

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

namespace Gazette::Testing {

class FeedServer : public QObject
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection
        bool hang = false;
    };
    struct Request
    {
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };

    FeedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { receive(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url(const QByteArray &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(QString::fromLatin1(path));
    }

    void set(const QByteArray &path, const Response &response) { m_responses.insert(path, response); }
    void setFeed(const QByteArray &path, const QByteArray &body, const QByteArray &type = "application/rss+xml")
    {
        set(path, {200, body, {{"Content-Type", type}}, false});
    }
    // Answers 304 when the request's If-None-Match is this ETag.
    void setEtag(const QByteArray &path, const QByteArray &etag) { m_etags.insert(path, etag); }

    QList<Request> requests() const { return m_requests; }
    int requestCount(const QByteArray &path) const
    {
        int count = 0;
        for (const Request &request : m_requests)
            count += request.path == path ? 1 : 0;
        return count;
    }

private:
    void receive(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.remove(0, end + 4);
        request.path = lines.value(0).split(' ').value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        m_requests.append(request);
        const Response response = m_responses.value(request.path, {404, "not here", {}, false});
        if (response.hang)
            return;
        const QByteArray etag = m_etags.value(request.path);
        const bool current = !etag.isEmpty() && request.headers.value("if-none-match") == etag;
        const int status = current ? 304 : response.status;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " " + reason(status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (!etag.isEmpty())
            head += "ETag: " + etag + "\r\n";
        const QByteArray body = current ? QByteArray() : response.body;
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
        socket->write(head + body);
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 304: return "Not Modified";
        case 404: return "Not Found";
        case 503: return "Service Unavailable";
        default: return "Status";
        }
    }

    QTcpServer m_server;
    QHash<QByteArray, Response> m_responses;
    QHash<QByteArray, QByteArray> m_etags;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};

// An RSS 2.0 feed of our own invention: items are (guid, title, link, description).
struct TestItem
{
    QByteArray guid;
    QByteArray title;
    QByteArray link;
    QByteArray description;
};

inline QByteArray rssFeed(const QByteArray &title, const QList<TestItem> &items, const QByteArray &extra = {})
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
        + "</title><link>https://example.org/</link>" + extra;
    for (const TestItem &item : items) {
        xml += "<item>";
        if (!item.guid.isEmpty())
            xml += "<guid isPermaLink=\"false\">" + item.guid + "</guid>";
        xml += "<title>" + item.title + "</title>";
        if (!item.link.isEmpty())
            xml += "<link>" + item.link + "</link>";
        xml += "<description>" + item.description + "</description></item>";
    }
    return xml + "</channel></rss>\n";
}

} // namespace Gazette::Testing
