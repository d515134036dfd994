// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// People by a given name ("Marta Visser") or a Chinese family name followed by pinyin ("Tan Wei Ming").
class GivenNameStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("person.given-name"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
