// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractor.h"

#include "numberrules.h"
#include "phrasematcher.h"
#include "quoterules.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <mutex>

namespace Gazette {

namespace {

// The gazetteers, loaded once per process (compiled in as resources).
struct Gazetteers
{
    PhraseMatcher places;
    QSet<QString> givenNames;
};

const Gazetteers &gazetteers()
{
    static Gazetteers data;
    static std::once_flag once;
    std::call_once(once, [] {
        for (const char *name : {":/gazetteers/countries.tsv", ":/gazetteers/regions.tsv", ":/gazetteers/cities.tsv"}) {
            QFile file(QString::fromLatin1(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (const QByteArray &line : lines) {
                const QString place = QString::fromUtf8(line.left(line.indexOf('\t')));
                if (place.size() > 2)
                    data.places.add(place, 0);
            }
        }
        data.places.build();
        // The list has a few words that begin sentences far more often than they name people.
        static const QStringList notNames = {
            QStringLiteral("The"), QStringLiteral("Will"), QStringLiteral("May"), QStringLiteral("June"), QStringLiteral("April"),
            QStringLiteral("August"), QStringLiteral("Jan"), QStringLiteral("Mark"), QStringLiteral("Sunday"), QStringLiteral("Bill"),
            QStringLiteral("Chase"), QStringLiteral("Grant"), QStringLiteral("Guy"), QStringLiteral("Sue"), QStringLiteral("Rich")};
        QFile names(QStringLiteral(":/gazetteers/given-names.txt"));
        if (names.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : names.readAll().split('\n')) {
                const QString name = QString::fromUtf8(line.trimmed());
                if (!name.isEmpty() && !notNames.contains(name))
                    data.givenNames.insert(name);
            }
        }
    });
    return data;
}

const QString Capitalised = QStringLiteral("[A-Z][\\w’'&.-]*[\\w]");

bool overlaps(const QList<Annotation> &spans, int start, int end)
{
    for (const Annotation &a : spans) {
        if (a.start < end && start < a.end && a.label != QLatin1String("QUOTE"))
            return true;
    }
    return false;
}

Annotation suggestion(int start, int end, const QString &label, const QString &rule, double confidence)
{
    Annotation a;
    a.start = start;
    a.end = end;
    a.label = label;
    a.ruleId = rule;
    a.confidence = confidence;
    a.origin = Origin::Auto;
    a.status = AnnotationStatus::Suggested;
    return a;
}

} // namespace

Extractor::Result Extractor::extract(const Article &article, const QList<LexiconEntry> &lexicon)
{
    const QString &text = article.text;
    QList<Annotation> spans;
    auto add = [&](Annotation a) {
        if (a.end > a.start && !overlaps(spans, a.start, a.end))
            spans.append(a);
    };

    // The reader's lexicon first: accepted forms are found again with their labels.
    QSet<QPair<QString, QString>> rejected;
    PhraseMatcher learned;
    QList<LexiconEntry> accepted;
    for (const LexiconEntry &entry : lexicon) {
        if (entry.verdict == Verdict::Reject) {
            rejected.insert({entry.surface, entry.label});
        } else {
            learned.add(entry.surface, int(accepted.size()));
            accepted.append(entry);
        }
    }
    learned.build();
    for (const auto &m : PhraseMatcher::longestLeftmost(learned.findAll(text)))
        add(suggestion(m.start, m.end, accepted.at(m.value).label, QStringLiteral("lexicon.accepted"), 0.95));

    // Dates, times, amounts.
    const QDate date = article.published.isValid() ? article.published.date() : QDate();
    for (const RuleMatch &m : findNumericEntities(text, date))
        add(suggestion(m.start, m.end, m.label, m.ruleId, m.confidence));

    // Whoever is named as the speaker of a quote is a person (or an organisation speaking).
    const QList<QuoteMatch> quotes = findQuotes(text);
    for (const QuoteMatch &q : quotes) {
        if (q.speakerStart >= 0 && !q.pronoun)
            add(suggestion(q.speakerStart, q.speakerEnd, QStringLiteral("PERSON"), QStringLiteral("person.speaker"), 0.8));
    }

    // People with a title, or a known given name followed by a capitalised surname.
    static const QRegularExpression titled(
        QStringLiteral("\\b(?:Mr|Mrs|Ms|Dr|Prof|President|Prime Minister|Chairman|Chairwoman|Minister|Senator|Governor|CEO|Chief Executive)\\.?\\s+(?<name>%1(?:\\s+%1){0,2})")
            .arg(Capitalised));
    for (auto it = titled.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(suggestion(int(m.capturedStart(QStringLiteral("name"))), int(m.capturedEnd(QStringLiteral("name"))), QStringLiteral("PERSON"),
                       QStringLiteral("person.title"), 0.85));
    }
    static const QRegularExpression twoNames(QStringLiteral("\\b(?<first>[A-Z][a-z]+)\\s+(?<rest>(?:[A-Z][\\w’'-]*[a-z]\\s+)?[A-Z][\\w’'-]*[a-z])\\b"));
    for (auto it = twoNames.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (gazetteers().givenNames.contains(m.captured(QStringLiteral("first"))))
            add(suggestion(int(m.capturedStart()), int(m.capturedEnd()), QStringLiteral("PERSON"), QStringLiteral("person.given-name"), 0.75));
    }

    // Organisations by their name's last word.
    static const QRegularExpression organisation(
        QStringLiteral("\\b(?:%1\\s+){0,3}(?:Inc|Corp|Corporation|Group|Holdings|Ltd|Limited|LLC|PLC|AG|SA|Bank|University|Ministry|Agency|"
                       "Energy|Robotics|Research|Ferries|Airlines|Motors|Technologies|Systems|Capital|Institute|Council|Commission|"
                       "Authority|Association|Foundation|Federation|Exchange|Party)\\b\\.?").arg(Capitalised));
    for (auto it = organisation.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        // The name is the run of capitalised words before the suffix, up to a word that is no
        // part of a name ("Deal With Kestrel Energy" -> "Kestrel Energy").
        static const QStringList joiners = {QStringLiteral("The"), QStringLiteral("With"), QStringLiteral("And"), QStringLiteral("Of"),
                                            QStringLiteral("For"), QStringLiteral("To"), QStringLiteral("In"), QStringLiteral("On"),
                                            QStringLiteral("At"), QStringLiteral("By"), QStringLiteral("From"), QStringLiteral("As")};
        int start = int(m.capturedStart());
        const QStringList words = m.captured().split(QLatin1Char(' '));
        int keepFrom = 0;
        for (int w = 0; w < words.size() - 1; ++w) {
            if (joiners.contains(words.at(w)))
                keepFrom = w + 1;
        }
        for (int w = 0; w < keepFrom; ++w)
            start += int(words.at(w).size()) + 1;
        if (QStringView(text).mid(start, int(m.capturedEnd()) - start).contains(QLatin1Char(' ')))
            add(suggestion(start, int(m.capturedEnd()), QStringLiteral("ORG"), QStringLiteral("org.suffix"), 0.8));
    }

    // Places from the gazetteers ("Cupertino-based" gives Cupertino; whole words only).
    for (const auto &m : PhraseMatcher::longestLeftmost(gazetteers().places.findAll(text)))
        add(suggestion(m.start, m.end, QStringLiteral("GPE"), QStringLiteral("gazetteer.place"), 0.8));

    // What the reader rejected is no longer proposed.
    spans.removeIf([&](const Annotation &a) { return rejected.contains({text.mid(a.start, a.end - a.start), a.label}); });

    // Entities and in-article coreference: a later surname (or short form) joins the full name.
    Result result;
    QHash<QString, qint64> entityOf; // label + canonical name -> placeholder
    QHash<QString, qint64> shortForms;
    qint64 nextId = -1;
    std::sort(spans.begin(), spans.end(), [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
    static const QStringList named = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"), QStringLiteral("LOC"),
                                      QStringLiteral("NORP"), QStringLiteral("PRODUCT"), QStringLiteral("FAC"), QStringLiteral("EVENT")};
    for (Annotation &a : spans) {
        if (!named.contains(a.label))
            continue;
        const QString surface = text.mid(a.start, a.end - a.start).simplified();
        const QString key = a.label + QLatin1Char('|') + surface;
        qint64 id = entityOf.value(key, 0);
        if (!id)
            id = shortForms.value(key, 0);
        if (!id) {
            id = nextId--;
            Entity entity;
            entity.id = id;
            entity.name = surface;
            entity.label = a.label;
            result.entities.append(entity);
            entityOf.insert(key, id);
            const QStringList words = surface.split(QLatin1Char(' '));
            if (words.size() > 1) {
                shortForms.insert(a.label + QLatin1Char('|') + words.last(), id);
                if (a.label != QLatin1String("PERSON"))
                    shortForms.insert(a.label + QLatin1Char('|') + words.first(), id);
            }
        }
        a.entityId = id;
    }
    // Surnames alone that no rule found ("Tsai said"): labelled after their full name.
    for (auto it = shortForms.cbegin(); it != shortForms.cend(); ++it) {
        const QString label = it.key().section(QLatin1Char('|'), 0, 0);
        const QString word = it.key().section(QLatin1Char('|'), 1);
        if (word.size() < 3)
            continue;
        const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)));
        for (auto m = whole.globalMatch(text); m.hasNext();) {
            const auto match = m.next();
            if (rejected.contains({word, label}) || overlaps(spans, int(match.capturedStart()), int(match.capturedEnd())))
                continue;
            Annotation a = suggestion(int(match.capturedStart()), int(match.capturedEnd()), label, QStringLiteral("coref.short-form"), 0.7);
            a.entityId = it.value();
            spans.append(a);
        }
    }

