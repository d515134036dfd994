// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakecontroller.h"

#include "feeddialog.h"
#include "formats/feedreader.h"
#include "formats/importer.h"
#include "formats/importerregistry.h"
#include "formats/plaintextimporter.h"
#include "formats/sourcereader.h"
#include "library/importjob.h"
#include "library/librarysession.h"
#include "windowsession.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace Gazette {

namespace {
const auto LastDirectoryKey = QStringLiteral("files/lastDirectory");
}

// One import or extraction under way: what it has taken so far and how it ends.
struct IntakeController::Run
{
    explicit Run(AnnotationStore *store)
        : intake(store)
    {
    }
    ArticleIntake intake;
    QStringList failures;         // sources that could not be read, and articles not saved
    bool single = false;          // one source asked for
    QList<Article> readArticles;  // articles already read: on Cancel they are added without suggestions
    bool opened = false;          // articles the reader opened one by one: no import summary
    QList<AnnotatedArticle> pendingFeed; // a feed opened by its address: the reader picks items at the end
    QString pendingInput;
    QPointer<QProgressDialog> progress;
};

IntakeController::IntakeController(LibrarySession *session, ImporterRegistry *importers, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_importers(importers)
    , m_window(window)
{
}

IntakeController::~IntakeController() = default;

bool IntakeController::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // A library given to the window (a second launch, a drop, File > Open) opens as the library.
    if (suffix == QLatin1String("gazette")) {
        Q_EMIT libraryRequested(absolute);
        return true;
    }
    QFile probe(absolute);
    if (suffix == QLatin1String("rss") || suffix == QLatin1String("atom")
        || ((suffix == QLatin1String("xml") || suffix.isEmpty()) && probe.open(QIODevice::ReadOnly) && FeedReader::looksLikeFeed(probe.read(2048)))
        || (suffix == QLatin1String("json") && SourceReader::isJsonFeedFile(absolute)))
        return openFeed(absolute);
    auto article = m_importers->readFile(absolute);
    if (!article) {
        QMessageBox::warning(m_window, tr("Cannot Open Article"), m_importers->errorString());
        Q_EMIT message(m_importers->errorString(), 8000);
        return false;
    }
    Q_EMIT fileOpened(absolute);
    ArticleIntake::ChangedCopy whenChanged = ArticleIntake::ChangedCopy::Skip;
    if (const auto copy = ArticleIntake(m_session->store()).findCopy(*article)) {
        if (copy->sameText) {
            Q_EMIT articleReady(copy->id);
            Q_EMIT message(tr("“%1” is already in the library.").arg(article->headline), 6000);
            return true;
        }
        if (settleChangedCopy(*article, copy->id))
            return true;
        whenChanged = ArticleIntake::ChangedCopy::AddNew;
        if (!QFileInfo::exists(absolute)) // the reader cancelled
            return false;
    }
    if (!m_importers->warnings().isEmpty())
        Q_EMIT message(m_importers->warnings().join(QLatin1Char(' ')), 10000);
    takeArticles({*article}, QFileInfo(absolute).fileName(), whenChanged);
    return true;
}

// Asks whether a changed article replaces its earlier version. True when that is settled
// (updated, or the reader cancelled); false when it is to be added as a new article.
bool IntakeController::settleChangedCopy(const Article &article, qint64 existingId)
{
    QMessageBox question(QMessageBox::Question, tr("Article Changed"),
                         tr("The library has an earlier version of “%1”.").arg(article.headline), QMessageBox::Cancel, m_window);
    question.setInformativeText(tr("Update it to this version? Annotations and evidence move with the text; "
                                   "those whose text is gone are kept and marked as orphaned."));
    QPushButton *update = question.addButton(tr("&Update"), QMessageBox::AcceptRole);
    QPushButton *add = question.addButton(tr("Add as &New Article"), QMessageBox::ActionRole);
    question.setDefaultButton(update);
    question.exec();
    if (question.clickedButton() == add)
        return false;
    if (question.clickedButton() != update)
        return true;
    ArticleIntake intake(m_session->store());
    intake.setChangedCopy(ArticleIntake::ChangedCopy::Update);
    const auto result = intake.take(article);
    if (result.outcome == ArticleIntake::Outcome::Failed) {
        QMessageBox::warning(m_window, tr("Cannot Update Article"), result.error);
        return true;
    }
    Q_EMIT articleReplaced(existingId);
    Q_EMIT articleReady(existingId);
    Q_EMIT message(tr("Updated: %1 span(s) kept their place, %2 moved, %3 orphaned.")
                       .arg(result.reanchored.exact).arg(result.reanchored.approximate).arg(result.reanchored.orphaned), 10000);
    return true;
}

