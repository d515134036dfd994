// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// "the Cupertino-based company" becomes an alias of the one organisation of the article based
// there, by the article itself ("Oslo-based Halvorsen Robotics") or by the gazetteer's head offices.
class NominalStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("coref.nominal"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
