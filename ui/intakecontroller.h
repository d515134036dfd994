// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/article.h"
#include "library/articleintake.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMimeData;
class QWidget;

namespace Gazette {

class ImportJob;
class ImporterRegistry;
class LibrarySession;

// The window's side of the article intake: opening a file, a feed, a folder, a web address or
// pasted text asks the reader what only the reader can decide (which feed items, whether a
// changed article replaces its earlier version), runs reading and extraction in the background
// with a progress dialog, and hands every article to the one ArticleIntake.
class IntakeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeController)

public:
    IntakeController(LibrarySession *session, ImporterRegistry *importers, QWidget *window);
    ~IntakeController() override;

    // File > Open, Open URL, Import Folder: ask, then open.
    void askAndOpenFiles();
    void askAndOpenUrl();
    void askAndImportFolder();

    // An article file or a feed file. False, with a message, when it cannot be read.
    bool openFile(const QString &path);
    // Reads an RSS or Atom file and takes the items the reader picks.
    bool openFeed(const QString &path);
    // Files, folders, feeds and web addresses, read in the background with a progress dialog.
    void importSources(const QStringList &inputs);
    // Text (pasted, dropped) as a new article.
    bool addText(const QString &text, const QString &source);

    // Files, folders, web addresses or text dropped on the window.
    static bool canTake(const QMimeData *mime);
    void take(const QMimeData *mime, const QString &textSource);

    // An import or extraction is still running.
    bool isBusy() const { return !m_job.isNull(); }

Q_SIGNALS:
    // An article was added, updated or found: the window shows it.
    void articleReady(qint64 articleId);
    // A changed article was replaced: commands recorded against the old text no longer fit it.
    void articleReplaced(qint64 articleId);
    void message(const QString &text, int timeout);
    void fileOpened(const QString &path);
    // A *.gazette library was opened as a file: the window switches to it.
    void libraryRequested(const QString &path);
    void importFinished(int imported, int known, const QStringList &failures, bool cancelled);

private:
    struct Run;
    // Takes articles already read: at once without extraction, in the background with it.
    void takeArticles(const QList<Article> &articles, const QString &label, ArticleIntake::ChangedCopy whenChanged);
    void start(ImportJob *job, const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run, bool cancelled);
    bool settleChangedCopy(const Article &article, qint64 existingId);

    LibrarySession *m_session;
    ImporterRegistry *m_importers;
    QWidget *m_window;
    QPointer<ImportJob> m_job;
};

} // namespace Gazette
