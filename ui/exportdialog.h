// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QDialog>
#include <QPageSize>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QRadioButton;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace Gazette {

class LibrarySession;
class DataFormat;
struct AnnotatedArticle;

// File > Export: a format (report or data), a scope (this article, the selected articles, the
// whole library), options, what the format leaves out, and a live preview highlighted with
// KSyntaxHighlighting in the current theme (reports for people, HTML and PDF, are shown
// rendered). The last format and page size are remembered.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(LibrarySession *session, KSyntaxHighlighting::Repository *repository, const KSyntaxHighlighting::Theme &theme,
                 qint64 currentArticle, const QList<qint64> &selectedArticles, QWidget *parent = nullptr);

    void setFormat(const QString &id);
    enum class Scope { Current, Selected, Library };
    void setScope(Scope scope);
    QString previewText() const;
    QString previewDefinition() const;
    // HTML and PDF reports are previewed rendered, as a reader will see them.
    bool previewIsRendered() const;
    QPageSize::PageSizeId pageSize() const;
    // The file name offered when saving: from the headline of the (first) article.
    QString suggestedFileName() const;
    QString limitationsText() const;
    // Writes the export; for data formats with several articles path is a folder.
    bool saveTo(const QString &path, QString *error);

private:
    void updatePreview();
    void save();
    void showSaved(const QString &path);
    QList<qint64> articleIds() const;
    QList<AnnotatedArticle> documents(int limit) const;
    QString formatId() const;

    LibrarySession *m_session;
    KSyntaxHighlighting::Repository *m_repository;
    qint64 m_current;
    QList<qint64> m_selected;
    QComboBox *m_format;
    QRadioButton *m_currentScope;
    QRadioButton *m_selectedScope;
    QRadioButton *m_libraryScope;
    QCheckBox *m_onlyAccepted;
    QCheckBox *m_withFacts;
    QLabel *m_limitations;
    QComboBox *m_pageSize;
    QStackedWidget *m_previews;
    QPlainTextEdit *m_preview;
    QTextBrowser *m_rendered;
    KSyntaxHighlighting::Theme m_theme;
    // Made anew with each preview's document: a highlighter queues work on the blocks of its
    // document, and replacing the text under it left that work pointing at freed blocks.
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QString m_previewText;
};

} // namespace Gazette
