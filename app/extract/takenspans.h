// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace Gazette {

// The spans found so far, with a map of the characters they cover, so that a later rule never
// overlaps an earlier one (earlier stages are the more reliable).
class TakenSpans
{
public:
    explicit TakenSpans(const QString &text);

    bool isFree(int start, int end) const;
    bool isTaken(int position) const { return !isFree(position, position + 1); }

    // Adds a suggestion; span edges follow the guidelines (no possessive 's, no sentence period).
    // (A trailing 's is a possessive and left out, unless `withPossessive`: "Moody's" is a name.)
    bool add(int start, int end, const QString &label, const QString &rule, double confidence, bool withPossessive = false);
    void removeIf(const std::function<bool(const Annotation &)> &drop);

    QList<Annotation> &list() { return m_list; }
    const QList<Annotation> &list() const { return m_list; }

private:
    const QString &m_text;
    std::vector<quint8> m_covered;
    QList<Annotation> m_list;
};

} // namespace Gazette
