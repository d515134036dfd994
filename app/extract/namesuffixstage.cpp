// SPDX-License-Identifier: GPL-3.0-or-later
#include "namesuffixstage.h"

#include "extract/gazetteer.h"
#include "extract/stagehelpers.h"

#include <algorithm>
#include <tuple>

namespace Gazette {

namespace {

using RE = QRegularExpression;

// The last word of a name is found first (an automaton of suffixes, " of " for "Bank of ..."),
// then the capitalised words before it: a long alternation is never tried at every capital.
struct Candidate
{
    int start;
    int end;
    bool ofName;
    QString label = QStringLiteral("ORG"); // what the last word makes the name
};

// "Bank of England", "University of the Arts".
void addOfNames(const QString &text, QList<Candidate> &candidates)
{
    static const RE ofTail(QStringLiteral("\\s+of\\s+(?:the\\s+)?%1(?:\\s+(?:and\\s+)?%1){0,4}").arg(nameWordPattern()));
    static const RE ofHead(QStringLiteral("(?<![\\w'’&+-])(?:%1\\s+){0,3}(?:Bank|University|Ministry|Department|Institute|Academy|Association|Federation|"
                                          "Council|Commission|Board|Bureau|Office|College|School|Society|League|Union|Organisation|Organization|Chamber)$")
                                   .arg(nameWordPattern()));
    for (qsizetype of = text.indexOf(u" of "); of >= 0; of = text.indexOf(u" of ", of + 3)) {
        int at = int(of);
        while (at > 0 && text.at(at - 1).isSpace())
            --at;
        const auto m = ofTail.matchView(QStringView(text).mid(at, std::min<qsizetype>(200, text.size() - at)), 0, RE::NormalMatch,
                                        RE::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            continue;
        const int from = std::max(0, at - 120);
        const auto head = ofHead.matchView(QStringView(text).mid(from, at - from));
        if (head.hasMatch())
            candidates.append({from + int(head.capturedStart()), at + int(m.capturedEnd()), true});
    }
}

// "Halvorsen Robotics", "Kestrel Energy Ltd.", "Riverside Arena", "Clean Water Act".
void addSuffixNames(const ExtractionContext &context, QList<Candidate> &candidates)
{
    const QString &text = context.text;
    static const RE titleNext(QStringLiteral("\\s+(?:Minister|Secretary|Commissioner)\\b"));
    static const RE wordsBefore(QStringLiteral("(?:%1\\s+){1,5}$").arg(nameWordPattern()));
    for (const auto &m : std::as_const(context.suffixMatches)) {
        int end = m.end;
        if (end < text.size() && text.at(end) == QLatin1Char('.'))
            ++end;
        if (titleNext.matchView(QStringView(text).mid(end, std::min(30, int(text.size()) - end)), 0, RE::NormalMatch, RE::AnchorAtOffsetMatchOption)
                .hasMatch())
            continue;
        const int from = std::max(0, m.start - 150);
        const auto before = wordsBefore.matchView(QStringView(text).mid(from, m.start - from));
        if (before.hasMatch()) {
            // In a title-case headline every word has a capital: "... to Reach Cup Final" is no
            // event. Organisations there are cut at joining words below; the rest come from the body.
            const QString &label = context.gazetteer.entry(m.value).kind;
            if (label != QLatin1String("ORG") && (context.layout.inTitleCase(m.start) || context.layout.inCapitals(m.start)))
                continue;
            candidates.append({from + int(before.capturedStart()), end, false, label});
        }
    }
}

// The name is the run of capitalised words before the suffix, up to a word that is no part of a
// name: "Deal With Kestrel Energy" -> "Kestrel Energy", "Oslo-based X" -> "X".
int nameStart(const QString &text, const Candidate &candidate)
{
    static const QStringList joiners = {QStringLiteral("The"), QStringLiteral("With"), QStringLiteral("And"), QStringLiteral("Of"), QStringLiteral("For"),
                                        QStringLiteral("To"), QStringLiteral("In"), QStringLiteral("On"), QStringLiteral("At"), QStringLiteral("By"),
                                        QStringLiteral("From"), QStringLiteral("As"), QStringLiteral("After"), QStringLiteral("Over"), QStringLiteral("A"),
                                        QStringLiteral("An"), QStringLiteral("But"), QStringLiteral("Shares"), QStringLiteral("Partners"), QStringLiteral("Says")};
    const bool isOf = candidate.ofName;
    int start = candidate.start;
    const QStringList words = text.mid(candidate.start, candidate.end - candidate.start).split(QLatin1Char(' '));
    int keepFrom = 0;
    for (int w = 0; w < words.size() - 1; ++w) {
        const QString &word = words.at(w);
        const bool adjective = word.contains(QLatin1Char('-')) && word.section(QLatin1Char('-'), -1).at(0).isLower();
        if (joiners.contains(word) || adjective || word.endsWith(QLatin1Char(',')) || (!isOf && word == QLatin1String("of")))
            keepFrom = w + 1;
        if (isOf && word == QLatin1String("of"))
            break;
    }
    for (int w = 0; w < keepFrom; ++w)
        start += int(words.at(w).size()) + 1;
    return start;
}

} // namespace

void NameSuffixStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    QList<Candidate> candidates;
    addOfNames(text, candidates);
    addSuffixNames(context, candidates);
    // "Bank of ..." names first; of names ending at the same place, the longest.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tuple(!a.ofName, a.start, -a.end) < std::tuple(!b.ofName, b.start, -b.end);
    });
    for (const Candidate &candidate : std::as_const(candidates)) {
        const int start = nameStart(text, candidate);
        const QStringView name = QStringView(text).mid(start, candidate.end - start);
        // One word is the suffix alone; a line break joins a headline to the text below.
        if (name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char('\n')))
            context.spans.add(start, candidate.end, candidate.label,
                              candidate.ofName ? QStringLiteral("org.of-name") : candidate.label.toLower() + QStringLiteral(".suffix"), 0.8);
    }
}

} // namespace Gazette
