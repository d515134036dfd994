// SPDX-License-Identifier: GPL-3.0-or-later
// The data formats: Gazette JSON, W3C Web Annotation JSON-LD, brat standoff, CoNLL IOB2,
// spaCy JSON lines, CSV.
#include "dataformat.h"

#include "schema/labelset.h"
#include "streamwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QBuffer>
#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>

namespace Gazette {

namespace {

QString statusName(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested:
        return QStringLiteral("suggested");
    case AnnotationStatus::Accepted:
        return QStringLiteral("accepted");
    case AnnotationStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

AnnotationStatus statusFromName(const QString &name)
{
    if (name == QLatin1String("suggested"))
        return AnnotationStatus::Suggested;
    if (name == QLatin1String("rejected"))
        return AnnotationStatus::Rejected;
    return AnnotationStatus::Accepted;
}

QString reviewName(ReviewStatus status)
{
    return status == ReviewStatus::New ? QStringLiteral("new") : status == ReviewStatus::InReview ? QStringLiteral("in-review") : QStringLiteral("done");
}

ReviewStatus reviewFromName(const QString &name)
{
    return name == QLatin1String("in-review") ? ReviewStatus::InReview : name == QLatin1String("done") ? ReviewStatus::Done : ReviewStatus::New;
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

void writeArticle(JsonStreamWriter &json, const Article &a)
{
    json.beginObject();
    json.field(QLatin1StringView("headline"), a.headline);
    json.field(QLatin1StringView("byline"), a.byline);
    json.field(QLatin1StringView("source"), a.source);
    json.field(QLatin1StringView("url"), a.uri);
    json.field(QLatin1StringView("published"), iso(a.published));
    json.field(QLatin1StringView("language"), a.language);
    json.field(QLatin1StringView("review_status"), reviewName(a.reviewStatus));
    json.field(QLatin1StringView("text"), a.text);
    json.endObject();
}

QString originName(Origin origin)
{
    return origin == Origin::Auto ? QStringLiteral("auto") : QStringLiteral("manual");
}

Article articleFromJson(const QJsonObject &o)
{
    Article a;
    a.headline = o.value(QStringLiteral("headline")).toString();
    a.byline = o.value(QStringLiteral("byline")).toString();
    a.source = o.value(QStringLiteral("source")).toString();
    a.uri = o.value(QStringLiteral("url")).toString();
    a.published = fromIso(o.value(QStringLiteral("published")).toString());
    a.language = o.value(QStringLiteral("language")).toString();
    a.reviewStatus = reviewFromName(o.value(QStringLiteral("review_status")).toString());
    a.text = o.value(QStringLiteral("text")).toString();
    return a;
}

// Whether an export includes a span (rejected spans and, when asked, suggestions are left out).
bool isIncluded(const Annotation &a, const ExportOptions &options)
{
    if (a.status == AnnotationStatus::Rejected)
        return false;
    return !options.onlyAccepted || a.status == AnnotationStatus::Accepted;
}

// The article's own spans in text order (start, end, id), as a source: how writeTo() hands a
// document in hand to the streaming writer, the order a library's source has too.
DataFormat::SpanSource inTextOrder(const AnnotatedArticle &doc)
{
    return [&doc](const DataFormat::SpanVisitor &visit) {
        QList<const Annotation *> spans;
        spans.reserve(doc.annotations.size());
        for (const Annotation &a : doc.annotations)
            spans.append(&a);
        std::sort(spans.begin(), spans.end(), [](const Annotation *x, const Annotation *y) {
            return std::tie(x->start, x->end, x->id) < std::tie(y->start, y->end, y->id);
        });
        for (const Annotation *a : std::as_const(spans))
            visit(*a);
        return true;
    };
}

// Watches that spans come in text order (start, end, id). The writers that number spans (brat)
// or walk them with the text (CoNLL) rely on it; from a source out of order they write nothing
// more and fail, rather than write wrong numbers or tags.
class TextOrder
{
public:
    // False (from then on) once a span comes before the one before it.
    bool accept(const Annotation &a)
    {
        if (m_broken)
            return false;
        if (m_seen && std::tie(a.start, a.end, a.id) < std::tie(m_start, m_end, m_id)) {
            m_broken = true;
            return false;
        }
        m_seen = true;
        m_start = a.start;
        m_end = a.end;
        m_id = a.id;
        return true;
    }
    bool broken() const { return m_broken; }

private:
    bool m_seen = false;
    bool m_broken = false;
    int m_start = 0;
    int m_end = 0;
    qint64 m_id = 0;
};

// ---------------------------------------------------------------------------------------------
class GazetteJsonFormat final : public DataFormat
{
    // Its words under its own name, where lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(Gazette::GazetteJsonFormat)

public:
    QString id() const override { return QStringLiteral("json"); }
    QString displayName() const override { return tr("Gazette JSON (everything)"); }
    QString mainSuffix() const override { return QStringLiteral(".json"); }
    QStringList limitations() const override { return {}; }

    bool writeTo(const AnnotatedArticle &doc, const ExportOptions &options, FileSink &sink) const override
    {
        return writeStreamed(doc, [&doc](const SpanVisitor &visit) {
            for (const Annotation &a : doc.annotations)
                visit(a);
            return true;
        }, options, sink);
    }

    bool writeStreamed(const AnnotatedArticle &doc, const SpanSource &spans, const ExportOptions &options, FileSink &sink) const override
    {
        QIODevice *device = sink.open(mainSuffix());
        if (!device)
            return false;
        TextStreamOut out(device);
        JsonStreamWriter json(out, 2);
        using L = QLatin1StringView;
        json.beginObject();
        json.field(L("format"), L("gazette"));
        json.field(L("version"), 1);
        json.key(L("article"));
        writeArticle(json, doc.article);
        json.key(L("annotations"));
        json.beginArray();
        // Everything: rejected spans too, since they teach as much as accepted ones.
        const bool read = spans([&](const Annotation &a) {
            if (options.onlyAccepted && a.status != AnnotationStatus::Accepted)
                return;
            json.beginObject();
            json.field(L("id"), a.id);
            json.field(L("start"), a.start);
            json.field(L("end"), a.end);
            json.field(L("label"), a.label);
            json.field(L("text"), a.quote);
            json.field(L("status"), statusName(a.status));
            json.field(L("origin"), originName(a.origin));
            json.field(L("rule"), a.ruleId);
            json.field(L("confidence"), a.confidence);
            json.field(L("entity"), a.entityId);
            json.field(L("author"), a.author);
            json.field(L("note"), a.note);
            json.field(L("orphaned"), a.orphaned);
            json.endObject();
        });
        if (!read)
            return false;
        json.endArray();
        json.key(L("entities"));
        json.beginArray();
        for (const Entity &e : doc.entities) {
            json.beginObject();
            json.field(L("id"), e.id);
            json.field(L("name"), e.name);
            json.field(L("label"), e.label);
            json.key(L("aliases"));
            json.beginArray();
            for (const QString &alias : e.aliases)
                json.value(alias);
            json.endArray();
            json.field(L("external_id"), e.externalId);
            json.field(L("notes"), e.notes);
            json.endObject();
        }
        json.endArray();
        json.key(L("facts"));
        json.beginArray();
        if (options.withFacts) {
            for (const Fact &f : doc.facts) {
                if (options.onlyAccepted && f.status != AnnotationStatus::Accepted)
                    continue;
                json.beginObject();
                json.field(L("id"), f.id);
                json.field(L("kind"), f.kind);
                json.field(L("subject_entity"), f.subjectEntityId);
                json.field(L("subject"), f.subjectText);
                json.field(L("predicate"), f.predicate);
                json.field(L("object_entity"), f.objectEntityId);
                json.field(L("object"), f.objectText);
                json.field(L("value"), f.value);
                json.field(L("unit"), f.unit);
                json.field(L("time"), f.time);
                json.field(L("status"), statusName(f.status));
                json.field(L("origin"), originName(f.origin));
                json.field(L("confidence"), f.confidence);
                json.field(L("rule"), f.ruleId);
                json.field(L("note"), f.note);
                json.key(L("evidence"));
                json.beginArray();
                for (const Evidence &e : f.evidence) {
                    json.beginObject();
                    json.field(L("start"), e.start);
                    json.field(L("end"), e.end);
                    json.field(L("text"), e.quote);
                    json.endObject();
                }
                json.endArray();
                json.endObject();
            }
        }
        json.endArray();
        json.endObject();
        return out.finish();
    }

    std::optional<AnnotatedArticle> read(const QMap<QString, QByteArray> &files, QString *error) const override
    {
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(files.value(mainSuffix()), &parse);
        if (!json.isObject() || json.object().value(QStringLiteral("format")).toString() != QLatin1String("gazette")) {
            *error = parse.error != QJsonParseError::NoError ? tr("Not valid JSON: %1").arg(parse.errorString())
                                                             : tr("Not a Gazette JSON file.");
            return std::nullopt;
        }
        const QJsonObject root = json.object();
        AnnotatedArticle doc;
        doc.article = articleFromJson(root.value(QStringLiteral("article")).toObject());
        for (const QJsonValue &v : root.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject o = v.toObject();
            Entity e;
            e.id = o.value(QStringLiteral("id")).toInteger();
            e.name = o.value(QStringLiteral("name")).toString();
            e.label = o.value(QStringLiteral("label")).toString();
            for (const QJsonValue &alias : o.value(QStringLiteral("aliases")).toArray())
                e.aliases.append(alias.toString());
            e.externalId = o.value(QStringLiteral("external_id")).toString();
            e.notes = o.value(QStringLiteral("notes")).toString();
            doc.entities.append(e);
        }
        const int length = int(doc.article.text.size());
        for (const QJsonValue &v : root.value(QStringLiteral("annotations")).toArray()) {
            const QJsonObject o = v.toObject();
            Annotation a;
            a.id = o.value(QStringLiteral("id")).toInteger();
            a.start = o.value(QStringLiteral("start")).toInt(-1);
            a.end = o.value(QStringLiteral("end")).toInt(-1);
            if (a.start < 0 || a.end > length || a.end <= a.start) {
                *error = tr("An annotation lies outside the text (%1–%2).").arg(a.start).arg(a.end);
                return std::nullopt;
            }
            a.label = o.value(QStringLiteral("label")).toString();
            a.status = statusFromName(o.value(QStringLiteral("status")).toString());
            a.origin = o.value(QStringLiteral("origin")).toString() == QLatin1String("auto") ? Origin::Auto : Origin::Manual;
            a.ruleId = o.value(QStringLiteral("rule")).toString();
            a.confidence = o.value(QStringLiteral("confidence")).toDouble(1.0);
            a.entityId = o.value(QStringLiteral("entity")).toInteger();
            a.author = o.value(QStringLiteral("author")).toString();
            a.note = o.value(QStringLiteral("note")).toString();
            a.orphaned = o.value(QStringLiteral("orphaned")).toBool();
            a.setContextFrom(doc.article.text);
            doc.annotations.append(a);
        }
        for (const QJsonValue &v : root.value(QStringLiteral("facts")).toArray()) {
            const QJsonObject o = v.toObject();
            Fact f;
            f.id = o.value(QStringLiteral("id")).toInteger();
            f.kind = o.value(QStringLiteral("kind")).toString();
            f.subjectEntityId = o.value(QStringLiteral("subject_entity")).toInteger();
            f.subjectText = o.value(QStringLiteral("subject")).toString();
            f.predicate = o.value(QStringLiteral("predicate")).toString();
            f.objectEntityId = o.value(QStringLiteral("object_entity")).toInteger();
            f.objectText = o.value(QStringLiteral("object")).toString();
            f.value = o.value(QStringLiteral("value")).toString();
            f.unit = o.value(QStringLiteral("unit")).toString();
            f.time = o.value(QStringLiteral("time")).toString();
            f.status = statusFromName(o.value(QStringLiteral("status")).toString());
            f.origin = o.value(QStringLiteral("origin")).toString() == QLatin1String("auto") ? Origin::Auto : Origin::Manual;
            f.confidence = o.value(QStringLiteral("confidence")).toDouble(1.0);
            f.ruleId = o.value(QStringLiteral("rule")).toString();
            f.note = o.value(QStringLiteral("note")).toString();
            for (const QJsonValue &e : o.value(QStringLiteral("evidence")).toArray()) {
                Evidence evidence;
                evidence.start = e.toObject().value(QStringLiteral("start")).toInt(-1);
                evidence.end = e.toObject().value(QStringLiteral("end")).toInt(-1);
                if (evidence.start < 0 || evidence.end > length || evidence.end <= evidence.start) {
                    *error = tr("The evidence of a fact lies outside the text (%1–%2).").arg(evidence.start).arg(evidence.end);
                    return std::nullopt;
                }
                evidence.setContextFrom(doc.article.text);
                f.evidence.append(evidence);
            }
            doc.facts.append(f);
        }
        return doc;
    }
};

// ---------------------------------------------------------------------------------------------
// brat standoff: T lines for spans (code points), A lines for status, # lines for notes and
// R lines for facts between two mentioned entities and for SAID (quote attribution).
class BratFormat final : public DataFormat
{
    // Its words under its own name, where lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(Gazette::BratFormat)

public:
    QString id() const override { return QStringLiteral("brat"); }
    QString displayName() const override { return tr("brat standoff (.txt + .ann)"); }
    QString mainSuffix() const override { return QStringLiteral(".ann"); }
    QStringList limitations() const override
    {
        return {tr("brat has no confidence, rule or author: they are left out."),
                tr("Entity links become brat normalizations (N lines, gazette:entity-ID); brat has no entity names or aliases."),
                tr("Facts become relations only when both sides are entities mentioned in the text; "
                   "facts with a literal value (such as 16%) are left out."),
                tr("A relation's evidence is read back as the text from one mention to the other; its kind and status are attributes (A lines).")};
    }

    bool writeTo(const AnnotatedArticle &doc, const ExportOptions &options, FileSink &sink) const override
    {
        return writeStreamed(doc, inTextOrder(doc), options, sink);
    }

    // One pass over the spans, in text order: T numbers are given as they come. What the R
    // lines after them need is kept as it passes, bounded by the article's entities and facts:
    // each entity's first mention, and the T numbers of the QUOTE spans a quote fact names.
    bool writeStreamed(const AnnotatedArticle &doc, const SpanSource &spans, const ExportOptions &options, FileSink &sink) const override
    {
        QIODevice *textDevice = sink.open(QStringLiteral(".txt"));
        if (!textDevice)
            return false;
        TextStreamOut text(textDevice);
        text << doc.article.text;
        if (!text.finish())
            return false;
        QIODevice *device = sink.open(mainSuffix());
        if (!device)
            return false;
        TextStreamOut ann(device);
        const CodePointIndex index(doc.article.text);
        QHash<qint64, QString> entityNames;
        for (const Entity &entity : doc.entities)
            entityNames.insert(entity.id, entity.name);
        auto oneLine = [](QString value) { return value.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' ')); };
        QSet<std::pair<int, int>> quotesNamed; // where the quote facts' quotes are
        if (options.withFacts) {
            for (const Fact &f : doc.facts) {
                if (f.kind == QLatin1String("quote") && !f.evidence.isEmpty())
                    quotesNamed.insert({f.evidence.first().start, f.evidence.first().end});
            }
        }
        QHash<qint64, int> firstMention; // entity id -> T number of its first mention
        QHash<std::pair<int, int>, int> quoteNumber; // a named QUOTE span's offsets -> its T number
        int t = 0, a = 0, n = 0, r = 0, normalizations = 0;
        TextOrder order;
        const bool read = spans([&](const Annotation &span) {
            if (!order.accept(span) || !isIncluded(span, options))
                return;
            ++t;
            if (span.entityId && !firstMention.contains(span.entityId))
                firstMention.insert(span.entityId, t);
            if (span.label == LabelSet::quoteLabel() && quotesNamed.contains({span.start, span.end}) && !quoteNumber.contains({span.start, span.end}))
                quoteNumber.insert({span.start, span.end}, t);
            ann << 'T' << t << '\t' << span.label << ' ' << index.toCodePoints(span.start) << ' ' << index.toCodePoints(span.end)
                << '\t' << oneLine(span.quote) << '\n';
            if (span.status != AnnotationStatus::Accepted)
                ann << 'A' << ++a << "\tStatus T" << t << ' ' << statusName(span.status) << '\n';
            if (!span.note.isEmpty())
                ann << '#' << ++n << "\tAnnotatorNotes T" << t << '\t' << QString(span.note).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
            if (span.entityId) {
                ann << 'N' << ++normalizations << "\tReference T" << t << " gazette:entity-" << span.entityId << '\t'
                    << oneLine(entityNames.value(span.entityId)) << '\n';
            }
        });
        if (!read || order.broken())
            return false;
        if (options.withFacts) {
            for (const Fact &f : doc.facts) {
                if (options.onlyAccepted && f.status != AnnotationStatus::Accepted)
                    continue;
                const int subject = firstMention.value(f.subjectEntityId);
                int object = firstMention.value(f.objectEntityId);
                // The quote is a QUOTE span: its T number is the object of SAID.
                if (f.kind == QLatin1String("quote") && !f.evidence.isEmpty())
                    object = quoteNumber.value({f.evidence.first().start, f.evidence.first().end}, object);
                if (!subject || !object)
                    continue;
                const QString type = f.kind == QLatin1String("quote") ? QStringLiteral("SAID") : QString(f.predicate).replace(QLatin1Char(' '), QLatin1Char('_'));
                ann << 'R' << ++r << '\t' << type << " Arg1:T" << subject << " Arg2:T" << object << '\n';
                // The fact's kind and status as attributes of the relation (SAID is a quote).
                if (f.kind != QLatin1String("quote") && !f.kind.contains(QLatin1Char(' ')) && !f.kind.isEmpty())
                    ann << 'A' << ++a << "\tKind R" << r << ' ' << f.kind << '\n';
                if (f.status != AnnotationStatus::Accepted)
                    ann << 'A' << ++a << "\tStatus R" << r << ' ' << statusName(f.status) << '\n';
            }
        }
        return ann.finish();
    }

    std::optional<AnnotatedArticle> read(const QMap<QString, QByteArray> &files, QString *error) const override
    {
        AnnotatedArticle doc;
        doc.article.text = QString::fromUtf8(files.value(QStringLiteral(".txt")));
        doc.article.headline = doc.article.text.section(QLatin1Char('\n'), 0, 0).trimmed();
        const CodePointIndex index(doc.article.text);
        QHash<QString, int> spanAt; // "T3" -> index in annotations
        QHash<QString, int> relationAt; // "R2" -> index in facts
        struct Arguments
        {
            int fact;
            int subject;
            int object;
        };
        QList<Arguments> arguments; // resolved at the end: N lines may come after R lines
        const QStringList lines = QString::fromUtf8(files.value(mainSuffix())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int lineNumber = 0;
        for (const QString &line : lines) {
            ++lineNumber;
            const QStringList fields = line.split(QLatin1Char('\t'));
            const QString id = fields.value(0);
            if (id.startsWith(QLatin1Char('T'))) {
                const QStringList type = fields.value(1).split(QLatin1Char(' '));
                bool okStart = false, okEnd = false;
                Annotation a;
                a.id = -(lineNumber);
                a.label = type.value(0);
                const int start = type.value(1).toInt(&okStart);
                const int end = type.value(type.size() - 1).toInt(&okEnd); // discontinuous spans: outer bounds
                a.start = index.toUtf16(start);
                a.end = index.toUtf16(end);
                if (!okStart || !okEnd || start < 0 || end <= start || end > index.codePointCount()) {
                    *error = tr("Line %1 of the .ann file is not a valid span: %2").arg(lineNumber).arg(line);
                    return std::nullopt;
                }
                a.setContextFrom(doc.article.text);
                if (a.quote.simplified() != fields.value(2).simplified()) {
                    *error = tr("Line %1: the text at %2–%3 is “%4”, not “%5”.").arg(lineNumber).arg(type.value(1), type.value(2), a.quote, fields.value(2));
                    return std::nullopt;
                }
                spanAt.insert(id, int(doc.annotations.size()));
                doc.annotations.append(a);
            } else if (id.startsWith(QLatin1Char('A'))) {
                const QStringList parts = fields.value(1).split(QLatin1Char(' '));
                if (parts.value(0) == QLatin1String("Status") && spanAt.contains(parts.value(1)))
                    doc.annotations[spanAt.value(parts.value(1))].status = statusFromName(parts.value(2));
                else if (parts.value(0) == QLatin1String("Status") && relationAt.contains(parts.value(1)))
                    doc.facts[relationAt.value(parts.value(1))].status = statusFromName(parts.value(2));
                else if (parts.value(0) == QLatin1String("Kind") && relationAt.contains(parts.value(1)) && !parts.value(2).isEmpty())
                    doc.facts[relationAt.value(parts.value(1))].kind = parts.value(2);
            } else if (id.startsWith(QLatin1Char('N'))) {
                // N1<TAB>Reference T3 gazette:entity-42<TAB>Kestrel Energy
                const QStringList parts = fields.value(1).split(QLatin1Char(' '));
                const QString reference = parts.value(2);
                if (spanAt.contains(parts.value(1)) && reference.startsWith(QLatin1String("gazette:entity-"))) {
                    const qint64 entityId = reference.mid(15).toLongLong();
                    Annotation &span = doc.annotations[spanAt.value(parts.value(1))];
                    span.entityId = entityId;
                    const bool known = std::any_of(doc.entities.cbegin(), doc.entities.cend(), [&](const Entity &e) { return e.id == entityId; });
                    if (entityId > 0 && !known) {
                        Entity entity;
                        entity.id = entityId;
                        entity.name = fields.value(2);
                        entity.label = span.label;
                        doc.entities.append(entity);
                    }
                }
            } else if (id.startsWith(QLatin1Char('#'))) {
                const QStringList parts = fields.value(1).split(QLatin1Char(' '));
                if (spanAt.contains(parts.value(1)))
                    doc.annotations[spanAt.value(parts.value(1))].note = fields.value(2);
            } else if (id.startsWith(QLatin1Char('R'))) {
                const QStringList parts = fields.value(1).split(QLatin1Char(' '));
                const QString arg1 = parts.value(1).section(QLatin1Char(':'), 1);
                const QString arg2 = parts.value(2).section(QLatin1Char(':'), 1);
                if (!spanAt.contains(arg1) || !spanAt.contains(arg2))
                    continue;
                const Annotation &subject = doc.annotations.at(spanAt.value(arg1));
                const Annotation &object = doc.annotations.at(spanAt.value(arg2));
                Fact f;
                f.kind = parts.value(0) == QLatin1String("SAID") ? QStringLiteral("quote") : QStringLiteral("relation");
                f.predicate = parts.value(0) == QLatin1String("SAID") ? QStringLiteral("said") : QString(parts.value(0)).replace(QLatin1Char('_'), QLatin1Char(' '));
                f.subjectText = subject.quote;
                f.objectText = object.quote;
                f.status = AnnotationStatus::Accepted;
                if (f.kind == QLatin1String("quote")) {
                    // A quote's evidence is the quote, then the mention that names its speaker.
                    for (const Annotation *span : {&object, &subject}) {
                        Evidence evidence;
                        evidence.start = span->start;
                        evidence.end = span->end;
                        evidence.setContextFrom(doc.article.text);
                        f.evidence.append(evidence);
                    }
                } else {
                    Evidence evidence;
                    evidence.start = std::min(subject.start, object.start);
                    evidence.end = std::max(subject.end, object.end);
                    evidence.setContextFrom(doc.article.text);
                    f.evidence = {evidence};
                }
                relationAt.insert(id, int(doc.facts.size()));
                arguments.append({int(doc.facts.size()), spanAt.value(arg1), spanAt.value(arg2)});
                doc.facts.append(f);
            }
        }
        // A relation's arguments are mentions: the fact names their entities.
        for (const Arguments &args : std::as_const(arguments)) {
            Fact &f = doc.facts[args.fact];
            f.subjectEntityId = doc.annotations.at(args.subject).entityId;
            f.objectEntityId = doc.annotations.at(args.object).entityId;
        }
        return doc;
    }
};


// ---------------------------------------------------------------------------------------------
// W3C Web Annotation Data Model: an AnnotationCollection whose items tag the article's text with
// a TextQuoteSelector and a TextPositionSelector (code points).
class W3cFormat final : public DataFormat
{
    // Its words under its own name, where lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(Gazette::W3cFormat)

public:
    QString id() const override { return QStringLiteral("jsonld"); }
    QString displayName() const override { return tr("W3C Web Annotation (JSON-LD)"); }
    QString mainSuffix() const override { return QStringLiteral(".jsonld"); }
    bool writesFacts() const override { return false; }
    QStringList limitations() const override
    {
        return {tr("Facts and entities are not part of the Web Annotation model: they are left out."),
                tr("Rule and confidence are kept as Gazette extension properties that other tools ignore.")};
    }

    bool writeTo(const AnnotatedArticle &doc, const ExportOptions &options, FileSink &sink) const override
    {
        return writeStreamed(doc, inTextOrder(doc), options, sink);
    }

    // Two passes over the spans: the collection's "total" comes before its items, so the first
    // pass counts them and the second writes them. When the second finds another number (the
    // article changed in between), the export fails rather than say a wrong total.
    bool writeStreamed(const AnnotatedArticle &doc, const SpanSource &spans, const ExportOptions &options, FileSink &sink) const override
    {
        QIODevice *device = sink.open(mainSuffix());
        if (!device)
            return false;
        TextStreamOut out(device);
        JsonStreamWriter json(out, 3);
        using L = QLatin1StringView;
        const CodePointIndex index(doc.article.text);
        qint64 total = 0;
        TextOrder counted;
        if (!spans([&](const Annotation &a) {
                if (counted.accept(a) && isIncluded(a, options))
                    ++total;
            })
            || counted.broken()) {
            return false;
        }
        const QString source = doc.article.uri.isEmpty() ? QStringLiteral("urn:gazette:article") : doc.article.uri;
        json.beginObject();
        json.key(L("@context"));
        json.beginArray();
        json.value(L("http://www.w3.org/ns/anno.jsonld"));
        json.beginObject();
        json.field(L("gazette"), L("urn:gazette:vocabulary#"));
        json.endObject();
        json.endArray();
        json.field(L("type"), L("AnnotationCollection"));
        json.field(L("label"), doc.article.headline);
        json.field(L("total"), total);
        json.key(L("gazette:article"));
        writeArticle(json, doc.article);
        json.key(L("first"));
        json.beginObject();
        json.field(L("type"), L("AnnotationPage"));
        json.key(L("items"));
        json.beginArray();
        qint64 written = 0;
        TextOrder order;
        const bool read = spans([&](const Annotation &a) {
            if (!order.accept(a) || !isIncluded(a, options))
                return;
            ++written;
            json.beginObject();
            json.field(L("type"), L("Annotation"));
            json.field(L("motivation"), L("tagging"));
            json.key(L("body"));
            json.beginObject();
            json.field(L("type"), L("TextualBody"));
            json.field(L("purpose"), L("tagging"));
            json.field(L("value"), a.label);
            json.endObject();
            json.key(L("target"));
            json.beginObject();
            json.field(L("source"), source);
            json.key(L("selector"));
            json.beginArray();
            json.beginObject();
            json.field(L("type"), L("TextQuoteSelector"));
            json.field(L("exact"), a.quote);
            json.field(L("prefix"), a.prefix);
            json.field(L("suffix"), a.suffix);
            json.endObject();
            json.beginObject();
            json.field(L("type"), L("TextPositionSelector"));
            json.field(L("start"), qint64(index.toCodePoints(a.start)));
            json.field(L("end"), qint64(index.toCodePoints(a.end)));
            json.endObject();
            json.endArray();
            json.endObject();
            json.field(L("gazette:status"), statusName(a.status));
            json.field(L("gazette:confidence"), a.confidence);
            json.field(L("gazette:rule"), a.ruleId);
            if (!a.author.isEmpty())
                json.field(L("creator"), a.author);
            if (a.created.isValid())
                json.field(L("created"), iso(a.created));
            json.endObject();
        });
        if (!read || order.broken() || written != total)
            return false;
        json.endArray();
        json.endObject();
        json.endObject();
        return out.finish();
    }

    std::optional<AnnotatedArticle> read(const QMap<QString, QByteArray> &files, QString *error) const override
    {
        const QJsonDocument json = QJsonDocument::fromJson(files.value(mainSuffix()));
        const QJsonObject root = json.object();
        if (root.value(QStringLiteral("type")).toString() != QLatin1String("AnnotationCollection")) {
            *error = tr("Not a Web Annotation collection.");
            return std::nullopt;
        }
        AnnotatedArticle doc;
        doc.article = articleFromJson(root.value(QStringLiteral("gazette:article")).toObject());
        const CodePointIndex index(doc.article.text);
        for (const QJsonValue &value : root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = value.toObject();
            Annotation a;
            a.label = item.value(QStringLiteral("body")).toObject().value(QStringLiteral("value")).toString();
            QString exact;
            bool positioned = false;
            for (const QJsonValue &selector : item.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray()) {
                const QJsonObject o = selector.toObject();
                if (o.value(QStringLiteral("type")).toString() == QLatin1String("TextPositionSelector")) {
                    const int start = o.value(QStringLiteral("start")).toInt(-1);
                    const int end = o.value(QStringLiteral("end")).toInt(-1);
                    if (start < 0 || end <= start || end > index.codePointCount()) {
                        *error = tr("An annotation lies outside the text (%1–%2).").arg(start).arg(end);
                        return std::nullopt;
                    }
                    a.start = index.toUtf16(start);
                    a.end = index.toUtf16(end);
                    positioned = true;
                } else if (o.value(QStringLiteral("type")).toString() == QLatin1String("TextQuoteSelector")) {
                    exact = o.value(QStringLiteral("exact")).toString();
                }
            }
            if (!positioned && !exact.isEmpty()) {
                a.start = int(doc.article.text.indexOf(exact));
                a.end = a.start + int(exact.size());
            }
            if (a.start < 0 || a.end <= a.start || a.end > doc.article.text.size()) {
                *error = tr("An annotation cannot be placed in the text.");
                return std::nullopt;
            }
            a.setContextFrom(doc.article.text);
            a.status = statusFromName(item.value(QStringLiteral("gazette:status")).toString());
            a.confidence = item.value(QStringLiteral("gazette:confidence")).toDouble(1.0);
            a.ruleId = item.value(QStringLiteral("gazette:rule")).toString();
            a.author = item.value(QStringLiteral("creator")).toString();
            a.origin = a.ruleId.isEmpty() ? Origin::Manual : Origin::Auto;
            doc.annotations.append(a);
        }
        return doc;
    }
};

// Sentences and tokens for CoNLL: QTextBoundaryFinder, punctuation as tokens of its own; one
// sentence at a time, so that a long article never has all its tokens in memory.
struct Token
{
    int start;
    int end;
};

// True when the sentence break the boundary finder put at boundary follows an abbreviation
// ("Jan.", "Dr.", an initial) rather than the end of a sentence.
bool endsWithAbbreviation(const QString &text, int from, int boundary)
{
    static const QRegularExpression always(
        QStringLiteral("(?:^|[^\\p{L}.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|"
                       "Mt|Ft|No|Nos|vs|[\\p{Lu}])\\.\\s*$"));
    static const QRegularExpression beforeLowerOrDigit(
        QStringLiteral("(?:^|[^\\p{L}.])(?:Inc|Corp|Co|Ltd|Bros|etc|approx|e\\.g|i\\.e|U\\.S|a\\.m|p\\.m)\\.\\s*$"));
    const QString before = text.mid(std::max(from, boundary - 16), boundary - std::max(from, boundary - 16));
    if (always.match(before).hasMatch())
        return true;
    const QChar next = text.at(boundary);
    return (next.isLower() || next.isDigit()) && beforeLowerOrDigit.match(before).hasMatch();
}

// The sentences of a text one at a time, each as its tokens (never none).
class SentenceReader
{
public:
    explicit SentenceReader(const QString &text)
        : m_text(text)
        , m_finder(QTextBoundaryFinder::Sentence, text)
    {
    }

    // The next sentence's tokens; false after the last sentence.
    bool next(QList<Token> *tokens)
    {
        while (!m_done) {
            const int from = m_start;
            int to = 0;
            const int boundary = int(m_finder.toNextBoundary());
            if (boundary < 0) {
                m_done = true;
                if (m_start >= m_text.size())
                    return false;
                to = int(m_text.size());
            } else {
                if (boundary < m_text.size() && endsWithAbbreviation(m_text, m_start, boundary))
                    continue; // "Jan. 23", "Dr. Okafor": the sentence goes on
                to = boundary;
                m_start = boundary;
            }
            *tokens = tokensOf(from, to);
            if (!tokens->isEmpty())
                return true;
        }
        return false;
    }

private:
    QList<Token> tokensOf(int from, int to) const
    {
        QList<Token> tokens;
        const QString part = m_text.mid(from, to - from);
        QTextBoundaryFinder words(QTextBoundaryFinder::Word, part);
        int previous = 0;
        for (int next = int(words.toNextBoundary()); next >= 0; next = int(words.toNextBoundary())) {
            const QStringView piece = QStringView(part).mid(previous, next - previous);
            if (!piece.trimmed().isEmpty())
                tokens.append({from + previous, from + next});
            previous = next;
        }
        return tokens;
    }

    const QString &m_text;
    QTextBoundaryFinder m_finder;
    int m_start = 0;
    bool m_done = false;
};

// ---------------------------------------------------------------------------------------------
// CoNLL-2003 style: one token per line with its IOB2 tag, a blank line between sentences.
class ConllFormat final : public DataFormat
{
    // Its words under its own name, where lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(Gazette::ConllFormat)

public:
    QString id() const override { return QStringLiteral("conll"); }
    QString displayName() const override { return tr("CoNLL-2003 IOB2 (NER training)"); }
    QString mainSuffix() const override { return QStringLiteral(".conll"); }
    bool writesFacts() const override { return false; }
    QStringList limitations() const override
    {
        return {tr("CoNLL has tokens and entity tags only: facts, quotes, statuses, notes, rules and confidence are left out; "
                   "read back, every span is accepted."),
                tr("Nested and overlapping spans cannot be expressed: the outermost span wins."),
                tr("The text is rebuilt from tokens separated by single spaces, so offsets change on import.")};
    }

    bool writeTo(const AnnotatedArticle &doc, const ExportOptions &options, FileSink &sink) const override
    {
        return writeStreamed(doc, inTextOrder(doc), options, sink);
    }

    // Tokens and spans both run in text order: one walk over the two, not one scan of the
    // spans per token. A token takes the first span in text order that holds it (the
    // outermost), from the few spans open around it. As each span comes, the tokens that end
    // before it are written: no span that comes later can hold them.
    bool writeStreamed(const AnnotatedArticle &doc, const SpanSource &spans, const ExportOptions &options, FileSink &sink) const override
    {
        QIODevice *device = sink.open(mainSuffix());
        if (!device)
            return false;
        TextStreamOut out(device);
        const QString &text = doc.article.text;
        struct OpenSpan
        {
            int start;
            int end;
            QString label;
        };
        QList<OpenSpan> open; // spans come that may still hold a token, in order
        SentenceReader sentences(text);
        QList<Token> sentence;
        qsizetype at = 0; // the next token of the sentence
        bool more = sentences.next(&sentence);
        // Writes the tokens that end at or before limit.
        const auto writeTokens = [&](qint64 limit) {
            while (more) {
                const Token token = sentence.at(at);
                if (token.end > limit)
                    return;
                open.removeIf([&token](const OpenSpan &span) { return span.end < token.end; });
                const OpenSpan *current = nullptr;
                for (const OpenSpan &span : std::as_const(open)) {
                    if (span.start <= token.start && token.end <= span.end) {
                        current = &span;
                        break;
                    }
                }
                QString word = text.mid(token.start, token.end - token.start);
                word.replace(QLatin1Char(' '), QLatin1Char('_'));
                out << word << ' ';
                if (!current) {
                    out << 'O';
                } else {
                    const bool begins = token.start == current->start
                        || QStringView(text).sliced(current->start, token.start - current->start).trimmed().isEmpty();
                    out << (begins ? "B-" : "I-") << current->label;
                }
                out << '\n';
                if (++at == sentence.size()) {
                    out << '\n';
                    at = 0;
                    more = sentences.next(&sentence);
                }
            }
        };
        out << "-DOCSTART- O\n\n";
        TextOrder order;
        const bool read = spans([&](const Annotation &a) {
            if (!order.accept(a) || !isIncluded(a, options) || a.label == LabelSet::quoteLabel())
                return;
            writeTokens(a.start);
            open.append({a.start, a.end, a.label});
        });
        if (!read || order.broken())
            return false;
        writeTokens(std::numeric_limits<qint64>::max());
        return out.finish();
    }

    std::optional<AnnotatedArticle> read(const QMap<QString, QByteArray> &files, QString *error) const override
    {
        AnnotatedArticle doc;
        QString text;
        std::optional<Annotation> open;
        auto close = [&] {
            if (open) {
                open->setContextFrom(text);
                doc.annotations.append(*open);
                open.reset();
            }
        };
        const QStringList lines = QString::fromUtf8(files.value(mainSuffix())).split(QLatin1Char('\n'));
        bool sentenceStarted = false;
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("-DOCSTART-")))
                continue;
            if (line.trimmed().isEmpty()) {
                close();
                if (sentenceStarted)
                    text += QLatin1Char('\n');
                sentenceStarted = false;
                continue;
            }
            const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (fields.size() < 2) {
                *error = tr("Not CoNLL: “%1” has no tag.").arg(line);
                return std::nullopt;
            }
            const QString tag = fields.last();
            if (sentenceStarted)
                text += QLatin1Char(' ');
            sentenceStarted = true;
            const int start = int(text.size());
            text += QString(fields.first()).replace(QLatin1Char('_'), QLatin1Char(' '));
            const int end = int(text.size());
            if (tag.startsWith(QLatin1String("B-")) || (tag.startsWith(QLatin1String("I-")) && (!open || open->label != tag.mid(2)))) {
                close();
                Annotation a;
                a.start = start;
                a.end = end;
                a.label = tag.mid(2);
                a.status = AnnotationStatus::Accepted;
                open = a;
            } else if (tag.startsWith(QLatin1String("I-"))) {
                open->end = end;
            } else {
                close();
            }
        }
        close();
        doc.article.text = text;
        doc.article.headline = text.section(QLatin1Char('\n'), 0, 0);
        for (Annotation &a : doc.annotations)
            a.setContextFrom(text);
        return doc;
    }
};

