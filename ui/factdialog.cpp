// SPDX-License-Identifier: GPL-3.0-or-later
#include "factdialog.h"

#include "schema/labelset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Gazette {

FactDialog::FactDialog(const Fact &fact, const QString &evidenceText, QWidget *parent)
    : QDialog(parent)
    , m_fact(fact)
    , m_kind(new QComboBox(this))
    , m_subject(new QLineEdit(fact.subjectText, this))
    , m_predicate(new QLineEdit(fact.predicate, this))
    , m_object(new QLineEdit(fact.objectText, this))
    , m_value(new QLineEdit(fact.value, this))
    , m_unit(new QLineEdit(fact.unit, this))
    , m_time(new QLineEdit(fact.time, this))
    , m_status(new QComboBox(this))
    , m_evidence(new QLabel(this))
{
    setObjectName(QStringLiteral("factDialog"));
    setWindowTitle(fact.id > 0 ? tr("Edit Fact") : tr("Add Fact"));
    m_kind->setEditable(true);
    for (const QString &id : factKinds())
        m_kind->addItem(factKindName(id), id);
    m_kind->setCurrentText(factKindName(fact.kind.isEmpty() ? QStringLiteral("other") : fact.kind));
    for (auto status : {AnnotationStatus::Suggested, AnnotationStatus::Accepted, AnnotationStatus::Rejected})
        m_status->addItem(annotationStatusName(status), int(status));
    m_status->setCurrentIndex(int(fact.status));
    m_predicate->setPlaceholderText(tr("e.g. partners with, market share, rose"));
    m_value->setPlaceholderText(tr("normalised, e.g. 16"));
    m_unit->setPlaceholderText(tr("e.g. %, USD"));
    m_time->setPlaceholderText(tr("ISO 8601, e.g. 2023 or 2025-02-13"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText);
    m_evidence->setText(evidenceText.isEmpty() ? tr("(none: select the supporting text in the article before adding)") : evidenceText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Predicate:"), m_predicate);
    form->addRow(tr("&Object or value:"), m_object);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("Evidence:"), m_evidence);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_predicate, &QLineEdit::textChanged, this, &FactDialog::validate);
    connect(m_kind, &QComboBox::currentTextChanged, this, &FactDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

void FactDialog::validate()
{
    auto *ok = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_predicate->text().trimmed().isEmpty() && !m_kind->currentText().trimmed().isEmpty());
}

Fact FactDialog::fact() const
{
    Fact fact = m_fact;
    fact.kind = factKindFromName(m_kind->currentText().trimmed());
    if (fact.subjectText != m_subject->text().trimmed())
        fact.subjectEntityId = 0;
    fact.subjectText = m_subject->text().trimmed();
    fact.predicate = m_predicate->text().trimmed();
    if (fact.objectText != m_object->text().trimmed())
        fact.objectEntityId = 0;
    fact.objectText = m_object->text().trimmed();
    fact.value = m_value->text().trimmed();
    fact.unit = m_unit->text().trimmed();
    fact.time = m_time->text().trimmed();
    fact.status = AnnotationStatus(m_status->currentData().toInt());
    return fact;
}

} // namespace Gazette
