// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/corpuscharts.h"

#include <QWidget>

class QMenu;
class QToolButton;

namespace Gazette {

// One corpus chart in the corpus view, painted by CorpusCharts in the window's colours, as tall
// as it reads best at its width. Its context menu and its Export button save it as PNG or SVG.
class ChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    ChartView(CorpusCharts::Kind kind, QWidget *parent = nullptr);

    CorpusCharts::Kind kind() const { return m_kind; }
    void setChart(const CorpusIndex *index, const CorpusCharts::Options &options, const ChartStyle &style);
    // Writes the chart as PNG or SVG (by the suffix); nothing when written, else why not.
    std::optional<QString> exportTo(const QString &path) const;
    // Asks where, in which format, and writes.
    void exportWithDialog(const QString &format);
    QMenu *exportMenu() const { return m_menu; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    CorpusCharts::Kind m_kind;
    const CorpusIndex *m_index = nullptr;
    CorpusCharts::Options m_options;
    ChartStyle m_style = ChartStyle::light();
    QMenu *m_menu;
    QToolButton *m_exportButton;
};

} // namespace Gazette
