// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "document/anchoring.h"
#include "document/layers.h"
#include "document/textsearch.h"
#include "changecodec.h"
#include "libraryfile.h"
#include "logging.h"
#include "rowcodec.h"
#include "schema.h"
#include "sqldialect.h"

#include <QDir>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace Gazette {

using namespace RowCodec;

const int AnnotationStore::SchemaVersion = Schema::Version;

// The open library and the statements prepared on it, which must go before it closes.
struct AnnotationStore::Connection
{
    explicit Connection(const QString &name)
        : file(name)
    {
    }
    LibraryFile file;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;
};

namespace {

// The library row of an article: its counts are computed over the statuses bound by
// bindSummaryStatuses(), in this order.
const QString SummarySelect = QStringLiteral(
    "SELECT a.id, a.headline, a.source, a.published, a.review_status, a.modified, "
    "(SELECT count(DISTINCT n.entity_id) FROM annotations n WHERE n.article_id = a.id AND n.status <> ?), "
    "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.status <> ?), "
    "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.status = ?), "
    "(SELECT count(*) FROM facts f WHERE f.article_id = a.id AND f.status <> ?) "
    "FROM articles a");

void bindSummaryStatuses(QSqlQuery &q)
{
    q.addBindValue(int(AnnotationStatus::Rejected));
    q.addBindValue(int(AnnotationStatus::Rejected));
    q.addBindValue(int(AnnotationStatus::Suggested));
    q.addBindValue(int(AnnotationStatus::Rejected));
}

// What of an annotation or fact the library row counts: rejected rows count for nothing.
auto summaryKey(const std::optional<Annotation> &a)
{
    const bool counted = a && a->status != AnnotationStatus::Rejected;
    return std::tuple(counted, counted && a->status == AnnotationStatus::Suggested, counted ? a->entityId : 0);
}

bool summaryKey(const std::optional<Fact> &f)
{
    return f && f->status != AnnotationStatus::Rejected;
}

template<typename Row>
qint64 articleOf(const RowChange<Row> &change)
{
    return change.after ? change.after->articleId : change.before->articleId;
}

// The key of a versioned row in the store's record of the versions it wrote.
template<typename Row>
QString versionKey(const Row &row)
{
    const QLatin1String table = std::is_same_v<Row, Annotation> ? QLatin1String("annotations:") : QLatin1String("facts:");
    return table + QString::number(row.id);
}

void resolvePlaceholders(Annotation &row, const QHash<qint64, qint64> &placeholders)
{
    if (row.entityId < 0)
        row.entityId = placeholders.value(row.entityId, 0);
}

void resolvePlaceholders(Entity &, const QHash<qint64, qint64> &)
{
}

void resolvePlaceholders(Fact &row, const QHash<qint64, qint64> &placeholders)
{
    for (qint64 *id : {&row.subjectEntityId, &row.objectEntityId}) {
        if (*id < 0)
            *id = placeholders.value(*id, 0);
    }
}

// Moves a span of the old text to where its quote and context are in the new text; one that
// cannot be placed stays where it was as far as the text allows and is flagged for the reader.
template<typename Span>
void reanchor(Span &span, const QString &oldText, const QString &newText, ReanchorReport &report)
{
    const AnchorResult result = anchor(newText, {span.quote, span.prefix, span.suffix, span.start, int(oldText.size())});
    if (result.found) {
        span.start = result.start;
        span.end = result.end;
        span.setContextFrom(newText);
        span.orphaned = false;
        ++(result.exact ? report.exact : report.approximate);
        return;
    }
    span.orphaned = true;
    const int length = std::max(1, span.end - span.start);
    span.start = std::clamp(span.start, 0, std::max(0, int(newText.size()) - 1));
    span.end = std::min(int(newText.size()), span.start + length);
    if (span.end <= span.start)
        span.end = span.start + 1;
    ++report.orphaned;
}

} // namespace

AnnotationStore::AnnotationStore(QObject *parent)
    : QObject(parent)
    , m_connection(std::make_unique<Connection>(QStringLiteral("gazette-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
}

AnnotationStore::~AnnotationStore()
{
    close();
}

QString AnnotationStore::defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("library.gazette"));
}

QSqlDatabase AnnotationStore::database() const
{
    return m_connection->file.database();
}

const SqlDialect &AnnotationStore::dialect() const
{
    return m_connection->file.dialect();
}

bool AnnotationStore::isShared() const
{
    return m_shared;
}

void AnnotationStore::setAuthor(const QString &author)
{
    if (!isShared()) // on a server the role is the author, whatever name is given
        m_author = author;
}

bool AnnotationStore::isOpen() const
{
    return m_connection->file.isOpen();
}

void AnnotationStore::close()
{
    m_writtenVersions.clear();
    m_connectionLost = false;
    m_shared = false;
    m_reservedIds.clear();
    m_connection->statements.clear();
    m_connection->file.close();
    m_path.clear();
}

bool AnnotationStore::open(const QString &path)
{
    close();
    m_errorString.clear();
    m_backupPath.clear();
    LibraryFile &file = m_connection->file;
    if (!file.open(path, Schema::Version)) {
        m_errorString = file.errorString();
        return false;
    }
    m_path = path;
    m_shared = file.dialect().isShared();
    m_backupPath = file.backupPath();
    m_lastConflict.reset();
    const QString name = file.displayName();
    if (file.schemaVersion() < Schema::Version && !migrate(file.schemaVersion())) {
        const QString reason = m_errorString;
        close();
        m_errorString = tr("“%1” could not be upgraded: %2").arg(name, reason);
        return false;
    }
    if (isShared()) {
        QSqlQuery q(database());
        if (q.exec(file.dialect().currentUserQuery()) && q.next())
            m_author = q.value(0).toString();
    }
    listen();
    Q_EMIT libraryOpened();
    return true;
}

bool AnnotationStore::reconnect()
{
    if (!m_connectionLost)
        return true;
    const QString location = m_path;
    // The versions this store wrote stay known across the new connection: undo goes on.
    const QHash<QString, int> written = m_writtenVersions;
    m_connection->statements.clear();
    LibraryFile &file = m_connection->file;
    if (!file.open(location, Schema::Version)) {
        m_errorString = file.errorString();
        return false;
    }
    m_writtenVersions = written;
    m_connectionLost = false;
    listen();
    qCInfo(lcStore) << "reconnected to" << file.displayName();
    Q_EMIT connectionChanged(true);
    return true;
}

