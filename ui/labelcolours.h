// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QIcon>
#include <QStringList>

namespace Gazette {

// The label colours: Gazette's own palette of 19 entries, one light and one dark variant each,
// every entry named after the OntoNotes label that has it by default ("PERSON", "DATE", …). The
// 18 entity labels' colours are told apart on light and dark themes alike; the theme decides
// only which variant. A label set saved before the palette names theme text styles
// ("Function", "DecVal"); those map to the entry that had the style by default.
namespace LabelColours {

// The palette's entries, in the OntoNotes order.
QStringList names();
// The entry a colour role means: itself, the entry of a former theme style, or empty.
QString entryOf(const QString &colourRole);
// The colour of an entry on a dark or light background (invalid for an unknown entry).
QColor paletteColour(const QString &entry, bool dark);
// The colour of a label's colour role in this theme: its palette entry, else the theme's text
// style of that name, else a neutral colour.
QColor colour(const QString &colourRole, const KSyntaxHighlighting::Theme &theme);
bool isDark(const KSyntaxHighlighting::Theme &theme);
// A small rounded square of the colour, for legends, menus and tables.
QIcon swatch(const QColor &colour, int size = 14);

} // namespace LabelColours

} // namespace Gazette
