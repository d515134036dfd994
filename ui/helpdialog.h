// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QTextBrowser;

namespace Gazette {

class LabelSet;

// Help: the keyboard shortcut sheet and the short handbook (colours, underline styles, the
// correcting keys, the formats), our own HTML in a QTextBrowser. Both read the keys from the
// actions themselves, so what they say is what the keys do, changed shortcuts included.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    enum Page { Handbook, Shortcuts };

    struct Section
    {
        QString title;
        QList<QAction *> actions;
    };
    struct LabelColour
    {
        QString name;
        QString displayName;
        QString description;
        QColor colour;
    };

    HelpDialog(Page page, const QList<Section> &sections, const QList<LabelColour> &labels, QWidget *parent = nullptr);

    QString html() const;

    // A table of the actions of each section and their keys.
    static QString shortcutsHtml(const QList<Section> &sections);
    static QString handbookHtml(const QList<Section> &sections, const QList<LabelColour> &labels);
    // An action's keys as the reader types them ("A, Return"), or "—".
    static QString keysText(const QAction *action);

private:
    QTextBrowser *m_browser;
};

} // namespace Gazette
