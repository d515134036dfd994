// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelset.h"

namespace Gazette {

LabelSet LabelSet::ontoNotes()
{
    LabelSet set;
    auto add = [&set](const char *name, const QString &display, const QString &description, const char *role, char key) {
        set.m_labels.append({QString::fromLatin1(name), display, description, QString::fromLatin1(role),
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

QStringList factKinds()
{
    return {QStringLiteral("partnership"), QStringLiteral("deal"), QStringLiteral("role"), QStringLiteral("statistic"),
            QStringLiteral("launch"), QStringLiteral("competition"), QStringLiteral("quote"), QStringLiteral("other")};
}

} // namespace Gazette
