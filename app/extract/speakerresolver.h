// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "extract/tokenizer.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Gazette {

class Gazetteer;

struct ExtractionContext;

// Who a speaker phrase stands for, among the people and organisations of the article: the name
// inside it, "he" or "she" (the closest earlier person of that gender, when the given name says
// it), "the company" or "the Portuguese manager" (the closest earlier organisation or person),
// and the subject of a clause ("Hoxha, a former minister, called the allegations"). Mentions
// inside quotes never speak. Built once per article; lookups are binary searches.
class SpeakerResolver
{
public:
    enum class Gender { Unknown, Female, Male, Organisation };

    explicit SpeakerResolver(const ExtractionContext &context);

    // The speaker of the quote before the one being resolved: a pronoun no recent subject
    // fits goes to that speaker when the gender fits, within two paragraphs.
    void setPreviousSpeaker(const Annotation *speaker) { m_previousSpeaker = speaker; }

    // The last person or organisation inside [start, end).
    const Annotation *within(int start, int end) const;
    // "he", "she", "it", "they" before position.
    // othersAt: where the pronoun itself stands, when position is the start of its clause
    // ("Outside the court, with X at her side, she said": X is not "she").
    const Annotation *pronoun(QStringView word, int position, int othersAt = -1) const;
    // "the company", "the Spanish coach", "the judge": the closest earlier entity of that kind.
    // strict: only a mention the article called so ("the minister" -> "Defence Minister X",
    // "the bank" -> "... Bank"), or the nearest company for "the company"; no guess beyond.
    const Annotation *nominal(QStringView phrase, int position, bool strict = false) const;
    bool isNationality(QStringView phrase) const;
    // "the Dane", "the 24-year-old Scot": a person by nationality, as above, by the gazetteer given.
    static bool isNationality(QStringView phrase, const Gazetteer &gazetteer);
    // Whether a description names a person ("the 34-year-old", "the lawyer", "the Dane"), not
    // an organisation.
    bool describesAPerson(QStringView phrase) const;
    // The subject of the clause [start, verb): the first person (or, with none, organisation)
    // that is not the object of a preposition or a possessive; a pronoun subject is resolved.
    const Annotation *subjectOf(int start, int verb) const;
    // The last person or organisation before `verb` that is no object of a preposition: who a
    // participle speaks for ("the IMF released a tranche, saying ...").
    const Annotation *nearestActor(int start, int verb) const;

    static Gender genderOf(const QString &name);

private:
    bool isReportedSource(const Annotation &a, int sentenceStart) const;
    bool insideQuote(const Annotation &a) const;
    // The first person (or organisation, by the candidate's kind) of its sentence, not after a
    // preposition: "Kaczmarczyk, who accused Wiśniewska of ..., told PAP" has Kaczmarczyk.
    bool isSentenceSubject(const Annotation &a) const;
    // The nearest earlier candidate that fits and is the subject of its sentence, in the
    // paragraph of position or the one before it.
    const Annotation *nearestSubject(int position, Gender gender, const QStringList &others = {}) const;
    // The last words of the people a pronoun at position cannot be, by its own sentence: the one
    // at the subject's side ("with Leki Belo at her side, she said") and the one set against it
    // ("X had warned that ..., but she said").
    QStringList othersBeside(int position) const;
    bool isOneOf(const Annotation &a, const QStringList &others) const;
    QStringView lastWordOf(const Annotation &a) const;
    int paragraphStart(int position) const;
    bool fits(const Annotation &a, Gender gender) const;
    Gender genderBefore(const Annotation &a) const;
    // The organisation of "analysts at X" named last before position (in its paragraph or the
    // one before), unless a person is named after it.
    const Annotation *peopleOfOrganisationBefore(int position) const;
    // "the Malawi Electoral Commission (MEC)": a bracketed name right after an organisation's
    // name is that organisation's short name, not a second speaker.
    bool isAliasOf(const Annotation &alias, const Annotation &name) const;

    const ExtractionContext &m_context;
    QList<const Annotation *> m_speakers; // PERSON and ORG, in text order
    QList<TextRange> m_quotes;
    QHash<QString, const Annotation *> m_aliases;
    const Annotation *m_previousSpeaker = nullptr; // "MEC" -> the mention "Malawi Electoral Commission"
};

} // namespace Gazette