    // Quotes and who said them.
    for (const QuoteMatch &q : quotes) {
        Annotation quote = suggestion(q.start, q.end, QStringLiteral("QUOTE"), q.ruleId, q.confidence);
        spans.append(quote);
        if (q.speakerStart < 0 || q.pronoun)
            continue;
        Fact said;
        said.kind = QStringLiteral("quote");
        said.subjectText = text.mid(q.speakerStart, q.speakerEnd - q.speakerStart);
        said.predicate = q.cue == QLatin1String("according to") ? QStringLiteral("said") : q.cue;
        said.objectText = text.mid(q.start, q.end - q.start);
        said.confidence = q.confidence;
        said.ruleId = QStringLiteral("fact.") + q.ruleId;
        said.evidence = {{q.start, q.end, {}, {}, {}, false}, {q.speakerStart, q.speakerEnd, {}, {}, {}, false}};
        for (Evidence &e : said.evidence)
            e.setContextFrom(text);
        for (const Annotation &a : std::as_const(spans)) {
            if (a.label == QLatin1String("PERSON") && a.start <= q.speakerStart && q.speakerEnd <= a.end)
                said.subjectEntityId = a.entityId;
        }
        result.facts.append(said);
    }
    std::sort(spans.begin(), spans.end(), [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
    for (Annotation &a : spans)
        a.setContextFrom(text);
    result.annotations = spans;
    return result;
}

} // namespace Gazette
