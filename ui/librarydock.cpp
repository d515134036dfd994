// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydock.h"

#include "emptystatehint.h"
#include "librarydelegate.h"
#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gazette {

LibraryDock::LibraryDock(AnnotationStore *store, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_model(new LibraryModel(store, this))
    , m_filter(new LibraryFilterModel(store, this))
{
    setObjectName(QStringLiteral("libraryDock"));
    m_filter->setSourceModel(m_model);
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);

    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search articles… (person: org: label: after: status: feed:)"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setToolTip(tr("Words search the text. Fields narrow it down:\n"
                            "person:\"Joe Tsai\"  org:Alibaba  gpe:China  loc:  norp:  product:  event:  entity:\n"
                            "label:MONEY  after:2025-01-01  before:2025-03  status:new|review|done  feed:Tech"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        changeFilter([&] { m_filter->setSearchText(text); });
        updateSearchMessage();
    });
    m_saveSearch = new QToolButton(panel);
    m_saveSearch->setObjectName(QStringLiteral("saveSmartFolderButton"));
    m_saveSearch->setIcon(QIcon::fromTheme(QStringLiteral("folder-saved-search"), QIcon::fromTheme(QStringLiteral("document-save"))));
    m_saveSearch->setText(tr("Save"));
    m_saveSearch->setToolTip(tr("Save this search as a smart folder"));
    m_saveSearch->setAccessibleName(tr("Save this search as a smart folder"));
    m_saveSearch->setEnabled(false);
    connect(m_saveSearch, &QToolButton::clicked, this, [this] { Q_EMIT saveSearchRequested(m_search->text().trimmed()); });
    m_searchMessage = new QLabel(panel);
    m_searchMessage->setObjectName(QStringLiteral("librarySearchMessage"));
    m_searchMessage->setWordWrap(true);
    m_searchMessage->hide();

    m_list = new QListView(panel);
    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setAccessibleName(tr("Articles in the library"));
    m_list->setModel(m_filter);
    m_delegate = new LibraryDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // several, for export
    m_emptyHint = new EmptyStateHint(m_list, tr("No articles yet.\nOpen one with File › Open (Ctrl+O)."));
    m_emptyHint->setObjectName(QStringLiteral("libraryEmptyHint"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (m_filtering || !index.isValid())
            return;
        m_currentArticle = index.data(LibraryModel::ArticleIdRole).toLongLong();
        Q_EMIT articleActivated(m_currentArticle);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_currentArticle = 0; });

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("libraryContextMenu"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &point) {
        const QModelIndex index = m_list->indexAt(point);
        if (!index.isValid())
            return;
        if (!m_list->selectionModel()->isSelected(index))
            m_list->setCurrentIndex(index);
        m_contextMenu->popup(m_list->viewport()->mapToGlobal(point));
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(2);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_saveSearch);
    layout->addLayout(searchRow);
    layout->addWidget(m_searchMessage);
    layout->addWidget(createFilters(panel));
    layout->addWidget(m_list, 1);
    // The feeds above the articles, each part as tall as the reader drags it.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(panel);
    setWidget(m_splitter);
}

void LibraryDock::setFeedsSection(QWidget *section)
{
    m_splitter->insertWidget(0, section);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
}

void LibraryDock::setArticleMarks(std::function<ArticleMarks(qint64)> marks)
{
    m_delegate->setArticleMarks(std::move(marks));
    m_list->viewport()->update();
}

void LibraryDock::setArticleFilter(const std::optional<QSet<qint64>> &articles)
{
    changeFilter([&] { m_filter->setArticleFilter(articles); });
}

