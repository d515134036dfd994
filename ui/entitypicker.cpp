// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypicker.h"

#include "document/wordboundary.h"
#include "labelcolours.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Gazette {

const EntityChoice *FactContext::entity(qint64 id) const
{
    for (const EntityChoice &choice : entities) {
        if (choice.id == id)
            return &choice;
    }
    return nullptr;
}

namespace {

constexpr int DetailRole = Qt::UserRole + 3;

// A row of the list: swatch, name, and on the right its label and mentions in a quieter colour.
class EntityItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        const QString detail = index.data(DetailRole).toString();
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        const int detailWidth = detail.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(detail) + opt.fontMetrics.averageCharWidth() * 3;
        const QRect nameRect = textRect.adjusted(0, 0, -detailWidth, 0);
        painter->setPen(opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft, opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
        if (!detail.isEmpty()) {
            QColor quiet = opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
            painter->setPen(quiet);
            painter->drawText(textRect.adjusted(0, 0, -opt.fontMetrics.averageCharWidth(), 0), Qt::AlignVCenter | Qt::AlignRight, detail);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QString detail = index.data(DetailRole).toString();
        if (!detail.isEmpty())
            size.rwidth() += option.fontMetrics.horizontalAdvance(detail) + option.fontMetrics.averageCharWidth() * 3;
        return size;
    }
};

// Names compare as the reader reads them: spaces and case aside.
bool sameName(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

} // namespace

EntityPicker::EntityPicker(const FactContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_combo(new QComboBox(this))
    , m_model(new QStandardItemModel(this))
    , m_icon(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_labelBox(new QComboBox(this))
{
    static_assert(DetailRole == int(EntityPicker::DetailRole));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setModel(m_model);
    m_combo->setItemDelegate(new EntityItemDelegate(m_combo));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_combo->lineEdit()->setPlaceholderText(tr("Type to find an entity of the article"));
    auto *completer = new QCompleter(m_model, m_combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    m_combo->setCompleter(completer);
    completer->popup()->setItemDelegate(new EntityItemDelegate(completer->popup()));
    fill();
    m_combo->setCurrentIndex(-1); // an editable list takes its first item: the field starts empty

    m_icon->setFixedSize(16, 16);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setObjectName(QStringLiteral("pickerHint"));
    m_labelBox->setObjectName(QStringLiteral("newEntityLabel"));
    m_labelBox->setAccessibleName(tr("Label of the new entity"));
    for (const LabelChoice &label : context.labels)
        m_labelBox->addItem(LabelColours::swatch(label.colour), label.name, label.name);
    m_labelBox->hide();
    m_hint->setBuddy(m_labelBox);

    auto *hintRow = new QHBoxLayout;
    m_hintRow = hintRow;
    hintRow->setContentsMargins(0, 0, 0, 0);
    hintRow->addWidget(m_icon, 0, Qt::AlignTop);
    hintRow->addWidget(m_hint, 1);
    hintRow->addWidget(m_labelBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addLayout(hintRow);
    setFocusProxy(m_combo);

    // Picked from the list or the completion: that entity, even where names repeat.
    connect(m_combo, &QComboBox::activated, this, [this](int row) {
        m_chosenId = m_model->item(row)->data(IdRole).toLongLong();
        evaluate();
    });
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        m_chosenId = index.data(IdRole).toLongLong();
        evaluate();
    });
    connect(m_combo, &QComboBox::currentTextChanged, this, &EntityPicker::evaluate);
    connect(m_labelBox, &QComboBox::currentIndexChanged, this, &EntityPicker::evaluate);
    evaluate();
}

void EntityPicker::fill()
{
    // The selection first, when it is no entity yet: the quickest way to make it one.
    const QString selected = m_context.selectedText().simplified();
    // A name is a few words on one line, not a sentence.
    bool selectionIsEntity = selected.isEmpty() || selected.size() > 48 || selected.count(QLatin1Char(' ')) > 5
        || m_context.selectedText().contains(QLatin1Char('\n'));
    for (const EntityChoice &choice : m_context.entities) {
        selectionIsEntity = selectionIsEntity || sameName(choice.name, selected)
            || std::any_of(choice.aliases.cbegin(), choice.aliases.cend(), [&](const QString &alias) { return sameName(alias, selected); });
    }
    if (!selectionIsEntity) {
        auto *item = new QStandardItem(selected);
        item->setData(0, IdRole);
        item->setData(tr("selected text: new entity"), DetailRole);
        item->setToolTip(tr("Mark the selected text as a new entity"));
        m_model->appendRow(item);
    }
    for (const EntityChoice &choice : m_context.entities) {
        auto *item = new QStandardItem(LabelColours::swatch(choice.colour), choice.name);
        item->setData(choice.id, IdRole);
        item->setData(choice.label, LabelRole);
        item->setData(tr("%1 · %2×").arg(choice.label).arg(choice.mentions), DetailRole);
        item->setToolTip(choice.aliases.isEmpty() ? tr("%1, mentioned %2×").arg(choice.label).arg(choice.mentions)
                                                  : tr("%1, mentioned %2×, also: %3").arg(choice.label).arg(choice.mentions).arg(choice.aliases.join(tr(", "))));
        m_model->appendRow(item);
    }
}

void EntityPicker::setCurrent(qint64 entityId, const QString &text)
{
    const EntityChoice *choice = entityId > 0 ? m_context.entity(entityId) : nullptr;
    m_chosenId = choice ? entityId : 0;
    const QSignalBlocker blocker(m_combo);
    // The entity's row, so that the field shows its colour as when it was picked.
    m_combo->setCurrentIndex(choice ? m_combo->findData(entityId, IdRole) : -1);
    m_combo->setEditText(choice ? choice->name : text);
    evaluate();
}

void EntityPicker::setRequired(bool required)
{
    m_required = required;
    evaluate();
}

void EntityPicker::setValuesAllowed(bool allowed)
{
    m_valuesAllowed = allowed;
    evaluate();
}

void EntityPicker::setDefaultLabel(const QString &label)
{
    const int index = m_labelBox->findData(label);
    if (index >= 0 && m_state != State::NewEntity)
        m_labelBox->setCurrentIndex(index);
}

bool EntityPicker::isAcceptable() const
{
    switch (m_state) {
    case State::Empty:
        return !m_required;
    case State::Entity:
    case State::NewEntity:
    case State::Value:
        return true;
    case State::Unknown:
        break;
    }
    return false;
}

QString EntityPicker::text() const
{
    if (m_state == State::Entity) {
        if (const EntityChoice *choice = m_context.entity(m_entityId))
            return choice->name;
    }
    if (m_state == State::NewEntity)
        return m_context.text.mid(m_newRange.first, m_newRange.second - m_newRange.first).simplified();
    return m_combo->currentText().simplified();
}

std::optional<NewMention> EntityPicker::newMention() const
{
    if (m_state != State::NewEntity)
        return std::nullopt;
    return NewMention{m_newRange.first, m_newRange.second, m_labelBox->currentData().toString()};
}

QString EntityPicker::message() const
{
    return m_hint->text();
}

std::optional<std::pair<int, int>> EntityPicker::findInText(const QString &name) const
{
    const QString &text = m_context.text;
    const QString selected = m_context.selectedText();
    if (sameName(selected, name))
        return std::pair{m_context.selectionStart, m_context.selectionEnd};
    std::optional<std::pair<int, int>> first;
    for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0; at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        const int start = int(at);
        const int end = start + int(name.size());
        if (!WordBoundary::isWholeWord(text, start, end))
            continue;
        if (start >= m_context.selectionStart && end <= m_context.selectionEnd)
            return std::pair{start, end};
        if (!first)
            first = std::pair{start, end};
    }
    return first;
}

void EntityPicker::evaluate()
{
    const QString typed = m_combo->currentText().simplified();
    m_entityId = 0;
    auto byName = [&typed](const EntityChoice &choice) {
        return sameName(choice.name, typed)
            || std::any_of(choice.aliases.cbegin(), choice.aliases.cend(), [&](const QString &alias) { return sameName(alias, typed); });
    };
    const EntityChoice *chosen = m_context.entity(m_chosenId);
    if (chosen && !sameName(chosen->name, typed))
        chosen = nullptr; // typed over it
    if (!chosen && !typed.isEmpty()) {
        const auto found = std::find_if(m_context.entities.cbegin(), m_context.entities.cend(), byName);
        if (found != m_context.entities.cend())
            chosen = &*found;
    }
    const std::optional<std::pair<int, int>> inText = chosen || typed.isEmpty() ? std::nullopt : findInText(typed);
    if (typed.isEmpty()) {
        m_state = State::Empty;
        showHint({}, m_required ? tr("Choose one of the article's entities.") : tr("Optional."), false);
    } else if (chosen) {
        m_state = State::Entity;
        m_entityId = chosen->id;
        showHint(LabelColours::swatch(chosen->colour), tr("%1, mentioned %2×").arg(chosen->label).arg(chosen->mentions), false);
    } else if (m_valuesAllowed) {
        m_state = State::Value;
        showHint({}, tr("A value, not an entity."), false);
    } else if (inText) {
        m_state = State::NewEntity;
        m_newRange = *inText;
        const QString name = m_context.text.mid(inText->first, inText->second - inText->first);
        showHint(LabelColours::swatch(m_context.labels.value(m_labelBox->currentIndex()).colour),
                 tr("New entity, marked in the text as"), true);
        m_hint->setToolTip(tr("“%1” becomes an entity with the fact: its words in the article are labelled as you choose here.").arg(name.simplified()));
    } else {
        m_state = State::Unknown;
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        showHint(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size),
                 tr("“%1” is no entity of this article and does not occur in its text. Choose an entity from the list, "
                    "or select the name in the article first.").arg(typed),
                 false);
    }
    Q_EMIT changed();
}

void EntityPicker::showHint(const QIcon &icon, const QString &text, bool offerLabel)
{
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(14, 14));
    m_hint->setText(text);
    m_labelBox->setVisible(offerLabel);
    // The row's cached height for its width belongs to the old text (a nested layout keeps it).
    m_hintRow->invalidate();
    layout()->invalidate();
    QPalette palette = m_hint->palette();
    const bool problem = m_state == State::Unknown || m_state == State::NewEntity; // something to read and act on
    if (m_state != State::NewEntity)
        m_hint->setToolTip(QString());
    palette.setColor(QPalette::WindowText, QWidget::palette().color(problem ? QPalette::WindowText : QPalette::PlaceholderText));
    m_hint->setPalette(palette);
}

} // namespace Gazette
