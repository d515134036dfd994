// SPDX-License-Identifier: GPL-3.0-or-later
#include "taggerstage.h"

#include "extract/extractioncontext.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/speakerresolver.h"
#include "extract/stagehelpers.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

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
    input.sentences = context.sentences;
    const QList<TextRange> words = Tokenizer::words(context.text);
    const Gazetteer &gazetteer = context.gazetteer;
    // A text has a few dozen kinds of cue and a huge one millions of cues: each kind's words
    // are made once and shared (a string each took a fifth of a huge article's import peak).
    QHash<std::pair<QString, QString>, QString> ruleCues, listCues;
    QHash<QString, QString> suffixCues;
    for (const Annotation &a : context.spans.list()) {
        auto it = ruleCues.constFind({a.ruleId, a.label});
        if (it == ruleCues.cend())
            it = ruleCues.insert({a.ruleId, a.label}, QStringLiteral("rule:%1=%2").arg(a.ruleId, a.label));
        input.cues.append({a.start, a.end, *it});
    }
    for (const PhraseMatcher::Match &m : context.knownNames) {
        const Gazetteer::Entry &entry = gazetteer.entry(m.value);
        auto it = listCues.constFind({entry.label, entry.kind});
        if (it == listCues.cend())
            it = listCues.insert({entry.label, entry.kind}, QStringLiteral("list:%1/%2").arg(entry.label, entry.kind));
        input.cues.append({m.start, m.end, *it});
    }
    for (const PhraseMatcher::Match &m : context.titleMatches)
        input.cues.append({m.start, m.end, QStringLiteral("list:title")});
    for (const PhraseMatcher::Match &m : context.suffixMatches) {
        const QString &suffixKind = gazetteer.entry(m.value).kind;
        auto it = suffixCues.constFind(suffixKind);
        if (it == suffixCues.cend())
            it = suffixCues.insert(suffixKind, QStringLiteral("list:suffix/%1").arg(suffixKind));
        input.cues.append({m.start, m.end, *it});
    }
    for (const TextRange &word : words) {
        const QStringView w = QStringView(context.text).mid(word.start, word.end - word.start);
        if (gazetteer.isGivenName(w))
            input.cues.append({word.start, word.end, QStringLiteral("list:given-name")});
        if (gazetteer.isChineseSurname(w))
            input.cues.append({word.start, word.end, QStringLiteral("list:surname-zh")});
        if (gazetteer.isSurname(w))
            input.cues.append({word.start, word.end, QStringLiteral("list:surname")});
    }
    for (const QuoteMatch &quote : context.quotes) {
        if (quote.taggerCue)
            input.cues.append({quote.start, quote.end, QStringLiteral("quote")});
    }
    return input;
}

namespace {

// A title-case headline puts its verb after the title.
bool startsWithHeadlineVerb(QStringView name)
{
    static const QSet<QString> verbs = {QStringLiteral("Says"),    QStringLiteral("Said"),    QStringLiteral("Tells"),   QStringLiteral("Told"),
                                        QStringLiteral("Warns"),   QStringLiteral("Vows"),    QStringLiteral("Urges"),   QStringLiteral("Calls"),
                                        QStringLiteral("Denies"),  QStringLiteral("Admits"),  QStringLiteral("Insists"), QStringLiteral("Claims"),
                                        QStringLiteral("Rejects"), QStringLiteral("Defends"), QStringLiteral("Backs"),   QStringLiteral("Quits"),
                                        QStringLiteral("Resigns"), QStringLiteral("Pledges"), QStringLiteral("Promises"), QStringLiteral("Wants")};
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    return verbs.contains((space < 0 ? name : name.left(space)).toString());
}

// Whether the text reports a match: a score and three kinds of words of the game.
bool reportsAMatch(const QString &text)
{
    using RE = QRegularExpression;
    static const RE score(QStringLiteral("(?<![\\d.,/-])\\d{1,2}[-–]\\d{1,2}(?![\\d.,/-])"));
    static const RE sportWords(QStringLiteral("\\b(?:league|goals?|coach|striker|midfielder|goalkeeper|defender|match|derby|stadium|penalty|"
                                              "referee|kick-off|fixture|season|points|table|clásico|clasico|fans)\\b"),
                               RE::CaseInsensitiveOption);
    if (!score.match(text).hasMatch())
        return false;
    QSet<QString> seen;
    for (auto it = sportWords.globalMatch(text); it.hasNext() && seen.size() < 3;)
        seen.insert(it.next().captured().toLower());
    return seen.size() >= 3;
}

} // namespace

void TaggerStage::run(ExtractionContext &context) const
{
    const SequenceTagger &model = context.tagger ? *context.tagger : m_model ? *m_model : SequenceTagger::shipped();
    if (model.isEmpty())
        return;
    // The parts' times for `bench_extract --profile`.
    const bool timed = Extractor::isStageTiming();
    QElapsedTimer partClock;
    if (timed)
        partClock.start();
    const auto part = [&](const char *name) {
        if (timed) {
            Extractor::addStageTime(QLatin1StringView(name), partClock.nsecsElapsed());
            partClock.start();
        }
    };
    // "Mayor Says Harbour Plan 'Works'" names nobody: the mayor says something. (Here rather than
    // in the title rule, whose spans are the tagger's cues: the model was trained with them.)
    context.spans.removeIf([&context](const Annotation &a) {
        return a.ruleId == QLatin1String("person.title") && startsWithHeadlineVerb(QStringView(context.text).mid(a.start, a.end - a.start));
    });
    const TaggedText in = input(context);
    part("model.tagger/input");
    QList<SequenceTagger::Span> names = model.tag(in);
    part("model.tagger/tag");
    // The rules after the model, in order, each one timed on its own for `bench_extract --profile`.
    const auto rule = [&](const char *name, auto apply) {
        apply(context, names);
        if (timed) {
            Extractor::addStageTime(QLatin1StringView(name), partClock.nsecsElapsed());
            partClock.start();
        }
    };
    rule("model.tagger/cutAtInnerWords", cutAtInnerWords);
    rule("model.tagger/trimTrailingFunctionWords", trimTrailingFunctionWords);
    rule("model.tagger/trimHeadlineSpans", trimHeadlineSpans);
    rule("model.tagger/dropLeadingTitles", dropLeadingTitles);
    rule("model.tagger/cutAtBrackets", cutAtBrackets);
    rule("model.tagger/cutAtCommas", cutAtCommas);
    rule("model.tagger/splitAtAndThe", splitAtAndThe);
    rule("model.tagger/joinArabicArticles", joinArabicArticles);
    rule("model.tagger/relabelUnlistedSources", relabelUnlistedSources);
    rule("model.tagger/relabelNamedStorms", relabelNamedStorms);
    rule("model.tagger/joinPersonParts", joinPersonParts);
    rule("model.tagger/relabelLonePersonWords", relabelLonePersonWords);
    rule("model.tagger/joinOrganisationParts", joinOrganisationParts);
    rule("model.tagger/joinFieldsAfterAnd", joinFieldsAfterAnd);
    rule("model.tagger/addSuffixNamesTheModelMissed", addSuffixNamesTheModelMissed);
    rule("model.tagger/splitAtTitles", splitAtTitles);
    rule("model.tagger/joinAdjacentOrganisations", joinAdjacentOrganisations);
    // (again: a storm's word the model took for a place joins its name above, "Hurricane" + "Quinta")
    rule("model.tagger/relabelNamedStorms", relabelNamedStorms);
    rule("model.tagger/joinHyphenatedAcronyms", joinHyphenatedAcronyms);
    rule("model.tagger/joinCountriesWithAnd", joinCountriesWithAnd);
    rule("model.tagger/joinOrganisationsAndCountries", joinOrganisationsAndCountries);
    rule("model.tagger/joinNewspaperArticles", joinNewspaperArticles);
    rule("model.tagger/joinMiddleInitials", joinMiddleInitials);
    rule("model.tagger/relabelCountries", relabelCountries);
    rule("model.tagger/relabelByTheirWords", relabelByTheirWords);
    rule("model.tagger/relabelByContext", relabelByContext);
    rule("model.tagger/addPeopleByTheirJobs", addPeopleByTheirJobs);
    rule("model.tagger/addPeopleByTheirPlay", addPeopleByTheirPlay);
    rule("model.tagger/relabelPlayers", relabelPlayers);
    rule("model.tagger/addQuoteSpeakers", addQuoteSpeakers);
    rule("model.tagger/addPeopleAfterTheirTrades", addPeopleAfterTheirTrades);
    rule("model.tagger/relabelPeopleByTheirClauses", relabelPeopleByTheirClauses);
    rule("model.tagger/relabelPartyCandidates", relabelPartyCandidates);
    rule("model.tagger/addPeopleByTheirClauses", addPeopleByTheirClauses);
    rule("model.tagger/relabelLanguages", relabelLanguages);
    rule("model.tagger/addFirmsAfterTheirTrades", addFirmsAfterTheirTrades);
    rule("model.tagger/addLowerCaseBrands", addLowerCaseBrands);
    rule("model.tagger/addLaunchedProducts", addLaunchedProducts);
    rule("model.tagger/addModelNumberProducts", addModelNumberProducts);
    rule("model.tagger/relabelNamedModels", relabelNamedModels);
    rule("model.tagger/joinBrandsToModels", joinBrandsToModels);
    rule("model.tagger/relabelByLastWord", relabelByLastWord);
    rule("model.tagger/relabelNamedPeopleAgain", relabelNamedPeopleAgain);
    rule("model.tagger/relabelViewHolders", relabelViewHolders);
    rule("model.tagger/addOrganisationsBeforeJobs", addOrganisationsBeforeJobs);
    rule("model.tagger/dropOpeningTrades", dropOpeningTrades);
    rule("model.tagger/keepListedPossessives", keepListedPossessives);
    rule("model.tagger/relabelShortNames", relabelShortNames);
    rule("model.tagger/relabelTeams", relabelTeams);
    rule("model.tagger/addFixtureTeams", addFixtureTeams);
    rule("model.tagger/addNicknames", addNicknames);
    rule("model.tagger/relabelNationalNouns", relabelNationalNouns);
    rule("model.tagger/relabelSpeakingThings", relabelSpeakingThings);
    rule("model.tagger/joinRomanceInstitutions", joinRomanceInstitutions);
    rule("model.tagger/addDefinedAcronyms", addDefinedAcronyms);
    rule("model.tagger/joinPossessiveOrganisations", joinPossessiveOrganisations);
    rule("model.tagger/extendRepeatedOrganisations", extendRepeatedOrganisations);
    rule("model.tagger/addCoordinatedOrganisations", addCoordinatedOrganisations);
    const QStringList &decided = SequenceTagger::labels();
    context.spans.removeIf([&](const Annotation &a) { return decided.contains(a.label) && !isPreciseRule(a.ruleId); });
    // In a report of a match "the first half" is the match's, no date ("in the first half of
    // the season" and "of 2025" stay).
    if (context.text.contains(QLatin1String(" half")) && reportsAMatch(context.text)) {
        static const QRegularExpression half(QStringLiteral(R"(^the (?:first|second) half$)"), QRegularExpression::CaseInsensitiveOption);
        context.spans.removeIf([&](const Annotation &a) {
            return a.label == QLatin1String("DATE") && a.end - a.start <= 15 && half.matchView(QStringView(context.text).mid(a.start, a.end - a.start)).hasMatch();
        });
    }
    // ("the bank's president. He told reporters", "Asked about ...": a pronoun or an opening verb
    // is no name, whichever rule took it for one)
    static const QSet<QString> neverNames = {QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("They"), QStringLiteral("It"),
                                             QStringLiteral("We"), QStringLiteral("I"), QStringLiteral("You"), QStringLiteral("His"),
                                             QStringLiteral("Her"), QStringLiteral("Its"), QStringLiteral("Their"), QStringLiteral("Asked"),
                                             QStringLiteral("Told"), QStringLiteral("Said")};
    const auto neverAName = [&](int start, int end) { return end - start <= 5 && neverNames.contains(context.text.mid(start, end - start)); };
    context.spans.removeIf([&](const Annotation &a) { return a.label == QLatin1String("PERSON") && neverAName(a.start, a.end); });
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
        if (vetoed || isSentenceInitialGerund(context, span) || neverAName(span.start, span.end))
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
    // "Zero 50 Pro", "iQOO 17 Pro": a product's name takes the numbers inside it, which the
    // number rules took for counts; "OnePlus 16", "Huawei Pura 90": and the listed brand at its
    // start and the version a rule found after the brand.
    // (the earlier spans by position, looked up by binary search, and dropped in one pass: a
    // long article has hundreds of thousands)
    std::vector<const Annotation *> byStart;
    byStart.reserve(size_t(context.spans.list().size()));
    for (const Annotation &a : context.spans.list())
        byStart.push_back(&a);
    std::sort(byStart.begin(), byStart.end(), [](const Annotation *a, const Annotation *b) { return a->start < b->start; });
    QSet<quint64> parts;
    for (const SequenceTagger::Span &span : std::as_const(kept)) {
        if (span.label != QLatin1String("PRODUCT") || context.spans.isFree(span.start, span.end))
            continue;
        const auto partOf = [&span](const Annotation &a) {
            return a.start >= span.start && a.end <= span.end
                && (a.label == QLatin1String("CARDINAL") || (a.label == QLatin1String("PRODUCT") && a.ruleId == QLatin1String("product.version"))
                    || (a.label == QLatin1String("ORG") && a.start == span.start && a.ruleId.startsWith(QLatin1String("gazetteer."))));
        };
        auto it = std::partition_point(byStart.cbegin(), byStart.cend(), [&](const Annotation *a) { return a->end <= span.start; });
        QList<quint64> inside;
        bool onlyParts = true;
        for (; it != byStart.cend() && (*it)->start < span.end && onlyParts; ++it) {
            onlyParts = partOf(**it);
            inside.append(quint64((*it)->start) << 32 | quint32((*it)->end));
        }
        if (onlyParts)
            parts.unite(QSet<quint64>(inside.cbegin(), inside.cend()));
    }
    if (!parts.isEmpty())
        context.spans.removeIf([&parts](const Annotation &a) { return parts.contains(quint64(a.start) << 32 | quint32(a.end)); });
    for (const SequenceTagger::Span &span : std::as_const(kept)) {
        if (context.spans.isFree(span.start, span.end))
            context.spans.add(span.start, span.end, span.label, QStringLiteral("model.tagger"), span.confidence, isListedPossessive(context, span.start, span.end));
    }
    part("model.tagger/keep");
    addOtherMentions(context, kept);
    addStyledNames(context);
    part("model.tagger/other-mentions");
    // Times the number rules, which are the model's cues, leave to this stage: a part of the day
    // opening a sentence or a quotation ("Tonight we thank them", "Last night the hill came down")
    // and a night spent somewhere ("spent the night in schools": 10 of the 11 such nights of the
    // annotated sets are times).
    if (context.text.contains(QLatin1String("night")) || context.text.contains(QLatin1String("This ")) || context.text.contains(QLatin1String("That "))
        || context.text.contains(QLatin1String("Yesterday ")) || context.text.contains(QLatin1String("Tomorrow "))) {
        static const QRegularExpression times(QStringLiteral(R"(\b(?:Tonight|(?:This|That|Yesterday|Tomorrow|Last)\s+(?:morning|afternoon|evening|night))\b|(?<=\bspent |\bspend |\bspends )the\s+night\b)"));
        for (auto it = times.globalMatch(context.text); it.hasNext();) {
            const auto m = it.next();
            const int start = int(m.capturedStart()), end = int(m.capturedEnd());
            if (context.spans.isFree(start, end))
                context.spans.add(start, end, QStringLiteral("TIME"), QStringLiteral("time.daypart"), 0.8);
        }
    }
    // "one" standing for a noun is no count: "a heavy one", "the other one", "not copied an old
    // one", "from day one".
    if (context.text.contains(QLatin1String(" one"))) {
        static const QRegularExpression pronounBefore(QStringLiteral(R"((?:\b(?:a|an|the|other|this|that|every|any|each|no)\s+(?:[\p{Ll}-]+\s+){0,2}|\bday\s+)$)"));
        static const QRegularExpression pronounAfter(QStringLiteral(R"(^(?:\s*[.,;:!?”"’)]|\s+(?:in|on|at|that|who|which|you|with|for|from|than)\b))"));
        const QString &text = context.text;
        context.spans.removeIf([&](const Annotation &a) {
            return a.label == QLatin1String("CARDINAL") && a.end - a.start == 3 && QStringView(text).mid(a.start, 3) == QLatin1String("one")
                && pronounBefore.matchView(QStringView(text).mid(std::max(0, a.start - 40), std::min(40, a.start))).hasMatch()
                && pronounAfter.matchView(QStringView(text).mid(a.end, std::min<qsizetype>(8, text.size() - a.end))).hasMatch();
        });
    }
}

namespace {

// Where each word starts (runs of letters and digits), for looking a name up at its first word's
// places only: one pass over the text, not one per name (a 30 MB article has tens of thousands).
QHash<QStringView, QList<int>> wordStartsOf(QStringView text)
{
    QHash<QStringView, QList<int>> starts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isLetterOrNumber())
            continue;
        qsizetype end = i;
        while (end < text.size() && text[end].isLetterOrNumber())
            ++end;
        starts[text.mid(i, end - i)].append(int(i));
        i = end;
    }
    return starts;
}

// Where `name` stands in the text as whole words, found from its first word's starts.
QList<int> occurrencesOf(const QHash<QStringView, QList<int>> &wordStarts, QStringView text, QStringView name)
{
    QList<int> found;
    qsizetype firstEnd = 0;
    while (firstEnd < name.size() && name[firstEnd].isLetterOrNumber())
        ++firstEnd;
    for (const int at : wordStarts.value(name.left(firstEnd))) {
        const qsizetype end = at + name.size();
        if (end <= text.size() && text.mid(at, name.size()) == name && (end == text.size() || !text[end].isLetterOrNumber()))
            found.append(at);
    }
    return found;
}

// The article's word starts, found once for all the passes that look names up.
const QHash<QStringView, QList<int>> &wordStartsIn(const ExtractionContext &context)
{
    if (!context.wordStarts)
        context.wordStarts = wordStartsOf(context.text);
    return *context.wordStarts;
}

// Where `name` stands in the text as whole words: a short text is searched, a long one's name
// looked up at its first word's starts.
QList<int> occurrencesOf(const ExtractionContext &context, const QString &name)
{
    const QString &text = context.text;
    constexpr qsizetype ShortText = 64 * 1024;
    if (text.size() > ShortText)
        return occurrencesOf(wordStartsIn(context), text, name);
    QList<int> found;
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if ((at == 0 || !text.at(at - 1).isLetterOrNumber()) && (end == text.size() || !text.at(end).isLetterOrNumber()))
            found.append(int(at));
    }
    return found;
}

// A match that starts at `at`, read in a window of the text: PCRE checks the whole subject for
// valid UTF-16 on every call, and a huge article's text per call made this quadratic.
QRegularExpressionMatch matchAt(const QRegularExpression &re, const QString &text, int at, int window = 200)
{
    return re.matchView(QStringView(text).mid(at, std::min<qsizetype>(window, text.size() - at)), 0, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
}

// Spans in text order: each one that starts inside the one kept before it gives way.
void dropOverlapping(QList<SequenceTagger::Span> &spans)
{
    QList<SequenceTagger::Span> kept;
    kept.reserve(spans.size());
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        if (!kept.isEmpty() && span.start < kept.last().end)
            continue;
        kept.append(span);
    }
    spans = kept;
}

// Spans in text order that never overlap: does any overlap [start, end)? (Binary search.)
bool overlapsAny(const QList<SequenceTagger::Span> &spans, int start, int end, const SequenceTagger::Span *except = nullptr)
{
    auto it = std::partition_point(spans.cbegin(), spans.cend(), [start](const SequenceTagger::Span &s) { return s.end <= start; });
    for (; it != spans.cend() && it->start < end; ++it) {
        if (&*it != except)
            return true;
    }
    return false;
}

// The `chars` characters of the text before `at` and after `at` (fewer at its ends): the words
// around a name, for anchored patterns.
QStringView textBefore(const QString &text, int at, int chars)
{
    const int from = std::max(0, at - chars);
    return QStringView(text).mid(from, at - from);
}

// The characters a name and the words just after it take at most (a window for patterns
// anchored at its start).
constexpr int NameWindow = 400;

QStringView textAfter(const QString &text, int at, int chars)
{
    return QStringView(text).mid(at, std::min<qsizetype>(chars, text.size() - at));
}

// The names of the spans `chosen` picks that stand, somewhere in the text, right before words
// `after` matches (read in `window` characters): the model may have found a name only where they
// do not follow.
template<typename Chosen>
QSet<QString> namesSomewhereBefore(const ExtractionContext &context, const QList<SequenceTagger::Span> &spans, const Chosen &chosen,
                                   const QRegularExpression &after, int window)
{
    const QString &text = context.text;
    QSet<QString> found, seen;
    for (const SequenceTagger::Span &s : spans) {
        const QString name = text.mid(s.start, s.end - s.start);
        if (!chosen(s) || seen.contains(name))
            continue;
        seen.insert(name);
        for (const int at : occurrencesOf(context, name)) {
            if (after.matchView(textAfter(text, at + int(name.size()), window)).hasMatch()) {
                found.insert(name);
                break;
            }
        }
    }
    return found;
}

// Where a name the model found, extended to `end`, must stop: before the first person's name
// among the spans after span i (a person's name is no part of an organisation's).
int endBeforePerson(const QList<SequenceTagger::Span> &spans, qsizetype i, int end)
{
    for (qsizetype next = i + 1; next < spans.size() && spans.at(next).start < end; ++next) {
        if (spans.at(next).label == QLatin1String("PERSON"))
            return spans.at(next).start;
    }
    return end;
}

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

// Spans found by a rule joined to the model's, kept in text order (they overlap none of them).
void addInOrder(QList<SequenceTagger::Span> &spans, const QList<SequenceTagger::Span> &added)
{
    if (added.isEmpty())
        return;
    spans.append(added);
    std::sort(spans.begin(), spans.end(), [](const SequenceTagger::Span &a, const SequenceTagger::Span &b) { return a.start < b.start; });
}

// Whether a span an earlier stage found overlaps start..end and stays after this stage: a precise
// rule's, or one of a label the model does not decide (the others go: see TaggerStage::run).
bool keptFromEarlierStage(const ExtractionContext &context, int start, int end)
{
    const QList<Annotation> &earlier = context.spans.list();
    return std::any_of(earlier.cbegin(), earlier.cend(), [&](const Annotation &a) {
        return a.start < end && a.end > start && (!SequenceTagger::labels().contains(a.label) || TaggerStage::isPreciseRule(a.ruleId));
    });
}

// Spans found by a rule that take the place of the model's pieces inside them: the model's
// spans that lie within one of `replaced` (ranges that never overlap) go, by a binary search each,
// and `added` joins the rest in text order.
void replaceInOrder(QList<SequenceTagger::Span> &spans, QList<std::pair<int, int>> replaced, const QList<SequenceTagger::Span> &added)
{
    std::sort(replaced.begin(), replaced.end());
    spans.removeIf([&](const SequenceTagger::Span &s) {
        const auto r = std::partition_point(replaced.cbegin(), replaced.cend(), [&](const std::pair<int, int> &x) { return x.second <= s.start; });
        return r != replaced.cend() && s.start >= r->first && s.end <= r->second;
    });
    addInOrder(spans, added);
}

// Words that open a sentence or clause with a capital and start no name.
// The words that name a storm before its name ("Typhoon Marilag", "Tropical Storm X").
const QString &stormWords()
{
    static const QString words = QStringLiteral("(?:Typhoon|Cyclone|Hurricane|Storm|Tropical Storm|Tropical Cyclone|Super Typhoon)");
    return words;
}

bool isOpener(QStringView word)
{
    static const QSet<QStringView> openers = {u"The", u"A", u"An", u"In", u"On", u"At", u"But", u"And", u"For", u"Of", u"As", u"By", u"From",
                                              u"To", u"With", u"When", u"While", u"After", u"Before", u"His", u"Her", u"Their", u"Its",
                                              u"This", u"That", u"Not", u"So", u"Then", u"Now", u"Yet", u"Meanwhile", u"However"};
    return openers.contains(word);
}

// A person's jobs that stand in apposition after a name ("X, coordinator of ...", "X, a marine
// geochemist at ..."); each rule adds the few words only it takes.
QString appositionJobs()
{
    return QStringLiteral("coordinator|spokesperson|spokesman|spokeswoman|lawyer|economist|analyst|professor|lecturer|researcher|scientist|"
                          "director|chairman|chairwoman|founder|co-founder|leader|head|secretary|minister|[\\p{Ll}-]{2,}ist|governor|mayor|"
                          "judge|adviser|advisor|manager|coach|captain|editor|activist|farmer|teacher|doctor|nurse|engineer|campaigner");
}

// The office someone holds of a body named next, before the name: "the chairman of ", "its
// director for ", "their envoy at ".
QString officeOfABody()
{
    return QStringLiteral(R"((?<![\p{L}’'-])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2})"
                          R"((?:%1|chief|president|officer|executive|deputy|envoy|commissioner)\s+(?:of|at|for)\s+)")
        .arg(appositionJobs());
}

// What follows a person's name when a job stands in apposition to it: "X, coordinator of ...",
// "X, a marine geochemist at ...", "X, 34, the BJP candidate in ...", "X, Sikaflow’s chief
// technology officer, said", "X, the People’s Party’s chief whip, said". The job ends the
// apposition or takes "of", "at", "for", "with" or "in". A family name the model left out may
// come first (`surname`).
const QRegularExpression &personInApposition()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?<surname>\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)?,\\s+(?:"
                       // "X, a 34-year-old market vendor": an age only people are described by
                       "(?:a|an)\\s+\\d{1,2}-year-old\\s+(?!(?:company|firm|brand|group|club|business|chain|maker|carmaker|bank|lender|"
                       "newspaper|institution|building|bridge|tradition|law|rule|record|programme|program|scheme|dam|plant|mill)\\b)[\\p{Ll}-]+|"
                       "(?:\\d{1,3},\\s+)?(?:(?:a|an|the)\\s+)?"
                       "(?:\\p{Lu}[\\p{L}’'.&-]*(?:\\s+\\p{Lu}[\\p{L}’'.&-]*){0,3}(?:’s|'s)?\\s+)?(?:[\\p{Ll}\\d-]+(?:’s|'s)?\\s+){0,3}"
                       "(?:%1|chief|president|official|author|member|mother|father|widow|son|daughter|candidate|whip|officer|"
                       "executive|deputy|envoy|ambassador|commissioner|inspector|commander|reporter|columnist|novelist|banker|"
                       "entrepreneur|consultant|partner(?=\\s+at\\b)|resident|student|pensioner|survivor|veteran|aide|"
                       "lawmaker|legislator|senator|councillor|councilor|attorney|prosecutor|surgeon|physician|pilot|driver|worker)"
                       // ("the PAC's director general,")
                       "(?:[\\s-]general)?(?:\\s+(?:of|at|for|with|in)\\b|,))")
            .arg(appositionJobs()));
    return pattern;
}

// Trades that name people as often as firms ("game developer Maria X", "developer Sông Hàn Land"):
// after them a known given name stays a person.
bool isPeoplesTrade(QStringView word)
{
    static const QSet<QString> trades = {QStringLiteral("developer"), QStringLiteral("producer"), QStringLiteral("publisher"), QStringLiteral("operator")};
    return trades.contains(word.toString().toLower());
}

// "Embraer's vice president for Africa, Jurandir Lessa, said", "the club's captain, X, ...": a
// job of an organisation's in apposition before a name set off by commas.
bool jobInAppositionBefore(const QString &text, const SequenceTagger::Span &s)
{
    static const QRegularExpression job(
        QStringLiteral("(?:(?:’s|'s)\\s+(?:[\\p{Ll}-]+\\s+){0,3}|(?<![\\p{L}’'-])(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(?:\\p{Lu}[\\p{L}’'-]*|[\\p{Ll}-]+)\\s+){0,2})"
                       "(?:%1|chief|president|vice[- ]president|officer|executive|deputy|envoy|counterpart|colleague|predecessor|successor|"
                       "ambassador|commissioner|commander|chief executive|boss)(?:\\s+(?:for|of|at|in)\\s+[^,;:.“”\"\\n]{1,60})?,\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?$")
            .arg(appositionJobs()));
    return s.end < text.size() && text.at(s.end) == QLatin1Char(',') && job.matchView(textBefore(text, s.start, 120)).hasMatch();
}

// A name with letters beyond ASCII follows another language's capitals ("Komerční banka").
bool writtenInAnotherLanguage(QStringView name)
{
    return std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 0x7f && c.isLetter(); });
}

