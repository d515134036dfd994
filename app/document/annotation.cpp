// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"

#include <QCoreApplication>

namespace Gazette {

namespace {
template<typename Span>
void fillContext(Span &span, const QString &text, int contextLength)
{
    const int start = std::clamp(span.start, 0, int(text.size()));
    const int end = std::clamp(span.end, start, int(text.size()));
    span.quote = text.mid(start, end - start);
    // Whole characters only: context that would begin inside a surrogate pair begins after it,
    // context that would end inside one ends before it.
    int prefixStart = std::max(0, start - contextLength);
    if (prefixStart > 0 && prefixStart < start && text.at(prefixStart).isLowSurrogate() && text.at(prefixStart - 1).isHighSurrogate())
        ++prefixStart;
    span.prefix = text.mid(prefixStart, start - prefixStart);
    int suffixEnd = std::min(int(text.size()), end + contextLength);
    if (suffixEnd > end && suffixEnd < text.size() && text.at(suffixEnd - 1).isHighSurrogate() && text.at(suffixEnd).isLowSurrogate())
        --suffixEnd;
    span.suffix = text.mid(end, suffixEnd - end);
}
} // namespace

void Annotation::setContextFrom(const QString &text)
{
    fillContext(*this, text, ContextLength);
}

void Evidence::setContextFrom(const QString &text)
{
    fillContext(*this, text, Annotation::ContextLength);
}

QString annotationStatusName(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested:
        return QCoreApplication::translate("Gazette::Annotation", "Suggested");
    case AnnotationStatus::Accepted:
        return QCoreApplication::translate("Gazette::Annotation", "Accepted");
    case AnnotationStatus::Rejected:
        return QCoreApplication::translate("Gazette::Annotation", "Rejected");
    }
    return {};
}

} // namespace Gazette
