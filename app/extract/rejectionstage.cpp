// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectionstage.h"

#include "extract/extractioncontext.h"

namespace Gazette {

void RejectionStage::run(ExtractionContext &context) const
{
    const QString &text = context.text;
    context.spans.removeIf([&](const Annotation &a) { return context.rejected.contains({text.mid(a.start, a.end - a.start), a.label}); });
}

} // namespace Gazette
