// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace Gazette {

// A span a rule found, with the rule's name, its confidence and a normalised value
// ("2026-03-04", "USD 1100000000", "7.5").
struct RuleMatch
{
    int start = 0;
    int end = 0;
    QString label;
    QString ruleId;
    double confidence = 0.0;
    QString value;
    friend bool operator==(const RuleMatch &, const RuleMatch &) = default;
};

// Dates, times, money, percentages, quantities, ordinals and cardinals, by the house rules of
// the annotation guidelines: approximators that belong to a number stay in the span ("more than
// 40%", "about $2 billion"), prepositions do not ("in 2023" -> "2023"), and "May" is a month
// only where a date is plausible. Relative dates are resolved against the article's date.
QList<RuleMatch> findNumericEntities(QStringView text, const QDate &articleDate = {});

} // namespace Gazette
