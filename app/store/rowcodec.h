// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlesummary.h"
#include "document/annotation.h"
#include "document/article.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariant>

class QSqlQuery;

// How the store's value types become bound values and come back from result rows. Every
// column list here is the order its read function expects, so a query and its reader cannot
// drift apart; the store's queries use these lists instead of spelling columns again.
namespace Gazette::RowCodec {

inline const QString AnnotationColumns = QStringLiteral(
    "id, article_id, start_offset, end_offset, label, quote, prefix, suffix, origin, status, confidence, "
    "rule_id, entity_id, author, note, orphaned, created, modified, version");
inline const QString EntityColumns = QStringLiteral("id, name, label, aliases, external_id, notes, created, modified");
inline const QString FactColumns = QStringLiteral(
    "id, article_id, kind, subject_entity_id, subject_text, predicate, object_entity_id, object_text, value, unit, "
    "time_value, status, origin, confidence, rule_id, author, note, created, modified, version");
inline const QString ArticleColumns = QStringLiteral(
    "id, uri, headline, byline, source, published, language, text, markup, markup_type, review_status, created, modified, "
    "import_warnings");
// The columns bindArticleContent() fills, in its order.
inline const QString ArticleContentColumns = QStringLiteral(
    "headline, byline, source, published, language, text, markup, markup_type, content_hash, import_warnings");
inline const QString EvidenceColumns = QStringLiteral("start_offset, end_offset, quote, prefix, suffix, orphaned");
inline const QString LexiconColumns = QStringLiteral("surface, label, verdict, count");

// The current time at the precision the database keeps, so a row read back compares equal.
QDateTime now();
QVariant timestamp(const QDateTime &time);
QDateTime dateTime(const QVariant &value);
// Qt binds a null QString as SQL NULL; text columns are NOT NULL and hold '' instead.
QString text(const QString &value);
QVariant idOrNull(qint64 id);

// Strings that repeat across many rows (labels, rule ids, authors) read once and shared, so that
// an article with a million annotations does not hold a million copies of "ORG".
class StringPool
{
public:
    QString shared(const QString &value);

private:
    QHash<QString, QString> m_strings;
};

Annotation readAnnotation(const QSqlQuery &query, StringPool *pool = nullptr);
Entity readEntity(const QSqlQuery &query);
Fact readFact(const QSqlQuery &query); // without its evidence, which has rows of its own
Article readArticle(const QSqlQuery &query);
Evidence readEvidence(const QSqlQuery &query);
LexiconEntry readLexiconEntry(const QSqlQuery &query);
// The columns of the store's summary query: id, headline, source, published, review_status,
// modified, then the entity, annotation, pending and fact counts.
ArticleSummary readSummary(const QSqlQuery &query);

// Every column of the list but the id, in order, as bound (for SqlDialect::RowInserter).
void annotationValues(const Annotation &annotation, QVariantList &values);
void factValues(const Fact &fact, QVariantList &values);
void evidenceValues(qint64 factId, int position, const Evidence &evidence, QVariantList &values);

// Bind every column of the list but the id, in order.
void bindAnnotation(QSqlQuery &query, const Annotation &annotation);
void bindEntity(QSqlQuery &query, const Entity &entity);
void bindFact(QSqlQuery &query, const Fact &fact);
void bindArticleContent(QSqlQuery &query, const Article &article);
void bindEvidence(QSqlQuery &query, qint64 factId, int position, const Evidence &evidence);

// INSERT ... RETURNING id with the id when the row has one (undo restoring a row), without to
// get a new one; UPDATE of every column but the id, with the id bound last. Built once per
// table: the write paths ask for them for every row.
const QString &insertStatement(const QString &table, const QString &columns, bool withId);
// INSERT without RETURNING, for SqlDialect::RowInserter (RETURNING tripled SQLite's time per row).
QString plainInsertStatement(const QString &table, const QString &columns);
const QString &updateStatement(const QString &table, const QString &columns);

} // namespace Gazette::RowCodec
