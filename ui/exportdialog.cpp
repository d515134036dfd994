// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "formats/exportwriter.h"
#include "library/librarysession.h"
#include "formats/dataformat.h"
#include "formats/report.h"
#include "store/annotationstore.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPointer>
#include <QDesktopServices>
#include <QSettings>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Gazette {

namespace {
// The preview shows this many articles: enough to judge the format, quick to build.
constexpr int PreviewArticles = 3;
const auto FormatKey = QStringLiteral("export/format");
const auto PageSizeKey = QStringLiteral("export/pageSize");
const auto FolderKey = QStringLiteral("export/folder");

bool isRendered(const QString &format)
{
    return format == QLatin1String("html") || format == QLatin1String("pdf");
}

// A file name from a headline: its words, lower case, joined by hyphens, not too long.
QString fileNameFrom(const QString &headline)
{
    QString name;
    for (const QChar c : headline.simplified()) {
        if (c.isLetterOrNumber())
            name += c.toLower();
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
        if (name.size() >= 60)
            break;
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("gazette-export") : name;
}

QString definitionFor(const QString &format)
{
    if (format == QLatin1String("html") || format == QLatin1String("pdf"))
        return QStringLiteral("HTML");
    if (format == QLatin1String("md"))
        return QStringLiteral("Markdown");
    if (format == QLatin1String("json") || format == QLatin1String("jsonld") || format == QLatin1String("spacy"))
        return QStringLiteral("JSON");
    if (format == QLatin1String("brat"))
        return QStringLiteral("brat annotation");
    return {};
}
} // namespace

ExportDialog::ExportDialog(LibrarySession *session, KSyntaxHighlighting::Repository *repository, const KSyntaxHighlighting::Theme &theme,
                           qint64 currentArticle, const QList<qint64> &selectedArticles, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_repository(repository)
    , m_current(currentArticle)
    , m_selected(selectedArticles)
    , m_format(new QComboBox(this))
    , m_currentScope(new QRadioButton(tr("&This article"), this))
    , m_selectedScope(new QRadioButton(tr("&Selected articles (%1)").arg(selectedArticles.size()), this))
    , m_libraryScope(new QRadioButton(tr("&Whole library (%1)").arg(session->store()->articleCount()), this))
    , m_onlyAccepted(new QCheckBox(tr("Only &accepted annotations (leave suggestions out)"), this))
    , m_withFacts(new QCheckBox(tr("With &facts"), this))
    , m_limitations(new QLabel(this))
    , m_pageSize(new QComboBox(this))
    , m_previews(new QStackedWidget(this))
    , m_preview(new QPlainTextEdit(m_previews))
    , m_rendered(new QTextBrowser(m_previews))
    , m_theme(theme)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    repository->addCustomSearchPath(QStringLiteral(":/gazette"));

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("HTML report"), QStringLiteral("html"));
    m_format->addItem(tr("PDF report"), QStringLiteral("pdf"));
    m_format->addItem(tr("Markdown report"), QStringLiteral("md"));
    m_format->insertSeparator(m_format->count());
    for (const auto &format : DataFormat::all())
        m_format->addItem(format->displayName(), format->id());

    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(QSettings().value(PageSizeKey, int(QPageSize::A4)).toInt())));
    if (const int remembered = m_format->findData(QSettings().value(FormatKey).toString()); remembered >= 0)
        m_format->setCurrentIndex(remembered);

    m_currentScope->setEnabled(currentArticle != 0);
    m_selectedScope->setEnabled(selectedArticles.size() > 1);
    (currentArticle ? m_currentScope : m_libraryScope)->setChecked(true);
    m_withFacts->setChecked(true);
    m_limitations->setObjectName(QStringLiteral("exportLimitations"));
    m_limitations->setWordWrap(true);
    m_limitations->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview of the export"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTabStopDistance(QFontMetricsF(m_preview->font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    m_rendered->setObjectName(QStringLiteral("exportRenderedPreview"));
    m_rendered->setAccessibleName(tr("Preview of the report"));
    m_rendered->setOpenLinks(false);
    m_previews->addWidget(m_preview);
    m_previews->addWidget(m_rendered);
    QPalette pal = m_preview->palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_preview->setPalette(pal);

    auto *scope = new QGroupBox(tr("Articles"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    for (QRadioButton *button : {m_currentScope, m_selectedScope, m_libraryScope})
        scopeLayout->addWidget(button);
    auto *options = new QGroupBox(tr("Options"), this);
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->addWidget(m_onlyAccepted);
    optionsLayout->addWidget(m_withFacts);
    auto *side = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Page size:"), m_pageSize);
    side->addLayout(form);
    side->addWidget(scope);
    side->addWidget(options);
    side->addWidget(m_limitations);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addLayout(side, 2);
    body->addWidget(m_previews, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(FormatKey, formatId());
        updatePreview();
    });
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] { QSettings().setValue(PageSizeKey, int(pageSize())); });
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{m_currentScope, m_selectedScope, m_libraryScope, m_onlyAccepted, m_withFacts})
        connect(button, &QAbstractButton::toggled, this, &ExportDialog::updatePreview);
    resize(980, 620);
    updatePreview();
}

