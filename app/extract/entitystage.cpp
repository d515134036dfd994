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

} // namespace

void EntityStage::run(ExtractionContext &context) const
{
    QList<Annotation> &list = context.spans.list();
    std::sort(list.begin(), list.end(), [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
    QHash<QString, qint64> entityOf;
    qint64 nextId = -1;
    for (Annotation &a : list) {
        if (!namedLabels().contains(a.label))
            continue;
        const QString key = canonicalKey(context, a);
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
