// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QObject>
#include <QPalette>

namespace Gazette {

// The one KSyntaxHighlighting repository of the process and the theme the user chose. The
// application palette, the reading pane and (later) the entity colours all follow the theme,
// so every theme gives a matching look, light or dark.
class ThemeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeController)

public:
    explicit ThemeController(QObject *parent = nullptr);

    KSyntaxHighlighting::Repository &repository() { return m_repository; }
    const KSyntaxHighlighting::Theme &theme() const { return m_theme; }

    // Themes sorted by their translated names.
    QList<KSyntaxHighlighting::Theme> themes() const;

    // Applies the theme by name and remembers it; an unknown name falls back to the default
    // theme for the desktop's palette. Returns false for an unknown name.
    bool setTheme(const QString &name);

    bool isDark() const;

    // A palette for widgets derived from the theme.
    static QPalette paletteFor(const KSyntaxHighlighting::Theme &theme);

Q_SIGNALS:
    void themeChanged(const KSyntaxHighlighting::Theme &theme);

private:
    KSyntaxHighlighting::Theme defaultTheme() const;
    void applyToApplication();

    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Theme m_theme;
    QPalette m_systemPalette;
    bool m_ownIconTheme = false;
};

} // namespace Gazette
