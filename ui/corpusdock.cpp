// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusdock.h"

#include "chartview.h"
#include "document/textsearch.h"
#include "models/entityindexmodel.h"
#include "models/entitymodel.h"
#include "store/annotationstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gazette {

namespace {

enum MentionRole { ArticleRole = Qt::UserRole, StartRole, EndRole };

// Entities whose name holds every word of the filter (whole words, any case), of the label chosen.
class EntityIndexFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = TextSearch::words(text);
        invalidateFilter();
    }
    void setLabel(const QString &label)
    {
        m_label = label;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, EntityIndexModel::NameColumn, parent);
        if (!m_label.isEmpty() && index.data(EntityIndexModel::LabelRole).toString() != m_label)
            return false;
        const QString name = index.data().toString();
        return std::all_of(m_words.begin(), m_words.end(), [&](const QString &word) {
            return TextSearch::contains(name, word) || name.contains(word, Qt::CaseInsensitive);
        });
    }

private:
    QStringList m_words;
    QString m_label;
};

QString dateRange(const EntityIndexEntry &entry)
{
    if (!entry.first.isValid())
        return {};
    const QString first = QLocale().toString(entry.first.date(), QLocale::ShortFormat);
    const QString last = QLocale().toString(entry.last.date(), QLocale::ShortFormat);
    return first == last ? first : CorpusDock::tr("%1 – %2").arg(first, last);
}

} // namespace

CorpusDock::CorpusDock(AnnotationStore *store, QWidget *parent)
    : QDockWidget(tr("Corpus"), parent)
    , m_store(store)
    , m_model(new EntityIndexModel(store, this))
    , m_proxy(new EntityIndexFilter(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("corpusDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EntityIndexModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("corpusTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createEntitiesTab(), tr("&Entity Index"));
    m_tabs->addTab(createChartsTab(), tr("C&harts"));
    setWidget(m_tabs);

    // The library is read again when the dock is shown, and while it is, after each burst of changes.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(500);
    connect(m_refreshTimer, &QTimer::timeout, this, &CorpusDock::refresh);
    connect(store, &AnnotationStore::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            m_refreshTimer->start();
    });
    connect(store, &AnnotationStore::libraryOpened, this, [this] {
        m_stale = true;
        m_openKey.clear();
        if (isVisible())
            refresh();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            refresh();
    });
}

QWidget *CorpusDock::createEntitiesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("corpusFilter"));
    m_filter->setPlaceholderText(tr("Filter entities…"));
    m_filter->setAccessibleName(tr("Filter entities by name"));
    m_filter->setClearButtonEnabled(true);
    m_label = new QComboBox(page);
    m_label->setObjectName(QStringLiteral("corpusLabelFilter"));
    m_label->setAccessibleName(tr("Label filter"));
    m_label->addItem(tr("Any label"), QString());
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("corpusSummary"));
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_label, 1);
    filters->addWidget(m_summary, 1);
    layout->addLayout(filters);
    auto *filter = static_cast<EntityIndexFilter *>(m_proxy);
    auto summarise = [this] {
        const int shown = m_proxy->rowCount();
        const int all = m_model->rowCount();
        m_summary->setText(shown == all ? (all == 1 ? tr("1 entity") : tr("%1 entities").arg(QLocale().toString(all)))
                                        : tr("%1 of %2 entities").arg(QLocale().toString(shown), QLocale().toString(all)));
    };
    connect(m_filter, &QLineEdit::textChanged, this, [filter, summarise](const QString &text) {
        filter->setWords(text);
        summarise();
    });
    connect(m_label, &QComboBox::currentIndexChanged, this, [this, filter, summarise] {
        filter->setLabel(m_label->currentData().toString());
        summarise();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, summarise);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("corpusEntityTable"));
    m_table->setAccessibleName(tr("Entities of the library"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EntityIndexModel::ArticlesColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(EntityIndexModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EntityIndexModel::QuotedColumn, QHeaderView::Stretch);
    for (int column : {EntityIndexModel::LabelColumn, EntityIndexModel::ArticlesColumn, EntityIndexModel::MentionsColumn,
                       EntityIndexModel::FirstColumn, EntityIndexModel::LastColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showEntity(current.data(EntityIndexModel::EntryRole).toInt());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CorpusDock::updateCharts);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_entityTitle = new QLabel(tr("Choose an entity to see its articles and mentions."), side);
    m_entityTitle->setObjectName(QStringLiteral("corpusEntityTitle"));
    m_entityTitle->setWordWrap(true);
    m_entityTitle->setTextFormat(Qt::PlainText);
    m_mentions = new QTreeWidget(side);
    m_mentions->setObjectName(QStringLiteral("corpusMentions"));
    m_mentions->setAccessibleName(tr("Articles and mentions of the entity"));
    m_mentions->setHeaderLabels({tr("Article / mention"), tr("Date")});
    m_mentions->header()->setStretchLastSection(false);
    m_mentions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mentions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_mentions->setToolTip(tr("Double-click or press Enter on a mention to open the article there."));
    connect(m_mentions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // An article row opens at its first mention.
        QTreeWidgetItem *mention = item->childCount() > 0 ? item->child(0) : item;
        const qint64 article = mention->data(0, ArticleRole).toLongLong();
        if (article > 0)
            Q_EMIT mentionActivated(article, mention->data(0, StartRole).toInt(), mention->data(0, EndRole).toInt());
    });
    sideLayout->addWidget(m_entityTitle);
    sideLayout->addWidget(m_mentions, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget *CorpusDock::createChartsTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("corpusCharts"));
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    auto *controls = new QHBoxLayout;
    auto *bucketLabel = new QLabel(tr("Mentions &per:"), page);
    m_bucket = new QComboBox(page);
    m_bucket->setObjectName(QStringLiteral("corpusBucket"));
    m_bucket->addItem(tr("Month"), int(CorpusIndex::Bucket::Month));
    m_bucket->addItem(tr("Week"), int(CorpusIndex::Bucket::Week));
    bucketLabel->setBuddy(m_bucket);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &CorpusDock::updateCharts);
    m_timelineNote = new QLabel(page);
    m_timelineNote->setObjectName(QStringLiteral("corpusTimelineNote"));
    m_timelineNote->setWordWrap(true);
    controls->addWidget(bucketLabel);
    controls->addWidget(m_bucket);
    controls->addWidget(m_timelineNote, 1);
    layout->addLayout(controls);
    for (CorpusCharts::Kind kind : CorpusCharts::kinds()) {
        auto *chart = new ChartView(kind, page);
        m_charts.append(chart);
        layout->addWidget(chart);
    }
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

void CorpusDock::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    updateCharts();
}

