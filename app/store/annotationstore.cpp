// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "document/anchoring.h"
#include "logging.h"
#include "sqldialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcStore, "gazette.store", QtInfoMsg)

namespace Gazette {

namespace {

const QString AnnotationColumns = QStringLiteral(
    "id, article_id, start_offset, end_offset, label, quote, prefix, suffix, origin, status, confidence, "
    "rule_id, entity_id, author, note, orphaned, created, modified");
const QString EntityColumns = QStringLiteral("id, name, label, aliases, external_id, notes, created, modified");
const QString FactColumns = QStringLiteral(
    "id, article_id, kind, subject_entity_id, subject_text, predicate, object_entity_id, object_text, value, unit, "
    "time_value, status, origin, confidence, rule_id, author, note, created, modified");
const QString ArticleColumns = QStringLiteral(
    "id, uri, headline, byline, source, published, language, text, markup, markup_type, review_status, created, modified");

QVariant timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // A whole article's rows share one time: format it once.
    thread_local QDateTime lastTime;
    thread_local QString lastText;
    if (time != lastTime) {
        lastTime = time;
        lastText = time.toUTC().toString(Qt::ISODateWithMs);
    }
    return lastText;
}

QDateTime dateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QDateTime now()
{
    // Millisecond precision: what the database keeps, so a row read back compares equal.
    const QDateTime time = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), QTimeZone::UTC);
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL and hold '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString aliasesToJson(const QStringList &aliases)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(aliases)).toJson(QJsonDocument::Compact));
}

QStringList aliasesFromJson(const QString &json)
{
    QStringList aliases;
    for (const auto &value : QJsonDocument::fromJson(json.toUtf8()).array())
        aliases.append(value.toString());
    return aliases;
}

Annotation readAnnotation(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toLongLong();
    a.start = q.value(2).toInt();
    a.end = q.value(3).toInt();
    a.label = q.value(4).toString();
    a.quote = q.value(5).toString();
    a.prefix = q.value(6).toString();
    a.suffix = q.value(7).toString();
    a.origin = Origin(q.value(8).toInt());
    a.status = AnnotationStatus(q.value(9).toInt());
    a.confidence = q.value(10).toDouble();
    a.ruleId = q.value(11).toString();
    a.entityId = q.value(12).toLongLong();
    a.author = q.value(13).toString();
    a.note = q.value(14).toString();
    a.orphaned = q.value(15).toBool();
    a.created = dateTime(q.value(16));
    a.modified = dateTime(q.value(17));
    return a;
}

Entity readEntity(const QSqlQuery &q)
{
    Entity e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.label = q.value(2).toString();
    e.aliases = aliasesFromJson(q.value(3).toString());
    e.externalId = q.value(4).toString();
    e.notes = q.value(5).toString();
    e.created = dateTime(q.value(6));
    e.modified = dateTime(q.value(7));
    return e;
}

Fact readFact(const QSqlQuery &q)
{
    Fact f;
    f.id = q.value(0).toLongLong();
    f.articleId = q.value(1).toLongLong();
    f.kind = q.value(2).toString();
    f.subjectEntityId = q.value(3).toLongLong();
    f.subjectText = q.value(4).toString();
    f.predicate = q.value(5).toString();
    f.objectEntityId = q.value(6).toLongLong();
    f.objectText = q.value(7).toString();
    f.value = q.value(8).toString();
    f.unit = q.value(9).toString();
    f.time = q.value(10).toString();
    f.status = AnnotationStatus(q.value(11).toInt());
    f.origin = Origin(q.value(12).toInt());
    f.confidence = q.value(13).toDouble();
    f.ruleId = q.value(14).toString();
    f.author = q.value(15).toString();
    f.note = q.value(16).toString();
    f.created = dateTime(q.value(17));
    f.modified = dateTime(q.value(18));
    return f;
}

Article readArticle(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.uri = q.value(1).toString();
    a.headline = q.value(2).toString();
    a.byline = q.value(3).toString();
    a.source = q.value(4).toString();
    a.published = dateTime(q.value(5));
    a.language = q.value(6).toString();
    a.text = q.value(7).toString();
    a.markup = q.value(8).toString();
    a.markupType = q.value(9).toString();
    a.reviewStatus = ReviewStatus(q.value(10).toInt());
    a.created = dateTime(q.value(11));
    a.modified = dateTime(q.value(12));
    return a;
}