void ExportDialog::setFormat(const QString &id)
{
    m_format->setCurrentIndex(m_format->findData(id));
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Current ? m_currentScope : scope == Scope::Selected ? m_selectedScope : m_libraryScope)->setChecked(true);
}

QString ExportDialog::formatId() const
{
    return m_format->currentData().toString();
}

QString ExportDialog::previewText() const
{
    return m_previewText;
}

QString ExportDialog::previewDefinition() const
{
    return m_highlighter && m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

bool ExportDialog::previewIsRendered() const
{
    return m_previews->currentWidget() == m_rendered;
}

QPageSize::PageSizeId ExportDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_pageSize->currentData().toInt());
}

QString ExportDialog::suggestedFileName() const
{
    const QList<qint64> ids = articleIds();
    if (ids.size() != 1)
        return QStringLiteral("gazette-export");
    const auto article = m_session->store()->article(ids.constFirst());
    return article ? fileNameFrom(article->headline) : QStringLiteral("gazette-export");
}

QString ExportDialog::limitationsText() const
{
    return m_limitations->text();
}

QList<qint64> ExportDialog::articleIds() const
{
    if (m_currentScope->isChecked())
        return {m_current};
    if (m_selectedScope->isChecked())
        return m_selected;
    QList<qint64> ids;
    for (const ArticleSummary &summary : m_session->store()->articleSummaries(0, INT_MAX))
        ids.append(summary.id);
    return ids;
}

QList<AnnotatedArticle> ExportDialog::documents(int limit) const
{
    QList<AnnotatedArticle> result;
    for (qint64 id : articleIds()) {
        if (limit >= 0 && result.size() >= limit)
            break;
        if (auto document = m_session->annotatedArticle(id))
            result.append(*document);
    }
    return result;
}

