// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gazette {

// A library search as the reader types it: free words plus field filters,
//   person:"Joe Tsai" org:Alibaba gpe:China label:MONEY after:2025-01-01 before:2025-03 status:done feed:Tech
// Values with spaces go in double quotes. A word with a colon whose field Gazette does not know
// ("10:30", "https://…") stays a word. Every filter must hold (AnnotationStore::findArticles()).
struct LibraryQuery
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::LibraryQuery)

public:
    struct NameFilter
    {
        QString label; // empty: an entity of any label (entity:)
        QString name;  // its words must all occur in the entity's name, as whole words
        bool operator==(const NameFilter &) const = default;
    };

    QStringList words;
    QList<NameFilter> names;
    QStringList labels;           // articles with a span of each label
    std::optional<QDate> after;   // published on or after
    std::optional<QDate> before;  // published before
    std::optional<ReviewStatus> status;
    QStringList feeds;            // from a feed whose title, address or folder contains it
    QStringList errors;           // what could not be understood, for the reader

    static LibraryQuery parse(const QString &text);
    // The fields the parser knows, as typed ("person", "org", ...).
    static QStringList fieldNames();

    bool hasFilters() const;
    bool isEmpty() const { return words.isEmpty() && !hasFilters(); }
    bool isValid() const { return errors.isEmpty(); }
    // The free words, for the full-text search and the snippets.
    QString freeText() const { return words.join(QLatin1Char(' ')); }
};

} // namespace Gazette
