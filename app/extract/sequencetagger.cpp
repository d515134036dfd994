// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencetagger.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QVarLengthArray>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <random>
#include <thread>

namespace Gazette {

namespace {

constexpr quint32 Magic = 0x475a5447; // "GZTG"
constexpr qint32 FormatVersion = 1;

// Tag 0 is O; label l has B = 1 + 4l, I = 2 + 4l, L = 3 + 4l, U = 4 + 4l.
enum Position { B = 0, I = 1, L = 2, U = 3 };
int tagOf(int label, Position position) { return 1 + 4 * label + position; }
int labelOf(int tag) { return (tag - 1) / 4; }
Position positionOf(int tag) { return Position((tag - 1) % 4); }
bool isOpen(int tag) { return tag > 0 && (positionOf(tag) == B || positionOf(tag) == I); }

// BILOU: after B or I of a label only I or L of the same label; otherwise O, B or U.
bool allowed(int previous, int tag)
{
    if (isOpen(previous))
        return tag > 0 && labelOf(tag) == labelOf(previous) && (positionOf(tag) == I || positionOf(tag) == L);
    return tag == 0 || positionOf(tag) == B || positionOf(tag) == U;
}

// allowed() and isOpen() for every pair of tags, looked up while decoding.
struct Transitions
{
    static constexpr int Tags = 64;
    std::array<std::array<bool, Tags>, Tags> ok{};
    std::array<bool, Tags> open{};
    Transitions()
    {
        for (int previous = 0; previous < Tags; ++previous) {
            open[size_t(previous)] = isOpen(previous);
            for (int tag = 0; tag < Tags; ++tag)
                ok[size_t(previous)][size_t(tag)] = allowed(previous, tag);
        }
    }
};

quint64 mix(quint64 a, quint64 b)
{
    quint64 z = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 hashOf(QStringView text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

// The word's shape: "Xxxx" -> "Xx", "AB12" -> "Xd", "e-mail" -> "x-x": letters, digits and marks by
// kind, runs collapsed, so that unseen words of the same look share weights. Hashed as it is
// made.
quint64 shapeHashOf(QStringView word)
{
    quint64 h = 0xcbf29ce484222325ULL;
    QChar last;
    for (const QChar c : word) {
        const QChar kind = c.isUpper() ? QLatin1Char('X') : c.isLower() ? QLatin1Char('x') : c.isDigit() ? QLatin1Char('d') : c;
        if (kind != last) {
            h ^= kind.unicode();
            h *= 0x100000001b3ULL;
        }
        last = kind;
    }
    return h;
}

bool isAscii(QStringView word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// Feature kinds: each feature is mix(kind, value), so equal values of different kinds differ.
enum Kind : quint64 {
    Bias = 1, Word, Lower, Lower1, Lower2, LowerM1, LowerM2, Shape, ShapeM1, Shape1, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4,
    Flags, Gap, GapAfter, Cue, CueHere, CuePrevious, CueNext, PreviousTag, PreviousTagLower, PreviousTagShape, LowerM1Shape,
};

quint64 feature(Kind kind, quint64 value)
{
    return mix(kind, value);
}

} // namespace

struct SequenceTagger::Token
{
    int start = 0;
    int end = 0;
    int sentence = 0;
    quint64 word = 0, lower = 0, shape = 0, prefix2 = 0, prefix3 = 0, suffix2 = 0, suffix3 = 0, suffix4 = 0, gap = 0, gapAfter = 0;
    quint64 flags = 0;
    quint32 cueBegin = 0, cueEnd = 0; // the token's cues in Tokens::cues and Tokens::cueNames
};

// A block's tokens, with their cues in two lists of their own (not a list per token: most tokens
// have none or one, and a list each cost an allocation each).
struct SequenceTagger::Tokens
{
    std::vector<Token> list;
    std::vector<quint64> cues;     // cue with the token's place in it
    std::vector<quint64> cueNames; // cue alone

    size_t size() const { return list.size(); }
    bool empty() const { return list.empty(); }
    const Token &operator[](size_t i) const { return list[i]; }
    Token &operator[](size_t i) { return list[i]; }
    Token &back() { return list.back(); }
};

struct SequenceTagger::Model
{
    int tagCount = 1 + 4 * int(SequenceTagger::labels().size());
    std::unordered_map<quint64, quint32> rows;
    std::vector<float> weights; // rows x tagCount
    // Training only: the averaged perceptron's running sums, kept lazily by timestamps.
    std::vector<double> totals;
    std::vector<qint64> stamps;
    qint64 clock = 0;

    // For prediction: the rows in one open-addressing table of 8-byte slots (a 32-bit
    // fingerprint of the feature and where its record starts), each record holding the whole
    // key and the row's non-zero weights together (a perceptron row has a few non-zero tags out
    // of 45, about 3 on the shipped model). Most lookups are of features the model never saw:
    // they read one slot of a table that stays in the cache; a feature the model knows costs
    // the slot and one record read in a row. Built by freeze(), dropped by any change of a
    // weight.
    struct Slot
    {
        quint32 fingerprint = 0; // 0: empty slot
        quint32 record = 0;      // where the record starts in `records`
    };
    // A record: the key's low and high halves, the count of weights, then (tag, weight bits)
    // pairs, all 32-bit words.
    std::vector<Slot> slots;
    std::vector<quint32> records;
    quint64 frozenMask = 0;
    // One bit per feature hash of the model's features, 128 KB that stay in the cache: most
    // features of a token are unknown to the model, and their bit alone says so (a known
    // feature's bit is always set; about 3% of the unknown share a set bit and go on to the table).
    static constexpr quint64 KnownBits = quint64(1) << 20;
    std::vector<quint64> known;
    static quint64 knownBitOf(quint64 key) { return (key * 0xC2B2AE3D27D4EB4Full) >> 44; }
    bool mayKnow(quint64 key) const
    {
        const quint64 bit = knownBitOf(key);
        return known[size_t(bit >> 6)] >> (bit & 63) & 1u;
    }
    // Which weights these are: a new number for every change, so that scores kept from an
    // earlier call (decode()'s cache per word) are used only with the weights that made them.
    quint64 generation = nextGeneration();
    static quint64 nextGeneration()
    {
        static std::atomic<quint64> last{0};
        return ++last;
    }

    static quint32 fingerprintOf(quint64 key) { return quint32(key) | 1u; }
    void freeze()
    {
        generation = nextGeneration();
        size_t size = 16;
        while (size < rows.size() * 2)
            size *= 2;
        slots.assign(size, Slot());
        records.clear();
        records.reserve(rows.size() * 9); // a key, a count and about three weights each
        frozenMask = size - 1;
        known.assign(size_t(KnownBits / 64), 0);
        for (const auto &[key, row] : rows) {
            const quint64 bit = knownBitOf(key);
            known[size_t(bit >> 6)] |= quint64(1) << (bit & 63);
            size_t slot = size_t(slotOf(key));
            while (slots[slot].fingerprint != 0)
                slot = (slot + 1) & frozenMask;
            slots[slot] = {fingerprintOf(key), quint32(records.size())};
            records.push_back(quint32(key));
            records.push_back(quint32(key >> 32));
            const size_t count = records.size();
            records.push_back(0);
            const float *weight = &weights[size_t(row) * size_t(tagCount)];
            for (int tag = 0; tag < tagCount; ++tag) {
                if (weight[tag] != 0.0f) {
                    records.push_back(quint32(tag));
                    records.push_back(std::bit_cast<quint32>(weight[tag]));
                    ++records[count];
                }
            }
        }
    }
    void thaw()
    {
        generation = nextGeneration();
        known.clear();
        slots.clear();
        records.clear();
    }
    quint64 slotOf(quint64 key) const { return (key ^ (key >> 29)) * 0x9E3779B97F4A7C15ull >> 20 & frozenMask; }

    // Asks for the slot of a feature ahead of its use: the slots of one token's features are
    // scattered over the table, and fetched together they cost about one wait instead of one each.
    void prefetch(quint64 feature) const
    {
        if (!slots.empty() && mayKnow(feature))
            __builtin_prefetch(&slots[size_t(slotOf(feature))]);
    }
    // Adds the weights of one feature to the scores of each tag.
    void addTo(quint64 feature, float *scores) const
    {
        if (!slots.empty()) {
            if (!mayKnow(feature))
                return;
            const quint32 fingerprint = fingerprintOf(feature);
            for (size_t slot = size_t(slotOf(feature));; slot = (slot + 1) & frozenMask) {
                const Slot s = slots[slot];
                if (s.fingerprint == 0)
                    return;
                const quint32 *r = &records[s.record];
                if (s.fingerprint == fingerprint && (quint64(r[0]) | quint64(r[1]) << 32) == feature) {
                    const quint32 count = r[2];
                    for (quint32 e = 0; e < count; ++e)
                        scores[r[3 + 2 * e]] += std::bit_cast<float>(r[4 + 2 * e]);
                    return;
                }
            }
        }
        const auto it = rows.find(feature);
        if (it == rows.end())
            return;
        const float *row = &weights[size_t(it->second) * size_t(tagCount)];
        for (int tag = 0; tag < tagCount; ++tag)
            scores[tag] += row[tag];
    }
    quint32 rowFor(quint64 feature, bool averaging)
    {
        const auto [it, added] = rows.try_emplace(feature, quint32(rows.size()));
        thaw();
        if (added) {
            weights.resize(weights.size() + size_t(tagCount), 0.0f);
            if (averaging) {
                totals.resize(weights.size(), 0.0);
                stamps.resize(weights.size(), clock);
            }
        }
        return it->second;
    }
};

const QStringList &SequenceTagger::labels()
{
    static const QStringList names = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"), QStringLiteral("LOC"),
                                      QStringLiteral("NORP"), QStringLiteral("FAC"), QStringLiteral("PRODUCT"), QStringLiteral("EVENT"),
                                      QStringLiteral("WORK_OF_ART"), QStringLiteral("LAW"), QStringLiteral("LANGUAGE")};
    return names;
}

SequenceTagger::SequenceTagger()
    : m(std::make_unique<Model>())
{
}

SequenceTagger::~SequenceTagger() = default;

SequenceTagger SequenceTagger::clone() const
{
    SequenceTagger copy;
    *copy.m = *m;
    return copy;
}
SequenceTagger::SequenceTagger(SequenceTagger &&) noexcept = default;
SequenceTagger &SequenceTagger::operator=(SequenceTagger &&) noexcept = default;

bool SequenceTagger::isEmpty() const
{
    return m->rows.empty();
}

int SequenceTagger::featureCount() const
{
    return int(m->rows.size());
}

// Where the tokens are: (start, end, sentence) for the whole text, light enough for a huge one.
std::vector<SequenceTagger::Place> SequenceTagger::placesOf(const TaggedText &text)
{
    std::vector<Place> places;
    const QString &s = text.text;
    const QList<TextRange> sentences = text.sentences.isEmpty() ? Tokenizer::sentences(s) : text.sentences;
    // Found here rather than kept from the caller: a huge article's words, held through the
    // input's making, raised the peak of its import by 40 MB.
    const QList<TextRange> words = Tokenizer::words(s);
    const auto isPossessive = [](QStringView word) { return word.size() > 2 && (word.endsWith(u"'s") || word.endsWith(u"’s")); };
    // One token per word and one more per possessive: reserved exactly, a huge text has no room to grow twice.
    size_t count = size_t(words.size());
    for (const TextRange &range : words)
        count += isPossessive(QStringView(s).mid(range.start, range.end - range.start)) ? 1u : 0u;
    places.reserve(count);
    int sentence = 0;
    for (const TextRange &range : words) {
        int end = range.end;
        // A possessive is no part of a name ("Apple’s" -> "Apple" + "’s").
        const QStringView word = QStringView(s).mid(range.start, range.end - range.start);
        const bool possessive = isPossessive(word);
        if (possessive)
            end -= 2;
        // An abbreviation keeps its period ("U.S.", "J." of a middle initial).
        if (end < s.size() && s.at(end) == QLatin1Char('.') && !possessive
            && (word.contains(QLatin1Char('.')) || (word.size() == 1 && word.front().isUpper())))
            ++end;
        for (const auto &[from, to] : {std::pair{range.start, end}, std::pair{end, possessive ? range.end : end}}) {
            if (to <= from)
                continue;
            while (sentence + 1 < sentences.size() && sentences.at(sentence + 1).start <= from)
                ++sentence;
            places.push_back({from, to, sentence});
        }
    }
    return places;
}

// The tokens each cue covers: the first and how many (cues may come in any order).
std::vector<SequenceTagger::CueRange> SequenceTagger::cueRangesOf(const TaggedText &text, const std::vector<Place> &places)
{
    std::vector<CueRange> ranges;
    ranges.reserve(size_t(text.cues.size()));
    for (const TokenCue &cue : text.cues) {
        auto it = std::lower_bound(places.begin(), places.end(), cue.start, [](const Place &p, int start) { return p.end <= start; });
        const auto first = it;
        for (; it != places.end() && it->start < cue.end; ++it) {
        }
        ranges.push_back({quint32(first - places.begin()), quint32(it - first)});
    }
    return ranges;
}

SequenceTagger::Tokens SequenceTagger::tokensOf(const TaggedText &text) const
{
    const std::vector<Place> places = placesOf(text);
    const std::vector<CueRange> cueRanges = cueRangesOf(text, places);
    std::vector<quint32> allCues(cueRanges.size());
    for (size_t c = 0; c < allCues.size(); ++c)
        allCues[c] = quint32(c);
    return tokensOf(text, places, 0, places.size(), cueRanges, allCues);
}

// The tokens from..to of the text, described as in the whole text (the words before and after
// the range count), with the cues of `cues` (indices into text.cues, in their order).
SequenceTagger::Tokens SequenceTagger::tokensOf(const TaggedText &text, const std::vector<Place> &places, size_t from, size_t to,
                                                const std::vector<CueRange> &cueRanges, const std::vector<quint32> &cues) const
{
    const QString &s = text.text;
    Tokens tokens;
    tokens.list.resize(to - from);
    // The first four characters between the previous token and this one, line breaks as '/',
    // hashed as they are read.
    const auto gapBefore = [&](size_t i) {
        const int gapStart = i > 0 ? places[i - 1].end : 0;
        quint64 gap = 0xcbf29ce484222325ULL;
        for (int k = gapStart; k < std::min(places[i].start, gapStart + 4); ++k) {
            gap ^= s.at(k) == QLatin1Char('\n') ? u'/' : s.at(k).unicode();
            gap *= 0x100000001b3ULL;
        }
        return gap;
    };
    for (size_t i = from; i < to; ++i) {
        Token &t = tokens[i - from];
        t.start = places[i].start;
        t.end = places[i].end;
        t.sentence = places[i].sentence;
        const QStringView w = QStringView(s).mid(t.start, t.end - t.start);
        // Most words are ASCII: their lower case and capitals without a new string each.
        const bool ascii = isAscii(w);
        QVarLengthArray<QChar, 64> asciiLower;
        QString otherLower;
        QStringView lower;
        if (ascii) {
            asciiLower.resize(w.size());
            std::transform(w.begin(), w.end(), asciiLower.begin(), [](QChar c) {
                return c.unicode() >= 'A' && c.unicode() <= 'Z' ? QChar(c.unicode() + 32) : c;
            });
            lower = QStringView(asciiLower.data(), asciiLower.size());
        } else {
            otherLower = w.toString().toLower();
            lower = otherLower;
        }
        t.word = hashOf(w);
        t.lower = hashOf(lower);
        t.shape = shapeHashOf(w);
        t.prefix2 = hashOf(lower.left(2));
        t.prefix3 = hashOf(lower.left(3));
        t.suffix2 = hashOf(lower.right(2));
        t.suffix3 = hashOf(lower.right(3));
        t.suffix4 = hashOf(lower.right(4));
        t.gap = gapBefore(i);
        const bool sentenceStart = i == 0 || places[i - 1].sentence != t.sentence;
        const bool lineStart = t.start == 0 || s.at(t.start - 1) == QLatin1Char('\n');
        const bool capital = !w.isEmpty() && w.front().isUpper();
        bool allCaps = false;
        if (w.size() > 1) {
            if (ascii) {
                const auto has = [&](char16_t low, char16_t high) {
                    return std::any_of(w.begin(), w.end(), [&](QChar c) { return c.unicode() >= low && c.unicode() <= high; });
                };
                allCaps = !has(u'a', u'z') && has(u'A', u'Z');
            } else {
                allCaps = w.toString().toUpper() == w && otherLower != w;
            }
        }
        const bool digit = std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
        t.flags = quint64(sentenceStart) | quint64(lineStart) << 1 | quint64(capital) << 2 | quint64(allCaps) << 3 | quint64(digit) << 4;
    }
    for (size_t i = 0; i + 1 < tokens.size(); ++i)
        tokens[i].gapAfter = tokens[i + 1].gap;
    if (!tokens.empty() && to < places.size())
        tokens.back().gapAfter = gapBefore(to);
    // Each cue by its place among the tokens it covers, gathered per token in the cues' order.
    struct Placed
    {
        quint32 token;
        quint64 cue;
        quint64 name;
    };
    std::vector<Placed> placed;
    for (const quint32 c : cues) {
        const CueRange &range = cueRanges[c];
        const quint64 name = hashOf(text.cues.at(c).cue);
        const size_t first = std::max<size_t>(range.first, from);
        const size_t last = std::min<size_t>(size_t(range.first) + range.count, to);
        for (size_t k = first; k < last; ++k) {
            const size_t place = k - range.first;
            const Position p = range.count == 1 ? U : place == 0 ? B : place + 1 == range.count ? L : I;
            placed.push_back({quint32(k - from), mix(name, quint64(p)), name});
        }
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) { return a.token < b.token; });
    tokens.cues.reserve(placed.size());
    tokens.cueNames.reserve(placed.size());
    for (const Placed &p : placed) {
        Token &t = tokens[p.token];
        if (t.cueBegin == t.cueEnd)
            t.cueBegin = t.cueEnd = quint32(tokens.cues.size());
        tokens.cues.push_back(p.cue);
        tokens.cueNames.push_back(p.name);
        ++t.cueEnd;
    }
    return tokens;
}

void SequenceTagger::features(const Tokens &tokens, size_t i, int previousTag, std::vector<quint64> &out) const
{
    out.clear();
    const Token &t = tokens[i];
    const Token *before = i > 0 && tokens[i - 1].sentence == t.sentence ? &tokens[i - 1] : nullptr;
    const Token *before2 = before && i > 1 && tokens[i - 2].sentence == t.sentence ? &tokens[i - 2] : nullptr;
    const Token *after = i + 1 < tokens.size() && tokens[i + 1].sentence == t.sentence ? &tokens[i + 1] : nullptr;
    const Token *after2 = after && i + 2 < tokens.size() && tokens[i + 2].sentence == t.sentence ? &tokens[i + 2] : nullptr;
    const quint64 none = 0x5a5a;
    // The word's own features come first, in this order: decode() caches their sum per word.
    out.push_back(feature(Bias, 1));
    out.push_back(feature(Word, t.word));
    out.push_back(feature(Lower, t.lower));
    out.push_back(feature(Shape, t.shape));
    out.push_back(feature(Prefix2, t.prefix2));
    out.push_back(feature(Prefix3, t.prefix3));
    out.push_back(feature(Suffix2, t.suffix2));
    out.push_back(feature(Suffix3, t.suffix3));
    out.push_back(feature(Suffix4, t.suffix4));
    out.push_back(feature(Flags, t.flags));
    out.push_back(feature(Gap, t.gap));
    out.push_back(feature(GapAfter, t.gapAfter));
    out.push_back(feature(LowerM1, before ? before->lower : none));
    out.push_back(feature(LowerM2, before2 ? before2->lower : none));
    out.push_back(feature(Lower1, after ? after->lower : none));
    out.push_back(feature(Lower2, after2 ? after2->lower : none));
    out.push_back(feature(ShapeM1, before ? before->shape : none));
    out.push_back(feature(Shape1, after ? after->shape : none));
    out.push_back(feature(LowerM1Shape, mix(before ? before->lower : none, t.shape)));
    for (quint32 c = t.cueBegin; c < t.cueEnd; ++c)
        out.push_back(feature(CueHere, tokens.cues[c]));
    for (quint32 c = t.cueBegin; c < t.cueEnd; ++c)
        out.push_back(feature(Cue, tokens.cueNames[c]));
    if (before) {
        for (quint32 c = before->cueBegin; c < before->cueEnd; ++c)
            out.push_back(feature(CuePrevious, tokens.cueNames[c]));
    }
    if (after) {
        for (quint32 c = after->cueBegin; c < after->cueEnd; ++c)
            out.push_back(feature(CueNext, tokens.cueNames[c]));
    }
    out.push_back(feature(PreviousTag, quint64(previousTag)));
    out.push_back(feature(PreviousTagLower, mix(quint64(previousTag), t.lower)));
    out.push_back(feature(PreviousTagShape, mix(quint64(previousTag), t.shape)));
}

// Greedy left to right within each sentence, under the BILOU constraints; a span still open
// at a sentence's end is closed there.
std::vector<int> SequenceTagger::decode(const Tokens &tokens, std::vector<double> *margins) const
{
    std::vector<int> tags(tokens.size(), 0);
    if (margins)
        margins->assign(tokens.size(), 0.0);
    static const Transitions transitions;
    if (m->tagCount > Transitions::Tags)
        return tags; // no model has more tags than labels() gives (45)
    std::vector<quint64> f;
    const size_t tagCount = size_t(m->tagCount);
    std::vector<float> scores(tagCount);
    // The first features of a token (bias, the word, its lower case, shape, prefixes and
    // suffixes: WordFeatures of them, see features()) depend on the word alone, and a text
    // repeats its words: their sum, added in the same order as always, is kept per word in a
    // small direct-mapped cache, so the same floats come out with a third of the lookups.
    constexpr size_t WordFeatures = 9;
    constexpr size_t CacheSlots = 4096;
    // One cache per thread, kept from call to call (the articles of a library share most of
    // their words) and emptied when the call comes with other weights.
    thread_local std::vector<quint64> cachedWord(CacheSlots, 0);
    thread_local std::vector<char> cachedUsed(CacheSlots, 0);
    thread_local std::vector<float> cachedScores;
    thread_local quint64 cachedGeneration = 0;
    if (cachedGeneration != m->generation || cachedScores.size() != CacheSlots * tagCount) {
        cachedScores.assign(CacheSlots * tagCount, 0.0f);
        std::fill(cachedUsed.begin(), cachedUsed.end(), 0);
        cachedGeneration = m->generation;
    }
    for (size_t i = 0; i < tokens.size(); ++i) {
        const bool sentenceStart = i == 0 || tokens[i - 1].sentence != tokens[i].sentence;
        const bool sentenceEnd = i + 1 == tokens.size() || tokens[i + 1].sentence != tokens[i].sentence;
        const int previous = sentenceStart ? 0 : tags[i - 1];
        features(tokens, i, previous, f);
        for (size_t k = WordFeatures; k < f.size(); ++k)
            m->prefetch(f[k]);
        const quint64 word = tokens[i].word;
        const size_t slot = size_t(word ^ (word >> 29)) & (CacheSlots - 1);
        float *cached = &cachedScores[slot * tagCount];
        if (cachedUsed[slot] && cachedWord[slot] == word) {
            std::copy(cached, cached + tagCount, scores.begin());
        } else {
            std::fill(scores.begin(), scores.end(), 0.0f);
            for (size_t k = 0; k < WordFeatures; ++k)
                m->addTo(f[k], scores.data());
            std::copy(scores.begin(), scores.end(), cached);
            cachedWord[slot] = word;
            cachedUsed[slot] = 1;
        }
        for (size_t k = WordFeatures; k < f.size(); ++k)
            m->addTo(f[k], scores.data());
        int best = -1, second = -1;
        const auto &next = transitions.ok[size_t(previous)];
        for (int tag = 0; tag < m->tagCount; ++tag) {
            if (!next[size_t(tag)] || (sentenceEnd && transitions.open[size_t(tag)]))
                continue;
            if (best < 0 || scores[size_t(tag)] > scores[size_t(best)]) {
                second = best;
                best = tag;
            } else if (second < 0 || scores[size_t(tag)] > scores[size_t(second)]) {
                second = tag;
            }
        }
        tags[i] = best;
        if (margins && second >= 0)
            (*margins)[i] = double(scores[size_t(best)] - scores[size_t(second)]);
    }
    return tags;
}

std::vector<int> SequenceTagger::goldTags(const Tokens &tokens, const QList<Annotation> &gold) const
{
    std::vector<int> tags(tokens.size(), 0);
    for (const Annotation &span : gold) {
        const int label = int(labels().indexOf(span.label));
        if (label < 0)
            continue;
        std::vector<size_t> inside;
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].start >= span.start && tokens[i].end <= span.end)
                inside.push_back(i);
        }
        for (size_t k = 0; k < inside.size(); ++k) {
            const Position p = inside.size() == 1 ? U : k == 0 ? B : k + 1 == inside.size() ? L : I;
            tags[inside[k]] = tagOf(label, p);
        }
    }
    return tags;
}

