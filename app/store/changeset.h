// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatedarticle.h"
#include "document/annotation.h"
#include "document/article.h"

#include <optional>
#include <variant>
#include <vector>

namespace Gazette {

// One row before and after a change: no `before` is an insert, no `after` a delete.
template<typename Row>
struct RowChange
{
    std::optional<Row> before;
    std::optional<Row> after;
};

struct ReviewStatusChange
{
    qint64 articleId = 0;
    ReviewStatus before = ReviewStatus::New;
    ReviewStatus after = ReviewStatus::New;
};

// A reader's verdict counted in (delta > 0) or taken back from (delta < 0) the lexicon.
struct LexiconChange
{
    QString surface;
    QString label;
    Verdict verdict = Verdict::Accept;
    int delta = 1;
};

// An article removed with everything in it (before) or brought back (after): its row, its
// annotations, its facts with their evidence, and the entities they refer to, all with their
// own ids, so that undoing a removal restores the same rows and the commands recorded against
// them before still fit.
using ArticleChange = RowChange<AnnotatedArticle>;

// Everything one user action changes, applied by AnnotationStore::apply() in one transaction
// and reverted by applying it backwards. Rows to insert may have a negative id: a placeholder
// that later items of the same change set refer to (an annotation linked to a new entity);
// apply() replaces placeholders with the ids it assigns, so applying again (redo) writes
// identical rows.
struct ChangeSet
{
    using Item = std::variant<RowChange<Annotation>, RowChange<Entity>, RowChange<Fact>, ReviewStatusChange, LexiconChange,
                              ArticleChange>;
    std::vector<Item> items;

    bool isEmpty() const { return items.empty(); }
    template<typename T>
    void add(T item) { items.emplace_back(std::move(item)); }
};

} // namespace Gazette