void bindAnnotation(QSqlQuery &q, const Annotation &a)
{
    q.addBindValue(a.articleId);
    q.addBindValue(a.start);
    q.addBindValue(a.end);
    q.addBindValue(text(a.label));
    q.addBindValue(text(a.quote));
    q.addBindValue(text(a.prefix));
    q.addBindValue(text(a.suffix));
    q.addBindValue(int(a.origin));
    q.addBindValue(int(a.status));
    q.addBindValue(a.confidence);
    q.addBindValue(text(a.ruleId));
    q.addBindValue(idOrNull(a.entityId));
    q.addBindValue(text(a.author));
    q.addBindValue(text(a.note));
    q.addBindValue(int(a.orphaned));
    q.addBindValue(timestamp(a.created));
    q.addBindValue(timestamp(a.modified));
}

void bindEntity(QSqlQuery &q, const Entity &e)
{
    q.addBindValue(text(e.name));
    q.addBindValue(text(e.label));
    q.addBindValue(aliasesToJson(e.aliases));
    q.addBindValue(text(e.externalId));
    q.addBindValue(text(e.notes));
    q.addBindValue(timestamp(e.created));
    q.addBindValue(timestamp(e.modified));
}

void bindFact(QSqlQuery &q, const Fact &f)
{
    q.addBindValue(f.articleId);
    q.addBindValue(text(f.kind));
    q.addBindValue(idOrNull(f.subjectEntityId));
    q.addBindValue(text(f.subjectText));
    q.addBindValue(text(f.predicate));
    q.addBindValue(idOrNull(f.objectEntityId));
    q.addBindValue(text(f.objectText));
    q.addBindValue(text(f.value));
    q.addBindValue(text(f.unit));
    q.addBindValue(text(f.time));
    q.addBindValue(int(f.status));
    q.addBindValue(int(f.origin));
    q.addBindValue(f.confidence);
    q.addBindValue(text(f.ruleId));
    q.addBindValue(text(f.author));
    q.addBindValue(text(f.note));
    q.addBindValue(timestamp(f.created));
    q.addBindValue(timestamp(f.modified));
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString withoutId(const QString &columns)
{
    return columns.mid(columns.indexOf(QLatin1Char(',')) + 2);
}

// INSERT with the id when the row has one (undo restoring a row), without to get a new one.
QString buildInsertStatement(const QString &table, const QString &columns, bool withId)
{
    const QString cols = withId ? columns : withoutId(columns);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
        .arg(table, cols, placeholders(int(cols.count(QLatin1Char(','))) + 1));
}

QString buildUpdateStatement(const QString &table, const QString &columns)
{
    QStringList assignments;
    for (const QString &column : withoutId(columns).split(QStringLiteral(", ")))
        assignments.append(column + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", ")));
}

// Built once per table: the write paths ask for them for every row.
const QString &insertStatement(const QString &table, const QString &columns, bool withId)
{
    thread_local QHash<QString, QString> statements[2];
    auto &forKind = statements[withId ? 1 : 0];
    auto it = forKind.find(table);
    if (it == forKind.end())
        it = forKind.insert(table, buildInsertStatement(table, columns, withId));
    return *it;
}

const QString &updateStatement(const QString &table, const QString &columns)
{
    thread_local QHash<QString, QString> statements;
    auto it = statements.find(table);
    if (it == statements.end())
        it = statements.insert(table, buildUpdateStatement(table, columns));
    return *it;
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

AnnotationStore::AnnotationStore(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("gazette-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
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
    return QSqlDatabase::database(m_connectionName, false);
}

bool AnnotationStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void AnnotationStore::close()
{
    m_statements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_dialect.reset();
}

bool AnnotationStore::open(const QString &path)
{
    close();
    m_errorString.clear();
    m_backupPath.clear();
    const bool inMemory = path == QLatin1String(":memory:");
    const QString name = inMemory ? path : QFileInfo(path).fileName();

    if (!inMemory) {
        QFileInfo info(path);
        if (info.exists()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                m_errorString = tr("The library “%1” cannot be read: %2").arg(name, file.errorString());
                return false;
            }
            const QByteArray header = file.read(16);
            if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16)) {
                m_errorString = tr("“%1” is not a Gazette library: it is no SQLite database. It was left unchanged.").arg(name);
                return false;
            }
        } else if (!QDir().mkpath(info.absolutePath())) {
            m_errorString = tr("The folder for the library “%1” cannot be created.").arg(name);
            return false;
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_errorString = tr("The library “%1” cannot be opened: %2").arg(name, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    m_dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    m_path = path;

    // Read before writing anything: a newer or foreign file must stay exactly as it is.
    int version = -1;
    int tables = -1;
    {
        QSqlQuery q(database());
        if (q.exec(m_dialect->schemaVersionQuery()) && q.next())
            version = q.value(0).toInt();
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) && q.next())
            tables = q.value(0).toInt();
    }
    if (version < 0 || tables < 0) {
        m_errorString = tr("“%1” is damaged or not a Gazette library. It was left unchanged.").arg(name);
        close();
        return false;
    }
    if (version > SchemaVersion) {
        m_errorString = tr("“%1” was made by a newer version of Gazette (library format %2; this version reads up to %3). "
                           "It was left unchanged.").arg(name).arg(version).arg(SchemaVersion);
        close();
        return false;
    }
    if (version == 0 && tables > 0) {
        m_errorString = tr("“%1” is an SQLite database but not a Gazette library. It was left unchanged.").arg(name);
        close();
        return false;
    }

    if (version > 0 && version < SchemaVersion && !inMemory) {
        QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version).arg(n);
        QSqlQuery q(database());
        q.prepare(m_dialect->backupStatement());
        q.addBindValue(backup);
        if (!q.exec()) {
            m_errorString = tr("Could not back up “%1” before upgrading it: %2").arg(name, q.lastError().text());
            close();
            return false;
        }
        m_backupPath = backup;
        qCInfo(lcStore) << "backed up library version" << version << "to" << backup;
    }

    for (const QString &statement : m_dialect->connectionSetup()) {
        QSqlQuery q(database());
        if (!q.exec(statement))
            qCWarning(lcStore) << "connection setup failed:" << statement << q.lastError().text();
    }

    if (version < SchemaVersion && !migrate(version)) {
        const QString reason = m_errorString;
        close();
        m_errorString = tr("“%1” could not be upgraded: %2").arg(name, reason);
        return false;
    }
    Q_EMIT libraryOpened();
    return true;
}