// A word in lower case only ("ran", "alliance"; not "iPhone").
bool isLowerCaseWord(QStringView word)
{
    return !word.isEmpty() && word.front().isLower() && std::none_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
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
    const QStringView body = QStringView(text).mid(headlineEnd);
    QList<qsizetype> dropped;
    for (qsizetype s = 0; s < spans.size(); ++s) {
        SequenceTagger::Span &span = spans[s];
        if (span.start >= headlineEnd)
            break;
        const QList<TextRange> words = wordsIn(text, span.start, std::min(span.end, headlineEnd));
        // "Rivers Rise as Storms Return": a span whose first word the body writes in lower case,
        // and never as the headline writes the span, is a capitalised word, not a name.
        if (!words.isEmpty() && span.end <= headlineEnd) {
            const QString first = text.mid(words.first().start, words.first().end - words.first().start).toLower();
            if (lowerInBody.contains(QStringView(first)) && !body.contains(QStringView(text).mid(span.start, span.end - span.start))) {
                dropped.append(s);
                continue;
            }
        }
        // ("Sikaflow Raises $12 Million": the body names "Sikaflow" alone and writes "raised"; a
        // verb's other forms count where the body never writes the longer name.)
        const bool fullInBody = body.contains(QStringView(text).mid(span.start, std::min(span.end, headlineEnd) - span.start));
        const auto verbInBody = [&](const QString &lower, qsizetype k) {
            if (fullInBody || lower.size() < 4 || !body.contains(QStringView(text).mid(span.start, words.at(k - 1).end - span.start)))
                return false;
            QStringList forms = {lower + QStringLiteral("s"), lower + QStringLiteral("ed"), lower + QStringLiteral("d"), lower + QStringLiteral("ing")};
            if (lower.endsWith(QLatin1Char('s'))) {
                const QString stem = lower.chopped(1);
                forms << stem << stem + QStringLiteral("d") << stem + QStringLiteral("ed") << stem + QStringLiteral("ing") << stem.chopped(1) + QStringLiteral("ing");
            }
            return std::any_of(forms.cbegin(), forms.cend(), [&](const QString &form) { return lowerInBody.contains(QStringView(form)); });
        };
        for (qsizetype k = 1; k < words.size(); ++k) {
            const QString lower = text.mid(words.at(k).start, words.at(k).end - words.at(k).start).toLower();
            if (lowerInBody.contains(QStringView(lower)) || verbInBody(lower, k)) {
                span.end = words.at(k - 1).end;
                while (span.end > span.start && !text.at(span.end - 1).isLetterOrNumber())
                    --span.end;
                break;
            }
        }
    }
    for (auto it = dropped.crbegin(); it != dropped.crend(); ++it)
        spans.removeAt(*it);
}

// What a name's first or last word says it is where the model took it for an organisation or a
// person: "Gatún Lake", "Río Indio", "Mount Kenya" are places of nature (LOC), "Cocolí Locks" a
// structure (FAC), and a name with an ampersand ("Rothschild & Co") a firm, never a person. "Rio"
// without its accent is no river here: Rio Tinto is a miner.
void TaggerStage::relabelByTheirWords(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    static const QSet<QString> natureLast = {QStringLiteral("Lake"),     QStringLiteral("River"),     QStringLiteral("Mountains"),
                                             QStringLiteral("Mountain"), QStringLiteral("Sea"),       QStringLiteral("Bay"),
                                             QStringLiteral("Gulf"),     QStringLiteral("Valley"),    QStringLiteral("Desert"),
                                             QStringLiteral("Glacier"),  QStringLiteral("Peninsula"), QStringLiteral("Strait"),
                                             QStringLiteral("Lagoon"),   QStringLiteral("Volcano"),   QStringLiteral("Plateau")};
    static const QSet<QString> natureFirst = {QStringLiteral("Lake"),  QStringLiteral("Mount"), QStringLiteral("Río"),
                                              QStringLiteral("Lago"),  QStringLiteral("Monte"),
                                              QStringLiteral("Cerro"), QStringLiteral("Gunung")};
    static const QSet<QString> structureLast = {QStringLiteral("Locks"), QStringLiteral("Dam"), QStringLiteral("Bridge"), QStringLiteral("Tunnel")};
    static const QSet<QString> placeLast = {QStringLiteral("Road"),    QStringLiteral("Street"),  QStringLiteral("Avenue"),
                                            QStringLiteral("Stadium"), QStringLiteral("Arena"),   QStringLiteral("Square"),
                                            QStringLiteral("Airport"), QStringLiteral("Station"), QStringLiteral("Boulevard")};
    const QString &text = context.text;
    for (SequenceTagger::Span &span : spans) {
        // A place the model found stays one ("Rio de Janeiro", "Mount Pleasant" are cities).
        const bool name = span.label == QLatin1String("ORG") || span.label == QLatin1String("PERSON");
        if (!name)
            continue;
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        if (words.size() < 2)
            continue;
        const QString first = text.mid(words.first().start, words.first().end - words.first().start);
        const QString last = text.mid(words.last().start, words.last().end - words.last().start);
        if (natureLast.contains(last) || natureFirst.contains(first))
            span.label = QStringLiteral("LOC");
        else if (structureLast.contains(last))
            span.label = QStringLiteral("FAC");
        else if (span.label == QLatin1String("PERSON") && placeLast.contains(last))
            span.label = QStringLiteral("FAC"); // no person's name ends in "Road" ("Easter Road")
        else if (span.label == QLatin1String("PERSON") && QStringView(text).mid(span.start, span.end - span.start).contains(u" & "))
            span.label = QStringLiteral("ORG");
    }
}

// What the words right around a name say it is, where the model hesitated between a person, an
// organisation and a place:
//  - a job in lower case right before it is a person's ("Independent lawmaker X", "flanker X"),
//    and so is an age right after it ("X, 41, ...");
//  - a trade right before it makes a firm ("drugmaker X", "pharmacy chain X");
//  - a country before a word for its institutions is the country ("Peru Court Suspends ...");
//  - one word the lists do not know as an organisation, where people come from or live ("a
//    teacher from X", "residents of X", "the village of X"), is a place.
// "A mother of three in Mongar said", "Nobody in Batinah should": one word after "in" that no
// list knows as a body is where something is (567 of the 590 such one-word names in the annotated
// sets are places, 19 more are regions), unless shares or a stake are "in" it ("Shares in
// Fawry", "a 49 per cent stake in Fjällvind") or a word of the name's own follows ("in Nordic
// electricity prices").
bool TaggerStage::inAPlace(const QString &text, const SequenceTagger::Span &s)
{
    // (and "from", "near", "between": 88, 13 and 11 places of 106, 13 and 12 such names; not what
    // comes or is won "from" a body: "buyers from Xiaomi", "money from Gavi", "joined from Valur")
    static const QRegularExpression in(QStringLiteral(R"((?<![\p{L}’'-])(?:in|near|between|from)\s$)"));
    static const QRegularExpression source(QStringLiteral(R"((?:\b(?:rivals|buyers|customers|users|joined|money|funding|reply|search|data|loan|grant|orders?|)"
                                                          R"(deals?|support|help|signed|transfer|move|offer|bid|shares|bought|sold|took|won|\w+ed)|\d[\d,]*\s+\p{Ll}+)\s+from\s$)"));
    static const QRegularExpression heldIn(QStringLiteral(R"((?<![\p{L}’'-])(?:[Ss]hares?|stakes?|holdings?|interest|investments?|invest|invested|investing|)"
                                                          R"(investors?|positions?|units?|role|job|jobs|work|works|worked|career|seat|seats)\s+(?:\S+\s+){0,2}in\s$)"));
    static const QRegularExpression ends(QStringLiteral(R"(^(?:[,.;:!?)]|\s+(?:said|says|say|were|was|is|are|has|have|had|will|would|should|could|can|may|must|did|do|does|and|or|on|in|at|for|to|from|last|this|since|where|who|which|with|after|before|during|until|by)\b))"));
    const QStringView before = textBefore(text, s.start, 40);
    return in.matchView(before).hasMatch() && !heldIn.matchView(before).hasMatch() && !source.matchView(before).hasMatch() && ends.matchView(textAfter(text, s.end, 12)).hasMatch();
}

void TaggerStage::relabelByContext(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    static const RE job(QStringLiteral(
        "(?<![\\p{L}’'-])(?:lawmaker|legislator|senator|minister|spinner|bowler|batter|batsman|striker|forward|midfielder|defender|goalkeeper|"
        "winger|flanker|fly-half|scrum-half|prop|hooker|lock|full-back|centre|coach|manager|captain|analyst|economist|strategist|researcher|"
        "scientist|professor|lecturer|spokesperson|spokesman|spokeswoman|official|governor|mayor|judge|lawyer|attorney|prosecutor|activist|"
        "farmer|teacher|doctor|nurse|engineer|pilot|founder|co-founder|chairman|chairwoman|director|ambassador|envoy|commissioner|"
        "inspector|commander|editor|reporter|columnist|author|novelist|singer|actor|actress|player|veteran|candidate|rapper|driver|"
        "rider|cyclist|sprinter|swimmer|boxer|climber|skier|president|premier|chancellor|deputy|aide|adviser|advisor|banker|trader|"
        "investor|entrepreneur|campaigner|opposition leader|party leader)\\s+$"));
    static const RE age(QStringLiteral("^,\\s+\\d{2},"));
    static const RE trade(QStringLiteral(
        "(?<![\\p{L}’'-])(?:drugmaker|carmaker|automaker|chipmaker|steelmaker|shipbuilder|retailer|lender|insurer|airline|miner|brewer|"
        "bottler|broadcaster|publisher|conglomerate|supermarket chain|pharmacy chain|chain|start-up|startup|fintech|operator|developer|"
        "manufacturer|producer|supplier|distributor|shipper|carrier|utility|refiner|exporter|importer|processor|wholesaler|"
        "e-commerce company|company|firm|group|maker)\\s+$"),
                          RE::CaseInsensitiveOption);
    static const RE institution(QStringLiteral("^(?<country>.+) (?:Court|Government|Parliament|Police|Army|Navy|Senate|Cabinet|Regulator|Watchdog)$"));
    static const RE residents(QStringLiteral(
        "(?:(?<![\\p{L}’'-])(?:residents|people|villagers|farmers|fishermen|families|voters|workers|pupils|children) of|"
        "(?:village|town|city|region|province|state|district|county|municipality|island|suburb|neighbourhood|settlement|community) of|"
        "(?<![\\p{L}’'-])(?:a|an|the) (?:[\\p{Ll}-]+ ){0,2}(?:teacher|farmer|resident|picker|fisherman|driver|worker|nurse|trader|student|"
        "mother|father|grandmother|grandfather|villager|vendor|miner|shopkeeper|pensioner|widow|survivor) from)\\s+$"),
                              RE::CaseInsensitiveOption);
    // A person's name the model took only in part ("Kanazashi" of "Mayu Kanazashi", "Mengesha
    // Wolde" of "Kidist Mengesha Wolde"): the capitalised word right before, if nothing claims it.
    const auto takeGivenNameBefore = [&](SequenceTagger::Span &s) {
        static const RE wordBefore(QStringLiteral("(?<![\\p{L}’'.-])\\p{Lu}\\p{Ll}+ $"));
        const QStringView near = textBefore(text, s.start, 30);
        const auto w = wordBefore.matchView(near);
        const int wordStart = s.start - int(near.size() - w.capturedStart());
        if (w.hasMatch() && !overlapsAny(spans, wordStart, s.start - 1, &s) && !isOpener(w.capturedView().trimmed())
            && !context.gazetteer.isTitle(w.capturedView().trimmed()))
            s.start = wordStart;
    };
    const auto isListedOrganisation = [&context](QStringView name) {
        const int entry = context.gazetteer.lookup(name.toString());
        return entry >= 0 && context.gazetteer.entry(entry).label == QLatin1String("ORG");
    };
    QHash<QStringView, QString> told; // names the words around one mention made a person or a firm
    QList<QStringView> described;     // people of more than one word by a job or an age
    for (SequenceTagger::Span &s : spans) {
        const QStringView before = textBefore(text, s.start, 50);
        const QStringView after = textAfter(text, s.end, 8);
        const QStringView name = QStringView(text).mid(s.start, s.end - s.start);
        const bool capitalised = !name.isEmpty() && name.front().isUpper();
        if (!capitalised || name.contains(QLatin1Char('\n')))
            continue;
        if (s.label == QLatin1String("ORG")) {
            const auto m = institution.matchView(name);
            if (m.hasMatch() && context.gazetteer.isCountry(m.captured(QStringLiteral("country")))) {
                s.end = s.start + int(m.capturedLength(QStringLiteral("country")));
                s.label = QStringLiteral("GPE");
                continue;
            }
            // (the gazetteers' matches are in text order)
            const auto known = std::lower_bound(context.knownNames.cbegin(), context.knownNames.cend(), s.start,
                                                [](const PhraseMatcher::Match &match, int start) { return match.start < start; });
            const bool listed = known != context.knownNames.cend() && known->start == s.start && known->end == s.end;
            const qsizetype words = wordsIn(text, s.start, s.end).size();
            const auto apposition = personInApposition().matchView(textAfter(text, s.end, 100));
            // "Anush Galstyan, who heads the party's list, said her party", "Hüseynli, who signed
            // his first contract": a name that speaks of itself as he or she is a person's.
            static const RE selfAsPerson(QStringLiteral(
                "^(?:,\\s+who\\s+[^,.;:“”\"\\n]{0,100}?(?<![\\p{L}’'-])(?:his|her|himself|herself)\\b|"
                "(?:,\\s+(?:who\\s|an?\\s|the\\s|\\d)[^,.;:“”\"\\n]{1,120})?,?\\s+(?:said|says|told\\s+[^,.;:“”\"\\n]{1,40}?)\\s+(?:that\\s+)?(?:he|she|his|her)\\s)"));
            // (not the object of a preposition: "an analyst at Banorte, who cut his target",
            // "who works for Grab, said his" describe the person before it)
            static const RE objectOf(QStringLiteral("(?<![\\p{L}’'-])(?:at|for|of|with|from|by|in|to|on|about)\\s+[^,;:.“”\"\\n]*$"));
            const bool speaksAsPerson = !listed && selfAsPerson.matchView(textAfter(text, s.end, 240)).hasMatch()
                && !objectOf.matchView(textBefore(text, s.start, 60)).hasMatch();
            const bool describedAsPerson = apposition.hasMatch() || jobInAppositionBefore(text, s) || speaksAsPerson;
            qsizetype nameWords = words;
            if (describedAsPerson && !listed) {
                // "Warunee" of "Warunee Chaisiri, the party’s chief whip": the family name after,
                // then the given name before ("Harikumar" of "Gopika Harikumar, 34, the ...").
                const int surnameEnd = s.end + int(apposition.capturedEnd(QStringLiteral("surname")));
                if (apposition.hasCaptured(QStringLiteral("surname")) && !overlapsAny(spans, s.end + 1, surnameEnd, &s))
                    nameWords = wordsIn(text, s.start, surnameEnd).size();
                if (nameWords >= 2)
                    s.end = std::max(s.end, surnameEnd);
            }
            if (!listed && (job.matchView(before).hasMatch() || age.matchView(after).hasMatch() || describedAsPerson) && nameWords >= 2) {
                s.label = QStringLiteral("PERSON");
                if (describedAsPerson)
                    takeGivenNameBefore(s);
                // (not by a job before: "energy trader Elbion Energie" is a firm's too)
                if (describedAsPerson || age.matchView(after).hasMatch())
                    described.append(QStringView(text).mid(s.start, s.end - s.start));
                told.insert(QStringView(text).mid(s.start, s.end - s.start), s.label);
            } else if (!listed && describedAsPerson && words == 1) {
                const int start = s.start;
                takeGivenNameBefore(s);
                if (s.start < start || speaksAsPerson) {
                    s.label = QStringLiteral("PERSON");
                    told.insert(QStringView(text).mid(s.start, s.end - s.start), s.label);
                }
            } else if (!listed && words == 1 && !name.toString().isUpper() && residents.matchView(before).hasMatch()) {
                s.label = QStringLiteral("GPE");
            } else if (static const RE partOf(QStringLiteral("(?<![\\p{L}’'-])(?:the\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:mayor|capital|districts|islands|parts|streets|"
                                                               "villages|towns|outskirts|north|south|east|west|centre|center|coast|shores)\\s+of\\s+$")),
                                          mayorAfter(QStringLiteral("^[’']s\\s+(?:mayor|deputy mayor|town hall|city hall|harbour|harbor|streets|residents)\\b"));
                       !listed && words <= 2 && !name.toString().isUpper() && !isListedOrganisation(name)
                       && (partOf.matchView(before).hasMatch() || mayorAfter.matchView(textAfter(text, s.end, 24)).hasMatch())) {
                // "the mayor of Mariehamn", "flooded low-lying districts of Grand Cayman",
                // "Mariehamn’s mayor": a place the model took for a body
                s.label = QStringLiteral("GPE");
            } else if (!listed && words == 1 && !name.toString().isUpper() && !name.contains(QLatin1Char('-'))
                       && std::none_of(name.cbegin() + 1, name.cend(), [](QChar c) { return c.isUpper(); }) && inAPlace(text, s)
                       && !isListedOrganisation(name)) {
                s.label = QStringLiteral("GPE");
            } else if (!listed && words <= 3 && !name.toString().isUpper()) {
                // "Mongar district", "the Trashigang and Mongar districts", "the Amhara and Oromia
                // regions" are places; "the Pra, Ankobra and Offin rivers" are rivers.
                static const RE placeNoun(QStringLiteral(R"(^(?:(?:,\s+|,?\s+and\s+)\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)?)*\s+)"
                                                         R"((?:(?<place>districts?|provinces?|regions?|count(?:y|ies)|municipality|municipalities|prefectures?|governorates?|sub-counties|sub-county)|(?<river>rivers?))\b)"));
                if (const auto n = placeNoun.matchView(textAfter(text, s.end, 60)); n.hasMatch())
                    s.label = n.hasCaptured(QStringLiteral("river")) ? QStringLiteral("LOC") : QStringLiteral("GPE");
            }
        } else if (s.label == QLatin1String("GPE") && wordsIn(text, s.start, s.end).size() >= 2 && !context.gazetteer.isCountry(name.toString())
                   && context.gazetteer.lookup(name.toString()) < 0 && personInApposition().matchView(textAfter(text, s.end, 100)).hasMatch()) {
            // "Salote Naivalu, a 34-year-old market vendor": no place is described by a job.
            s.label = QStringLiteral("PERSON");
            described.append(name);
            told.insert(name, s.label);
        } else if (s.label == QLatin1String("GPE") && wordsIn(text, s.start, s.end).size() == 1 && !context.gazetteer.isCountry(name.toString())
                   && context.gazetteer.lookup(name.toString()) < 0 && personInApposition().matchView(textAfter(text, s.end, 100)).hasMatch()) {
            // "Mhango" of "Tiwonge Mhango, the head of consumer marketing at ...": the family name
            // the model took for a place, with the given name before it.
            const int start = s.start;
            takeGivenNameBefore(s);
            if (s.start < start) {
                s.label = QStringLiteral("PERSON");
                described.append(QStringView(text).mid(s.start, s.end - s.start));
                told.insert(QStringView(text).mid(s.start, s.end - s.start), s.label);
            }
        } else if ((s.label == QLatin1String("FAC") || s.label == QLatin1String("PRODUCT")) && wordsIn(text, s.start, s.end).size() >= 2
                   && job.matchView(before).hasMatch() && context.gazetteer.lookup(name.toString()) < 0) {
            // "The 34-year-old Renaissance candidate Shernelle-Lyn Redhead, who ...": a job right
            // before a name the model took for a building or a product is a person's
            s.label = QStringLiteral("PERSON");
            told.insert(name, s.label);
        } else if (s.label == QLatin1String("PRODUCT") && personInApposition().matchView(textAfter(text, s.end, 100)).hasMatch()) {
            // "Mayu Kanazashi, a marine geochemist at ...", of which the model took the family name
            // for a product: the person, with the capitalised word before if nothing claims it.
            s.label = QStringLiteral("PERSON");
            takeGivenNameBefore(s);
            told.insert(QStringView(text).mid(s.start, s.end - s.start), s.label);
        } else if (s.label == QLatin1String("PERSON")) {
            // "Maeng Ji-ho", of which the model took "Ji": the syllable joined to it in lower case,
            // and the family name before.
            static const RE syllable(QStringLiteral("^-\\p{Ll}+(?![\\p{L}\\p{N}-])"));
            if (const auto y = syllable.matchView(textAfter(text, s.end, 12)); y.hasMatch() && wordsIn(text, s.start, s.end).size() == 1) {
                s.end += int(y.capturedLength());
                takeGivenNameBefore(s);
            }
            // "Napoli captain Gennaro Cuomo", "Inter coach Cristian Ferrandi": one word before a
            // job and a name is the side or the firm the person works for.
            static const RE jobThenName(QStringLiteral("^\\s+(?:head\\s+)?(?:coach|manager|captain|striker|midfielder|defender|goalkeeper|winger|"
                                                       "forward|chairman|chairwoman|president|boss|chief executive|spokesperson|spokesman|"
                                                       "spokeswoman|board member)\\s+\\p{Lu}"));
            // "Vindkraft Nord, the Swedish wind developer, said": a firm's trade in apposition.
            static const RE firmAfter(QStringLiteral(
                "^,\\s+(?:a|an|the)\\s+(?:[\\p{L}’'-]+\\s+){0,3}(?:drugmaker|carmaker|automaker|chipmaker|steelmaker|shipbuilder|retailer|"
                "lender|insurer|airline|brewer|bottler|broadcaster|publisher|conglomerate|chain|start-up|startup|fintech|operator|developer|"
                "manufacturer|producer|supplier|distributor|shipper|utility|refiner|exporter|importer|wholesaler|company|firm|group|maker)"
                "(?:,|\\s+(?:based|that|which|whose|with|in|of)\\b)"));
            // (after a trade people have too, not a known given name: "game developer Maria
            // Kowalczyk-Brandt"; "drugmaker Karol Wendt" is a firm)
            const QStringView firstWord = name.left(name.indexOf(QLatin1Char(' ')) < 0 ? name.size() : name.indexOf(QLatin1Char(' ')));
            const QStringView lead = before.trimmed();
            const bool givenName = wordsIn(text, s.start, s.end).size() > 1 && context.gazetteer.isGivenName(firstWord)
                && isPeoplesTrade(lead.mid(lead.lastIndexOf(QLatin1Char(' ')) + 1));
            if ((trade.matchView(before).hasMatch() && !age.matchView(after).hasMatch() && !givenName) || firmAfter.matchView(textAfter(text, s.end, 100)).hasMatch()
                || (wordsIn(text, s.start, s.end).size() == 1 && jobThenName.matchView(textAfter(text, s.end, 40)).hasMatch())) {
                s.label = QStringLiteral("ORG");
                told.insert(name, s.label);
            }
        }
    }
    // What the article said a name is once holds for its other mentions the model took for the
    // other kind ("pharmacy chain Zielona Apteka", then "Zielona Apteka said"), and a word of a
    // person's name standing alone is the person ("Warunee Chaisiri, the party’s chief whip", then
    // "Warunee said"; see relabelLonePersonWords, which ran before these people were known).
    QSet<QStringView> personWords;
    for (const QStringView person : std::as_const(described)) {
        for (const QStringView word : person.split(QLatin1Char(' ')))
            personWords.insert(word);
    }
    for (SequenceTagger::Span &s : spans) {
        const QStringView name = QStringView(text).mid(s.start, s.end - s.start);
        const auto it = told.constFind(name);
        if (it != told.cend() && (s.label == QLatin1String("PERSON") || s.label == QLatin1String("ORG")))
            s.label = it.value();
        else if (s.label == QLatin1String("ORG") && personWords.contains(name) && name.size() > 1 && name.back().isLower()
                 && context.gazetteer.lookup(name.toString()) < 0)
            s.label = QStringLiteral("PERSON");
    }
}

// "Tsubame Robotics ... Tsubame said": a firm named after a town goes by the town's name once it
// has been named in full, so a mention the model took for the town is the firm, unless the
// article writes the name where a place goes ("based in Tsubame"; "shares in Tsubame" is the
// firm's). Countries stay places.
void TaggerStage::relabelShortNames(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    QHash<QStringView, int> firstFull; // the first words of organisations' names -> where the name comes first
    const auto collect = [&](int start, int end, const QString &label) {
        if (label != QLatin1String("ORG"))
            return;
        const QList<TextRange> words = wordsIn(text, start, end);
        if (words.size() < 2)
            return;
        const QStringView first = QStringView(text).mid(words.first().start, words.first().end - words.first().start);
        if (!first.front().isUpper() || !first.back().isLetter())
            return;
        const auto it = firstFull.find(first);
        if (it == firstFull.end() || start < it.value())
            firstFull.insert(first, start);
    };
    for (const SequenceTagger::Span &s : std::as_const(spans))
        collect(s.start, s.end, s.label);
    for (const Annotation &a : context.spans.list())
        collect(a.start, a.end, a.label);
    if (firstFull.isEmpty())
        return;
    static const QRegularExpression place(QStringLiteral("(?<![\\p{L}’'-])(?:in|at|near|from|outside|to|across|around|into)\\s+$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression firm(QStringLiteral("(?<![\\p{L}’'-])(?:shares|stake|stakes|investment|invest|invested|investing|stock) in\\s+$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QSet<QStringView> placesToo;
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const SequenceTagger::Span &s = spans.at(i);
        const QStringView name = QStringView(text).mid(s.start, s.end - s.start);
        const auto full = firstFull.constFind(name);
        if (s.label != QLatin1String("GPE") || full == firstFull.cend() || context.gazetteer.isCountry(name.toString()))
            continue;
        const QStringView before = textBefore(text, s.start, 24);
        if (place.matchView(before).hasMatch() && !firm.matchView(before).hasMatch())
            placesToo.insert(name);
        else if (s.start > full.value())
            candidates.append(i);
    }
    for (const qsizetype i : std::as_const(candidates)) {
        SequenceTagger::Span &s = spans[i];
        if (!placesToo.contains(QStringView(text).mid(s.start, s.end - s.start)))
            s.label = QStringLiteral("ORG");
    }
}

// "Malawi Electoral Commission (MEC)", "Republican People’s Party (CHP)": capitalised words
// before an acronym in brackets are an organisation's full name, and the acronym the same
// organisation wherever the article writes it (the letters need not be the initials: "National
// Bank of Hungary (MNB)"). Not a dateline's agency ("PARIS (AFP)"), not a person's name.
void TaggerStage::addDefinedAcronyms(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QString word = QStringLiteral("\\p{Lu}[\\p{L}\\p{N}’'.&-]*");
    static const QRegularExpression defined(QStringLiteral("(?<name>%1(?:(?: (?:(?:of|for|on)(?: the)?|and|de|des|du|del|la|le|y|e|et|di))? %1)*) \\((?<acronym>\\p{Lu}{2,8})\\)")
                                                .arg(word));
    static const QSet<QString> agencies = {QStringLiteral("AP"),  QStringLiteral("AFP"), QStringLiteral("UPI"),  QStringLiteral("DPA"),
                                           QStringLiteral("EFE"), QStringLiteral("PTI"), QStringLiteral("IANS"), QStringLiteral("ANSA"),
                                           QStringLiteral("WAM"), QStringLiteral("SPA"), QStringLiteral("MENA"), QStringLiteral("TASS")};
    if (!text.contains(QLatin1String(" (")))
        return;
    QList<SequenceTagger::Span> added;
    QSet<QString> acronyms;
    for (auto it = defined.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString acronym = m.captured(QStringLiteral("acronym"));
        int start = int(m.capturedStart(QStringLiteral("name")));
        const int end = int(m.capturedEnd(QStringLiteral("name")));
        QStringView name = QStringView(text).mid(start, end - start);
        // a sentence's "The" is no part of the name, nor the words before a line break
        if (const qsizetype line = name.lastIndexOf(QLatin1Char('\n')); line >= 0)
            continue;
        if (name.startsWith(QLatin1String("The ")) || name.startsWith(QLatin1String("A ")))
            start += name.startsWith(QLatin1String("The ")) ? 4 : 2;
        // an owner first is no part of the name: "Albania’s Central Election Commission"
        name = QStringView(text).mid(start, end - start);
        if (const qsizetype space = name.indexOf(QLatin1Char(' ')); space > 2
            && (name.left(space).endsWith(u"’s") || name.left(space).endsWith(u"'s")))
            start += int(space) + 1;
        name = QStringView(text).mid(start, end - start);
        const bool capitals = name.toString().toUpper() == name;
        if (name.isEmpty() || agencies.contains(acronym) || capitals)
            continue;
        const bool person = std::any_of(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &s) {
            return s.label == QLatin1String("PERSON") && s.start <= start && s.end >= end;
        });
        const bool place = wordsIn(text, start, end).size() == 1 && context.gazetteer.isCountry(name.toString());
        // the end of a longer name the model found ("Organization for Security and Co-operation
        // in Europe (OSCE)"): that name stands
        const bool tail = std::any_of(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &s) {
            return s.label == QLatin1String("ORG") && s.start < start && s.end >= end;
        });
        if (person || place || tail)
            continue;
        added.append({start, end, QStringLiteral("ORG"), 0.9});
        acronyms.insert(acronym);
    }
    if (added.isEmpty())
        return;
    // The acronym wherever the article writes it as a word.
    for (const QString &acronym : std::as_const(acronyms)) {
        for (qsizetype at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.size())) {
            const qsizetype end = at + acronym.size();
            if ((at == 0 || !text.at(at - 1).isLetterOrNumber()) && (end >= text.size() || !text.at(end).isLetterOrNumber()))
                added.append({int(at), int(end), QStringLiteral("ORG"), 0.9});
        }
    }
    // The defined names replace what the model found inside or across them.
    spans.removeIf([&](const SequenceTagger::Span &s) {
        return std::any_of(added.cbegin(), added.cend(), [&](const SequenceTagger::Span &a) { return s.start < a.end && a.start < s.end; });
    });
    spans.append(added);
    std::sort(spans.begin(), spans.end(), [](const SequenceTagger::Span &a, const SequenceTagger::Span &b) { return a.start < b.start; });
}

