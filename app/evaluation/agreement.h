// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotation.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Gazette {

// Inter-annotator agreement over the same articles annotated by several people:
// - Cohen's kappa between two annotators on tokens (each token takes the label of the span
//   that covers it, or "O"), overall and per label (that label against everything else);
// - exact-span F1 between two annotators (same start, end and label), overall and per label;
// - Krippendorff's alpha (nominal) on tokens for any number of annotators, overall and per
//   label; an annotator who has no span in an article is missing there, not "all O".
// Tokens: runs of letters and digits; each character of Chinese, Japanese or Thai text and
// each other visible character is a token of its own.
namespace Agreement {

struct Span
{
    int start = 0;
    int end = 0;
    QString label;
    friend bool operator==(const Span &, const Span &) = default;
};

struct Document
{
    QString text;
    QHash<QString, QList<Span>> spans; // annotator -> their spans in this text
};

struct Scores
{
    double kappa = 0;   // Cohen's kappa (pairs) or Krippendorff's alpha (all)
    double f1 = 0;      // exact-span F1 (pairs only)
    int spansA = 0;     // spans of the first annotator (pairs only)
    int spansB = 0;
    int matches = 0;
};

struct Pair
{
    QString first;
    QString second;
    int tokens = 0;             // tokens of the articles both annotated
    Scores overall;
    QMap<QString, Scores> byLabel;
};

struct Report
{
    QStringList annotators;
    QList<Pair> pairs;          // every pair of annotators, in name order
    int tokens = 0;             // tokens of all articles
    double alpha = 0;           // Krippendorff's alpha over all annotators
    QMap<QString, double> alphaByLabel;
};

// The token boundaries [start, end) of a text.
QList<std::pair<int, int>> tokens(const QString &text);

double cohensKappa(const QList<QString> &first, const QList<QString> &second);
// units: for each unit, the values the annotators gave it (fewer than two: not pairable, skipped).
double krippendorffsAlpha(const QList<QStringList> &units);

Report compute(const QList<Document> &documents);

// An article's text with each annotator's layer (their spans that are not rejected; neither
// the extractor's untouched suggestions nor the final layer), of these annotators only when
// only is not empty.
Document document(const QString &text, const QList<Annotation> &annotations, const QStringList &only = {});

} // namespace Agreement
} // namespace Gazette
