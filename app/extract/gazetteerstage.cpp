// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteerstage.h"

#include <QSet>

#include "extract/extractioncontext.h"
#include "extract/gazetteer.h"

#include <QRegularExpression>

namespace Gazette {

namespace {

using RE = QRegularExpression;

// "Apple growers", "apple harvest": the fruit, not the company.
bool isProduce(const QString &text, int end)
{
    static const RE produce(QStringLiteral("^\\s+(?:growers?|orchards?|harvest|trees?|pies?|juice|crops?|farmers?|varieties|cider|picking|blossoms?)\\b"));
    return produce.matchView(QStringView(text).mid(end, 14)).hasMatch();
}

void addProduct(ExtractionContext &context, const PhraseMatcher::Match &m)
{
    static const RE version(QStringLiteral("(?:[ -](?:\\d+(?:\\.\\d+)?[a-z]?|\\p{Lu}?\\d+\\p{Lu}{0,2}|\\p{Lu}(?=[ -](?:Fold|Flip|Pen|\\d))|Pro|Max|Plus|Ultra|Mini|mini|Lite|Air|SE|XL|Turbo|Fold|Flip|Watch|Tab|Buds|Ring|Book|Note|Edge|Pen)(?![\\w]))+"));
    const QString &text = context.text;
    // Anchored matches look at a bounded view: an offset into the whole text would make long
    // texts quadratic.
    const auto v = version.matchView(QStringView(text).mid(m.end, std::min(40, int(text.size()) - m.end)), 0, RE::NormalMatch,
                                     RE::AnchorAtOffsetMatchOption);
    const int end = v.hasMatch() ? m.end + int(v.capturedEnd()) : m.end;
    context.spans.add(m.start, end, QStringLiteral("PRODUCT"), v.hasMatch() ? QStringLiteral("product.version") : QStringLiteral("gazetteer.product"), 0.8);
}

// "Nov 20", "Mar. 3": a month before a day is a date, whatever company shares its letters (NOV).
bool isMonthBeforeDay(const QString &text, const PhraseMatcher::Match &m)
{
    static const QSet<QString> months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
                                         QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
                                         QStringLiteral("Sep"), QStringLiteral("Sept"), QStringLiteral("Oct"), QStringLiteral("Nov"),
                                         QStringLiteral("Dec"), QStringLiteral("NOV"), QStringLiteral("DEC"), QStringLiteral("MAR")};
    if (!months.contains(text.mid(m.start, m.end - m.start)))
        return false;
    qsizetype at = m.end;
    if (at < text.size() && text.at(at) == QLatin1Char('.'))
        ++at;
    return at + 1 < text.size() && text.at(at) == QLatin1Char(' ') && text.at(at + 1).isDigit();
}

} // namespace

void GazetteerStage::run(ExtractionContext &context) const
{
    const Gazetteer &gazetteer = context.gazetteer;
    QList<PhraseMatcher::Match> known;
    const QString &text = context.text;
    for (const PhraseMatcher::Match &m : gazetteer.names().findAll(text)) {
        // Half of a hyphenated name is no name of its own: "Williams" in "Eze-Williams",
        // "Santos" in "Santos-Ferreira" (but "Lagos" in "Lagos-based" is).
        const bool joinedBefore = m.start >= 2 && text.at(m.start - 1) == QLatin1Char('-') && text.at(m.start - 2).isLetter();
        const bool joinedAfter = m.end + 1 < text.size() && text.at(m.end) == QLatin1Char('-') && text.at(m.end + 1).isUpper();
        if (joinedBefore || joinedAfter || isMonthBeforeDay(text, m))
            continue;
        const QString &label = gazetteer.entry(m.value).label;
        (label == Gazetteer::titleLabel() ? context.titleMatches : label == Gazetteer::suffixLabel() ? context.suffixMatches : known).append(m);
    }
    context.knownNames = PhraseMatcher::longestLeftmost(known);
    context.titleMatches = PhraseMatcher::longestLeftmost(context.titleMatches);
    // Places and groups wait for the people and organisations (PlaceStage): "Jordan" may be a
    // person, "Shanghai" part of "Shanghai Composite Index".
    for (const auto &m : std::as_const(context.knownNames)) {
        const Gazetteer::Entry &entry = gazetteer.entry(m.value);
        if (entry.label == QLatin1String("ORG")) {
            if (!isProduce(context.text, m.end))
                context.spans.add(m.start, m.end, QStringLiteral("ORG"), QStringLiteral("gazetteer.") + entry.kind, 0.85);
            else
                context.notNames.append({m.start, m.end});
        } else if (entry.label == QLatin1String("PRODUCT")) {
            addProduct(context, m);
        }
    }
}

} // namespace Gazette
