// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystage.h"

#include "extract/stagehelpers.h"

#include <algorithm>

namespace Gazette {

namespace {

// "PERSON|Joe Tsai" for a mention "Tsai" of Joe Tsai.
QString canonicalKey(const ExtractionContext &context, const Annotation &a)
{
    const QString surface = surfaceOf(context.text, a);
    QString key = a.label + QLatin1Char('|') + surface;
    if (context.canonicalOf.contains(key))
        return context.canonicalOf.value(key);
    // A surname found by an earlier rule ("Visser said") joins the full name too.
    for (const NameForm &f : context.forms.value(surface)) {
        if (f.label == a.label && f.canonical != surface)
            key = a.label + QLatin1Char('|') + f.canonical;
    }
    return key;
}

// The other names an entity goes by in the article ("Tsai" for "Joe Tsai").
void addAliases(ExtractionContext &context)
{
    for (const Annotation &a : std::as_const(context.spans.list())) {
        if (!a.entityId)
            continue;
        Entity &entity = context.entity(a.entityId);
        const QString surface = surfaceOf(context.text, a);
        if (surface != entity.name && !entity.aliases.contains(surface))
            entity.aliases.append(surface);
    }
}

// "the European Public Prosecutor’s Office (EPPO)": a short form in brackets right after a name
// of the same kind is that name, there and wherever else the article uses it (the short form's
// entity key mapped to the name's).
QHash<QString, QString> definedShortForms(const ExtractionContext &context, const QList<Annotation> &sorted)
{
    QHash<QString, QString> shortForms;
    for (qsizetype k = 0; k + 1 < sorted.size(); ++k) {
        const Annotation &name = sorted.at(k), &inBrackets = sorted.at(k + 1);
        if (!namedLabels().contains(name.label) || inBrackets.label != name.label || inBrackets.start != name.end + 2
            || QStringView(context.text).mid(name.end, 2) != QLatin1String(" (") || context.text.mid(inBrackets.end, 1) != QLatin1String(")"))
            continue;
        const QString form = surfaceOf(context.text, inBrackets);
        const auto capitals = std::count_if(form.cbegin(), form.cend(), [](QChar c) { return c.isUpper(); });
        if (capitals < 2 || form.contains(QLatin1Char(' ')) || form.size() >= surfaceOf(context.text, name).size())
            continue;
        const QString key = canonicalKey(context, inBrackets);
        if (!shortForms.contains(key))
            shortForms.insert(key, canonicalKey(context, name));
    }
    return shortForms;
}

} // namespace

void EntityStage::run(ExtractionContext &context) const
{
    QList<Annotation> &list = context.spans.list();
    std::sort(list.begin(), list.end(), [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
    const QHash<QString, QString> shortForms = definedShortForms(context, list);
    QHash<QString, qint64> entityOf;
    qint64 nextId = -1;
    for (Annotation &a : list) {
        if (!namedLabels().contains(a.label))
            continue;
        const QString key = shortForms.value(canonicalKey(context, a), canonicalKey(context, a));
        qint64 id = entityOf.value(key, 0);
        if (!id) {
            id = nextId--;
            Entity entity;
            entity.id = id;
            entity.name = key.section(QLatin1Char('|'), 1);
            entity.label = a.label;
            context.entities.append(entity);
            entityOf.insert(key, id);
        }
        a.entityId = id;
    }
    addAliases(context);
}

} // namespace Gazette
