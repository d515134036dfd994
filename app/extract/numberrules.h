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
// A long text is matched in regions on up to `threads` threads at once: regions cut between
// lines, where no rule's window around a trigger reaches, so the matches are the same as on one
// thread.
// `regionChars`: about how long a region is (tests use short ones).
QList<RuleMatch> findNumericEntities(QStringView text, const QDate &articleDate = {}, int threads = 1, int regionChars = 1 << 18);

} // namespace Gazette
