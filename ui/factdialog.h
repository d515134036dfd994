// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "entitypicker.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace Gazette {

// The form to add or edit a fact: kind, subject, predicate, object or value, unit, time,
// status, and the evidence it keeps. Subject and object are entities of the article, chosen
// with an EntityPicker; a name the reader marks there becomes an entity together with the fact.
class FactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactDialog)

public:
    FactDialog(const Fact &fact, const FactContext &context, const QString &evidenceText, QWidget *parent = nullptr);

    Fact fact() const;
    // The names to mark as new entities with the fact.
    FactMentions mentions() const;

    EntityPicker *subjectPicker() const { return m_subject; }
    EntityPicker *objectPicker() const { return m_object; }
    // Kinds whose object may be a value rather than an entity.
    static bool takesValue(const QString &kind);

private:
    void kindChanged();
    void validate();
    void fitHeight();

    Fact m_fact;
    FactContext m_context;
    QComboBox *m_kind;
    EntityPicker *m_subject;
    QLineEdit *m_predicate;
    EntityPicker *m_object;
    QLineEdit *m_value;
    QLineEdit *m_unit;
    QLineEdit *m_time;
    QComboBox *m_status;
    QLabel *m_evidence;
};

} // namespace Gazette
