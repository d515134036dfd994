// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlesummary.h"
#include "quoterow.h"
#include "changeset.h"
#include "document/annotatedarticle.h"
#include "document/annotation.h"
#include "document/article.h"
#include "document/corpusindex.h"
#include "document/libraryquery.h"
#include "storechange.h"
#include "storeconflict.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;
class QSqlQuery;

namespace Gazette {
class SqlDialect;
}

namespace Gazette {

struct ReanchorReport
{
    int exact = 0;
    int approximate = 0;
    int orphaned = 0;
};

// The library through Qt SQL: the queries and writes. The schema, the row encoding and the
// opening of a library file live beside it (schema.h, rowcodec.h, libraryfile.h), and the
// database engine's own SQL in its dialect (sqldialect.h). Every write is one transaction;
// change signals are emitted after it commits, so models and views never see a write that
// was rolled back. No QSqlQuery leaves this class.
class AnnotationStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    static const int SchemaVersion;

    explicit AnnotationStore(QObject *parent = nullptr);
    ~AnnotationStore() override;

    // Opens (or creates) a library file; ":memory:" gives a private in-memory library. An
    // older library is backed up next to it ("NAME.gazette.v1.bak") and migrated; a newer one
    // or a file that is no Gazette library is refused and left untouched.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_errorString; }
    QString backupPath() const { return m_backupPath; } // of the last migration, if any

    // The location of the default library.
    static QString defaultLibraryPath();

    // Whether the library is on a server that other annotators share (PostgreSQL).
    bool isShared() const;
    // Who the store writes as: the PostgreSQL role it connected as; on a library file, the name
    // given with setAuthor() (may be empty). Every annotation and fact it writes on a shared
    // library carries it, and so does every entry of the history (changeLog()).
    QString author() const { return m_author; }
    void setAuthor(const QString &author);
    // A shared library whose server went away is read-only: writes are refused with a message
    // (never reported saved) until reconnect() succeeds.
    bool isConnectionLost() const { return m_connectionLost; }
    bool reconnect();
    // Why the last write failed when another annotator changed the same row first.
    std::optional<StoreConflict> lastConflict() const { return m_lastConflict; }

    struct LogEntry
    {
        qint64 id = 0;
        QDateTime time;
        QString author;
        QString articles; // the article ids the action touched, "3,7"
        StoreChange change;
    };
    // The library's history, oldest first: every committed action, who made it and when.
    QList<LogEntry> changeLog(qint64 afterId = 0) const;

    // --- Articles
    // alreadyStored (if given) says the library held the same text already: nothing was added
    // and the id is that article's.
    std::optional<qint64> addArticle(AnnotatedArticle &bundle, bool *alreadyStored = nullptr);
    std::optional<Article> article(qint64 id) const;
    int articleCount() const;
    QList<ArticleSummary> articleSummaries(int offset, int limit) const;
    std::optional<ArticleSummary> articleSummary(qint64 id) const;
    // How often articleSummary() and articleSummaries() ran their query since the store was
    // made: lets tests check that a model refreshes once per action, not once per row.
    int summaryQueryCount() const { return m_summaryQueryCount; }
    std::optional<qint64> findArticle(const QString &contentHash, const QString &uri = {}) const;
    // Full-text search over headline and text, also for Chinese and Japanese; all words must
    // occur, as whole words in scripts written with spaces ("AI" is not found in "said"),
    // anywhere in Chinese, Japanese and Thai. Returns article ids, best match first.
    QList<qint64> search(const QString &query) const;
    // Articles with at least one annotation of this label that is not rejected.
    QSet<qint64> articlesWithLabel(const QString &label) const;
    // Articles in which the reader decided on a span of one of these labels (added, accepted or
    // rejected one), in id order: what the learned tagger learns from.
    QList<qint64> articlesWithReaderDecisions(const QStringList &labels) const;
    // Removes the article with its annotations and facts (its entities stay for the other
    // articles). Edits::removeArticle() makes the same removal undoable.
    bool removeArticle(qint64 id);
    // A new version of an article's text: annotations and evidence are re-anchored by quote,
    // prefix and suffix; those that cannot be placed are kept and marked orphaned.
    std::optional<ReanchorReport> updateArticle(qint64 id, const Article &updated);

