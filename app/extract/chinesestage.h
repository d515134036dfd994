// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

#include <QString>

namespace Gazette {

// Articles in Chinese: places from the Chinese administrative divisions (provinces, cities,
// districts, with their short forms), organisations by their last word (公司, 集团, 银行, 大学
// ...), people as a family name and one or two given characters before a saying verb or after a
// title, and dates, amounts and percentages written the Chinese way (2024年3月5日, 1.2亿元, 15%).
// Runs only where most letters are Han characters; elsewhere it leaves the text alone.
class ChineseStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("chinese"); }
    void run(ExtractionContext &context) const override;

    static bool isMostlyChinese(const QString &text);
};

} // namespace Gazette
