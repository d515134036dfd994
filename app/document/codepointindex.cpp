// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointindex.h"

#include <algorithm>

namespace Gazette {

CodePointIndex::CodePointIndex(const QString &text)
{
    m_codePointAt.reserve(text.size() + 1);
    int codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool secondHalf = text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate();
        if (secondHalf) {
            // Between the halves of a pair is no position in code points: count it as the
            // pair's start, so that converting back lands on a whole character.
            m_codePointAt.append(codePoints - 1);
        } else {
            m_codePointAt.append(codePoints);
            ++codePoints;
        }
    }
    m_codePointAt.append(codePoints);
}

int CodePointIndex::toCodePoints(int utf16Offset) const
{
    return m_codePointAt.value(std::clamp(utf16Offset, 0, int(m_codePointAt.size()) - 1));
}

int CodePointIndex::toUtf16(int codePointOffset) const
{
    const auto it = std::lower_bound(m_codePointAt.begin(), m_codePointAt.end(), codePointOffset);
    return int(it - m_codePointAt.begin());
}

} // namespace Gazette
