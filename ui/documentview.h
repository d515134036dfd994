// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/article.h"

#include <KSyntaxHighlighting/Theme>

#include <QTextEdit>

namespace Gazette {

// The reading pane: a kicker line (source, date, byline), then the article text with a
// comfortable line length, in the colours of the current theme. The article's text starts at
// document position textStart(); text offset i is document position textStart() + i.
class DocumentView final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    void clearArticle();
    const Article &article() const { return m_article; }
    bool hasArticle() const { return m_article.isValid(); }

    // The article text as shown (without the kicker line).
    QString articleText() const;
    int textStart() const { return m_textStart; }

    void setTheme(const KSyntaxHighlighting::Theme &theme);

    int zoomPercent() const { return m_zoomPercent; }
    void setZoomPercent(int percent);
    void zoomIn() { setZoomPercent(m_zoomPercent + 10); }
    void zoomOut() { setZoomPercent(m_zoomPercent - 10); }
    void resetZoom() { setZoomPercent(100); }

    static constexpr int MinimumZoom = 50;
    static constexpr int MaximumZoom = 300;

Q_SIGNALS:
    void zoomChanged(int percent);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void render();
    void updateMargins();
    void applyFonts();

    Article m_article;
    KSyntaxHighlighting::Theme m_theme;
    int m_textStart = 0;
    int m_zoomPercent = 100;
    qreal m_baseFontSize = 12.0;
};

} // namespace Gazette
