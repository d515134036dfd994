// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// People named with a title or role ("Senator Evelyn May", "analyst Ivan Lam").
class TitledPersonStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("person.title"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