int SequenceTagger::update(const std::vector<quint64> &features, int goldTag, int guessTag, double amount, Lesson *lesson)
{
    const bool averaging = !m->stamps.empty() || m->clock > 0;
    int changed = 0;
    for (quint64 f : features) {
        const size_t base = size_t(m->rowFor(f, averaging)) * size_t(m->tagCount);
        for (const auto &[tag, delta] : {std::pair{goldTag, amount}, std::pair{guessTag, -amount}}) {
            const size_t at = base + size_t(tag);
            if (averaging) {
                m->totals[at] += double(m->clock - m->stamps[at]) * double(m->weights[at]);
                m->stamps[at] = m->clock;
            }
            if (lesson)
                lesson->changes.push_back({f, tag, m->weights[at]});
            m->weights[at] += float(delta);
            ++changed;
        }
    }
    return changed;
}

void SequenceTagger::train(const QList<TaggedText> &texts, int epochs, int mixes)
{
    struct Prepared
    {
        Tokens tokens;
        std::vector<int> gold;
    };
    std::vector<Prepared> data;
    for (const TaggedText &text : texts) {
        Prepared p;
        p.tokens = tokensOf(text);
        p.gold = goldTags(p.tokens, text.gold);
        data.push_back(std::move(p));
    }
    // Several perceptrons, each over the texts in orders of its own, and their averaged weights
    // averaged: one run's weights for a rare word depend on which text it met first, so a small
    // change of the cues moved the names of unseen text from run to run; the mixture moves less.
    std::unordered_map<quint64, std::vector<double>> mixed;
    const int runs = std::max(1, mixes);
    for (int run = 0; run < runs; ++run) {
        m = std::make_unique<Model>();
        m->clock = 1; // averaging on
        std::mt19937 random(20261130u + quint32(run)); // the same model from the same data
        std::vector<size_t> order(data.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::vector<quint64> f;
        std::vector<float> scores(size_t(m->tagCount), 0.0f);
        for (int epoch = 0; epoch < epochs; ++epoch) {
            std::shuffle(order.begin(), order.end(), random);
            for (size_t index : order) {
                const Prepared &p = data[index];
                int previous = 0;
                for (size_t i = 0; i < p.tokens.size(); ++i) {
                    const bool sentenceStart = i == 0 || p.tokens[i - 1].sentence != p.tokens[i].sentence;
                    if (sentenceStart)
                        previous = 0;
                    features(p.tokens, i, previous, f);
                    std::fill(scores.begin(), scores.end(), 0.0f);
                    for (quint64 feature : f)
                        m->addTo(feature, scores.data());
                    int guess = -1;
                    for (int tag = 0; tag < m->tagCount; ++tag) {
                        if (allowed(previous, tag) && (guess < 0 || scores[size_t(tag)] > scores[size_t(guess)]))
                            guess = tag;
                    }
                    ++m->clock;
                    if (guess != p.gold[i])
                        update(f, p.gold[i], guess, 1.0);
                    // The history is the model's own guess, as at prediction time, unless that
                    // leaves the gold tag impossible next.
                    previous = allowed(guess, i + 1 < p.gold.size() ? p.gold[i + 1] : 0) ? guess : p.gold[i];
                }
            }
        }
        // The averaged weights generalise better than the last ones.
        const size_t tagCount = size_t(m->tagCount);
        for (const auto &[feature, row] : m->rows) {
            std::vector<double> &sum = mixed[feature];
            sum.resize(tagCount, 0.0);
            for (size_t tag = 0; tag < tagCount; ++tag) {
                const size_t at = size_t(row) * tagCount + tag;
                const double total = m->totals[at] + double(m->clock - m->stamps[at]) * double(m->weights[at]);
                sum[tag] += total / double(m->clock) / double(runs);
            }
        }
    }
    // The mixture as one model, its rows in the order of their features (the same file from
    // the same data, whatever order the hash table kept).
    std::vector<quint64> features;
    features.reserve(mixed.size());
    for (const auto &entry : mixed)
        features.push_back(entry.first);
    std::sort(features.begin(), features.end());
    m = std::make_unique<Model>();
    const size_t tagCount = size_t(m->tagCount);
    m->weights.reserve(features.size() * tagCount);
    for (quint64 feature : features) {
        m->rows.emplace(feature, quint32(m->rows.size()));
        for (double w : mixed[feature])
            m->weights.push_back(float(w));
    }
    m->freeze();
}

SequenceTagger::Lesson SequenceTagger::learn(const TaggedText &text, double step)
{
    Lesson lesson;
    const Tokens tokens = tokensOf(text);
    const std::vector<int> gold = goldTags(tokens, text.gold);
    const std::vector<int> guess = decode(tokens, nullptr);
    std::vector<quint64> f;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (guess[i] == gold[i])
            continue;
        const bool sentenceStart = i == 0 || tokens[i - 1].sentence != tokens[i].sentence;
        features(tokens, i, sentenceStart ? 0 : guess[i - 1], f);
        update(f, gold[i], guess[i], step, &lesson);
    }
    // (a lesson the model already knew changed no weight: its table still holds)
    if (m->slots.empty())
        m->freeze();
    return lesson;
}