// After a failed write on a shared library: is the server still there? A lost connection makes
// the library read-only (every write refused with a clear message) until reconnect().
void AnnotationStore::checkConnection()
{
    if (!isShared() || m_connectionLost)
        return;
    QSqlQuery ping(database());
    if (database().isOpen() && ping.exec(QStringLiteral("SELECT 1")))
        return;
    m_connectionLost = true;
    m_errorString = tr("The connection to the library “%1” was lost: nothing was saved. The library is read-only until "
                       "Gazette reconnects.")
                        .arg(m_connection->file.displayName());
    qCWarning(lcStore) << "connection lost:" << ping.lastError().text();
    Q_EMIT connectionChanged(false);
}

bool AnnotationStore::migrate(int fromVersion)
{
    const SqlDialect &dialect = m_connection->file.dialect();
    return transaction([&] {
        // Read the version again under the write lock: another process may have created or
        // upgraded the library since it was opened, and the schema is built exactly once.
        QSqlQuery q(database());
        for (const QString &statement : dialect.schemaLockStatements()) {
            if (!q.exec(statement)) {
                fail(tr("A database statement failed."), &q);
                return false;
            }
        }
        // A new PostgreSQL database has no table for the version yet (and a failed query would
        // end the transaction there): count the tables first.
        if (q.exec(dialect.tableCountQuery()) && q.next() && q.value(0).toInt() > 0 && q.exec(dialect.schemaVersionQuery())
            && q.next())
            fromVersion = q.value(0).toInt();
        q.finish();
        if (fromVersion >= Schema::Version)
            return true;
        Schema schema(database(), m_connection->file.dialect());
        if (schema.migrate(fromVersion))
            return true;
        fail(schema.errorString());
        return false;
    });
}

// --- Plumbing ---------------------------------------------------------------------------------

QSqlQuery AnnotationStore::prepare(const QString &statement) const
{
    QSqlQuery q(database());
    // PostgreSQL streams forward-only results row by row on the connection, which another
    // statement would cut short while a result is still being read: it reads results whole.
    q.setForwardOnly(!isShared());
    if (!q.prepare(statement)) {
        qCWarning(lcStore) << "cannot prepare" << statement << q.lastError().text();
        // A read that fails because the server went away makes the library read-only at once,
        // before an edit is built on what could not be read.
        if (m_transactionDepth == 0)
            const_cast<AnnotationStore *>(this)->checkConnection();
    }
    return q;
}

QSqlQuery &AnnotationStore::cached(const QString &statement) const
{
    auto &statements = m_connection->statements;
    auto it = statements.find(statement);
    if (it == statements.end())
        it = statements.emplace(statement, std::make_unique<QSqlQuery>(prepare(statement))).first;
    return *it->second;
}

bool AnnotationStore::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        fail(tr("A database statement failed."), &query);
        return false;
    }
    return true;
}

void AnnotationStore::fail(const QString &message, const QSqlQuery *query)
{
    m_errorString = message;
    if (query && dialect().isRefusal(query->lastError())) {
        m_errorString = tr("The server refused your change: only a curator may set an article's final status, take spans "
                           "into the final layer, assign articles or remove them. Nothing was saved. (%1)")
                            .arg(SqlDialect::serverMessage(query->lastError()));
    } else if (query) {
        m_errorString += QLatin1Char(' ') + query->lastError().text();
        qCWarning(lcStore) << message << query->lastQuery() << query->lastError().text();
    }
    if (m_transactionDepth > 0)
        m_transactionFailed = true;
}

bool AnnotationStore::transaction(const std::function<bool()> &work)
{
    const bool outermost = m_transactionDepth == 0;
    if (!m_connectionLost && !isOpen()) {
        m_errorString = tr("No library is open.");
        return false;
    }
    if (outermost && m_connectionLost) {
        m_errorString = tr("The library “%1” is read-only while its server cannot be reached: nothing was saved.")
                            .arg(m_connection->file.displayName());
        Q_EMIT errorOccurred(m_errorString);
        return false;
    }
    if (outermost) {
        if (!beginWrite()) {
            checkConnection();
            Q_EMIT errorOccurred(m_errorString);
            return false;
        }
        m_transactionFailed = false;
        m_pendingChange = {};
        m_pendingVersions.clear();
        m_lastConflict.reset();
    }
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (!ok)
        m_transactionFailed = true;
    if (!outermost)
        return ok && !m_transactionFailed;

    if (!m_transactionFailed && writeChangeLog() && database().commit()) {
        for (auto it = m_pendingVersions.cbegin(); it != m_pendingVersions.cend(); ++it)
            m_writtenVersions.insert(it.key(), it.value());
        m_pendingVersions.clear();
        announce();
        return true;
    }
    if (!m_transactionFailed)
        m_errorString = tr("Could not save the change: %1").arg(database().lastError().text());
    database().rollback();
    m_pendingChange = {};
    m_pendingVersions.clear();
    m_transactionFailed = false;
    checkConnection();
    Q_EMIT errorOccurred(m_errorString);
    return false;
}

// Takes the library's write lock. Another process writing to the same library makes this wait
// (the dialect's busy timeout, then a few more tries); past that, a clear message.
bool AnnotationStore::beginWrite()
{
    constexpr int Attempts = 3;
    QString error;
    bool busy = false;
    for (int attempt = 1; attempt <= Attempts; ++attempt) {
        QSqlQuery q(database());
        if (q.exec(m_connection->file.dialect().beginWriteStatement()))
            return true;
        error = q.lastError().text();
        qCWarning(lcStore) << "cannot begin a write, attempt" << attempt << error;
        busy = m_connection->file.dialect().isBusy(q.lastError());
        if (!busy)
            break; // not busy: waiting will not help
    }
    if (busy)
        m_errorString = tr("The library is busy: another program (or another Gazette) has been writing to it for too long. "
                           "Nothing was changed; try again when it is done.");
    else
        m_errorString = tr("Could not start a transaction: %1").arg(error);
    return false;
}

// --- Change announcements ---------------------------------------------------------------------