// In a report of a match a city is often its club: "Marseille Thrash Lyon 4-0", "one behind
// Lens", "Lyon host Strasbourg", "Monterrey's coach". In an article with a score and the words of
// sport, a city the model took for a place is an organisation where the words around it are a
// team's, and then also where it stands alone elsewhere in the article ("Lyon could not
// register new players"), though not after "in", "at", "from" and the like (the city itself).
// Countries stay places: national teams are annotated as their country.
void TaggerStage::relabelTeams(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    // "Nancy coach Asbjørn Sønderby": a one-word name right before a job in a team and a name
    // is the team's (a person's name never stands so before another's), where the article
    // never makes that word part of a longer person's name.
    static const RE jobAndName(QStringLiteral("^\\s+(?:coach|manager|striker|forward|goalkeeper|keeper|defender|midfielder|winger|captain|"
                                              "president|chairman|director|boss)\\s+\\p{Lu}"));
    QSet<QString> longerPeople;
    const qsizetype headlineEnd = text.indexOf(QLatin1Char('\n'));
    for (const SequenceTagger::Span &s : std::as_const(spans)) {
        // (a name's words: "Nancy 3-1" is no longer name, nor the headline's "Nancy Lose")
        if (s.label != QLatin1String("PERSON") || s.start < headlineEnd)
            continue;
        const QStringList words = text.mid(s.start, s.end - s.start).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 1 && std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return w.front().isUpper(); }))
            for (const QString &word : words)
                longerPeople.insert(word);
    }
    const auto isLonePerson = [&](const SequenceTagger::Span &s) {
        return s.label == QLatin1String("PERSON") && !text.mid(s.start, s.end - s.start).contains(QLatin1Char(' '))
            && !longerPeople.contains(text.mid(s.start, s.end - s.start));
    };
    const QSet<QString> personTeams = namesSomewhereBefore(context, spans, isLonePerson, jobAndName, 40);
    for (SequenceTagger::Span &s : spans) {
        if (isLonePerson(s) && personTeams.contains(text.mid(s.start, s.end - s.start)))
            s.label = QStringLiteral("ORG");
    }
    const bool hasPlace = std::any_of(spans.cbegin(), spans.cend(), [](const SequenceTagger::Span &s) { return s.label == QLatin1String("GPE"); });
    if (!hasPlace || !reportsAMatch(text))
        return;
    static const RE teamAfter(QStringLiteral(
        "^(?:\\s+\\d{1,2}[-–]\\d{1,2}(?![\\d.,/-])|\\s+(?:beat|beats|thrash|thrashed|thrashes|crush|crushed|crushes|drew|draw|draws|host|hosts|hosted|"
        "visit|visits|visited|are|were|remain|sit|sits|top|tops|topped|lead|leads|won|lost|conceded|scored|sacked|signed)\\b|"
        "[’']s?\\s+(?:\\w+\\s+)?(?:coach|manager|striker|forward|goalkeeper|keeper|defender|midfielder|winger|captain|fans|supporters|squad|players?|"
        "academy|president|owners?)\\b|\\s+(?:coach|manager|striker|forward|goalkeeper|defender|midfielder|winger|captain|fans|supporters)\\b)"),
                                RE::CaseInsensitiveOption);
    static const RE teamBefore(QStringLiteral(
        "\\b(?:beat|beating|thrashed|crushed|against|host|hosts|hosted|hosting|face|faces|faced|facing|visit|visits|visiting|over|"
        "draw with|drew with|lost to|lose to|loss to|defeat to|defeat by|win over|victory over|ahead of|behind|signed from|joined from|"
        "at home to|rivals)\\s+$"),
                                 RE::CaseInsensitiveOption);
    static const RE placeBefore(QStringLiteral("\\b(?:in|at|from|near|of|outside|around|across|into|to|via)\\s+$"), RE::CaseInsensitiveOption);
    const auto isCity = [&](const SequenceTagger::Span &s) {
        return s.label == QLatin1String("GPE") && !context.gazetteer.isCountry(text.mid(s.start, s.end - s.start));
    };
    QSet<QString> teams;
    for (const SequenceTagger::Span &s : std::as_const(spans)) {
        if (!isCity(s))
            continue;
        const QStringView before = textBefore(text, s.start, 30);
        const QStringView after = textAfter(text, s.end, 40);
        if (teamAfter.matchView(after).hasMatch() || teamBefore.matchView(before).hasMatch())
            teams.insert(text.mid(s.start, s.end - s.start));
    }
    for (SequenceTagger::Span &s : spans) {
        if (!isCity(s) || !teams.contains(text.mid(s.start, s.end - s.start)))
            continue;
        const QStringView before = textBefore(text, s.start, 30);
        const QStringView after = textAfter(text, s.end, 40);
        if (!placeBefore.matchView(before).hasMatch() || teamAfter.matchView(after).hasMatch())
            s.label = QStringLiteral("ORG");
    }
}

// The two sides of a match to come in a report of a match are clubs: "Dinamo Tbilisi visit
// Torpedo Kutaisi next Saturday", "Chonburi, ninth, play Ratchaburi", "Basel travel to Servette
// in Geneva", "Ismaily visit Pyramids" (not the city travelled to "to face" a club there). A side
// the model left out becomes an organisation, and so does one it took for a city (or a city
// inside it: "Dinamo Tbilisi"); a country stays its national team, a person stays a person, and a
// side that starts with a given name is left alone.
void TaggerStage::addFixtureTeams(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    static const QString side = QStringLiteral(R"(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3})");
    static const RE fixture(QStringLiteral(R"((?<![\p{L}\p{N}’'.&-])(?<a>%1)(?:,\s+(?:\p{Ll}+|\d{1,2}(?:st|nd|rd|th)),)?\s+(?:will\s+|next\s+|then\s+)?)"
                                           R"((?:visit|visits|host|hosts|play|plays|travel\s+to|travels\s+to|welcome|welcomes)\s+(?:the\s+)?(?<b>%1)(?![\p{L}\p{N}])(?!\s+to\s+(?:face|play|meet|take\s+on)\b))")
                                .arg(side));
    if (!text.contains(QLatin1String("visit")) && !text.contains(QLatin1String("host")) && !text.contains(QLatin1String("play"))
        && !text.contains(QLatin1String("travel")) && !text.contains(QLatin1String("welcome")))
        return;
    if (!reportsAMatch(text))
        return;
    QList<SequenceTagger::Span> added;
    QList<std::pair<int, int>> replaced;
    const auto take = [&](int start, int end) {
        // (a sentence's first words that open it are no part of the name: "On Saturday Basel")
        static const QSet<QStringView> notNames = {u"It", u"They", u"He", u"She", u"We", u"Monday", u"Tuesday", u"Wednesday", u"Thursday",
                                                   u"Friday", u"Saturday", u"Sunday", u"Next", u"Both", u"Elsewhere"};
        for (;;) {
            const QStringView name = QStringView(text).mid(start, end - start);
            const qsizetype space = name.indexOf(QLatin1Char(' '));
            const QStringView first = space < 0 ? name : name.left(space);
            if (!isOpener(first) && !notNames.contains(first))
                break;
            if (space < 0)
                return;
            start += int(space) + 1;
            while (start < end && text.at(start).isSpace())
                ++start;
        }
        const QString name = text.mid(start, end - start);
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        if (name.contains(QLatin1Char('\n')) || context.gazetteer.isCountry(name) || context.gazetteer.isGivenName(QStringView(name).left(space < 0 ? name.size() : space))
            || context.gazetteer.isTitle(QStringView(name).left(space < 0 ? name.size() : space)))
            return;
        // (a span an earlier stage proposed for a name goes after this stage; a precise rule's stays)
        if (keptFromEarlierStage(context, start, end))
            return;
        // Only spans inside the side, none of them a person or an organisation already, and
        // any place among them a city.
        bool inside = true, keep = false;
        for (auto s = std::partition_point(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &x) { return x.end <= start; });
             s != spans.cend() && s->start < end; ++s) {
            inside = inside && s->start >= start && s->end <= end;
            const QString words = text.mid(s->start, s->end - s->start);
            keep = keep || s->label == QLatin1String("PERSON") || s->label == QLatin1String("ORG") || s->label == QLatin1String("NORP")
                || (s->label == QLatin1String("GPE") && context.gazetteer.isCountry(words)) || (s->label != QLatin1String("GPE") && s->label != QLatin1String("LOC"));
        }
        if (!inside || keep)
            return;
        added.append({start, end, QStringLiteral("ORG"), 0.6});
        replaced.append({start, end});
    };
    for (auto it = fixture.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        take(int(m.capturedStart(u"a")), int(m.capturedEnd(u"a")));
        take(int(m.capturedStart(u"b")), int(m.capturedEnd(u"b")));
    }
    if (!added.isEmpty())
        replaceInOrder(spans, replaced, added);
}

// A nickname in quotation marks in a report of a match is the club's, or the player's it is
// given to: "Kamsar, known to their fans as the “Bauxitiers,”", "Alay ... are the “Kyrandar”
// (“Eagles”)", "Port's own fans prefer “Sing Tha Rua”", "Feyenoord, nicknamed “De Trots van
// Zuid”"; "the striker known to fans as “Mergen”", "whom supporters call “Tonnerre”",
// "Bertolotti, nicknamed “El Profesor”" are people.
// A translation in brackets after it is the same name.
void TaggerStage::addNicknames(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    if (!text.contains(u'“') && !text.contains(QLatin1Char('"')))
        return;
    if (!reportsAMatch(text))
        return;
    static const QString name = QStringLiteral(R"(\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}’'-]*|de|del|van|fra|du|al|el|tou|tha|na|di)){0,4})");
    static const RE nickname(QStringLiteral(R"(\b(?:known(?:\s+(?:to\s+(?:their\s+|its\s+)?(?:fans|supporters)|in\s+the\s+stands|locally))?\s+as|nicknamed|)"
                                            R"((?:fans|supporters)\s+(?:call|prefer|know)(?:\s+(?:them|it|him|their\s+(?:club|side|team)))?|are|is)\s+(?:the\s+)?)"
                                            R"([“"](?<name>%1)[,.]?[”"](?:\s*\(\s*[“"](?<gloss>%1)[,.]?[”"]\s*\))?)")
                                 .arg(name));
    static const RE person(QStringLiteral(R"(\b(?:whom|striker|forward|midfielder|defender|goalkeeper|keeper|winger|captain|coach|manager|player|substitute|teenager)\b[^.;:“”"]{0,40}$)"));
    QList<SequenceTagger::Span> added;
    QList<std::pair<int, int>> replaced;
    const auto take = [&](int start, int end, const QString &label) {
        if (start < 0 || end <= start)
            return;
        if (keptFromEarlierStage(context, start, end))
            return;
        for (auto s = std::partition_point(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &x) { return x.end <= start; });
             s != spans.cend() && s->start < end; ++s) {
            if (s->start < start || s->end > end)
                return; // the model's name reaches out of the quotation marks
        }
        added.append({start, end, label, 0.6});
        replaced.append({start, end});
    };
    for (auto it = nickname.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int from = std::max(0, int(m.capturedStart()) - 60);
        // (also a person named right before: "Bertolotti, nicknamed “El Profesor”")
        const int frame = int(m.capturedStart());
        const auto before = std::partition_point(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &x) { return x.end <= frame; });
        const bool personBefore = before != spans.cbegin() && std::prev(before)->label == QLatin1String("PERSON") && frame - std::prev(before)->end <= 2;
        const QString label = personBefore || person.matchView(QStringView(text).mid(from, frame - from)).hasMatch() ? QStringLiteral("PERSON") : QStringLiteral("ORG");
        take(int(m.capturedStart(u"name")), int(m.capturedEnd(u"name")), label);
        take(int(m.capturedStart(u"gloss")), int(m.capturedEnd(u"gloss")), label);
    }
    if (!added.isEmpty())
        replaceInOrder(spans, replaced, added);
}

// "the Dane said", "the 24-year-old Swede": a nationality the model took for a person's name.
void TaggerStage::relabelNationalNouns(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    static const QRegularExpression theBefore(QStringLiteral("\\b[Tt]he\\s+(?:\\d+-year-old\\s+)?$"));
    for (SequenceTagger::Span &s : spans) {
        if (s.label != QLatin1String("PERSON") || context.text.mid(s.start, s.end - s.start).contains(QLatin1Char(' ')))
            continue;
        const QStringView before = textBefore(context.text, s.start, 24);
        const auto the = theBefore.matchView(before);
        if (!the.hasMatch())
            continue;
        const QString phrase = before.mid(the.capturedStart()).toString() + context.text.mid(s.start, s.end - s.start);
        if (SpeakerResolver::isNationality(phrase, context.gazetteer))
            s.label = QStringLiteral("NORP");
    }
}

// "Moonbay Games said in a statement": an event, a product or a work does not speak; a name the
// model took for one is the organisation's, in every mention.
void TaggerStage::relabelSpeakingThings(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    static const QSet<QStringView> things = {u"EVENT", u"PRODUCT", u"WORK_OF_ART"};
    static const QRegularExpression speaks(QStringLiteral("^\\s+(?:said|says|told|tells|announced|announces|added|argued|warned|insisted|"
                                                          "wrote|writes|confirmed|denied|declined)\\b"));
    const QString &text = context.text;
    const QSet<QString> speakers = namesSomewhereBefore(
        context, spans, [](const SequenceTagger::Span &s) { return things.contains(QStringView(s.label)); }, speaks, 20);
    if (speakers.isEmpty())
        return;
    for (SequenceTagger::Span &s : spans) {
        if (things.contains(QStringView(s.label)) && speakers.contains(text.mid(s.start, s.end - s.start)))
            s.label = QStringLiteral("ORG");
    }
}

// Institutions named in Spanish, Portuguese, French or Italian put their kind first and their
// subject after "de", "da", "del", "du" ...: "Museo Nacional de Ciencias Naturales", "Museu da
// Lourinhã", "Olympique de Marseille", "Banco de la República". A name the model found that starts
// with such a word runs on over the joining words and the capitalised words after them; a name
// right after "Olympique de" or "Museu da" gets the words before it.
void TaggerStage::joinRomanceInstitutions(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QString heads = QStringLiteral(
        "Museo|Museu|Musée|Banco|Banca|Banque|Universidad|Universidade|Université|Università|Instituto|Institut|Istituto|Olympique|"
        "Ministerio|Ministério|Ministère|Ministero|Tribunal|Consejo|Conselho|Conseil|Consiglio|Fundación|Fundação|Fondation|Fondazione|"
        "Compañía|Companhia|Compagnie|Grupo|Groupe|Gruppo|Caja|Caixa|Asociación|Associação|Association|Federación|Federação|Fédération|"
        "Federazione|Partido|Parti|Partito|Comisión|Comissão|Agencia|Agência|Agence|Agenzia|Servicio|Serviço|Superintendencia|"
        "Cámara|Câmara|Chambre|Camera|Corte|Cour|Junta|Atlético|Club|Clube|Deportivo|Sociedad|Sociedade|Société|Secretaría|Procuraduría|"
        "Fiscalía|Defensoría|Contraloría|Instituto|Escuela|Escola|École|Hospital|Hôpital|Ospedale|Centro|Centre|Olympic|Real|"
        // Dutch: "Centrale Bank van Aruba", "Universiteit van Curaçao"
        "Centrale|Universiteit|Ministerie|Rechtbank|Stichting|Raad|Gerecht");
    static const QString joiner = QStringLiteral("(?:de|da|do|das|dos|del|de la|de las|de los|des|du|de l’|de l'|d’|d'|di|della|delle|dello|degli|e|y|et|van|van de|van het|voor)");
    static const QString word = QStringLiteral("\\p{Lu}[\\p{L}’'-]*");
    static const QRegularExpression startsWithHead(QStringLiteral("^(?:%1)\\b").arg(heads));
    static const QRegularExpression tail(QStringLiteral("\\G(?: %1 ?%2(?: %2)*)+").arg(joiner, word));
    static const QRegularExpression headBefore(QStringLiteral("\\b(?<head>(?:%1)(?: %2){0,2}) (?:de|da|do|del|des|du|di|della|de la) $").arg(heads, word));
    QList<SequenceTagger::Span> result;
    result.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span span = spans.at(i);
        const QStringView name = QStringView(text).mid(span.start, span.end - span.start);
        const bool kind = span.label == QLatin1String("ORG") || span.label == QLatin1String("GPE") || span.label == QLatin1String("FAC");
        if (kind && span.label == QLatin1String("ORG") && startsWithHead.matchView(name).hasMatch()) {
            const auto m = tail.matchView(QStringView(text).mid(0, std::min<qsizetype>(text.size(), span.end + 120)), span.end);
            if (m.hasMatch() && !m.capturedView().contains(QLatin1Char('\n'))) {
                int end = endBeforePerson(spans, i, int(m.capturedEnd()));
                while (end > span.end && text.at(end - 1) == QLatin1Char(' '))
                    --end;
                static const QRegularExpression joinerAtEnd(QStringLiteral("(?: %1)+$").arg(joiner));
                if (const auto j = joinerAtEnd.matchView(QStringView(text).mid(span.end, end - span.end)); j.hasMatch())
                    end = span.end + int(j.capturedStart());
                if (end > span.end) {
                    span.end = end;
                    while (i + 1 < spans.size() && spans.at(i + 1).start < span.end)
                        ++i; // the parts the model found inside are this name
                }
            }
        } else if (kind) {
            const int from = std::max(0, span.start - 60);
            const auto m = headBefore.matchView(QStringView(text).mid(from, span.start - from));
            const int start = m.hasMatch() ? from + int(m.capturedStart(QStringLiteral("head"))) : span.start;
            // (the model's span over the head itself, "Olympique" as a nationality, is this name's)
            if (m.hasMatch() && !result.isEmpty() && result.last().start >= start && result.last().end <= span.start)
                result.removeLast();
            const bool earlierInside = !result.isEmpty() && result.last().end > start;
            if (m.hasMatch() && !earlierInside && !QStringView(text).mid(start, span.start - start).contains(QLatin1Char('\n'))) {
                span.start = start;
                span.label = QStringLiteral("ORG");
            }
        }
        result.append(span);
    }
    spans = result;
}

// Names a brand writes in lower case ("nuvo", "kuenta", "franceinfo"): a word the article keeps
// in lower case where every name is capitalised — in a headline in title case, right after the
// dateline, or at the start of two sentences or more — is a name wherever the article writes it
// so (an organisation: the brands of news are firms, their products have names of their own).
void TaggerStage::addStyledNames(ExtractionContext &context)
{
    const QString &text = context.text;
    static const QSet<QString> small = {
        QStringLiteral("and"), QStringLiteral("the"), QStringLiteral("for"), QStringLiteral("nor"), QStringLiteral("but"), QStringLiteral("yet"),
        QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("into"), QStringLiteral("onto"), QStringLiteral("upon"), QStringLiteral("over"),
        QStringLiteral("under"), QStringLiteral("after"), QStringLiteral("than"), QStringLiteral("that"), QStringLiteral("via"), QStringLiteral("per"),
        QStringLiteral("amid"), QStringLiteral("off"), QStringLiteral("out"), QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("des"), QStringLiteral("dos"), QStringLiteral("das"),
        QStringLiteral("les"), QStringLiteral("los"), QStringLiteral("las"), QStringLiteral("bin"), QStringLiteral("ibn"), QStringLiteral("near"),
        QStringLiteral("as"), QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("in"), QStringLiteral("of"), QStringLiteral("on"),
        QStringLiteral("or"), QStringLiteral("to"), QStringLiteral("up"), QStringLiteral("vs"), QStringLiteral("its"), QStringLiteral("is"),
        QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("be"), QStringLiteral("not"), QStringLiteral("until"), QStringLiteral("since"),
        QStringLiteral("against"), QStringLiteral("despite"), QStringLiteral("about"), QStringLiteral("before"), QStringLiteral("between"),
        QStringLiteral("without"), QStringLiteral("within"), QStringLiteral("across"), QStringLiteral("while"), QStringLiteral("when")};
    const auto styled = [&](QStringView w) {
        if (w.size() < 3 || small.contains(w.toString()))
            return false;
        return std::all_of(w.begin(), w.end(), [](QChar c) { return c.isLower() || c.isDigit(); }) && w.front().isLower();
    };
    QSet<QString> names;
    // The headline: its first line, in title case when most of its longer words are capitalised.
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QStringView headline = QStringView(text).left(lineEnd < 0 ? text.size() : lineEnd);
    {
        const QList<TextRange> words = wordsIn(text, 0, int(headline.size()));
        int capital = 0, counted = 0;
        QList<QStringView> lower;
        for (const TextRange &r : words) {
            const QStringView w = headline.mid(r.start, r.end - r.start);
            if (!w.front().isLetter() || small.contains(w.toString()))
                continue;
            ++counted;
            if (w.front().isUpper())
                ++capital;
            else if (styled(w))
                lower.append(w);
        }
        // (a headline has lines after it and no full stop: a first line that is a sentence
        // names its few capitalised words and lower-cases the rest)
        const bool headlineLike = lineEnd > 0 && !headline.trimmed().endsWith(QLatin1Char('.'));
        if (headlineLike && counted >= 4 && lower.size() <= 2 && capital + int(lower.size()) == counted)
            for (QStringView w : std::as_const(lower))
                names.insert(w.toString());
    }
    // The first word after a dateline ("PARIS — lumeo, a ...") and the first words of sentences.
    QHash<QString, int> opening;
    static const QRegularExpression dateline(QStringLiteral("^[\\p{Lu} .,'’-]{3,40}(?:,[^\\n]{0,40}?)?(?:\\([^)\\n]{1,30}\\))?\\s*[-–—]{1,2}\\s+(?<word>\\p{Ll}[\\p{Ll}\\d]+)\\b"));
    for (const TextRange &sentence : context.sentences) {
        const QStringView words = QStringView(text).mid(sentence.start, std::min(sentence.end - sentence.start, 120));
        if (const auto d = dateline.matchView(words); d.hasMatch() && styled(d.capturedView(QStringLiteral("word"))))
            names.insert(d.captured(QStringLiteral("word")));
        qsizetype k = 0;
        while (k < words.size() && !words.at(k).isLetterOrNumber())
            ++k;
        qsizetype e = k;
        while (e < words.size() && words.at(e).isLetterOrNumber())
            ++e;
        // (a word cut off by a full stop of an abbreviation continues a sentence: "U.S. officials")
        const bool afterAbbreviation = sentence.start >= 2 && text.at(sentence.start - 1).isSpace() && text.at(sentence.start - 2) == QLatin1Char('.')
            && sentence.start >= 4 && text.at(sentence.start - 4) == QLatin1Char('.');
        if (e > k && !afterAbbreviation && styled(words.mid(k, e - k)) && (e >= words.size() || words.at(e) != QLatin1Char('.')))
            ++opening[words.mid(k, e - k).toString()];
    }
    for (auto it = opening.cbegin(); it != opening.cend(); ++it) {
        if (it.value() >= 2)
            names.insert(it.key());
    }
    if (names.isEmpty())
        return;
    for (const QString &name : std::as_const(names)) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size())) {
            const qsizetype end = at + name.size();
            const bool whole = (at == 0 || !text.at(at - 1).isLetterOrNumber()) && (end >= text.size() || !text.at(end).isLetterOrNumber());
            // not inside an address: "lumeo.ai", "@kuenta", "#nuvo"
            const bool address = (at > 0 && (text.at(at - 1) == QLatin1Char('@') || text.at(at - 1) == QLatin1Char('#') || text.at(at - 1) == QLatin1Char('/')))
                || (end + 1 < text.size() && text.at(end) == QLatin1Char('.') && text.at(end + 1).isLetter());
            // nor the first word of a product's name: "nuvo Lens 2"
            // (in the headline every word is capitalised)
            const bool product = at > headline.size() && end + 1 < text.size() && text.at(end) == QLatin1Char(' ')
                && (text.at(end + 1).isUpper() || text.at(end + 1).isDigit());
            if (whole && !address && !product && context.spans.isFree(int(at), int(end)))
                context.spans.add(int(at), int(end), QStringLiteral("ORG"), QStringLiteral("model.tagger.styled-name"), 0.8);
        }
    }
}

// "Korean Metal Workers’ Union": an organisation's name goes on past a plural possessive to the
// word organisations end with ("Union", "Federation", "Association") right after it.
void TaggerStage::joinPossessiveOrganisations(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    static const QSet<QString> organisationWords = {QStringLiteral("Union"),    QStringLiteral("Unions"),      QStringLiteral("Association"),
                                                    QStringLiteral("Federation"), QStringLiteral("Council"),   QStringLiteral("Congress"),
                                                    QStringLiteral("Party"),    QStringLiteral("League"),      QStringLiteral("Guild"),
                                                    QStringLiteral("Cooperative"), QStringLiteral("Confederation"), QStringLiteral("Forum")};
    const QString &text = context.text;
    for (qsizetype s = 0; s < spans.size(); ++s) {
        SequenceTagger::Span &span = spans[s];
        if (span.label != QLatin1String("ORG") || span.end + 3 > text.size() || text.at(span.end - 1) != QLatin1Char('s'))
            continue;
        const QChar mark = text.at(span.end);
        if ((mark != QChar(0x2019) && mark != QLatin1Char('\'')) || text.at(span.end + 1) != QLatin1Char(' '))
            continue;
        int end = span.end + 2;
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        if (!organisationWords.contains(text.mid(span.end + 2, end - span.end - 2)))
            continue;
        const SequenceTagger::Span *following = s + 1 < spans.size() ? &spans.at(s + 1) : nullptr;
        if (following && following->start < end)
            continue; // another name starts there
        span.end = end;
    }
}

// "Rajesh K" + ". Menon": a name that stops at a middle initial (the model's or a rule's) goes on
// to the family name after the initial's period; so does a name that is only its first initial
// ("state secretary K" + ". P. Sreelekha").
void TaggerStage::joinMiddleInitials(ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression familyAfter(QStringLiteral("\\G\\.(?: \\p{Lu}\\.){0,2} (?:(?:%1) )?\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{Ll}").arg(particlePattern()));
    const auto extended = [&](int start, int end) -> int {
        const bool initialLast = end - start >= 3 && text.at(end - 1).isUpper() && text.at(end - 2) == QLatin1Char(' ');
        const bool initialAlone = end - start == 1 && text.at(start).isUpper() && (start == 0 || !text.at(start - 1).isLetter());
        if (!initialLast && !initialAlone)
            return -1;
        const auto m = matchAt(familyAfter, text, end);
        if (!m.hasMatch())
            return -1;
        int to = end + int(m.capturedEnd());
        while (to < text.size() && (text.at(to).isLetter() || text.at(to).isMark()))
            ++to;
        return to;
    };
    bool joined = false;
    for (SequenceTagger::Span &span : spans) {
        if (span.label != QLatin1String("PERSON"))
            continue;
        if (const int to = extended(span.start, span.end); to > 0) {
            span.end = to;
            joined = true;
        }
    }
    if (joined)
        dropOverlapping(spans); // the family name the model found on its own
    // The rules' names ("managing director Rajesh K").
    QList<Annotation> longer;
    for (const Annotation &a : context.spans.list()) {
        if (a.label != QLatin1String("PERSON") || !isPreciseRule(a.ruleId))
            continue; // the others give way to the model's names below
        if (const int to = extended(a.start, a.end); to > 0) {
            Annotation copy = a;
            copy.end = to;
            longer.append(copy);
        }
    }
    for (const Annotation &a : std::as_const(longer)) {
        context.spans.removeIf([&a](const Annotation &other) { return other.start < a.end && a.start < other.end; });
        spans.removeIf([&a](const SequenceTagger::Span &other) { return other.start < a.end && a.start < other.end; });
        context.spans.add(a.start, a.end, a.label, a.ruleId, a.confidence);
    }
}

// A country's name is a place in every article we annotated (348 of 348), also as a national
// team: "Saudi Arabia’s General Authority", "Hungary" in a headline are no organisations.
void TaggerStage::relabelCountries(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    for (SequenceTagger::Span &span : spans) {
        if ((span.label == QLatin1String("ORG") || span.label == QLatin1String("PERSON") || span.label == QLatin1String("LOC"))
            && context.gazetteer.isCountry(context.text.mid(span.start, span.end - span.start)))
            span.label = QStringLiteral("GPE");
    }
}

