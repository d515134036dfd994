// SPDX-License-Identifier: GPL-3.0-or-later
// Reading pane benchmark: prints `bench: NAME VALUE UNIT` lines. A 1 MB article with 20,000
// spans is opened and painted, as a ratio against the same text without highlights in the same
// run; then one correction; then the same for one 100,000-character paragraph.
#include "documentview.h"
#include "entityhighlighter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <cstdlib>

#include <cstdio>

using namespace Gazette;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("bench: %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

struct Workload
{
    Article article;
    QList<Annotation> spans;
};

// targetSize characters of text; paragraphs of paragraphLength characters (0: one paragraph).
Workload makeWorkload(int targetSize, int paragraphLength, int spanCount)
{
    const QStringList words = {QStringLiteral("Kestrel"), QStringLiteral("shares"), QStringLiteral("rose"), QStringLiteral("in"),
                               QStringLiteral("Seoul"), QStringLiteral("after"), QStringLiteral("Harbourline"), QStringLiteral("said"),
                               QStringLiteral("it"), QStringLiteral("would"), QStringLiteral("buy"), QStringLiteral("batteries")};
    Workload w;
    QString text;
    text.reserve(targetSize + 64);
    QList<std::pair<int, int>> wordSpans;
    int sinceBreak = 0;
    for (int i = 0; text.size() < targetSize; ++i) {
        const QString &word = words.at(i % words.size());
        wordSpans.append({int(text.size()), int(text.size() + word.size())});
        text += word;
        sinceBreak += int(word.size()) + 1;
        if (paragraphLength > 0 && sinceBreak >= paragraphLength) {
            text += QLatin1Char('\n');
            sinceBreak = 0;
        } else {
            text += QLatin1Char(' ');
        }
    }
    w.article.id = 1;
    w.article.headline = QStringLiteral("Benchmark");
    w.article.text = text;
    const QStringList labels = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"), QStringLiteral("DATE")};
    const int step = std::max(1, int(wordSpans.size()) / spanCount);
    for (int i = 0; i < spanCount && i * step < wordSpans.size(); ++i) {
        Annotation a;
        a.id = i + 1;
        a.articleId = 1;
        a.start = wordSpans.at(i * step).first;
        a.end = wordSpans.at(i * step).second;
        a.label = labels.at(i % labels.size());
        a.status = i % 3 ? AnnotationStatus::Accepted : AnnotationStatus::Suggested;
        w.spans.append(a);
    }
    return w;
}

// Opens the article (with or without spans) and paints the visible part once; milliseconds.
double openAndPaint(DocumentView &view, const Workload &w, bool withSpans)
{
    QElapsedTimer timer;
    timer.start();
    view.setArticle(w.article);
    view.setAnnotations(withSpans ? w.spans : QList<Annotation>());
    view.viewport()->repaint();
    QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

void run(const char *name, const Workload &w)
{
    DocumentView view;
    view.resize(1000, 800);
    view.show();
    // Warm up fonts and layout caches so that neither side pays for them alone.
    openAndPaint(view, w, false);
    double plain = 1e300;
    double highlighted = 1e300;
    for (int round = 0; round < 2; ++round) {
        plain = std::min(plain, openAndPaint(view, w, false));
        highlighted = std::min(highlighted, openAndPaint(view, w, true));
    }
    const QByteArray prefix(name);
    // The figures count only if the visible text really is painted.
    qsizetype painted = 0;
    for (QTextBlock block = view.document()->begin(); block.isValid() && block.blockNumber() < 20; block = block.next())
        painted += block.layout()->formats().size();
    if (painted == 0) {
        std::fprintf(stderr, "%s: no highlights painted in the visible text\n", name);
        std::exit(1);
    }
    print(QByteArray(prefix + "_visible_formats").constData(), double(painted), "ranges");
    print(QByteArray(prefix + "_open_plain").constData(), plain, "ms");
    print(QByteArray(prefix + "_open_highlighted").constData(), highlighted, "ms");
    print(QByteArray(prefix + "_highlight_ratio").constData(), highlighted / plain, "x (target <= 2)");

    // One correction in the middle of the text: a span added and painted.
    Annotation added = w.spans.at(w.spans.size() / 2);
    added.id = 999999;
    added.label = QStringLiteral("MONEY");
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    QElapsedTimer timer;
    timer.start();
    StoreChange change;
    change.annotations.append(RowChange<Annotation>{std::nullopt, added});
    view.applyChange(change);
    view.viewport()->repaint();
    print(QByteArray(prefix + "_one_correction").constData(), double(timer.nsecsElapsed()) / 1e6, "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    run("pane_1mb_20k_spans", makeWorkload(1024 * 1024, 600, 20000));
    run("pane_100k_paragraph", makeWorkload(100000, 0, 2000));
    return 0;
}
