// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "document/annotatedarticle.h"
#include "document/annotation.h"
#include "document/article.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <unordered_map>
#include <optional>
#include <vector>

class QSqlQuery;

namespace Gazette {

class SqlDialect;

// A row of the library list: an article with its counts.
struct ArticleSummary
{
    qint64 id = 0;
    QString headline;
    QString source;
    QDateTime published;
    ReviewStatus reviewStatus = ReviewStatus::New;
    int entityCount = 0;        // distinct entities linked from its non-rejected annotations
    int annotationCount = 0;    // non-rejected annotations
    int pendingCount = 0;       // suggestions not yet reviewed
    int factCount = 0;          // non-rejected facts
    QDateTime modified;
    friend bool operator==(const ArticleSummary &, const ArticleSummary &) = default;
};

struct ReanchorReport
{
    int exact = 0;
    int approximate = 0;
    int orphaned = 0;
};

// The library: one SQLite file (*.gazette) through Qt SQL. Every write is one transaction;
// change signals are emitted after it commits, so models and views never see a write that
// was rolled back. No QSqlQuery leaves this class.
class AnnotationStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    static constexpr int SchemaVersion = 2;

    explicit AnnotationStore(QObject *parent = nullptr);
    ~AnnotationStore() override;

    // Opens (or creates) a library file; ":memory:" gives a private in-memory library. An
    // older library is backed up next to it ("NAME.gazette.v1.bak") and migrated; a newer one
    // or a file that is no SQLite database is refused and left untouched.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_errorString; }
    QString backupPath() const { return m_backupPath; } // of the last migration, if any

    // The location of the default library.
    static QString defaultLibraryPath();

    // --- Articles
    std::optional<qint64> addArticle(AnnotatedArticle &bundle);
    std::optional<Article> article(qint64 id) const;
    int articleCount() const;
    QList<ArticleSummary> articleSummaries(int offset, int limit) const;
    std::optional<ArticleSummary> articleSummary(qint64 id) const;
    std::optional<qint64> findArticle(const QString &contentHash, const QString &uri = {}) const;
    // Full-text search over headline and text, also for Chinese and Japanese; all words must
    // occur. Returns article ids, best match first.
    QList<qint64> search(const QString &query) const;
    // Articles with at least one annotation of this label that is not rejected.
    QSet<qint64> articlesWithLabel(const QString &label) const;
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
    QList<Fact> facts(qint64 articleId) const;
    std::optional<Fact> fact(qint64 id) const;
    QList<LexiconEntry> lexicon() const;

    // Applies a change set in one transaction (forward: redo, backward: undo). On failure
    // nothing is written and errorString() says why.
    bool apply(ChangeSet &changes, bool forward = true);

    // Runs work() in one transaction (nested calls join the outer one); rolls back when work()
    // returns false or a statement fails.
    bool transaction(const std::function<bool()> &work);

Q_SIGNALS:
    void libraryOpened();
    void articleAdded(qint64 id);       // with its annotations, entities and facts
    void articleChanged(qint64 id);     // metadata, text or review status
    void articleRemoved(qint64 id);
    void annotationAdded(const Gazette::Annotation &annotation);
    void annotationChanged(const Gazette::Annotation &before, const Gazette::Annotation &after);
    void annotationRemoved(const Gazette::Annotation &annotation);
    void entityAdded(const Gazette::Entity &entity);
    void entityChanged(const Gazette::Entity &before, const Gazette::Entity &after);
    void entityRemoved(const Gazette::Entity &entity);
    void factAdded(const Gazette::Fact &fact);
    void factChanged(const Gazette::Fact &before, const Gazette::Fact &after);
    void factRemoved(const Gazette::Fact &fact);
    void lexiconChanged();
    void errorOccurred(const QString &message);

private:
    bool migrate(int fromVersion);
    bool createSchemaVersion1();
    bool migrateToVersion2();
    bool exec(const QString &statement);
    bool exec(QSqlQuery &query);
    QSqlQuery prepare(const QString &statement) const;
    // A prepared statement kept for the life of the connection: the hot write paths reuse it
    // instead of preparing the same SQL again for every row.
    QSqlQuery &cached(const QString &statement) const;
    void fail(const QString &message, const QSqlQuery *query = nullptr);
    void notify(std::function<void()> signal);

    bool insertAnnotation(Annotation &annotation);
    bool updateAnnotation(const Annotation &annotation);
    bool deleteAnnotation(qint64 id);
    bool insertEntity(Entity &entity);
    bool updateEntity(const Entity &entity);
    bool deleteEntity(qint64 id);
    bool insertFact(Fact &fact);
    bool updateFact(const Fact &fact);
    bool deleteFact(qint64 id);
    bool writeEvidence(const Fact &fact);
    bool setReviewStatus(qint64 articleId, ReviewStatus status);
    bool changeLexicon(const LexiconChange &change, int sign);
    QList<Evidence> evidenceOf(qint64 factId) const;

    QSqlDatabase database() const;

    QString m_connectionName;
    QString m_path;
    QString m_errorString;
    QString m_backupPath;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    std::vector<std::function<void()>> m_pendingSignals;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace Gazette