bool AnnotationStore::migrate(int fromVersion)
{
    // Ordered migrations: each brings the schema from version n - 1 to n.
    const std::vector<std::function<bool()>> steps = {
        [this] { return createSchemaVersion1(); },
        [this] { return migrateToVersion2(); },
    };
    return transaction([&] {
        for (int version = fromVersion + 1; version <= SchemaVersion; ++version) {
            if (!steps[size_t(version - 1)]())
                return false;
        }
        return exec(m_dialect->setSchemaVersionStatement(SchemaVersion));
    });
}

bool AnnotationStore::createSchemaVersion1()
{
    const QString key = m_dialect->primaryKeyType();
    const QStringList statements = {
        QStringLiteral("CREATE TABLE articles ("
                       "id %1, uri TEXT NOT NULL DEFAULT '', headline TEXT NOT NULL DEFAULT '', "
                       "byline TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', published TEXT, "
                       "language TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, markup TEXT NOT NULL DEFAULT '', "
                       "markup_type TEXT NOT NULL DEFAULT '', content_hash TEXT NOT NULL, "
                       "review_status INTEGER NOT NULL DEFAULT 0 CHECK (review_status BETWEEN 0 AND 2), "
                       "created TEXT NOT NULL, modified TEXT NOT NULL)").arg(key),
        QStringLiteral("CREATE INDEX articles_content_hash ON articles (content_hash)"),
        QStringLiteral("CREATE INDEX articles_uri ON articles (uri)"),
        QStringLiteral("CREATE TABLE entities ("
                       "id %1, name TEXT NOT NULL, label TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]', "
                       "external_id TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
                       "created TEXT, modified TEXT)").arg(key),
        QStringLiteral("CREATE INDEX entities_name ON entities (name, label)"),
        QStringLiteral("CREATE TABLE annotations ("
                       "id %1, article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                       "start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, label TEXT NOT NULL, "
                       "quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '', "
                       "origin INTEGER NOT NULL DEFAULT 1, status INTEGER NOT NULL DEFAULT 1, "
                       "confidence REAL NOT NULL DEFAULT 1, rule_id TEXT NOT NULL DEFAULT '', "
                       "entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL, "
                       "author TEXT NOT NULL DEFAULT '', created TEXT, modified TEXT, "
                       "CHECK (start_offset >= 0 AND end_offset > start_offset), "
                       "CHECK (status BETWEEN 0 AND 2), CHECK (origin BETWEEN 0 AND 1))").arg(key),
        QStringLiteral("CREATE INDEX annotations_article ON annotations (article_id, start_offset)"),
        QStringLiteral("CREATE INDEX annotations_entity ON annotations (entity_id)"),
        QStringLiteral("CREATE TABLE facts ("
                       "id %1, article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                       "kind TEXT NOT NULL, subject_entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL, "
                       "subject_text TEXT NOT NULL DEFAULT '', predicate TEXT NOT NULL, "
                       "object_entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL, "
                       "object_text TEXT NOT NULL DEFAULT '', value TEXT NOT NULL DEFAULT '', "
                       "unit TEXT NOT NULL DEFAULT '', time_value TEXT NOT NULL DEFAULT '', "
                       "status INTEGER NOT NULL DEFAULT 0, origin INTEGER NOT NULL DEFAULT 0, "
                       "confidence REAL NOT NULL DEFAULT 1, rule_id TEXT NOT NULL DEFAULT '', "
                       "author TEXT NOT NULL DEFAULT '', created TEXT, modified TEXT, "
                       "CHECK (status BETWEEN 0 AND 2))").arg(key),
        QStringLiteral("CREATE INDEX facts_article ON facts (article_id)"),
        QStringLiteral("CREATE TABLE evidence ("
                       "id %1, fact_id INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, "
                       "quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '', "
                       "CHECK (end_offset >= start_offset))").arg(key),
        QStringLiteral("CREATE INDEX evidence_fact ON evidence (fact_id, position)"),
        QStringLiteral("CREATE TABLE lexicon ("
                       "surface TEXT NOT NULL, label TEXT NOT NULL, verdict INTEGER NOT NULL, "
                       "count INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (surface, label, verdict))"),
    };
    for (const QString &statement : statements) {
        if (!exec(statement))
            return false;
    }
    return true;
}

