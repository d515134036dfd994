// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QFontDatabase>

namespace Gazette {

SourceView::SourceView(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setObjectName(QStringLiteral("sourceView"));
    setAccessibleName(tr("Original markup of the article"));
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("The original markup of the article appears here."));
}

void SourceView::setSource(const QString &markup, const QString &markupType, const QString &fileName)
{
    KSyntaxHighlighting::Definition definition;
    if (!markupType.isEmpty() && markupType != QLatin1String("text/plain"))
        definition = m_repository->definitionForMimeType(markupType);
    if (!definition.isValid() && !fileName.isEmpty() && markupType != QLatin1String("text/plain"))
        definition = m_repository->definitionForFileName(fileName);
    m_highlighter->setDefinition(definition);
    setPlainText(markup);
}

void SourceView::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    using KSyntaxHighlighting::Theme;
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(Theme::TextSelection)));
    setPalette(pal);
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

QString SourceView::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

} // namespace Gazette
