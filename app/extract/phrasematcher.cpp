// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrasematcher.h"

#include <QChar>

#include <algorithm>
#include <deque>

namespace Gazette {

namespace {

quint64 edgeKey(int state, char16_t c)
{
    return (quint64(quint32(state)) << 16) | c;
}

bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// Scripts without spaces between words: a match may start or end anywhere in them.
bool isUnspacedScript(QChar c)
{
    if (c.unicode() < 0x0E00) // below Thai: Latin, Greek, Cyrillic, Arabic, Indic scripts
        return false;
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
        return true;
    default:
        return false;
    }
}

} // namespace

int PhraseMatcher::child(int state, char16_t c) const
{
    return m_edges.value(edgeKey(state, c), -1);
}

int PhraseMatcher::step(int state, char16_t c) const
{
    if (state == 0 && c < 128)
        return m_rootAscii[c];
    const int begin = m_edgeStart[size_t(state)];
    const int end = m_edgeStart[size_t(state) + 1];
    if (end - begin <= 8) {
        for (int e = begin; e < end; ++e) {
            if (m_edgeUnit[size_t(e)] == c)
                return m_edgeTarget[size_t(e)];
        }
        return -1;
    }
    const auto first = m_edgeUnit.begin() + begin, last = m_edgeUnit.begin() + end;
    const auto it = std::lower_bound(first, last, c);
    return it != last && *it == c ? m_edgeTarget[size_t(it - m_edgeUnit.begin())] : -1;
}

void PhraseMatcher::add(const QString &phrase, int value)
{
    if (phrase.isEmpty())
        return;
    m_built = false;
    int state = 0;
    for (const QChar c : phrase) {
        int next = child(state, c.unicode());
        if (next < 0) {
            next = int(m_nodes.size());
            m_nodes.push_back(Node{0, m_nodes[size_t(state)].depth + 1, {}});
            m_edges.insert(edgeKey(state, c.unicode()), next);
        }
        state = next;
    }
    m_nodes[size_t(state)].outputs.append(value);
    ++m_phraseCount;
}

void PhraseMatcher::build()
{
    // Breadth first: a node's failure link points to the longest proper suffix in the trie.
    std::vector<std::vector<std::pair<char16_t, int>>> children(m_nodes.size());
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        children[size_t(it.key() >> 16)].push_back({char16_t(it.key() & 0xFFFF), it.value()});
    // The compact table findAll() walks.
    m_edgeStart.assign(m_nodes.size() + 1, 0);
    m_edgeUnit.clear();
    m_edgeTarget.clear();
    m_rootAscii.fill(-1);
    for (size_t n = 0; n < children.size(); ++n) {
        std::sort(children[n].begin(), children[n].end());
        m_edgeStart[n] = int(m_edgeUnit.size());
        for (const auto &[c, target] : children[n]) {
            m_edgeUnit.push_back(c);
            m_edgeTarget.push_back(target);
            if (n == 0 && c < 128)
                m_rootAscii[c] = target;
        }
    }
    m_edgeStart[children.size()] = int(m_edgeUnit.size());
    std::deque<int> queue;
    for (const auto &[c, next] : children[0]) {
        m_nodes[size_t(next)].failure = 0;
        queue.push_back(next);
    }
    while (!queue.empty()) {
        const int state = queue.front();
        queue.pop_front();
        for (const auto &[c, next] : children[size_t(state)]) {
            int fallback = m_nodes[size_t(state)].failure;
            while (fallback > 0 && child(fallback, c) < 0)
                fallback = m_nodes[size_t(fallback)].failure;
            const int target = child(fallback, c);
            m_nodes[size_t(next)].failure = target >= 0 && target != next ? target : 0;
            m_nodes[size_t(next)].outputs += m_nodes[size_t(m_nodes[size_t(next)].failure)].outputs;
            queue.push_back(next);
        }
    }
    m_built = true;
}

