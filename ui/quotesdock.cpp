// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotesdock.h"

#include "models/quotemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace Gazette {

QuotesDock::QuotesDock(AnnotationStore *store, QWidget *parent)
    : QDockWidget(tr("Quotes"), parent)
    , m_model(new QuoteModel(store, this))
    , m_filter(new QuoteFilterModel(this))
{
    setObjectName(QStringLiteral("quotesDock"));
    auto *body = new QWidget(this);
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("quoteSearch"));
    m_search->setPlaceholderText(tr("Filter quotes by words…"));
    m_search->setClearButtonEnabled(true);
    m_speakers = new QComboBox(body);
    m_speakers->setObjectName(QStringLiteral("quoteSpeaker"));
    m_speakers->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_speakers->setMinimumContentsLength(18);
    m_speakers->setToolTip(tr("Only the quotes of one speaker"));
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("quoteSummary"));
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_speakers, 1);
    filters->addWidget(m_summary);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(QuoteModel::SortRole);
    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("quoteTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QuoteModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QuoteModel::QuoteColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(QuoteModel::SpeakerColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QuoteModel::DateColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(QuoteModel::ArticleColumn, 260);
    m_view->setAccessibleName(tr("Quotes in the library"));

    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    setWidget(body);
    setFocusProxy(m_view);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QuoteFilterModel::setWords);
    connect(m_search, &QLineEdit::textChanged, this, &QuotesDock::updateSummary);
    connect(m_speakers, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSpeaker(m_speakers->currentData().toString());
        updateSummary();
    });
    connect(m_model, &QuoteModel::reloaded, this, [this] {
        fillSpeakers();
        updateSummary();
    });
    const auto open = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        Q_EMIT quoteActivated(index.data(QuoteModel::ArticleIdRole).toLongLong(), index.data(QuoteModel::StartRole).toInt(),
                              index.data(QuoteModel::EndRole).toInt());
    };
    connect(m_view, &QTableView::activated, this, open);
    // Only a shown view keeps its rows current (see QuoteModel::setActive).
    connect(this, &QDockWidget::visibilityChanged, m_model, &QuoteModel::setActive);
    fillSpeakers();
    updateSummary();
}

void QuotesDock::showSpeaker(const QString &speaker)
{
    m_model->setActive(true);
    const int at = m_speakers->findData(speaker);
    m_speakers->setCurrentIndex(at < 0 ? 0 : at);
}

void QuotesDock::fillSpeakers()
{
    const QString current = m_filter->speaker();
    const QSignalBlocker blocker(m_speakers);
    m_speakers->clear();
    m_speakers->addItem(tr("All speakers"), QString());
    for (const auto &[speaker, count] : m_model->speakers())
        m_speakers->addItem(tr("%1 (%n)", nullptr, count).arg(speaker), speaker);
    const int at = m_speakers->findData(current);
    m_speakers->setCurrentIndex(at < 0 ? 0 : at);
    if (at < 0)
        m_filter->setSpeaker(QString());
}

void QuotesDock::updateSummary()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    const QString total = all == 1 ? tr("1 quote") : tr("%n quotes", nullptr, all);
    m_summary->setText(shown == all ? total : tr("%1 of %2").arg(shown).arg(total));
}

} // namespace Gazette
