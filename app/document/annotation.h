// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Gazette {

enum class Origin { Auto, Manual };

// A row's version in the library: each write of an annotation or fact raises it, and a write
// that names an older version is refused, so that two annotators never overwrite each other
// unseen (optimistic concurrency). Bookkeeping, not content: values that differ only in their
// version compare equal.
struct RowVersion
{
    int value = 0;
    friend bool operator==(const RowVersion &, const RowVersion &) { return true; }
};
enum class AnnotationStatus { Suggested, Accepted, Rejected };

// A labelled span of an article's text. start/end are UTF-16 offsets into Article::text, end
// exclusive. quote, prefix and suffix (up to ContextLength characters either side) let the span
// be found again when the text changes (see Anchoring).
struct Annotation
{
    static constexpr int ContextLength = 32;

    qint64 id = 0;
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QString label;
    QString quote;
    QString prefix;
    QString suffix;
    Origin origin = Origin::Manual;
    AnnotationStatus status = AnnotationStatus::Accepted;
    double confidence = 1.0;
    QString ruleId;         // the extraction rule that proposed it; empty for manual spans
    qint64 entityId = 0;    // 0: not linked
    QString author;
    QString note;
    bool orphaned = false;  // could not be re-anchored after a text change
    QDateTime created;
    QDateTime modified;
    RowVersion version;

    int length() const { return end - start; }
    bool isValid() const { return end > start && start >= 0 && !label.isEmpty(); }

    // Fills quote, prefix and suffix from the text for the current start/end.
    void setContextFrom(const QString &text);

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

struct Entity
{
    qint64 id = 0;
    QString name;           // canonical name, e.g. "Joe Tsai"
    QString label;          // PERSON, ORG, ...
    QStringList aliases;    // other names seen for it, e.g. "Tsai"
    QString externalId;     // e.g. a Wikidata QID
    QString notes;
    QDateTime created;
    QDateTime modified;

    bool isValid() const { return !name.isEmpty() && !label.isEmpty(); }
    friend bool operator==(const Entity &, const Entity &) = default;
};

// A span of text that supports a fact.
struct Evidence
{
    int start = 0;
    int end = 0;
    QString quote;
    QString prefix;
    QString suffix;
    bool orphaned = false;

    void setContextFrom(const QString &text);
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

// A statement the article makes: "Alibaba - partner of - Apple", "Huawei - market share - 16% - 2023".
struct Fact
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString kind;           // partnership, role, statistic, launch, competition, quote, ...
    qint64 subjectEntityId = 0;
    QString subjectText;    // as written, also when no entity is linked
    QString predicate;
    qint64 objectEntityId = 0;
    QString objectText;     // object as written, or the literal value ("16%")
    QString value;          // normalised value, e.g. "16"
    QString unit;           // e.g. "%", "USD"
    QString time;           // ISO 8601 date or period, e.g. "2023"
    AnnotationStatus status = AnnotationStatus::Suggested;
    Origin origin = Origin::Auto;
    double confidence = 1.0;
    QString ruleId;
    QString author;
    QString note;
    QList<Evidence> evidence;
    QDateTime created;
    QDateTime modified;
    RowVersion version;

    bool isValid() const { return !kind.isEmpty() && !predicate.isEmpty(); }
    friend bool operator==(const Fact &, const Fact &) = default;
};

enum class Verdict { Accept, Reject };

// What the reader taught Gazette: this surface form is (or is not) this label.
struct LexiconEntry
{
    QString surface;
    QString label;
    Verdict verdict = Verdict::Accept;
    int count = 0;
    friend bool operator==(const LexiconEntry &, const LexiconEntry &) = default;
};

QString annotationStatusName(AnnotationStatus status);

} // namespace Gazette

// Every member moves by memcpy (QString, QList and QDateTime are relocatable): a list of a
// million spans grows by realloc in place instead of a second block while it moves.
Q_DECLARE_TYPEINFO(Gazette::Annotation, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Gazette::Entity, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Gazette::Evidence, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Gazette::Fact, Q_RELOCATABLE_TYPE);