    // --- Annotations, entities, facts
    QList<Annotation> annotations(qint64 articleId) const;
    std::optional<Annotation> annotation(qint64 id) const;
    QList<Annotation> mentionsOf(qint64 entityId) const;
    QList<Entity> entities() const;
    QList<Entity> entitiesOfArticle(qint64 articleId) const;
    std::optional<Entity> entity(qint64 id) const;
    std::optional<Entity> findEntity(const QString &name, const QString &label) const;
    // The entity of this name and label that has a mention in the article: entities belong to
    // their article (see docs/architecture.md, "Entity identity").
    std::optional<Entity> findEntityInArticle(qint64 articleId, const QString &name, const QString &label) const;
    // The articles an entity has mentions in.
    QSet<qint64> articlesOf(qint64 entityId) const;
    QList<Fact> facts(qint64 articleId) const;
    std::optional<Fact> fact(qint64 id) const;
    // Who said what across the library: every quote fact not rejected, newest articles first
    // (store/quotequery.cpp).
    QList<QuoteRow> quotes() const;
    // The corpus view's rows in three queries, whatever the library's size (store/corpusquery.cpp):
    // every article, the mentions per article, label and name, and who is quoted where.
    CorpusData corpusData() const;
    // Every mention (not rejected) of one entity of the index: its label and spellings.
    struct LibraryMention
    {
        qint64 annotationId = 0;
        qint64 articleId = 0;
        int start = 0;
        int end = 0;
        QString headline;
        QDateTime published;
        QString text; // the article's (shared between its mentions), for a context
    };
    QList<LibraryMention> libraryMentions(const QString &label, const QStringList &spellings) const;
    // The articles a library search finds (its words through the full-text index, then every
    // filter), best match first when there are words, else in id order. Needs a valid query.
    QList<qint64> findArticles(const LibraryQuery &query) const;
    QList<LexiconEntry> lexicon() const;
    // An article with its annotations, its facts and the entities they refer to.
    std::optional<AnnotatedArticle> annotatedArticle(qint64 articleId) const;
    // The same without its annotations (the entities they refer to are there), for a reader
    // that takes the spans one at a time from forEachAnnotation().
    // withFacts false: without its facts too (for an export in a format that has no place for them).
    std::optional<AnnotatedArticle> annotatedArticleWithoutSpans(qint64 articleId, bool withFacts = true) const;
    // The article's annotations in the order of annotations(), one at a time: a huge article's
    // million spans are never all in memory. False when they could not be read.
    bool forEachAnnotation(qint64 articleId, const std::function<void(const Annotation &)> &visit) const;

    // Applies a change set in one transaction (forward: redo, backward: undo). On failure
    // nothing is written and errorString() says why.
    bool apply(ChangeSet &changes, bool forward = true);

    // Runs work() in one transaction (nested calls join the outer one); rolls back when work()
    // returns false or a statement fails. Whatever the outermost transaction changed is
    // announced by one changed() signal after it commits.
    bool transaction(const std::function<bool()> &work);

Q_SIGNALS:
    void libraryOpened();
    // Everything one committed action changed, once per action: the only change signal, so
    // models, views and the status bar refresh once however many rows an action touched.
    // Also for other annotators' committed actions on a shared library, within moments.
    void changed(const Gazette::StoreChange &change);
    void errorOccurred(const QString &message);
    // The server of a shared library was lost (false) or reached again (true).
    void connectionChanged(bool connected);

private:
    friend class LibraryCopy; // copies rows table by table, on both stores' connections
    friend class FeedStore;   // keeps the subscriptions in the library, in its transactions
    friend class TeamStore;   // assignments, presence and roles, on the store's connection
    friend class SmartFolderStore; // saved searches, on the store's connection
    const SqlDialect &dialect() const;
    bool beginWrite();
    struct Connection;
    using Placeholders = QHash<qint64, qint64>; // negative placeholder id -> assigned id

