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
        if (gazetteer.isSurname(w))
            input.cues.append({word.start, word.end, QStringLiteral("list:surname")});
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
    QList<SequenceTagger::Span> names = model.tag(input(context));
    trimHeadlineSpans(context, names);
    dropLeadingTitles(context, names);
    relabelLonePersonWords(context, names);
    joinOrganisationParts(context, names);
    const QStringList &decided = SequenceTagger::labels();
    context.spans.removeIf([&](const Annotation &a) { return decided.contains(a.label) && !isPreciseRule(a.ruleId); });
    // The spans of the earlier stages by position (they never overlap), looked up by binary
    // search: a long article has hundreds of thousands.
    std::vector<const Annotation *> earlier;
    earlier.reserve(size_t(context.spans.list().size()));
    for (const Annotation &a : context.spans.list())
        earlier.push_back(&a);
    std::sort(earlier.begin(), earlier.end(), [](const Annotation *a, const Annotation *b) { return a->start < b->start; });
    QList<SequenceTagger::Span> kept;
    QSet<int> listedStarts; // listed companies that start a longer name: they give way
    for (const SequenceTagger::Span &span : std::as_const(names)) {
        const bool vetoed = std::any_of(context.notNames.cbegin(), context.notNames.cend(),
                                        [&span](const TextRange &r) { return r.start < span.end && span.start < r.end; });
        if (vetoed || isSentenceInitialGerund(context, span))
            continue;
        kept.append(span);
        // "Samsung SDI", "LG Energy Solution": the listed company is the start of a longer name.
        if (!context.spans.isFree(span.start, span.end)) {
            for (const Annotation *listed : extendedListedOrganisations(context, earlier, span))
                listedStarts.insert(listed->start);
        }
    }
    if (!listedStarts.isEmpty()) {
        context.spans.removeIf([&listedStarts](const Annotation &a) {
            return listedStarts.contains(a.start) && a.label == QLatin1String("ORG") && a.ruleId.startsWith(QLatin1String("gazetteer."));
        });
    }
    for (const SequenceTagger::Span &span : std::as_const(kept)) {
        if (context.spans.isFree(span.start, span.end))
            context.spans.add(span.start, span.end, span.label, QStringLiteral("model.tagger"), span.confidence);
    }
    addOtherMentions(context, kept);
}

namespace {

// Word ranges of [start, end).
QList<TextRange> wordsIn(const QString &text, int start, int end)
{
    QList<TextRange> words;
    for (int i = start; i < end;) {
        while (i < end && !text.at(i).isLetterOrNumber())
            ++i;
        int j = i;
        while (j < end && !text.at(j).isSpace())
            ++j;
        if (j > i)
            words.append({i, j});
        i = j;
    }
    return words;
}

// Where the words organisations end with ("Airlines", "Foundation") start and end, found once.
struct OrganisationWords
{
    QHash<int, int> endByStart;
    QSet<int> ends;
};

OrganisationWords organisationWords(const ExtractionContext &context)
{
    OrganisationWords words;
    for (const PhraseMatcher::Match &m : context.suffixMatches) {
        if (context.gazetteer.entry(m.value).kind != QLatin1String("ORG"))
            continue;
        if (!words.endByStart.contains(m.start))
            words.endByStart.insert(m.start, m.end);
        words.ends.insert(m.end);
    }
    return words;
}

} // namespace

// A headline in title case capitalises every word, so the model runs names on into the verb
// ("KAIST Team Reports Sodium Battery"): a span there ends before its first word, after the
// first, that the article's body writes in lower case.
void TaggerStage::trimHeadlineSpans(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    const int headlineEnd = int(text.indexOf(QLatin1Char('\n')));
    if (headlineEnd <= 0)
        return;
    const QList<TextRange> headlineWords = wordsIn(text, 0, headlineEnd);
    const auto capitalised = std::count_if(headlineWords.cbegin(), headlineWords.cend(), [&](const TextRange &w) { return text.at(w.start).isUpper(); });
    if (headlineWords.size() < 4 || capitalised * 10 < headlineWords.size() * 7)
        return; // a sentence-case headline: capitals mean names
    QSet<QStringView> lowerInBody;
    for (const TextRange &w : Tokenizer::words(QStringView(text).mid(headlineEnd))) {
        const QStringView word = QStringView(text).mid(headlineEnd + w.start, w.end - w.start);
        if (word.front().isLower())
            lowerInBody.insert(word);
    }
    for (SequenceTagger::Span &span : spans) {
        if (span.start >= headlineEnd)
            break;
        const QList<TextRange> words = wordsIn(text, span.start, std::min(span.end, headlineEnd));
        for (qsizetype k = 1; k < words.size(); ++k) {
            const QString lower = text.mid(words.at(k).start, words.at(k).end - words.at(k).start).toLower();
            if (lowerInBody.contains(QStringView(lower))) {
                span.end = words.at(k - 1).end;
                while (span.end > span.start && !text.at(span.end - 1).isLetterOrNumber())
                    --span.end;
                break;
            }
        }
    }
}

