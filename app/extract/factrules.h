// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "extract/tokenizer.h"

#include <QList>
#include <QString>

namespace Gazette {

// Facts between the entities of one sentence, by the words that join them:
//   partnership  X partners with / signs a partnership with / teams up with Y
//   deal         X invests in / buys / acquires / chose Y (with the amount when one is named)
//   role         ORG title PERSON ("Alibaba chairman Joe Tsai"), PERSON, a title at ORG
//   statistic    subject - measure - value - time ("Huawei - market share - 16% - 2023")
//   launch       X launches / releases / unveils PRODUCT
//   competition  X competes with / overtakes / rivals Y
// Each fact has its rule id, a confidence and the sentence as evidence.
QList<Fact> findFacts(const QString &text, const QList<TextRange> &sentences, const QList<Annotation> &spans);

} // namespace Gazette
