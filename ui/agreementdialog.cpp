// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementdialog.h"

#include "store/annotationstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace Gazette {

namespace {

enum Column { LabelColumn, KappaColumn, F1Column, SpansColumn, AlphaColumn, ColumnCount };

QString figure(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QString::number(value, 'f', 3);
}

} // namespace

AgreementDialog::AgreementDialog(const AnnotationStore *store, qint64 articleId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_articleId(articleId)
    , m_scope(new QComboBox(this))
    , m_pair(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("Agreement"));
    m_scope->setObjectName(QStringLiteral("agreementScope"));
    m_scope->addItem(tr("This article"));
    m_scope->addItem(tr("Whole library"));
    m_scope->setCurrentIndex(articleId ? 0 : 1);
    m_scope->setEnabled(articleId != 0); // without an article being read, the whole library
    m_pair->setObjectName(QStringLiteral("agreementPair"));
    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Cohen's κ"), tr("Span F1"), tr("Spans"), tr("Krippendorff's α")});
    m_table->horizontalHeaderItem(KappaColumn)->setToolTip(tr("Cohen's kappa of the two annotators on tokens"));
    m_table->horizontalHeaderItem(F1Column)->setToolTip(tr("F1 of spans with the same start, end and label"));
    m_table->horizontalHeaderItem(SpansColumn)->setToolTip(tr("Spans of the first and the second annotator"));
    m_table->horizontalHeaderItem(AlphaColumn)->setToolTip(tr("Krippendorff's alpha of all annotators on tokens"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);

    auto *form = new QFormLayout;
    form->addRow(tr("&Articles:"), m_scope);
    form->addRow(tr("&Annotators:"), m_pair);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 600);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &AgreementDialog::compute);
    connect(m_pair, &QComboBox::currentIndexChanged, this, &AgreementDialog::fillTable);
    compute();
}

void AgreementDialog::setScope(int scope)
{
    m_scope->setCurrentIndex(scope);
}

void AgreementDialog::setPair(int pair)
{
    m_pair->setCurrentIndex(pair);
}

void AgreementDialog::compute()
{
    QList<qint64> ids;
    if (m_scope->currentIndex() == 0 && m_articleId) {
        ids.append(m_articleId);
    } else {
        for (const ArticleSummary &summary : m_store->articleSummaries(0, INT_MAX))
            ids.append(summary.id);
    }
    QList<Agreement::Document> documents;
    for (qint64 id : std::as_const(ids)) {
        if (const auto article = m_store->article(id))
            documents.append(Agreement::document(article->text, m_store->annotations(id)));
    }
    m_report = Agreement::compute(documents);
    {
        const QSignalBlocker blocker(m_pair);
        m_pair->clear();
        for (const Agreement::Pair &pair : std::as_const(m_report.pairs))
            m_pair->addItem(tr("%1 and %2").arg(pair.first, pair.second));
        m_pair->setEnabled(m_report.pairs.size() > 1);
    }
    if (m_report.annotators.size() < 2)
        m_summary->setText(tr("Agreement needs two annotators; these articles have %n.", nullptr, int(m_report.annotators.size())));
    else
        m_summary->setText(tr("%n article(s), %1 tokens; annotators: %2.", nullptr, int(ids.size()))
                               .arg(m_report.tokens)
                               .arg(m_report.annotators.join(QStringLiteral(", "))));
    fillTable();
}

void AgreementDialog::fillTable()
{
    const int index = m_pair->currentIndex();
    const Agreement::Pair *pair = index >= 0 && index < m_report.pairs.size() ? &m_report.pairs.at(index) : nullptr;
    QStringList labels = m_report.alphaByLabel.keys();
    if (pair) {
        for (const QString &label : pair->byLabel.keys()) {
            if (!labels.contains(label))
                labels.append(label);
        }
    }
    labels.sort();
    m_table->setRowCount(m_report.annotators.size() < 2 ? 0 : int(labels.size()) + 1);
    if (m_report.annotators.size() < 2)
        return;
    auto setRow = [this](int row, const QString &label, const Agreement::Scores *scores, double alpha, bool overall) {
        const QStringList cells = {label,
                                   scores ? figure(scores->kappa) : QStringLiteral("–"),
                                   scores ? figure(scores->f1) : QStringLiteral("–"),
                                   scores ? QStringLiteral("%1 / %2").arg(scores->spansA).arg(scores->spansB) : QStringLiteral("–"),
                                   figure(alpha)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != LabelColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (overall) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    };
    setRow(0, tr("Overall"), pair ? &pair->overall : nullptr, m_report.alpha, true);
    for (int row = 0; row < labels.size(); ++row) {
        const QString &label = labels.at(row);
        const Agreement::Scores *scores = pair && pair->byLabel.contains(label) ? &pair->byLabel.find(label).value() : nullptr;
        setRow(row + 1, label, scores, m_report.alphaByLabel.value(label, std::nan("")), false);
    }
}

} // namespace Gazette
