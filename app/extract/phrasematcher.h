// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <vector>

namespace Gazette {

// Aho-Corasick automaton over many phrases (gazetteers and the reader's lexicon), built once
// and then run over a text in one pass. Matches are whole words: a phrase never matches inside
// a longer word ("Apple" in "Applebee's"), except in scripts written without spaces (Chinese,
// Japanese), where any position counts.
class PhraseMatcher
{
public:
    struct Match
    {
        int start = 0;
        int end = 0;
        int value = 0; // what add() was given for the phrase
        friend bool operator==(const Match &, const Match &) = default;
    };

    // Adds a phrase (matched case-sensitively) with a value for the caller.
    void add(const QString &phrase, int value);
    // Builds the failure links; call once after the last add(), before findAll().
    void build();
    bool isBuilt() const { return m_built; }
    int phraseCount() const { return m_phraseCount; }

    // Every whole-word match, ordered by start, longer first.
    QList<Match> findAll(QStringView text) const;

    // Keeps, from left to right, the longest match at each place and drops those overlapping it.
    static QList<Match> longestLeftmost(const QList<Match> &matches);

private:
    struct Node
    {
        int failure = 0;
        int depth = 0;
        QList<int> outputs; // values of phrases ending here (own and via failure links)
    };

    int child(int state, char16_t c) const;     // while adding and building
    int step(int state, char16_t c) const;      // after build(): the compact table

    std::vector<Node> m_nodes = {Node{}};
    QHash<quint64, int> m_edges; // (state << 16 | code unit) -> state
    // After build(), the same edges sorted by node and code unit (compressed rows), and the
    // root's ASCII edges in a direct table: most characters of a text leave from the root.
    std::vector<int> m_edgeStart;       // per node, index of its first edge; size nodes + 1
    std::vector<char16_t> m_edgeUnit;
    std::vector<int> m_edgeTarget;
    std::array<int, 128> m_rootAscii{};
    int m_phraseCount = 0;
    bool m_built = false;
};

// The same matches as PhraseMatcher for a few phrases (an article's own names): phrases are found
// by their first word in a hash, so nothing is built per character (the gazetteer's 28,000 phrases
// load in milliseconds). Phrases in scripts without spaces, and phrases that do not begin with a
// letter or digit, go to a PhraseMatcher inside.
class WordPhraseIndex
{
public:
    void add(const QString &phrase, int value);
    void build(); // after the last add()
    QList<PhraseMatcher::Match> findAll(QStringView text) const;
    int phraseCount() const { return int(m_phrases.size()) + m_unspaced.phraseCount(); }

private:
    QList<QString> m_phrases;
    QList<int> m_values;
    QHash<QStringView, QList<int>> m_byFirstWord; // views into m_phrases (kept, never changed)
    PhraseMatcher m_unspaced;
    bool m_hasUnspaced = false;
};

} // namespace Gazette
