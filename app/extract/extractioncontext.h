// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "document/article.h"
#include "extract/phrasematcher.h"
#include "extract/quoterules.h"
#include "extract/takenspans.h"
#include "extract/textlayout.h"
#include "extract/tokenizer.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

namespace Gazette {

class Gazetteer;
class SequenceTagger;

// A name the article uses for an entity, and the name it stands for ("Tsai" -> "Joe Tsai").
struct NameForm
{
    QString label;
    QString canonical;
};

// What the stages of one extraction share: the article's text and its layout, the spans taken
// so far, and what one stage finds for later ones. Each field says which stage fills it.
struct ExtractionContext
{
    ExtractionContext(const Article &source, const QList<LexiconEntry> &readerLexicon);
    Q_DISABLE_COPY_MOVE(ExtractionContext)

    const Article &article;
    const QString &text;
    const QList<LexiconEntry> &lexicon;
    const Gazetteer &gazetteer;
    // The tagger as the reader taught it (nothing: the shipped model).
    const SequenceTagger *tagger = nullptr;
    const QList<TextRange> sentences;
    const TextLayout layout;
    TakenSpans spans;

    // LexiconStage: what the reader rejected (surface, label) is never proposed.
    QSet<QPair<QString, QString>> rejected;
    // GazetteerStage: one pass of the automaton gives names, titles and name suffixes.
    QList<PhraseMatcher::Match> knownNames; // longest leftmost
    QList<PhraseMatcher::Match> titleMatches; // longest leftmost
    // Words a precise rule knows are no name here ("Apple" in "Apple growers"): the tagger
    // proposes nothing over them.
    QList<TextRange> notNames;
    QList<PhraseMatcher::Match> suffixMatches;
    // QuoteStage: the quotes; the speaker stage names people by them, attribution comes last.
    QList<QuoteMatch> quotes;
    // OwnNamesStage: every form of the article's names, and the canonical name of each
    // mention it added ("PERSON|Tsai" -> "PERSON|Joe Tsai").
    QHash<QString, QList<NameForm>> forms;
    QHash<QString, QString> canonicalOf;
    // EntityStage onwards: the entities the annotations refer to (ids -1, -2, ...).
    QList<Entity> entities;
    // FactStage and QuoteAttributionStage.
    QList<Fact> facts;
    // QuoteAttributionStage: the quote spans, apart from the entity spans (quotes contain names).
    QList<Annotation> quoteSpans;
    // TaggerStage's passes: where each word of the text starts, made the first time one needs it
    // and kept for the others (the text does not change while they run).
    mutable std::optional<QHash<QStringView, QList<int>>> wordStarts;

    Entity &entity(qint64 id) { return entities[qsizetype(-id - 1)]; }
};

} // namespace Gazette