bool AnnotationStore::migrateToVersion2()
{
    // Version 2: notes on annotations and facts, orphaned spans after re-anchoring, full-text search.
    QStringList statements = {
        QStringLiteral("ALTER TABLE annotations ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE annotations ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE facts ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE evidence ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0"),
    };
    statements += m_dialect->createFullTextIndex();
    for (const QString &statement : statements) {
        if (!exec(statement))
            return false;
    }
    return true;
}

// --- Plumbing ---------------------------------------------------------------------------------

QSqlQuery AnnotationStore::prepare(const QString &statement) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        qCWarning(lcStore) << "cannot prepare" << statement << q.lastError().text();
    return q;
}

QSqlQuery &AnnotationStore::cached(const QString &statement) const
{
    auto it = m_statements.find(statement);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(prepare(statement));
        it = m_statements.emplace(statement, std::move(query)).first;
    }
    return *it->second;
}

bool AnnotationStore::exec(const QString &statement)
{
    QSqlQuery q(database());
    if (!q.exec(statement)) {
        fail(tr("A database statement failed."), &q);
        return false;
    }
    return true;
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
    if (query) {
        m_errorString += QLatin1Char(' ') + query->lastError().text();
        qCWarning(lcStore) << message << query->lastQuery() << query->lastError().text();
    }
    if (m_transactionDepth > 0)
        m_transactionFailed = true;
}

void AnnotationStore::notify(std::function<void()> signal)
{
    if (m_transactionDepth > 0)
        m_pendingSignals.push_back(std::move(signal));
    else
        signal();
}

bool AnnotationStore::transaction(const std::function<bool()> &work)
{
    if (!isOpen()) {
        m_errorString = tr("No library is open.");
        return false;
    }
    const bool outermost = m_transactionDepth == 0;
    if (outermost) {
        if (!database().transaction()) {
            m_errorString = tr("Could not start a transaction: %1").arg(database().lastError().text());
            Q_EMIT errorOccurred(m_errorString);
            return false;
        }
        m_transactionFailed = false;
        m_pendingSignals.clear();
    }
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (!ok)
        m_transactionFailed = true;
    if (!outermost)
        return ok && !m_transactionFailed;

    if (!m_transactionFailed && database().commit()) {
        // Listeners may start new transactions: hand them a list of their own.
        auto signals = std::move(m_pendingSignals);
        m_pendingSignals.clear();
        for (auto &signal : signals)
            signal();
        return true;
    }
    if (!m_transactionFailed)
        m_errorString = tr("Could not save the change: %1").arg(database().lastError().text());
    database().rollback();
    m_pendingSignals.clear();
    m_transactionFailed = false;
    Q_EMIT errorOccurred(m_errorString);
    return false;
}

// --- Articles ---------------------------------------------------------------------------------