// ---------------------------------------------------------------------------------------------
// spaCy-style JSON lines: {"text": ..., "ents": [[start, end, label], ...]}, code points.
class SpacyFormat final : public DataFormat
{
    // Its words under its own name, where lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(Gazette::SpacyFormat)

public:
    QString id() const override { return QStringLiteral("spacy"); }
    QString displayName() const override { return tr("spaCy JSON lines"); }
    QString mainSuffix() const override { return QStringLiteral(".jsonl"); }
    bool writesFacts() const override { return false; }
    QStringList limitations() const override
    {
        return {tr("spaCy's format has the text and entity spans only: facts, notes, rules and confidence are left out."),
                tr("Statuses are kept in a Gazette key (\"gazette_status\") that spaCy ignores.")};
    }

    bool writeTo(const AnnotatedArticle &doc, const ExportOptions &options, FileSink &sink) const override
    {
        return writeStreamed(doc, inTextOrder(doc), options, sink);
    }

    // One pass over the spans, in text order. The statuses follow the entities in a list of
    // their own: one byte per entity is kept for them (a status, not the span), which is
    // also the same list whatever changes in the library meanwhile.
    bool writeStreamed(const AnnotatedArticle &doc, const SpanSource &spans, const ExportOptions &options, FileSink &sink) const override
    {
        QIODevice *device = sink.open(mainSuffix());
        if (!device)
            return false;
        TextStreamOut out(device);
        JsonStreamWriter json(out, 0); // one line per document
        using L = QLatin1StringView;
        const CodePointIndex index(doc.article.text);
        json.beginObject();
        json.field(L("text"), doc.article.text);
        json.key(L("ents"));
        json.beginArray();
        std::vector<quint8> statuses;
        TextOrder order;
        const bool read = spans([&](const Annotation &a) {
            if (!order.accept(a) || !isIncluded(a, options) || a.label == LabelSet::quoteLabel())
                return;
            json.beginArray();
            json.value(qint64(index.toCodePoints(a.start)));
            json.value(qint64(index.toCodePoints(a.end)));
            json.value(a.label);
            json.endArray();
            statuses.push_back(quint8(a.status));
        });
        if (!read || order.broken())
            return false;
        json.endArray();
        json.key(L("gazette_status")); // one per entity, in the same order
        json.beginArray();
        for (const quint8 status : statuses)
            json.value(statusName(AnnotationStatus(status)));
        json.endArray();
        json.endObject();
        return out.finish();
    }