QList<PhraseMatcher::Match> PhraseMatcher::findAll(QStringView text) const
{
    Q_ASSERT(m_built);
    QList<Match> matches;
    int state = 0;
    bool previousInWord = false; // the character before was a letter or digit of a spaced script
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool inWord = c < 128 ? ((c | 0x20) >= u'a' && (c | 0x20) <= u'z') || (c >= u'0' && c <= u'9')
                                    : isWordCharacter(text[i]) && !isUnspacedScript(text[i]);
        const bool midWord = inWord && previousInWord;
        previousInWord = inWord;
        // Matches are whole words: from the root, a phrase cannot start inside a word (outside
        // scripts written without spaces), so the rest of the word is skipped.
        if (state == 0 && midWord)
            continue;
        int to = step(state, c);
        while (to < 0 && state > 0) {
            state = m_nodes[size_t(state)].failure;
            to = step(state, c);
        }
        state = to >= 0 ? to : 0;
        if (m_nodes[size_t(state)].outputs.isEmpty())
            continue;
        const int end = int(i + 1);
        // Outputs of a node and its failure chain end here with different lengths: walk the chain.
        for (int s = state; s > 0; s = m_nodes[size_t(s)].failure) {
            const Node &node = m_nodes[size_t(s)];
            const qsizetype inherited = m_nodes[size_t(node.failure)].outputs.size();
            if (node.outputs.size() == inherited)
                continue; // no phrase of its own ends at this node
            const int start = end - node.depth;
            const QChar first = text[start];
            const QChar last = text[end - 1];
            const bool startOk = start == 0 || !isWordCharacter(text[start - 1]) || !isWordCharacter(first)
                || isUnspacedScript(first) || isUnspacedScript(text[start - 1]);
            const bool endOk = end == text.size() || !isWordCharacter(text[end]) || !isWordCharacter(last)
                || isUnspacedScript(last) || isUnspacedScript(text[end]);
            if (!startOk || !endOk)
                continue;
            // Only the phrases of exactly this length: the rest belong to shorter suffix nodes.
            for (qsizetype k = 0; k < node.outputs.size() - inherited; ++k)
                matches.append({start, end, node.outputs.at(k)});
        }
    }
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return matches;
}

QList<PhraseMatcher::Match> PhraseMatcher::longestLeftmost(const QList<Match> &matches)
{
    QList<Match> sorted = matches;
    std::sort(sorted.begin(), sorted.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Match> kept;
    int reach = -1;
    for (const Match &m : sorted) {
        if (m.start < reach)
            continue;
        kept.append(m);
        reach = m.end;
    }
    return kept;
}

namespace {

// The first run of letters and digits of a text, from its start.
qsizetype wordRun(QStringView text, qsizetype from = 0)
{
    qsizetype end = from;
    while (end < text.size() && isWordCharacter(text[end]))
        ++end;
    return end - from;
}

} // namespace

void WordPhraseIndex::add(const QString &phrase, int value)
{
    if (phrase.isEmpty())
        return;
    // Phrases in scripts without spaces, and the few that begin with a mark ("'s-Hertogenbosch"),
    // have no first word to look up: the automaton finds them.
    const bool unspaced = std::any_of(phrase.cbegin(), phrase.cend(), isUnspacedScript);
    if (unspaced || wordRun(phrase) == 0) {
        m_hasUnspaced = true;
        m_unspaced.add(phrase, value);
        return;
    }
    m_phrases.append(phrase);
    m_values.append(value);
}

void WordPhraseIndex::build()
{
    m_byFirstWord.clear();
    for (int i = 0; i < m_phrases.size(); ++i)
        m_byFirstWord[QStringView(m_phrases.at(i)).left(wordRun(m_phrases.at(i)))].append(i);
    if (m_hasUnspaced)
        m_unspaced.build();
}

QList<PhraseMatcher::Match> WordPhraseIndex::findAll(QStringView text) const
{
    QList<PhraseMatcher::Match> matches;
    if (!m_byFirstWord.isEmpty()) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!isWordCharacter(text[i]) || (i > 0 && isWordCharacter(text[i - 1])))
                continue;
            const qsizetype run = wordRun(text, i);
            const auto it = m_byFirstWord.constFind(text.mid(i, run));
            if (it != m_byFirstWord.cend()) {
                for (int k : *it) {
                    const QString &phrase = m_phrases.at(k);
                    const qsizetype end = i + phrase.size();
                    if (end > text.size() || text.mid(i, phrase.size()) != phrase)
                        continue;
                    if (end < text.size() && isWordCharacter(text[end]) && isWordCharacter(phrase.back()))
                        continue;
                    matches.append({int(i), int(end), m_values.at(k)});
                }
            }
            i += run - 1;
        }
    }
    if (m_hasUnspaced)
        matches += m_unspaced.findAll(text);
    // Stable: phrases with the same extent keep the order they were added in.
    std::stable_sort(matches.begin(), matches.end(), [](const PhraseMatcher::Match &a, const PhraseMatcher::Match &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return matches;
}

} // namespace Gazette