std::optional<qint64> AnnotationStore::addArticle(AnnotatedArticle &bundle)
{
    qint64 articleId = 0;
    const bool ok = transaction([&] {
        Article &article = bundle.article;
        const QDateTime time = now();
        if (!article.created.isValid())
            article.created = time;
        if (!article.modified.isValid())
            article.modified = time;
        QSqlQuery &q = cached(QStringLiteral(
            "INSERT INTO articles (uri, headline, byline, source, published, language, text, markup, markup_type, "
            "content_hash, review_status, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(text(article.uri));
        q.addBindValue(text(article.headline));
        q.addBindValue(text(article.byline));
        q.addBindValue(text(article.source));
        q.addBindValue(timestamp(article.published));
        q.addBindValue(text(article.language));
        q.addBindValue(text(article.text));
        q.addBindValue(text(article.markup));
        q.addBindValue(text(article.markupType));
        q.addBindValue(article.contentHash());
        q.addBindValue(int(article.reviewStatus));
        q.addBindValue(timestamp(article.created));
        q.addBindValue(timestamp(article.modified));
        if (!exec(q) || !q.next())
            return false;
        articleId = q.value(0).toLongLong();
        article.id = articleId;
        q.finish();

        // Entities are shared by the whole library: one already known by name and label is reused.
        QHash<qint64, qint64> entityIds;
        for (Entity &entity : bundle.entities) {
            const qint64 placeholder = entity.id;
            if (auto existing = findEntity(entity.name, entity.label)) {
                entity = *existing;
            } else {
                entity.id = 0;
                if (!insertEntity(entity))
                    return false;
            }
            if (placeholder != 0)
                entityIds.insert(placeholder, entity.id);
        }
        auto resolve = [&entityIds](qint64 id) { return id < 0 ? entityIds.value(id, 0) : id; };
        for (Annotation &annotation : bundle.annotations) {
            annotation.id = 0;
            annotation.articleId = articleId;
            annotation.entityId = resolve(annotation.entityId);
            if (annotation.quote.isEmpty())
                annotation.setContextFrom(article.text);
            if (!annotation.created.isValid())
                annotation.created = time;
            if (!annotation.modified.isValid())
                annotation.modified = time;
            if (!insertAnnotation(annotation))
                return false;
        }
        for (Fact &fact : bundle.facts) {
            fact.id = 0;
            fact.articleId = articleId;
            fact.subjectEntityId = resolve(fact.subjectEntityId);
            fact.objectEntityId = resolve(fact.objectEntityId);
            for (Evidence &evidence : fact.evidence) {
                if (evidence.quote.isEmpty())
                    evidence.setContextFrom(article.text);
            }
            if (!fact.created.isValid())
                fact.created = time;
            if (!fact.modified.isValid())
                fact.modified = time;
            if (!insertFact(fact))
                return false;
        }
        notify([this, articleId] { Q_EMIT articleAdded(articleId); });
        return true;
    });
    if (!ok)
        return std::nullopt;
    return articleId;
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

namespace {
const QString SummarySelect = QStringLiteral(
    "SELECT a.id, a.headline, a.source, a.published, a.review_status, a.modified, "
    "(SELECT count(DISTINCT n.entity_id) FROM annotations n WHERE n.article_id = a.id AND n.status <> 2), "
    "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.status <> 2), "
    "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.status = 0), "
    "(SELECT count(*) FROM facts f WHERE f.article_id = a.id AND f.status <> 2) "
    "FROM articles a");

ArticleSummary readSummary(const QSqlQuery &q)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.headline = q.value(1).toString();
    s.source = q.value(2).toString();
    s.published = dateTime(q.value(3));
    s.reviewStatus = ReviewStatus(q.value(4).toInt());
    s.modified = dateTime(q.value(5));
    s.entityCount = q.value(6).toInt();
    s.annotationCount = q.value(7).toInt();
    s.pendingCount = q.value(8).toInt();
    s.factCount = q.value(9).toInt();
    return s;
}
} // namespace

QList<ArticleSummary> AnnotationStore::articleSummaries(int offset, int limit) const
{
    QList<ArticleSummary> result;
    QSqlQuery q = prepare(SummarySelect + QStringLiteral(" ORDER BY a.id LIMIT ? OFFSET ?"));
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
    QSqlQuery q = prepare(SummarySelect + QStringLiteral(" WHERE a.id = ?"));
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
    const QStringList words = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty() || !m_dialect)
        return ids;
    QStringList shortWords;
    const QString expression = m_dialect->fullTextExpression(words, &shortWords);

    QString sql;
    if (!expression.isEmpty()) {
        sql = QStringLiteral("SELECT a.id FROM (%1) ranked JOIN articles a ON a.id = ranked.rowid").arg(m_dialect->fullTextQuery());
    } else {
        sql = QStringLiteral("SELECT a.id FROM articles a");
    }
    QStringList conditions;
    for (int i = 0; i < shortWords.size(); ++i)
        conditions.append(m_dialect->substringCondition());
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (expression.isEmpty())
        sql += QStringLiteral(" ORDER BY a.id");

    QSqlQuery q = prepare(sql);
    if (!expression.isEmpty())
        q.addBindValue(expression);
    for (const QString &word : std::as_const(shortWords)) {
        q.addBindValue(likePattern(word));
        q.addBindValue(likePattern(word));
    }
    if (!q.exec()) {
        qCWarning(lcStore) << "search failed" << q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QSet<qint64> AnnotationStore::articlesWithLabel(const QString &label) const
{
    QSet<qint64> ids;
    QSqlQuery q = prepare(QStringLiteral("SELECT DISTINCT article_id FROM annotations WHERE label = ? AND status <> 2"));
    q.addBindValue(label);
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

bool AnnotationStore::removeArticle(qint64 id)
{
    return transaction([&] {
        QSqlQuery q = prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
        q.addBindValue(id);
        if (!exec(q))
            return false;
        notify([this, id] { Q_EMIT articleRemoved(id); });
        return true;
    });
}

std::optional<ReanchorReport> AnnotationStore::updateArticle(qint64 id, const Article &updated)
{
    const auto old = article(id);
    if (!old) {
        m_errorString = tr("The article no longer exists.");
        return std::nullopt;
    }
    ReanchorReport report;
    const QString &newText = updated.text;
    auto place = [&](auto &span) {
        const AnchorResult result = anchor(newText, {span.quote, span.prefix, span.suffix, span.start, int(old->text.size())});
        if (result.found) {
            span.start = result.start;
            span.end = result.end;
            span.setContextFrom(newText);
            span.orphaned = false;
            ++(result.exact ? report.exact : report.approximate);
        } else {
            // Kept where it was as far as the text allows, and flagged for the reader.
            span.orphaned = true;
            const int length = std::max(1, span.end - span.start);
            span.start = std::clamp(span.start, 0, std::max(0, int(newText.size()) - 1));
            span.end = std::min(int(newText.size()), span.start + length);
            if (span.end <= span.start)
                span.end = span.start + 1;
            ++report.orphaned;
        }
    };

    const bool ok = transaction([&] {
        QSqlQuery q = prepare(QStringLiteral(
            "UPDATE articles SET uri = ?, headline = ?, byline = ?, source = ?, published = ?, language = ?, text = ?, "
            "markup = ?, markup_type = ?, content_hash = ?, modified = ? WHERE id = ?"));
        q.addBindValue(updated.uri.isEmpty() ? old->uri : updated.uri);
        q.addBindValue(text(updated.headline));
        q.addBindValue(text(updated.byline));
        q.addBindValue(text(updated.source));
        q.addBindValue(timestamp(updated.published));
        q.addBindValue(text(updated.language));
        q.addBindValue(text(updated.text));
        q.addBindValue(text(updated.markup));
        q.addBindValue(text(updated.markupType));
        q.addBindValue(updated.contentHash());
        q.addBindValue(timestamp(now()));
        q.addBindValue(id);
        if (!exec(q))
            return false;
        for (const Annotation &before : annotations(id)) {
            Annotation after = before;
            place(after);
            if (after == before)
                continue;
            if (!updateAnnotation(after))
                return false;
            notify([this, before, after] { Q_EMIT annotationChanged(before, after); });
        }
        for (const Fact &before : facts(id)) {
            Fact after = before;
            for (Evidence &evidence : after.evidence)
                place(evidence);
            if (after == before)
                continue;
            if (!writeEvidence(after))
                return false;
            notify([this, before, after] { Q_EMIT factChanged(before, after); });
        }
        notify([this, id] { Q_EMIT articleChanged(id); });
        return true;
    });
    if (!ok)
        return std::nullopt;
    return report;
}

bool AnnotationStore::setReviewStatus(qint64 articleId, ReviewStatus status)
{
    QSqlQuery &q = cached(QStringLiteral("UPDATE articles SET review_status = ? WHERE id = ?"));
    q.addBindValue(int(status));
    q.addBindValue(articleId);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        fail(tr("The article no longer exists."));
        return false;
    }
    notify([this, articleId] { Q_EMIT articleChanged(articleId); });
    return true;
}

// --- Annotations, entities, facts: reads ------------------------------------------------------

QList<Annotation> AnnotationStore::annotations(qint64 articleId) const
{
    QList<Annotation> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM annotations WHERE article_id = ? ORDER BY start_offset, end_offset, id")
                              .arg(AnnotationColumns));
    q.addBindValue(articleId);
    if (q.exec()) {
        while (q.next())
            result.append(readAnnotation(q));
    }
    return result;
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

QList<Evidence> AnnotationStore::evidenceOf(qint64 factId) const
{
    QList<Evidence> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT start_offset, end_offset, quote, prefix, suffix, orphaned FROM evidence "
                                         "WHERE fact_id = ? ORDER BY position"));
    q.addBindValue(factId);
    if (q.exec()) {
        while (q.next()) {
            result.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toBool()});
        }
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

QList<LexiconEntry> AnnotationStore::lexicon() const
{
    QList<LexiconEntry> result;
    QSqlQuery q = prepare(QStringLiteral("SELECT surface, label, verdict, count FROM lexicon ORDER BY surface, label, verdict"));
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), Verdict(q.value(2).toInt()), q.value(3).toInt()});
    }
    return result;
}

