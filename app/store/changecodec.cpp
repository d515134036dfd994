// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Gazette::ChangeCodec {

namespace {

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime time(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonArray ids(const QList<qint64> &values)
{
    QJsonArray array;
    for (qint64 id : values)
        array.append(id);
    return array;
}

QList<qint64> ids(const QJsonValue &value)
{
    QList<qint64> result;
    for (const QJsonValue &id : value.toArray())
        result.append(id.toInteger());
    return result;
}

QJsonObject toJson(const Annotation &a)
{
    return {{QStringLiteral("id"), a.id}, {QStringLiteral("article"), a.articleId}, {QStringLiteral("start"), a.start},
            {QStringLiteral("end"), a.end}, {QStringLiteral("label"), a.label}, {QStringLiteral("quote"), a.quote},
            {QStringLiteral("prefix"), a.prefix}, {QStringLiteral("suffix"), a.suffix}, {QStringLiteral("origin"), int(a.origin)},
            {QStringLiteral("status"), int(a.status)}, {QStringLiteral("confidence"), a.confidence},
            {QStringLiteral("rule"), a.ruleId}, {QStringLiteral("entity"), a.entityId}, {QStringLiteral("author"), a.author},
            {QStringLiteral("note"), a.note}, {QStringLiteral("orphaned"), a.orphaned}, {QStringLiteral("created"), time(a.created)},
            {QStringLiteral("modified"), time(a.modified)}, {QStringLiteral("version"), a.version.value}};
}

Annotation annotationFrom(const QJsonObject &o)
{
    Annotation a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.articleId = o.value(QStringLiteral("article")).toInteger();
    a.start = o.value(QStringLiteral("start")).toInt();
    a.end = o.value(QStringLiteral("end")).toInt();
    a.label = o.value(QStringLiteral("label")).toString();
    a.quote = o.value(QStringLiteral("quote")).toString();
    a.prefix = o.value(QStringLiteral("prefix")).toString();
    a.suffix = o.value(QStringLiteral("suffix")).toString();
    a.origin = Origin(o.value(QStringLiteral("origin")).toInt());
    a.status = AnnotationStatus(o.value(QStringLiteral("status")).toInt());
    a.confidence = o.value(QStringLiteral("confidence")).toDouble();
    a.ruleId = o.value(QStringLiteral("rule")).toString();
    a.entityId = o.value(QStringLiteral("entity")).toInteger();
    a.author = o.value(QStringLiteral("author")).toString();
    a.note = o.value(QStringLiteral("note")).toString();
    a.orphaned = o.value(QStringLiteral("orphaned")).toBool();
    a.created = time(o.value(QStringLiteral("created")));
    a.modified = time(o.value(QStringLiteral("modified")));
    a.version.value = o.value(QStringLiteral("version")).toInt();
    return a;
}

QJsonObject toJson(const Entity &e)
{
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("name"), e.name}, {QStringLiteral("label"), e.label},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)}, {QStringLiteral("external"), e.externalId},
            {QStringLiteral("notes"), e.notes}, {QStringLiteral("created"), time(e.created)},
            {QStringLiteral("modified"), time(e.modified)}};
}

Entity entityFrom(const QJsonObject &o)
{
    Entity e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.name = o.value(QStringLiteral("name")).toString();
    e.label = o.value(QStringLiteral("label")).toString();
    for (const QJsonValue &alias : o.value(QStringLiteral("aliases")).toArray())
        e.aliases.append(alias.toString());
    e.externalId = o.value(QStringLiteral("external")).toString();
    e.notes = o.value(QStringLiteral("notes")).toString();
    e.created = time(o.value(QStringLiteral("created")));
    e.modified = time(o.value(QStringLiteral("modified")));
    return e;
}

QJsonObject toJson(const Fact &f)
{
    QJsonArray evidence;
    for (const Evidence &e : f.evidence)
        evidence.append(QJsonArray{e.start, e.end, e.quote, e.prefix, e.suffix, e.orphaned});
    return {{QStringLiteral("id"), f.id}, {QStringLiteral("article"), f.articleId}, {QStringLiteral("kind"), f.kind},
            {QStringLiteral("subject"), f.subjectEntityId}, {QStringLiteral("subjectText"), f.subjectText},
            {QStringLiteral("predicate"), f.predicate}, {QStringLiteral("object"), f.objectEntityId},
            {QStringLiteral("objectText"), f.objectText}, {QStringLiteral("value"), f.value}, {QStringLiteral("unit"), f.unit},
            {QStringLiteral("time"), f.time}, {QStringLiteral("status"), int(f.status)}, {QStringLiteral("origin"), int(f.origin)},
            {QStringLiteral("confidence"), f.confidence}, {QStringLiteral("rule"), f.ruleId}, {QStringLiteral("author"), f.author},
            {QStringLiteral("note"), f.note}, {QStringLiteral("evidence"), evidence}, {QStringLiteral("created"), time(f.created)},
            {QStringLiteral("modified"), time(f.modified)}, {QStringLiteral("version"), f.version.value}};
}

