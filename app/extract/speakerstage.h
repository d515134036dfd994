// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// The named speakers of quotes, without their titles ("Senator Craig Lundgren" -> "Craig Lundgren").
class SpeakerStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("person.speaker"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
