// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "document/article.h"

#include <QList>

namespace Gazette {

// An article with everything Gazette knows about it: the one value that importers, the
// extractor, the store, the formats and the CLI pass around. Entity ids below zero are
// placeholders that annotations and facts of the same value refer to (the extractor's
// proposals before the store assigns ids).
struct AnnotatedArticle
{
    Article article;
    QList<Entity> entities;   // those the annotations and facts refer to
    QList<Annotation> annotations;
    QList<Fact> facts;

    const Entity *entity(qint64 id) const;
    // Gives annotations without an id the numbers 1, 2, ... (brat T ids, JSON ids).
    void numberAnnotations();
};

} // namespace Gazette