bool IntakeController::openFeed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > Importer::MaximumFileSize) {
        QMessageBox::warning(m_window, tr("Cannot Open Feed"), file.isOpen() ? tr("“%1” is too large.").arg(path) : file.errorString());
        return false;
    }
    FeedReader reader;
    const auto feed = reader.read(file.readAll());
    if (!feed || feed->items.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot Open Feed"), feed ? tr("The feed has no items.") : reader.errorString());
        return false;
    }
    FeedDialog dialog(*feed, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT fileOpened(path);
    QList<Article> articles;
    QStringList failures;
    for (int row : dialog.selectedItems()) {
        QString error;
        if (auto article = FeedReader::articleFor(feed->items.at(row), *feed, &error))
            articles.append(*article);
        else
            failures.append(error);
    }
    if (!failures.isEmpty())
        QMessageBox::warning(m_window, tr("Some Items Were Not Imported"), failures.join(QLatin1Char('\n')));
    if (articles.isEmpty())
        return false;
    takeArticles(articles, feed->title, ArticleIntake::ChangedCopy::Skip);
    return true;
}

bool IntakeController::addText(const QString &text, const QString &source)
{
    PlainTextImporter importer;
    auto article = importer.read(text.toUtf8(), QString());
    if (!article) {
        QMessageBox::warning(m_window, tr("Cannot Add Article"), tr("The text cannot be an article: %1").arg(importer.errorString()));
        return false;
    }
    article->source = source;
    article->created = QDateTime::currentDateTimeUtc();
    if (const auto copy = ArticleIntake(m_session->store()).findCopy(*article)) {
        Q_EMIT articleReady(copy->id);
        Q_EMIT message(tr("This text is already in the library."), 6000);
        return true;
    }
    takeArticles({*article}, source, ArticleIntake::ChangedCopy::Skip);
    return true;
}

void IntakeController::askAndOpenFiles()
{
    QSettings settings;
    QFileDialog dialog(m_window, tr("Open Article"), settings.value(LastDirectoryKey, QDir::homePath()).toString());
    dialog.setObjectName(QStringLiteral("openDialog"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    QStringList filters = m_importers->fileDialogFilters();
    const QString feeds = QStringLiteral("*.rss *.atom *.xml *.json");
    filters.first().replace(QLatin1Char(')'), QLatin1Char(' ') + feeds + QLatin1Char(')'));
    filters.insert(filters.size() - 1, tr("Feeds (%1)").arg(feeds));
    dialog.setNameFilters(filters);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(LastDirectoryKey, dialog.directory().absolutePath());
    for (const QString &path : dialog.selectedFiles())
        openFile(path);
}

void IntakeController::askAndOpenUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(m_window, tr("Open URL"), tr("Web address of an article or a feed:"), QLineEdit::Normal,
                                              QString(), &ok).trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!SourceReader::isWebAddress(url)) {
        QMessageBox::warning(m_window, tr("Open URL"), tr("“%1” is not a web address: it must start with http:// or https://.").arg(url));
        return;
    }
    importSources({url});
}

void IntakeController::askAndImportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"), WindowSession::folder(WindowSession::Folder::ImportFolder));
    if (folder.isEmpty())
        return;
    WindowSession::setFolder(WindowSession::Folder::ImportFolder, folder);
    importSources({folder});
}

bool IntakeController::canTake(const QMimeData *mime)
{
    bool usable = false;
    for (const QUrl &url : mime->urls())
        usable = usable || url.isLocalFile() || url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return usable || (!mime->hasUrls() && mime->hasText());
}

void IntakeController::take(const QMimeData *mime, const QString &textSource)
{
    if (!mime->hasUrls()) {
        if (mime->hasText())
            addText(mime->text(), textSource);
        return;
    }
    QStringList batch; // folders and web addresses go through the import with progress
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && !QFileInfo(url.toLocalFile()).isDir())
            openFile(url.toLocalFile());
        else if (url.isLocalFile())
            batch.append(url.toLocalFile());
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            batch.append(url.toString());
    }
    if (!batch.isEmpty())
        importSources(batch);
}

void IntakeController::takeArticles(const QList<Article> &articles, const QString &label, ArticleIntake::ChangedCopy whenChanged)
{
    auto run = std::make_shared<Run>(m_session->store());
    run->intake.setChangedCopy(whenChanged);
    run->readArticles = articles;
    run->opened = true;
    if (!m_session->extractOnAdd()) {
        // Nothing to wait for: the articles go in at once.
        for (const Article &article : articles) {
            const auto result = run->intake.take(article);
            if (result.outcome == ArticleIntake::Outcome::Failed)
                run->failures.append(result.error);
        }
        finish(run, false);
        return;
    }
    auto *job = new ImportJob(articles, label, this);
    start(job, run);
}