    bool migrate(int fromVersion);
    bool exec(QSqlQuery &query);
    QSqlQuery prepare(const QString &statement) const;
    // A prepared statement kept for the life of the connection: the hot write paths reuse it
    // instead of preparing the same SQL again for every row.
    QSqlQuery &cached(const QString &statement) const;
    void fail(const QString &message, const QSqlQuery *query = nullptr);
    QSqlDatabase database() const;

    bool insertArticleRows(AnnotatedArticle &bundle, qint64 articleId, const QDateTime &time);
    bool reanchorRows(qint64 articleId, const QString &oldText, const QString &newText, ReanchorReport &report);

    template<typename Row>
    bool applyRow(RowChange<Row> &change, bool redo, Placeholders &placeholders);
    bool applyItem(ChangeSet::Item &item, bool forward, Placeholders &placeholders);
    // The version a write of this row must find: the one this store wrote last, else the row's own.
    template<typename Row>
    int knownVersion(const Row &row) const;
    bool applyArticle(const ArticleChange &change, bool forward);
    bool deleteArticleRow(qint64 id);
    // The id a new row of the table takes: 0 (the database chooses) unless rows were removed
    // with an article this session; then one above them, so undoing the removal finds its ids free.
    qint64 newRowId(const QString &table) const;
    bool restoreArticle(const AnnotatedArticle &bundle);
    bool insertRow(Annotation &annotation);
    bool insertRow(Entity &entity);
    bool insertRow(Fact &fact);
    // Annotations and facts are written over the version they were read at (expected) and
    // get the next one; a row another writer changed first is refused as a conflict.
    bool updateRow(Annotation &annotation, int expected);
    bool updateRow(Entity &entity, int expected);
    bool updateRow(Fact &fact, int expected);
    bool deleteRow(const Annotation &annotation, int expected);
    bool deleteRow(const Entity &entity, int expected);
    bool deleteRow(const Fact &fact, int expected);
    bool insertRow(const QString &table, const QString &columns, qint64 &id, const std::function<void(QSqlQuery &)> &bind);
    // expected < 0: the table has no row versions.
    bool updateRow(const QString &table, const QString &columns, const std::function<void(QSqlQuery &)> &bind, qint64 id,
                   int expected, const QString &missing);
    bool deleteRow(const QString &table, qint64 id, int expected);
    // Fills lastConflict() for a row whose version was not the expected one.
    // expected: the version the write was made from; when the row still has it, nobody changed
    // it and the server's row-level policy refused the write.
    void conflict(const QString &table, qint64 id, int expected);
    bool writeChangeLog();
    void checkConnection();
    void listen();
    void receiveNotification(const QString &name, const QVariant &payload, bool fromThisConnection);
    bool writeEvidence(const Fact &fact);
    bool setReviewStatus(qint64 articleId, ReviewStatus from, ReviewStatus to);
    bool changeLexicon(const LexiconChange &change, int sign);
    QList<Evidence> evidenceOf(qint64 factId) const;

    // Adds to what the running transaction announces when it commits.
    void record(const RowChange<Annotation> &change);
    void record(const RowChange<Entity> &change);
    void record(const RowChange<Fact> &change);
    void recordArticle(QList<qint64> StoreChange::*list, qint64 id);
    void announce();

    std::unique_ptr<Connection> m_connection;
    QString m_path;
    QString m_errorString;
    QString m_backupPath;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    StoreChange m_pendingChange;
    mutable int m_summaryQueryCount = 0;
    QString m_author;
    std::optional<StoreConflict> m_lastConflict;
    // "annotations:12" -> the version this store last wrote (committed) and is writing (pending).
    QHash<QString, int> m_writtenVersions;
    QHash<QString, int> m_pendingVersions;
    bool m_connectionLost = false;
    bool m_shared = false;
    QHash<QString, qint64> m_reservedIds; // table -> highest id of rows an undo may bring back
};

} // namespace Gazette