// --- Row writes ---------------------------------------------------------------------------------

bool AnnotationStore::insertAnnotation(Annotation &annotation)
{
    const bool withId = annotation.id > 0;
    QSqlQuery &q = cached(insertStatement(QStringLiteral("annotations"), AnnotationColumns, withId));
    if (withId)
        q.addBindValue(annotation.id);
    bindAnnotation(q, annotation);
    if (!exec(q) || !q.next())
        return false;
    annotation.id = q.value(0).toLongLong();
    q.finish();
    return true;
}

bool AnnotationStore::updateAnnotation(const Annotation &annotation)
{
    QSqlQuery &q = cached(updateStatement(QStringLiteral("annotations"), AnnotationColumns));
    bindAnnotation(q, annotation);
    q.addBindValue(annotation.id);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        fail(tr("The annotation no longer exists."));
        return false;
    }
    return true;
}

bool AnnotationStore::deleteAnnotation(qint64 id)
{
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    return exec(q);
}

bool AnnotationStore::insertEntity(Entity &entity)
{
    const bool withId = entity.id > 0;
    QSqlQuery &q = cached(insertStatement(QStringLiteral("entities"), EntityColumns, withId));
    if (withId)
        q.addBindValue(entity.id);
    bindEntity(q, entity);
    if (!exec(q) || !q.next())
        return false;
    entity.id = q.value(0).toLongLong();
    q.finish();
    return true;
}

