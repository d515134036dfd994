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

FactDialog::FactDialog(const Fact &fact, const FactContext &context, const QString &evidenceText, QWidget *parent)
    : QDialog(parent)
    , m_fact(fact)
    , m_context(context)
    , m_kind(new QComboBox(this))
    , m_subject(new EntityPicker(m_context, this))
    , m_predicate(new QLineEdit(fact.predicate, this))
    , m_object(new EntityPicker(m_context, this))
    , m_value(new QLineEdit(fact.value, this))
    , m_unit(new QLineEdit(fact.unit, this))
    , m_time(new QLineEdit(fact.time, this))
    , m_status(new QComboBox(this))
    , m_evidence(new QLabel(this))
{
    setObjectName(QStringLiteral("factDialog"));
    setWindowTitle(fact.id > 0 ? tr("Edit Fact") : tr("Add Fact"));
    m_kind->setObjectName(QStringLiteral("factKind"));
    m_kind->setEditable(true);
    for (const QString &id : factKinds())
        m_kind->addItem(factKindName(id), id);
    m_kind->setCurrentText(factKindName(fact.kind.isEmpty() ? QStringLiteral("other") : fact.kind));
    m_subject->setObjectName(QStringLiteral("factSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setRequired(true);
    m_object->setObjectName(QStringLiteral("factObject"));
    m_object->setAccessibleName(tr("Object or value"));
    m_predicate->setObjectName(QStringLiteral("factPredicate"));
    m_subject->setCurrent(fact.subjectEntityId, fact.subjectText);
    m_object->setCurrent(fact.objectEntityId, fact.objectText);
    kindChanged();
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
    // A label's mnemonic focuses its buddy only when that takes focus itself: the picker's list.
    for (EntityPicker *picker : {m_subject, m_object}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(picker)))
            label->setBuddy(picker->comboBox());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_predicate, &QLineEdit::textChanged, this, &FactDialog::validate);
    connect(m_kind, &QComboBox::currentTextChanged, this, &FactDialog::kindChanged);
    for (EntityPicker *picker : {m_subject, m_object}) {
        connect(picker, &EntityPicker::changed, this, &FactDialog::validate);
        // A message under a field may take more lines than the dialog has room for: it grows,
        // once the label has its new text laid out.
        connect(picker, &EntityPicker::changed, this, [this] { QMetaObject::invokeMethod(this, &FactDialog::fitHeight, Qt::QueuedConnection); });
    }
    validate();
    resize(520, sizeHint().height());
}

void FactDialog::fitHeight()
{
    QLayout *box = layout();
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

bool FactDialog::takesValue(const QString &kind)
{
    return kind == QLatin1String("statistic") || kind == QLatin1String("quote") || kind == QLatin1String("statement");
}

void FactDialog::kindChanged()
{
    const QString kind = factKindFromName(m_kind->currentText().trimmed());
    m_object->setValuesAllowed(takesValue(kind));
    // Who says or holds a role is a person; who partners, deals, launches or competes mostly an organisation.
    const bool person = kind == QLatin1String("quote") || kind == QLatin1String("statement") || kind == QLatin1String("role");
    m_subject->setDefaultLabel(person ? QStringLiteral("PERSON") : QStringLiteral("ORG"));
    m_object->setDefaultLabel(kind == QLatin1String("launch") ? QStringLiteral("PRODUCT") : QStringLiteral("ORG"));
    validate();
}

void FactDialog::validate()
{
    auto *buttons = findChild<QDialogButtonBox *>();
    if (!buttons)
        return; // still being built
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_predicate->text().trimmed().isEmpty() && !m_kind->currentText().trimmed().isEmpty()
                                                      && m_subject->isAcceptable() && m_object->isAcceptable());
}

Fact FactDialog::fact() const
{
    Fact fact = m_fact;
    fact.kind = factKindFromName(m_kind->currentText().trimmed());
    // The words as written stay while the fact names the same entity ("Tsai" for Joe Tsai).
    auto take = [](const EntityPicker *picker, qint64 &entityId, QString &text) {
        const qint64 picked = picker->entityId();
        if (picker->state() != EntityPicker::State::Entity || picked != entityId || text.isEmpty())
            text = picker->text();
        entityId = picked;
    };
    take(m_subject, fact.subjectEntityId, fact.subjectText);
    take(m_object, fact.objectEntityId, fact.objectText);
    fact.predicate = m_predicate->text().trimmed();
    fact.value = m_value->text().trimmed();
    fact.unit = m_unit->text().trimmed();
    fact.time = m_time->text().trimmed();
    fact.status = AnnotationStatus(m_status->currentData().toInt());
    return fact;
}

FactMentions FactDialog::mentions() const
{
    return {m_subject->newMention(), m_object->newMention()};
}

} // namespace Gazette
