// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

namespace Gazette {

struct ExtractionContext;

// One step of the extraction pipeline (the list and its order are in extractor.h). A stage
// reads what earlier ones left in the context and adds to it; it keeps no state of its own, so
// one instance serves every thread.
class Stage
{
public:
    virtual ~Stage();
    // A short name for logs and tests ("people.title"); rule ids of the results are the stage's own.
    virtual QLatin1StringView id() const = 0;
    virtual void run(ExtractionContext &context) const = 0;
};

} // namespace Gazette