void ExportDialog::updatePreview()
{
    const QString id = formatId();
    ExportOptions options;
    options.onlyAccepted = m_onlyAccepted->isChecked();
    options.withFacts = m_withFacts->isChecked();
    const QList<AnnotatedArticle> docs = documents(PreviewArticles);
    QString text;
    QStringList limitations;
    if (const DataFormat *format = DataFormat::byId(id)) {
        limitations = format->limitations();
        for (const AnnotatedArticle &doc : docs)
            text += QString::fromUtf8(format->write(doc, options).value(format->mainSuffix()));
    } else {
        ReportOptions report;
        report.content = options;
        text = id == QLatin1String("md") ? Report::markdown(docs, report) : Report::html(docs, report);
        if (id == QLatin1String("pdf"))
            limitations << tr("The PDF is laid out as shown here, on %1 pages with page numbers.").arg(m_pageSize->currentText());
    }
    if (articleIds().size() > PreviewArticles)
        limitations << tr("The preview shows the first %1 of %2 articles.").arg(PreviewArticles).arg(articleIds().size());
    m_limitations->setText(limitations.isEmpty() ? tr("This format keeps everything.") : limitations.join(QLatin1Char('\n')));
    m_pageSize->setEnabled(id == QLatin1String("pdf"));
    m_previewText = text;
    if (isRendered(id)) {
        m_rendered->setHtml(text);
        m_previews->setCurrentWidget(m_rendered);
    } else {
        m_previews->setCurrentWidget(m_preview);
    }
    // A fresh document and highlighter for each preview: the old highlighter's queued
    // re-highlighting goes with its document instead of reaching into replaced blocks.
    // The edit deletes a document it made itself when given another; ours it leaves to us.
    const QPointer<QTextDocument> old = m_preview->document();
    auto *document = new QTextDocument(this);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setDefaultFont(m_preview->font());
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    m_highlighter->setTheme(m_theme);
    m_highlighter->setDefinition(m_repository->definitionForName(definitionFor(id)));
    document->setPlainText(isRendered(id) ? QString() : text);
    m_preview->setDocument(document);
    if (old && old->parent() == this)
        delete old.data();
    m_preview->setTabStopDistance(QFontMetricsF(m_preview->font()).horizontalAdvance(QLatin1Char(' ')) * 4);
}

bool ExportDialog::saveTo(const QString &path, QString *error)
{
    const QList<qint64> ids = articleIds();
    if (ids.isEmpty()) {
        *error = tr("There is no article to export.");
        return false;
    }
    ReportOptions options;
    options.content.onlyAccepted = m_onlyAccepted->isChecked();
    options.content.withFacts = m_withFacts->isChecked();
    options.pageSize = pageSize();
    ExportWriter writer(formatId(), options);
    // As `gazette export` does: the spans come from the library one at a time, and the facts
    // stay there for a format that has no place for them (a huge article is never held whole).
    const DataFormat *format = DataFormat::byId(formatId());
    const bool withFacts = !format || format->writesFacts();
    const AnnotationStore *store = m_session->store();
    if (writer.write(
            ids, [store, withFacts](qint64 id) { return store->annotatedArticleWithoutSpans(id, withFacts); },
            [store](qint64 id, const DataFormat::SpanVisitor &visit) { return store->forEachAnnotation(id, visit); }, path))
        return true;
    *error = writer.errorString();
    return false;
}

void ExportDialog::save()
{
    const QString id = formatId();
    const DataFormat *format = DataFormat::byId(id);
    const bool folder = format && articleIds().size() > 1;
    QString path;
    const QString folderPath = QSettings().value(FolderKey, QDir::homePath()).toString();
    if (folder) {
        path = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), folderPath);
    } else {
        const QString suffix = format ? format->mainSuffix() : QLatin1Char('.') + id;
        path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(folderPath).filePath(suggestedFileName() + suffix),
                                            tr("%1 (*%2)").arg(m_format->currentText(), suffix));
    }
    if (path.isEmpty())
        return;
    QSettings().setValue(FolderKey, folder ? path : QFileInfo(path).absolutePath());
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    showSaved(path);
    accept();
}

// Where the export went, with a way to look at it.
void ExportDialog::showSaved(const QString &path)
{
    QMessageBox box(QMessageBox::Information, tr("Exported"), tr("Saved to %1").arg(QDir::toNativeSeparators(path)), QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("exportedMessage"));
    QPushButton *open = box.addButton(tr("&Open"), QMessageBox::ActionRole);
    QPushButton *folder = box.addButton(tr("Show in &Folder"), QMessageBox::ActionRole);
    box.exec();
    const QFileInfo info(path);
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.absoluteFilePath()));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
}

} // namespace Gazette
