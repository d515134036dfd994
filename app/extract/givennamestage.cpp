// SPDX-License-Identifier: GPL-3.0-or-later
#include "givennamestage.h"

#include "extract/gazetteer.h"
#include "extract/stagehelpers.h"

#include <optional>

namespace Gazette {

namespace {

using RE = QRegularExpression;

// The given name or family name and the name words after it, at a word start (positions in the
// text, not in the view the pattern reads).
struct TwoNames
{
    int start;
    int end;
    int restStart;
    QString first;
    QStringList rest;
};

std::optional<TwoNames> twoNamesAt(const QString &text, int wordStart)
{
    static const RE twoNames(QStringLiteral("(?<first>\\p{Lu}\\p{Ll}+)\\s+(?<rest>(?:%1\\s+)?%2(?:\\s+%2)?)\\b").arg(particlePattern(), nameWordPattern()));
    const int viewEnd = std::min(int(text.size()), wordStart + 120);
    const auto m = twoNames.matchView(QStringView(text).mid(wordStart, viewEnd - wordStart), 0, RE::NormalMatch, RE::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return std::nullopt;
    return TwoNames{wordStart + int(m.capturedStart()), wordStart + int(m.capturedEnd()), wordStart + int(m.capturedStart(QStringLiteral("rest"))),
                    m.captured(QStringLiteral("first")), m.captured(QStringLiteral("rest")).split(QLatin1Char(' '))};
}

void addNamesAt(ExtractionContext &context, int wordStart)
{
    const Gazetteer &gazetteer = context.gazetteer;
    const std::optional<TwoNames> names = twoNamesAt(context.text, wordStart);
    if (!names || context.layout.inCapitals(names->start) || context.layout.inTitleCase(names->start))
        return;
    const QStringList &rest = names->rest;
    if (gazetteer.isGivenName(names->first)) {
        // "Marta Visser", but not "Grace Tam Reports" in a title-case headline.
        int end = names->end;
        if (rest.size() > 1 && gazetteer.lookup(rest.last()) >= 0)
            end -= int(rest.last().size()) + 1;
        addPerson(context, names->start, end, QStringLiteral("person.given-name"), 0.75);
    } else if (gazetteer.isChineseSurname(names->first)) {
        if (!isPinyinName(rest.first()))
            return;
        int end = names->restStart + int(rest.first().size());
        if (rest.size() > 1 && isPinyinName(rest.at(1)) && rest.at(1).size() <= 5 && rest.first().size() <= 4)
            end += int(rest.at(1).size()) + 1; // "Tan Wei Ming"
        addPerson(context, names->start, end, QStringLiteral("person.chinese-name"), 0.75);
    }
}

} // namespace

void GivenNameStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    // Only at words that are given names or Chinese family names: the pattern is tried at a few
    // words, not at every capital.
    for (int i = 0; i < text.size(); ++i) {
        if (!text.at(i).isUpper() || (i > 0 && text.at(i - 1).isLetterOrNumber()))
            continue;
        int j = i + 1;
        while (j < text.size() && text.at(j).isLower())
            ++j;
        const int wordStart = i;
        i = j - 1;
        if (j - wordStart < 2 || (j < text.size() && text.at(j).isLetterOrNumber()))
            continue;
        const QStringView word = QStringView(text).mid(wordStart, j - wordStart);
        if (context.gazetteer.isGivenName(word) || context.gazetteer.isChineseSurname(word))
            addNamesAt(context, wordStart);
    }
}

} // namespace Gazette
