// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Gazette {

// One subscription in an OPML file: a feed outline, in a folder outline or at the top.
struct OpmlFeed
{
    QString title;
    QString xmlUrl;  // the feed
    QString htmlUrl; // its site
    QString folder;  // empty: at the top
};

// OPML 1.0/2.0 subscription lists, the exchange format of feed readers. Read with
// QXmlStreamReader and refused outright when it declares a document type (no entity is ever
// expanded), is larger than MaximumSize, nests deeper than MaximumDepth or lists more than
// MaximumFeeds feeds: a hostile file gets a message, never a hang.
class Opml
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Opml)

public:
    static constexpr qsizetype MaximumSize = 8 * 1024 * 1024;
    static constexpr int MaximumDepth = 16;
    static constexpr int MaximumFeeds = 10000;

    std::optional<QList<OpmlFeed>> read(const QByteArray &bytes);
    QString errorString() const { return m_errorString; }

    // An OPML 2.0 document: the feeds of each folder under one outline, in the given order.
    static QByteArray write(const QList<OpmlFeed> &feeds, const QString &title);

private:
    QString m_errorString;
};

} // namespace Gazette
