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
    const int prefixStart = std::max(0, start - contextLength);
    span.prefix = text.mid(prefixStart, start - prefixStart);
    span.suffix = text.mid(end, contextLength);
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