    std::optional<AnnotatedArticle> read(const QMap<QString, QByteArray> &files, QString *error) const override
    {
        const QByteArray firstLine = files.value(mainSuffix()).split('\n').value(0);
        const QJsonObject line = QJsonDocument::fromJson(firstLine).object();
        if (!line.contains(QStringLiteral("text"))) {
            *error = tr("Not a spaCy JSON line: it has no \"text\".");
            return std::nullopt;
        }
        AnnotatedArticle doc;
        doc.article.text = line.value(QStringLiteral("text")).toString();
        doc.article.headline = doc.article.text.section(QLatin1Char('\n'), 0, 0).trimmed();
        const CodePointIndex index(doc.article.text);
        const QJsonArray statuses = line.value(QStringLiteral("gazette_status")).toArray();
        const QJsonArray ents = line.value(QStringLiteral("ents")).toArray();
        const int codePoints = index.codePointCount();
        for (qsizetype i = 0; i < ents.size(); ++i) {
            const QJsonArray ent = ents.at(i).toArray();
            const int start = ent.at(0).toInt(-1);
            const int end = ent.at(1).toInt(-1);
            if (start < 0 || end <= start || end > codePoints) {
                *error = tr("An entity lies outside the text (%1–%2).").arg(start).arg(end);
                return std::nullopt;
            }
            Annotation a;
            a.start = index.toUtf16(start);
            a.end = index.toUtf16(end);
            a.label = ent.at(2).toString();
            a.status = statuses.size() == ents.size() ? statusFromName(statuses.at(i).toString()) : AnnotationStatus::Accepted;
            a.setContextFrom(doc.article.text);
            doc.annotations.append(a);
        }
        return doc;
    }
};

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180, UTF-8, header row): the facts; the entities in a second file.
// A cell that starts with =, +, -, @, a tab or a carriage return is a formula to a spreadsheet
// (OWASP "CSV injection"): it gets a leading apostrophe, which spreadsheets show as text. A
// value that starts with an apostrophe gets one more, so that reading back strips exactly one.
//
// A cell is written as it goes, its value given in parts joined by a separator: a fact's
// evidence is one cell, and a relation the article states in every paragraph has a hundred
// thousand quotes, which are never joined into one string.
void writeCsvCell(TextStreamOut &out, qsizetype parts, const std::function<QStringView(qsizetype)> &part, QStringView separator = {})
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r'");
    std::optional<QChar> first;
    bool quoted = false;
    const auto look = [&](QStringView piece) {
        if (!first && !piece.isEmpty())
            first = piece.front();
        quoted = quoted || piece.contains(QLatin1Char(',')) || piece.contains(QLatin1Char('"')) || piece.contains(QLatin1Char('\n'))
            || piece.contains(QLatin1Char('\r'));
    };
    for (qsizetype i = 0; i < parts; ++i) {
        if (i > 0)
            look(separator);
        look(part(i));
    }
    // Inside quotes, a quote is doubled.
    const auto write = [&](QStringView piece) {
        if (quoted) {
            for (qsizetype at = piece.indexOf(QLatin1Char('"')); at >= 0; at = piece.indexOf(QLatin1Char('"'))) {
                out << piece.first(at + 1) << '"';
                piece = piece.sliced(at + 1);
            }
        }
        out << piece;
    };
    if (quoted)
        out << '"';
    if (first && formulaStarts.contains(*first))
        out << '\'';
    for (qsizetype i = 0; i < parts; ++i) {
        if (i > 0)
            write(separator);
        write(part(i));
    }
    if (quoted)
        out << '"';
}

