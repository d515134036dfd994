// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector.h"

#include "store/annotationstore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Gazette {

namespace {
QString time(const QDateTime &value)
{
    return value.isValid() ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat) : QString();
}
QString originName(Origin origin)
{
    return origin == Origin::Auto ? Inspector::tr("Extractor") : Inspector::tr("Reader");
}
} // namespace

Inspector::Inspector(AnnotationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_note(new QPlainTextEdit(this))
    , m_saveNote(new QPushButton(tr("Save &Note"), this))
{
    setObjectName(QStringLiteral("inspector"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("inspectorNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("A note for this annotation, kept in the library and exported with it."));
    m_note->setMaximumHeight(110);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addWidget(m_saveNote, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(m_saveNote, &QPushButton::clicked, this, [this] {
        if (m_annotationId)
            Q_EMIT noteEdited(m_annotationId, m_note->toPlainText());
    });
    connect(store, &AnnotationStore::changed, this, [this](const StoreChange &change) {
        auto follow = [this](const auto &rows, qint64 shown) {
            for (const auto &row : rows) {
                const qint64 id = row.after ? row.after->id : row.before->id;
                if (!shown || id != shown)
                    continue;
                if (row.after)
                    refresh();
                else
                    clear();
                return;
            }
        };
        follow(change.annotations, m_annotationId);
        follow(change.facts, m_factId);
    });
    clear();
}

void Inspector::showAnnotation(qint64 annotationId)
{
    m_annotationId = annotationId;
    m_factId = 0;
    refresh();
}

void Inspector::showFact(qint64 factId)
{
    m_factId = factId;
    m_annotationId = 0;
    refresh();
}

void Inspector::clear()
{
    m_annotationId = 0;
    m_factId = 0;
    refresh();
}

QString Inspector::fieldText(const QString &field) const
{
    for (const auto &[name, label] : m_fields) {
        if (name == field)
            return label->text();
    }
    return {};
}

void Inspector::addField(const QString &name, const QString &value)
{
    auto *label = new QLabel(value, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(name + QLatin1Char(':'), label);
    m_fields.append({name, label});
}

void Inspector::refresh()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_note->setVisible(false);
    m_saveNote->setVisible(false);

    if (const auto a = m_annotationId ? m_store->annotation(m_annotationId) : std::nullopt) {
        m_title->setText(tr("Annotation “%1”").arg(a->quote));
        addField(tr("Label"), a->label);
        addField(tr("Status"), annotationStatusName(a->status));
        addField(tr("Offsets"), tr("%1–%2 (UTF-16)").arg(a->start).arg(a->end));
        const auto entity = a->entityId ? m_store->entity(a->entityId) : std::nullopt;
        addField(tr("Entity"), entity ? QStringLiteral("%1 (%2)").arg(entity->name, entity->label) : tr("not linked"));
        if (entity && !entity->aliases.isEmpty())
            addField(tr("Also called"), entity->aliases.join(QStringLiteral(", ")));
        addField(tr("Origin"), originName(a->origin));
        addField(tr("Rule"), a->ruleId.isEmpty() ? tr("none") : a->ruleId);
        addField(tr("Confidence"), QString::number(a->confidence, 'f', 2));
        addField(tr("Author"), a->author);
        addField(tr("Created"), time(a->created));
        addField(tr("Modified"), time(a->modified));
        if (a->orphaned)
            addField(tr("Orphaned"), tr("its text changed and it could not be placed again"));
        m_note->setPlainText(a->note);
        m_note->setVisible(true);
        m_saveNote->setVisible(true);
        return;
    }
    if (const auto f = m_factId ? m_store->fact(m_factId) : std::nullopt) {
        m_title->setText(tr("Fact: %1 %2 %3").arg(f->subjectText, f->predicate, f->objectText));
        addField(tr("Kind"), f->kind);
        addField(tr("Subject"), f->subjectText);
        addField(tr("Predicate"), f->predicate);
        addField(tr("Object"), f->objectText);
        addField(tr("Value"), f->unit.isEmpty() ? f->value : f->value + QLatin1Char(' ') + f->unit);
        addField(tr("Time"), f->time);
        addField(tr("Status"), annotationStatusName(f->status));
        addField(tr("Origin"), originName(f->origin));
        addField(tr("Rule"), f->ruleId.isEmpty() ? tr("none") : f->ruleId);
        addField(tr("Confidence"), QString::number(f->confidence, 'f', 2));
        QStringList evidence;
        for (const Evidence &e : f->evidence)
            evidence.append(QStringLiteral("“%1”").arg(e.quote));
        addField(tr("Evidence"), evidence.join(QLatin1Char('\n')));
        addField(tr("Note"), f->note);
        return;
    }
    m_title->setText(tr("Select an annotation in the article or a fact to see all its fields."));
}

} // namespace Gazette