// The history entry of the action about to commit; on a shared library also the notice that
// tells the other annotators' stores, delivered by the server when (and only if) it commits.
bool AnnotationStore::writeChangeLog()
{
    if (m_pendingChange.isEmpty())
        return true;
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO change_log (changed_at, author, summary, payload) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(timestamp(now()));
    q.addBindValue(text(m_author));
    q.addBindValue(text(ChangeCodec::articleList(m_pendingChange)));
    q.addBindValue(QString::fromUtf8(ChangeCodec::encode(m_pendingChange)));
    if (!exec(q) || !q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const QString notify = m_connection->file.dialect().notifyStatement();
    if (notify.isEmpty())
        return true;
    QSqlQuery &n = cached(notify);
    n.addBindValue(QString::number(id));
    if (!exec(n))
        return false;
    n.finish();
    return true;
}

void AnnotationStore::listen()
{
    const QString channel = m_connection->file.dialect().notificationChannel();
    if (channel.isEmpty())
        return;
    QSqlDriver *driver = database().driver();
    if (!driver->subscribeToNotification(channel)) {
        qCWarning(lcStore) << "cannot listen for other annotators' changes:" << driver->lastError().text();
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                receiveNotification(name, payload, source == QSqlDriver::SelfSource);
            });
}

// Another annotator's action committed: announce it here as if it were this store's own, so
// models and views follow it without reloading.
void AnnotationStore::receiveNotification(const QString &name, const QVariant &payload, bool fromThisConnection)
{
    if (fromThisConnection || name != m_connection->file.dialect().notificationChannel() || m_transactionDepth > 0)
        return;
    QSqlQuery q = prepare(QStringLiteral("SELECT payload FROM change_log WHERE id = ?"));
    q.addBindValue(payload.toLongLong());
    if (!q.exec() || !q.next())
        return;
    const StoreChange change = ChangeCodec::decode(q.value(0).toString().toUtf8());
    if (!change.isEmpty())
        Q_EMIT changed(change);
}

QList<AnnotationStore::LogEntry> AnnotationStore::changeLog(qint64 afterId) const
{
    QList<LogEntry> entries;
    QSqlQuery q = prepare(QStringLiteral("SELECT id, changed_at, author, summary, payload FROM change_log WHERE id > ? ORDER BY id"));
    q.addBindValue(afterId);
    if (!q.exec())
        return entries;
    while (q.next()) {
        LogEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.time = dateTime(q.value(1));
        entry.author = q.value(2).toString();
        entry.articles = q.value(3).toString();
        entry.change = ChangeCodec::decode(q.value(4).toString().toUtf8());
        entries.append(entry);
    }
    return entries;
}

void AnnotationStore::announce()
{
    // Listeners may start new transactions: hand them what is pending and start afresh.
    const StoreChange change = std::exchange(m_pendingChange, {});
    if (!change.isEmpty())
        Q_EMIT changed(change);
}

void AnnotationStore::recordArticle(QList<qint64> StoreChange::*list, qint64 id)
{
    QList<qint64> &ids = m_pendingChange.*list;
    if (!ids.contains(id))
        ids.append(id);
}

void AnnotationStore::record(const RowChange<Annotation> &change)
{
    m_pendingChange.annotations.append(change);
    if (summaryKey(change.before) != summaryKey(change.after))
        m_pendingChange.summaryArticles.insert(articleOf(change));
}

void AnnotationStore::record(const RowChange<Entity> &change)
{
    m_pendingChange.entities.append(change);
}

void AnnotationStore::record(const RowChange<Fact> &change)
{
    m_pendingChange.facts.append(change);
    if (summaryKey(change.before) != summaryKey(change.after))
        m_pendingChange.summaryArticles.insert(articleOf(change));
}

// --- Articles ---------------------------------------------------------------------------------

