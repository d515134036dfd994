// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/textsearch.h"
#include "store/feedstore.h"

#include <QHash>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace Gazette {

// Each article in the library dock: the headline on up to two lines, then source, date, counts
// and the review status in a muted colour; while the library is searched, up to two lines of
// the text around the first match, the matched words in bold on the highlight colour.
class LibraryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Articles from feeds: unread ones have a bold headline and a dot, read ones a regular
    // headline; starred ones a star before their details.
    void setArticleMarks(std::function<ArticleMarks(qint64)> marks) { m_marks = std::move(marks); }

    // The second line, also used as the accessible description.
    static QString detailLine(const QModelIndex &index);
    // On a library with assignments, a third line per article: who is assigned and how far each
    // got ("ana: done · ben: assigned"), by article id; all rows get room for it then.
    void setTeamLines(const QHash<qint64, QString> &lines) { m_teamLines = lines; }
    QString teamLine(qint64 articleId) const { return m_teamLines.value(articleId); }
    // The headline as painted in a row whose text is width wide: wrapped at words onto up to
    // two lines, the second elided when even that is not enough.
    static QStringList headlineLines(const QString &headline, const QFont &font, int width);
    // The width the text of a row of this rectangle has.
    static int textWidth(const QRect &row);

    // A search result's snippet as painted in a row whose text is width wide: on up to two
    // lines (cut with "…" at the end of the second), and the formats that make its matched
    // words stand out.
    struct SnippetText
    {
        QString text;
        QList<QTextLayout::FormatRange> formats;
    };
    static SnippetText snippetText(const TextSearch::Snippet &snippet, const QFont &font, int width, const QPalette &palette,
                                   bool selected);

private:
    std::function<ArticleMarks(qint64)> m_marks;
    QHash<qint64, QString> m_teamLines;
};

} // namespace Gazette
