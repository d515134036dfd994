// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelset.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gazette {

LabelSet LabelSet::ontoNotes()
{
    LabelSet set;
    // Each label has the colour of its own name in the window's palette.
    auto add = [&set](const char *name, const QString &display, const QString &description, const char *, char key) {
        set.m_labels.append({QString::fromLatin1(name), display, description, QString::fromLatin1(name),
                             key ? QChar::fromLatin1(key) : QChar()});
    };
    add("PERSON", tr("Person"), tr("People, including fictional"), "Function", '1');
    add("ORG", tr("Organisation"), tr("Companies, agencies, institutions, media"), "DataType", '2');
    add("GPE", tr("Country, city, state"), tr("Geopolitical entities"), "Preprocessor", '3');
    add("LOC", tr("Location"), tr("Non-GPE places: mountain ranges, bodies of water, regions"), "Extension", '4');
    add("DATE", tr("Date"), tr("Absolute or relative dates or periods"), "DecVal", '5');
    add("MONEY", tr("Money"), tr("Monetary values, with unit"), "Constant", '6');
    add("PERCENT", tr("Percent"), tr("Percentages, including “%”"), "Import", '7');
    add("NORP", tr("Group"), tr("Nationalities, religious and political groups"), "Annotation", '8');
    add("PRODUCT", tr("Product"), tr("Devices, vehicles, software, AI models"), "SpecialChar", '9');
    add("FAC", tr("Facility"), tr("Buildings, airports, highways, bridges"), "Documentation", 0);
    add("EVENT", tr("Event"), tr("Named summits, forums, storms, wars, sports events"), "Operator", 0);
    add("WORK_OF_ART", tr("Work of art"), tr("Titles of books, songs, films, games"), "VerbatimString", 0);
    add("LAW", tr("Law"), tr("Named documents made into laws"), "Alert", 0);
    add("LANGUAGE", tr("Language"), tr("Any named language"), "Char", 0);
    add("TIME", tr("Time"), tr("Times smaller than a day"), "BaseN", 0);
    add("QUANTITY", tr("Quantity"), tr("Measurements, as of weight or distance"), "Float", 0);
    add("ORDINAL", tr("Ordinal"), tr("“first”, “second”, …"), "CommentVar", 0);
    add("CARDINAL", tr("Cardinal"), tr("Numerals that fall under no other label"), "Information", 0);
    add("QUOTE", tr("Quote"), tr("Reported speech inside quotation marks"), "String", 0);
    return set;
}

const Label *LabelSet::find(const QString &name) const
{
    for (const Label &label : m_labels) {
        if (label.name == name)
            return &label;
    }
    return nullptr;
}

const Label *LabelSet::forShortcut(QChar key) const
{
    for (const Label &label : m_labels) {
        if (!key.isNull() && label.shortcutKey == key)
            return &label;
    }
    return nullptr;
}

void LabelSet::add(const Label &label)
{
    for (Label &existing : m_labels) {
        if (existing.name == label.name) {
            existing = label;
            return;
        }
    }
    m_labels.append(label);
}

bool LabelSet::remove(const QString &name)
{
    return m_labels.removeIf([&](const Label &label) { return label.name == name; }) > 0;
}

void LabelSet::setShortcut(const QString &name, QChar key)
{
    for (Label &label : m_labels) {
        if (label.name == name)
            label.shortcutKey = key;
        else if (!key.isNull() && label.shortcutKey == key)
            label.shortcutKey = QChar();
    }
}

QByteArray LabelSet::toJson() const
{
    QJsonArray array;
    for (const Label &label : m_labels) {
        array.append(QJsonObject{{QStringLiteral("name"), label.name},
                                 {QStringLiteral("displayName"), label.displayName},
                                 {QStringLiteral("description"), label.description},
                                 {QStringLiteral("colourRole"), label.colourRole},
                                 {QStringLiteral("key"), label.shortcutKey.isNull() ? QString() : QString(label.shortcutKey)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<LabelSet> LabelSet::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isArray() || document.array().isEmpty())
        return std::nullopt;
    LabelSet set;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty() || set.contains(name))
            return std::nullopt;
        const QString key = object.value(QStringLiteral("key")).toString();
        set.m_labels.append({name, object.value(QStringLiteral("displayName")).toString(name),
                             object.value(QStringLiteral("description")).toString(),
                             object.value(QStringLiteral("colourRole")).toString(QStringLiteral("Normal")),
                             key.size() == 1 ? key.at(0) : QChar()});
    }
    return set;
}

QStringList factKinds()
{
    return {QStringLiteral("partnership"), QStringLiteral("deal"),      QStringLiteral("role"),
            QStringLiteral("statistic"),   QStringLiteral("launch"),    QStringLiteral("competition"),
            QStringLiteral("quote"),       QStringLiteral("statement"), QStringLiteral("other")};
}

QString factKindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("partnership"), QT_TRANSLATE_NOOP("Gazette::FactKind", "partnership")},
        {QStringLiteral("deal"), QT_TRANSLATE_NOOP("Gazette::FactKind", "deal")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Gazette::FactKind", "role")},
        {QStringLiteral("statistic"), QT_TRANSLATE_NOOP("Gazette::FactKind", "statistic")},
        {QStringLiteral("launch"), QT_TRANSLATE_NOOP("Gazette::FactKind", "launch")},
        {QStringLiteral("competition"), QT_TRANSLATE_NOOP("Gazette::FactKind", "competition")},
        {QStringLiteral("quote"), QT_TRANSLATE_NOOP("Gazette::FactKind", "quote")},
        {QStringLiteral("statement"), QT_TRANSLATE_NOOP("Gazette::FactKind", "statement")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Gazette::FactKind", "other")},
    };
    const char *name = names.value(kind);
    return name ? QCoreApplication::translate("Gazette::FactKind", name) : kind;
}

QString factKindFromName(const QString &name)
{
    for (const QString &kind : factKinds()) {
        if (factKindName(kind).compare(name, Qt::CaseInsensitive) == 0 || kind.compare(name, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return name;
}

} // namespace Gazette