void writeCsvCell(TextStreamOut &out, QStringView value)
{
    writeCsvCell(out, 1, [value](qsizetype) { return value; });
}

// The value of a cell writeCsvCell() wrote.
QString csvValue(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(csvValue(field));
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(csvValue(field));
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(csvValue(field));
        rows.append(row);
    }
    return rows;
}

class CsvFormat final : public DataFormat
{
    // Its words under its own name, where lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(Gazette::CsvFormat)

public:
    QString id() const override { return QStringLiteral("csv"); }
    QString displayName() const override { return tr("CSV of facts and entities"); }
    QString mainSuffix() const override { return QStringLiteral(".facts.csv"); }
    QStringList limitations() const override
    {
        return {tr("CSV holds facts and entities, not the article's text or its spans: annotations are left out."),
                tr("Cells that a spreadsheet would run as a formula (starting with =, +, -, @) start with an apostrophe.")};
    }

    bool writeTo(const AnnotatedArticle &doc, const ExportOptions &options, FileSink &sink) const override
    {
        return writeStreamed(doc, inTextOrder(doc), options, sink);
    }

    // The spans are only counted, per entity, in one pass in any order.
    bool writeStreamed(const AnnotatedArticle &doc, const SpanSource &spans, const ExportOptions &options, FileSink &sink) const override
    {
        const QStringList factHeader = {QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("predicate"), QStringLiteral("object"),
                                        QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("time"), QStringLiteral("status"),
                                        QStringLiteral("confidence"), QStringLiteral("rule"), QStringLiteral("evidence"), QStringLiteral("article"),
                                        QStringLiteral("subject_entity"), QStringLiteral("object_entity")};
        QIODevice *factsDevice = sink.open(mainSuffix());
        if (!factsDevice)
            return false;
        TextStreamOut facts(factsDevice);
        facts << factHeader.join(QLatin1Char(',')) << "\r\n";
        QSet<qint64> named; // entities the facts name: listed whatever their mentions
        auto entityCell = [](qint64 id) { return id ? QString::number(id) : QString(); };
        for (const Fact &f : doc.facts) {
            if (options.onlyAccepted && f.status != AnnotationStatus::Accepted)
                continue;
            named << f.subjectEntityId << f.objectEntityId;
            for (const QString &field : {f.kind, f.subjectText, f.predicate, f.objectText, f.value, f.unit, f.time, statusName(f.status),
                                         QString::number(f.confidence, 'g', 4), f.ruleId}) {
                writeCsvCell(facts, field);
                facts << ',';
            }
            writeCsvCell(facts, f.evidence.size(), [&f](qsizetype i) { return QStringView(f.evidence.at(i).quote); }, u" \u2026 ");
            facts << ',';
            writeCsvCell(facts, doc.article.headline);
            facts << ',';
            writeCsvCell(facts, entityCell(f.subjectEntityId));
            facts << ',';
            writeCsvCell(facts, entityCell(f.objectEntityId));
            facts << "\r\n";
        }
        if (!facts.finish())
            return false;
        QIODevice *entitiesDevice = sink.open(QStringLiteral(".entities.csv"));
        if (!entitiesDevice)
            return false;
        TextStreamOut entities(entitiesDevice);
        entities << "name,label,aliases,external_id,mentions,id\r\n";
        QHash<qint64, int> mentions;
        const bool read = spans([&](const Annotation &a) {
            if (a.entityId && isIncluded(a, options))
                ++mentions[a.entityId];
        });
        if (!read)
            return false;
        for (const Entity &e : doc.entities) {
            const int count = mentions.value(e.id);
            if (count == 0 && !named.contains(e.id))
                continue; // all its mentions rejected (or left out), and no fact names it: not an entity of this export
            for (const QString &field : {e.name, e.label}) {
                writeCsvCell(entities, field);
                entities << ',';
            }
            writeCsvCell(entities, e.aliases.size(), [&e](qsizetype i) { return QStringView(e.aliases.at(i)); }, u";");
            entities << ',';
            writeCsvCell(entities, e.externalId);
            entities << ',' << count << ',' << e.id << "\r\n";
        }
        return entities.finish();
    }

