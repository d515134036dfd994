// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanindex.h"

#include <algorithm>

namespace Gazette {

namespace {
bool before(const Annotation &a, const Annotation &b)
{
    // Outer spans first, so inner ones are painted over them and stay visible.
    return a.start != b.start ? a.start < b.start : a.end != b.end ? a.end > b.end : a.id < b.id;
}

bool shown(const Annotation &annotation)
{
    return annotation.status != AnnotationStatus::Rejected;
}
} // namespace

void SpanIndex::set(QList<Annotation> annotations)
{
    annotations.removeIf([](const Annotation &a) { return !shown(a); });
    std::sort(annotations.begin(), annotations.end(), before);
    m_annotations = std::move(annotations);
    m_maxLength = 0;
    for (const Annotation &a : std::as_const(m_annotations))
        m_maxLength = std::max(m_maxLength, a.length());
}

void SpanIndex::clear()
{
    m_annotations.clear();
    m_maxLength = 0;
}

void SpanIndex::insertSorted(const Annotation &annotation)
{
    if (!shown(annotation))
        return;
    const auto at = std::lower_bound(m_annotations.begin(), m_annotations.end(), annotation, before);
    m_annotations.insert(at, annotation);
    m_maxLength = std::max(m_maxLength, annotation.length());
}

std::pair<int, int> SpanIndex::add(const Annotation &annotation)
{
    insertSorted(annotation);
    return {annotation.start, annotation.end};
}

std::pair<int, int> SpanIndex::change(const Annotation &before, const Annotation &after)
{
    m_annotations.removeIf([&](const Annotation &a) { return a.id == before.id; });
    insertSorted(after);
    return {std::min(before.start, after.start), std::max(before.end, after.end)};
}

std::pair<int, int> SpanIndex::remove(const Annotation &annotation)
{
    m_annotations.removeIf([&](const Annotation &a) { return a.id == annotation.id; });
    return {annotation.start, annotation.end};
}

std::optional<Annotation> SpanIndex::find(qint64 id) const
{
    for (const Annotation &a : m_annotations) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

// The first span that could reach offset: none starts more than the longest span before it.
QList<Annotation>::const_iterator SpanIndex::firstReaching(int offset) const
{
    Annotation probe;
    probe.start = offset - m_maxLength;
    probe.end = INT_MAX;
    return std::lower_bound(m_annotations.cbegin(), m_annotations.cend(), probe, before);
}

QList<Annotation> SpanIndex::at(int offset) const
{
    QList<Annotation> result;
    for (auto it = firstReaching(offset); it != m_annotations.cend() && it->start <= offset; ++it) {
        if (offset < it->end)
            result.append(*it);
    }
    std::sort(result.begin(), result.end(), [](const Annotation &a, const Annotation &b) { return a.length() < b.length(); });
    return result;
}

void SpanIndex::forEachIn(int start, int end, const std::function<void(const Annotation &)> &visit) const
{
    for (auto it = firstReaching(start); it != m_annotations.cend() && it->start < end; ++it) {
        if (it->end > start)
            visit(*it);
    }
}

} // namespace Gazette
