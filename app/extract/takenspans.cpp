// SPDX-License-Identifier: GPL-3.0-or-later
#include "takenspans.h"

#include <algorithm>

namespace Gazette {

namespace {

bool isAbbreviationWithDot(QStringView word)
{
    static const QStringList known = {QStringLiteral("Inc."), QStringLiteral("Corp."), QStringLiteral("Co."), QStringLiteral("Ltd."),
                                      QStringLiteral("Jr."), QStringLiteral("Sr."), QStringLiteral("St.")};
    return word.count(QLatin1Char('.')) > 1 || known.contains(word.toString());
}

} // namespace

TakenSpans::TakenSpans(const QString &text)
    : m_text(text)
    , m_covered(size_t(text.size()), 0)
{
}

bool TakenSpans::isFree(int start, int end) const
{
    for (int i = start; i < end; ++i) {
        if (m_covered[size_t(i)])
            return false;
    }
    return true;
}

bool TakenSpans::add(int start, int end, const QString &label, const QString &rule, double confidence, bool withPossessive)
{
    while (end > start && m_text.at(end - 1).isSpace())
        --end;
    if (!withPossessive && end - start > 2 && (QStringView(m_text).mid(end - 2, 2) == u"'s" || QStringView(m_text).mid(end - 2, 2) == u"’s"))
        end -= 2;
    if (end > start && m_text.at(end - 1) == QLatin1Char('.')) {
        const int wordStart = int(m_text.lastIndexOf(QLatin1Char(' '), end - 1)) + 1;
        if (!isAbbreviationWithDot(QStringView(m_text).mid(wordStart, end - wordStart)))
            --end;
    }
    if (end <= start || !isFree(start, end))
        return false;
    std::fill(m_covered.begin() + start, m_covered.begin() + end, 1);
    Annotation a;
    a.start = start;
    a.end = end;
    a.label = label;
    a.ruleId = rule;
    a.confidence = confidence;
    a.origin = Origin::Auto;
    a.status = AnnotationStatus::Suggested;
    m_list.append(a);
    return true;
}

void TakenSpans::removeIf(const std::function<bool(const Annotation &)> &drop)
{
    for (const Annotation &a : std::as_const(m_list)) {
        if (drop(a))
            std::fill(m_covered.begin() + a.start, m_covered.begin() + a.end, 0);
    }
    m_list.removeIf(drop);
}

} // namespace Gazette
