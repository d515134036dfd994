// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Entities: each mention joins the entity of its canonical name, and an entity keeps the other
// names it goes by in the article (its aliases). Sorts the spans by position.
class EntityStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("entities"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
