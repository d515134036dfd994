// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace Gazette {

// The article's original markup (HTML, Markdown, feed XML, JSON, plain text), highlighted
// with KSyntaxHighlighting in the same theme as the reading pane.
class SourceView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceView)

public:
    SourceView(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);

    // markupType is a MIME type ("text/html"); fileName helps when it is empty.
    void setSource(const QString &markup, const QString &markupType, const QString &fileName);
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    QString definitionName() const;

private:
    KSyntaxHighlighting::Repository *m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Gazette