std::optional<qint64> AnnotationStore::addArticle(AnnotatedArticle &bundle, bool *alreadyStored)
{
    qint64 articleId = 0;
    bool known = false;
    const bool ok = transaction([&] {
        Article &article = bundle.article;
        const QDateTime time = now();
        if (!article.created.isValid())
            article.created = time;
        if (!article.modified.isValid())
            article.modified = time;
        // Insert or skip in one statement: another process importing the same text at the same
        // moment finds its copy here, under the write lock, and adds nothing.
        const qint64 newId = newRowId(QStringLiteral("articles"));
        QSqlQuery &q = cached(QStringLiteral("INSERT INTO articles (%1uri, %2, review_status, created, modified, content_key) "
                                             "VALUES (%3?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                             "ON CONFLICT (content_key) DO NOTHING RETURNING id")
                                  .arg(newId ? QStringLiteral("id, ") : QString(), ArticleContentColumns,
                                       newId ? QStringLiteral("?, ") : QString()));
        if (newId)
            q.addBindValue(newId);
        q.addBindValue(text(article.uri));
        bindArticleContent(q, article);
        q.addBindValue(int(article.reviewStatus));
        q.addBindValue(timestamp(article.created));
        q.addBindValue(timestamp(article.modified));
        q.addBindValue(article.contentHash());
        if (!exec(q))
            return false;
        if (!q.next()) {
            q.finish();
            QSqlQuery existing = prepare(QStringLiteral("SELECT id FROM articles WHERE content_key = ?"));
            existing.addBindValue(article.contentHash());
            if (!exec(existing) || !existing.next())
                return false;
            articleId = existing.value(0).toLongLong();
            article.id = articleId;
            known = true;
            return true;
        }
        articleId = q.value(0).toLongLong();
        article.id = articleId;
        q.finish();
        if (!insertArticleRows(bundle, articleId, time))
            return false;
        recordArticle(&StoreChange::addedArticles, articleId);
        return true;
    });
    if (!ok)
        return std::nullopt;
    if (alreadyStored)
        *alreadyStored = known;
    return articleId;
}

// The annotations, entities and facts of a new article. Its entities are its own: the same
// name in another article is another entity until the reader links them (Edits::linkAcrossLibrary).
// Spans and evidence without their words (Extractor::Words::LeaveToStore) get them from the text
// as each row is written; the bundle keeps what it had, so that a huge article's million spans
// and its facts' evidence never hold their words in memory all at once. Where the dialect has a RowInserter the rows go
// through it (SQLite: 1.6 million spans in a few seconds instead of half a minute).
bool AnnotationStore::insertArticleRows(AnnotatedArticle &bundle, qint64 articleId, const QDateTime &time)
{
    const Article &article = bundle.article;
    QHash<qint64, qint64> entityIds;
    for (Entity &entity : bundle.entities) {
        const qint64 placeholder = entity.id;
        entity.id = 0;
        if (!insertRow(entity))
            return false;
        if (placeholder != 0)
            entityIds.insert(placeholder, entity.id);
    }
    const auto inserter = [&](const QString &table, const QString &statement) -> std::unique_ptr<SqlDialect::RowInserter> {
        if (m_reservedIds.value(table, 0) != 0)
            return nullptr; // ids the store chooses itself (newRowId): the QSqlQuery path
        return dialect().rowInserter(database(), statement);
    };
    QVariantList values;
    const auto insertWith = [&](SqlDialect::RowInserter &rows, qint64 &id) {
        const std::optional<qint64> newId = rows.insert(values);
        if (!newId) {
            fail(tr("A database statement failed.") + QLatin1Char(' ') + rows.errorString());
            return false;
        }
        id = *newId;
        return true;
    };
    const auto annotationRows = inserter(QStringLiteral("annotations"), plainInsertStatement(QStringLiteral("annotations"), AnnotationColumns));
    for (Annotation &annotation : bundle.annotations) {
        annotation.id = 0;
        annotation.articleId = articleId;
        resolvePlaceholders(annotation, entityIds);
        if (!annotation.created.isValid())
            annotation.created = time;
        if (!annotation.modified.isValid())
            annotation.modified = time;
        const bool withoutWords = annotation.quote.isEmpty();
        if (withoutWords)
            annotation.setContextFrom(article.text);
        bool ok = false;
        if (annotationRows) {
            annotation.version.value = std::max(1, annotation.version.value);
            annotationValues(annotation, values);
            ok = insertWith(*annotationRows, annotation.id);
        } else {
            ok = insertRow(annotation);
        }
        if (withoutWords) {
            annotation.quote = QString();
            annotation.prefix = QString();
            annotation.suffix = QString();
        }
        if (!ok)
            return false;
    }
    const QString evidenceStatement = QStringLiteral("INSERT INTO evidence (fact_id, position, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(EvidenceColumns);
    const auto factRows = inserter(QStringLiteral("facts"), plainInsertStatement(QStringLiteral("facts"), FactColumns));
    const auto evidenceRows = factRows ? inserter(QStringLiteral("evidence"), evidenceStatement) : nullptr;
    for (Fact &fact : bundle.facts) {
        fact.id = 0;
        fact.articleId = articleId;
        resolvePlaceholders(fact, entityIds);
        if (!fact.created.isValid())
            fact.created = time;
        if (!fact.modified.isValid())
            fact.modified = time;
        QList<qsizetype> withoutWords;
        for (qsizetype i = 0; i < fact.evidence.size(); ++i) {
            Evidence &evidence = fact.evidence[i];
            if (evidence.quote.isEmpty()) {
                evidence.setContextFrom(article.text);
                withoutWords.append(i);
            }
        }
        bool ok = true;
        if (factRows && evidenceRows) {
            // A new fact has no evidence rows to replace.
            fact.version.value = std::max(1, fact.version.value);
            factValues(fact, values);
            ok = insertWith(*factRows, fact.id);
            for (int i = 0; ok && i < fact.evidence.size(); ++i) {
                evidenceValues(fact.id, i, fact.evidence.at(i), values);
                qint64 evidenceId = 0;
                ok = insertWith(*evidenceRows, evidenceId);
            }
        } else {
            ok = insertRow(fact);
        }
        for (qsizetype i : std::as_const(withoutWords)) {
            Evidence &evidence = fact.evidence[i];
            evidence.quote = QString();
            evidence.prefix = QString();
            evidence.suffix = QString();
        }
        if (!ok)
            return false;
    }
    return true;
}

std::optional<Article> AnnotationStore::article(qint64 id) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(ArticleColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readArticle(q);
}

int AnnotationStore::articleCount() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT count(*) FROM articles"));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<ArticleSummary> AnnotationStore::articleSummaries(int offset, int limit) const
{
    ++m_summaryQueryCount;
    QList<ArticleSummary> result;
    QSqlQuery q = prepare(SummarySelect + QStringLiteral(" ORDER BY a.id LIMIT ? OFFSET ?"));
    bindSummaryStatuses(q);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(readSummary(q));
    return result;
}

std::optional<ArticleSummary> AnnotationStore::articleSummary(qint64 id) const
{
    ++m_summaryQueryCount;
    QSqlQuery q = prepare(SummarySelect + QStringLiteral(" WHERE a.id = ?"));
    bindSummaryStatuses(q);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readSummary(q);
}

std::optional<qint64> AnnotationStore::findArticle(const QString &contentHash, const QString &uri) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id FROM articles WHERE content_hash = ? OR (? <> '' AND uri = ?) ORDER BY id LIMIT 1"));
    q.addBindValue(contentHash);
    q.addBindValue(text(uri));
    q.addBindValue(text(uri));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<qint64> AnnotationStore::search(const QString &query) const
{
    QList<qint64> ids;
    const QStringList words = TextSearch::words(query);
    if (words.isEmpty() || !isOpen())
        return ids;
    const SqlDialect &dialect = m_connection->file.dialect();
    const SqlDialect::FullTextMatch match = dialect.fullTextMatch(words);
    const bool indexed = !match.isEmpty();
    QStringList wholeWords;
    for (const QString &word : words) {
        if (TextSearch::needsWholeWord(word))
            wholeWords.append(word);
    }

    const QString columns = wholeWords.isEmpty() ? QStringLiteral("a.id") : QStringLiteral("a.id, a.headline, a.text");
    QString sql = indexed ? QStringLiteral("SELECT %1 FROM (%2) found JOIN articles a ON a.id = found.article_id")
                                .arg(columns, dialect.fullTextQuery(match))
                          : QStringLiteral("SELECT %1 FROM articles a").arg(columns);
    QStringList conditions;
    for (qsizetype i = 0; i < match.unindexedWords.size(); ++i)
        conditions.append(dialect.substringCondition());
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += indexed ? QStringLiteral(" ORDER BY found.search_rank, a.id") : QStringLiteral(" ORDER BY a.id");

    QSqlQuery q = prepare(sql);
    for (const QVariant &value : match.values)
        q.addBindValue(value);
    for (const QString &word : match.unindexedWords) {
        q.addBindValue(dialect.likePattern(word));
        q.addBindValue(dialect.likePattern(word));
    }
    if (!q.exec()) {
        qCWarning(lcStore) << "search failed" << q.lastError().text();
        return ids;
    }
    while (q.next()) {
        // The index finds substrings; the words that must stand alone are checked here.
        if (!wholeWords.isEmpty()) {
            const QString headline = q.value(1).toString();
            const QString text = q.value(2).toString();
            const bool all = std::all_of(wholeWords.begin(), wholeWords.end(), [&](const QString &word) {
                return TextSearch::contains(headline, word) || TextSearch::contains(text, word);
            });
            if (!all)
                continue;
        }
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QSet<qint64> AnnotationStore::articlesWithLabel(const QString &label) const
{
    QSet<qint64> ids;
    QSqlQuery q = prepare(QStringLiteral("SELECT DISTINCT article_id FROM annotations WHERE label = ? AND status <> ?"));
    q.addBindValue(label);
    q.addBindValue(int(AnnotationStatus::Rejected));
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

QList<qint64> AnnotationStore::articlesWithReaderDecisions(const QStringList &labels) const
{
    QList<qint64> ids;
    if (labels.isEmpty())
        return ids;
    QStringList marks(labels.size(), QStringLiteral("?"));
    QSqlQuery q = prepare(QStringLiteral("SELECT DISTINCT article_id FROM annotations WHERE (origin = ? OR status <> ?) AND label IN (%1) "
                                         "ORDER BY article_id").arg(marks.join(QLatin1Char(','))));
    q.addBindValue(int(Origin::Manual));
    q.addBindValue(int(AnnotationStatus::Suggested));
    for (const QString &label : labels)
        q.addBindValue(label);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool AnnotationStore::removeArticle(qint64 id)
{
    return transaction([&] { return deleteArticleRow(id); });
}

// Its annotations, facts and evidence go with it (ON DELETE CASCADE); entities stay, as other
// articles may mention them and an undone removal links to them again.
bool AnnotationStore::deleteArticleRow(qint64 id)
{
    // SQLite gives a new row the highest id + 1, which may be an id this removal frees.
    const QStringList reserving = dialect().reusesFreedIds()
        ? QStringList{QStringLiteral("articles"), QStringLiteral("annotations"), QStringLiteral("facts")}
        : QStringList();
    for (const QString &table : reserving) {
        QSqlQuery highest = prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
        if (!exec(highest) || !highest.next())
            return false;
        m_reservedIds[table] = std::max(m_reservedIds.value(table), highest.value(0).toLongLong());
    }
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        // Still there: the server's row-level policy hid it from this role.
        fail(article(id) ? tr("The server refused your change: only a curator may remove articles. Nothing was saved.")
                         : tr("The article no longer exists."));
        return false;
    }
    recordArticle(&StoreChange::removedArticles, id);
    return true;
}

qint64 AnnotationStore::newRowId(const QString &table) const
{
    const qint64 reserved = m_reservedIds.value(table, 0);
    if (reserved == 0)
        return 0;
    QSqlQuery q = prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
    if (!q.exec() || !q.next())
        return 0;
    return std::max(reserved, q.value(0).toLongLong()) + 1;
}

// Writes a removed article back with the ids it had. Its text is the library's copy again unless
// another article with the same text was added meanwhile (then that one stays the copy found
// on import, as with any later copy).
bool AnnotationStore::restoreArticle(const AnnotatedArticle &bundle)
{
    const Article &article = bundle.article;
    const int contentColumns = int(ArticleContentColumns.count(QLatin1Char(','))) + 1;
    QStringList marks;
    for (int i = 0; i < contentColumns + 5; ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO articles (id, uri, %1, review_status, created, modified, content_key) "
                                         "VALUES (%2, CASE WHEN EXISTS (SELECT 1 FROM articles WHERE content_key = ?) "
                                         "THEN NULL ELSE ? END)")
                              .arg(ArticleContentColumns, marks.join(QStringLiteral(", "))));
    q.addBindValue(article.id);
    q.addBindValue(text(article.uri));
    bindArticleContent(q, article);
    q.addBindValue(int(article.reviewStatus));
    q.addBindValue(timestamp(article.created));
    q.addBindValue(timestamp(article.modified));
    q.addBindValue(article.contentHash());
    q.addBindValue(article.contentHash());
    if (!exec(q))
        return false;
    for (Entity entity : bundle.entities) {
        if (this->entity(entity.id))
            continue;
        if (!insertRow(entity))
            return false;
        record(RowChange<Entity>{std::nullopt, entity});
    }
    for (Annotation annotation : bundle.annotations) {
        if (!insertRow(annotation))
            return false;
    }
    for (Fact fact : bundle.facts) {
        if (!insertRow(fact))
            return false;
    }
    recordArticle(&StoreChange::addedArticles, article.id);
    return true;
}

std::optional<ReanchorReport> AnnotationStore::updateArticle(qint64 id, const Article &updated)
{
    const auto old = article(id);
    if (!old) {
        m_errorString = tr("The article no longer exists.");
        return std::nullopt;
    }
    ReanchorReport report;
    const bool ok = transaction([&] {
        // "headline = ?, byline = ?, ..." for the columns bindArticleContent() binds.
        QSqlQuery q = prepare(QStringLiteral("UPDATE articles SET uri = ?, %1 = ?, modified = ? WHERE id = ?")
                                  .arg(QString(ArticleContentColumns).replace(QStringLiteral(", "), QStringLiteral(" = ?, "))));
        q.addBindValue(text(updated.uri.isEmpty() ? old->uri : updated.uri));
        bindArticleContent(q, updated);
        q.addBindValue(timestamp(now()));
        q.addBindValue(id);
        if (!exec(q))
            return false;
        if (q.numRowsAffected() != 1) {
            // Still there: the server's row-level policy keeps a done article from annotators.
            fail(article(id) ? tr("The server refused your change: only a curator may change an article that is done. "
                                  "Nothing was saved.")
                             : tr("The article no longer exists."));
            return false;
        }
        if (!reanchorRows(id, old->text, updated.text, report))
            return false;
        m_pendingChange.summaryArticles.insert(id);
        recordArticle(&StoreChange::changedArticles, id);
        return true;
    });
    if (!ok)
        return std::nullopt;
    return report;
}

bool AnnotationStore::reanchorRows(qint64 articleId, const QString &oldText, const QString &newText, ReanchorReport &report)
{
    for (const Annotation &before : annotations(articleId)) {
        Annotation after = before;
        reanchor(after, oldText, newText, report);
        if (after == before)
            continue;
        if (!updateRow(after, before.version.value))
            return false;
        record(RowChange<Annotation>{before, after});
    }
    for (const Fact &before : facts(articleId)) {
        Fact after = before;
        for (Evidence &evidence : after.evidence)
            reanchor(evidence, oldText, newText, report);
        if (after == before)
            continue;
        if (!writeEvidence(after))
            return false;
        record(RowChange<Fact>{before, after});
    }
    return true;
}

bool AnnotationStore::setReviewStatus(qint64 articleId, ReviewStatus from, ReviewStatus to)
{
    // Only over the status the change was made from: another annotator's newer status wins
    // and this one is refused with it.
    QSqlQuery &q = cached(QStringLiteral("UPDATE articles SET review_status = ? WHERE id = ? AND review_status = ?"));
    q.addBindValue(int(to));
    q.addBindValue(articleId);
    q.addBindValue(int(from));
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        const auto current = article(articleId);
        if (!current) {
            fail(tr("The article no longer exists."));
            return false;
        }
        StoreConflict c;
        c.kind = StoreConflict::Kind::ReviewStatus;
        c.id = articleId;
        c.reviewStatus = current->reviewStatus;
        c.message = current->reviewStatus == from
            ? tr("The server refused your change: only a curator may reopen “%1”, which is done. Nothing was saved.")
                  .arg(current->headline)
            : tr("Someone else set the review status of “%1” to “%2” meanwhile; your change to “%3” was not saved.")
                  .arg(current->headline, reviewStatusName(current->reviewStatus), reviewStatusName(to));
        m_lastConflict = c;
        fail(c.message);
        return false;
    }
    m_pendingChange.summaryArticles.insert(articleId);
    recordArticle(&StoreChange::changedArticles, articleId);
    return true;
}

// --- Annotations, entities, facts: reads ------------------------------------------------------

QList<Annotation> AnnotationStore::annotations(qint64 articleId) const
{
    QList<Annotation> result;
    forEachAnnotation(articleId, [&result](const Annotation &a) { result.append(a); });
    result.squeeze();
    return result;
}

bool AnnotationStore::forEachAnnotation(qint64 articleId, const std::function<void(const Annotation &)> &visit) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM annotations WHERE article_id = ? ORDER BY start_offset, end_offset, id")
                              .arg(AnnotationColumns));
    q.addBindValue(articleId);
    StringPool pool;
    if (!q.exec())
        return false;
    while (q.next())
        visit(readAnnotation(q, &pool));
    return true;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM annotations WHERE id = ?").arg(AnnotationColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAnnotation(q);
}

QList<Annotation> AnnotationStore::mentionsOf(qint64 entityId) const
{
    QList<Annotation> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM annotations WHERE entity_id = ? ORDER BY article_id, start_offset, id")
                              .arg(AnnotationColumns));
    q.addBindValue(entityId);
    if (q.exec()) {
        while (q.next())
            result.append(readAnnotation(q));
    }
    return result;
}

