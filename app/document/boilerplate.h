// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gazette::Boilerplate {

// Lines that sites put between paragraphs and that are never the article's: "Share This
// Post", "- Advertisement -", "spot_img", "Related Posts", "Read more" ... Shared by the HTML
// and plain-text importers, so a scraped page reads the same whichever way it arrives.
bool isLine(const QString &line);

// The text without its boilerplate lines (line ends kept as they are).
QString removeLines(const QString &text);

} // namespace Gazette::Boilerplate
