// SPDX-License-Identifier: GPL-3.0-or-later
#include "stage.h"

namespace Gazette {

// Out of line: the vtable is emitted once, here.
Stage::~Stage() = default;

} // namespace Gazette