    std::optional<AnnotatedArticle> read(const QMap<QString, QByteArray> &files, QString *error) const override
    {
        AnnotatedArticle doc;
        const QList<QStringList> facts = parseCsv(QString::fromUtf8(files.value(mainSuffix())));
        if (facts.isEmpty() || facts.first().value(0) != QLatin1String("kind")) {
            *error = tr("Not a Gazette facts CSV: the header row is missing.");
            return std::nullopt;
        }
        for (qsizetype i = 1; i < facts.size(); ++i) {
            const QStringList &row = facts.at(i);
            if (row.size() < 10)
                continue;
            Fact f;
            f.kind = row.at(0);
            f.subjectText = row.at(1);
            f.predicate = row.at(2);
            f.objectText = row.at(3);
            f.value = row.at(4);
            f.unit = row.at(5);
            f.time = row.at(6);
            f.status = statusFromName(row.at(7));
            f.confidence = row.at(8).toDouble();
            f.ruleId = row.at(9);
            doc.article.headline = row.value(11);
            f.subjectEntityId = row.value(12).toLongLong();
            f.objectEntityId = row.value(13).toLongLong();
            doc.facts.append(f);
        }
        const QList<QStringList> entities = parseCsv(QString::fromUtf8(files.value(QStringLiteral(".entities.csv"))));
        for (qsizetype i = 1; i < entities.size(); ++i) {
            const QStringList &row = entities.at(i);
            if (row.size() < 4)
                continue;
            Entity e;
            e.name = row.at(0);
            e.label = row.at(1);
            e.aliases = row.at(2).isEmpty() ? QStringList() : row.at(2).split(QLatin1Char(';'));
            e.externalId = row.at(3);
            e.id = row.value(5).toLongLong(); // what the facts' subject_entity and object_entity refer to
            doc.entities.append(e);
        }
        return doc;
    }
};

} // namespace

