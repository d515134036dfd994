// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edits.h"
#include "document/annotatedarticle.h"
#include "library/articleintake.h"
#include "library/learnedtagger.h"
#include "store/annotationstore.h"
#include "store/feedstore.h"
#include "store/smartfolderstore.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace Gazette {

// The open library and everything that acts on it, shared by the window and the CLI: the
// store, the undo stack, the edits that make commands, and the extraction policy every new
// article goes through (the ArticleIntake). The window adds widgets around it; the CLI uses it
// headless.
class LibrarySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibrarySession)

public:
    explicit LibrarySession(const QString &author = {}, QObject *parent = nullptr);
    ~LibrarySession() override;

    // Opens (or creates) a library; on failure the library that was open stays open and
    // errorString() says why. A new library starts with an empty undo history.
    bool open(const QString &path);
    bool isOpen() const { return m_store.isOpen(); }
    QString path() const { return m_store.path(); }
    QString errorString() const { return m_errorString; }

    AnnotationStore *store() { return &m_store; }
    const AnnotationStore *store() const { return &m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }
    Edits *edits() { return &m_edits; }
    // The library's subscriptions (feeds, their items, read and starred marks).
    FeedStore *feeds() { return &m_feeds; }
    // The library's smart folders (saved searches).
    SmartFolderStore *smartFolders() { return &m_smartFolders; }
    // The name edits and, on a library file, the store write under.
    void setAuthor(const QString &author)
    {
        m_edits.setAuthor(author);
        m_store.setAuthor(author);
    }

    // Whether new articles get the extractor's suggestions.
    bool extractOnAdd() const { return m_extractOnAdd; }
    void setExtractOnAdd(bool enabled) { m_extractOnAdd = enabled; }

    // An intake that extracts in place (when extraction is on); the window passes its own way of
    // running the extractor with setExtract().
    ArticleIntake intake(ArticleIntake::ChangedCopy whenChanged = ArticleIntake::ChangedCopy::Skip);

    // Pushes an edit onto the undo stack; false with errorString() when it could not be made.
    bool push(Edits::Command command);

    // The name tagger as the reader's corrections in this library taught it (see LearnedTagger);
    // nothing when Gazette has no name model. tagger() waits for a rebuild under way (the CLI,
    // tests); the window hands pendingTagger() to its worker threads, which wait there.
    std::shared_ptr<const SequenceTagger> tagger() { return m_learned.model(); }
    PendingModel pendingTagger() { return m_learned.pending(); }
    LearnedTagger *learnedTagger() { return &m_learned; }

    // An article of the library with its annotations, the entities they link and its facts.
    std::optional<AnnotatedArticle> annotatedArticle(qint64 articleId) const;

Q_SIGNALS:
    void opened();
    // An edit was pushed (its text, for the status bar).
    void pushed(const QString &text);

private:
    AnnotationStore m_store;
    FeedStore m_feeds{&m_store};
    SmartFolderStore m_smartFolders{&m_store};
    QUndoStack m_undoStack;
    Edits m_edits;
    LearnedTagger m_learned;
    bool m_extractOnAdd = true;
    QString m_errorString;
};

} // namespace Gazette
