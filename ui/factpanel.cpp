// SPDX-License-Identifier: GPL-3.0-or-later
#include "factpanel.h"

#include "flowrow.h"

#include "document/wordboundary.h"
#include "emptystatehint.h"
#include "factdialog.h"
#include "library/librarysession.h"
#include "models/factmodel.h"
#include "schema/labelset.h"

#include <QComboBox>
#include <QPointer>
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
    // The words of a fact get the room: the object (a quote, a value) stretches, the subject and
    // verb keep a readable width, the short columns fit their contents.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FactModel::ObjectColumn, QHeaderView::Stretch);
    for (int column : {FactModel::KindColumn, FactModel::TimeColumn, FactModel::StatusColumn, FactModel::ConfidenceColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(FactModel::SubjectColumn, header->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 9);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    // (Qt's first sort is descending: kinds from Z to A under an arrow that says otherwise)
    m_view->sortByColumn(FactModel::KindColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Subject and object are entities: they are chosen in the fact editor, not typed in a cell.
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == FactModel::SubjectColumn || index.column() == FactModel::ObjectColumn)
            editFact(index.column());
    });
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
    connect(edit, &QToolButton::clicked, this, [this] { editFact(); });
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

FactContext FactPanel::context(const Fact &fact, const Selection &selection) const
{
    FactContext context;
    const AnnotationStore *store = m_session->store();
    context.text = store->article(m_articleId).value_or(Article{}).text;
    // A name is whole words, as when labelling with a key, also where the mouse stopped short.
    const int start = std::clamp(selection.start, 0, int(context.text.size()));
    const int end = std::clamp(selection.end, start, int(context.text.size()));
    if (end > start)
        std::tie(context.selectionStart, context.selectionEnd) = WordBoundary::snap(context.text, start, end);
    const LabelSet labels = m_labels ? m_labels() : LabelSet::ontoNotes();
    auto colour = [this](const QString &label) { return m_colour ? m_colour(label) : QColor(Qt::gray); };
    for (const Label &label : labels.labels()) {
        if (label.name != LabelSet::quoteLabel())
            context.labels.append({label.name, colour(label.name)});
    }
    QHash<qint64, int> mentions;
    for (const Annotation &a : store->annotations(m_articleId)) {
        if (a.entityId > 0 && a.status != AnnotationStatus::Rejected && a.label != LabelSet::quoteLabel())
            ++mentions[a.entityId];
    }
    for (const Entity &entity : store->entitiesOfArticle(m_articleId)) {
        if (mentions.contains(entity.id) || entity.id == fact.subjectEntityId || entity.id == fact.objectEntityId)
            context.entities.append({entity.id, entity.name, entity.label, entity.aliases, mentions.value(entity.id), colour(entity.label)});
    }
    for (qint64 id : {fact.subjectEntityId, fact.objectEntityId}) {
        if (id > 0 && !context.entity(id)) {
            if (const auto entity = store->entity(id)) // linked from elsewhere, no mention left here
                context.entities.append({entity->id, entity->name, entity->label, entity->aliases, 0, colour(entity->label)});
        }
    }
    std::stable_sort(context.entities.begin(), context.entities.end(), [](const EntityChoice &a, const EntityChoice &b) {
        return a.mentions != b.mentions ? a.mentions > b.mentions : a.name.localeAwareCompare(b.name) < 0;
    });
    return context;
}

void FactPanel::addFact()
{
    if (m_articleId == 0 || m_dialog)
        return;
    const Selection selection = m_selection ? m_selection() : Selection{};
    Fact fact;
    fact.articleId = m_articleId;
    fact.kind = QStringLiteral("other");
    fact.origin = Origin::Manual;
    fact.status = AnnotationStatus::Accepted;
    if (selection.end > selection.start)
        fact.evidence = {{selection.start, selection.end, {}, {}, {}, false}};
    QPointer<FactDialog> dialog = new FactDialog(fact, context(fact, selection), selection.text, this);
    m_dialog = dialog;
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (dialog && accepted)
        push(m_session->push(m_session->edits()->addFact(dialog->fact(), dialog->mentions())));
    delete dialog;
    m_dialog = nullptr;
}

void FactPanel::editFact(int focusColumn)
{
    const QModelIndex index = m_view->currentIndex();
    const auto fact = index.isValid() ? m_session->store()->fact(index.data(FactModel::FactIdRole).toLongLong()) : std::nullopt;
    if (!fact || m_dialog)
        return;
    QStringList evidence;
    for (const Evidence &e : fact->evidence)
        evidence.append(e.quote);
    // A selection in the article can become the subject or object; the fact keeps its evidence.
    const Selection selection = m_selection ? m_selection() : Selection{};
    QPointer<FactDialog> dialog = new FactDialog(*fact, context(*fact, selection), evidence.join(QStringLiteral(" … ")), this);
    m_dialog = dialog;
    if (focusColumn == FactModel::SubjectColumn)
        dialog->subjectPicker()->setFocus();
    else if (focusColumn == FactModel::ObjectColumn)
        dialog->objectPicker()->setFocus();
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (dialog && accepted)
        push(m_session->push(m_session->edits()->editFact(dialog->fact(), dialog->mentions())));
    delete dialog;
    m_dialog = nullptr;
}

void FactPanel::deleteFact()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        push(m_session->push(m_session->edits()->removeFact(index.data(FactModel::FactIdRole).toLongLong())));
}

} // namespace Gazette