QList<const Annotation *> DataFormat::includedSpans(const AnnotatedArticle &document, const ExportOptions &options)
{
    QList<const Annotation *> result;
    result.reserve(document.annotations.size());
    for (const Annotation &a : document.annotations) {
        if (isIncluded(a, options))
            result.append(&a);
    }
    std::sort(result.begin(), result.end(), [](const Annotation *x, const Annotation *y) {
        return std::tie(x->start, x->end, x->id) < std::tie(y->start, y->end, y->id);
    });
    return result;
}

bool DataFormat::writeStreamed(const AnnotatedArticle &document, const SpanSource &spans, const ExportOptions &options, FileSink &sink) const
{
    AnnotatedArticle whole = document;
    whole.annotations.clear();
    if (!spans([&whole](const Annotation &a) { whole.annotations.append(a); }))
        return false;
    return writeTo(whole, options, sink);
}

QList<Annotation> DataFormat::included(const AnnotatedArticle &document, const ExportOptions &options)
{
    QList<Annotation> result;
    for (const Annotation *a : includedSpans(document, options))
        result.append(*a);
    return result;
}

QMap<QString, QByteArray> DataFormat::write(const AnnotatedArticle &document, const ExportOptions &options) const
{
    // Buffers that hand their bytes over when the writing is done.
    struct MemorySink final : FileSink
    {
        std::map<QString, std::unique_ptr<QBuffer>> buffers;
        QIODevice *open(const QString &suffix) override
        {
            auto buffer = std::make_unique<QBuffer>();
            buffer->open(QIODevice::WriteOnly);
            QIODevice *device = buffer.get();
            buffers[suffix] = std::move(buffer);
            return device;
        }
    } sink;
    QMap<QString, QByteArray> files;
    if (!writeTo(document, options, sink))
        return files;
    for (const auto &[suffix, buffer] : sink.buffers)
        files.insert(suffix, buffer->data());
    return files;
}

const std::vector<std::unique_ptr<DataFormat>> &DataFormat::all()
{
    static const std::vector<std::unique_ptr<DataFormat>> formats = [] {
        std::vector<std::unique_ptr<DataFormat>> list;
        list.push_back(std::make_unique<GazetteJsonFormat>());
        list.push_back(std::make_unique<W3cFormat>());
        list.push_back(std::make_unique<BratFormat>());
        list.push_back(std::make_unique<ConllFormat>());
        list.push_back(std::make_unique<SpacyFormat>());
        list.push_back(std::make_unique<CsvFormat>());
        return list;
    }();
    return formats;
}

const DataFormat *DataFormat::byId(const QString &id)
{
    for (const auto &format : all()) {
        if (format->id() == id)
            return format.get();
    }
    return nullptr;
}

} // namespace Gazette
