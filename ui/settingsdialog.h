// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/labelset.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace Gazette {

class EntityHighlighter;

// Preferences: the author name stored with every edit, and the label set (names, colours taken
// from the theme's text styles, and keys 1-9).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const QString &author, const LabelSet &labels, bool extractOnOpen, QWidget *parent = nullptr);

    QString author() const;
    bool extractOnOpen() const;
    LabelSet labels() const;

private:
    void fill(const LabelSet &labels);
    void addLabel();
    void removeLabel();

    QLineEdit *m_author;
    QCheckBox *m_extractOnOpen;
    QTableWidget *m_table;
    QStringList m_builtIn;
};

} // namespace Gazette
