// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// The reader's lexicon: accepted forms are found again with their labels, first of all; rejected
// ones are kept in the context, so that RejectionStage can drop them at the end.
class LexiconStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("lexicon"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