void IntakeController::importSources(const QStringList &inputs)
{
    auto run = std::make_shared<Run>(m_session->store());
    auto *job = new ImportJob(inputs, this);
    run->single = job->total() == 1;
    // Asked from the worker thread; the question waits for the reader in the window's thread.
    job->setPrivateRedirectQuestion([this](const QUrl &from, const QUrl &to) {
        bool follow = false;
        QMetaObject::invokeMethod(this, [&] {
            follow = QMessageBox::question(m_window, tr("Follow Redirect?"),
                                           tr("%1 redirects to %2, an address in your own network or on this computer. "
                                              "A web page should not lead there. Follow it anyway?")
                                               .arg(from.toDisplayString(), to.toDisplayString()),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        }, Qt::BlockingQueuedConnection);
        return follow;
    });
    start(job, run);
}

void IntakeController::start(ImportJob *job, const std::shared_ptr<Run> &run)
{
    m_job = job;
    job->setExtraction(m_session->extractOnAdd(), m_session->store()->lexicon(), m_session->pendingTagger());
    const bool extractOnly = !run->readArticles.isEmpty();
    auto *progress = new QProgressDialog(extractOnly ? tr("Finding names, dates, amounts and quotes…") : tr("Reading…"),
                                         extractOnly ? tr("Add Without Suggestions") : tr("Cancel"), 0, std::max(1, job->total()), m_window);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowTitle(extractOnly ? tr("Extracting") : tr("Importing"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(extractOnly ? 400 : 300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    run->progress = progress;
    connect(progress, &QProgressDialog::canceled, job, &ImportJob::cancel);
    connect(job, &ImportJob::progress, progress, [progress, extractOnly](int done, int total, const QString &current) {
        progress->setMaximum(std::max(1, total));
        progress->setValue(done);
        if (!current.isEmpty() && !extractOnly) {
            const QString name = QFileInfo(current).fileName().isEmpty() ? current : QFileInfo(current).fileName();
            progress->setLabelText(tr("%1 of %2: %3").arg(done + 1).arg(total).arg(name));
        }
    });
    connect(job, &ImportJob::sourceRead, this, [run](const QString &input, const SourceReader::Outcome &outcome,
                                                     const QList<AnnotatedArticle> &articles) {
        const QString name = QFileInfo(input).fileName().isEmpty() ? input : QFileInfo(input).fileName();
        if (!outcome.error.isEmpty()) {
            run->failures.append(QStringLiteral("%1: %2").arg(name, outcome.error));
            return;
        }
        // A feed opened by its web address: the reader picks the items once the reading is done.
        if (SourceReader::isWebAddress(input) && articles.size() > 1 && run->single) {
            run->pendingFeed = articles;
            run->pendingInput = input;
            return;
        }
        run->readArticles.clear(); // taken with their suggestions
        for (const AnnotatedArticle &article : articles) {
            const auto result = run->intake.take(article);
            if (result.outcome == ArticleIntake::Outcome::Failed)
                run->failures.append(QStringLiteral("%1: %2").arg(input, result.error));
        }
    });
    connect(job, &ImportJob::sourceRead, this, [this](const QString &input) {
        if (!SourceReader::isWebAddress(input) && QFileInfo(input).isFile())
            Q_EMIT fileOpened(QFileInfo(input).absoluteFilePath());
    });
    connect(job, &ImportJob::finished, this, [this, job, run](bool cancelled) {
        job->deleteLater();
        finish(run, cancelled);
    });
    job->start();
}

void IntakeController::finish(const std::shared_ptr<Run> &run, bool cancelled)
{
    if (run->progress) {
        run->progress->close();
        run->progress->deleteLater();
    }
    if (cancelled && !run->readArticles.isEmpty()) {
        // Extraction cancelled: the articles the reader opened are added without suggestions.
        for (const Article &article : std::as_const(run->readArticles))
            run->intake.take(AnnotatedArticle{article, {}, {}, {}});
        Q_EMIT message(tr("Extraction cancelled: the article was added without suggestions."), 10000);
        cancelled = false;
    } else if (!run->pendingFeed.isEmpty() && !cancelled) {
        Feed listing;
        listing.title = run->pendingFeed.first().article.source;
        for (const AnnotatedArticle &item : std::as_const(run->pendingFeed))
            listing.items.append({{}, item.article.headline, item.article.uri, item.article.byline, {}, {}, item.article.published});
        FeedDialog dialog(listing, m_window);
        if (dialog.exec() == QDialog::Accepted) {
            for (int row : dialog.selectedItems())
                run->intake.take(run->pendingFeed.at(row));
        }
    }
    const ArticleIntake::Tally &tally = run->intake.tally();
    if (tally.first)
        Q_EMIT articleReady(tally.first);
    if (!run->opened || !run->failures.isEmpty()) {
        const QString summary = run->intake.summary(int(run->failures.size()) - tally.failed)
            + (cancelled ? QLatin1Char(' ') + tr("Cancelled: what was read is kept.") : QString());
        Q_EMIT message(summary, 15000);
        if (!run->failures.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), summary, QMessageBox::Close, m_window);
            box->setObjectName(QStringLiteral("importSummary"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setDetailedText(run->failures.join(QLatin1Char('\n')));
            box->setInformativeText(tr("The details list each source that could not be read, and why."));
            box->show(); // not modal: the reader can read the articles while it is open
        }
    }
    Q_EMIT importFinished(tally.added, tally.known, run->failures, cancelled);
}

} // namespace Gazette
