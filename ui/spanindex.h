// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace Gazette {

// The spans shown in the reading pane, sorted by start (outer spans before the inner ones they
// contain), so a block, a click or a hover finds its spans by binary search instead of a walk
// over the article. Rejected spans are not kept: they are not shown. Owned by the view; the
// highlighter paints from it and the view's clicks, keys and tooltips read it.
class SpanIndex
{
public:
    void set(QList<Annotation> annotations);
    void clear();
    // Each returns the text range whose painting changed ({start, end}), empty when none.
    std::pair<int, int> add(const Annotation &annotation);
    std::pair<int, int> change(const Annotation &before, const Annotation &after);
    std::pair<int, int> remove(const Annotation &annotation);

    const QList<Annotation> &all() const { return m_annotations; }
    bool isEmpty() const { return m_annotations.isEmpty(); }
    std::optional<Annotation> find(qint64 id) const;
    // Spans covering the text offset, innermost (shortest) first.
    QList<Annotation> at(int offset) const;
    // Calls visit for every span overlapping [start, end), outer ones first.
    void forEachIn(int start, int end, const std::function<void(const Annotation &)> &visit) const;

private:
    QList<Annotation>::const_iterator firstReaching(int offset) const;
    void insertSorted(const Annotation &annotation);

    QList<Annotation> m_annotations; // sorted by (start, -end, id)
    int m_maxLength = 0;
};

} // namespace Gazette
