// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Nationalities and groups, then places the gazetteers know (also in capitals: "SHENZHEN"), then
// places before "-based", "-listed", "-headquartered", "-born".
class PlaceStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("places"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
