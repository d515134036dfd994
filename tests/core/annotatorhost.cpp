// SPDX-License-Identifier: GPL-3.0-or-later
// One annotator as a process of its own, for tst_concurrentedits: makes COUNT random edits to
// the annotations and facts of article 1 of a shared library, each from the row as it was just
// read, and prints one line per edit: "applied KIND ID VERSION MARK" or "refused KIND ID MESSAGE".
//   gazette_annotator_host LOCATION NAME SEED COUNT
#include "store/annotationstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace Gazette;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (arguments.size() != 5) {
        QTextStream(stderr) << "usage: gazette_annotator_host LOCATION NAME SEED COUNT\n";
        return 2;
    }
    AnnotationStore store;
    if (!store.open(arguments.at(1))) {
        QTextStream(stderr) << store.errorString() << '\n';
        return 1;
    }
    const QString name = arguments.at(2);
    store.setAuthor(name);
    QRandomGenerator random(arguments.at(3).toUInt());
    const int count = arguments.at(4).toInt();
    QList<qint64> annotationIds;
    for (const Annotation &a : store.annotations(1))
        annotationIds.append(a.id);
    QList<qint64> factIds;
    for (const Fact &f : store.facts(1))
        factIds.append(f.id);
    const QStringList labels = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"), QStringLiteral("NORP")};
    for (int i = 0; i < count; ++i) {
        const QString mark = QStringLiteral("%1-%2").arg(name).arg(i);
        const bool onFact = !factIds.isEmpty() && random.bounded(5) == 0;
        ChangeSet changes;
        qint64 id = 0;
        if (onFact) {
            id = factIds.at(random.bounded(int(factIds.size())));
            const Fact before = *store.fact(id);
            Fact after = before;
            after.objectText = mark;
            after.status = AnnotationStatus(random.bounded(3));
            changes.add(RowChange<Fact>{before, after});
        } else {
            id = annotationIds.at(random.bounded(int(annotationIds.size())));
            const Annotation before = *store.annotation(id);
            Annotation after = before;
            after.label = labels.at(random.bounded(int(labels.size())));
            after.status = AnnotationStatus(random.bounded(3));
            after.note = mark;
            changes.add(RowChange<Annotation>{before, after});
        }
        // A reader thinks a moment between seeing a row and changing it: others write meanwhile.
        QThread::usleep(random.bounded(400u));
        const QString kind = onFact ? QStringLiteral("fact") : QStringLiteral("annotation");
        if (store.apply(changes)) {
            const int version = onFact ? std::get<RowChange<Fact>>(changes.items.front()).after->version.value
                                       : std::get<RowChange<Annotation>>(changes.items.front()).after->version.value;
            out << "applied " << kind << ' ' << id << ' ' << version << ' ' << mark << '\n';
        } else {
            out << "refused " << kind << ' ' << id << ' ' << store.errorString().simplified() << '\n';
        }
        out.flush();
    }
    return 0;
}
