// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// The article's own names again: every later mention, surnames and short names ("Tsai" for
// "Joe Tsai", "Halvorsen" for "Halvorsen Robotics"), and the same names in all-caps headlines.
class OwnNamesStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("coref.own-names"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
