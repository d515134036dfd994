// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatedarticle.h"

namespace Gazette {

const Entity *AnnotatedArticle::entity(qint64 id) const
{
    for (const Entity &e : entities) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void AnnotatedArticle::numberAnnotations()
{
    qint64 id = 0;
    for (Annotation &a : annotations)
        a.id = ++id;
}

} // namespace Gazette
