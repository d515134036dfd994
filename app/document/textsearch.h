// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Gazette::TextSearch {

// The words of a search query, as the library's search box takes them.
QStringList words(const QString &query);

// Whether a word must stand alone to be found: in scripts written with spaces "AI" is found in
// "AI models", not in "said"; words in Chinese, Japanese or Thai are found anywhere, as no
// space ends them.
bool needsWholeWord(const QString &word);

// Where the word first occurs at or after from (case-insensitive, as a whole word when
// needsWholeWord()), or -1.
qsizetype find(const QString &text, const QString &word, qsizetype from = 0);
inline bool contains(const QString &text, const QString &word) { return find(text, word) >= 0; }

// A line of text around the first place any of the words occurs, for a search result.
struct Snippet
{
    struct Match
    {
        int start = 0;
        int length = 0;
        bool operator==(const Match &) const = default;
    };
    QString text;
    QList<Match> matches; // every occurrence of the words in text, in order

    bool isEmpty() const { return text.isEmpty(); }
};

// Up to about maxLength characters of the paragraph with the first match: a few words before
// it, then what follows, cut at words, with "…" where the paragraph goes on. Empty when none of
// the words occurs.
Snippet snippet(const QString &text, const QStringList &words, int maxLength = 160);

} // namespace Gazette::TextSearch

Q_DECLARE_METATYPE(Gazette::TextSearch::Snippet)
