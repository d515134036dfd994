// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Indirect and mixed speech as "statement" facts: the speaker (an entity; "he said" resolved
// like a quote's pronoun), the reporting verb as printed ("said", "said in a statement", "told")
// and the reported clause as evidence (the fact's first evidence; the speaker's mention second).
//   statement.said-that   X said (on Friday) (that) CLAUSE / X told REPORTERS (that) CLAUSE
//   statement.fronted     CLAUSE, the ministry said (on Friday).
class StatementStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("statements"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
