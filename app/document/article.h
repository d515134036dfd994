// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Gazette {

enum class ReviewStatus { New, InReview, Done };

// One news article as Gazette keeps it: clean text plus what is known about where it came from.
// Offsets into text() are QString (UTF-16) positions everywhere in Gazette.
struct Article
{
    qint64 id = 0;          // 0 until the article is stored in a library
    QString uri;            // file:// or http(s):// address it was read from
    QString headline;
    QString byline;
    QString source;         // publisher or site name
    QDateTime published;    // invalid when unknown
    QString language;       // BCP 47 tag, empty when unknown
    QString text;           // clean text, paragraphs separated by '\n'
    QString markup;         // the original document (HTML, Markdown, XML, ...) for the Source view
    QString markupType;     // MIME type of markup, e.g. "text/html"
    ReviewStatus reviewStatus = ReviewStatus::New;
    QStringList importWarnings; // what reading it had to change or guess (replaced bytes, an overridden charset)
    QDateTime created;
    QDateTime modified;

    bool isValid() const { return !text.isEmpty(); }

    // SHA-256 of the clean text, hex: recognises the same article imported twice.
    QString contentHash() const;

    friend bool operator==(const Article &, const Article &) = default;
};

QString reviewStatusName(ReviewStatus status);

} // namespace Gazette
