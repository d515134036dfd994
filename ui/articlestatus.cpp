// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestatus.h"

#include "documentview.h"
#include "library/librarysession.h"

#include <QFileInfo>
#include <QTimer>

namespace Gazette {

namespace {
int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}
} // namespace

ArticleStatus::ArticleStatus(LibrarySession *session, DocumentView *view, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
    , m_view(view)
{
    setObjectName(QStringLiteral("articleStatus"));
}

void ArticleStatus::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    refresh();
}

void ArticleStatus::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        refresh();
    });
}

void ArticleStatus::refresh()
{
    const AnnotationStore *store = m_session->store();
    const QString library = QFileInfo(store->path()).fileName();
    if (!m_view->hasArticle()) {
        setToolTip(QString());
        setText(tr("No article open  ·  Library %1 (articles: %2)").arg(library).arg(store->articleCount()));
        return;
    }
    QString text = tr("Words: %1").arg(wordCount(m_view->article().text));
    if (const auto summary = store->articleSummary(m_articleId)) {
        const int reviewed = summary->annotationCount - summary->pendingCount;
        text += QStringLiteral("  ·  ") + tr("%1/%2 suggestions reviewed").arg(reviewed).arg(summary->annotationCount)
            + QStringLiteral("  ·  ") + reviewStatusName(summary->reviewStatus);
    }
    // What the import had to guess or change (replaced bytes, an overridden charset), with the
    // messages themselves in the tooltip.
    const QStringList warnings = m_view->article().importWarnings;
    if (!warnings.isEmpty())
        text += QStringLiteral("  ·  ") + tr("⚠ %n import warning(s)", nullptr, int(warnings.size()));
    setToolTip(warnings.join(QLatin1Char('\n')));
    setText(text + QStringLiteral("  ·  ") + tr("Library %1").arg(library));
}

} // namespace Gazette
