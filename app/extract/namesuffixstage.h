// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Organisations by their name: "... Robotics", "... FC", "Bank of ..."; by the same means
// buildings ("... Arena"), events ("... Summit") and laws ("... Act").
class NameSuffixStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("name-suffix"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
