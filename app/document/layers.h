// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Gazette {

// The layers of an article several annotators labelled. An annotator's layer holds the
// annotations whose author they are and that they did not reject (what agreement compares);
// the final layer holds what a curator took into it, under an author no role has. The
// extractor's untouched suggestions (no author) belong to no annotator's layer.
struct Layer
{
    enum class Kind { All, Annotator, Final, Difference };
    Kind kind = Kind::All;
    QString first;  // the annotator (Annotator), or the first of two (Difference)
    QString second; // the second of two (Difference)

    static Layer all() { return {}; }
    static Layer of(const QString &annotator) { return {Kind::Annotator, annotator, {}}; }
    static Layer final() { return {Kind::Final, {}, {}}; }
    static Layer difference(const QString &first, const QString &second) { return {Kind::Difference, first, second}; }
    friend bool operator==(const Layer &, const Layer &) = default;
};

namespace Layers {

// The author of the final layer's annotations.
QString finalAuthor();
bool isFinal(const Annotation &annotation);
// Whether the annotation is in an annotator's layer (theirs, not rejected, not final).
bool isAnnotators(const Annotation &annotation);

// The annotators with a layer in these annotations, in name order.
QStringList annotators(const QList<Annotation> &annotations);

// The annotations a layer shows. Difference: the spans of either annotator that the other does
// not have with the same start, end and label.
QList<Annotation> filter(const QList<Annotation> &annotations, const Layer &layer);

// A stretch of text where the annotators' versions differ: overlapping spans of the annotator
// layers grouped together, each annotator's spans there (an empty list: no span) and what the
// final layer holds there.
struct Disagreement
{
    int start = 0;
    int end = 0;
    QMap<QString, QList<Annotation>> versions;
    QList<Annotation> final;
};
// Every stretch of an article where the annotators' versions differ, in text order.
QList<Disagreement> disagreements(const QList<Annotation> &annotations);
// Whether two versions of a stretch hold the same spans (start, end, label).
bool sameSpans(const QList<Annotation> &first, const QList<Annotation> &second);

} // namespace Layers
} // namespace Gazette
