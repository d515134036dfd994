// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "logging.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <vector>

namespace Gazette {

Schema::Schema(const QSqlDatabase &database, const SqlDialect &dialect)
    : m_database(database)
    , m_dialect(dialect)
{
}

bool Schema::migrate(int fromVersion)
{
    // Ordered steps: step n brings the schema from version n - 1 to n.
    const std::vector<std::function<QStringList()>> steps = {
        [this] { return version1(); },
        [this] { return version2(); },
        [this] { return version3(); },
        [this] { return version4(); },
        [this] { return version5(); },
        [this] { return version6(); },
        [this] { return version7(); },
    };
    static_assert(Version == 7, "add the new version's step above");
    for (int version = fromVersion + 1; version <= Version; ++version) {
        if (!run(steps[size_t(version - 1)]()))
            return false;
    }
    return run(m_dialect.setSchemaVersionStatements(Version));
}

bool Schema::run(const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery q(m_database);
        if (!q.exec(statement)) {
            m_errorString = tr("A database statement failed.") + QLatin1Char(' ') + q.lastError().text();
            qCWarning(lcStore) << "schema statement failed:" << statement << q.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList Schema::version1() const
{
    const QString key = m_dialect.primaryKeyType();
    const QString reference = m_dialect.referenceType();
    const QString real = m_dialect.realType();
    return {
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
                       "id %1, article_id %2 NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                       "start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, label TEXT NOT NULL, "
                       "quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '', "
                       "origin INTEGER NOT NULL DEFAULT 1, status INTEGER NOT NULL DEFAULT 1, "
                       "confidence %3 NOT NULL DEFAULT 1, rule_id TEXT NOT NULL DEFAULT '', "
                       "entity_id %2 REFERENCES entities (id) ON DELETE SET NULL, "
                       "author TEXT NOT NULL DEFAULT '', created TEXT, modified TEXT, "
                       "CHECK (start_offset >= 0 AND end_offset > start_offset), "
                       "CHECK (status BETWEEN 0 AND 2), CHECK (origin BETWEEN 0 AND 1))").arg(key, reference, real),
        QStringLiteral("CREATE INDEX annotations_article ON annotations (article_id, start_offset)"),
        QStringLiteral("CREATE INDEX annotations_entity ON annotations (entity_id)"),
        QStringLiteral("CREATE TABLE facts ("
                       "id %1, article_id %2 NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                       "kind TEXT NOT NULL, subject_entity_id %2 REFERENCES entities (id) ON DELETE SET NULL, "
                       "subject_text TEXT NOT NULL DEFAULT '', predicate TEXT NOT NULL, "
                       "object_entity_id %2 REFERENCES entities (id) ON DELETE SET NULL, "
                       "object_text TEXT NOT NULL DEFAULT '', value TEXT NOT NULL DEFAULT '', "
                       "unit TEXT NOT NULL DEFAULT '', time_value TEXT NOT NULL DEFAULT '', "
                       "status INTEGER NOT NULL DEFAULT 0, origin INTEGER NOT NULL DEFAULT 0, "
                       "confidence %3 NOT NULL DEFAULT 1, rule_id TEXT NOT NULL DEFAULT '', "
                       "author TEXT NOT NULL DEFAULT '', created TEXT, modified TEXT, "
                       "CHECK (status BETWEEN 0 AND 2))").arg(key, reference, real),
        QStringLiteral("CREATE INDEX facts_article ON facts (article_id)"),
        QStringLiteral("CREATE TABLE evidence ("
                       "id %1, fact_id %2 NOT NULL REFERENCES facts (id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, "
                       "quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '', "
                       "CHECK (end_offset >= start_offset))").arg(key, reference),
        QStringLiteral("CREATE INDEX evidence_fact ON evidence (fact_id, position)"),
        QStringLiteral("CREATE TABLE lexicon ("
                       "surface TEXT NOT NULL, label TEXT NOT NULL, verdict INTEGER NOT NULL, "
                       "count INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (surface, label, verdict))"),
    };
}

QStringList Schema::version2() const
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE annotations ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE annotations ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE facts ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE evidence ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0"),
    };
    return statements + m_dialect.createFullTextIndex();
}

QStringList Schema::version3() const
{
    // content_key is the text's hash for the first article with that text and NULL for any
    // later copy a library may already hold (two processes importing at once could add one
    // before): new articles are inserted only when their key is new.
    return {
        QStringLiteral("ALTER TABLE articles ADD COLUMN content_key TEXT"),
        QStringLiteral("UPDATE articles SET content_key = content_hash "
                       "WHERE id IN (SELECT min(id) FROM articles GROUP BY content_hash)"),
        QStringLiteral("CREATE UNIQUE INDEX articles_content_key ON articles (content_key)"),
        // What the import had to say about the article (bytes replaced, an encoding overridden),
        // one message per line.
        QStringLiteral("ALTER TABLE articles ADD COLUMN import_warnings TEXT NOT NULL DEFAULT ''"),
    };
}

