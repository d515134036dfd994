// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Gazette {

// One entity label of the schema. colourRole names the KSyntaxHighlighting text style whose
// colour the label takes in the current theme (ui/ resolves it), so every theme gives a
// matching palette.
struct Label
{
    QString name;          // OntoNotes name, e.g. "PERSON"
    QString displayName;   // e.g. "Person"
    QString description;
    QString colourRole;    // a palette entry, named after the label that has it by default ("PERSON")
    QChar shortcutKey;     // '1'..'9', or null

    friend bool operator==(const Label &, const Label &) = default;
};

// The label set: OntoNotes 5 / spaCy labels by default, extendable by the user.
class LabelSet
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::LabelSet)

public:
    static LabelSet ontoNotes();

    const QList<Label> &labels() const { return m_labels; }
    const Label *find(const QString &name) const;
    const Label *forShortcut(QChar key) const;
    bool contains(const QString &name) const { return find(name) != nullptr; }
    void add(const Label &label);
    bool remove(const QString &name);
    // Gives the key to this label and takes it from any other.
    void setShortcut(const QString &name, QChar key);

    // For settings: a JSON array of {name, displayName, description, colourRole, key}.
    QByteArray toJson() const;
    static std::optional<LabelSet> fromJson(const QByteArray &json);
    friend bool operator==(const LabelSet &, const LabelSet &) = default;

    // The label of quotations (reported speech), not an entity.
    static QString quoteLabel() { return QStringLiteral("QUOTE"); }

private:
    QList<Label> m_labels;
};

// Kinds of facts the extractor proposes and the reader can add (their ids, kept in the library
// and the data formats).
QStringList factKinds();
// A kind as the reader reads it, in the reader's language; a kind of the reader's own as it is.
QString factKindName(const QString &kind);
// The kind a name the reader typed or picked stands for: the id of a known kind's name, else
// the name itself.
QString factKindFromName(const QString &name);

} // namespace Gazette
