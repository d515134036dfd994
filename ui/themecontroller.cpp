// SPDX-License-Identifier: GPL-3.0-or-later
#include "themecontroller.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QStyleHints>

#include <algorithm>

namespace Gazette {

namespace {
const auto ThemeKey = QStringLiteral("view/theme");
}

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
    , m_ownIconTheme(QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
{
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    const QString saved = QSettings().value(ThemeKey).toString();
    m_theme = saved.isEmpty() ? defaultTheme() : m_repository.theme(saved);
    if (!m_theme.isValid())
        m_theme = defaultTheme();
    applyToApplication();
}

QList<KSyntaxHighlighting::Theme> ThemeController::themes() const
{
    auto themes = m_repository.themes();
    std::sort(themes.begin(), themes.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.translatedName(), b.translatedName()) < 0;
    });
    return themes;
}

KSyntaxHighlighting::Theme ThemeController::defaultTheme() const
{
    const bool dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark
        || m_systemPalette.color(QPalette::Base).lightness() < 128;
    return m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

bool ThemeController::setTheme(const QString &name)
{
    auto theme = m_repository.theme(name);
    const bool known = theme.isValid() && theme.name() == name;
    if (!known)
        theme = defaultTheme();
    m_theme = theme;
    QSettings().setValue(ThemeKey, m_theme.name());
    applyToApplication();
    Q_EMIT themeChanged(m_theme);
    return known;
}

void ThemeController::applyToApplication()
{
    QApplication::setPalette(paletteFor(m_theme));
    // Where the desktop provides no icon theme, Breeze in the matching brightness.
    if (m_ownIconTheme)
        QIcon::setThemeName(isDark() ? QStringLiteral("breeze-dark") : QStringLiteral("breeze"));
}

bool ThemeController::isDark() const
{
    return QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
}

QPalette ThemeController::paletteFor(const KSyntaxHighlighting::Theme &theme)
{
    using KSyntaxHighlighting::Theme;
    const QColor base = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
    const QColor selection = QColor::fromRgba(theme.editorColor(Theme::TextSelection));
    const bool dark = base.lightness() < 128;
    // Chrome (window, buttons) sits a step away from the reading surface, as in Breeze.
    const QColor window = dark ? base.lighter(118) : base.darker(106);
    const QColor button = dark ? window.lighter(112) : window.lighter(103);
    const QColor mid = dark ? window.lighter(150) : window.darker(130);
    QColor disabledText = text;
    disabledText.setAlphaF(0.45f);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, dark ? base.lighter(110) : base.darker(103));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
    palette.setColor(QPalette::Highlight, selection);
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Light, dark ? window.lighter(160) : QColor(Qt::white));
    palette.setColor(QPalette::Midlight, dark ? window.lighter(130) : window.lighter(110));
    palette.setColor(QPalette::Mid, mid);
    palette.setColor(QPalette::Dark, dark ? window.darker(160) : window.darker(160));
    palette.setColor(QPalette::Shadow, QColor(0, 0, 0, dark ? 200 : 90));
    palette.setColor(QPalette::Link, QColor::fromRgba(theme.textColor(Theme::Function)));
    palette.setColor(QPalette::LinkVisited, QColor::fromRgba(theme.textColor(Theme::Keyword)));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace Gazette
