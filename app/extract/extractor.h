// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"
#include "document/article.h"

#include <QCoreApplication>
#include <QList>

namespace Gazette {

// The extraction pipeline: suggestions for an article, each with the rule that made it and a
// confidence. Stages: dates, times and amounts (number rules); places from the gazetteers;
// people (given names, titles) and organisations (name suffixes); the reader's lexicon (what
// was accepted is found again, what was rejected is no longer proposed); in-article
// coreference (a surname links to the full name); quotes with their speakers, as QUOTE spans
// and "said" facts. Pure and thread-safe: it can run off the GUI thread.
class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Extractor)

public:
    struct Result
    {
        QList<Entity> entities;       // ids below zero: placeholders the annotations refer to
        QList<Annotation> annotations;
        QList<Fact> facts;
    };

    static Result extract(const Article &article, const QList<LexiconEntry> &lexicon = {});
};

} // namespace Gazette
