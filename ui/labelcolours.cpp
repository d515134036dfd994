// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelcolours.h"

#include <QMetaEnum>
#include <QPainter>
#include <QPixmap>

#include <array>

namespace Gazette::LabelColours {

namespace {
struct Entry
{
    const char *name;
    const char *formerStyle; // the theme text style the label had before the palette
    QRgb light;
    QRgb dark;
};

// Hues 40° apart for the labels with keys, the others between them and darker (lighter on dark
// themes): every pair differs by a CIE ΔE of 14 or more on either background.
constexpr std::array<Entry, 19> Palette = {{
    {"PERSON", "Function", 0x1959b3, 0x639dee},
    {"ORG", "DataType", 0x4019b3, 0x8663ee},
    {"GPE", "Preprocessor", 0xa619b3, 0xe263ee},
    {"LOC", "Extension", 0xb31959, 0xee639d},
    {"DATE", "DecVal", 0xb34019, 0xee8663},
    {"MONEY", "Constant", 0x9c8f14, 0xeee263},
    {"PERCENT", "Import", 0x59b319, 0x9dee63},
    {"NORP", "Annotation", 0x19b340, 0x63ee86},
    {"PRODUCT", "SpecialChar", 0x19b3a6, 0x63eee2},
    {"FAC", "Documentation", 0x131d86, 0xa3aaf5},
    {"EVENT", "Operator", 0x561386, 0xd3a3f5},
    {"WORK_OF_ART", "VerbatimString", 0x861369, 0xf5a3e0},
    {"LAW", "Alert", 0x86131d, 0xf5a3aa},
    {"LANGUAGE", "Char", 0x865613, 0xf5d3a3},
    {"TIME", "BaseN", 0x698613, 0xe0f5a3},
    {"QUANTITY", "Float", 0x1d8613, 0xaaf5a3},
    {"ORDINAL", "CommentVar", 0x138656, 0xa3f5d3},
    {"CARDINAL", "Information", 0x136986, 0xa3e0f5},
    {"QUOTE", "String", 0x6b7280, 0xa0a8b4},
}};
} // namespace

QStringList names()
{
    QStringList all;
    for (const Entry &entry : Palette)
        all << QString::fromLatin1(entry.name);
    return all;
}

QString entryOf(const QString &colourRole)
{
    for (const Entry &entry : Palette) {
        if (colourRole == QLatin1String(entry.name) || colourRole == QLatin1String(entry.formerStyle))
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QColor paletteColour(const QString &name, bool dark)
{
    for (const Entry &entry : Palette) {
        if (name == QLatin1String(entry.name))
            return QColor::fromRgb(dark ? entry.dark : entry.light);
    }
    return {};
}

bool isDark(const KSyntaxHighlighting::Theme &theme)
{
    return theme.isValid() && QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
}

QColor colour(const QString &colourRole, const KSyntaxHighlighting::Theme &theme)
{
    if (const QString entry = entryOf(colourRole); !entry.isEmpty())
        return paletteColour(entry, isDark(theme));
    const QMetaEnum styles = QMetaEnum::fromType<KSyntaxHighlighting::Theme::TextStyle>();
    bool ok = false;
    const int style = styles.keyToValue(colourRole.toLatin1().constData(), &ok);
    if (ok && theme.isValid())
        return QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::TextStyle(style)));
    return isDark(theme) ? QColor(0x5fb3b3) : QColor(Qt::darkCyan);
}

QIcon swatch(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3);
    painter.end();
    return QIcon(pixmap);
}

} // namespace Gazette::LabelColours
