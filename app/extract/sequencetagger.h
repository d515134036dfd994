// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "extract/tokenizer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Gazette {

// What the tagger sees of one token besides the word itself: the spans the rule stages and the
// gazetteers proposed over it, as "source=LABEL" cues with the token's place in them.
struct TokenCue
{
    int start = 0;
    int end = 0;
    QString cue; // e.g. "rule:gazetteer=ORG", "list:given-name", "list:title"
};

// One training or tagging unit: a text with its cues and, for training, its gold name spans.
struct TaggedText
{
    QString text;
    QList<TokenCue> cues;
    QList<Annotation> gold; // spans with labels; only the tagger's labels count
    // The text's sentences (Tokenizer) when the caller has them already; found from the text
    // when empty.
    QList<TextRange> sentences;
};

// A sequence tagger for names: an averaged perceptron over BILOU tags with hashed features
// (word, lower case, shape, prefixes and suffixes, capitalisation, place in the sentence and the
// line, neighbouring words, the rule stages' and gazetteers' cues, the previous tag), decoded
// greedily left to right under the BILOU constraints. Trained by `gazette train`, loaded from a
// model file; updated online from a reader's corrections. Prediction is thread-safe.
class SequenceTagger
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::SequenceTagger)

public:
    // The labels the model decides: names. Numbers, dates and quotes stay with the rules.
    static const QStringList &labels();

    struct Span
    {
        int start = 0;
        int end = 0;
        QString label;
        double confidence = 0.0; // from the margin between the best and second tag
        friend bool operator==(const Span &, const Span &) = default;
    };

    SequenceTagger();
    ~SequenceTagger();
    SequenceTagger(SequenceTagger &&) noexcept;
    SequenceTagger &operator=(SequenceTagger &&) noexcept;

    bool isEmpty() const;
    int featureCount() const;
    // A copy to update online while this one keeps tagging.
    SequenceTagger clone() const;

    // Trains from scratch for `epochs` passes (shuffled deterministically), `mixes` times in
    // different orders, and keeps the average of the runs' averaged weights.
    static constexpr int DefaultMixes = 5;
    void train(const QList<TaggedText> &texts, int epochs = 8, int mixes = DefaultMixes);
    // What one online update changed: the weights it moved, to take them back on undo.
    struct Lesson
    {
        struct Change
        {
            quint64 feature = 0;
            int tag = 0;
            float before = 0.0f; // restored exactly on undo (adding back a delta could round)
        };
        std::vector<Change> changes;
        bool isEmpty() const { return changes.empty(); }
    };
    // One online update from a corrected text (the reader's accepted and added spans as gold),
    // moving each weight by `step` (the averaged weights of a trained model are small, so a
    // full perceptron step would drown what training learned).
    Lesson learn(const TaggedText &text, double step = 1.0);
    // Takes a lesson back exactly (undo of the correction that taught it).
    void forget(const Lesson &lesson);
    // Tags a block of whole sentences of about `blockTokens` tokens at a time (the result does
    // not depend on it; memory does).
    // A text of ParallelBlocks blocks or more has them tagged on up to blockThreads() threads at
    // once (the blocks are independent: the same spans come out in the same order).
    static constexpr size_t BlockTokens = 8192;
    static constexpr size_t ParallelBlocks = 4;
    QList<Span> tag(const TaggedText &text, size_t blockTokens = BlockTokens) const;
    // How many threads may tag one text's blocks (default: the machine's cores); 1 keeps all
    // tagging on the calling thread (benchmarks of one thread).
    static int blockThreads();
    static void setBlockThreads(int threads);

    bool save(const QString &path, QString *error) const;
    static std::optional<SequenceTagger> load(const QString &path, QString *error);

    // The model that ships with Gazette (share/gazette/models/names.model next to the
    // executable, or $GAZETTE_MODEL); empty when there is none. Loaded once.
    static const SequenceTagger &shipped();
    static QString shippedPath();

private:
    struct Token;
    struct Tokens;
    struct Model;
    struct Place
    {
        int start = 0;
        int end = 0;
        int sentence = 0;
    };
    struct CueRange
    {
        quint32 first = 0; // the first token the cue covers
        quint32 count = 0; // how many
    };
    static std::vector<Place> placesOf(const TaggedText &text);
    static std::vector<CueRange> cueRangesOf(const TaggedText &text, const std::vector<Place> &places);
    Tokens tokensOf(const TaggedText &text) const;
    Tokens tokensOf(const TaggedText &text, const std::vector<Place> &places, size_t from, size_t to, const std::vector<CueRange> &cueRanges,
                    const std::vector<quint32> &cues) const;
    void features(const Tokens &tokens, size_t i, int previousTag, std::vector<quint64> &out) const;
    std::vector<int> decode(const Tokens &tokens, std::vector<double> *margins) const;
    std::vector<int> goldTags(const Tokens &tokens, const QList<Annotation> &gold) const;
    int update(const std::vector<quint64> &features, int goldTag, int guessTag, double amount, Lesson *lesson = nullptr);

    std::unique_ptr<Model> m;
};

} // namespace Gazette