QList<Entity> AnnotationStore::entities() const
{
    QList<Entity> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM entities ORDER BY id").arg(EntityColumns));
    if (q.exec()) {
        while (q.next())
            result.append(readEntity(q));
    }
    return result;
}

QList<Entity> AnnotationStore::entitiesOfArticle(qint64 articleId) const
{
    QList<Entity> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM entities WHERE id IN "
                                         "(SELECT entity_id FROM annotations WHERE article_id = ?) ORDER BY id")
                              .arg(EntityColumns));
    q.addBindValue(articleId);
    if (q.exec()) {
        while (q.next())
            result.append(readEntity(q));
    }
    return result;
}

std::optional<Entity> AnnotationStore::entity(qint64 id) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM entities WHERE id = ?").arg(EntityColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntity(q);
}

std::optional<Entity> AnnotationStore::findEntity(const QString &name, const QString &label) const
{
    QSqlQuery &q = cached(QStringLiteral("SELECT %1 FROM entities WHERE name = ? AND label = ? ORDER BY id LIMIT 1").arg(EntityColumns));
    q.addBindValue(text(name));
    q.addBindValue(text(label));
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Entity found = readEntity(q);
    q.finish();
    return found;
}

std::optional<Entity> AnnotationStore::findEntityInArticle(qint64 articleId, const QString &name, const QString &label) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM entities WHERE name = ? AND label = ? AND id IN "
                                         "(SELECT entity_id FROM annotations WHERE article_id = ?) ORDER BY id LIMIT 1")
                              .arg(EntityColumns));
    q.addBindValue(text(name));
    q.addBindValue(text(label));
    q.addBindValue(articleId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntity(q);
}