// The model found part of a company's name: "Rimal" of "Rimal Logistics", "Bajío" of "Cementos
// del Bajío", "Chiefs" of "Kaizer Chiefs". The whole is the capitalised word before or after
// the part (with a particle such as "del" between) where the article writes that whole at least
// twice below its headline, and nothing else claims the word; "Najd Cold Chain Co.": up to three
// capitalised words before a legal form.
void TaggerStage::extendRepeatedOrganisations(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    const qsizetype headlineEnd = std::max<qsizetype>(0, text.indexOf(QLatin1Char('\n')));
    static const QRegularExpression wordBefore(QStringLiteral("(?<![\\p{L}\\p{N}’'.-])\\p{Lu}\\p{L}+ (?:(?:del|de|da|do|dos|das|di|la) )?$"));
    static const QRegularExpression wordAfter(QStringLiteral("\\G \\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}’'-])")); // not an acronym: "Labour MP"
    static const QRegularExpression toLegalForm(QStringLiteral("\\G((?: \\p{Lu}\\p{L}+){1,3}) (?<form>\\p{Lu}[\\p{L}]+)\\.?(?![\\p{L}\\p{N}])"));
    const auto repeated = [&](int start, int end) {
        const QHash<QStringView, QList<int>> *wordStarts = &wordStartsIn(context);
        const QStringView whole = QStringView(text).mid(start, end - start);
        qsizetype firstEnd = 0;
        while (firstEnd < whole.size() && whole[firstEnd].isLetterOrNumber())
            ++firstEnd;
        int count = 0;
        const QList<int> places = wordStarts->value(whole.left(firstEnd));
        for (qsizetype k = 0; k < places.size() && k < 500 && count < 2; ++k) {
            const int at = places.at(k);
            if (at >= headlineEnd && QStringView(text).mid(at, whole.size()) == whole && (at + whole.size() >= text.size() || !text.at(at + whole.size()).isLetter()))
                ++count;
        }
        return count >= 2;
    };
    // The word joins only if the rules found nothing there and the model nothing but a lone word.
    const auto free = [&](int start, int end, const SequenceTagger::Span &self) {
        if (!context.spans.isFree(start, end))
            return false;
        auto it = std::partition_point(spans.cbegin(), spans.cend(), [start](const SequenceTagger::Span &o) { return o.end <= start; });
        for (; it != spans.cend() && it->start < end; ++it) {
            if (&*it != &self
                && (it->start < start || it->end > end || QStringView(text).mid(it->start, it->end - it->start).contains(QLatin1Char(' '))))
                return false;
        }
        return true;
    };
    // Function words and titles are capitalised at a sentence's start or before a name ("The
    // IMF", "Labour MP"), and are no part of it.
    static const QSet<QString> functionWords = {QStringLiteral("The"), QStringLiteral("A"),    QStringLiteral("An"),   QStringLiteral("This"),
                                                QStringLiteral("That"), QStringLiteral("These"), QStringLiteral("Those"), QStringLiteral("Its"),
                                                QStringLiteral("His"), QStringLiteral("Her"),  QStringLiteral("Their"), QStringLiteral("Our"),
                                                QStringLiteral("And"), QStringLiteral("But"),  QStringLiteral("In"),   QStringLiteral("On"),
                                                QStringLiteral("At"),  QStringLiteral("For"),  QStringLiteral("With"), QStringLiteral("From"),
                                                QStringLiteral("By"),  QStringLiteral("To"),   QStringLiteral("Of"),   QStringLiteral("As"),
                                                QStringLiteral("When"), QStringLiteral("While"), QStringLiteral("After"), QStringLiteral("Before")};
    const auto isTitle = [&context](int start, int end) {
        return std::any_of(context.titleMatches.cbegin(), context.titleMatches.cend(), [&](const auto &t) { return t.start < end && start < t.end; });
    };
    const auto joins = [&](const QString &word, int start, int end) {
        return !functionWords.contains(word) && !context.gazetteer.isGivenName(word) && context.gazetteer.lookup(word) < 0 && !isTitle(start, end);
    };
    for (SequenceTagger::Span &span : spans) {
        if (span.label != QLatin1String("ORG") || wordsIn(text, span.start, span.end).size() > 3 || span.start < headlineEnd)
            continue;
        if (const auto form = matchAt(toLegalForm, text, span.end); form.hasMatch() && context.gazetteer.isLegalForm(form.captured(QStringLiteral("form")))
            && free(span.end, span.end + int(form.capturedEnd()), span)) {
            span.end += int(form.capturedEnd());
            continue;
        }
        const int from = std::max(0, span.start - 40);
        if (const auto m = wordBefore.matchView(QStringView(text).mid(from, span.start - from)); m.hasMatch()) {
            const int start = from + int(m.capturedStart());
            const QString word = text.mid(start, text.indexOf(QLatin1Char(' '), start) - start);
            if (joins(word, start, start + int(word.size())) && free(start, span.start, span) && repeated(start, span.end)) {
                span.start = start;
                continue;
            }
        }
        if (const auto m = matchAt(wordAfter, text, span.end); m.hasMatch()) {
            const int end = span.end + int(m.capturedEnd());
            const QString word = text.mid(span.end + 1, end - span.end - 1);
            if (joins(word, span.end + 1, end) && free(span.end, end, span) && repeated(span.start, end))
                span.end = end;
        }
    }
    // A lone word the longer name now covers goes.
    std::sort(spans.begin(), spans.end(), [](const SequenceTagger::Span &a, const SequenceTagger::Span &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    dropOverlapping(spans);
}

// "rivals Asus and Acer", "Zepto, Blinkit and Swiggy": a lone capitalised word listed with an
// organisation the model found is an organisation too, where nothing else claims it (no name of
// a person, no place, no span of an earlier rule) and it is no sentence's first word.
void TaggerStage::addCoordinatedOrganisations(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression after(QStringLiteral("\\G(?:,\\s+|,?\\s+(?:and|or)\\s+)(?<word>\\p{Lu}[\\p{L}\\p{N}]+)(?![\\p{L}\\p{N}’'-]|\\s+\\p{Lu}|\\.\\p{L})"));
    static const QRegularExpression before(QStringLiteral("(?<![\\p{L}\\p{N}’'.-])(?<word>\\p{Lu}[\\p{L}\\p{N}]+)(?:,\\s+|,?\\s+(?:and|or)\\s+)$"));
    const auto taken = [&](int start, int end) { return !context.spans.isFree(start, end) || overlapsAny(spans, start, end); };
    const auto claimedByOthers = [&](const QString &word, int start) {
        if (context.gazetteer.isGivenName(word) || context.gazetteer.lookup(word) >= 0)
            return true;
        // The first word of a sentence or line is capitalised whatever it is.
        int back = start - 1;
        while (back >= 0 && text.at(back) == QLatin1Char(' '))
            --back;
        return back < 0 || text.at(back) == QLatin1Char('\n') || text.at(back) == QLatin1Char('.') || text.at(back) == QLatin1Char(':');
    };
    QList<SequenceTagger::Span> added;
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        // Short names as companies are listed, not long institutional ones ("Institute of
        // Seismology, Volcanology and ..."); not in a title-case headline, where every word has
        // a capital.
        if (span.label != QLatin1String("ORG") || wordsIn(text, span.start, span.end).size() > 2
            || QStringView(text).mid(span.start, span.end - span.start).contains(QLatin1String(" of ")) || context.layout.inTitleCase(span.start)
            || context.layout.inCapitals(span.start))
            continue;
        for (int end = span.end;;) {
            const auto m = matchAt(after, text, end);
            if (!m.hasMatch())
                break;
            const int start = end + int(m.capturedStart(QStringLiteral("word"))), wordEnd = end + int(m.capturedEnd(QStringLiteral("word")));
            if (taken(start, wordEnd) || claimedByOthers(m.captured(QStringLiteral("word")), start))
                break;
            added.append({start, wordEnd, span.label, span.confidence * 0.8});
            end = wordEnd;
        }
        const int from = std::max(0, span.start - 40);
        const auto m = before.matchView(QStringView(text).mid(from, span.start - from));
        if (m.hasMatch()) {
            const int start = from + int(m.capturedStart(QStringLiteral("word"))), wordEnd = from + int(m.capturedEnd(QStringLiteral("word")));
            // Not the end of a longer name: "Water Resources and Energy Directorate".
            int back = start - 1;
            while (back >= 0 && text.at(back) == QLatin1Char(' '))
                --back;
            int wordStart = back;
            while (wordStart > 0 && text.at(wordStart - 1).isLetter())
                --wordStart;
            const bool afterName = back >= 0 && (text.at(back) == QLatin1Char('(') || (text.at(back).isLetter() && text.at(wordStart).isUpper()));
            if (!afterName && !taken(start, wordEnd) && !claimedByOthers(m.captured(QStringLiteral("word")), start))
                added.append({start, wordEnd, span.label, span.confidence * 0.8});
        }
    }
    // A given name the model took for one more company of the list is no company: "rivals Asus
    // and Martin" (nor is one the rule above would add).
    static const QRegularExpression listedAfter(QStringLiteral(R"((?:,\s+|,?\s+(?:and|or)\s+)$)"));
    QSet<int> listedGivenNames;
    for (qsizetype i = 1; i < spans.size(); ++i) {
        const SequenceTagger::Span &span = spans.at(i), &previous = spans.at(i - 1);
        const QString word = text.mid(span.start, span.end - span.start);
        if (span.label == QLatin1String("ORG") && previous.label == QLatin1String("ORG") && span.start - previous.end <= 6 && !word.contains(QLatin1Char(' '))
            && context.gazetteer.isGivenName(word) && context.gazetteer.lookup(word) < 0 && context.spans.isFree(span.start, span.end)
            && listedAfter.matchView(QStringView(text).mid(previous.end, span.start - previous.end)).hasMatch())
            listedGivenNames.insert(span.start);
    }
    if (!listedGivenNames.isEmpty())
        spans.removeIf([&](const SequenceTagger::Span &span) { return listedGivenNames.contains(span.start) && span.label == QLatin1String("ORG"); });
    if (added.isEmpty())
        return;
    spans.append(added);
    std::sort(spans.begin(), spans.end(), [](const SequenceTagger::Span &a, const SequenceTagger::Span &b) { return a.start < b.start; });
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
}

// Names the model cut in two: "National Research Foundation" + "of Korea" is one organisation
// when the first part ends as organisations do. (Joining "A and B Council" was tried on the
// development articles and left as many names wrongly joined as it mended.)
void TaggerStage::joinOrganisationParts(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    OrganisationWords words = organisationWords(context);
    // Legal forms ("Mekong Dairy" + "JSC", "Kredily Finserv" + "Pvt Ltd") end names too: one or
    // two words after a name, as the list writes them.
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        if (span.end + 1 >= text.size() || text.at(span.end) != QLatin1Char(' '))
            continue;
        const QList<TextRange> next = wordsIn(text, span.end + 1, int(std::min<qsizetype>(text.size(), span.end + 24)));
        for (qsizetype n = std::min<qsizetype>(2, next.size()); n >= 1; --n) {
            const int from = next.first().start, to = next.at(n - 1).end;
            QString form = text.mid(from, to - from);
            if (form.endsWith(QLatin1Char('.')) || form.endsWith(QLatin1Char(',')))
                form.chop(1);
            if (from == span.end + 1 && context.gazetteer.isLegalForm(form)) {
                words.endByStart.insert(from, from + int(form.size()));
                words.ends.insert(from + int(form.size()));
                break;
            }
        }
    }
    // The model's own "... Co" or "... JSC" ends there too.
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        const QList<TextRange> inside = wordsIn(text, span.start, span.end);
        if (inside.size() > 1) {
            QString last = text.mid(inside.last().start, span.end - inside.last().start);
            if (context.gazetteer.isLegalForm(last))
                words.ends.insert(span.end);
        }
    }
    // "Ethiopian" + "Airlines", "Adani" + "Group", "Hanbit Investment" + "& Securities",
    // "Angkor Fresh Milk" + "Co.": a name followed by the word organisations end with is that
    // organisation; an abbreviated legal form keeps its period.
    for (SequenceTagger::Span &span : spans) {
        for (const QLatin1StringView gap : {QLatin1StringView(" "), QLatin1StringView(" & ")}) {
            const auto it = words.endByStart.constFind(span.end + int(gap.size()));
            if (it == words.endByStart.cend() || QStringView(text).mid(span.end, gap.size()) != gap
                || (it.value() < text.size() && text.at(it.value()).isLetterOrNumber()))
                continue;
            span.end = it.value();
            const QStringView last = QStringView(text).mid(it.key(), it.value() - it.key());
            if (span.end < text.size() && text.at(span.end) == QLatin1Char('.') && last.size() <= 3 && last.front().isUpper() && last.back().isLower())
                ++span.end;
            span.label = QStringLiteral("ORG");
            break;
        }
    }
    // "Lanterna Fresh Dairy Co" as the model found it: the abbreviation keeps its period.
    for (SequenceTagger::Span &span : spans) {
        if (span.label != QLatin1String("ORG") || !words.ends.contains(span.end) || span.end >= text.size() || text.at(span.end) != QLatin1Char('.'))
            continue;
        int wordStart = span.end;
        while (wordStart > span.start && text.at(wordStart - 1).isLetter())
            --wordStart;
        const QStringView last = QStringView(text).mid(wordStart, span.end - wordStart);
        if (last.size() <= 3 && last.size() >= 2 && last.front().isUpper() && last.back().isLower())
            ++span.end;
    }
    QList<SequenceTagger::Span> joined;
    joined.reserve(spans.size());
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        if (!joined.isEmpty()) {
            SequenceTagger::Span &first = joined.last();
            if (span.start < first.end)
                continue; // swallowed by an extension of the span before
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
    // "Halvorsen Robotics", "Fisheries Directorate" taken for a person: a name of two words or
    // more that ends with a word organisations end with is an organisation.
    for (SequenceTagger::Span &span : spans) {
        if (span.label == QLatin1String("PERSON") && words.ends.contains(span.end) && QStringView(text).mid(span.start, span.end - span.start).contains(QLatin1Char(' ')))
            span.label = QStringLiteral("ORG");
    }
    extendOrganisationsOfNames(context, words.ends, spans);
}

// "Japan Agency" + "for Medical Research and Development", "Autonomous Committee" + "for the
// Fiscal Rule": an organisation whose last word is one organisations end with, followed by "for"
// or "of" and capitalised words, runs on to the last of them ("and" or "&" may join two; the
// run stops at a person's name and at the end of the line).
void TaggerStage::extendOrganisationsOfNames(const ExtractionContext &context, const QSet<int> &organisationEnds, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression tail(QStringLiteral("\\G (?:for|of) (?:the )?(?<words>%1(?: (?:(?:and|&|of|for) )?%1){0,6})").arg(nameWordPattern()));
    QList<SequenceTagger::Span> result;
    result.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span span = spans.at(i);
        if (span.label == QLatin1String("ORG") && organisationEnds.contains(span.end)) {
            const auto m = tail.matchView(QStringView(text).mid(0, std::min<qsizetype>(text.size(), span.end + 160)), span.end);
            if (m.hasMatch()) {
                // A joining word never ends the name, and a person's name is no part of it.
                int end = endBeforePerson(spans, i, int(m.capturedEnd()));
                static const QRegularExpression joinerAtEnd(QStringLiteral("(?: (?:and|&|of|for|the))+ *$"));
                QStringView added = QStringView(text).mid(span.end, end - span.end);
                const auto j = joinerAtEnd.matchView(added);
                if (j.hasMatch())
                    end = span.end + int(j.capturedStart());
                while (end > span.end && text.at(end - 1) == QLatin1Char(' '))
                    --end;
                added = QStringView(text).mid(span.end, end - span.end);
                if (end > span.end && !added.contains(QLatin1Char('\n')) && wordsIn(text, span.end, end).size() >= 2) {
                    span.end = end;
                    while (i + 1 < spans.size() && spans.at(i + 1).start < span.end)
                        ++i; // the parts the model found inside are this name
                }
            }
        }
        result.append(span);
    }
    spans = result;
}

// "Development (AMED": a name never runs into a bracket it does not close.
void TaggerStage::cutAtBrackets(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    for (SequenceTagger::Span &span : spans) {
        const QStringView surface = QStringView(text).mid(span.start, span.end - span.start);
        const qsizetype open = surface.indexOf(QLatin1Char('('));
        if (open > 0 && !surface.mid(open).contains(QLatin1Char(')'))) {
            span.end = span.start + int(open);
            while (span.end > span.start && text.at(span.end - 1).isSpace())
                --span.end;
        }
        // Nor past a colon into the quotation it introduces: "Karin Dahl: 'We Will Reopen ...'".
        static const QRegularExpression colonQuote(QStringLiteral(":\\s*['‘\"“]"));
        if (const auto c = colonQuote.matchView(surface); c.hasMatch() && c.capturedStart() > 0 && span.start + int(c.capturedStart()) < span.end) {
            span.end = span.start + int(c.capturedStart());
            while (span.end > span.start && !text.at(span.end - 1).isLetterOrNumber())
                --span.end;
        }
        // Nor past the mark that closes a quotation it started inside: “The Anchor” by fans, ...
        const qsizetype close = surface.indexOf(QChar(0x201D));
        if (close > 0 && !surface.left(close).contains(QChar(0x201C))) {
            // ... unless the quotation ended there and its speaker's name comes after the mark:
            // "... since Ramadan,” Mudathir Elsir Hajjaj" is the speaker, not "Ramadan".
            const QStringView rest = surface.mid(close + 1).trimmed();
            const QChar last = surface.at(close - 1);
            if ((last == QLatin1Char(',') || last == QLatin1Char('.') || last == QLatin1Char('?') || last == QLatin1Char('!'))
                && !rest.isEmpty() && rest.front().isUpper() && rest.contains(QLatin1Char(' '))) {
                span.start = span.end - int(rest.size());
                continue;
            }
            span.end = span.start + int(close);
            while (span.end > span.start && !text.at(span.end - 1).isLetterOrNumber())
                --span.end;
        }
        // (the same with straight marks: `... since Ramadan," Mudathir Elsir Hajjaj`)
        static const QRegularExpression straightClose(QStringLiteral(R"([,.?!]" (?=\p{Lu}\S* \S))"));
        if (const auto m = straightClose.matchView(QStringView(text).mid(span.start, span.end - span.start)); m.hasMatch())
            span.start += int(m.capturedEnd());
    }
    spans.removeIf([](const SequenceTagger::Span &span) { return span.end <= span.start; });
    // A bracket that is part of the name, with no space before it: "CPI(M)", "CPI(ML)".
    static const QRegularExpression innerBracket(QStringLiteral("\\G\\(\\p{Lu}{1,4}\\)(?!\\w)"));
    bool joined = false;
    for (SequenceTagger::Span &span : spans) {
        if (span.label != QLatin1String("ORG") || span.end >= text.size() || text.at(span.end) != QLatin1Char('('))
            continue;
        if (const auto m = matchAt(innerBracket, text, span.end); m.hasMatch()) {
            span.end += int(m.capturedLength());
            joined = true;
        }
    }
    if (joined)
        dropOverlapping(spans); // the letter inside the bracket
}

// "the Ministry of Public Health and Aga Khan University": two bodies, each one whole; not
// "Ministry of Industry and Information Technology", nor "Energy and Petroleum Regulatory
// Authority" (one body's name: the first part is no body of its own).
static const QRegularExpression &twoBodies()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:Ministry|University|Bank|Institute|Council|Commission|Department|Office|Agency|Authority|Bureau|Court) of (?:the )?\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3})"
        R"((?<second> and (?:the )?\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3} (?:University|Bank|Institute|Hospital|Foundation|Agency|Authority|Council|)"
        R"(Commission|Company|Corporation|Group|Society|Association|Service|Organisation|Organization|Fund))$)"));
    return pattern;
}

// "Alternative bloc’s leader, Ilarion Plămădeală": a span the model ran across a job and a comma
// is the organisation's name before the job and the person's after the comma.
// "the Ministry of Health and the University of Glasgow": two bodies, whatever the model joined
// (no body of the annotated sets has " and the " inside its name); and the two above.
void TaggerStage::splitAtAndThe(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    QList<SequenceTagger::Span> added;
    for (SequenceTagger::Span &span : spans) {
        if (span.label != QLatin1String("ORG"))
            continue;
        const QStringView surface = QStringView(text).mid(span.start, span.end - span.start);
        if (const auto m = twoBodies().matchView(surface); m.hasMatch()) {
            const int second = span.start + int(m.capturedStart(u"second"));
            const int from = second + (text.mid(second, 9) == QLatin1String(" and the ") ? 9 : 5);
            added.append({from, span.end, span.label, span.confidence});
            span.end = second;
            continue;
        }
        const qsizetype at = surface.indexOf(u" and the ");
        if (at <= 0 || at + 9 >= surface.size() || !surface.at(at + 9).isUpper())
            continue;
        added.append({span.start + int(at) + 9, span.end, span.label, span.confidence});
        span.end = span.start + int(at);
    }
    addInOrder(spans, added);
}

// "According to Omdia, ...": a source no list knows as a place is a body (sources after "according
// to" in the annotated sets: 56 bodies, 33 people, 3 places, all of them listed); so is what a
// stake is bought in (after "stake in" in the annotated sets: 15 bodies; the 6 places describe
// the company named after them).
void TaggerStage::relabelUnlistedSources(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    for (SequenceTagger::Span &span : spans) {
        if (span.label != QLatin1String("GPE") && span.label != QLatin1String("LOC"))
            continue;
        const QStringView before = textBefore(text, span.start, 13);
        // "a 25% stake in Flutterwave, ...", "... stake in Tassa Pay for TT$24 million": what a stake
        // is bought in is a company (a place there describes one: "a 20% stake in Port Louis payments
        // start-up Zeta", whose next word is in lower case)
        static const QRegularExpression stakeAfter(QStringLiteral(R"(^(?:[,.;]|\s+(?:for|from|at|worth)\b))"));
        const bool stake = textBefore(text, span.start, 9) == QLatin1String("stake in ")
                           && stakeAfter.matchView(QStringView(text).mid(span.end, std::min<qsizetype>(8, text.size() - span.end))).hasMatch();
        if (!stake && before != QLatin1String("According to ") && before != QLatin1String("according to "))
            continue;
        const int listed = context.gazetteer.lookup(text.mid(span.start, span.end - span.start));
        if (listed < 0 || (stake && context.gazetteer.entry(listed).label == QLatin1String("ORG")))
            span.label = QStringLiteral("ORG");
    }
}

// "Hurricane Lisandra", "Cyclone Tavita", "Tropical Storm X": a named storm is an event (all 42
// such names of the annotated sets), whatever label the model gave it.
void TaggerStage::relabelNamedStorms(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    static const QRegularExpression storm(QStringLiteral(R"(^%1\s+\p{Lu}[\p{L}\p{M}’'-]+$)").arg(stormWords()));
    for (SequenceTagger::Span &span : spans) {
        if (span.label != QLatin1String("EVENT") && storm.matchView(QStringView(context.text).mid(span.start, span.end - span.start)).hasMatch())
            span.label = QStringLiteral("EVENT");
    }
}

// "Al-Ahli", "al-Ghaydah", "El-Gouna": the article joined to an Arabic name by a hyphen is part of
// it, where the model began after it; and a club so named takes the city after it ("Al-Ahli
// Tripoli", which the model gave as two names).
void TaggerStage::joinArabicArticles(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    const auto articleBefore = [&text](int at) {
        if (at < 3 || text.at(at - 1) != QLatin1Char('-'))
            return 0;
        const QStringView two = QStringView(text).mid(at - 3, 2);
        if (two != QLatin1String("Al") && two != QLatin1String("al") && two != QLatin1String("El") && two != QLatin1String("el"))
            return 0;
        return at == 3 || !text.at(at - 4).isLetterOrNumber() ? 3 : 0;
    };
    bool joined = false;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span &span = spans[i];
        if (const int article = articleBefore(span.start); article > 0 && (i == 0 || spans.at(i - 1).end <= span.start - article))
            span.start -= article;
        // ("Al-Ahli Tripoli": one word of a place or club right after, nothing between but a space)
        if (i + 1 < spans.size() && span.label == QLatin1String("ORG") && articleBefore(span.start + 3) == 3) {
            const SequenceTagger::Span &next = spans.at(i + 1);
            if (next.start == span.end + 1 && text.at(span.end) == QLatin1Char(' ')
                && (next.label == QLatin1String("ORG") || next.label == QLatin1String("GPE")) && wordsIn(text, next.start, next.end).size() == 1
                && !QStringView(text).mid(span.start, span.end - span.start).contains(QLatin1Char(' '))) {
                span.end = next.end;
                spans[i + 1].end = spans[i + 1].start; // dropped below
                joined = true;
            }
        }
    }
    if (joined)
        spans.removeIf([](const SequenceTagger::Span &s) { return s.end <= s.start; });
}

void TaggerStage::cutAtCommas(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression person(QStringLiteral("^\\p{Lu}[\\p{L}\\p{M}’'.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}’'.-]+){1,3}$"));
    static const QRegularExpression capitalised(QStringLiteral("^(?:\\p{Lu}[\\p{L}\\p{M}&-]*(?:\\s+|$))+"));
    QList<SequenceTagger::Span> added;
    for (SequenceTagger::Span &span : spans) {
        const QString surface = text.mid(span.start, span.end - span.start);
        const qsizetype comma = surface.lastIndexOf(QLatin1String(", "));
        if (comma <= 0)
            continue;
        const QString head = surface.left(comma), tail = surface.mid(comma + 2);
        // ("The chairman of the Council of the Isles of Scilly, Tristan Pender, and": the body a
        // job is of, then the one who holds it, set off by commas)
        static const QRegularExpression jobOf(officeOfABody() + QStringLiteral(R"((?:the\s+)?$)"));
        if (span.label == QLatin1String("ORG") && person.match(tail).hasMatch() && span.end < text.size() && text.at(span.end) == QLatin1Char(',')
            && context.gazetteer.lookup(tail) < 0 && jobOf.matchView(textBefore(text, span.start, 80)).hasMatch()) {
            added.append({span.start + int(comma) + 2, span.end, QStringLiteral("PERSON"), span.confidence});
            span.end = span.start + int(comma);
            continue;
        }
        // (only where a word in lower case says the head is a description: "leader")
        if (!person.match(tail).hasMatch() || !std::any_of(head.cbegin(), head.cend(), [](QChar c) { return c.isLower(); })
            || !head.split(QLatin1Char(' ')).constLast().front().isLower())
            continue;
        added.append({span.start + int(comma) + 2, span.end, QStringLiteral("PERSON"), span.confidence});
        const auto name = capitalised.match(head);
        const QString kept = name.hasMatch() ? name.captured().trimmed() : QString();
        // "Alternative bloc’s": the capitalised words before the first lower-case one, without a
        // possessive
        QString owner = kept;
        if (owner.endsWith(QLatin1String("’s")) || owner.endsWith(QLatin1String("'s")))
            owner.chop(2);
        span.end = owner.isEmpty() ? span.start : span.start + int(owner.size());
    }
    spans.removeIf([](const SequenceTagger::Span &s) { return s.end <= s.start; });
    addInOrder(spans, added);
}

// Names the model cut in two: "Yoon" + "Tae-hoon" (a Korean given name: two romanised
// syllables joined by a hyphen after a family name the lists know), and a nickname in quotation
// marks between given and family name ("Oluwatobiloba “Tobi” Adéwálé").
void TaggerStage::joinPersonParts(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QString syllable = QStringLiteral("(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|[kntlmp])?");
    static const QRegularExpression koreanGiven(
        QStringLiteral("\\G(?<family>\\p{Lu}\\p{Ll}+)(?: (?<given>\\p{Lu}%1-%1)|(?<first> \\p{Lu}%1)(?<second>-%1))(?![\\p{L}\\p{N}-])").arg(syllable));
    static const QRegularExpression nickname(
        QStringLiteral("\\G [“\"](?<nick>\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)?)[”\"] (?<family>%1)").arg(nameWordPattern()));
    QList<SequenceTagger::Span> joined;
    joined.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span span = spans.at(i);
        // (the span and the words after it: a match in the whole text would check all of it first)
        const int from = span.start;
        const QStringView head = QStringView(text).mid(from, std::min<qsizetype>(text.size(), span.end + 60) - from);
        const auto k = koreanGiven.matchView(head);
        if (k.hasMatch() && from + int(k.capturedEnd()) >= span.end && (context.gazetteer.isSurname(k.captured(u"family")) || context.gazetteer.isChineseSurname(k.captured(u"family")))
            && (span.label == QLatin1String("PERSON") || wordsIn(text, span.start, span.end).size() <= 2)) {
            span.end = from + int(k.capturedEnd());
            span.label = QStringLiteral("PERSON");
            while (i + 1 < spans.size() && spans.at(i + 1).start < span.end)
                ++i;
        }
        if (span.label == QLatin1String("PERSON")) {
            const auto n = nickname.matchView(head, span.end - from);
            const int family = from + int(n.capturedStart(u"family"));
            if (n.hasMatch() && (i + 1 >= spans.size() || spans.at(i + 1).start >= family || spans.at(i + 1).label == QLatin1String("PERSON"))) {
                span.end = std::max(from + int(n.capturedEnd()), i + 1 < spans.size() && spans.at(i + 1).start == family ? spans.at(i + 1).end : 0);
                while (i + 1 < spans.size() && spans.at(i + 1).start < span.end)
                    ++i;
            }
        }
        joined.append(span);
    }
    spans = joined;
    // "substitute Moon Tae-gyu": the same shape where the model found nothing at all.
    static const QRegularExpression koreanName(
        QStringLiteral("(?<![\\p{L}\\p{N}’'-])(?<family>\\p{Lu}\\p{Ll}{1,5}) \\p{Lu}%1-%1(?![\\p{L}\\p{N}-])").arg(syllable));
    // (a family name of one such syllable, "Moon", "Kim", "Jung", or one the lists know)
    static const QRegularExpression koreanFamily(QStringLiteral("^(?i:%1)$").arg(syllable));
    if (!text.contains(QLatin1Char('-')))
        return;
    QList<SequenceTagger::Span> added;
    for (auto it = koreanName.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart()), end = int(m.capturedEnd());
        if (overlapsAny(spans, start, end) || QStringView(text).mid(start, end - start).contains(QLatin1Char('\n'))
            || !(koreanFamily.matchView(m.capturedView(u"family")).hasMatch() || context.gazetteer.isSurname(m.captured(u"family"))
                 || context.gazetteer.isChineseSurname(m.captured(u"family"))))
            continue;
        added.append({start, end, QStringLiteral("PERSON"), 0.6});
    }
    addInOrder(spans, added);
}

