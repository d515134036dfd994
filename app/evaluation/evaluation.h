// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extractor.h"
#include "extract/tokenizer.h"
#include "document/annotatedarticle.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace Gazette {

// Precision, recall and F1 of one label (or of all, micro-averaged): exact span and label.
struct LabelScore
{
    QString label;
    int gold = 0;
    int predicted = 0;
    int correct = 0;

    double precision() const { return predicted ? double(correct) / predicted : 0.0; }
    double recall() const { return gold ? double(correct) / gold : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0.0 ? 2.0 * p * r / (p + r) : 0.0;
    }
    LabelScore &operator+=(const LabelScore &other);
};

// A fact of a NAME.facts.json file, with the spans its T references point at (UTF-16 offsets).
// subject: speaker, person or subject; object: object, product, org or, for statistics, value;
// content: the reported clause of a statement, found in the text.
struct GoldFact
{
    QString kind;
    TextRange subject{-1, -1};
    TextRange object{-1, -1};
    TextRange content{-1, -1};
    QString cue;
};

// A gold article: its text and the spans and SAID relations of its brat .ann file, and the
// facts of its NAME.facts.json when there is one.
struct GoldDocument
{
    QString name;
    AnnotatedArticle document; // facts: one "quote" fact per SAID relation, evidence = quote, speaker
    QList<GoldFact> facts;
    bool hasFacts = false;
};

// Scores the extractor against gold articles annotated by the guidelines (brat standoff with
// code point offsets: NAME.txt + NAME.ann).
class Evaluation
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Evaluation)

public:
    struct Miss
    {
        QString document;
        bool spurious = false; // found by the extractor, not in the gold file
        QString label;
        QString text;
        int start = 0;
        QString expected; // attribution and facts: what the gold file says
    };

    // Reads every NAME.txt with its NAME.ann in folder; checks that each span's stored text is
    // the text at its offsets. Returns nothing and says why on the first bad file.
    static std::optional<QList<GoldDocument>> readGold(const QString &folder, QString *error);

    // How an article is extracted (by default Extractor::extract with the shipped model).
    using Extract = std::function<std::optional<AnnotatedArticle>(const Article &)>;
    // Scores the given labels (all labels of the gold files when empty).
    void run(const QList<GoldDocument> &gold, const QStringList &labels = {}, const Extract &extract = {});

    QList<LabelScore> perLabel() const { return m_perLabel; }
    LabelScore micro() const { return m_micro; }
    LabelScore quoteSpans() const { return m_quotes; }
    int attributedQuotes() const { return m_attributed; }        // gold quotes with a named speaker
    int correctlyAttributed() const { return m_correctlyAttributed; }
    double attributionAccuracy() const { return m_attributed ? double(m_correctlyAttributed) / m_attributed : 0.0; }
    QList<Miss> misses() const { return m_misses; }

    // Facts against NAME.facts.json, one score per kind ("statement", "role", "statistic" ...;
    // quotes are scored by attributionAccuracy()). A predicted fact matches a gold one of its
    // kind when a mention of its subject entity overlaps the gold subject span and, when the
    // gold fact has an object, a mention of its object entity (for statistics the value as
    // written in the fact's sentence) overlaps the gold object span. A statement matches when
    // its speaker matches and its content overlaps the gold content by at least half of the
    // longer of the two. Each gold fact is matched once.
    QList<LabelScore> factsPerKind() const { return m_facts; }

    // The table `gazette eval` prints.
    QString table() const;

private:
    void scoreFacts(const GoldDocument &gold, const AnnotatedArticle &predicted, QMap<QString, LabelScore> &scores);

    QList<LabelScore> m_perLabel;
    LabelScore m_micro;
    LabelScore m_quotes;
    int m_attributed = 0;
    int m_correctlyAttributed = 0;
    QList<Miss> m_misses;
    QList<LabelScore> m_facts;
};

} // namespace Gazette