QSet<qint64> AnnotationStore::articlesOf(qint64 entityId) const
{
    QSet<qint64> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT DISTINCT article_id FROM annotations WHERE entity_id = ?"));
    q.addBindValue(entityId);
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toLongLong());
    }
    return result;
}

QList<Evidence> AnnotationStore::evidenceOf(qint64 factId) const
{
    QList<Evidence> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM evidence WHERE fact_id = ? ORDER BY position").arg(EvidenceColumns));
    q.addBindValue(factId);
    if (q.exec()) {
        while (q.next())
            result.append(readEvidence(q));
    }
    return result;
}

QList<Fact> AnnotationStore::facts(qint64 articleId) const
{
    QList<Fact> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM facts WHERE article_id = ? ORDER BY id").arg(FactColumns));
    q.addBindValue(articleId);
    if (q.exec()) {
        while (q.next())
            result.append(readFact(q));
    }
    for (Fact &fact : result)
        fact.evidence = evidenceOf(fact.id);
    return result;
}

std::optional<Fact> AnnotationStore::fact(qint64 id) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM facts WHERE id = ?").arg(FactColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Fact result = readFact(q);
    result.evidence = evidenceOf(id);
    return result;
}

std::optional<AnnotatedArticle> AnnotationStore::annotatedArticle(qint64 articleId) const
{
    auto value = annotatedArticleWithoutSpans(articleId);
    if (value)
        value->annotations = annotations(articleId);
    return value;
}

std::optional<AnnotatedArticle> AnnotationStore::annotatedArticleWithoutSpans(qint64 articleId, bool withFacts) const
{
    const auto found = article(articleId);
    if (!found)
        return std::nullopt;
    AnnotatedArticle value;
    value.article = *found;
    if (withFacts)
        value.facts = facts(articleId);
    QSet<qint64> entityIds;
    QSqlQuery q = prepare(QStringLiteral("SELECT DISTINCT entity_id FROM annotations WHERE article_id = ? AND entity_id IS NOT NULL"));
    q.addBindValue(articleId);
    if (q.exec()) {
        while (q.next())
            entityIds.insert(q.value(0).toLongLong());
    }
    for (const Fact &f : std::as_const(value.facts)) {
        entityIds.insert(f.subjectEntityId);
        entityIds.insert(f.objectEntityId);
    }
    for (const Entity &e : entitiesOfArticle(articleId)) {
        entityIds.remove(e.id);
        value.entities.append(e);
    }
    for (qint64 id : std::as_const(entityIds)) {
        if (id <= 0)
            continue;
        if (auto e = entity(id))
            value.entities.append(*e);
    }
    return value;
}