// A person is introduced by their full name before the surname alone: one word the model
// called a person that never stands in a longer name of the article, and that no list knows as
// a given or family name ("Naver", "Safaricom"), is more likely an organisation.
void TaggerStage::relabelLonePersonWords(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    QSet<QString> inLongerNames;
    QSet<QString> organisationFirstWords; // "Halvorsen" of "Halvorsen Robotics"
    QHash<QString, int> firstSurnameAt;  // where each full name's last word first appears in one
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        if (span.label == QLatin1String("ORG") && words.size() > 1)
            organisationFirstWords.insert(text.mid(words.first().start, words.first().end - words.first().start));
        if (span.label != QLatin1String("PERSON"))
            continue;
        if (words.size() > 1) {
            for (const TextRange &w : words)
                inLongerNames.insert(text.mid(w.start, w.end - w.start));
            // Every word after the given name: "Moncada" of "Lucía Moncada Villegas" (the first of
            // two family names is the one written alone).
            for (qsizetype w = 1; w < words.size(); ++w) {
                const QString surname = text.mid(words.at(w).start, words.at(w).end - words.at(w).start);
                if (!firstSurnameAt.contains(surname))
                    firstSurnameAt.insert(surname, span.start);
            }
        }
    }
    // "Analyst Petter Lund ... In Lund’s view": a person's family name that is also a town is the
    // person, after the full name and where the article never puts anyone in, from or at the town.
    const auto usedAsPlace = [&text, &context](const QString &word) {
        static const QRegularExpression placeWord(QStringLiteral("\\b(?:in|from|to|near|at|outside|across|of)\\s+$"));
        const QHash<QStringView, QList<int>> *wordStarts = &wordStartsIn(context);
        const QList<int> places = wordStarts->value(QStringView(word));
        return std::any_of(places.cbegin(), places.cend(), [&](int at) {
            return placeWord.matchView(QStringView(text).mid(std::max(0, at - 12), std::min(at, 12))).hasMatch();
        });
    };
    for (SequenceTagger::Span &span : spans) {
        const QString word = text.mid(span.start, span.end - span.start);
        // "Park" after "Park Jae-won", "Tomasz" after "Tomasz Nowak": a word of a person's full
        // name standing alone is that person, whatever the model made of it.
        if (span.label == QLatin1String("ORG") && !word.contains(QLatin1Char(' ')) && inLongerNames.contains(word) && word.size() > 1
            && word.back().isLower() && !organisationFirstWords.contains(word) && context.gazetteer.lookup(word) < 0) {
            span.label = QStringLiteral("PERSON");
            continue;
        }
        if (span.label == QLatin1String("GPE") && !word.contains(QLatin1Char(' ')) && firstSurnameAt.value(word, span.start) < span.start
            && !organisationFirstWords.contains(word) && !usedAsPlace(word)) {
            span.label = QStringLiteral("PERSON");
            continue;
        }
        if (span.label != QLatin1String("PERSON"))
            continue;
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
    // The words an organisation's name ends with: "Judge Advocate General", "Justice Department".
    static const QRegularExpression organisationEnd(
        QStringLiteral("^(?:Court|Council|Ministry|Department|Party|Bank|Group|Commission|Committee|Office|Agency|University|Institute|Association|"
                       "Union|Club|Movement|Front|Alliance|Foundation|Centre|Center|Service|Authority|Board|Fund|League|Corps|General)$"));
    // Ranks and honorifics, which the list of titles (a cue of the model) leaves out:
    // "Colonel Nadjati Toybou", "Associate Justice Lorenza Weital", "Dona Eufémia". A word
    // that only qualifies a rank goes with it ("Associate", "Deputy", "Acting").
    static const QSet<QString> ranks = {
        QStringLiteral("Colonel"),   QStringLiteral("Col"),        QStringLiteral("Lieutenant"), QStringLiteral("Lt"),       QStringLiteral("Major"),
        QStringLiteral("Captain"),   QStringLiteral("Capt"),       QStringLiteral("Sergeant"),   QStringLiteral("Sgt"),      QStringLiteral("Corporal"),
        QStringLiteral("Admiral"),   QStringLiteral("Brigadier"),  QStringLiteral("Marshal"),    QStringLiteral("Commander"), QStringLiteral("Inspector"),
        QStringLiteral("Superintendent"), QStringLiteral("Constable"), QStringLiteral("Justice"), QStringLiteral("Magistrate"), QStringLiteral("Dona"),
        QStringLiteral("Dom"),       QStringLiteral("Doña"),       QStringLiteral("Madame"),     QStringLiteral("Mme"),      QStringLiteral("Monsieur"),
        QStringLiteral("Father"),    QStringLiteral("Reverend"),   QStringLiteral("Rev"),        QStringLiteral("Pastor"),   QStringLiteral("Imam"),
        QStringLiteral("Rabbi"),     QStringLiteral("Bishop"),     QStringLiteral("Archbishop"), QStringLiteral("Cardinal"), QStringLiteral("Registrar"),
        QStringLiteral("Ombudsman"), QStringLiteral("Treasurer")};
    static const QSet<QString> qualifiers = {QStringLiteral("Associate"), QStringLiteral("Deputy"), QStringLiteral("Acting"), QStringLiteral("Chief"),
                                             QStringLiteral("Senior"),    QStringLiteral("Vice"),   QStringLiteral("Police"), QStringLiteral("Lance")};
    // (only the ranks no firm or league begins with: not "Major League Soccer", "Cardinal Health")
    static const QSet<QString> personalRanks = {QStringLiteral("Colonel"),  QStringLiteral("Lieutenant"), QStringLiteral("Sergeant"), QStringLiteral("Corporal"),
                                                QStringLiteral("Admiral"),  QStringLiteral("Brigadier"),  QStringLiteral("Superintendent"),
                                                QStringLiteral("Constable"), QStringLiteral("Justice"),   QStringLiteral("Magistrate"), QStringLiteral("Imam"),
                                                QStringLiteral("Rabbi"),    QStringLiteral("Archbishop"), QStringLiteral("Reverend"), QStringLiteral("Pastor"),
                                                QStringLiteral("Registrar"), QStringLiteral("Ombudsman"), QStringLiteral("Treasurer")};
    // ("Official Languages Act": a law's last word is no family name)
    static const QRegularExpression lawEnd(QStringLiteral("^(?:Act|Code|Ordinance|Decree|Constitution|Law|Regulation|Directive|Bill|Treaty|Charter|Convention)$"));
    const auto looksLikeName = [&](const QList<TextRange> &words, qsizetype from) {
        const QStringView last = QStringView(text).mid(words.last().start, words.last().end - words.last().start);
        const QString rest = text.mid(words.at(from).start, words.last().end - words.at(from).start);
        return std::all_of(words.cbegin() + from, words.cend(), [&](const TextRange &w) { return text.at(w.start).isUpper(); })
            && !organisationEnd.matchView(last).hasMatch() && !lawEnd.matchView(last).hasMatch() && context.gazetteer.lookup(rest) < 0 && !context.gazetteer.isCountry(rest);
    };
    for (SequenceTagger::Span &span : spans) {
        const bool person = span.label == QLatin1String("PERSON");
        if (!person && span.label != QLatin1String("ORG"))
            continue;
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        // ("Colonel Nadjati Toybou" where the model began after the rank)
        if (!person && words.size() >= 2 && words.size() <= 3) {
            const QStringView lead = textBefore(text, span.start, 16).trimmed();
            qsizetype space = lead.size();
            while (space > 0 && !lead.at(space - 1).isSpace())
                --space;
            QString before = lead.mid(space).toString();
            if (before.endsWith(QLatin1Char('.')))
                before.chop(1);
            if (personalRanks.contains(before) && text.at(span.start - 1) == QLatin1Char(' ') && looksLikeName(words, 0)) {
                span.label = QStringLiteral("PERSON");
                continue;
            }
        }
        if (words.size() < (person ? 2 : 3))
            continue;
        QString first = text.mid(words.first().start, words.first().end - words.first().start);
        if (first.endsWith(QLatin1Char('.')))
            first.chop(1);
        if (person) {
            if (context.gazetteer.isTitle(first) && !lawEnd.matchView(QStringView(text).mid(words.last().start, words.last().end - words.last().start)).hasMatch()) {
                span.start = words.at(1).start;
                continue;
            }
            const auto wordAt = [&](qsizetype i) {
                QString w = text.mid(words.at(i).start, words.at(i).end - words.at(i).start);
                if (w.endsWith(QLatin1Char('.')))
                    w.chop(1);
                return w;
            };
            qsizetype drop = 0;
            while (drop + 1 < words.size()) {
                const QString w = wordAt(drop);
                if (ranks.contains(w)) {
                    ++drop;
                } else if (qualifiers.contains(w) && drop + 2 < words.size() && ranks.contains(wordAt(drop + 1))) {
                    drop += 2;
                } else {
                    break;
                }
            }
            if (drop > 0)
                span.start = words.at(drop).start;
            continue;
        }
        // "Justice Ofelia Guzmán Tovar", "Senator Amaka Obi-Nwosu", which the model took for an
        // organisation: a title in capitals and a name of capitalised words after it is a person.
        // (also the last word of a title begun before the span: "Group Chief Executive Hisham
        // Al-Marzouqi" where the model started at "Executive")
        const QStringView wordBefore = textBefore(text, span.start, 12).trimmed().split(QLatin1Char(' ')).constLast();
        const bool titleEnds = !wordBefore.isEmpty() && wordBefore.front().isUpper() && context.gazetteer.isTitle(QString(wordBefore.toString() + QLatin1Char(' ') + first));
        // ("Associate Justice Lorenza Weital": a rank and the word that qualifies it)
        // ("Parliamentary Registrar Clarimundo Azevedo-Vieira", "Regional Commissioner X Y": an
        // adjective that qualifies the title goes with it)
        static const QRegularExpression adjective(QStringLiteral("^\\p{Lu}\\p{Ll}+(?:ary|al|ial|ian|ive|ic)$"));
        const QString second = words.size() >= 4 ? text.mid(words.at(1).start, words.at(1).end - words.at(1).start) : QString();
        const qsizetype from = words.size() >= 4
                && ((qualifiers.contains(first) && personalRanks.contains(second))
                    || (adjective.match(first).hasMatch() && (personalRanks.contains(second) || context.gazetteer.isTitle(second))))
            ? 2
            : 1;
        if (!first.front().isUpper() || (from == 1 && !context.gazetteer.isTitle(first) && !personalRanks.contains(first) && !titleEnds))
            continue;
        if (looksLikeName(words, from)) {
            span.start = words.at(from).start;
            span.label = QStringLiteral("PERSON");
        }
    }
}

QList<const Annotation *> TaggerStage::extendedListedOrganisations(const ExtractionContext &context, const std::vector<const Annotation *> &earlier,
                                                                    const SequenceTagger::Span &span)
{
    // (and a listed brand that starts its model's name: "Huawei Pura 90")
    if ((span.label != QLatin1String("ORG") && span.label != QLatin1String("PRODUCT")) || span.start < context.text.indexOf(QLatin1Char('\n')))
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
    const bool product = span.label == QLatin1String("PRODUCT");
    const bool name = words.size() <= 4 && std::all_of(words.cbegin(), words.cend(), [&](const TextRange &w) {
        return context.text.at(w.start).isUpper() || (product && context.text.at(w.start).isDigit());
    });
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
    const QHash<QStringView, QList<int>> &wordStarts = wordStartsIn(context);
    QSet<QStringView> done;
    // Other mentions of a name of several words that the model cut into pieces of its own
    // ("Cementos del Norte" once, "Cementos" + "Norte" further on): the pieces give way.
    struct Split
    {
        int start, end;
        QString label;
        double confidence;
        bool onlyPieces = true;
    };
    std::vector<Split> splits;
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
            if (!whole)
                continue;
            if (context.spans.isFree(start, end))
                context.spans.add(start, end, span.label, QStringLiteral("model.tagger.same-name"), span.confidence);
            else if (start != span.start && surface.contains(QLatin1Char(' ')))
                splits.push_back({start, end, span.label, span.confidence});
        }
    }
    if (!splits.empty()) {
        std::sort(splits.begin(), splits.end(), [](const Split &a, const Split &b) { return a.start < b.start; });
        const auto splitAt = [&splits](const Annotation &a) -> Split * {
            auto it = std::partition_point(splits.begin(), splits.end(), [&a](const Split &s) { return s.start < a.end; });
            if (it == splits.begin())
                return nullptr;
            --it;
            return it->end > a.start ? &*it : nullptr;
        };
        for (const Annotation &a : context.spans.list()) {
            if (Split *split = splitAt(a); split && (a.ruleId != QLatin1String("model.tagger") || a.start < split->start || a.end > split->end))
                split->onlyPieces = false;
        }
        context.spans.removeIf([&](const Annotation &a) {
            const Split *split = splitAt(a);
            return split && split->onlyPieces;
        });
        for (const Split &split : splits) {
            if (split.onlyPieces && context.spans.isFree(split.start, split.end))
                context.spans.add(split.start, split.end, split.label, QStringLiteral("model.tagger.same-name"), split.confidence);
        }
    }
    // The people's names of several words by their first word: a first word two names share
    // ("Kim" of "Kim Dong-hyun" and "Kim Min-jae") stands for neither alone.
    QHash<QStringView, QSet<QStringView>> namesByFirstWord;
    for (const SequenceTagger::Span &span : names) {
        const QStringView surface = text.mid(span.start, span.end - span.start);
        const qsizetype space = surface.indexOf(QLatin1Char(' '));
        if (span.label == QLatin1String("PERSON") && space > 0)
            namesByFirstWord[surface.left(space)].insert(surface);
    }
    const qsizetype headlineEnd = text.indexOf(QLatin1Char('\n'));
    // "Vihaan Kulkarni-Rao ... In Kulkarni-Rao’s words": a person's family name alone is that
    // person, where it stands apart from other capitalised words and the article never writes it
    // in lower case (a family name such as "Young" or "Long" may be an ordinary word).
    const auto capitalisedWordAt = [&text](qsizetype at) { return at >= 0 && at < text.size() && text[at].isUpper(); };
    for (const SequenceTagger::Span &span : names) {
        if (span.label != QLatin1String("PERSON"))
            continue;
        const QStringView surface = text.mid(span.start, span.end - span.start);
        const qsizetype space = surface.lastIndexOf(QLatin1Char(' '));
        if (space < 0)
            continue;
        // A Korean name puts the family name first: "Moon" of "Moon Tae-gyu".
        static const QRegularExpression koreanGiven(QStringLiteral("^\\p{Lu}\\p{Ll}+-\\p{Ll}+$"));
        const bool familyFirst = surface.indexOf(QLatin1Char(' ')) == space && koreanGiven.matchView(surface.mid(space + 1)).hasMatch();
        // The other word of a two-word name may stand alone for the person too: the family name
        // of a Chinese name ("Lü" of "Lü Zhenhao"), or a given name (in the words of a name the
        // article gives only one person).
        QList<qsizetype> parts = {familyFirst ? 0 : space + 1};
        // (Not a headline's: "Nancy Lose at Sochaux" names no Nancy.)
        if (surface.indexOf(QLatin1Char(' ')) == space && !familyFirst && span.start > headlineEnd) {
            const QStringView first = surface.left(space);
            const bool shared = namesByFirstWord.value(first).size() > 1;
            const QStringView last = surface.mid(space + 1);
            if (!shared && !first.contains(QLatin1Char('.')) && last.front().isUpper() && last.back().isLower())
                parts.append(0);
        }
        for (const qsizetype familyAt : std::as_const(parts)) {
            const QStringView family = familyAt == 0 ? surface.left(space) : surface.mid(space + 1);
            if (family.size() < 2 || !family.front().isUpper() || done.contains(family) || !family.back().isLower()
                || context.gazetteer.lookup(family.toString()) >= 0)
                continue;
            done.insert(family);
            const QString lower = family.toString().toLower();
            if (wordStarts.contains(QStringView(lower)))
                continue; // an ordinary word too

            const QStringView firstWord = family.left(wordEnd(span.start + int(familyAt)) - (span.start + int(familyAt)));
            for (const int start : wordStarts.value(firstWord)) {
                const int end = start + int(family.size());
                if (end > text.size() || text.mid(start, family.size()) != family || (end < text.size() && text[end].isLetterOrNumber()))
                    continue;
                if ((end < text.size() && text[end] == QLatin1Char('-')) || (start > 0 && text[start - 1] == QLatin1Char('-')))
                    continue; // a part of a hyphenated name
                // Not inside a longer name: no capitalised word right before (on the same line) or after.
                const bool after = end + 1 < text.size() && text[end] == QLatin1Char(' ') && capitalisedWordAt(end + 1);
                qsizetype before = start - 1;
                const bool spaceBefore = before >= 0 && text[before] == QLatin1Char(' ');
                while (before >= 0 && text[before] == QLatin1Char(' '))
                    --before;
                if (spaceBefore && before > 0 && text[before] == QLatin1Char('.') && text[before - 1].isUpper())
                    --before; // a middle initial: "András B. Halmos"
                const bool previousCapitalised = spaceBefore && before >= 0 && text[before].isLetter()
                    && [&] { qsizetype w = before; while (w > 0 && text[w - 1].isLetter()) --w; return text[w].isUpper(); }();
                if (after || previousCapitalised || !context.spans.isFree(start, end))
                    continue;
                // (the same entity as the full name, unless an earlier stage said otherwise)
                const QString key = span.label + QLatin1Char('|') + family;
                if (context.spans.add(start, end, span.label, QStringLiteral("model.tagger.family-name"), span.confidence * 0.9) && !context.canonicalOf.contains(key))
                    context.canonicalOf.insert(key, span.label + QLatin1Char('|') + surface);
            }
        }
    }
}

// "Schibsted and", "Ministry of": a name never ends in a joining word; the model, which sees
// the capital after it, sometimes runs a name on into one.
void TaggerStage::trimTrailingFunctionWords(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    static const QSet<QString> joining = {QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("of"), QStringLiteral("for"),
                                          QStringLiteral("the"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"),
                                          QStringLiteral("to"), QStringLiteral("with"), QStringLiteral("by"), QStringLiteral("from"),
                                          QStringLiteral("as"), QStringLiteral("a"), QStringLiteral("an")};
    for (qsizetype i = spans.size() - 1; i >= 0; --i) {
        SequenceTagger::Span &span = spans[i];
        QList<TextRange> words = wordsIn(context.text, span.start, span.end);
        // Names of people, organisations and places end in a capitalised word too ("Kathimerini
        // ran", "Taleqan dam and on fixing leaks"); a facility may end in "plant" or "airport".
        static const QSet<QStringView> endCapitalised = {u"PERSON", u"ORG", u"GPE", u"NORP", u"LOC", u"PRODUCT", u"EVENT"};
        // (Not in a name written in another language's way: "Komerční banka", "Hospodářské noviny".)
        const bool capitalisedEnd = endCapitalised.contains(QStringView(span.label))
            && !writtenInAnotherLanguage(QStringView(context.text).mid(span.start, span.end - span.start));
        const auto lowerWord = [&](const TextRange &w) { return isLowerCaseWord(QStringView(context.text).mid(w.start, w.end - w.start)); };
        while (words.size() > 1
               && (joining.contains(context.text.mid(words.last().start, words.last().end - words.last().start))
                   || (capitalisedEnd && lowerWord(words.last()) && !lowerWord(words.first()))))
            words.removeLast();
        if (words.isEmpty())
            continue;
        span.end = std::min(span.end, words.last().end);
    }
}

// "Agency for Marine Research" + " and Development", "Ministry of Health" + ", Labour and
// Welfare": the field an institution is named for goes on over "and" (and commas before it) to
// the capitalised words after it, where the model found nothing else in them.
void TaggerStage::joinFieldsAfterAnd(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    static const QRegularExpression after(QStringLiteral("^(?:,\\s+\\p{Lu}[\\w’'-]*(?:\\s+\\p{Lu}[\\w’'-]*)*)*\\s+and\\s+\\p{Lu}[\\w’'-]*(?:\\s+\\p{Lu}[\\w’'-]*)*"));
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span &span = spans[i];
        if (span.label != QLatin1String("ORG"))
            continue;
        const QStringView name = QStringView(context.text).mid(span.start, span.end - span.start);
        if (!name.contains(u" of ") && !name.contains(u" for "))
            continue;
        const QRegularExpressionMatch m = matchAt(after, context.text, span.end, 160);
        if (!m.hasMatch())
            continue;
        const int end = endBeforePerson(spans, i, span.end + int(m.capturedLength()));
        if (end <= span.end || twoBodies().matchView(QStringView(context.text).mid(span.start, end - span.start)).hasMatch())
            continue;
        // ("... Research and Development": the model may have taken the last field for a name of
        // its own; a name inside the range that is no person is part of this one)
        bool inside = true;
        for (const SequenceTagger::Span &other : std::as_const(spans)) {
            if (&other != &span && other.start < end && span.end < other.end)
                inside = inside && other.start >= span.end && other.end <= end && other.label != QLatin1String("PERSON");
        }
        if (!inside)
            continue;
        const int from = span.end;
        span.end = end;
        for (qsizetype k = spans.size() - 1; k > i; --k) {
            if (spans.at(k).start >= from && spans.at(k).end <= end)
                spans.removeAt(k);
        }
    }
}

// "Norges Bank cut its rate": capitalised words before a word organisations end with, which the
// suffix rule found and the model left without any name at all, are the organisation.
void TaggerStage::addSuffixNamesTheModelMissed(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    QList<SequenceTagger::Span> added;
    for (const Annotation &a : context.spans.list()) {
        if (a.label != QLatin1String("ORG") || (a.ruleId != QLatin1String("org.suffix") && a.ruleId != QLatin1String("org.of-name")))
            continue;
        if (overlapsAny(spans, a.start, a.end))
            continue;
        added.append({a.start, a.end, a.label, a.confidence * 0.9});
    }
    addInOrder(spans, added);
}

// "The Jakarta Post", "The Island, a Colombo daily": a newspaper's or journal's name starts with
// its "The", which the model leaves out (and without which it took "Island" for a place).
void TaggerStage::joinNewspaperArticles(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QSet<QStringView> mastheads = {u"Post", u"Times", u"Herald", u"Guardian", u"Telegraph", u"Independent", u"Observer",
                                                u"Tribune", u"Journal", u"Gazette", u"Chronicle", u"Star", u"Standard", u"Mail",
                                                u"Express", u"Economist", u"Nation", u"Hindu", u"Mirror", u"Sun", u"Punch", u"Lancet",
                                                u"Courier", u"Globe", u"Statesman", u"Citizen", u"Monitor", u"Inquirer", u"Enquirer",
                                                u"Dispatch", u"Bulletin", u"Sentinel", u"Spectator", u"Record", u"Argus", u"Clarion"};
    static const QRegularExpression daily(QStringLiteral(
        "^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:daily|newspaper|weekly|tabloid|broadsheet|magazine|journal|paper|news\\s+site)\\b"));
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span &span = spans[i];
        if (span.start < 4 || QStringView(text).mid(span.start - 4, 4) != u"The ")
            continue;
        if (span.start > 4 && (text.at(span.start - 5).isLetterOrNumber() || text.at(span.start - 5) == QLatin1Char('-')))
            continue;
        if (i > 0 && spans.at(i - 1).end > span.start - 4)
            continue;
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        if (words.isEmpty())
            continue;
        const QStringView last = QStringView(text).mid(words.last().start, words.last().end - words.last().start);
        const bool masthead = span.label == QLatin1String("ORG") && mastheads.contains(last);
        if (!masthead && !daily.matchView(textAfter(text, span.end, 60)).hasMatch())
            continue;
        span.start -= 4;
        span.label = QStringLiteral("ORG");
    }
}

// "VMRO-DPMNE", "(MLSTP-PSD)", "TS-LKD": an acronym of capitals joined by hyphens is one name, an
// organisation's, wherever the model found a part of it or took it for a product's model.
void TaggerStage::joinHyphenatedAcronyms(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression acronym(QStringLiteral(R"((?<![\p{L}\p{N}-])\p{Lu}{2,}(?:-\p{Lu}{2,})+(?![\p{L}\p{N}-]))"));
    if (!text.contains(QLatin1Char('-')))
        return;
    bool changed = false;
    for (auto it = acronym.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart()), end = int(m.capturedEnd());
        auto first = std::partition_point(spans.begin(), spans.end(), [&](const SequenceTagger::Span &x) { return x.end <= start; });
        auto last = first;
        bool inside = true, organisation = false, product = false;
        for (; last != spans.end() && last->start < end; ++last) {
            inside = inside && last->start >= start && last->end <= end;
            organisation = organisation || last->label == QLatin1String("ORG");
            product = product || last->label == QLatin1String("PRODUCT");
        }
        if (first == last || !inside || !(organisation || (product && first + 1 == last)))
            continue;
        first->start = start;
        first->end = end;
        first->label = QStringLiteral("ORG");
        for (auto x = first + 1; x != last; ++x)
            x->end = -1; // dropped below
        changed = true;
    }
    if (changed)
        spans.removeIf([](const SequenceTagger::Span &x) { return x.end < 0; });
}

// A firm's branch in a country is named with the country: "Safaricom Ethiopia", "Airtel Tanzania";
// a statistics office too: "Statistics Finland", "Statistics Sierra Leone".
void TaggerStage::joinOrganisationsAndCountries(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    const Gazetteer &gazetteer = context.gazetteer;
    const auto isCountrySpan = [&](const SequenceTagger::Span &x) {
        return x.label == QLatin1String("GPE") && gazetteer.isCountry(text.mid(x.start, x.end - x.start));
    };
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span &a = spans[i];
        // "Statistics Finland"
        if (isCountrySpan(a) && a.start >= 11 && QStringView(text).mid(a.start - 11, 11) == QLatin1String("Statistics ")
            && (i == 0 || spans.at(i - 1).end <= a.start - 11)) {
            a.start -= 11;
            a.label = QStringLiteral("ORG");
            continue;
        }
        if (i + 1 >= spans.size() || a.label != QLatin1String("ORG") || !isCountrySpan(spans.at(i + 1)) || spans.at(i + 1).start != a.end + 1
            || text.at(a.end) != QLatin1Char(' '))
            continue;
        a.end = spans.at(i + 1).end;
        spans.removeAt(i + 1);
    }
}

// "São Tomé" + "and" + "Príncipe", "Trinidad and Tobago": two places the model found either side
// of "and" are one country when the whole is one ("Sao Tome and Principe" in the list of countries).
void TaggerStage::joinCountriesWithAnd(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    const auto withoutMarks = [](const QString &name) {
        QString plain = name.normalized(QString::NormalizationForm_D);
        plain.removeIf([](QChar c) { return c.isMark(); });
        return plain;
    };
    // (and as news writes them: "St Kitts and Nevis" for Saint Kitts and Nevis, "Turks and Caicos"
    // for the Turks and Caicos Islands)
    const auto isCountry = [&](const QString &name) {
        if (context.gazetteer.isCountry(name) || context.gazetteer.isCountry(withoutMarks(name)) || context.gazetteer.isCountry(name + QLatin1String(" Islands")))
            return true;
        static const QRegularExpression saint(QStringLiteral(R"(^St\.? )"));
        return saint.match(name).hasMatch() && context.gazetteer.isCountry(QString(name).replace(saint, QStringLiteral("Saint ")));
    };
    for (qsizetype i = 0; i + 1 < spans.size(); ++i) {
        SequenceTagger::Span &a = spans[i];
        const SequenceTagger::Span &b = spans.at(i + 1);
        if (a.label != QLatin1String("GPE") || (b.label != QLatin1String("GPE") && b.label != QLatin1String("ORG")) || b.start - a.end != 5
            || QStringView(text).mid(a.end, 5) != QLatin1String(" and "))
            continue;
        if (!isCountry(text.mid(a.start, b.end - a.start))) {
            // "St Kitts" + "and" + "Nevis Statistics Department": the country's institution
            const QList<TextRange> words = wordsIn(text, b.start, b.end);
            if (b.label != QLatin1String("ORG") || words.size() < 2 || !isCountry(text.mid(a.start, words.first().end - a.start)))
                continue;
            a.label = b.label;
        }
        a.end = b.end;
        spans.removeAt(i + 1);
    }
    // A country whose one half the model missed or took for a body: "Turks and" + "Caicos",
    // "St Kitts" + "and Nevis".
    static const QRegularExpression halfBefore(QStringLiteral(R"((?<![\p{L}’'.-])(?:St\.? )?\p{Lu}[\p{L}\p{M}-]* and $)"));
    static const QRegularExpression halfAfter(QStringLiteral(R"(^ and (?:the )?\p{Lu}[\p{L}\p{M}-]*)"));
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span &s = spans[i];
        if ((s.label != QLatin1String("GPE") && s.label != QLatin1String("ORG")) || wordsIn(text, s.start, s.end).size() > 4)
            continue;
        if (s.label == QLatin1String("ORG") && isCountry(text.mid(s.start, s.end - s.start))) {
            s.label = QStringLiteral("GPE"); // "Turks and Caicos" is no body
            continue;
        }
        if (const auto m = halfBefore.matchView(textBefore(text, s.start, 24)); m.hasMatch()) {
            const int start = s.start - int(m.capturedLength());
            if ((i == 0 || spans.at(i - 1).end <= start) && isCountry(text.mid(start, s.end - start))) {
                s.start = start;
                s.label = QStringLiteral("GPE");
                continue;
            }
        }
        if (const auto m = halfAfter.matchView(textAfter(text, s.end, 30)); m.hasMatch() && s.label == QLatin1String("GPE")) {
            const int end = s.end + int(m.capturedLength());
            if ((i + 1 == spans.size() || spans.at(i + 1).start >= end) && isCountry(text.mid(s.start, end - s.start)))
                s.end = end;
        }
    }
}

// "Jeonbuk" + "Motors", "Ulsan" + "HD": an organisation the model found right after another
// or after a place, with only a space between, is one name with it.
void TaggerStage::joinAdjacentOrganisations(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    QList<SequenceTagger::Span> joined;
    joined.reserve(spans.size());
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        if (!joined.isEmpty()) {
            SequenceTagger::Span &previous = joined.last();
            // A place's institution is one name ("Cayman Islands Red Cross", "Pakistan Stock
            // Exchange", "Oman TV": so in 340 of the 345 such names of the annotated sets); a short
            // form stays a place ("U.S. Senate").
            const QString place = text.mid(previous.start, previous.end - previous.start);
            const bool city = previous.label == QLatin1String("GPE") && !place.contains(QLatin1Char('.')) && !place.isUpper();
            if ((previous.label == QLatin1String("ORG") || city) && span.label == QLatin1String("ORG")
                && span.start == previous.end + 1
                && text.at(previous.end) == QLatin1Char(' ')) {
                previous.end = span.end;
                previous.label = span.label;
                previous.confidence = std::min(previous.confidence, span.confidence);
                continue;
            }
        }
        joined.append(span);
    }
    spans = joined;
}