// Names the model cut in two: "National Research Foundation" + "of Korea" is one organisation
// when the first part ends as organisations do. (Joining "A and B Council" was tried on the
// development articles and left as many names wrongly joined as it mended.)
void TaggerStage::joinOrganisationParts(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    const OrganisationWords words = organisationWords(context);
    // "Ethiopian" + "Airlines", "Adani" + "Group": a name followed by the word organisations end
    // with is that organisation.
    for (SequenceTagger::Span &span : spans) {
        const auto it = words.endByStart.constFind(span.end + 1);
        if (it != words.endByStart.cend() && text.at(span.end) == QLatin1Char(' ') && (it.value() == text.size() || !text.at(it.value()).isLetterOrNumber())) {
            span.end = it.value();
            span.label = QStringLiteral("ORG");
        }
    }
    QList<SequenceTagger::Span> joined;
    joined.reserve(spans.size());
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        if (!joined.isEmpty()) {
            SequenceTagger::Span &first = joined.last();
            const QStringView gap = QStringView(text).mid(first.end, span.start - first.end);
            if (first.label == QLatin1String("ORG") && span.label == QLatin1String("GPE") && gap == QLatin1String(" of ") && words.ends.contains(first.end)) {
                first.end = span.end;
                first.confidence = std::min(first.confidence, span.confidence);
                continue;
            }
        }
        joined.append(span);
    }
    spans = joined;
}

// A person is introduced by their full name before the surname alone: one word the model
// called a person that never stands in a longer name of the article, and that no list knows as
// a given or family name ("Naver", "Safaricom"), is more likely an organisation.
void TaggerStage::relabelLonePersonWords(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    QSet<QString> inLongerNames;
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        if (span.label != QLatin1String("PERSON"))
            continue;
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        if (words.size() > 1) {
            for (const TextRange &w : words)
                inLongerNames.insert(text.mid(w.start, w.end - w.start));
        }
    }
    for (SequenceTagger::Span &span : spans) {
        if (span.label != QLatin1String("PERSON"))
            continue;
        const QString word = text.mid(span.start, span.end - span.start);
        if (word.contains(QLatin1Char(' ')) || inLongerNames.contains(word) || context.gazetteer.isGivenName(word) || context.gazetteer.isSurname(word)
            || context.gazetteer.isChineseSurname(word))
            continue;
        span.label = QStringLiteral("ORG");
    }
}

// "Dr Priya Nandakumar", "Judge Greta Holm": the title is no part of the name.
void TaggerStage::dropLeadingTitles(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    for (SequenceTagger::Span &span : spans) {
        if (span.label != QLatin1String("PERSON"))
            continue;
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        if (words.size() < 2)
            continue;
        QString first = text.mid(words.first().start, words.first().end - words.first().start);
        if (first.endsWith(QLatin1Char('.')))
            first.chop(1);
        if (context.gazetteer.isTitle(first))
            span.start = words.at(1).start;
    }
}

QList<const Annotation *> TaggerStage::extendedListedOrganisations(const ExtractionContext &context, const std::vector<const Annotation *> &earlier,
                                                                    const SequenceTagger::Span &span)
{
    if (span.label != QLatin1String("ORG") || span.start < context.text.indexOf(QLatin1Char('\n')))
        return {};
    QList<const Annotation *> listed;
    auto it = std::partition_point(earlier.cbegin(), earlier.cend(), [&](const Annotation *a) { return a->end <= span.start; });
    for (; it != earlier.cend() && (*it)->start < span.end; ++it) {
        const Annotation &a = **it;
        if (a.start < span.start || a.end > span.end || a.label != QLatin1String("ORG") || !a.ruleId.startsWith(QLatin1String("gazetteer.")))
            return {};
        listed.append(&a);
    }
    // At most three more words, each capitalised or an acronym ("SDI", "Energy Solution").
    const QList<TextRange> words = wordsIn(context.text, span.start, span.end);
    const bool name = words.size() <= 4 && std::all_of(words.cbegin(), words.cend(), [&](const TextRange &w) { return context.text.at(w.start).isUpper(); });
    return name ? listed : QList<const Annotation *>();
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
