// SPDX-License-Identifier: GPL-3.0-or-later
// `gazette feeds ...`: subscriptions without a window (add, list, refresh, remove, OPML).
#include "cli.h"

#include "formats/opml.h"
#include "library/feedfetch.h"
#include "library/feedrefresh.h"
#include "library/librarysession.h"
#include "library/opmlsubscriptions.h"
#include "store/feedstore.h"
#include "store/sqldialect.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace Gazette {

namespace {

// A feed named on the command line by its id or its address.
std::optional<FeedSubscription> namedFeed(FeedStore *feeds, const QString &name)
{
    bool isNumber = false;
    const qint64 id = name.toLongLong(&isNumber);
    return isNumber ? feeds->feed(id) : feeds->findFeed(name);
}

QString folderName(const QList<FeedFolder> &folders, qint64 id)
{
    for (const FeedFolder &folder : folders) {
        if (folder.id == id)
            return folder.name;
    }
    return {};
}

} // namespace

int Cli::feeds(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption libraryOption(QStringLiteral("library"), tr("Library file or postgresql:// URI."), QStringLiteral("LIB"));
    const QCommandLineOption folderOption(QStringLiteral("folder"), tr("Folder of the new feed."), QStringLiteral("F"));
    const QCommandLineOption fullOption(QStringLiteral("full-article"), tr("Fetch each item's page and clean it, instead of the feed's summary."));
    const QCommandLineOption everyOption(QStringLiteral("every"), tr("Minutes between refreshes of the new feed."), QStringLiteral("MIN"),
                                         QStringLiteral("60"));
    const QCommandLineOption keepDaysOption(QStringLiteral("keep-days"), tr("Remove the feed's articles older than N days (0: keep all)."),
                                            QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption keepItemsOption(QStringLiteral("keep-items"), tr("Keep the feed's newest N articles (0: keep all)."),
                                             QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Refresh every feed, not only those that are due."));
    const QCommandLineOption noExtractOption(QStringLiteral("no-extract"), tr("Add new articles without suggestions."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), tr("Seconds to wait for a feed."), QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("OPML file to write."), QStringLiteral("FILE"));
    parser.addOptions({libraryOption, folderOption, fullOption, everyOption, keepDaysOption, keepItemsOption, allOption, noExtractOption,
                       timeoutOption, outputOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << "gazette feeds: " << parser.errorText() << '\n';
        return 2;
    }
    QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? QString() : positional.takeFirst();
    if (parser.isSet(helpOption)) {
        out << subcommandHelp(parser, QStringLiteral("gazette feeds add|list|refresh|remove|import-opml|export-opml ... --library LIB"),
                              tr("Subscriptions: “add URL [--folder F]” subscribes to a feed or to the feed a web page names; “list” "
                                 "shows the feeds with their unread articles and errors; “refresh [--all] [FEED...]” fetches the "
                                 "feeds that are due (or all, or those named) and adds their new items as articles; “remove FEED” "
                                 "ends a subscription (its articles stay); “import-opml FILE” and “export-opml -o FILE” exchange "
                                 "subscription lists with other feed readers. FEED is a feed's id or address."));
        return 0;
    }
    static const QStringList commands = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("refresh"), QStringLiteral("remove"),
                                         QStringLiteral("import-opml"), QStringLiteral("export-opml")};
    if (!commands.contains(command)) {
        err << tr("gazette feeds: use one of %1 (gazette feeds --help)").arg(commands.join(QStringLiteral(", "))) << '\n';
        return 2;
    }
    if (!parser.isSet(libraryOption)) {
        err << tr("gazette feeds %1: give --library LIB").arg(command) << '\n';
        return 2;
    }
    const QString location = parser.value(libraryOption);
    const bool creates = command == QLatin1String("add") || command == QLatin1String("import-opml");
    if (!creates && !SqlDialect::isServerLocation(location) && !QFileInfo::exists(location)) {
        err << tr("gazette feeds %1: no library at “%2”").arg(command, location) << '\n';
        return 1;
    }
    LibrarySession session;
    if (!session.open(location)) {
        err << QStringLiteral("gazette feeds %1: ").arg(command) << session.errorString() << '\n';
        return 1;
    }
    session.setExtractOnAdd(!parser.isSet(noExtractOption));
    FeedStore *feeds = session.feeds();
    const int timeout = std::max(1, parser.value(timeoutOption).toInt()) * 1000;
    const QString prefix = QStringLiteral("gazette feeds %1: ").arg(command);

    if (command == QLatin1String("add")) {
        if (positional.size() != 1) {
            err << tr("gazette feeds add: give one address") << '\n';
            return 2;
        }
        const FeedFetch::Discovery found = FeedFetch::discover(QUrl::fromUserInput(positional.constFirst()), timeout);
        if (!found.error.isEmpty()) {
            err << prefix << found.error << '\n';
            return 1;
        }
        FeedSubscription feed;
        feed.url = found.feedUrl.toString();
        feed.title = found.title;
        feed.siteUrl = found.siteUrl;
        feed.fetchFullArticle = parser.isSet(fullOption);
        feed.refreshMinutes = std::max(1, parser.value(everyOption).toInt());
        feed.keepDays = std::max(0, parser.value(keepDaysOption).toInt());
        feed.keepItems = std::max(0, parser.value(keepItemsOption).toInt());
        if (parser.isSet(folderOption)) {
            const auto folder = feeds->folder(parser.value(folderOption));
            if (!folder) {
                err << prefix << feeds->errorString() << '\n';
                return 1;
            }
            feed.folderId = *folder;
        }
        const auto id = feeds->addFeed(feed);
        if (!id) {
            err << prefix << feeds->errorString() << '\n';
            return 1;
        }
        out << tr("Subscribed to “%1” (%2) as feed %3.").arg(feed.displayTitle(), feed.url).arg(*id) << '\n';
        return 0;
    }

    if (command == QLatin1String("list")) {
        const QList<FeedFolder> folders = feeds->folders();
        const QList<FeedSubscription> all = feeds->feeds();
        if (all.isEmpty())
            out << tr("No feeds: subscribe with “gazette feeds add URL --library LIB”.") << '\n';
        for (const FeedSubscription &feed : all) {
            const QString folder = folderName(folders, feed.folderId);
            out << QStringLiteral("%1\t%2\t%3\t").arg(feed.id).arg(feed.displayTitle(), feed.url)
                << tr("%1 unread of %2").arg(feed.unread).arg(feed.articles);
            if (!folder.isEmpty())
                out << '\t' << tr("folder: %1").arg(folder);
            if (!feed.error.isEmpty())
                out << '\t' << tr("error: %1").arg(feed.error);
            out << '\n';
        }
        return 0;
    }

    if (command == QLatin1String("refresh")) {
        QList<qint64> ids;
        for (const QString &name : std::as_const(positional)) {
            const auto feed = namedFeed(feeds, name);
            if (!feed) {
                err << prefix << tr("the library has no feed “%1”").arg(name) << '\n';
                return 1;
            }
            ids.append(feed->id);
        }
        if (ids.isEmpty()) {
            if (parser.isSet(allOption)) {
                for (const FeedSubscription &feed : feeds->feeds())
                    ids.append(feed.id);
            } else {
                ids = feeds->dueFeeds(QDateTime::currentDateTimeUtc());
            }
        }
        FeedRefresh refresh(&session);
        refresh.setTimeout(timeout);
        QEventLoop loop;
        QObject::connect(&refresh, &FeedRefresh::finished, &loop, &QEventLoop::quit);
        if (refresh.start(ids))
            loop.exec();
        const FeedRefresh::Tally &tally = refresh.tally();
        for (const QString &error : refresh.errors())
            err << prefix << error << '\n';
        out << tr("Refreshed %1 feed(s): %2 new, %3 updated, %4 failed.")
                   .arg(tally.feeds).arg(tally.newArticles).arg(tally.updated).arg(tally.failed) << '\n';
        if (tally.notModified)
            out << tr("%1 feed(s) unchanged since the last refresh.").arg(tally.notModified) << '\n';
        if (tally.itemsFailed)
            out << tr("%1 item(s) could not be taken.").arg(tally.itemsFailed) << '\n';
        if (tally.removed)
            out << tr("%1 old article(s) removed by retention.").arg(tally.removed) << '\n';
        return tally.failed ? 1 : 0;
    }

    if (command == QLatin1String("remove")) {
        if (positional.isEmpty()) {
            err << tr("gazette feeds remove: give a feed's id or address") << '\n';
            return 2;
        }
        for (const QString &name : std::as_const(positional)) {
            const auto feed = namedFeed(feeds, name);
            if (!feed) {
                err << prefix << tr("the library has no feed “%1”").arg(name) << '\n';
                return 1;
            }
            if (!feeds->removeFeed(feed->id)) {
                err << prefix << feeds->errorString() << '\n';
                return 1;
            }
            out << tr("Unsubscribed from “%1”; its %2 article(s) stay in the library.").arg(feed->displayTitle()).arg(feed->articles) << '\n';
        }
        return 0;
    }

    if (command == QLatin1String("import-opml")) {
        if (positional.size() != 1) {
            err << tr("gazette feeds import-opml: give one OPML file") << '\n';
            return 2;
        }
        QFile file(positional.constFirst());
        if (!file.open(QIODevice::ReadOnly)) {
            err << prefix << tr("cannot read “%1”: %2").arg(file.fileName(), file.errorString()) << '\n';
            return 1;
        }
        const OpmlSubscriptions::Imported imported = OpmlSubscriptions::import(feeds, file.read(Opml::MaximumSize + 1));
        for (const QString &skipped : imported.skipped)
            err << prefix << skipped << '\n';
        if (!imported.error.isEmpty()) {
            err << prefix << file.fileName() << ": " << imported.error << '\n';
            return 1;
        }
        out << tr("Subscribed to %1 feed(s) from %2; %3 subscribed already.").arg(imported.added).arg(file.fileName()).arg(imported.known) << '\n';
        return 0;
    }

    // export-opml
    if (!parser.isSet(outputOption)) {
        err << tr("gazette feeds export-opml: give -o FILE") << '\n';
        return 2;
    }
    int count = 0;
    const QByteArray opml = OpmlSubscriptions::exportAll(feeds, &count);
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) < 0 || !file.commit()) {
        err << prefix << tr("cannot write “%1”: %2").arg(file.fileName(), file.errorString()) << '\n';
        return 1;
    }
    out << tr("Wrote %1 feed(s) to %2.").arg(count).arg(file.fileName()) << '\n';
    return 0;
}

} // namespace Gazette
