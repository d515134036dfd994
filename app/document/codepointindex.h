// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Gazette {

// Offsets inside Gazette count UTF-16 units; brat, W3C and spaCy count Unicode code points.
// Built once per text, converts either way in O(1) (O(log n) back).
class CodePointIndex
{
public:
    explicit CodePointIndex(const QString &text);
    int toCodePoints(int utf16Offset) const;
    int toUtf16(int codePointOffset) const;
    int codePointCount() const { return m_codePointAt.last(); }

private:
    QList<int> m_codePointAt; // code point offset of every UTF-16 offset (size + 1 entries)
};

} // namespace Gazette