void SequenceTagger::forget(const Lesson &lesson)
{
    for (auto it = lesson.changes.rbegin(); it != lesson.changes.rend(); ++it) {
        const auto row = m->rows.find(it->feature);
        if (row != m->rows.end())
            m->weights[size_t(row->second) * size_t(m->tagCount) + size_t(it->tag)] = it->before;
    }
    m->freeze();
}

QList<SequenceTagger::Span> SequenceTagger::tag(const TaggedText &text, size_t blockTokens) const
{
    QList<Span> spans;
    if (isEmpty())
        return spans;
    // A block of whole sentences at a time: decoding never looks past a sentence, and the
    // tokens of a huge article described all at once would take gigabytes.
    const std::vector<Place> places = placesOf(text);
    const std::vector<CueRange> cueRanges = cueRangesOf(text, places);
    std::vector<size_t> bounds{0};
    for (size_t i = std::max<size_t>(1, blockTokens); i < places.size(); i += std::max<size_t>(1, blockTokens)) {
        while (i < places.size() && places[i - 1].sentence == places[i].sentence)
            ++i;
        if (i < places.size())
            bounds.push_back(i);
    }
    bounds.push_back(places.size());
    std::vector<std::vector<quint32>> cuesOfBlock(bounds.size() - 1);
    for (size_t c = 0; c < cueRanges.size(); ++c) {
        const CueRange &range = cueRanges[c];
        if (range.count == 0)
            continue;
        auto block = size_t(std::upper_bound(bounds.begin(), bounds.end(), size_t(range.first)) - bounds.begin()) - 1;
        for (; block + 1 < bounds.size() && bounds[block] < size_t(range.first) + range.count; ++block)
            cuesOfBlock[block].push_back(quint32(c));
    }
    const size_t blockCount = bounds.size() - 1;
    const auto tagBlock = [&](size_t block, QList<Span> &out) {
        const Tokens tokens = tokensOf(text, places, bounds[block], bounds[block + 1], cueRanges, cuesOfBlock[block]);
        cuesOfBlock[block] = {};
        std::vector<double> margins;
        const std::vector<int> tags = decode(tokens, &margins);
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (tags[i] == 0 || (positionOf(tags[i]) != B && positionOf(tags[i]) != U))
                continue;
            size_t last = i;
            double margin = margins[i];
            while (positionOf(tags[last]) == B || positionOf(tags[last]) == I) {
                if (last + 1 >= tokens.size())
                    break;
                ++last;
                margin = std::min(margin, margins[last]);
            }
            // A margin of 0 is a coin toss, a large one near certainty.
            const double confidence = 0.5 + 0.49 * (1.0 - std::exp(-margin / 4.0));
            out.append({tokens[i].start, tokens[last].end, labels().at(labelOf(tags[i])), confidence});
            i = last;
        }
    };
    const size_t threads = blockCount >= ParallelBlocks ? std::min<size_t>(size_t(std::max(1, blockThreads())), blockCount) : 1;
    if (threads <= 1) {
        for (size_t block = 0; block < blockCount; ++block)
            tagBlock(block, spans);
        return spans;
    }
    // `threads` blocks at a time, one per thread (this one too), their spans joined in block
    // order before the next ones start: never more than a few blocks' spans held twice.
    std::vector<QList<Span>> found(threads);
    for (size_t first = 0; first < blockCount; first += threads) {
        const size_t count = std::min(threads, blockCount - first);
        std::vector<std::thread> helpers;
        for (size_t t = 1; t < count; ++t)
            helpers.emplace_back([&, t] { tagBlock(first + t, found[t]); });
        tagBlock(first, found[0]);
        for (std::thread &helper : helpers)
            helper.join();
        for (size_t t = 0; t < count; ++t) {
            spans.append(found[t]);
            found[t].clear();
        }
    }
    return spans;
}