// "Emirates NBD Group Chief Executive Hisham Al-Marzouqi": a capitalised job inside a name the
// model took for one organisation parts the firm before it from the person after it.
void TaggerStage::splitAtTitles(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression title(QStringLiteral(
        " (?:Group |Deputy |Acting )?(?:Chief Executive(?: Officer)?|CEO|Chairman|Chairwoman|Chairperson|President|Managing Director|"
        "Chief Financial Officer|CFO|Chief Economist|Governor|Director General|Secretary General|Secretary-General) (?=\\p{Lu})"));
    QList<SequenceTagger::Span> out;
    out.reserve(spans.size());
    for (const SequenceTagger::Span &span : std::as_const(spans)) {
        if (span.label != QLatin1String("ORG")) {
            out.append(span);
            continue;
        }
        const QStringView name = QStringView(text).mid(span.start, span.end - span.start);
        // "Emirates NBD Group Chief Executive X" where the model ended the firm at "Group": the title's
        // first word
        if (name.endsWith(QLatin1String(" Group")) && name.size() > 6) {
            const auto t = title.matchView(QStringView(text).mid(span.end - 6, std::min<qsizetype>(60, text.size() - span.end + 6)));
            if (t.hasMatch() && t.capturedStart() == 0) {
                out.append({span.start, span.end - 6, span.label, span.confidence});
                continue;
            }
        }
        // "the Mayor of Gibraltar", "the Constable of St Peter Port": an office of a listed place
        // is no body; the place is named.
        static const QRegularExpression officeOf(QStringLiteral(R"(^(?:(?:Deputy|Acting|Lord|Vice)\s+)?(?<office>\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(?<place>\p{Lu}.*)$)"));
        if (const auto o = officeOf.matchView(name); o.hasMatch() && context.gazetteer.isTitle(o.capturedView(QStringLiteral("office")))) {
            const int listed = context.gazetteer.lookup(o.captured(QStringLiteral("place")));
            if (listed >= 0 && context.gazetteer.entry(listed).label == QLatin1String("GPE")) {
                out.append({span.start + int(o.capturedStart(QStringLiteral("place"))), span.end, QStringLiteral("GPE"), span.confidence});
                continue;
            }
        }
        const auto m = title.matchView(name);
        if (!m.hasMatch() || m.capturedStart() == 0 || m.capturedEnd() >= name.size()) {
            out.append(span);
            continue;
        }
        out.append({span.start, span.start + int(m.capturedStart()), span.label, span.confidence});
        out.append({span.start + int(m.capturedEnd()), span.end, QStringLiteral("PERSON"), span.confidence});
    }
    spans = out;
}

// "Behrouz Ghanbarpour, spokesman for the Tehran Province Water and Wastewater Company, told":
// capitalised words the model left without any name, followed by a person's job in apposition,
// are a person.
// Whether capitalised words a rule takes for a person are one nobody named yet: not a sentence's
// opener or a title first, no list's name or country, nothing found over them.
bool TaggerStage::isUnnamedPerson(const ExtractionContext &context, const QList<SequenceTagger::Span> &spans, int start, int end)
{
    const QStringView name = QStringView(context.text).mid(start, end - start);
    const QStringView first = name.left(name.indexOf(QLatin1Char(' ')) < 0 ? name.size() : name.indexOf(QLatin1Char(' ')));
    return !name.contains(QLatin1Char('\n')) && !isOpener(first) && !context.gazetteer.isTitle(first) && !overlapsAny(spans, start, end)
        && context.spans.isFree(start, end) && !context.gazetteer.isCountry(name.toString()) && context.gazetteer.lookup(name.toString()) < 0;
}

void TaggerStage::addPeopleByTheirJobs(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    // "the chairman of the Council of the Isles of Scilly, Jory Pentreath, and": the one who holds
    // an office of a body named before, set off by commas, is a person, also where the model found
    // only a piece of the name or none of it.
    // (the name first, after a comma; then the office before it, in the words before the comma:
    // a pattern that began at every "The" of a long text cost a fiftieth of all extraction)
    static const QRegularExpression holderName(QStringLiteral(R"(, (?<name>\p{Lu}[\p{Ll}\p{M}’'-]+(?:\s+\p{Lu}[\p{Ll}\p{M}’'-]+){1,2})(?=,|\s+and\s))"));
    static const QRegularExpression officeOf(officeOfABody() + QStringLiteral(R"((?:the\s+)?\p{Lu}[\p{L}’'&-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}’'&-]*)){0,8}$)"));
    QList<SequenceTagger::Span> holders;
    QList<std::pair<int, int>> replaced;
    for (auto it = holderName.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart(u"name")), end = int(m.capturedEnd(u"name"));
        const QString name = m.captured(u"name");
        if (isOpener(QStringView(name).left(name.indexOf(QLatin1Char(' ')))) || context.gazetteer.lookup(name) >= 0 || !context.spans.isFree(start, end)
            || !officeOf.matchView(textBefore(text, start - 2, 150)).hasMatch())
            continue;
        // (the model's pieces inside it give way; a span reaching out of it stays)
        bool crosses = false;
        for (auto s = std::partition_point(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &x) { return x.end <= start; });
             s != spans.cend() && s->start < end; ++s)
            crosses = crosses || s->start < start || s->end > end || s->label == QLatin1String("PERSON");
        if (crosses)
            continue;
        holders.append({start, end, QStringLiteral("PERSON"), 0.6});
        replaced.append({start, end});
    }
    if (!holders.isEmpty())
        replaceInOrder(spans, replaced, holders);
    // ("Maeng Ji-ho": a given name's syllables joined in lower case)
    static const QRegularExpression named(QStringLiteral("(?<![\\p{L}\\p{N}’'.&-])(?<name>\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?){1,3}),"));
    QList<SequenceTagger::Span> added;
    for (auto it = named.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart(u"name")), end = int(m.capturedEnd(u"name"));
        const QStringView after = textAfter(text, end, 100);
        if ((personInApposition().matchView(after).hasMatch() || whoOnlyPeopleAre().matchView(after).hasMatch()) && isUnnamedPerson(context, spans, start, end))
            added.append({start, end, QStringLiteral("PERSON"), 0.6});
    }
    addInOrder(spans, added);
    // "with 18-year-old Sosthène Yakité scoring": an age only people are told by, right before
    // a name (of two or three words the model left, or one it took for a body or a place).
    if (!text.contains(QLatin1String("-year-old ")))
        return;
    // (not a party's or club's name before the job: "the 29-year-old Basta candidate")
    static const QRegularExpression aged(QStringLiteral("(?<![\\p{L}\\p{N}-])\\d{1,3}-year-old (?<name>\\p{Lu}[\\p{Ll}\\p{M}’'-]+(?: \\p{Lu}[\\p{Ll}\\p{M}’'-]+){0,2})"
                                                        "(?=[,.;:]|\\s(?!(?:candidate|member|supporter|official|lawmaker|player|striker|forward|defender|midfielder|"
                                                        "goalkeeper|winger|fan|voter|%1)\\b))").arg(appositionJobs()));
    added.clear();
    for (auto it = aged.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart(u"name")), end = int(m.capturedEnd(u"name"));
        auto s = std::partition_point(spans.begin(), spans.end(), [&](const SequenceTagger::Span &x) { return x.end <= start; });
        if (s != spans.end() && s->start == start && s->end == end && (s->label == QLatin1String("ORG") || s->label == QLatin1String("GPE"))
            && context.gazetteer.lookup(m.captured(u"name")) < 0 && !context.gazetteer.isCountry(m.captured(u"name"))) {
            s->label = QStringLiteral("PERSON");
        } else if (end - start > 0 && m.captured(u"name").contains(QLatin1Char(' ')) && isUnnamedPerson(context, spans, start, end)) {
            added.append({start, end, QStringLiteral("PERSON"), 0.6});
        }
    }
    addInOrder(spans, added);
}

// ("X, who manages a shipping fund at ...": what only a person does; not "who play" or "who
// lead", which clubs do in British style)
const QRegularExpression &TaggerStage::whoOnlyPeopleAre()
{
    static const QRegularExpression who(QStringLiteral("^,\\s+who\\s+(?:manages|managed|runs|ran|founded|co-founded|heads|headed|chairs|chaired|"
                                                       "lives|lived|works|worked|teaches|taught|studies|studied|grew up|was born|retired|farms|"
                                                       "farmed|fishes|fished|walked|drove|lost (?:his|her))\\b"));
    return who;
}

// "Hákon Sigurðsson scored twice", "Asger Øhlenschläger put the home side ahead": a name of two
// or three words that scores is a player, where the model found none (or only a place inside
// it) and no word of it is a place or organisation the lists know.
void TaggerStage::addPeopleByTheirPlay(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression played(QStringLiteral("(?<![\\p{L}\\p{N}’'.&-])(?<name>\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ -]\\p{Lu}[\\p{Ll}\\p{M}]+){1,2})\\s+"
                                                          "(?:scored|netted|struck|headed|levelled|leveled|equalised|equalized|converted|curled|volleyed|"
                                                          "nodded|slotted|tapped|made\\s+it\\s+\\d{1,2}-\\d{1,2}|put\\s+(?:the\\s+(?:home\\s+side|hosts|visitors)|\\p{Lu}\\p{L}+|his\\s+side|them)\\s+ahead)\\b"));
    QList<SequenceTagger::Span> added;
    QList<std::pair<int, int>> replaced;
    for (auto it = played.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart(u"name")), end = int(m.capturedEnd(u"name"));
        const QStringList words = m.captured(u"name").split(QRegularExpression(QStringLiteral("[ -]")));
        if (isOpener(QStringView(words.first())) || context.gazetteer.isTitle(QStringView(words.first())) || !context.spans.isFree(start, end)
            || std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return context.gazetteer.lookup(w) >= 0 || context.gazetteer.isCountry(w); }))
            continue;
        // (the model's pieces inside it that are no person give way; a name it found whole stays)
        bool whole = false, person = false;
        for (auto s = std::partition_point(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &x) { return x.end <= start; });
             s != spans.cend() && s->start < end; ++s) {
            whole = whole || s->start < start || s->end > end || (s->start == start && s->end == end);
            person = person || s->label == QLatin1String("PERSON");
        }
        if (whole || person)
            continue;
        added.append({start, end, QStringLiteral("PERSON"), 0.6});
        replaced.append({start, end});
    }
    if (!added.isEmpty())
        replaceInOrder(spans, replaced, added);
}

// In a report of a match, the one a cross or a header came from, and one of two or three words
// who scored or equalised (with a given name or family name the lists know, or no word they
// know at all), is a player the model took for a club:
// "a corner from Ryota Kitazono", "saves from Amankwah-Sarpong", "after Pépé Onivogui had
// equalised", "Tinashe Marufu equalised from the penalty spot".
void TaggerStage::relabelPlayers(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    if (!std::any_of(spans.cbegin(), spans.cend(), [](const SequenceTagger::Span &s) { return s.label == QLatin1String("ORG"); }) || !reportsAMatch(text))
        return;
    static const RE from(QStringLiteral(R"(\b(?:cross|corner|pass|header|free\s+kick|shot|strike|saves?|assist|effort|volley|penalty)\s+(?:from|by)\s+$)"));
    static const RE played(QStringLiteral(R"(^\s+(?:had\s+|has\s+)?(?:scored|equalised|equalized|levelled|leveled|curled|headed|volleyed|netted|slotted|tapped|converted|made\s+it\s+\d{1,2}-\d{1,2})\b)"));
    static const RE club(QStringLiteral(R"(\b(?:FC|CF|SC|AC|AS|United|City|Club|Rovers|Wanderers|Athletic|Sporting|Dinamo|Dynamo|Real|Stars|Rangers|Town|Academy|Olympic|Stade)\b)"));
    for (SequenceTagger::Span &s : spans) {
        if (s.label != QLatin1String("ORG"))
            continue;
        const QString name = text.mid(s.start, s.end - s.start);
        const QList<TextRange> words = wordsIn(text, s.start, s.end);
        if (words.size() > 3 || name.isUpper() || club.match(name).hasMatch() || context.gazetteer.lookup(name) >= 0)
            continue;
        const QStringView firstWord = QStringView(text).mid(words.first().start, words.first().end - words.first().start);
        const QStringView lastWord = QStringView(text).mid(words.last().start, words.last().end - words.last().start);
        // (a club is often named after its town: "Torpedo Kutaisi equalised" keeps a listed place)
        const bool known = context.gazetteer.isGivenName(firstWord) || context.gazetteer.isSurname(lastWord);
        const bool listedWord = std::any_of(words.cbegin(), words.cend(), [&](const TextRange &w) {
            const QString word = text.mid(w.start, w.end - w.start);
            return context.gazetteer.lookup(word) >= 0 || context.gazetteer.isCountry(word);
        });
        if (from.matchView(textBefore(text, s.start, 24)).hasMatch()
            || (words.size() >= 2 && (known || !listedWord) && played.matchView(textAfter(text, s.end, 24)).hasMatch()))
            s.label = QStringLiteral("PERSON");
    }
}

void TaggerStage::addQuoteSpeakers(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression spoken(QStringLiteral(
        "[,?!][”\"’]\\s+(?<name>\\p{Lu}[\\p{Ll}’']*(?:\\p{Lu}\\p{Ll}+)?(?:[ -]\\p{Lu}[\\p{Ll}’']*(?:\\p{Lu}\\p{Ll}+)?){0,2})\\s+(?:said|says|told|added|wrote)\\b"));
    static const QRegularExpression gaelic(QStringLiteral("^(?:Mac|Mc|O’|O')\\p{Lu}\\p{Ll}+$"));
    QList<SequenceTagger::Span> added;
    QSet<QString> people;
    for (auto it = spoken.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart(u"name")), end = int(m.capturedEnd(u"name"));
        const QStringView name = m.capturedView(u"name");
        const QList<QStringView> words = name.split(QLatin1Char(' '));
        const bool looksLikePerson = std::any_of(words.cbegin(), words.cend(), [&](QStringView w) { return gaelic.matchView(w).hasMatch(); })
            || (words.size() >= 2 && (context.gazetteer.isGivenName(words.first()) || context.gazetteer.isSurname(words.last())));
        if (looksLikePerson && isUnnamedPerson(context, spans, start, end)) {
            added.append({start, end, QStringLiteral("PERSON"), 0.6});
        } else if (looksLikePerson && context.gazetteer.lookup(name.toString()) < 0) {
            // (the model took it for a firm: a person, wherever the article names it)
            const auto same = std::find_if(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &x) { return x.start == start && x.end == end; });
            if (same != spans.cend() && same->label == QLatin1String("ORG"))
                people.insert(name.toString());
        }
    }
    for (SequenceTagger::Span &x : spans) {
        if (!people.isEmpty() && x.label == QLatin1String("ORG") && people.contains(QStringView(text).mid(x.start, x.end - x.start).toString()))
            x.label = QStringLiteral("PERSON");
    }
    addInOrder(spans, added);
}

namespace {

// The lower-case word (letters and hyphens) before the space before a capital at `at`, where a
// word of its own stands there ("carrier" in "low-cost carrier Kenari Air"); empty otherwise.
// Looked at for each capital of a text instead of a pattern run at every word.
// A trade that firms have as often as people: "chipmaker Tokai Denshi", "developer Acme".
bool isFirmTrade(QStringView word)
{
    static const QRegularExpression firm(QStringLiteral(R"((?:maker|manufacturer|producer|operator|developer|retailer|lender|insurer|carrier|provider|)"
                                                        R"(exporter|importer|distributor|supplier|investor|owner|builder|refiner|miner|broadcaster|)"
                                                        R"(publisher|broker|shipper|brewer|regulator|competitor|sponsor|contractor|auditor|forecaster|)"
                                                        R"(advisor|adviser|partner|assistant|consultant|merchant|holder)$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return firm.matchView(word).hasMatch();
}

QStringView lowerWordBefore(const QString &text, qsizetype at)
{
    if (at < 2 || !text.at(at).isUpper() || text.at(at - 1) != QLatin1Char(' ') || !text.at(at - 2).isLower())
        return {};
    qsizetype wordStart = at - 2;
    while (wordStart > 0 && (text.at(wordStart - 1).isLetter() || text.at(wordStart - 1) == QLatin1Char('-')))
        --wordStart;
    if (wordStart > 0 && (text.at(wordStart - 1).isLetterOrNumber() || text.at(wordStart - 1) == QChar(0x2019) || text.at(wordStart - 1) == QLatin1Char('\'')))
        return {};
    return QStringView(text).mid(wordStart, at - 1 - wordStart);
}

} // namespace

void TaggerStage::addPeopleAfterTheirTrades(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression named(QStringLiteral(R"(\G\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}(?![\p{L}\p{N}’'&-]|\s+\p{Lu}))"));
    // Where a capital follows a space after a lower-case word; that word is looked at first and
    // only then the name after it: one pass, no pattern run at every word of a long text.
    QList<SequenceTagger::Span> added;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const QStringView word = lowerWordBefore(text, i);
        if (word.isEmpty() || !isTradeWord(word) || isFirmTrade(word))
            continue;
        // (matched in the words after the trade, not in the whole text from there: a match at an
        // offset of a long text checks all of it first)
        const auto m = named.matchView(textAfter(text, int(i), NameWindow));
        if (!m.hasMatch())
            continue;
        const int start = int(i + m.capturedStart()), end = int(i + m.capturedEnd());
        if (isUnnamedPerson(context, spans, start, end)) {
            added.append({start, end, QStringLiteral("PERSON"), 0.6});
            continue;
        }
        // (the model may have taken the name for a firm: "mango grower Chalerm Wongsakul from
        // Rayong" is one person, whatever the model says of a name no list knows, when the trade
        // is one of a kind of work, a noun before it, and the name comes from somewhere or is
        // described as people are; not "newspaper Tuổi Trẻ", "the nationalist Homeland Movement")
        static const QRegularExpression kindOfWork(QStringLiteral(R"((?<![\p{L}’'-])(?!(?:the|a|an|its|his|her|their|our|and|or|of|daily|weekly|local|state|national|regional|online|news|business)\s)\p{Ll}[\p{Ll}-]{2,}\s+$)"));
        static const QRegularExpression asPeopleAre(QStringLiteral(R"(^(?:\s+from\s+\p{Lu}|,\s+(?:who|\d{1,2},)\s))"));
        // ("Tech reviewer Yorman Balza, who": the kind of work opening the sentence)
        static const QRegularExpression openingKind(QStringLiteral(R"((?:^|[.!?]\s+|\n)(?!(?:The|A|An|Its|His|Her|Their|Our|This|That|Local|State|National)\s)\p{Lu}\p{Ll}{2,}\s+$)"));
        // ("Her co-author Wassef Kanjo had warned": one's colleague in a trade is a person)
        static const QRegularExpression someones(QStringLiteral(R"((?<![\p{L}’'-])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+$)"));
        const QStringView beforeTrade = textBefore(text, int(i) - 1 - int(word.size()), 30);
        // (the spans are in order: found by binary search, a long text has thousands)
        const auto at = std::lower_bound(spans.begin(), spans.end(), start, [](const SequenceTagger::Span &s, int x) { return s.start < x; });
        if (at != spans.end() && at->start == start && at->end == end && at->label == QLatin1String("ORG") && context.spans.isFree(start, end)
            && context.gazetteer.lookup(text.mid(start, end - start)) < 0
            && (someones.matchView(beforeTrade).hasMatch()
                || ((kindOfWork.matchView(beforeTrade).hasMatch() || openingKind.matchView(beforeTrade).hasMatch())
                    && asPeopleAre.matchView(textAfter(text, end, 20)).hasMatch())))
            at->label = QStringLiteral("PERSON");
    }
    addInOrder(spans, added);
}

// A name the model took for a body, described as people are: "Akouvi Gbéti, who runs consumer
// marketing" (the model named "Gbéti" alone), "through Ousséni Zongo, whom supporters call",
// "According to Losaline Havili, a forecaster at the Tonga Meteorological Service". Bodies are
// "which", and a club's "who" has its club's word ("Valmora FC, who drew") or a name a list knows
// ("Arsenal, who won"): those stay.
// "the ZPM’s Lalnunmawii Khiangte beat the MNF’s Zosangliana Varte", "the BJP’s Rituparna Deka
// won": a name of two or three plain words after a body's possessive, doing what people do, is
// the body's candidate or member, not a body of its own (a subsidiary has a listed or one-word
// name: "Samsung’s Harman", "Tata’s Jaguar Land Rover").
// A person named again by the family name ("Zothanpuii Sailo, ..., said ... spoke after Sailo and
// Chhangte") or in full is that person, whatever the model made of the repeat; so is a name after
// an initial ("C. Lalthangliana, who won"). Not a listed name, nor a word that begins a body's name
// elsewhere in the text ("Ford" beside "Ford Motor").
void TaggerStage::relabelNamedPeopleAgain(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    QHash<QStringView, int> people;  // a person's full name and family name -> where first named
    QSet<QStringView> bodyStarts;     // first words of bodies' names of two or more words
    const auto wordAt = [&text](const TextRange &w) { return QStringView(text).mid(w.start, w.end - w.start); };
    const auto addBody = [&](const QList<TextRange> &words) {
        if (words.size() >= 2)
            bodyStarts.insert(wordAt(words.first()));
    };
    const OrganisationWords orgWords = organisationWords(context);
    for (const SequenceTagger::Span &s : std::as_const(spans)) {
        const QList<TextRange> words = wordsIn(text, s.start, s.end);
        if (words.isEmpty() || orgWords.ends.contains(s.end)) // ("Cendana Air" the model took for a person)
            continue;
        if (s.label == QLatin1String("PERSON") && words.size() >= 2) {
            for (const QStringView name : {QStringView(text).mid(s.start, s.end - s.start), wordAt(words.last())}) {
                if (!people.contains(name))
                    people.insert(name, s.start);
            }
        } else if (s.label == QLatin1String("ORG")) {
            addBody(words);
        }
    }
    // (the bodies the rules before the tagger found too: "Halvorsen Robotics" by its suffix)
    for (const Annotation &a : context.spans.list()) {
        if (a.label == QLatin1String("ORG"))
            addBody(wordsIn(text, a.start, a.end));
    }
    static const QRegularExpression initialThenName(QStringLiteral(R"(^\p{Lu}\.\s+\p{Lu}\p{Ll}[\p{Ll}\p{M}’'-]+$)"));
    for (SequenceTagger::Span &span : spans) {
        if (span.label == QLatin1String("PERSON") || (span.label != QLatin1String("ORG") && span.label != QLatin1String("GPE") && span.label != QLatin1String("NORP")))
            continue;
        const QStringView name = QStringView(text).mid(span.start, span.end - span.start);
        // "a church volunteer who gave only her first name, Mami, was pouring tea"
        if (gaveTheirName(textBefore(text, span.start, 40))) {
            span.label = QStringLiteral("PERSON");
            continue;
        }
        if (context.gazetteer.lookup(name.toString()) >= 0 || bodyStarts.contains(name) || context.gazetteer.isCountry(name.toString()))
            continue;
        const auto it = people.constFind(name);
        if ((it != people.cend() && it.value() < span.start) || (span.label == QLatin1String("ORG") && initialThenName.matchView(name).hasMatch()))
            span.label = QStringLiteral("PERSON");
    }
}

// "In Wani’s view, the bank is betting", "in Ndlovu's words": one whose view or words are given
// so is a person, whatever the model made of a name no list knows (a listed body, a country or
// an acronym keeps its label: "In the IMF's view", "In Moody's view").
void TaggerStage::relabelViewHolders(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    if (!text.contains(QLatin1String(" view")) && !text.contains(QLatin1String(" words")))
        return;
    static const QRegularExpression framing(QStringLiteral(R"(^(?:’s|'s)\s+(?:view|words|opinion|account|telling|reckoning|judgement|judgment)\b)"));
    static const QRegularExpression in(QStringLiteral(R"((?:^|[^\p{L}])[Ii]n\s+$)"));
    static const QRegularExpression plainName(QStringLiteral(R"(^\p{Lu}[\p{Ll}\p{M}’'-]+(?:\s+\p{Lu}[\p{Ll}\p{M}’'-]+){0,2}$)"));
    for (SequenceTagger::Span &span : spans) {
        if (span.label == QLatin1String("PERSON") || (span.label != QLatin1String("ORG") && span.label != QLatin1String("GPE") && span.label != QLatin1String("NORP")))
            continue;
        const QString name = text.mid(span.start, span.end - span.start);
        if (!framing.matchView(textAfter(text, span.end, 20)).hasMatch() || !in.matchView(textBefore(text, span.start, 6)).hasMatch()
            || !plainName.match(name).hasMatch() || context.gazetteer.lookup(name) >= 0 || context.gazetteer.isCountry(name))
            continue;
        span.label = QStringLiteral("PERSON");
    }
}

// "itel launched the itel S27", "realme said", "phone maker vivo": a brand of devices written in
// lower case (brands.txt), which the model, taught by capitals, leaves out. Where the article
// shows it is the brand somewhere (a model's number after it, a company's verb, "brand" or
// "maker" around it), each mention of it written so is the company; "in vivo" is no brand.
void TaggerStage::addLowerCaseBrands(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression asBrandAfter(QStringLiteral(R"(^(?:\s+\p{Lu}{0,2}\d|\s+(?:launched|launches|unveiled|said|says|brand|phones?|smartphones?)\b|[’']s\s))"));
    // (or among other names: "Transsion's Tecno, itel and Infinix", "from Xiaomi, realme and Honor")
    static const QRegularExpression asBrandBefore(QStringLiteral(R"((?:(?:maker|makers|brand|brands|rival|rivals|vendor|vendors|seller|sellers|including|such\s+as|from)\s+|)"
                                                                 R"((?<![\p{L}’'-])\p{Lu}[\p{L}\p{N}]+(?:,\s+|\s+and\s+))$)"));
    static const QRegularExpression in(QStringLiteral(R"((?<![\p{L}’'-])in\s+$)"));
    QHash<QString, bool> shown; // a brand written so -> whether the article shows it is one
    QList<std::pair<int, int>> candidates;
    // (each word in lower case looked at once, by hand: a pattern run at every word cost a
    // twentieth of all extraction)
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLower() || (i > 0 && (text.at(i - 1).isLetterOrNumber() || QStringView(u"’'&.-").contains(text.at(i - 1)))))
            continue;
        qsizetype e = i + 1;
        while (e < text.size() && text.at(e).isLetterOrNumber())
            ++e;
        const int start = int(i), end = int(e);
        i = e;
        if (end - start < 3 || (end < text.size() && (text.at(end) == QLatin1Char('&') || text.at(end) == QLatin1Char('-'))))
            continue;
        const QStringView word = QStringView(text).mid(start, end - start);
        if (!context.gazetteer.isBrand(word))
            continue;
        if (in.matchView(textBefore(text, start, 8)).hasMatch())
            continue;
        candidates.append({start, end});
        bool &is = shown[word.toString()];
        is = is || asBrandAfter.matchView(textAfter(text, end, 20)).hasMatch() || asBrandBefore.matchView(textBefore(text, start, 24)).hasMatch();
    }
    if (candidates.isEmpty())
        return;
    QList<SequenceTagger::Span> added;
    for (const auto &[start, end] : std::as_const(candidates)) {
        // (one before its model's number is the product's first word: the product rules take it)
        static const QRegularExpression modelNumber(QStringLiteral(R"(^\s+\p{Lu}{0,3}\d)"));
        if (shown.value(text.mid(start, end - start)) && !overlapsAny(spans, start, end) && context.spans.isFree(start, end)
            && !modelNumber.matchView(textAfter(text, end, 8)).hasMatch())
            added.append({start, end, QStringLiteral("ORG"), 0.6});
    }
    addInOrder(spans, added);
}

void TaggerStage::joinBrandsToModels(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    // (a model's number: "C91 Pro", "S27", and a word or two before it: "GT 9", "Buds Air 8";
    // not "Brings S27 Pro" of a headline)
    static const QRegularExpression modelNumber(QStringLiteral(R"(^(?:\p{Lu}{0,3}\d|(?:\p{Lu}[\p{L}]*\s+){1,2}\d))"));
    const auto startsWithModelNumber = [&](const SequenceTagger::Span &x) {
        return modelNumber.matchView(QStringView(text).mid(x.start, std::min(16, x.end - x.start))).hasMatch();
    };
    // "realme C91 Pro", "vivo Y41": the brand before its model's number is part of the product's
    // name, whether the model gave the two apart or the whole as a company.
    static const QRegularExpression modelAfterBrand(QStringLiteral(R"(^\p{Ll}[\p{L}\p{N}]{2,}\s+\p{Lu}{0,3}\d)"));
    bool merged = false;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span &s = spans[i];
        if (s.label != QLatin1String("ORG") || !text.at(s.start).isLower())
            continue;
        const QStringView name = QStringView(text).mid(s.start, s.end - s.start);
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        if (!context.gazetteer.isBrand(space < 0 ? name : name.left(space)))
            continue;
        if (space > 0 && modelAfterBrand.matchView(name).hasMatch()) {
            s.label = QStringLiteral("PRODUCT");
        } else if (space < 0 && i + 1 < spans.size() && spans.at(i + 1).label == QLatin1String("PRODUCT") && spans.at(i + 1).start == s.end + 1
                   && text.at(s.end) == QLatin1Char(' ') && startsWithModelNumber(spans.at(i + 1))) {
            s.end = spans.at(i + 1).end;
            s.label = QStringLiteral("PRODUCT");
            spans[i + 1].end = spans[i + 1].start; // dropped below
            merged = true;
        }
    }
    if (merged)
        spans.removeIf([](const SequenceTagger::Span &x) { return x.end <= x.start; });
    // (and the brand no span has right before a product the rules found: "realme C91")
    static const QRegularExpression brandBefore(QStringLiteral(R"((?<![\p{L}\p{N}’'&.-])\p{Ll}[\p{L}\p{N}]{2,} $)"));
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span &s = spans[i];
        if (s.label != QLatin1String("PRODUCT") || !startsWithModelNumber(s))
            continue;
        const QStringView before = textBefore(text, s.start, 16);
        const auto b = brandBefore.matchView(before);
        if (!b.hasMatch())
            continue;
        const int start = s.start - int(before.size() - b.capturedStart());
        if (context.gazetteer.isBrand(b.capturedView().trimmed()) && (i == 0 || spans.at(i - 1).end <= start) && context.spans.isFree(start, s.start))
            s.start = start;
    }
}

