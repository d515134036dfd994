// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "labelcolours.h"

#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gazette {

namespace {
enum Column { NameColumn, DisplayColumn, KeyColumn, ColourColumn, ColumnCount };

QComboBox *keyBox(QChar key, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(SettingsDialog::tr("none"), QString());
    for (char c = '1'; c <= '9'; ++c)
        box->addItem(QString(QLatin1Char(c)), QString(QLatin1Char(c)));
    box->setCurrentIndex(key.isNull() ? 0 : key.digitValue());
    return box;
}

// The palette's colours as swatches, each named after the label that has it by default.
QComboBox *colourBox(const QString &role, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    const bool dark = parent->palette().color(QPalette::Base).lightness() < 128;
    for (const QString &entry : LabelColours::names())
        box->addItem(LabelColours::swatch(LabelColours::paletteColour(entry, dark)), entry, entry);
    const QString entry = LabelColours::entryOf(role);
    if (!entry.isEmpty()) {
        box->setCurrentIndex(box->findData(entry));
    } else {
        box->addItem(role, role); // a theme text style chosen before the palette: kept
        box->setCurrentIndex(box->count() - 1);
    }
    box->setToolTip(SettingsDialog::tr("The colour of the label's spans, in light and dark themes alike"));
    return box;
}

// For a new label: the first colour no label has yet.
QString unusedColour(const QTableWidget *table, int colourColumn)
{
    QStringList used;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const auto *box = qobject_cast<const QComboBox *>(table->cellWidget(row, colourColumn)))
            used << box->currentData().toString();
    }
    for (const QString &entry : LabelColours::names()) {
        if (!used.contains(entry))
            return entry;
    }
    return LabelColours::names().constLast();
}
} // namespace

SettingsDialog::SettingsDialog(const QString &author, const LabelSet &labels, bool extractOnOpen, QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(author, this))
    , m_extractOnOpen(new QCheckBox(tr("&Find entities, quotes and facts in every article opened or imported"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Gazette Settings"));
    const LabelSet builtIn = LabelSet::ontoNotes();
    for (const Label &label : builtIn.labels())
        m_builtIn.append(label.name);

    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setPlaceholderText(tr("Your name, stored with every correction"));
    m_table->setObjectName(QStringLiteral("labelTable"));
    m_table->setAccessibleName(tr("Labels"));
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Display name"), tr("Key"), tr("Colour")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DisplayColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    fill(labels);

    auto *add = new QPushButton(tr("&Add Label…"), this);
    auto *remove = new QPushButton(tr("&Remove Label"), this);
    auto *defaults = new QPushButton(tr("Restore &Defaults"), this);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addLabel);
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeLabel);
    connect(defaults, &QPushButton::clicked, this, [this] { fill(LabelSet::ontoNotes()); });
    auto *labelButtons = new QHBoxLayout;
    labelButtons->addWidget(add);
    labelButtons->addWidget(remove);
    labelButtons->addStretch(1);
    labelButtons->addWidget(defaults);

    auto *form = new QFormLayout;
    form->addRow(tr("&Author name:"), m_author);
    m_extractOnOpen->setObjectName(QStringLiteral("extractOnOpen"));
    m_extractOnOpen->setChecked(extractOnOpen);
    form->addRow(tr("Extraction:"), m_extractOnOpen);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Labels (keys 1–9 label the selected text; each colour has a light and a dark variant for the theme):"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(labelButtons);
    layout->addWidget(buttons);
    resize(620, 560);
}

void SettingsDialog::fill(const LabelSet &labels)
{
    m_table->setRowCount(0);
    for (const Label &label : labels.labels()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(label.name);
        name->setToolTip(label.description);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(Qt::UserRole, label.description);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, DisplayColumn, new QTableWidgetItem(label.displayName));
        m_table->setCellWidget(row, KeyColumn, keyBox(label.shortcutKey, m_table));
        m_table->setCellWidget(row, ColourColumn, colourBox(label.colourRole, m_table));
    }
}

void SettingsDialog::addLabel()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(QStringLiteral("NEW_LABEL"));
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, DisplayColumn, new QTableWidgetItem(tr("New label")));
    m_table->setCellWidget(row, KeyColumn, keyBox(QChar(), m_table));
    m_table->setCellWidget(row, ColourColumn, colourBox(unusedColour(m_table, ColourColumn), m_table));
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(name);
}

void SettingsDialog::removeLabel()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    if (m_builtIn.contains(m_table->item(row, NameColumn)->text())) {
        QMessageBox::information(this, windowTitle(), tr("The OntoNotes labels are always there; give them no key to keep them out of the way."));
        return;
    }
    m_table->removeRow(row);
}

bool SettingsDialog::extractOnOpen() const
{
    return m_extractOnOpen->isChecked();
}

QString SettingsDialog::author() const
{
    return m_author->text().trimmed();
}

LabelSet SettingsDialog::labels() const
{
    LabelSet set;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text().trimmed().toUpper().replace(QLatin1Char(' '), QLatin1Char('_'));
        if (name.isEmpty() || set.contains(name))
            continue;
        const auto *key = static_cast<QComboBox *>(m_table->cellWidget(row, KeyColumn));
        const auto *colour = static_cast<QComboBox *>(m_table->cellWidget(row, ColourColumn));
        Label label{name, m_table->item(row, DisplayColumn)->text().trimmed(),
                    m_table->item(row, NameColumn)->data(Qt::UserRole).toString(), colour->currentData().toString(), QChar()};
        set.add(label);
        const QString keyText = key->currentData().toString();
        if (!keyText.isEmpty())
            set.setShortcut(name, keyText.at(0));
    }
    return set;
}

} // namespace Gazette