QWidget *LibraryDock::createFilters(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *status = new QComboBox(row);
    status->setObjectName(QStringLiteral("libraryStatusFilter"));
    status->setAccessibleName(tr("Review status filter"));
    status->addItem(tr("Any status"), -1);
    for (auto value : {ReviewStatus::New, ReviewStatus::InReview, ReviewStatus::Done})
        status->addItem(reviewStatusName(value), int(value));
    m_labelFilter = new QComboBox(row);
    m_labelFilter->setObjectName(QStringLiteral("libraryLabelFilter"));
    m_labelFilter->setAccessibleName(tr("Label filter"));
    auto *sort = new QComboBox(row);
    sort->setObjectName(QStringLiteral("librarySort"));
    sort->setAccessibleName(tr("Sort order"));
    sort->addItem(tr("Added"), QVariant::fromValue(std::pair<int, int>{-1, 0}));
    sort->addItem(tr("Headline"), QVariant::fromValue(std::pair<int, int>{LibraryModel::HeadlineColumn, int(Qt::AscendingOrder)}));
    sort->addItem(tr("Newest"), QVariant::fromValue(std::pair<int, int>{LibraryModel::PublishedColumn, int(Qt::DescendingOrder)}));
    sort->addItem(tr("Most to review"), QVariant::fromValue(std::pair<int, int>{LibraryModel::PendingColumn, int(Qt::DescendingOrder)}));
    sort->addItem(tr("Status"), QVariant::fromValue(std::pair<int, int>{LibraryModel::StatusColumn, int(Qt::AscendingOrder)}));
    // Two filters side by side, the sort order below them: at the dock's default width every
    // choice is readable; a dock made narrower shrinks the combos to a few characters.
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *sortLabel = new QLabel(tr("&Sort by:"), row);
    sortLabel->setBuddy(sort);
    layout->addWidget(status, 0, 0);
    layout->addWidget(m_labelFilter, 0, 1);
    layout->addWidget(sortLabel, 1, 0, Qt::AlignRight);
    layout->addWidget(sort, 1, 1);
    for (QComboBox *combo : {status, m_labelFilter, sort}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
    }
    connect(status, &QComboBox::currentIndexChanged, this, [this, status] {
        const int value = status->currentData().toInt();
        changeFilter([&] { m_filter->setStatusFilter(value < 0 ? std::nullopt : std::optional<ReviewStatus>(ReviewStatus(value))); });
    });
    connect(m_labelFilter, &QComboBox::currentIndexChanged, this, [this] {
        changeFilter([&] { m_filter->setLabelFilter(m_labelFilter->currentData().toString()); });
    });
    connect(sort, &QComboBox::currentIndexChanged, this, [this, sort] {
        const auto [column, order] = sort->currentData().value<std::pair<int, int>>();
        m_filter->sort(column, Qt::SortOrder(order));
    });
    return row;
}

// The filters change what the list shows, never what the reader reads: the article stays open,
// and is the current row whenever it is among the results.
void LibraryDock::changeFilter(const std::function<void()> &change)
{
    m_filtering = true;
    change();
    // Search results are taller (they show a snippet): the rows are measured again.
    m_list->doItemsLayout();
    const int row = m_currentArticle ? m_model->rowOf(m_currentArticle) : -1;
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_list->selectionModel()->clear();
    m_filtering = false;
    // An empty list says why: an empty library, or a search and filters nothing matches.
    m_emptyHint->setText(m_filter->isFiltering() && m_model->totalCount() > 0
                             ? tr("No article matches the search and filters.")
                             : tr("No articles yet.\nOpen one with File › Open (Ctrl+O)."));
    m_emptyHint->refresh();
}

void LibraryDock::selectArticle(qint64 articleId)
{
    m_currentArticle = articleId;
    while (m_model->rowOf(articleId) < 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int row = m_model->rowOf(articleId);
    // (not setCurrentIndex: under a held Ctrl, as for Ctrl+Z, it adds the row to the selection)
    if (row >= 0)
        m_list->selectionModel()->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)), QItemSelectionModel::ClearAndSelect);
}

QList<qint64> LibraryDock::selectedArticleIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        ids.append(index.data(LibraryModel::ArticleIdRole).toLongLong());
    return ids;
}

void LibraryDock::setLabelSet(const LabelSet &labels)
{
    const QString current = m_labelFilter->currentData().toString();
    const QSignalBlocker blocker(m_labelFilter);
    m_labelFilter->clear();
    m_labelFilter->addItem(tr("Any label"), QString());
    for (const Label &entry : labels.labels())
        m_labelFilter->addItem(entry.name, entry.name);
    m_labelFilter->setCurrentIndex(std::max(0, m_labelFilter->findData(current)));
}

void LibraryDock::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString LibraryDock::searchText() const
{
    return m_search->text().trimmed();
}

void LibraryDock::updateSearchMessage()
{
    const QStringList errors = m_filter->searchErrors();
    const LibraryQuery query = LibraryQuery::parse(m_search->text());
    m_saveSearch->setEnabled(!query.isEmpty() && errors.isEmpty());
    // In the error colour of the theme's background, light or dark.
    QPalette palette = m_searchMessage->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x80, 0x80) : QColor(0xbf, 0x03, 0x03));
    m_searchMessage->setPalette(palette);
    m_searchMessage->setText(errors.join(QLatin1Char('\n')));
    m_searchMessage->setVisible(!errors.isEmpty());
}

void LibraryDock::focusSearch()
{
    show();
    m_search->setFocus();
    m_search->selectAll();
}

void LibraryDock::setTeamLines(const QHash<qint64, QString> &lines)
{
    static_cast<LibraryDelegate *>(m_list->itemDelegate())->setTeamLines(lines);
    m_list->doItemsLayout(); // the rows' height depends on whether there are lines at all
    m_list->viewport()->update();
}

void LibraryDock::setFooter(QWidget *footer)
{
    // Under the article list, in its panel (the dock's widget is the splitter with the feeds).
    m_list->parentWidget()->layout()->addWidget(footer);
}

} // namespace Gazette