void TaggerStage::relabelPartyCandidates(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression plainName(QStringLiteral(R"(^\p{Lu}\p{Ll}[\p{Ll}\p{M}’'-]+(?:\s+\p{Lu}\p{Ll}[\p{Ll}\p{M}’'-]+){1,2}$)"));
    // (a race's verbs; speaking verbs only with a listed given name or surname: "Tata’s Jaguar Land
    // Rover said")
    // (and the one beaten by a margin: "beat the BJP’s Manoranjan Dash by 2,314 votes")
    static const QRegularExpression doing(QStringLiteral(R"(^(?:(?<speaks>,\s|\s+(?:said|told|says)\b)|\s+(?:beat|defeated|won|lost|narrowly|retained|unseated)\b|\s+by\s+[\d,]+\s+votes\b))"));
    const OrganisationWords orgWords = organisationWords(context);
    for (qsizetype i = 1; i < spans.size(); ++i) {
        SequenceTagger::Span &span = spans[i];
        const SequenceTagger::Span &owner = spans.at(i - 1);
        if (span.label != QLatin1String("ORG") || owner.label != QLatin1String("ORG") || owner.end != span.start - 3
            || (text.at(owner.end) != u'’' && text.at(owner.end) != u'\'') || text.at(owner.end + 1) != u's' || orgWords.ends.contains(span.end))
            continue;
        const QString name = text.mid(span.start, span.end - span.start);
        const auto d = doing.matchView(textAfter(text, span.end, 20));
        if (!plainName.match(name).hasMatch() || context.gazetteer.lookup(name) >= 0 || !d.hasMatch())
            continue;
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        if (d.hasCaptured(QStringLiteral("speaks")) && !context.gazetteer.isGivenName(QStringView(text).mid(words.first().start, words.first().end - words.first().start))
            && !context.gazetteer.isSurname(QStringView(text).mid(words.last().start, words.last().end - words.last().start)))
            continue;
        if (std::any_of(words.cbegin(), words.cend(), [&](const TextRange &w) { return context.gazetteer.lookup(text.mid(w.start, w.end - w.start)) >= 0; }))
            continue;
        span.label = QStringLiteral("PERSON");
    }
}

void TaggerStage::relabelPeopleByTheirClauses(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression who(QStringLiteral(R"(^,\s+(?:who|whom)\s)"));
    // ("Döwletmyrat Hojaýew, a statistician, had warned", "Maýsa Öwezowa, an epidemiologist who
    // was not involved": the trade alone)
    // ("Sofiène Mhiri, a former Étoile defender,": a club's or a body's name before the trade)
    static const QRegularExpression trade(QStringLiteral(R"(^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:\p{Lu}[\p{L}’'-]+\s+)?(?<trade>\p{Ll}[\p{Ll}-]+)(?:\s+(?<preposition>at|of|for|with|from)\s|\s*,|\s+who\s))"));
    // A name set off by commas after the job or the group it is one of: "Its director of rail
    // operations, Isselmou Ould Bedda, had said", "One of the mothers, Wideline Exantus, then took".
    // ("The plaintiff, Leetia Qaunirq, speaks": the parties to a case and a work's authors too)
    static const QRegularExpression jobBefore(QStringLiteral(R"((?:\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:%1|plaintiff|defendant|claimant|petitioner|applicant|complainant|victim|widow|author|co-author)(?:\s+(?:of|for)\s+[\p{Ll} -]{1,40})?)"
                                                            R"(|\b[Oo]ne\s+of\s+(?:the|its|their)\s+\p{Ll}+s),\s+$)")
                                                 .arg(appositionJobs()));
    static const QRegularExpression commaAfter(QStringLiteral(R"(^,\s)"));
    static const QRegularExpression givenBefore(QStringLiteral(R"((?:^|[.,;:]\s+|\n|\b(?:and|through|by|to|with|from|for|said|told)\s+)(?<given>\p{Lu}[\p{Ll}\p{M}’'-]+)\s$)"));
    const OrganisationWords orgWords = organisationWords(context);
    for (qsizetype i = 0; i < spans.size(); ++i) {
        SequenceTagger::Span &span = spans[i];
        if (span.label != QLatin1String("ORG") || !context.spans.isFree(span.start, span.end) || orgWords.ends.contains(span.end)
            || context.gazetteer.lookup(text.mid(span.start, span.end - span.start)) >= 0)
            continue;
        const QStringView after = textAfter(text, span.end, 60);
        // ("Then the coach sent on a teenager the terraces call “Duufaan,” the Somali word for a
        // storm: Yuusuf Dheere, who": one the sentence introduced as a teenager or substitute)
        static const QRegularExpression introduced(QStringLiteral(R"(\b(?:a|an)\s+(?:\d{1,2}-year-old\s+)?(?:teenager|youngster|substitute)\b[^.!?\n]{0,90}[,:]\s+$)"));
        if (const QList<TextRange> words = wordsIn(text, span.start, span.end);
            words.size() >= 2 && words.size() <= 3 && commaAfter.matchView(after).hasMatch() && introduced.matchView(textBefore(text, span.start, 120)).hasMatch()) {
            span.label = QStringLiteral("PERSON");
            continue;
        }
        if (const QList<TextRange> words = wordsIn(text, span.start, span.end);
            words.size() >= 2 && words.size() <= 4 && commaAfter.matchView(after).hasMatch() && jobBefore.matchView(textBefore(text, span.start, 80)).hasMatch()) {
            span.label = QStringLiteral("PERSON");
            continue;
        }
        const auto t = trade.matchView(after);
        // (one who works "at" or "with" a body is a person whatever the trade: "a forecaster at the
        // Tonga Meteorological Service", "a partner at"; "a supplier of", "a lender for" may be a firm)
        const bool atABody = t.hasMatch() && (t.capturedView(QStringLiteral("preposition")) == QLatin1String("at") || t.capturedView(QStringLiteral("preposition")) == QLatin1String("with"));
        const bool byTrade = t.hasMatch() && isTradeWord(t.capturedView(QStringLiteral("trade"))) && (atABody || !isFirmTrade(t.capturedView(QStringLiteral("trade"))));
        const auto w = who.matchView(after);
        if (!byTrade && !w.hasMatch())
            continue;
        // ("an analyst at Yapı Kredi Yatırım, who raised her target": the one before it)
        // ("At Waterside Market, a seller who", "on Baa Atoll, a manager who": the place where one was)
        static const QRegularExpression objectBefore(QStringLiteral(R"(\b(?i:at|on|in|of|for|from|with|beat|by)\s+(?:the\s+)?$)"));
        // (but "In the words of Maýsa Öwezowa, an epidemiologist who" speaks of a person)
        static const QRegularExpression wordsOf(QStringLiteral(R"(\b(?:words|view|opinion)\s+of\s+$)"));
        if (objectBefore.matchView(textBefore(text, span.start, 16)).hasMatch() && !wordsOf.matchView(textBefore(text, span.start, 16)).hasMatch())
            continue;
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        // (a whole name: by its trade, or by "whom"; "who" is also a club's or a group's: "Vissel
        // Kobe, who were held", "Coalition Against Galamsey, who led")
        if (words.size() >= 2 && words.size() <= 3 && (byTrade || w.captured().contains(QLatin1String("whom")) || whoOnlyPeopleAre().matchView(after).hasMatch())) {
            span.label = QStringLiteral("PERSON");
            continue;
        }
        // One word: a person when a capitalised word no span has comes right before it, as a
        // given name does ("Akouvi Gbéti, who").
        const QStringView lead = textBefore(text, span.start, 40);
        const auto g = givenBefore.matchView(lead);
        if (words.size() != 1 || !g.hasMatch())
            continue;
        const int givenStart = span.start - int(lead.size()) + int(g.capturedStart(QStringLiteral("given")));
        static const QSet<QString> notGiven = {QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("In"), QStringLiteral("At"),
                                               QStringLiteral("On"), QStringLiteral("For"), QStringLiteral("But"), QStringLiteral("And"), QStringLiteral("Its"),
                                               QStringLiteral("His"), QStringLiteral("Her"), QStringLiteral("Their"), QStringLiteral("This"), QStringLiteral("That")};
        const QString given = g.captured(QStringLiteral("given"));
        if (notGiven.contains(given) || overlapsAny(spans, givenStart, span.start) || !context.spans.isFree(givenStart, span.start)
            || context.gazetteer.lookup(given) >= 0)
            continue;
        span.start = givenStart;
        span.label = QStringLiteral("PERSON");
    }
}

// A name the model did not find at all, described as people are: "Turið Lamhauge, 71, said",
// "Tróndur Ellingsgaard, who leads Tjóðveldi", "Mishari Boodai, a Kuwaiti reviewer with 1.2 million
// followers", "Sofiène Mhiri, a former Étoile defender". Two or three capitalised words (a
// particle may join them: "Heðin á Fløtum"), none a list's, no body's last word.
void TaggerStage::addPeopleByTheirClauses(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QString word = QStringLiteral(R"(\p{Lu}[\p{Ll}\p{M}’'-]*\p{Ll}[\p{Ll}\p{M}’'-]*)");
    // (the description after the comma first, then the name before it: the commas of a text are far
    // fewer than its capitals)
    static const QRegularExpression description(QStringLiteral(R"(^,\s+(?:(?<age>\d{1,2}),|(?<who>who|whom)\s|(?:a|an|the)\s+(?<role>(?:[\p{L}\p{M}’'-]+\s+){0,3}?)(?<job>\p{Ll}[\p{Ll}-]+)(?=[,.]|\s+(?:at|of|for|with|from|in)\s)))"));
    static const QRegularExpression described(QStringLiteral(R"((?<![\p{L}\p{M}\p{N}’'.-])(?<name>%1(?:\s+(?:(?:%2|á|í|av|af|y)\s+)?%1){1,2})$)")
                                                  .arg(word, particlePattern()));
    static const QSet<QString> sportsRoles = {QStringLiteral("striker"), QStringLiteral("midfielder"), QStringLiteral("defender"), QStringLiteral("winger"),
                                              QStringLiteral("goalkeeper"), QStringLiteral("keeper"), QStringLiteral("forward"), QStringLiteral("substitute"),
                                              QStringLiteral("captain"), QStringLiteral("playmaker"), QStringLiteral("coach"), QStringLiteral("manager")};
    const OrganisationWords orgWords = organisationWords(context);
    QList<SequenceTagger::Span> added;
    int addedUntil = -1;
    for (qsizetype comma = text.indexOf(QLatin1Char(',')); comma >= 0; comma = text.indexOf(QLatin1Char(','), comma + 1)) {
        if (comma == 0 || !text.at(comma - 1).isLetter() || comma <= addedUntil)
            continue;
        const auto d = description.matchView(textAfter(text, int(comma), 120));
        if (!d.hasMatch())
            continue;
        const QStringView before = textBefore(text, int(comma), 80);
        const auto m = described.matchView(before);
        if (!m.hasMatch())
            continue;
        const int start = int(comma - before.size() + m.capturedStart(QStringLiteral("name"))), end = int(comma);
        if (d.hasCaptured(QStringLiteral("job"))) {
            const QString job = d.captured(QStringLiteral("job"));
            if (!sportsRoles.contains(job) && (!isTradeWord(job) || isFirmTrade(job)))
                continue;
        }
        const QString name = m.captured(QStringLiteral("name"));
        const QStringView last = QStringView(name).mid(name.lastIndexOf(QLatin1Char(' ')) + 1);
        addedUntil = int(comma + d.capturedLength());
        // (the model may have named a part of it as something else: "Heðin á Fløtum, the Social
        // Democrats’ leader," with "Fløtum" alone a body; such parts give way)
        QList<qsizetype> parts;
        bool partsOnly = true;
        const auto from = std::lower_bound(spans.cbegin(), spans.cend(), start - 200, [](const SequenceTagger::Span &x, int v) { return x.start < v; });
        for (auto p = from; p != spans.cend() && p->start < end; ++p) {
            if (p->end <= start)
                continue;
            partsOnly = partsOnly && p->start >= start && p->end <= end && p->end - p->start < end - start && p->label != QLatin1String("PERSON");
            parts.append(p - spans.cbegin());
        }
        if (!partsOnly)
            continue;
        QList<SequenceTagger::Span> without; // (a copy only when a part gives way: a rare case)
        if (!parts.isEmpty()) {
            without = spans;
            for (auto k = parts.crbegin(); k != parts.crend(); ++k)
                without.removeAt(*k);
        }
        if (orgWords.ends.contains(end) || context.gazetteer.isGivenName(last) || !isUnnamedPerson(context, parts.isEmpty() ? spans : without, start, end)
            || std::any_of(added.cbegin(), added.cend(), [&](const SequenceTagger::Span &a) { return a.start < end && start < a.end; }))
            continue;
        // (each word unknown to the lists: a name the model missed, not a place or a firm they have)
        const QList<TextRange> words = wordsIn(text, start, end);
        if (std::any_of(words.cbegin(), words.cend(), [&](const TextRange &w) {
                const QString part = text.mid(w.start, w.end - w.start);
                return part.front().isUpper() && (context.gazetteer.lookup(part) >= 0 || context.gazetteer.isTitle(part));
            }))
            continue;
        for (auto k = parts.crbegin(); k != parts.crend(); ++k)
            spans.removeAt(*k);
        added.append({start, end, QStringLiteral("PERSON"), 0.55});
    }
    addInOrder(spans, added);
}

// A language named where a language is spoken, written or broadcast: "written in Konkani", "in
// Tajik and Russian", "translated into Dhivehi", "a Dhivehi-language daily", "the Konkani channel",
// "the Malay version", "into Kirundi, alongside French". The name must be a language's (ISO 639-3
// and 639-2), the last word of one the article names in full, or one text is translated into; a
// nationality's word ("Russian") takes only a language's own words after it ("the Russian
// version", not "the Russian channel").
void TaggerStage::relabelLanguages(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    // (a hyphen ends the name: "Finnish-speaking", "Russian-only")
    // A capitalised word and the one after it, found by a scan of the letters (no pattern run at
    // every capital of a long text).
    const auto wordEnd = [&text](qsizetype from) {
        qsizetype end = from + 1;
        while (end < text.size() && (text.at(end).isLower() || text.at(end).isMark() || text.at(end) == QChar(0x2019) || text.at(end) == QLatin1Char('\'')))
            ++end;
        return end;
    };
    static const QRegularExpression spokenIn(QStringLiteral(R"(\b(?:in|into|speak|speaks|spoke|spoken|speaking|understand|understands|learn|learns|learning|learned|learnt|)"
                                                            R"(teach|teaches|taught|translated|translates|translate|fluent|write|writes|wrote|written|sing|sings|sang|sung|)"
                                                            R"(broadcast|broadcasts|read|reads)\s+(?:(?:basic|fluent|simple|plain|broken|good|perfect|formal|both|either|only|mostly|mainly|little)\s+)?$)"));
    static const QRegularExpression clauseGoesOn(QStringLiteral(R"(^(?:\s*(?:[,.;:)!?”"’]|$)|\s+(?:and|or|but|to|for|by|on|at|with|as|than|while|because|if|when|so|from|after|before|rather|)"
                                                                R"(instead|only|too|also|is|was|are|were|has|had|remains?|during|since|until|without|outside|inside|near|about|across|through|that|within|)"
                                                                R"(where|who|which|daily|fluently|well|every|first|there|here|now|again)\b))"));
    static const QRegularExpression languageWord(QStringLiteral(R"(^(?:-(?:language|speaking|speakers?|medium|only)\b|\s+(?:language|versions?|editions?|translations?|subtitles|lessons|classes|)"
                                                                R"(words?|name|names|speakers?|dictionary|alphabet|script|literature|interpreters?|teachers?)\b))"));
    static const QRegularExpression mediaWord(QStringLiteral(R"(^\s+(?:channel|newspaper|radio|service|broadcaster|daily|weekly|station|television|TV|press|media|)"
                                                             R"(programmes?|programs?|songs?|poetry|poems?|films?|schools?|text|texts|edition)\b)"));
    static const QRegularExpression listedAfter(QStringLiteral(R"(^(?:,\s+|,?\s+(?:and|or|as\s+well\s+as|alongside|besides)\s+)$)"));
    const Gazetteer &gazetteer = context.gazetteer;
    const auto wordStart = [&text](qsizetype pos) {
        return text.at(pos).isUpper() && !(pos > 0 && (text.at(pos - 1).isLetterOrNumber() || text.at(pos - 1).isMark() || text.at(pos - 1) == QLatin1Char('-')));
    };
    // The last word of a language of two words the article names goes for it alone too ("Creole"
    // after "Haitian Creole").
    QSet<QStringView> shortForms;
    for (qsizetype pos = 0; pos < text.size(); ++pos) {
        if (!wordStart(pos))
            continue;
        const qsizetype end = wordEnd(pos);
        if (end + 1 < text.size() && text.at(end) == QLatin1Char(' ') && text.at(end + 1).isUpper()) {
            const qsizetype second = wordEnd(end + 1);
            if (second - end > 3 && gazetteer.isLanguage(QStringView(text).mid(pos, second - pos)))
                shortForms.insert(QStringView(text).mid(end + 1, second - end - 1));
        }
        pos = end - 1;
    }
    // ("translated into Kirundi": a language the lists do not know)
    static const QRegularExpression translatedInto(QStringLiteral(R"(\b(?:translated|translate|translates|dubbed|subtitled)\s+into\s+$)"));
    int lastLanguageEnd = -1;
    QList<SequenceTagger::Span> added;
    QList<std::pair<int, int>> replaced;
    for (qsizetype pos = 0; pos < text.size(); ++pos) {
        if (!wordStart(pos))
            continue;
        const int start = int(pos);
        int end = int(wordEnd(pos));
        pos = end - 1;
        if (end - start < 3)
            continue;
        // ("Tok Pisin" is one name of two words; "The Russian" is a word before one)
        if (end + 1 < text.size() && text.at(end) == QLatin1Char(' ') && text.at(end + 1).isUpper()) {
            const int second = int(wordEnd(end + 1));
            if (gazetteer.isLanguage(QStringView(text).mid(start, second - start)))
                end = second;
        }
        const QStringView nameView = QStringView(text).mid(start, end - start);
        if (!gazetteer.isLanguage(nameView) && !shortForms.contains(nameView)
            && !(start >= 5 && QStringView(text).mid(start - 5, 5) == QLatin1String("into ") && (end >= text.size() || !text.at(end).isLetterOrNumber())
                 && translatedInto.matchView(textBefore(text, start, 30)).hasMatch() && gazetteer.lookup(nameView.toString()) < 0))
            continue;
        const QString name = nameView.toString();
        const QStringView after = textAfter(text, end, 30);
        const int known = gazetteer.lookup(name);
        const QString listedAs = known >= 0 ? gazetteer.entry(known).label : QString();
        const bool nationality = listedAs == QLatin1String("NORP");
        // (a place the lists know is no language after "in": "said in Balti", the city)
        if (listedAs == QLatin1String("GPE") || listedAs == QLatin1String("LOC"))
            continue;
        const bool listed = lastLanguageEnd >= 0 && start - lastLanguageEnd <= 16
            && listedAfter.matchView(QStringView(text).mid(lastLanguageEnd, start - lastLanguageEnd)).hasMatch();
        const bool spoken = (spokenIn.matchView(textBefore(text, start, 40)).hasMatch() || listed) && clauseGoesOn.matchView(after).hasMatch();
        if (!spoken && !languageWord.matchView(after).hasMatch() && (nationality || !mediaWord.matchView(after).hasMatch()))
            continue;
        lastLanguageEnd = end;
        // The model's span of just these words takes the label; words no span has get one.
        const auto at = std::lower_bound(spans.begin(), spans.end(), start, [](const SequenceTagger::Span &x, int v) { return x.start < v; });
        if (at != spans.end() && at->start == start && at->end == end) {
            at->label = QStringLiteral("LANGUAGE");
            continue;
        }
        // (a nationality a list proposed gives way: the model decides those, and it named none here)
        const bool free = context.spans.isFree(start, end) || std::all_of(context.spans.list().cbegin(), context.spans.list().cend(), [&](const Annotation &a) {
                              return a.end <= start || a.start >= end || (a.label == QLatin1String("NORP") && !isPreciseRule(a.ruleId));
                          });
        // ("Haitian Creole": the model's nationality inside a language of two words gives way)
        const bool twoWords = nameView.contains(QLatin1Char(' '));
        const bool inside = twoWords && std::all_of(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &x) {
                                return x.end <= start || x.start >= end || (x.start >= start && x.end <= end);
                            });
        if ((!overlapsAny(spans, start, end) || inside) && free) {
            if (inside)
                replaced.append({start, end});
            added.append({start, end, QStringLiteral("LANGUAGE"), 0.6});
        }
    }
    replaceInOrder(spans, replaced, added);
}

void TaggerStage::addFirmsAfterTheirTrades(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QSet<QStringView> trades = {u"drugmaker", u"carmaker",   u"automaker",    u"chipmaker",  u"steelmaker", u"shipbuilder", u"retailer",
                                             u"lender",    u"insurer",    u"airline",      u"carrier",    u"brewer",     u"broadcaster", u"publisher",
                                             u"conglomerate", u"startup", u"start-up",     u"fintech",    u"operator",   u"developer",   u"manufacturer",
                                             u"producer",  u"supplier",   u"distributor",  u"shipper",    u"utility",    u"refiner",     u"exporter",
                                             u"importer",  u"wholesaler", u"lessor",       u"bank",       u"miner",      u"smartphone-maker",
                                             u"phonemaker", u"telco",     u"insurtech",    u"marketplace", u"platform"};
    static const QRegularExpression named(QStringLiteral(R"(\G\p{Lu}[\p{L}\p{N}&-]*(?:[ ]\p{Lu}[\p{L}\p{N}&-]*){0,3}(?![\p{L}\p{N}’'&-]))"));
    QList<SequenceTagger::Span> added;
    QSet<QStringView> confirmed;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const QStringView trade = lowerWordBefore(text, i);
        if (trade.isEmpty() || !trades.contains(trade))
            continue;
        const auto m = named.matchView(textAfter(text, int(i), NameWindow));
        if (!m.hasMatch())
            continue;
        const int start = int(i + m.capturedStart()), end = int(i + m.capturedEnd());
        const QStringView first = QStringView(text).mid(start, (m.capturedView().indexOf(QLatin1Char(' ')) < 0 ? end : start + int(m.capturedView().indexOf(QLatin1Char(' ')))) - start);
        // (after a trade people have too, not a known given name: "developer Ana Ruiz")
        if ((isPeoplesTrade(trade) && context.gazetteer.isGivenName(first)) || isOpener(first) || context.gazetteer.isTitle(first)
            || context.gazetteer.isCountry(m.captured()))
            continue;
        // (the model's own organisation of exactly these words: the trade confirms it, for the
        // name's other mentions below)
        const bool modelsFirm = std::any_of(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &span) {
            return span.start == start && span.end == end && span.label == QLatin1String("ORG");
        });
        if (modelsFirm)
            confirmed.insert(m.capturedView());
        if (overlapsAny(spans, start, end))
            continue;
        // (a span an earlier stage proposed for a name is dropped after this stage, as the model
        // decides names; a precise rule's stays)
        if (keptFromEarlierStage(context, start, end))
            continue;
        added.append({start, end, QStringLiteral("ORG"), 0.6});
    }
    // What the trade says holds for the name's other mentions the model took for a person
    // ("Indonesia's Cendana Air Orders 30 Jets" in the headline).
    QSet<QStringView> firms = confirmed;
    for (const SequenceTagger::Span &a : std::as_const(added))
        firms.insert(QStringView(text).mid(a.start, a.end - a.start));
    for (SequenceTagger::Span &span : spans) {
        if (span.label == QLatin1String("PERSON") && firms.contains(QStringView(text).mid(span.start, span.end - span.start)))
            span.label = QStringLiteral("ORG");
    }
    addInOrder(spans, added);
}

void TaggerStage::addLaunchedProducts(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QRegularExpression launched(QStringLiteral(
        "\\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|release[sd]?|introduce[sd]?|debut(?:s|ed)?|rolled out|rolls out)\\s+(?:its|the|a|an|their)\\s+"
        "(?:(?:new|latest|cheaper|flagship|first)\\s+)?(?<name>(?:\\p{Lu}[\\p{L}\\p{N}+-]*|\\p{N}[\\p{N}+]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}+-]*|\\p{N}[\\p{N}+]*)){0,4})"
        "\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:smartphones?|phones?|handsets?|laptops?|tablets?|cars?|SUVs?|pickups?|trucks?|drones?|chips?|processors?|"
        "consoles?|games?|apps?|models?|motorcycles?|motorbikes?|scooters?|watch(?:es)?|earbuds|headsets?|robots?|vaccines?|drugs?)\\b"));
    QList<SequenceTagger::Span> added;
    for (auto it = launched.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart(u"name")), end = int(m.capturedEnd(u"name"));
        // (a listed company's name first is the maker's, not the product's whole name: "its
        // Samsung Galaxy" stays as the model or the lists had it)
        const QStringView name = m.capturedView(u"name");
        if (!name.contains(QLatin1Char(' ')) && std::none_of(name.begin(), name.end(), [](QChar c) { return c.isNumber(); }))
            continue; // one word without a number: too often a brand or a place
        // (numbers the number rules took inside it give way: see run())
        const QList<Annotation> &taken = context.spans.list();
        const bool claimed = std::any_of(taken.cbegin(), taken.cend(), [&](const Annotation &a) {
            return a.start < end && a.end > start && !(a.label == QLatin1String("CARDINAL") && a.start >= start && a.end <= end);
        });
        if (overlapsAny(spans, start, end) || claimed || context.gazetteer.lookup(name.toString()) >= 0)
            continue;
        added.append({start, end, QStringLiteral("PRODUCT"), 0.6});
    }
    addInOrder(spans, added);
}