QStringList Schema::version4() const
{
    const QString key = m_dialect.primaryKeyType();
    return {
        // Row versions against lost updates: a write names the version it read and fails when
        // another annotator's write came first (optimistic concurrency).
        QStringLiteral("ALTER TABLE annotations ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE facts ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        // The history: every committed action with who made it and when; its payload is the
        // action's StoreChange, which other annotators' windows read when they are told of it.
        QStringLiteral("CREATE TABLE change_log (id %1, changed_at TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', "
                       "summary TEXT NOT NULL DEFAULT '', payload TEXT NOT NULL DEFAULT '')").arg(key),
    };
}

QStringList Schema::version5() const
{
    const QString key = m_dialect.primaryKeyType();
    const QString reference = m_dialect.referenceType();
    return {
        // Subscriptions: folders of feeds, each feed with what its next conditional request
        // sends (ETag, Last-Modified), when it is due, its last error and its retention.
        QStringLiteral("CREATE TABLE feed_folders (id %1, name TEXT NOT NULL UNIQUE)").arg(key),
        QStringLiteral("CREATE TABLE feeds ("
                       "id %1, folder_id %2 REFERENCES feed_folders (id) ON DELETE SET NULL, "
                       "url TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '', site_url TEXT NOT NULL DEFAULT '', "
                       "fetch_full INTEGER NOT NULL DEFAULT 0, refresh_minutes INTEGER NOT NULL DEFAULT 60, "
                       "etag TEXT NOT NULL DEFAULT '', last_modified TEXT NOT NULL DEFAULT '', "
                       "last_refresh TEXT, next_refresh TEXT, error TEXT NOT NULL DEFAULT '', "
                       "error_count INTEGER NOT NULL DEFAULT 0, keep_days INTEGER NOT NULL DEFAULT 0, "
                       "keep_items INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, "
                       "CHECK (refresh_minutes > 0), CHECK (keep_days >= 0 AND keep_items >= 0))").arg(key, reference),
        // One row per item a feed ever delivered, kept after retention removed its article so
        // that the item is not taken again; identity is "g:" guid, else "l:" link, else "h:"
        // content hash; content_hash tells a changed item from an unchanged one.
        QStringLiteral("CREATE TABLE feed_items ("
                       "id %1, feed_id %2 NOT NULL REFERENCES feeds (id) ON DELETE CASCADE, "
                       "article_id %2 REFERENCES articles (id) ON DELETE SET NULL, "
                       "identity TEXT NOT NULL, content_hash TEXT NOT NULL DEFAULT '', first_seen TEXT NOT NULL, "
                       "is_read INTEGER NOT NULL DEFAULT 0, starred INTEGER NOT NULL DEFAULT 0, "
                       "UNIQUE (feed_id, identity))").arg(key, reference),
        QStringLiteral("CREATE INDEX feed_items_article ON feed_items (article_id)"),
    };
}

QStringList Schema::version6() const
{
    const QString reference = m_dialect.referenceType();
    return QStringList{
        // Who is assigned to which article and how far each got (0 assigned, 1 in progress, 2 done).
        QStringLiteral("CREATE TABLE assignments (article_id %1 NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                       "annotator TEXT NOT NULL, status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2), "
                       "assigned_by TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL, "
                       "PRIMARY KEY (article_id, annotator))").arg(reference),
        // Who has which article open: each window writes its row every few seconds; a row not
        // written for a minute is stale and no longer shown.
        QStringLiteral("CREATE TABLE presence (annotator TEXT NOT NULL PRIMARY KEY, "
                       "article_id %1 NOT NULL REFERENCES articles (id) ON DELETE CASCADE, seen TEXT NOT NULL)").arg(reference),
    } + m_dialect.rowSecurityStatements(); // roles on a server: annotators change their own rows, curators all
}

QStringList Schema::version7() const
{
    const QString key = m_dialect.primaryKeyType();
    return {
        // Smart folders: a library search the reader saved under a name (LibraryQuery's syntax).
        QStringLiteral("CREATE TABLE smart_folders (id %1, name TEXT NOT NULL UNIQUE, query TEXT NOT NULL, "
                       "created TEXT NOT NULL)").arg(key),
    };
}

} // namespace Gazette
