// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// What the reader rejected (surface and label) is no longer proposed, whichever stage found it.
class RejectionStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("lexicon.rejected"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
