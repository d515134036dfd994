// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "extract/stage.h"

#include <QList>

namespace Gazette {

// Facts between the entities of a sentence (factrules.h).
class FactStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("facts"); }
    void run(ExtractionContext &context) const override;
    // What run() sets context.facts to; it only reads the context (the extractor runs it beside
    // the quote and statement stages on a long text).
    static QList<Fact> factsOf(const ExtractionContext &context);
};

} // namespace Gazette
