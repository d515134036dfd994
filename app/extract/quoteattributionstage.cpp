// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteattributionstage.h"

#include "extract/stagehelpers.h"

#include <algorithm>
#include <optional>

namespace Gazette {

namespace {

// The entity spans are sorted and never overlap: binary searches keep this linear in long texts.
struct Speakers
{
    QList<const Annotation *> people;
    QList<const Annotation *> peopleAndOrganisations;

    // "he said": the closest person named before the quote or its verb.
    const Annotation *closestPersonBefore(int position) const
    {
        auto it = std::partition_point(people.cbegin(), people.cend(), [&](const Annotation *a) { return a->end <= position; });
        return it != people.cbegin() ? *std::prev(it) : nullptr;
    }

    // A named speaker: the last person or organisation among the words the quote rules took.
    const Annotation *within(int start, int end) const
    {
        const Annotation *speaker = nullptr;
        auto it = std::partition_point(peopleAndOrganisations.cbegin(), peopleAndOrganisations.cend(), [&](const Annotation *a) { return a->end <= start; });
        for (; it != peopleAndOrganisations.cend() && (*it)->start < end; ++it)
            speaker = *it;
        return speaker;
    }
};

Annotation quoteSpan(const QString &text, const QuoteMatch &q)
{
    Annotation quote;
    quote.start = q.start;
    quote.end = q.end;
    quote.label = QStringLiteral("QUOTE");
    quote.ruleId = q.ruleId;
    quote.confidence = q.confidence;
    quote.origin = Origin::Auto;
    quote.status = AnnotationStatus::Suggested;
    quote.setContextFrom(text);
    return quote;
}

Evidence evidenceOf(const QString &text, int start, int end)
{
    Evidence evidence{start, end, {}, {}, {}, false};
    evidence.setContextFrom(text);
    return evidence;
}

// Who said the quote: the speaker's entity when one was found, else the words the quote rules
// took for the speaker; nothing for "he said" with no person before it.
std::optional<Fact> saidFact(const QString &text, const QuoteMatch &q, const Annotation *speaker)
{
    Fact said;
    said.kind = QStringLiteral("quote");
    said.predicate = q.cue == QLatin1String("according to") ? QStringLiteral("said") : q.cue;
    said.objectText = text.mid(q.start, q.end - q.start);
    said.confidence = q.pronoun ? q.confidence * 0.8 : q.confidence;
    said.ruleId = QStringLiteral("fact.") + q.ruleId + (q.pronoun ? QStringLiteral(".pronoun") : QString());
    said.evidence = {evidenceOf(text, q.start, q.end)};
    if (speaker) {
        said.subjectText = surfaceOf(text, *speaker);
        said.subjectEntityId = speaker->entityId;
        said.evidence.append(evidenceOf(text, speaker->start, speaker->end));
    } else if (!q.pronoun) {
        said.subjectText = text.mid(q.speakerStart, q.speakerEnd - q.speakerStart);
        said.evidence.append(evidenceOf(text, q.speakerStart, q.speakerEnd));
    } else {
        return std::nullopt;
    }
    return said;
}

} // namespace

void QuoteAttributionStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    Speakers speakers;
    for (const Annotation &a : context.spans.list()) {
        if (a.label == QLatin1String("PERSON"))
            speakers.people.append(&a);
        if (a.label == QLatin1String("PERSON") || a.label == QLatin1String("ORG"))
            speakers.peopleAndOrganisations.append(&a);
    }
    for (const QuoteMatch &q : std::as_const(context.quotes)) {
        context.quoteSpans.append(quoteSpan(text, q));
        if (q.speakerStart < 0)
            continue;
        const Annotation *speaker = q.pronoun ? speakers.closestPersonBefore(std::min(q.start, q.speakerStart)) : speakers.within(q.speakerStart, q.speakerEnd);
        if (std::optional<Fact> said = saidFact(text, q, speaker))
            context.facts.append(std::move(*said));
    }
}

} // namespace Gazette