bool AnnotationStore::updateEntity(const Entity &entity)
{
    QSqlQuery &q = cached(updateStatement(QStringLiteral("entities"), EntityColumns));
    bindEntity(q, entity);
    q.addBindValue(entity.id);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        fail(tr("The entity no longer exists."));
        return false;
    }
    return true;
}

bool AnnotationStore::deleteEntity(qint64 id)
{
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM entities WHERE id = ?"));
    q.addBindValue(id);
    return exec(q);
}

bool AnnotationStore::writeEvidence(const Fact &fact)
{
    QSqlQuery &remove = cached(QStringLiteral("DELETE FROM evidence WHERE fact_id = ?"));
    remove.addBindValue(fact.id);
    if (!exec(remove))
        return false;
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO evidence (fact_id, position, start_offset, end_offset, quote, prefix, "
                                         "suffix, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < fact.evidence.size(); ++i) {
        const Evidence &evidence = fact.evidence.at(i);
        q.addBindValue(fact.id);
        q.addBindValue(i);
        q.addBindValue(evidence.start);
        q.addBindValue(evidence.end);
        q.addBindValue(text(evidence.quote));
        q.addBindValue(text(evidence.prefix));
        q.addBindValue(text(evidence.suffix));
        q.addBindValue(int(evidence.orphaned));
        if (!exec(q))
            return false;
    }
    return true;
}

bool AnnotationStore::insertFact(Fact &fact)
{
    const bool withId = fact.id > 0;
    QSqlQuery &q = cached(insertStatement(QStringLiteral("facts"), FactColumns, withId));
    if (withId)
        q.addBindValue(fact.id);
    bindFact(q, fact);
    if (!exec(q) || !q.next())
        return false;
    fact.id = q.value(0).toLongLong();
    q.finish();
    return writeEvidence(fact);
}

bool AnnotationStore::updateFact(const Fact &fact)
{
    QSqlQuery &q = cached(updateStatement(QStringLiteral("facts"), FactColumns));
    bindFact(q, fact);
    q.addBindValue(fact.id);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        fail(tr("The fact no longer exists."));
        return false;
    }
    return writeEvidence(fact);
}

bool AnnotationStore::deleteFact(qint64 id)
{
    QSqlQuery &q = cached(QStringLiteral("DELETE FROM facts WHERE id = ?"));
    q.addBindValue(id);
    return exec(q);
}

