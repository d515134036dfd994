// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace Gazette {

// The form to add or edit a fact: kind, subject, predicate, object or value, unit, time,
// status, and the evidence it keeps.
class FactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactDialog)

public:
    FactDialog(const Fact &fact, const QString &evidenceText, QWidget *parent = nullptr);
    Fact fact() const;

private:
    void validate();

    Fact m_fact;
    QComboBox *m_kind;
    QLineEdit *m_subject;
    QLineEdit *m_predicate;
    QLineEdit *m_object;
    QLineEdit *m_value;
    QLineEdit *m_unit;
    QLineEdit *m_time;
    QComboBox *m_status;
    QLabel *m_evidence;
};

} // namespace Gazette
