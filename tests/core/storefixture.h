// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the store, command and model tests: a library with one article we wrote.
#pragma once

#include "commands/edits.h"
#include "store/annotationstore.h"
#include "testlibrary.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

namespace Gazette::Testing {

inline const QString ArticleText = QStringLiteral(
    "Harbourline Signs Battery Deal With Kestrel\n"
    "ROTTERDAM — Harbourline Robotics has chosen Kestrel Energy to supply batteries. "
    "Marta Visser, chief executive of Harbourline, confirmed the deal in Singapore. "
    "“Kestrel gave us the best cells,” Visser said. Kestrel shares rose 7.5% on Wednesday.\n");

inline int at(const QString &needle, int occurrence = 0)
{
    qsizetype position = -1;
    for (int i = 0; i <= occurrence; ++i)
        position = ArticleText.indexOf(needle, position + 1);
    if (position < 0)
        qFatal("fixture text lacks %s", qPrintable(needle));
    return int(position);
}

inline Annotation suggestion(const QString &quote, const QString &label, qint64 entity = 0, int occurrence = 0)
{
    Annotation a;
    a.start = at(quote, occurrence);
    a.end = a.start + int(quote.size());
    a.label = label;
    a.origin = Origin::Auto;
    a.status = AnnotationStatus::Suggested;
    a.confidence = 0.8;
    a.ruleId = QStringLiteral("test.rule");
    a.entityId = entity;
    return a;
}

// The fixture article with suggestions for Harbourline (2), Kestrel (3), Visser (2), and a fact.
inline AnnotatedArticle sampleBundle()
{
    AnnotatedArticle bundle;
    bundle.article.uri = QStringLiteral("file:///tmp/harbour.txt");
    bundle.article.headline = QStringLiteral("Harbourline Signs Battery Deal With Kestrel");
    bundle.article.source = QStringLiteral("Test Wire");
    bundle.article.language = QStringLiteral("en");
    bundle.article.published = QDateTime(QDate(2026, 3, 4), QTime(9, 30), QTimeZone::UTC);
    bundle.article.text = ArticleText;
    bundle.article.markup = ArticleText;
    bundle.article.markupType = QStringLiteral("text/plain");
    Entity harbourline{-1, QStringLiteral("Harbourline Robotics"), QStringLiteral("ORG"), {QStringLiteral("Harbourline")}, {}, {}, {}, {}};
    Entity kestrel{-2, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), {QStringLiteral("Kestrel")}, QStringLiteral("Q1"), {}, {}, {}};
    Entity visser{-3, QStringLiteral("Marta Visser"), QStringLiteral("PERSON"), {QStringLiteral("Visser")}, {}, {}, {}, {}};
    bundle.entities = {harbourline, kestrel, visser};
    bundle.annotations = {
        suggestion(QStringLiteral("Harbourline Robotics"), QStringLiteral("ORG"), -1),
        suggestion(QStringLiteral("Harbourline"), QStringLiteral("ORG"), -1, 2),
        suggestion(QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), -2),
        suggestion(QStringLiteral("Kestrel"), QStringLiteral("ORG"), -2, 2),
        suggestion(QStringLiteral("Kestrel"), QStringLiteral("ORG"), -2, 3),
        suggestion(QStringLiteral("Marta Visser"), QStringLiteral("PERSON"), -3),
        suggestion(QStringLiteral("Visser"), QStringLiteral("PERSON"), -3, 1),
        suggestion(QStringLiteral("ROTTERDAM"), QStringLiteral("GPE")),
        suggestion(QStringLiteral("7.5%"), QStringLiteral("PERCENT")),
    };
    Fact deal;
    deal.kind = QStringLiteral("partnership");
    deal.subjectEntityId = -1;
    deal.subjectText = QStringLiteral("Harbourline Robotics");
    deal.predicate = QStringLiteral("chose");
    deal.objectEntityId = -2;
    deal.objectText = QStringLiteral("Kestrel Energy");
    deal.confidence = 0.7;
    deal.ruleId = QStringLiteral("fact.chose");
    const int start = at(QStringLiteral("Harbourline Robotics has chosen"));
    deal.evidence = {{start, start + 54, {}, {}, {}, false}};
    bundle.facts = {deal};
    return bundle;
}

// Everything a library holds, for comparing before and after.
struct Snapshot
{
    QList<Article> articles;
    QList<Annotation> annotations;
    QList<Entity> entities;
    QList<Fact> facts;
    QList<LexiconEntry> lexicon;
    bool operator==(const Snapshot &) const = default;
};

inline Snapshot snapshot(const AnnotationStore &store)
{
    Snapshot s;
    for (const ArticleSummary &summary : store.articleSummaries(0, 100000)) {
        s.articles.append(*store.article(summary.id));
        s.annotations.append(store.annotations(summary.id));
        s.facts.append(store.facts(summary.id));
    }
    s.entities = store.entities();
    s.lexicon = store.lexicon();
    return s;
}

// A library with the sample article, an undo stack and the edit factory, for the command and
// model tests.
struct EditingFixture
{
    std::unique_ptr<AnnotationStore> store;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<Edits> edits;
    qint64 articleId = 0;

    bool setUp()
    {
        store = std::make_unique<AnnotationStore>();
        if (!store->open(newLibrary()))
            return false;
        AnnotatedArticle bundle = sampleBundle();
        articleId = store->addArticle(bundle).value_or(0);
        stack = std::make_unique<QUndoStack>();
        edits = std::make_unique<Edits>(store.get(), QStringLiteral("ana"));
        return articleId != 0;
    }

    // The annotation of the sample article on that occurrence of quote.
    std::optional<Annotation> find(const QString &quote, int occurrence = 0) const
    {
        const int start = at(quote, occurrence);
        for (const Annotation &a : store->annotations(articleId)) {
            if (a.start == start && a.quote == quote)
                return a;
        }
        return std::nullopt;
    }
};

} // namespace Gazette::Testing
