// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
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
// KSyntaxHighlighting in the current theme.
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
    QString limitationsText() const;
    // Writes the export; for data formats with several articles path is a folder.
    bool saveTo(const QString &path, QString *error);

private:
    void updatePreview();
    void save();
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
    QPlainTextEdit *m_preview;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Gazette
