// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Gazette {

class FeedStore;

// Subscription lists in and out of a library, for the window and the CLI alike.
class OpmlSubscriptions
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::OpmlSubscriptions)

public:
    struct Imported
    {
        int added = 0;
        int known = 0;        // subscribed already
        QStringList skipped;  // entries that are no web address, with why
        QString error;        // the file could not be read or the library written: nothing or part was added
    };
    // Subscribes to every feed of the OPML document, in its folders.
    static Imported import(FeedStore *feeds, const QByteArray &opml);
    // The library's subscriptions as an OPML document; count (if given) says how many feeds.
    static QByteArray exportAll(const FeedStore *feeds, int *count = nullptr);
};

} // namespace Gazette
