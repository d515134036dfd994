// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace Gazette::RowCodec {

namespace {

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

} // namespace

QDateTime now()
{
    const QDateTime time = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), QTimeZone::UTC);
}

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

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString StringPool::shared(const QString &value)
{
    if (value.isEmpty())
        return QString();
    const auto it = m_strings.constFind(value);
    if (it != m_strings.constEnd())
        return *it;
    if (m_strings.size() < 4096) // rule ids and labels are few; anything else is not pooled
        m_strings.insert(value, value);
    return value;
}

Annotation readAnnotation(const QSqlQuery &q, StringPool *pool)
{
    auto repeated = [pool](const QVariant &value) { return pool ? pool->shared(value.toString()) : value.toString(); };
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toLongLong();
    a.start = q.value(2).toInt();
    a.end = q.value(3).toInt();
    a.label = repeated(q.value(4));
    a.quote = q.value(5).toString();
    a.prefix = q.value(6).toString();
    a.suffix = q.value(7).toString();
    a.origin = Origin(q.value(8).toInt());
    a.status = AnnotationStatus(q.value(9).toInt());
    a.confidence = q.value(10).toDouble();
    a.ruleId = repeated(q.value(11));
    a.entityId = q.value(12).toLongLong();
    a.author = repeated(q.value(13));
    a.note = q.value(14).toString();
    a.orphaned = q.value(15).toBool();
    a.created = dateTime(q.value(16));
    a.modified = dateTime(q.value(17));
    a.version.value = q.value(18).toInt();
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
    f.version.value = q.value(19).toInt();
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
    const QString warnings = q.value(13).toString();
    a.importWarnings = warnings.isEmpty() ? QStringList() : warnings.split(QLatin1Char('\n'));
    return a;
}

Evidence readEvidence(const QSqlQuery &q)
{
    return {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toBool()};
}

LexiconEntry readLexiconEntry(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), Verdict(q.value(2).toInt()), q.value(3).toInt()};
}

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

void annotationValues(const Annotation &a, QVariantList &values)
{
    values = {a.articleId, a.start, a.end, text(a.label), text(a.quote), text(a.prefix), text(a.suffix), int(a.origin),
              int(a.status), a.confidence, text(a.ruleId), idOrNull(a.entityId), text(a.author), text(a.note),
              int(a.orphaned), timestamp(a.created), timestamp(a.modified), std::max(1, a.version.value)};
}

void bindAnnotation(QSqlQuery &q, const Annotation &a)
{
    QVariantList values;
    annotationValues(a, values);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
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

void factValues(const Fact &f, QVariantList &values)
{
    values = {f.articleId, text(f.kind), idOrNull(f.subjectEntityId), text(f.subjectText), text(f.predicate),
              idOrNull(f.objectEntityId), text(f.objectText), text(f.value), text(f.unit), text(f.time), int(f.status),
              int(f.origin), f.confidence, text(f.ruleId), text(f.author), text(f.note), timestamp(f.created),
              timestamp(f.modified), std::max(1, f.version.value)};
}

void bindFact(QSqlQuery &q, const Fact &f)
{
    QVariantList values;
    factValues(f, values);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
}

void bindArticleContent(QSqlQuery &q, const Article &a)
{
    q.addBindValue(text(a.headline));
    q.addBindValue(text(a.byline));
    q.addBindValue(text(a.source));
    q.addBindValue(timestamp(a.published));
    q.addBindValue(text(a.language));
    q.addBindValue(text(a.text));
    q.addBindValue(text(a.markup));
    q.addBindValue(text(a.markupType));
    q.addBindValue(a.contentHash());
    q.addBindValue(text(a.importWarnings.join(QLatin1Char('\n'))));
}

void evidenceValues(qint64 factId, int position, const Evidence &evidence, QVariantList &values)
{
    values = {factId, position, evidence.start, evidence.end, text(evidence.quote), text(evidence.prefix), text(evidence.suffix),
              int(evidence.orphaned)};
}

void bindEvidence(QSqlQuery &q, qint64 factId, int position, const Evidence &evidence)
{
    QVariantList values;
    evidenceValues(factId, position, evidence, values);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
}

const QString &insertStatement(const QString &table, const QString &columns, bool withId)
{
    thread_local QHash<QString, QString> statements[2];
    auto &forKind = statements[withId ? 1 : 0];
    auto it = forKind.find(table);
    if (it == forKind.end())
        it = forKind.insert(table, buildInsertStatement(table, columns, withId));
    return *it;
}

QString plainInsertStatement(const QString &table, const QString &columns)
{
    const QString cols = withoutId(columns);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, cols, placeholders(int(cols.count(QLatin1Char(','))) + 1));
}

const QString &updateStatement(const QString &table, const QString &columns)
{
    thread_local QHash<QString, QString> statements;
    auto it = statements.find(table);
    if (it == statements.end())
        it = statements.insert(table, buildUpdateStatement(table, columns));
    return *it;
}

} // namespace Gazette::RowCodec
