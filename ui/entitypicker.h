// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edits.h"

#include <QColor>
#include <QWidget>

class QComboBox;
class QLayout;
class QLabel;
class QStandardItemModel;

namespace Gazette {

// One entity of the article as the fact editor offers it.
struct EntityChoice
{
    qint64 id = 0;
    QString name;
    QString label;
    QStringList aliases;
    int mentions = 0;
    QColor colour;
};

// A label a new entity can take, with its colour.
struct LabelChoice
{
    QString name;
    QColor colour;
};

// What the fact editor picks from: the article's entities (most mentioned first), its text
// (to find a typed name in) and the reader's selection (offered as a new entity).
struct FactContext
{
    QList<EntityChoice> entities;
    QList<LabelChoice> labels;
    QString text;
    int selectionStart = 0;
    int selectionEnd = 0;

    const EntityChoice *entity(qint64 id) const;
    QString selectedText() const { return text.mid(selectionStart, selectionEnd - selectionStart); }
};

// The subject or object of a fact: an editable list of the article's entities (name, label in
// its colour, mentions; type to filter, arrows and Enter to choose). A name that is no entity
// yet but stands in the text (the selection first) becomes one with a label the reader picks
// below it; other text is refused with a message under the field, except where the fact's
// object may be a value ("16%", the words of a quote).
class EntityPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPicker)

public:
    enum class State { Empty, Entity, NewEntity, Value, Unknown };

    EntityPicker(const FactContext &context, QWidget *parent = nullptr);

    // The fact's entity (or its text, when it names none) to start from.
    void setCurrent(qint64 entityId, const QString &text);
    // An empty field is refused (the subject) or fine (the object).
    void setRequired(bool required);
    // Text that names no entity is a value (the object of a statistic, a quote, a statement).
    void setValuesAllowed(bool allowed);
    // The label a new entity starts with.
    void setDefaultLabel(const QString &label);

    State state() const { return m_state; }
    bool isAcceptable() const;
    qint64 entityId() const { return m_state == State::Entity ? m_entityId : 0; }
    // The entity's name, the value, or the new name as in the text.
    QString text() const;
    std::optional<NewMention> newMention() const;

    QComboBox *comboBox() const { return m_combo; }
    QComboBox *labelBox() const { return m_labelBox; }
    QString message() const;

Q_SIGNALS:
    void changed();

private:
    enum Roles { IdRole = Qt::UserRole + 1, LabelRole, DetailRole };
    void fill();
    void evaluate();
    void showHint(const QIcon &icon, const QString &text, bool offerLabel);
    // Where the typed name stands in the text: in the selection first, else its first
    // occurrence as whole words; nothing when it is not there.
    std::optional<std::pair<int, int>> findInText(const QString &name) const;

    const FactContext &m_context;
    QComboBox *m_combo;
    QStandardItemModel *m_model;
    QLabel *m_icon;
    QLabel *m_hint;
    QLayout *m_hintRow = nullptr;
    QComboBox *m_labelBox;
    bool m_required = false;
    bool m_valuesAllowed = false;
    State m_state = State::Empty;
    qint64 m_chosenId = 0; // what the reader picked from the list (names may repeat)
    qint64 m_entityId = 0;
    std::pair<int, int> m_newRange{0, 0};
};

} // namespace Gazette