Fact factFrom(const QJsonObject &o)
{
    Fact f;
    f.id = o.value(QStringLiteral("id")).toInteger();
    f.articleId = o.value(QStringLiteral("article")).toInteger();
    f.kind = o.value(QStringLiteral("kind")).toString();
    f.subjectEntityId = o.value(QStringLiteral("subject")).toInteger();
    f.subjectText = o.value(QStringLiteral("subjectText")).toString();
    f.predicate = o.value(QStringLiteral("predicate")).toString();
    f.objectEntityId = o.value(QStringLiteral("object")).toInteger();
    f.objectText = o.value(QStringLiteral("objectText")).toString();
    f.value = o.value(QStringLiteral("value")).toString();
    f.unit = o.value(QStringLiteral("unit")).toString();
    f.time = o.value(QStringLiteral("time")).toString();
    f.status = AnnotationStatus(o.value(QStringLiteral("status")).toInt());
    f.origin = Origin(o.value(QStringLiteral("origin")).toInt());
    f.confidence = o.value(QStringLiteral("confidence")).toDouble();
    f.ruleId = o.value(QStringLiteral("rule")).toString();
    f.author = o.value(QStringLiteral("author")).toString();
    f.note = o.value(QStringLiteral("note")).toString();
    for (const QJsonValue &value : o.value(QStringLiteral("evidence")).toArray()) {
        const QJsonArray e = value.toArray();
        f.evidence.append({e.at(0).toInt(), e.at(1).toInt(), e.at(2).toString(), e.at(3).toString(), e.at(4).toString(),
                           e.at(5).toBool()});
    }
    f.created = time(o.value(QStringLiteral("created")));
    f.modified = time(o.value(QStringLiteral("modified")));
    f.version.value = o.value(QStringLiteral("version")).toInt();
    return f;
}

template<typename Row>
QJsonArray rows(const QList<RowChange<Row>> &changes)
{
    QJsonArray array;
    for (const RowChange<Row> &change : changes) {
        array.append(QJsonObject{{QStringLiteral("before"), change.before ? QJsonValue(toJson(*change.before)) : QJsonValue()},
                                 {QStringLiteral("after"), change.after ? QJsonValue(toJson(*change.after)) : QJsonValue()}});
    }
    return array;
}

template<typename Row>
QList<RowChange<Row>> rows(const QJsonValue &value, Row (*from)(const QJsonObject &))
{
    QList<RowChange<Row>> result;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        RowChange<Row> change;
        if (o.value(QStringLiteral("before")).isObject())
            change.before = from(o.value(QStringLiteral("before")).toObject());
        if (o.value(QStringLiteral("after")).isObject())
            change.after = from(o.value(QStringLiteral("after")).toObject());
        result.append(change);
    }
    return result;
}

} // namespace

QByteArray encode(const StoreChange &change)
{
    QJsonObject o;
    o.insert(QStringLiteral("added"), ids(change.addedArticles));
    o.insert(QStringLiteral("changed"), ids(change.changedArticles));
    o.insert(QStringLiteral("removed"), ids(change.removedArticles));
    o.insert(QStringLiteral("summary"), ids(QList<qint64>(change.summaryArticles.begin(), change.summaryArticles.end())));
    o.insert(QStringLiteral("annotations"), rows(change.annotations));
    o.insert(QStringLiteral("entities"), rows(change.entities));
    o.insert(QStringLiteral("facts"), rows(change.facts));
    o.insert(QStringLiteral("lexicon"), change.lexiconChanged);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

StoreChange decode(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    StoreChange change;
    change.addedArticles = ids(o.value(QStringLiteral("added")));
    change.changedArticles = ids(o.value(QStringLiteral("changed")));
    change.removedArticles = ids(o.value(QStringLiteral("removed")));
    const QList<qint64> summary = ids(o.value(QStringLiteral("summary")));
    change.summaryArticles = QSet<qint64>(summary.begin(), summary.end());
    change.annotations = rows<Annotation>(o.value(QStringLiteral("annotations")), annotationFrom);
    change.entities = rows<Entity>(o.value(QStringLiteral("entities")), entityFrom);
    change.facts = rows<Fact>(o.value(QStringLiteral("facts")), factFrom);
    change.lexiconChanged = o.value(QStringLiteral("lexicon")).toBool();
    return change;
}

QString articleList(const StoreChange &change)
{
    QList<qint64> articles = change.touchedArticles().values();
    std::sort(articles.begin(), articles.end());
    QStringList names;
    for (qint64 id : articles)
        names.append(QString::number(id));
    return names.join(QLatin1Char(','));
}

} // namespace Gazette::ChangeCodec
