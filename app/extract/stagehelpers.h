// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extractioncontext.h"
#include "extract/phrasematcher.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace Gazette {

// What several stages share: the patterns of a name and the helpers that place a name.

// A word of a name: "Tsai", "McDonald's", "Ming-yan", "U.S.", "S&P", "Geek+".
const QString &nameWordPattern();
// "van der", "de la", "bin", "Al": the small words inside a name.
const QString &particlePattern();
// Up to four name words, with particles between them.
const QString &personNamePattern();

// One word in lower case made like the name of a trade ("trader", "seamstress", "pollster",
// "midfielder" aside: a player's place in a team is no job in the gold data), not one of the words
// of that make that name none ("after", "number", "consider", "list").
const QString &tradeWordPattern();
// Whether one word (in lower case) is such a trade's name; its ending is looked at before the
// pattern runs.
bool isTradeWord(QStringView word);

// The labels of names (not numbers or dates): these make entities and go by other names.
const QSet<QString> &namedLabels();

// Titles at the start of a span ("Senator Craig Lundgren"), in either case.
const QRegularExpression &titleAtStart();

// Letters and digits. Not WordBoundary::isWordCharacter (document/), which adds combining
// marks: the text is NFC, but letters without a precomposed form keep their marks (Yoruba
// "Adébáyọ̀"), and walking back over them would reach the capital of the word before a place and
// call the place part of a longer name where this rule never did. Same results matter more here
// than one rule: the extractor's suggestions must not change under the reader.
bool isWordChar(QChar c);

// True when the words right before and after a span are capitalised parts of a longer name
// ("Shanghai" in "Shanghai Composite Index"), outside headlines where every word has capitals.
bool partOfLongerName(const ExtractionContext &context, int start, int end);

QString surfaceOf(const QString &text, const Annotation &a);

// Whether the words before a name say that someone gave it as theirs ("a polling worker who gave
// her name only as", "a church volunteer who gave only her first name,"): a person, and the one
// the sentence is about.
bool gaveTheirName(QStringView before);

// "Wei", "Xiaoming", "Ming-yan": one or two syllables of pinyin.
bool isPinyinName(const QString &word);

// Adds a person, with the given name or particle right before the span ("said Meera Pillai"
// when the rule saw "Pillai"); never a name the gazetteer knows as something other than a place.
bool addPerson(ExtractionContext &context, int start, int end, const QString &rule, double confidence);

// Matches of an automaton of capitalised phrases, looked for only where the text is in capitals.
template<typename Matcher>
QList<PhraseMatcher::Match> inCapitals(const ExtractionContext &context, const Matcher &matcher)
{
    QList<PhraseMatcher::Match> found;
    for (const TextRange &range : context.layout.capitals()) {
        for (PhraseMatcher::Match m : PhraseMatcher::longestLeftmost(matcher.findAll(QStringView(context.text).mid(range.start, range.end - range.start)))) {
            m.start += range.start;
            m.end += range.start;
            found.append(m);
        }
    }
    return found;
}

} // namespace Gazette