QList<LexiconEntry> AnnotationStore::lexicon() const
{
    QList<LexiconEntry> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM lexicon ORDER BY surface, label, verdict").arg(LexiconColumns));
    if (q.exec()) {
        while (q.next())
            result.append(readLexiconEntry(q));
    }
    return result;
}

// --- Row writes ---------------------------------------------------------------------------------

bool AnnotationStore::insertRow(const QString &table, const QString &columns, qint64 &id,
                                const std::function<void(QSqlQuery &)> &bind)
{
    if (id <= 0)
        id = newRowId(table);
    QSqlQuery &q = cached(insertStatement(table, columns, id > 0));
    if (id > 0)
        q.addBindValue(id);
    bind(q);
    if (!exec(q) || !q.next())
        return false;
    id = q.value(0).toLongLong();
    q.finish();
    return true;
}

bool AnnotationStore::insertRow(Annotation &annotation)
{
    annotation.version.value = std::max(1, annotation.version.value);
    return insertRow(QStringLiteral("annotations"), AnnotationColumns, annotation.id,
                     [&](QSqlQuery &q) { bindAnnotation(q, annotation); });
}

bool AnnotationStore::insertRow(Entity &entity)
{
    return insertRow(QStringLiteral("entities"), EntityColumns, entity.id, [&](QSqlQuery &q) { bindEntity(q, entity); });
}

bool AnnotationStore::insertRow(Fact &fact)
{
    fact.version.value = std::max(1, fact.version.value);
    return insertRow(QStringLiteral("facts"), FactColumns, fact.id, [&](QSqlQuery &q) { bindFact(q, fact); })
        && writeEvidence(fact);
}

bool AnnotationStore::updateRow(const QString &table, const QString &columns, const std::function<void(QSqlQuery &)> &bind,
                                qint64 id, int expected, const QString &missing)
{
    const bool versioned = expected >= 0;
    QSqlQuery &q = cached(versioned ? updateStatement(table, columns) + QStringLiteral(" AND version = ?")
                                    : updateStatement(table, columns));
    bind(q);
    q.addBindValue(id);
    if (versioned)
        q.addBindValue(expected);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        if (versioned)
            conflict(table, id, expected);
        fail(m_lastConflict ? m_lastConflict->message : missing);
        return false;
    }
    return true;
}

bool AnnotationStore::updateRow(Annotation &annotation, int expected)
{
    annotation.version.value = expected + 1;
    m_pendingVersions.insert(versionKey(annotation), annotation.version.value);
    return updateRow(QStringLiteral("annotations"), AnnotationColumns, [&](QSqlQuery &q) { bindAnnotation(q, annotation); },
                     annotation.id, expected, tr("The annotation no longer exists."));
}

bool AnnotationStore::updateRow(Entity &entity, int)
{
    return updateRow(QStringLiteral("entities"), EntityColumns, [&](QSqlQuery &q) { bindEntity(q, entity); }, entity.id, -1,
                     tr("The entity no longer exists."));
}

bool AnnotationStore::updateRow(Fact &fact, int expected)
{
    fact.version.value = expected + 1;
    m_pendingVersions.insert(versionKey(fact), fact.version.value);
    return updateRow(QStringLiteral("facts"), FactColumns, [&](QSqlQuery &q) { bindFact(q, fact); }, fact.id, expected,
                     tr("The fact no longer exists."))
        && writeEvidence(fact);
}

bool AnnotationStore::deleteRow(const QString &table, qint64 id, int expected)
{
    const bool versioned = expected >= 0;
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)
                          + (versioned ? QStringLiteral(" AND version = ?") : QString()));
    q.addBindValue(id);
    if (versioned)
        q.addBindValue(expected);
    if (!exec(q))
        return false;
    if (versioned && q.numRowsAffected() != 1) {
        conflict(table, id, expected);
        fail(m_lastConflict->message);
        return false;
    }
    return true;
}

bool AnnotationStore::deleteRow(const Annotation &annotation, int expected)
{
    return deleteRow(QStringLiteral("annotations"), annotation.id, expected);
}

bool AnnotationStore::deleteRow(const Entity &entity, int)
{
    return deleteRow(QStringLiteral("entities"), entity.id, -1);
}

bool AnnotationStore::deleteRow(const Fact &fact, int expected)
{
    return deleteRow(QStringLiteral("facts"), fact.id, expected);
}

namespace {
QString statusName(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested:
        return AnnotationStore::tr("suggested");
    case AnnotationStatus::Accepted:
        return AnnotationStore::tr("accepted");
    case AnnotationStatus::Rejected:
        return AnnotationStore::tr("rejected");
    }
    return {};
}

QString byWhom(const QString &author, const QDateTime &time)
{
    const QString who = author.isEmpty() ? AnnotationStore::tr("someone else") : author;
    return time.isValid() ? AnnotationStore::tr("%1 at %2").arg(who, time.toString(Qt::ISODate)) : who;
}
} // namespace