// "Redmi Note 15 Pro", "Magic 9 Ultimate", "Agni 5", "Boeing 737": a name with a model number,
// in a sentence about products (a launch, a phone, a price) or named so elsewhere in the
// article; the model often tags only "Pro" and the number rules take the number.
void TaggerStage::addModelNumberProducts(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    static const RE candidate(QStringLiteral(
        "(?<![\\p{L}\\p{N}’'-])(?<name>(?:(?:\\p{Lu}[\\p{L}-]*|\\p{Ll}{1,3}\\p{Lu}\\p{L}*)\\s+){1,3}\\p{Lu}{0,2}\\d{1,4}(?:-\\p{Lu}{0,2}\\d{1,4})?[a-z]?"
        "(?:\\s+(?:Pro|Ultra|Ultimate|Max|Plus|Lite|Mini|Neo|Prime|Edge|Fold|Flip|Air|SE|FE|GT|Turbo|MAX(?:\\s+\\d{1,2}(?![\\d,.]))?))*\\+?)(?![\\p{L}\\p{N}+]|[.,]\\d)"));
    static const QSet<QString> notProducts = {
        QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("In"), QStringLiteral("On"), QStringLiteral("At"),
        QStringLiteral("By"), QStringLiteral("For"), QStringLiteral("Of"), QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("And"),
        QStringLiteral("Ligue"), QStringLiteral("League"), QStringLiteral("Serie"), QStringLiteral("Division"), QStringLiteral("Group"),
        QStringLiteral("Section"), QStringLiteral("Article"), QStringLiteral("Chapter"), QStringLiteral("Level"), QStringLiteral("Category"),
        QStringLiteral("Phase"), QStringLiteral("Stage"), QStringLiteral("Round"), QStringLiteral("Week"), QStringLiteral("Day"),
        QStringLiteral("Game"), QStringLiteral("Games"), QStringLiteral("Formula"), QStringLiteral("Covid"), QStringLiteral("COVID"),
        QStringLiteral("Channel"), QStringLiteral("Radio"), QStringLiteral("Terminal"), QStringLiteral("Gate"), QStringLiteral("Route"),
        QStringLiteral("Line"), QStringLiteral("Platform"), QStringLiteral("Pier"), QStringLiteral("Berth"), QStringLiteral("Block"),
        QStringLiteral("Zone"), QStringLiteral("Sector"), QStringLiteral("Grade"), QStringLiteral("Class"), QStringLiteral("Tier"),
        QStringLiteral("Room"), QStringLiteral("Floor"), QStringLiteral("Unit"), QStringLiteral("Highway"), QStringLiteral("Road"),
        QStringLiteral("Street"), QStringLiteral("Flight"), QStringLiteral("Volume"), QStringLiteral("Part"), QStringLiteral("Episode"),
        QStringLiteral("Season"), QStringLiteral("Series"), QStringLiteral("Top"), QStringLiteral("Under"), QStringLiteral("Act"),
        QStringLiteral("Rule"), QStringLiteral("Law"), QStringLiteral("Bill"), QStringLiteral("Amendment"), QStringLiteral("Resolution"),
        QStringLiteral("Title"), QStringLiteral("Number"), QStringLiteral("No"), QStringLiteral("Page"), QStringLiteral("Item"),
        QStringLiteral("Point"), QStringLiteral("Points"), QStringLiteral("Year"), QStringLiteral("Term"), QStringLiteral("Vision"),
        QStringLiteral("Agenda"), QStringLiteral("Euro"), QStringLiteral("World"), QStringLiteral("Cup"), QStringLiteral("Under-"),
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"), QStringLiteral("April"), QStringLiteral("May"),
        QStringLiteral("June"), QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"), QStringLiteral("October"),
        QStringLiteral("November"), QStringLiteral("December"), QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
        QStringLiteral("Apr"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"), QStringLiteral("Sept"),
        QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec"), QStringLiteral("Monday"), QStringLiteral("Tuesday"),
        QStringLiteral("Wednesday"), QStringLiteral("Thursday"), QStringLiteral("Friday"), QStringLiteral("Saturday"), QStringLiteral("Sunday"),
        QStringLiteral("Every"), QStringLiteral("After"), QStringLiteral("Before"), QStringLiteral("Than"), QStringLiteral("Over"),
        QStringLiteral("FTSE"), QStringLiteral("BIST"), QStringLiteral("Nikkei"), QStringLiteral("Nifty"), QStringLiteral("Sensex"),
        QStringLiteral("CAC"), QStringLiteral("DAX"), QStringLiteral("KOSPI"), QStringLiteral("STOXX"), QStringLiteral("Stoxx"), QStringLiteral("MSCI"),
        QStringLiteral("Russell"), QStringLiteral("ASX"), QStringLiteral("IBEX"), QStringLiteral("TOPIX"), QStringLiteral("Index")};
    static const RE aboutProducts(QStringLiteral("\\b(?:launch\\w*|unveil\\w*|introduc\\w*|releas\\w*|debut\\w*|phones?|smartphones?|handsets?|series|models?|"
                                                 "laptops?|tablets?|earphones|earbuds|watch(?:es)?|chips?|processors?|jets?|aircraft|planes?|cars?|SUVs?|"
                                                 "consoles?|pric(?:e|es|ed|ing)|pre-orders?|costs?|variants?|versions?|orders?|ordered)\\b"),
                                  RE::CaseInsensitiveOption);
    const QList<TextRange> &sentences = context.sentences;
    const auto sentenceOf = [&sentences](int at) {
        auto it = std::partition_point(sentences.cbegin(), sentences.cend(), [at](const TextRange &r) { return r.end <= at; });
        return it != sentences.cend() ? *it : TextRange{at, at};
    };
    // "Smer 38 and Hlas 19", "Nancy 20": a name and its seats or points in a list, which the model
    // took for a product with a model number.
    static const RE nameAndNumber(QStringLiteral("^\\p{Lu}[\\p{L}-]*\\s+\\d{1,3}$"));
    static const RE tally(QStringLiteral("\\b(?:seats|points|votes|goals|wins|medals|matches|games)\\b"));
    for (SequenceTagger::Span &s : spans) {
        if (s.label != QLatin1String("PRODUCT") || !nameAndNumber.matchView(QStringView(text).mid(s.start, s.end - s.start)).hasMatch())
            continue;
        const TextRange sentence = sentenceOf(s.start);
        const QStringView words = QStringView(text).mid(sentence.start, sentence.end - sentence.start);
        if (tally.matchView(words).hasMatch() && !aboutProducts.matchView(words).hasMatch()) {
            s.end = int(text.indexOf(QLatin1Char(' '), s.start));
            s.label = QStringLiteral("ORG");
        }
    }
    struct Found
    {
        int start, end;
        bool cued;
    };
    std::vector<Found> found;
    // (A headline's capitals make any words look like a name: "Launches X310 Mini", "Sahara Wings
    // Orders 20"; there only a name found in the body counts.)
    const int headlineEnd = int(text.indexOf(QLatin1Char('\n')));
    static const RE indexNext(QStringLiteral("^\\s+(?:index|points)\\b"));
    for (auto it = candidate.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int start = int(m.capturedStart(u"name"));
        const int end = int(m.capturedEnd(u"name"));
        if (indexNext.matchView(textAfter(text, end, 12)).hasMatch())
            continue;
        // Leading words that open a sentence or name no product ("The", "In", a month) are dropped.
        QStringList words = m.captured(u"name").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // A brand right before its model is part of the product's name ("Huawei Pura 90", "Airbus
        // A220-100": the held-out README's rule and the later sets'); one before a share or a
        // tally is the firm's ("Samsung 27%", "Smer 38 seats").
        static const RE shareAfter(QStringLiteral("^\\s*(?:%|per\\s*cent|percent|points|seats|pts|votes|goals|wins)"));
        if (shareAfter.matchView(textAfter(text, end, 12)).hasMatch())
            continue;
        while (words.size() > 1 && (notProducts.contains(words.first()) || isOpener(words.first()))) {
            start += int(words.first().size()) + 1;
            while (start < end && text.at(start) == QLatin1Char(' '))
                ++start;
            words.removeFirst();
        }
        const auto hasDigit = [](const QString &w) { return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); }); };
        const auto hasLetter = [](const QString &w) { return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); }); };
        // One word only where it is a model of letters and digits ("E195-E2").
        if ((words.size() < 2 && !(hasDigit(words.first()) && hasLetter(words.first())))
            || std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return notProducts.contains(w); }))
            continue;
        // (not a year, "Euro 2024", "Vision 2030"; not a score, "3-1")
        const QString &number = *std::find_if(words.cbegin(), words.cend(), hasDigit);
        if (number.size() == 4 && (number.startsWith(QLatin1String("19")) || number.startsWith(QLatin1String("20"))))
            continue;
        if (number.contains(QLatin1Char('-')) && std::count_if(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); }) < 3)
            continue;
        // (nor a score of rugby or basketball after a side: "Argentina beat Ireland 27-24")
        // (an aircraft's is shaped otherwise: "Boeing 787-9", "Dash 8-400")
        static const RE score(QStringLiteral("^\\d{2}-\\d{2}$"));
        if (score.match(number).hasMatch())
            continue;
        auto sentence = std::partition_point(sentences.cbegin(), sentences.cend(), [start](const TextRange &r) { return r.end <= start; });
        const bool cued = sentence != sentences.cend()
            && aboutProducts.matchView(QStringView(text).mid(sentence->start, sentence->end - sentence->start)).hasMatch();
        found.push_back({start, end, cued && start > headlineEnd});
    }
    if (found.empty())
        return;
    QSet<QString> named;
    for (const Found &f : found) {
        if (f.cued)
            named.insert(text.mid(f.start, f.end - f.start));
    }
    // ("A cheaper Redmi Note 15 will follow": the base model of a variant the article named)
    const auto baseOfNamed = [&named](const QString &name) {
        return std::any_of(named.cbegin(), named.cend(), [&name](const QString &n) { return n.size() > name.size() + 1 && n.startsWith(name + QLatin1Char(' ')); });
    };
    // The earlier rules' spans by start (they never overlap), for a binary search.
    struct Taken
    {
        int start, end;
        bool count;
    };
    std::vector<Taken> taken;
    QHash<int, int> foundEnds; // where each candidate starts -> its longest end
    for (const Found &f : found)
        foundEnds[f.start] = std::max(foundEnds.value(f.start), f.end);
    for (const Annotation &a : context.spans.list()) {
        // (a listed brand at the start of its model's name gives way, as a listed company does to
        // its longer name: see TaggerStage::run)
        if (a.label == QLatin1String("ORG") && a.ruleId.startsWith(QLatin1String("gazetteer.")) && a.end < text.size() && text.at(a.end) == QLatin1Char(' ')
            && foundEnds.value(a.start, -1) > a.end)
            continue;
        // (a name an earlier stage proposed goes after this stage unless a precise rule found it:
        // "POCO" of "POCO F8 Pro" where the article's own names made the brand an organisation)
        if (SequenceTagger::labels().contains(a.label) && !isPreciseRule(a.ruleId))
            continue;
        // (a version found after the brand is part of the whole: "Pura 90" of "Huawei Pura 90")
        taken.push_back({a.start, a.end, a.label == QLatin1String("CARDINAL") || (a.label == QLatin1String("PRODUCT") && a.ruleId == QLatin1String("product.version"))});
    }
    std::sort(taken.begin(), taken.end(), [](const Taken &a, const Taken &b) { return a.start < b.start; });
    QList<SequenceTagger::Span> added;
    for (const Found &f : found) {
        const QString surface = text.mid(f.start, f.end - f.start);
        if (!f.cued && !named.contains(surface) && (f.start < headlineEnd || !baseOfNamed(surface)))
            continue;
        // Spans of the earlier rules other than counts inside it, or the model's reaching out of it,
        // keep their words.
        bool claimed = false;
        for (auto t = std::partition_point(taken.cbegin(), taken.cend(), [&](const Taken &x) { return x.end <= f.start; });
             t != taken.cend() && t->start < f.end && !claimed; ++t)
            claimed = !(t->count && t->start >= f.start && t->end <= f.end);
        bool reachesOut = false;
        for (auto s = std::partition_point(spans.cbegin(), spans.cend(), [&](const SequenceTagger::Span &x) { return x.end <= f.start; });
             s != spans.cend() && s->start < f.end && !reachesOut; ++s)
            reachesOut = s->start < f.start || s->end > f.end;
        if (claimed || reachesOut || context.gazetteer.lookup(surface) >= 0)
            continue;
        added.append({f.start, f.end, QStringLiteral("PRODUCT"), 0.6});
    }
    if (added.isEmpty())
        return;
    // The model's pieces inside the products give way (one pass).
    spans.removeIf([&](const SequenceTagger::Span &s) {
        auto it = std::partition_point(added.cbegin(), added.cend(), [&](const SequenceTagger::Span &a) { return a.end <= s.start; });
        return it != added.cend() && s.start >= it->start && s.end <= it->end;
    });
    addInOrder(spans, added);
}

// "the A6 Pro" and "the A6 Pro 5G" after "Oppo A6 Pro": a model the article named as a product
// is that product wherever the model took it for an organisation.
void TaggerStage::relabelNamedModels(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    static const RE model(QStringLiteral("^\\p{Lu}{1,3}\\d{1,4}[\\p{Ll}\\d-]*\\+?(?:\\s+(?:Pro|Ultra|Max|Plus|Lite|Mini|Neo|5G|4G|\\+))*$"));
    static const RE variants(QStringLiteral("(?:\\s+(?:Pro|Ultra|Max|Plus|Lite|Mini|Neo|5G|4G)|\\+)+$"));
    // A model without its variant's words ("A6" of "A6 Pro 5G"): one lookup per span, so a long
    // article with many products stays linear.
    const auto base = [](QString name) { return name.remove(variants); };
    QSet<QString> bases;
    for (const SequenceTagger::Span &s : std::as_const(spans)) {
        if (s.label != QLatin1String("PRODUCT"))
            continue;
        const QString name = text.mid(s.start, s.end - s.start);
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        const QString tail = space > 0 ? name.mid(space + 1) : name;
        if (model.match(tail).hasMatch())
            bases.insert(base(tail));
        if (model.match(name).hasMatch())
            bases.insert(base(name));
    }
    for (SequenceTagger::Span &s : spans) {
        if (bases.isEmpty() || s.label != QLatin1String("ORG"))
            continue;
        const QString name = text.mid(s.start, s.end - s.start);
        if (model.match(name).hasMatch() && bases.contains(base(name)))
            s.label = QStringLiteral("PRODUCT");
    }
    // "the Pro", "the Ultra" after "POCO F8 Pro" and "POCO F8 Ultra": a variant's word alone
    // after "the" is that variant, whatever the model made of it or if it left it out; so is the
    // word alone wherever the model took it for a name.
    static const RE variantWord(QStringLiteral("\\s(Pro|Ultra|Max|Plus|Lite|Mini|Neo|Fold|Flip)$"));
    QSet<QString> variantsNamed;
    for (const SequenceTagger::Span &s : std::as_const(spans)) {
        if (s.label == QLatin1String("PRODUCT"))
            if (const auto v = variantWord.match(text.mid(s.start, s.end - s.start)); v.hasMatch())
                variantsNamed.insert(v.captured(1));
    }
    if (variantsNamed.isEmpty())
        return;
    static const RE theVariant(QStringLiteral("(?<![\\p{L}\\p{N}])[Tt]he\\s+(?<word>Pro|Ultra|Max|Plus|Lite|Mini|Neo|Fold|Flip)(?![\\p{L}\\p{N}+-]|\\s+\\p{Lu}|\\s+\\d)"));
    QList<SequenceTagger::Span> added;
    for (auto it = theVariant.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!variantsNamed.contains(m.captured(u"word")))
            continue;
        const int start = int(m.capturedStart(u"word")), end = int(m.capturedEnd(u"word"));
        auto s = std::partition_point(spans.begin(), spans.end(), [&](const SequenceTagger::Span &x) { return x.end <= start; });
        if (s != spans.end() && s->start < end) {
            // (the model's span that runs on from the word is cut there: "Ultra at 9,990")
            if (s->start == start) {
                s->end = end;
                s->label = QStringLiteral("PRODUCT");
            }
            continue;
        }
        if (!keptFromEarlierStage(context, start, end))
            added.append({start, end, QStringLiteral("PRODUCT"), 0.6});
    }
    // (and the word alone anywhere else: no firm or place is called "Ultra"; the second of two,
    // "the Pro and Ultra use Qualcomm's chip", is one more)
    static const RE andVariant(QStringLiteral("^\\s+and\\s+(?:the\\s+)?(?<word>Pro|Ultra|Max|Plus|Lite|Mini|Neo|Fold|Flip)(?![\\p{L}\\p{N}+-])"));
    for (SequenceTagger::Span &s : spans) {
        if (s.end - s.start > 5 || !variantsNamed.contains(text.mid(s.start, s.end - s.start)))
            continue;
        s.label = QStringLiteral("PRODUCT");
        // (after its model's number the word is the end of the model's name: "17 Ultra")
        static const RE numberBefore(QStringLiteral("(?<![\\p{L}\\p{N}.,])\\p{Lu}{0,2}\\d{1,4}\\+? $"));
        if (const auto n = numberBefore.matchView(textBefore(text, s.start, 8)); n.hasMatch() && !overlapsAny(spans, s.start - int(n.capturedLength()), s.start, &s))
            s.start -= int(n.capturedLength());
        if (const auto a = andVariant.matchView(textAfter(text, s.end, 20)); a.hasMatch() && variantsNamed.contains(a.captured(u"word"))) {
            const int wordStart = s.end + int(a.capturedStart(u"word")), wordEnd = s.end + int(a.capturedEnd(u"word"));
            if (!overlapsAny(spans, wordStart, wordEnd) && !keptFromEarlierStage(context, wordStart, wordEnd))
                added.append({wordStart, wordEnd, QStringLiteral("PRODUCT"), 0.6});
        }
    }
    std::sort(added.begin(), added.end(), [](const SequenceTagger::Span &a, const SequenceTagger::Span &b) { return a.start < b.start; });
    addInOrder(spans, added);
}

// Names whose last word says what they are: "Civil Code", "Official Languages Act" are laws;
// "Typhoon Marilag" is an event and so is "Marilag" after it; "Social Democrats" written as a
// plural noun is a political group (NORP), as the guidelines have "Socialists" and "Democrats".
void TaggerStage::relabelByLastWord(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    static const RE law(QStringLiteral("^(?!(?:School|Faculty|Department|Institute|Centre|Center|College|Society|Commission|Ministry)\\b)"
                                       "(?:\\p{Lu}[\\p{L}’'-]*\\s+)(?:(?:of|on|and|the|for|\\p{Lu}[\\p{L}’'-]*)\\s+){0,6}(?:Act|Code|Ordinance|Decree|Constitution|Regulation|Directive|Bill)$|"
                                       "^(?:\\p{Lu}[\\p{L}’'-]*\\s+)(?:(?:of|on|and|the|for|\\p{Lu}[\\p{L}’'-]*)\\s+){1,6}Law$"));
    static const RE group(QStringLiteral("^(?:(?:Social|Christian|Liberal|Free|Green|Radical|National)\\s+)?(?:Democrats|Socialists|Republicans|Conservatives|Greens|Liberals|Communists|Nationalists)$"));
    static const RE storm(stormWords() + QStringLiteral("\\s+$"));
    QSet<QString> storms;
    // (a mall or market that speaks is the company that runs it: "Dingxin Mall said")
    QSet<QString> speaking;
    static const RE speaks(QStringLiteral("^\\s+(?:said|says|told|wrote|added|apologi[sz]ed|argued|denied|announced)\\b"));
    for (const SequenceTagger::Span &s : std::as_const(spans)) {
        const QStringView name = QStringView(text).mid(s.start, s.end - s.start);
        if (!name.endsWith(QLatin1String(" Mall")) && !name.endsWith(QLatin1String(" Market")))
            continue; // (only malls and markets are run by companies that speak)
        if (speaks.matchView(textAfter(text, s.end, 16)).hasMatch())
            speaking.insert(text.mid(s.start, s.end - s.start));
    }
    int previousEnd = 0;
    for (SequenceTagger::Span &s : spans) {
        const int before = previousEnd;
        previousEnd = s.end;
        const QString name = text.mid(s.start, s.end - s.start);
        // ("Tonga Meteorological Service", "Sierra Leone Police": bodies by their last word in all
        // 15 such names of the annotated sets, whatever the model said)
        static const RE body(QStringLiteral("^\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}’'-]*)*\\s+(?:Service|Police)$"));
        // ("Konyo Konyo Market", "Acacia Mall", "Kissy Road", "Ryde Pier", "Titanic Park": a place
        // built, as 41 of the 46 such names of the annotated sets; not a bourse, "Werakata National
        // Park" or a person's family name)
        static const RE built(QStringLiteral("^\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:al-|el-)?\\p{L}[\\p{L}’'.-]*){0,3}\\s+(?:Market|Mall|Road|Pier|Park|Marg)$"));
        static const RE notBuilt(QStringLiteral("\\b(?:Financial|Stock|Securities|Capital|Money|Single|Common|National)\\s+\\S+$"));
        if (s.label != QLatin1String("LAW") && s.label != QLatin1String("EVENT") && law.match(name).hasMatch()) {
            s.label = QStringLiteral("LAW");
        } else if ((s.label == QLatin1String("ORG") || s.label == QLatin1String("GPE") || s.label == QLatin1String("LOC")) && built.match(name).hasMatch()
                   && !notBuilt.match(name).hasMatch() && context.gazetteer.lookup(name) < 0 && !speaking.contains(name)) {
            s.label = QStringLiteral("FAC");
        } else if (s.label != QLatin1String("ORG") && body.match(name).hasMatch()) {
            s.label = QStringLiteral("ORG");
        } else if (s.label == QLatin1String("ORG") && group.match(name).hasMatch()) {
            s.label = QStringLiteral("NORP");
        } else if (s.label != QLatin1String("EVENT") && !name.contains(QLatin1Char(' '))) {
            const int from = std::max(before, s.start - 20);
            if (const auto m = storm.matchView(QStringView(text).mid(from, s.start - from)); m.hasMatch()) {
                s.start = from + int(m.capturedStart());
                s.label = QStringLiteral("EVENT"); // its short name is found with the others below
            }
        }
    }
    // The storm named in full ("Typhoon Marilag") and its other name ("Typhoon Goni, known locally
    // as Rolly").
    static const RE stormName(QStringLiteral("^") + stormWords() + QStringLiteral("\\s+(?<name>\\p{Lu}[\\p{L}-]+)$"));
    static const RE knownAs(QStringLiteral("^,?\\s+(?:known|called)\\s+(?:locally\\s+|there\\s+|in\\s+\\p{Lu}\\p{Ll}+\\s+)?as\\s+$"));
    for (qsizetype k = 0; k < spans.size(); ++k) {
        const SequenceTagger::Span &s = spans.at(k);
        if (s.label != QLatin1String("EVENT"))
            continue;
        const auto m = stormName.match(text.mid(s.start, s.end - s.start));
        if (!m.hasMatch())
            continue;
        storms.insert(m.captured(u"name"));
        if (k + 1 < spans.size() && knownAs.matchView(QStringView(text).mid(s.end, spans.at(k + 1).start - s.end)).hasMatch())
            storms.insert(text.mid(spans.at(k + 1).start, spans.at(k + 1).end - spans.at(k + 1).start));
    }
    if (storms.isEmpty())
        return;
    for (SequenceTagger::Span &s : spans) {
        if (s.label != QLatin1String("EVENT") && storms.contains(text.mid(s.start, s.end - s.start)))
            s.label = QStringLiteral("EVENT");
    }
}

// "Counterpoint analyst Ekuwa Ampofo-Quaye", "Hibernian manager Keir Abernethy": a word before a
// job and a person's name is the organisation the job is at, where the article also names it
// inside an organisation's name or in the middle of a sentence (a capital that only opens a
// sentence, "Opposition spokesman", says nothing).
void TaggerStage::addOrganisationsBeforeJobs(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    using RE = QRegularExpression;
    const QString &text = context.text;
    static const RE beforeJob(QStringLiteral("(?<![\\p{L}\\p{N}’'&-])(?<org>\\p{Lu}[\\p{L}&-]+)\\s+(?:senior\\s+|chief\\s+|lead\\s+|head\\s+)?"
                                             "(?:analyst|economist|strategist|spokesman|spokeswoman|spokesperson|manager|coach|director|president|"
                                             "chairman|chairwoman|chief executive|executive|official|researcher|lawyer|engineer|boss|captain|striker|"
                                             "goalkeeper|defender|midfielder|winger)\\s+$"));
    // (after a word in lower case: the name's own start, not "Energy" of "Rystad Energy")
    static const RE midSentence(QStringLiteral("(?:^|\\s)\\p{Ll}[\\p{L}-]*[,;]?\\s+$"));
    // The first words of the organisations' names ("Counterpoint" of "Counterpoint Research").
    QSet<QString> firstWords;
    for (const SequenceTagger::Span &s : std::as_const(spans)) {
        if (s.label == QLatin1String("ORG"))
            firstWords.insert(text.mid(s.start, s.end - s.start).section(QLatin1Char(' '), 0, 0));
    }
    for (const Annotation &a : context.spans.list()) {
        if (a.label == QLatin1String("ORG"))
            firstWords.insert(text.mid(a.start, a.end - a.start).section(QLatin1Char(' '), 0, 0));
    }
    // The spans of the earlier rules that stay (see run()), by start, for a binary search.
    std::vector<std::pair<int, int>> claimedRanges;
    for (const Annotation &a : context.spans.list()) {
        if (!SequenceTagger::labels().contains(a.label) || isPreciseRule(a.ruleId))
            claimedRanges.emplace_back(a.start, a.end);
    }
    std::sort(claimedRanges.begin(), claimedRanges.end());
    const auto claimedAt = [&claimedRanges](int start, int end) {
        auto it = std::lower_bound(claimedRanges.begin(), claimedRanges.end(), std::pair{end, 0});
        // ranges never overlap each other: the one before `end` is the only candidate
        return it != claimedRanges.begin() && std::prev(it)->second > start;
    };
    QList<SequenceTagger::Span> added;
    QSet<int> addedStarts;
    QHash<QString, bool> decided;
    // The people the model found and those the rules before it did ("analyst X" by its title).
    std::vector<int> people;
    for (const SequenceTagger::Span &s : std::as_const(spans)) {
        if (s.label == QLatin1String("PERSON"))
            people.push_back(s.start);
    }
    for (const Annotation &a : context.spans.list()) {
        if (a.label == QLatin1String("PERSON"))
            people.push_back(a.start);
    }
    for (const int personStart : people) {
        const int from = std::max(0, personStart - 48);
        const auto m = beforeJob.matchView(QStringView(text).mid(from, personStart - from));
        if (!m.hasMatch())
            continue;
        const int start = from + int(m.capturedStart(u"org")), end = from + int(m.capturedEnd(u"org"));
        const QString word = m.captured(u"org");
        // (the earlier rules' names give way to the model's, see run(): only their other spans count)
        if (overlapsAny(spans, start, end) || claimedAt(start, end) || isOpener(word) || context.gazetteer.lookup(word) >= 0)
            continue;
        // (not the last word of a longer name: "Shanghai Port coach")
        static const RE capitalBefore(QStringLiteral("\\p{Lu}[\\p{L}’'-]*[ \\t]+$"));
        if (capitalBefore.matchView(textBefore(text, start, 30)).hasMatch())
            continue;
        static const QSet<QString> jobWords = {QStringLiteral("Chief"), QStringLiteral("Senior"), QStringLiteral("Deputy"), QStringLiteral("Head"),
                                               QStringLiteral("Vice"), QStringLiteral("Acting"), QStringLiteral("Interim"), QStringLiteral("Former"),
                                               QStringLiteral("Lead"), QStringLiteral("Assistant"), QStringLiteral("Associate"), QStringLiteral("General")};
        if (jobWords.contains(word))
            continue;
        // (each word decided once: a long article names the same one before many jobs)
        if (const auto known = decided.constFind(word); known != decided.cend()) {
            if (*known && !addedStarts.contains(start)) {
                addedStarts.insert(start);
                added.append({start, end, QStringLiteral("ORG"), 0.6});
            }
            continue;
        }
        bool named = firstWords.contains(word);
        if (!named) {
            for (const int at : occurrencesOf(context, word)) {
                if (at != start && midSentence.matchView(textBefore(text, at, 30)).hasMatch()) {
                    named = true;
                    break;
                }
            }
        }
        decided.insert(word, named);
        if (named && !addedStarts.contains(start)) {
            addedStarts.insert(start);
            added.append({start, end, QStringLiteral("ORG"), 0.6});
        }
    }
    std::sort(added.begin(), added.end(), [](const SequenceTagger::Span &a, const SequenceTagger::Span &b) { return a.start < b.start; });
    addInOrder(spans, added);
}

void TaggerStage::dropOpeningTrades(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    const OrganisationWords orgWords = organisationWords(context);
    for (SequenceTagger::Span &span : spans) {
        // ("Volcanologist Amaru Ccori Huanca" may be taken for a body as a whole: a person's
        // trade before the name says whose)
        if (span.label != QLatin1String("PERSON") && span.label != QLatin1String("ORG"))
            continue;
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        if (words.size() < 3)
            continue; // a full name must remain
        const QStringView first = QStringView(text).mid(words.first().start, words.first().end - words.first().start);
        if (!first.front().isUpper() || context.gazetteer.isGivenName(first) || !isTradeWord(first.toString().toLower()))
            continue;
        // (not a firm's trade, nor a name a list knows or one that ends as organisations do:
        // "Pollster Ipsos Mori", "Builder Nordic Construction Group")
        if (span.label == QLatin1String("ORG")
            && (isFirmTrade(first) || context.gazetteer.lookup(text.mid(words.at(1).start, span.end - words.at(1).start)) >= 0
                || orgWords.ends.contains(span.end)))
            continue;
        int before = span.start;
        while (before > 0 && text.at(before - 1) == QLatin1Char(' '))
            --before;
        const bool opens = before == 0 || text.at(before - 1) == QLatin1Char('\n') || text.at(before - 1) == QLatin1Char('.');
        if (opens) {
            span.start = words.at(1).start;
            span.label = QStringLiteral("PERSON");
        }
    }
}

bool TaggerStage::isListedPossessive(const ExtractionContext &context, int start, int end)
{
    const QString &text = context.text;
    if (end - start < 3 || text.at(end - 1) != QLatin1Char('s') || (text.at(end - 2) != QChar(0x2019) && text.at(end - 2) != QLatin1Char('\'')))
        return false;
    const int listed = context.gazetteer.lookup(text.mid(start, end - start - 2) + QStringLiteral("'s"));
    return listed >= 0 && context.gazetteer.entry(listed).label == QLatin1String("ORG");
}

void TaggerStage::keepListedPossessives(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    for (SequenceTagger::Span &span : spans) {
        // the model's span stops before the 's, or takes it in: the listed name either way
        const bool before = span.end + 2 <= text.size() && isListedPossessive(context, span.start, span.end + 2)
            && (span.end + 2 == text.size() || !text.at(span.end + 2).isLetterOrNumber());
        if (before)
            span.end += 2;
        if (before || isListedPossessive(context, span.start, span.end))
            span.label = QStringLiteral("ORG");
    }
}

// "Creemos alliance from Santa Cruz", "Siro, Togg", "Minamitorishima, Japan": the model ran a
// name on over a lower-case word that joins no name ("of", "and", "de" do) or over a comma. The
// name ends before it; a place and the country after its comma are two places. (Not in a name
// written in another language's way, nor an institution's list of fields: "Ministry of Health,
// Labour and Welfare".)
void TaggerStage::cutAtInnerWords(const ExtractionContext &context, QList<SequenceTagger::Span> &spans)
{
    const QString &text = context.text;
    static const QSet<QStringView> particles = {u"of", u"and", u"for", u"the", u"de", u"da", u"del", u"do", u"dos", u"das", u"du", u"des",
                                                u"la", u"le", u"les", u"el", u"y", u"e", u"von", u"van", u"der", u"den", u"di", u"al",
                                                u"bin", u"binti", u"ng", u"on", u"upon", u"at", u"in", u"et", u"und", u"ibn", u"bint", u"dei",
                                                u"della", u"degli", u"zu", u"af", u"av", u"och", u"og", u"i", u"a", u"an", u"to", u"es", u"dela", u"delos",
                                                u"delas", u"ul", u"ben", u"bat", u"ter", u"te", u"ten", u"op", u"aan", u"zum", u"zur", u"sur",
                                                u"sous", u"ap", u"ab", u"ni", u"st"};
    static const QSet<QStringView> named = {u"PERSON", u"ORG", u"GPE", u"NORP", u"LOC"};
    QList<SequenceTagger::Span> out;
    out.reserve(spans.size());
    for (SequenceTagger::Span span : std::as_const(spans)) {
        const QStringView whole = QStringView(text).mid(span.start, span.end - span.start);
        if (!named.contains(QStringView(span.label)) || writtenInAnotherLanguage(whole) || whole.contains(QLatin1Char('\n'))) {
            out.append(span);
            continue;
        }
        const QList<TextRange> words = wordsIn(text, span.start, span.end);
        int cut = -1;
        for (qsizetype w = 1; w < words.size() && cut < 0; ++w) {
            const QStringView word = QStringView(text).mid(words.at(w).start, words.at(w).end - words.at(w).start);
            if (isLowerCaseWord(word) && !particles.contains(word))
                cut = words.at(w).start;
        }
        const qsizetype comma = whole.indexOf(QLatin1String(", "));
        if (comma > 0 && (cut < 0 || span.start + int(comma) < cut)) {
            const QStringView rest = whole.mid(comma + 2);
            const bool fields = rest.contains(QLatin1String(" and ")) || (span.label == QLatin1String("ORG") && !context.gazetteer.isCountry(rest.toString()));
            if (!fields) {
                if (context.gazetteer.isCountry(rest.toString()))
                    out.append({span.start + int(comma) + 2, span.end, QStringLiteral("GPE"), span.confidence}); // (sorted below)
                cut = span.start + int(comma);
            }
        }
        if (cut > 0) {
            int end = cut;
            while (end > span.start && text.at(end - 1).isSpace())
                --end;
            if (end <= span.start)
                continue;
            span.end = end;
        }
        out.append(span);
    }
    std::sort(out.begin(), out.end(), [](const SequenceTagger::Span &a, const SequenceTagger::Span &b) { return a.start < b.start; });
    spans = out;
}

} // namespace Gazette
