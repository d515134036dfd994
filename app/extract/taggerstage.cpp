// SPDX-License-Identifier: GPL-3.0-or-later
#include "taggerstage.h"

#include "extract/extractioncontext.h"
#include "extract/gazetteer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Gazette {

TaggerStage::TaggerStage(const SequenceTagger *model)
    : m_model(model)
{
}

bool TaggerStage::isPreciseRule(const QString &ruleId)
{
    // The reader's own lexicon, the layout of bylines and datelines, titles before names, and
    // whole names from the curated lists (organisations and products, matched with their case).
    return ruleId.startsWith(QLatin1String("lexicon.")) || ruleId.startsWith(QLatin1String("chinese.")) || ruleId.startsWith(QLatin1String("dateline.")) || ruleId == QLatin1String("person.byline")
        || ruleId == QLatin1String("person.title") || (ruleId.startsWith(QLatin1String("gazetteer.")) && ruleId != QLatin1String("gazetteer.place")
        && ruleId != QLatin1String("gazetteer.group") && ruleId != QLatin1String("gazetteer.capitals")) || ruleId == QLatin1String("product.version");
}

// "Reading is popular", "Growing demand lifted": a verb form that opens a sentence is no
// organisation or place because the model, seeing a capital, guessed one.
bool TaggerStage::isSentenceInitialGerund(const ExtractionContext &context, const SequenceTagger::Span &span)
{
    const QString &text = context.text;
    const QStringView word = QStringView(text).mid(span.start, span.end - span.start);
    if (span.label == QLatin1String("PERSON") || word.size() < 6 || !word.endsWith(QLatin1String("ing"))
        || std::any_of(word.begin(), word.end(), [](QChar c) { return !c.isLetter(); }) || context.gazetteer.lookup(word.toString()) >= 0)
        return false;
    int before = span.start;
    while (before > 0 && text.at(before - 1).isSpace() && text.at(before - 1) != QLatin1Char('\n'))
        --before;
    const bool opens = before == 0 || text.at(before - 1) == QLatin1Char('\n') || text.at(before - 1) == QLatin1Char('.');
    const bool lowerNext = span.end + 1 < text.size() && text.at(span.end) == QLatin1Char(' ') && text.at(span.end + 1).isLower();
    return opens && lowerNext;
}

TaggedText TaggerStage::input(const ExtractionContext &context)
{
    TaggedText input;
    input.text = context.text;
    const Gazetteer &gazetteer = context.gazetteer;
    for (const Annotation &a : context.spans.list())
        input.cues.append({a.start, a.end, QStringLiteral("rule:%1=%2").arg(a.ruleId, a.label)});
    for (const PhraseMatcher::Match &m : context.knownNames) {
        const Gazetteer::Entry &entry = gazetteer.entry(m.value);
        input.cues.append({m.start, m.end, QStringLiteral("list:%1/%2").arg(entry.label, entry.kind)});
    }
    for (const PhraseMatcher::Match &m : context.titleMatches)
        input.cues.append({m.start, m.end, QStringLiteral("list:title")});
    for (const PhraseMatcher::Match &m : context.suffixMatches)
        input.cues.append({m.start, m.end, QStringLiteral("list:suffix/%1").arg(gazetteer.entry(m.value).kind)});
    for (const TextRange &word : Tokenizer::words(context.text)) {
        const QStringView w = QStringView(context.text).mid(word.start, word.end - word.start);
        if (gazetteer.isGivenName(w))
            input.cues.append({word.start, word.end, QStringLiteral("list:given-name")});
        if (gazetteer.isChineseSurname(w))
            input.cues.append({word.start, word.end, QStringLiteral("list:surname-zh")});
    }
    for (const QuoteMatch &quote : context.quotes)
        input.cues.append({quote.start, quote.end, QStringLiteral("quote")});
    return input;
}

void TaggerStage::run(ExtractionContext &context) const
{
    const SequenceTagger &model = context.tagger ? *context.tagger : m_model ? *m_model : SequenceTagger::shipped();
    if (model.isEmpty())
        return;
    const QList<SequenceTagger::Span> names = model.tag(input(context));
    const QStringList &decided = SequenceTagger::labels();
    context.spans.removeIf([&](const Annotation &a) { return decided.contains(a.label) && !isPreciseRule(a.ruleId); });
    QList<SequenceTagger::Span> kept;
    for (const SequenceTagger::Span &span : names) {
        const bool vetoed = std::any_of(context.notNames.cbegin(), context.notNames.cend(),
                                        [&span](const TextRange &r) { return r.start < span.end && span.start < r.end; });
        if (vetoed || isSentenceInitialGerund(context, span))
            continue;
        kept.append(span);
        if (context.spans.isFree(span.start, span.end))
            context.spans.add(span.start, span.end, span.label, QStringLiteral("model.tagger"), span.confidence);
    }
    addOtherMentions(context, kept);
}

// Every mention of a name counts: where the model named "Harbourline Robotics" once, the same
// words elsewhere in the article are the same name (a choice the tagger, deciding word by word,
// does not always make twice).
void TaggerStage::addOtherMentions(ExtractionContext &context, const QList<SequenceTagger::Span> &names)
{
    if (names.isEmpty())
        return;
    const QStringView text(context.text);
    const auto wordEnd = [&text](qsizetype from) {
        while (from < text.size() && text[from].isLetterOrNumber())
            ++from;
        return from;
    };
    // Where each word starts, so that a name is looked for at its first word's places only (one
    // pass over the text, not one per name: a 30 MB article has tens of thousands of names).
    QHash<QStringView, QList<int>> wordStarts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isLetterOrNumber())
            continue;
        const qsizetype end = wordEnd(i);
        wordStarts[text.mid(i, end - i)].append(int(i));
        i = end;
    }
    QSet<QStringView> done;
    for (const SequenceTagger::Span &span : names) {
        const QStringView surface = text.mid(span.start, span.end - span.start);
        if (surface.size() < 3 || !surface.front().isUpper() || done.contains(surface))
            continue;
        done.insert(surface);
        const QStringView firstWord = surface.left(wordEnd(span.start) - span.start);
        for (const int start : wordStarts.value(firstWord)) {
            const int end = start + int(surface.size());
            const bool whole = end <= text.size() && text.mid(start, surface.size()) == surface
                && (end == text.size() || !text[end].isLetterOrNumber());
            if (whole && context.spans.isFree(start, end))
                context.spans.add(start, end, span.label, QStringLiteral("model.tagger.same-name"), span.confidence);
        }
    }
}

} // namespace Gazette
