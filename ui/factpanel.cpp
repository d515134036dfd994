// SPDX-License-Identifier: GPL-3.0-or-later
#include "factpanel.h"

#include "flowrow.h"

#include "emptystatehint.h"
#include "factdialog.h"
#include "library/librarysession.h"
#include "models/factmodel.h"
#include "schema/labelset.h"

#include <QComboBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gazette {

FactPanel::FactPanel(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new FactModel(session->store(), this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("factPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_model->setEditing(session->undoStack(), session->edits());
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(FactModel::KindColumn);
    m_filter->setFilterRole(FactModel::KindRole);

    m_view->setObjectName(QStringLiteral("factView"));
    m_view->setAccessibleName(tr("Facts in the article"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    new EmptyStateHint(m_view, tr("No facts in this article yet.\nSelect the supporting text and choose Add."));
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const int start = index.data(FactModel::EvidenceStartRole).toInt();
        const int end = index.data(FactModel::EvidenceEndRole).toInt();
        if (start >= 0 && end > start)
            Q_EMIT evidenceActivated(start, end);
        Q_EMIT factActivated(index.data(FactModel::FactIdRole).toLongLong());
    });
    layout->addWidget(m_view, 1);
    layout->addWidget(createButtons());
    setFocusProxy(m_view);
}

QWidget *FactPanel::createButtons()
{
    auto *row = new FlowRow(this);
    auto *kind = new QComboBox(row);
    kind->setObjectName(QStringLiteral("factKindFilter"));
    kind->setAccessibleName(tr("Fact kind filter"));
    kind->addItem(tr("All kinds"), QString());
    for (const QString &id : factKinds())
        kind->addItem(factKindName(id), id);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        const QString value = kind->currentData().toString();
        m_filter->setFilterRegularExpression(value.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(value)));
    });
    auto *add = new QToolButton(row);
    add->setText(tr("Add…"));
    add->setToolTip(tr("Add a fact, with the selected text as its evidence"));
    auto *edit = new QToolButton(row);
    edit->setText(tr("Edit…"));
    auto *remove = new QToolButton(row);
    remove->setText(tr("Delete"));
    connect(add, &QToolButton::clicked, this, &FactPanel::addFact);
    connect(edit, &QToolButton::clicked, this, &FactPanel::editFact);
    connect(remove, &QToolButton::clicked, this, &FactPanel::deleteFact);
    row->addWidget(kind, true);
    row->addWidget(add);
    row->addWidget(edit);
    row->addWidget(remove);
    return row;
}

void FactPanel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_model->setArticle(articleId);
}

void FactPanel::push(bool pushed)
{
    if (!pushed)
        Q_EMIT message(m_session->errorString());
}

void FactPanel::addFact()
{
    if (m_articleId == 0)
        return;
    const Selection selection = m_selection ? m_selection() : Selection{};
    Fact fact;
    fact.articleId = m_articleId;
    fact.kind = QStringLiteral("other");
    fact.origin = Origin::Manual;
    fact.status = AnnotationStatus::Accepted;
    if (selection.end > selection.start)
        fact.evidence = {{selection.start, selection.end, {}, {}, {}, false}};
    FactDialog dialog(fact, selection.text, this);
    if (dialog.exec() == QDialog::Accepted)
        push(m_session->push(m_session->edits()->addFact(dialog.fact())));
}

void FactPanel::editFact()
{
    const QModelIndex index = m_view->currentIndex();
    const auto fact = index.isValid() ? m_session->store()->fact(index.data(FactModel::FactIdRole).toLongLong()) : std::nullopt;
    if (!fact)
        return;
    QStringList evidence;
    for (const Evidence &e : fact->evidence)
        evidence.append(e.quote);
    FactDialog dialog(*fact, evidence.join(QStringLiteral(" … ")), this);
    if (dialog.exec() == QDialog::Accepted)
        push(m_session->push(m_session->edits()->editFact(dialog.fact())));
}

void FactPanel::deleteFact()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        push(m_session->push(m_session->edits()->removeFact(index.data(FactModel::FactIdRole).toLongLong())));
}

} // namespace Gazette
