// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Organisations and products the gazetteers know (products keep their versions: "Mate 60 Pro").
// Its one pass of the automaton also gives the places, titles and name suffixes later stages use.
class GazetteerStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("gazetteer"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