bool AnnotationStore::changeLexicon(const LexiconChange &change, int sign)
{
    const int delta = change.delta * sign;
    QSqlQuery &q = cached(QStringLiteral("INSERT INTO lexicon (surface, label, verdict, count) VALUES (?, ?, ?, ?) "
                                         "ON CONFLICT (surface, label, verdict) DO UPDATE SET count = lexicon.count + excluded.count"));
    q.addBindValue(text(change.surface));
    q.addBindValue(text(change.label));
    q.addBindValue(int(change.verdict));
    q.addBindValue(delta);
    if (!exec(q))
        return false;
    QSqlQuery &prune = cached(QStringLiteral("DELETE FROM lexicon WHERE count <= 0"));
    return exec(prune);
}

// --- Change sets ----------------------------------------------------------------------------------

bool AnnotationStore::apply(ChangeSet &changes, bool forward)
{
    QHash<qint64, qint64> placeholders; // negative placeholder id -> assigned id
    auto resolve = [&placeholders](qint64 &id) {
        if (id < 0)
            id = placeholders.value(id, 0);
    };
    bool lexiconTouched = false;

    // Writes one row change in the given direction (insert, update or delete), fills in the ids
    // it assigns and queues the matching signal. Rows differ only in their write functions,
    // their signals and the entity ids they refer to.
    auto applyRow = [&](auto &change, bool redo, auto insert, auto update, auto remove, auto added, auto changed,
                        auto removed, auto resolveReferences) -> bool {
        auto &from = redo ? change.before : change.after;
        auto &to = redo ? change.after : change.before;
        if (redo && to)
            resolveReferences(*to);
        if (!from && to) {
            const qint64 placeholder = to->id;
            if (placeholder < 0)
                to->id = 0;
            if (!(this->*insert)(*to))
                return false;
            if (placeholder < 0)
                placeholders.insert(placeholder, to->id);
            notify([this, added, row = *to] { (this->*added)(row); });
        } else if (from && to) {
            if (!(this->*update)(*to))
                return false;
            notify([this, changed, before = *from, after = *to] { (this->*changed)(before, after); });
        } else if (from) {
            if (!(this->*remove)(from->id))
                return false;
            notify([this, removed, row = *from] { (this->*removed)(row); });
        }
        return true;
    };
    auto applyAnnotation = [&](RowChange<Annotation> &change, bool redo) {
        return applyRow(change, redo, &AnnotationStore::insertAnnotation, &AnnotationStore::updateAnnotation,
                        &AnnotationStore::deleteAnnotation, &AnnotationStore::annotationAdded,
                        &AnnotationStore::annotationChanged, &AnnotationStore::annotationRemoved,
                        [&](Annotation &row) { resolve(row.entityId); });
    };
    auto applyEntity = [&](RowChange<Entity> &change, bool redo) {
        return applyRow(change, redo, &AnnotationStore::insertEntity, &AnnotationStore::updateEntity,
                        &AnnotationStore::deleteEntity, &AnnotationStore::entityAdded, &AnnotationStore::entityChanged,
                        &AnnotationStore::entityRemoved, [](Entity &) {});
    };
    auto applyFact = [&](RowChange<Fact> &change, bool redo) {
        return applyRow(change, redo, &AnnotationStore::insertFact, &AnnotationStore::updateFact, &AnnotationStore::deleteFact,
                        &AnnotationStore::factAdded, &AnnotationStore::factChanged, &AnnotationStore::factRemoved,
                        [&](Fact &row) {
                            resolve(row.subjectEntityId);
                            resolve(row.objectEntityId);
                        });
    };

    // Work on a copy: only a committed forward pass may write assigned ids back.
    ChangeSet working = changes;
    const bool ok = transaction([&] {
        const auto count = working.items.size();
        for (size_t n = 0; n < count; ++n) {
            auto &item = working.items[forward ? n : count - 1 - n];
            const bool done = std::visit(
                [&](auto &change) -> bool {
                    using T = std::decay_t<decltype(change)>;
                    if constexpr (std::is_same_v<T, RowChange<Annotation>>)
                        return applyAnnotation(change, forward);
                    else if constexpr (std::is_same_v<T, RowChange<Entity>>)
                        return applyEntity(change, forward);
                    else if constexpr (std::is_same_v<T, RowChange<Fact>>)
                        return applyFact(change, forward);
                    else if constexpr (std::is_same_v<T, ReviewStatusChange>)
                        return setReviewStatus(change.articleId, forward ? change.after : change.before);
                    else {
                        lexiconTouched = true;
                        return changeLexicon(change, forward ? 1 : -1);
                    }
                },
                item);
            if (!done)
                return false;
        }
        if (lexiconTouched)
            notify([this] { Q_EMIT lexiconChanged(); });
        return true;
    });
    if (ok && forward)
        changes = std::move(working);
    return ok;
}

} // namespace Gazette
