// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QToolButton>

namespace Gazette {

namespace {
const CorpusIndex &emptyIndex()
{
    static const CorpusIndex index;
    return index;
}
} // namespace

ChartView::ChartView(CorpusCharts::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_menu(new QMenu(this))
    , m_exportButton(new QToolButton(this))
{
    m_menu->setObjectName(QStringLiteral("chartExportMenu"));
    m_menu->addAction(tr("Save as &PNG…"), this, [this] { exportWithDialog(QStringLiteral("png")); })->setObjectName(QStringLiteral("exportPngAction"));
    m_menu->addAction(tr("Save as &SVG…"), this, [this] { exportWithDialog(QStringLiteral("svg")); })->setObjectName(QStringLiteral("exportSvgAction"));
    setObjectName(QStringLiteral("chart-") + CorpusCharts::fileStem(kind));
    setAccessibleName(CorpusCharts::title(kind));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_exportButton->setObjectName(QStringLiteral("chartExportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save this chart as PNG or SVG"));
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setAutoRaise(true);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(m_menu);
}

void ChartView::setChart(const CorpusIndex *index, const CorpusCharts::Options &options, const ChartStyle &style)
{
    m_index = index;
    m_options = options;
    m_style = style;
    setAccessibleDescription(CorpusCharts::description(m_kind, m_index ? *m_index : emptyIndex(), m_options));
    updateGeometry();
    update();
}

int ChartView::heightForWidth(int width) const
{
    return CorpusCharts::preferredSize(m_kind, m_index ? *m_index : emptyIndex(), m_options, width).height();
}

QSize ChartView::sizeHint() const
{
    return {640, heightForWidth(640)};
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_exportButton->adjustSize();
    m_exportButton->move(width() - m_exportButton->width() - 6, 6);
    if (height() != heightForWidth(width()))
        setFixedHeight(heightForWidth(width()));
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    CorpusCharts::paint(painter, rect(), m_kind, m_index ? *m_index : emptyIndex(), m_options, m_style);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    m_menu->popup(event->globalPos());
}

std::optional<QString> ChartView::exportTo(const QString &path) const
{
    return CorpusCharts::save(path, m_kind, m_index ? *m_index : emptyIndex(), m_options, m_style, size());
}

void ChartView::exportWithDialog(const QString &format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder).filePath(CorpusCharts::fileStem(m_kind) + QLatin1Char('.') + format);
    const QString filter = format == QLatin1String("svg") ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(window(), tr("Export Chart"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    if (const auto error = exportTo(path))
        QMessageBox::warning(window(), tr("Export Chart"), *error);
}

} // namespace Gazette