namespace {
std::atomic<int> taggingThreads{0}; // 0: the machine's cores
}

int SequenceTagger::blockThreads()
{
    const int threads = taggingThreads.load();
    return threads > 0 ? threads : std::max(1, int(std::thread::hardware_concurrency()));
}

void SequenceTagger::setBlockThreads(int threads)
{
    taggingThreads.store(std::max(0, threads));
}

bool SequenceTagger::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the model “%1”: %2").arg(path, file.errorString());
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_5);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << Magic << FormatVersion << labels() << qint32(m->tagCount) << quint32(m->rows.size());
    // Sorted by feature, so the same model gives the same file.
    std::vector<std::pair<quint64, quint32>> rows(m->rows.begin(), m->rows.end());
    std::sort(rows.begin(), rows.end());
    for (const auto &[key, row] : rows) {
        const float *w = &m->weights[size_t(row) * size_t(m->tagCount)];
        quint8 nonZero = 0;
        for (int tag = 0; tag < m->tagCount; ++tag)
            nonZero = quint8(nonZero + (w[tag] != 0.0f ? 1 : 0));
        out << key << nonZero;
        for (int tag = 0; tag < m->tagCount; ++tag) {
            if (w[tag] != 0.0f)
                out << quint8(tag) << w[tag];
        }
    }
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = tr("Cannot write the model “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<SequenceTagger> SequenceTagger::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the model “%1”: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // The whole file at once, its rows read straight from the bytes (as QDataStream wrote them:
    // big-endian, floats in single precision): a stream's call per number was most of the load.
    const QByteArray bytes = file.readAll();
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_5);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0;
    qint32 version = 0, tagCount = 0;
    QStringList names;
    quint32 count = 0;
    in >> magic >> version >> names >> tagCount >> count;
    if (in.status() != QDataStream::Ok || magic != Magic || version != FormatVersion || names != labels() || tagCount != 1 + 4 * int(labels().size())) {
        *error = tr("“%1” is not a name model of this version of Gazette.").arg(path);
        return std::nullopt;
    }
    SequenceTagger tagger;
    Model &model = *tagger.m;
    model.rows.reserve(count);
    model.weights.assign(size_t(count) * size_t(tagCount), 0.0f);
    const uchar *at = reinterpret_cast<const uchar *>(bytes.constData()) + in.device()->pos();
    const uchar *const end = reinterpret_cast<const uchar *>(bytes.constData()) + bytes.size();
    bool damaged = false;
    for (quint32 row = 0; row < count && !damaged; ++row) {
        if (end - at < 9) {
            damaged = true;
            break;
        }
        const quint64 key = qFromBigEndian<quint64>(at);
        const quint8 nonZero = at[8];
        at += 9;
        if (end - at < qsizetype(nonZero) * 5) {
            damaged = true;
            break;
        }
        model.rows.emplace(key, row);
        for (int k = 0; k < nonZero; ++k, at += 5) {
            const quint8 tag = at[0];
            const float w = std::bit_cast<float>(qFromBigEndian<quint32>(at + 1));
            if (tag < tagCount)
                model.weights[size_t(row) * size_t(tagCount) + tag] = w;
        }
    }
    if (damaged) {
        *error = tr("The model “%1” is damaged.").arg(path);
        return std::nullopt;
    }
    model.freeze();
    return tagger;
}

QString SequenceTagger::shippedPath()
{
    const QString overridden = qEnvironmentVariable("GAZETTE_MODEL");
    if (!overridden.isEmpty())
        return overridden;
    // Next to the translations: build/share/gazette/models when run from the build folder,
    // /usr/share/gazette/models when installed.
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/gazette/models/names.model"));
}

const SequenceTagger &SequenceTagger::shipped()
{
    static const SequenceTagger model = [] {
        QString error;
        std::optional<SequenceTagger> loaded = load(shippedPath(), &error);
        if (!loaded) {
            qCWarning(lcExtract) << "no name model, names come from the rules alone:" << error;
            return SequenceTagger();
        }
        return std::move(*loaded);
    }();
    return model;
}

} // namespace Gazette