void CorpusDock::fillLabels()
{
    const QString current = m_label->currentData().toString();
    QStringList labels;
    for (const EntityIndexEntry &entry : m_model->corpus().entries()) {
        if (!labels.contains(entry.label))
            labels.append(entry.label);
    }
    labels.sort();
    const QSignalBlocker blocker(m_label);
    m_label->clear();
    m_label->addItem(tr("Any label"), QString());
    for (const QString &label : labels)
        m_label->addItem(label, label);
    m_label->setCurrentIndex(std::max(0, m_label->findData(current)));
}

void CorpusDock::refresh()
{
    m_stale = false;
    m_refreshTimer->stop();
    const QString open = m_openKey;
    // The entities chosen for the timeline stay chosen when the library changes.
    QStringList selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected.append(index.data(EntityIndexModel::KeyRole).toString());
    m_model->refresh();
    fillLabels();
    static_cast<EntityIndexFilter *>(m_proxy)->setLabel(m_label->currentData().toString());
    const bool reopen = !open.isEmpty() && m_model->rowOfKey(open) >= 0;
    if (reopen)
        openEntity(open);
    QItemSelection selection;
    for (const QString &key : std::as_const(selected)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfKey(key), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    if (!selection.isEmpty())
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!reopen) {
        m_openKey.clear();
        m_mentions->clear();
        m_entityTitle->setText(m_model->rowCount() == 0 ? tr("No entities yet: import articles, and Gazette finds their names.")
                                                        : tr("Choose an entity to see its articles and mentions."));
    }
    updateCharts();
}

void CorpusDock::openEntity(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    showEntity(row);
}

void CorpusDock::showEntity(int entry)
{
    if (entry < 0 || entry >= m_model->corpus().entries().size())
        return;
    const EntityIndexEntry &e = m_model->corpus().entries().at(entry);
    m_openKey = e.key;
    QStringList facts;
    facts << (e.articleCount() == 1 ? tr("1 article") : tr("%1 articles").arg(e.articleCount()));
    facts << (e.mentions == 1 ? tr("1 mention") : tr("%1 mentions").arg(e.mentions));
    if (const QString range = dateRange(e); !range.isEmpty())
        facts << range;
    QString title = QStringLiteral("%1 (%2) · %3").arg(e.name, e.label, facts.join(QStringLiteral(" · ")));
    if (!e.speakers.isEmpty())
        title += QLatin1Char('\n') + tr("Quoted in its articles: %1").arg(EntityIndexModel::speakersText(e, 6));
    m_entityTitle->setText(title);

    m_mentions->clear();
    QHash<qint64, QTreeWidgetItem *> articles;
    for (const AnnotationStore::LibraryMention &mention : m_store->libraryMentions(e.label, e.spellings)) {
        QTreeWidgetItem *&article = articles[mention.articleId];
        if (!article) {
            article = new QTreeWidgetItem(m_mentions);
            article->setText(0, mention.headline.isEmpty() ? tr("(no headline)") : mention.headline);
            article->setText(1, mention.published.isValid() ? QLocale().toString(mention.published.date(), QLocale::ShortFormat) : QString());
            article->setData(0, ArticleRole, mention.articleId);
            QFont bold = article->font(0);
            bold.setBold(true);
            article->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(article);
        const QString context = EntityModel::mentionContext(mention.text, mention.start, mention.end);
        item->setText(0, context.isEmpty() ? mention.text.mid(mention.start, mention.end - mention.start) : context);
        item->setToolTip(0, item->text(0));
        item->setData(0, ArticleRole, mention.articleId);
        item->setData(0, StartRole, mention.start);
        item->setData(0, EndRole, mention.end);
    }
    m_mentions->expandAll();
}

void CorpusDock::updateCharts()
{
    CorpusCharts::Options options;
    options.bucket = CorpusIndex::Bucket(m_bucket->currentData().toInt());
    QList<int> chosen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        chosen.append(index.data(EntityIndexModel::EntryRole).toInt());
    options.timelineEntries = chosen.mid(0, 8);
    m_timelineNote->setText(chosen.isEmpty() ? tr("Over time: the five entities mentioned most; select entities in the entity index to chart them instead.")
                                             : tr("Over time: the entities selected in the entity index."));
    for (ChartView *chart : std::as_const(m_charts))
        chart->setChart(&m_model->corpus(), options, m_style);
}

} // namespace Gazette
