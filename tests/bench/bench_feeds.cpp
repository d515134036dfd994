// SPDX-License-Identifier: GPL-3.0-or-later
// Feed refresh benchmark: 200 feeds of 50 items each from a local HTTP server on 127.0.0.1
// (its own thread), refreshed into a new library file: fetched, read, cleaned and stored
// (extraction off, so the figure is the refresh's own). Then the same 200 feeds again, each
// answering 304 to the conditional request. Prints `bench: NAME VALUE UNIT` lines.
#include "../core/feedserver.h"
#include "library/feedrefresh.h"
#include "library/librarysession.h"
#include "store/feedstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Gazette;
using namespace Gazette::Testing;

namespace {

constexpr int Feeds = 200;
constexpr int ItemsPerFeed = 50;

QByteArray feedBody(int feed)
{
    QList<TestItem> items;
    for (int i = 0; i < ItemsPerFeed; ++i) {
        const QByteArray id = QByteArray::number(feed) + '-' + QByteArray::number(i);
        items.append({"bench-" + id, "Harbour report " + id + ": cranes, ferries and tides", "https://example.org/" + id,
                      "<p>Report " + id + " from the north quay. The harbour master said the cranes of berth " + QByteArray::number(i % 12)
                          + " were repainted and the night ferry returns on Friday.</p><p>Pilots trained on the simulator for "
                          + QByteArray::number(i + 3) + " hours; the tide tables for the estuary are printed.</p>"});
    }
    return rssFeed("Bench Feed " + QByteArray::number(feed), items);
}

double refresh(LibrarySession &session, const QList<qint64> &ids, FeedRefresh::Tally *tally)
{
    FeedRefresh refresh(&session);
    QEventLoop loop;
    QObject::connect(&refresh, &FeedRefresh::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    if (!refresh.start(ids))
        return -1;
    loop.exec();
    *tally = refresh.tally();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    std::unique_ptr<FeedServer> server;
    QMetaObject::invokeMethod(&anchor, [&] {
        server = std::make_unique<FeedServer>();
        for (int feed = 0; feed < Feeds; ++feed) {
            const QByteArray path = "/feed-" + QByteArray::number(feed) + ".xml";
            server->setFeed(path, feedBody(feed));
            server->setEtag(path, "\"bench-" + QByteArray::number(feed) + "\"");
        }
    }, Qt::BlockingQueuedConnection);

    LibrarySession session;
    session.setExtractOnAdd(false);
    if (!session.open(dir.filePath(QStringLiteral("bench.gazette")))) {
        std::fprintf(stderr, "%s\n", qPrintable(session.errorString()));
        return 1;
    }
    QList<qint64> ids;
    for (int feed = 0; feed < Feeds; ++feed) {
        FeedSubscription subscription;
        subscription.url = server->url("/feed-" + QByteArray::number(feed) + ".xml");
        ids.append(session.feeds()->addFeed(subscription).value_or(0));
    }

    FeedRefresh::Tally first;
    const double firstSeconds = refresh(session, ids, &first);
    FeedRefresh::Tally second;
    const double secondSeconds = refresh(session, ids, &second);
    QMetaObject::invokeMethod(&anchor, [&] { server.reset(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    const bool ok = first.newArticles == Feeds * ItemsPerFeed && first.failed == 0 && second.notModified == Feeds && second.newArticles == 0;
    std::printf("bench: feeds_refresh_200 %.2f s (%d feeds x %d items, %d new articles, %d failed)\n", firstSeconds, Feeds, ItemsPerFeed,
                first.newArticles, first.failed);
    std::printf("bench: feeds_refresh_200_all_304 %.2f s (%d unchanged)\n", secondSeconds, second.notModified);
    std::printf("bench: feeds_refresh_first_vs_304 %.1f x\n", firstSeconds / secondSeconds);
    return ok ? 0 : 1;
}