void AnnotationStore::conflict(const QString &table, qint64 id, int expected)
{
    StoreConflict c;
    c.id = id;
    if (table == QLatin1String("annotations")) {
        c.kind = StoreConflict::Kind::Annotation;
        c.annotation = annotation(id);
        if (c.annotation)
            c.message = tr("Another annotator changed this annotation first (%1): it is now %2 “%3” at %4–%5, %6, version %7. "
                           "Your change was not saved.")
                            .arg(byWhom(c.annotation->author, c.annotation->modified), c.annotation->label, c.annotation->quote)
                            .arg(c.annotation->start)
                            .arg(c.annotation->end)
                            .arg(statusName(c.annotation->status))
                            .arg(c.annotation->version.value);
        else
            c.message = tr("Another annotator removed this annotation meanwhile. Your change was not saved.");
    } else {
        c.kind = StoreConflict::Kind::Fact;
        c.fact = fact(id);
        if (c.fact)
            c.message = tr("Another annotator changed this fact first (%1): it is now “%2 %3 %4”, %5, version %6. "
                           "Your change was not saved.")
                            .arg(byWhom(c.fact->author, c.fact->modified), c.fact->subjectText, c.fact->predicate, c.fact->objectText,
                                 statusName(c.fact->status))
                            .arg(c.fact->version.value);
        else
            c.message = tr("Another annotator removed this fact meanwhile. Your change was not saved.");
    }
    const std::optional<int> current = c.annotation ? std::optional(c.annotation->version.value)
                                       : c.fact    ? std::optional(c.fact->version.value)
                                                   : std::nullopt;
    if (current == expected) {
        const QString owner = c.annotation ? c.annotation->author : c.fact->author;
        c.message = tr("The server refused your change: it belongs to %1, and an annotator may change only their own "
                       "annotations and facts and the extractor's suggestions (a curator may change any). Nothing was saved.")
                        .arg(Layers::finalAuthor() == owner ? tr("the final layer") : owner);
    }
    qCInfo(lcStore) << "refused a write over a newer row:" << c.message;
    m_lastConflict = c;
}

bool AnnotationStore::writeEvidence(const Fact &fact)
{
    QSqlQuery &remove = cached(QStringLiteral("DELETE FROM evidence WHERE fact_id = ?"));
    remove.addBindValue(fact.id);
    if (!exec(remove))
        return false;
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO evidence (fact_id, position, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(EvidenceColumns));
    for (int i = 0; i < fact.evidence.size(); ++i) {
        bindEvidence(q, fact.id, i, fact.evidence.at(i));
        if (!exec(q))
            return false;
    }
    return true;
}

bool AnnotationStore::changeLexicon(const LexiconChange &change, int sign)
{
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO lexicon (%1) VALUES (?, ?, ?, ?) "
                                         "ON CONFLICT (surface, label, verdict) DO UPDATE SET count = lexicon.count + excluded.count")
                              .arg(LexiconColumns));
    q.addBindValue(text(change.surface));
    q.addBindValue(text(change.label));
    q.addBindValue(int(change.verdict));
    q.addBindValue(change.delta * sign);
    if (!exec(q))
        return false;
    QSqlQuery &prune = cached(QStringLiteral("DELETE FROM lexicon WHERE count <= 0"));
    if (!exec(prune))
        return false;
    m_pendingChange.lexiconChanged = true;
    return true;
}

// --- Change sets ----------------------------------------------------------------------------------

// Writes one row change in the given direction (insert, update or delete) and fills in the id
// it assigns, so later items of the change set can refer to it.
template<typename Row>
int AnnotationStore::knownVersion(const Row &row) const
{
    if constexpr (std::is_same_v<Row, Entity>) {
        return -1; // entities have no row versions
    } else {
        const QString key = versionKey(row);
        return m_pendingVersions.value(key, m_writtenVersions.value(key, row.version.value));
    }
}

// Writes one row change in the given direction (insert, update or delete) and fills in the id
// it assigns, so later items of the change set can refer to it. A row is written over the
// version the change was made from, or over the one this store wrote last: undoing a command
// after later ones were undone finds the row as this store left it, at a newer version than
// the command saw. Anyone else's write in between makes the versions differ: a conflict.
template<typename Row>
bool AnnotationStore::applyRow(RowChange<Row> &change, bool redo, Placeholders &placeholders)
{
    std::optional<Row> &from = redo ? change.before : change.after;
    std::optional<Row> &to = redo ? change.after : change.before;
    if (redo && to)
        resolvePlaceholders(*to, placeholders);
    if constexpr (!std::is_same_v<Row, Entity>) {
        // On a shared library every row says who wrote it last: the connected role.
        if (redo && to && isShared() && !m_author.isEmpty() && to->author != Layers::finalAuthor())
            to->author = m_author;
    }
    const int expected = from ? knownVersion(*from) : 0;
    if (!from && to) {
        const qint64 placeholder = to->id;
        if (placeholder < 0)
            to->id = 0;
        if constexpr (!std::is_same_v<Row, Entity>) {
            // A removed row that comes back gets a version past the one it was removed at.
            to->version.value = to->id > 0 ? knownVersion(*to) + 1 : 1;
        }
        if (!insertRow(*to))
            return false;
        if (placeholder < 0)
            placeholders.insert(placeholder, to->id);
        if constexpr (!std::is_same_v<Row, Entity>)
            m_pendingVersions.insert(versionKey(*to), to->version.value);
    } else if (from && to) {
        if (!updateRow(*to, expected))
            return false;
    } else if (from) {
        if (!deleteRow(*from, expected))
            return false;
        if constexpr (!std::is_same_v<Row, Entity>)
            m_pendingVersions.insert(versionKey(*from), expected);
    } else {
        return true;
    }
    record(RowChange<Row>{from, to});
    return true;
}

bool AnnotationStore::applyItem(ChangeSet::Item &item, bool forward, Placeholders &placeholders)
{
    return std::visit(
        [&](auto &change) -> bool {
            using T = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<T, ReviewStatusChange>)
                return setReviewStatus(change.articleId, forward ? change.before : change.after, forward ? change.after : change.before);
            else if constexpr (std::is_same_v<T, LexiconChange>)
                return changeLexicon(change, forward ? 1 : -1);
            else if constexpr (std::is_same_v<T, ArticleChange>)
                return applyArticle(change, forward);
            else
                return applyRow(change, forward, placeholders);
        },
        item);
}

bool AnnotationStore::applyArticle(const ArticleChange &change, bool forward)
{
    const std::optional<AnnotatedArticle> &from = forward ? change.before : change.after;
    const std::optional<AnnotatedArticle> &to = forward ? change.after : change.before;
    if (from && !to)
        return deleteArticleRow(from->article.id);
    if (to && !from)
        return restoreArticle(*to);
    return true;
}

bool AnnotationStore::apply(ChangeSet &changes, bool forward)
{
    // Work on a copy: only a committed pass may write assigned ids and row versions back.
    ChangeSet working = changes;
    Placeholders placeholders;
    const bool ok = transaction([&] {
        const auto count = working.items.size();
        for (size_t n = 0; n < count; ++n) {
            if (!applyItem(working.items[forward ? n : count - 1 - n], forward, placeholders))
                return false;
        }
        return true;
    });
    if (ok)
        changes = std::move(working);
    return ok;
}

} // namespace Gazette
