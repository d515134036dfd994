// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/corpuscharts.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace Gazette {

class AnnotationStore;
class ChartView;
class EntityIndexModel;

// View › Corpus: the library at a glance. The Entities tab is the entity index of the whole
// library (sortable, filtered by words and label); choosing an entity lists its articles and
// mentions, and activating a mention opens the article with the mention selected. The Charts
// tab paints the corpus charts in the window's theme, each exportable as PNG or SVG. Both follow
// the library while the dock is shown.
class CorpusDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusDock)

public:
    explicit CorpusDock(AnnotationStore *store, QWidget *parent = nullptr);

    EntityIndexModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTreeWidget *mentions() const { return m_mentions; }
    QLabel *entityTitle() const { return m_entityTitle; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *labelBox() const { return m_label; }
    QComboBox *bucketBox() const { return m_bucket; }
    QTabWidget *tabs() const { return m_tabs; }
    QList<ChartView *> charts() const { return m_charts; }

    // The window's colours (theme and labels).
    void setChartStyle(const ChartStyle &style);
    // Reads the library again now.
    void refresh();
    // Shows the entity (EntityIndexEntry::key) and its mentions.
    void openEntity(const QString &key);

Q_SIGNALS:
    void mentionActivated(qint64 articleId, int start, int end);

private:
    QWidget *createEntitiesTab();
    QWidget *createChartsTab();
    void showEntity(int entry);
    void updateCharts();
    void fillLabels();

    AnnotationStore *m_store;
    EntityIndexModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QTreeWidget *m_mentions = nullptr;
    QLabel *m_entityTitle = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_label = nullptr;
    QComboBox *m_bucket = nullptr;
    QLabel *m_timelineNote = nullptr;
    QList<ChartView *> m_charts;
    ChartStyle m_style = ChartStyle::light();
    QTimer *m_refreshTimer;
    bool m_stale = true;
    QString m_openKey;
};

} // namespace Gazette
