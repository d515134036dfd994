// SPDX-License-Identifier: GPL-3.0-or-later
// The commands of a library several annotators share: copying a library between backends,
// correcting an annotation without overwriting anyone's newer change, and agreement.
#include "cli.h"

#include "document/annotatedarticle.h"
#include "evaluation/agreement.h"
#include "library/librarysession.h"
#include "store/annotationstore.h"
#include "store/librarycopy.h"
#include "store/sqldialect.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <climits>
#include <cmath>
#include <vector>

namespace Gazette {

namespace {

bool libraryExists(const QString &location)
{
    return SqlDialect::isServerLocation(location) || QFileInfo::exists(location);
}

QString statusName(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Suggested:
        return Cli::tr("suggested");
    case AnnotationStatus::Accepted:
        return Cli::tr("accepted");
    case AnnotationStatus::Rejected:
        return Cli::tr("rejected");
    }
    return {};
}

QString describe(const Annotation &a)
{
    return Cli::tr("annotation %1: %2 “%3” at %4–%5, %6, version %7, last changed by %8")
        .arg(a.id)
        .arg(a.label, a.quote)
        .arg(a.start)
        .arg(a.end)
        .arg(statusName(a.status))
        .arg(a.version.value)
        .arg(a.author.isEmpty() ? Cli::tr("the extractor") : a.author);
}

QString number(double value)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value, 'f', 3);
}

} // namespace

int Cli::library(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(1) == QLatin1String("grant"))
        return grant(arguments.mid(1), out, err);
    QCommandLineParser parser;
    if (const auto status = parseArguments(
            parser, arguments, QStringLiteral("gazette library"), QStringLiteral("gazette library copy SRC DST"),
            tr("Copies a whole library into a new one: a file to a PostgreSQL database "
               "(postgresql://USER@HOST:PORT/DBNAME) or back, with annotations, entities, facts, the lexicon and "
               "the history, and checks that every table holds as many rows as the original."),
            out, err))
        return *status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.at(0) != QLatin1String("copy")) {
        err << tr("gazette library: use “gazette library copy SRC DST”") << '\n';
        return 2;
    }
    const QString source = positional.at(1);
    const QString destination = positional.at(2);
    if (!libraryExists(source)) {
        err << tr("gazette library: no library at “%1”").arg(source) << '\n';
        return 1;
    }
    LibraryCopy copy;
    if (!copy.copy(source, destination)) {
        err << "gazette library: " << copy.errorString() << '\n';
        return 1;
    }
    QStringList counts;
    for (const auto &[table, rows] : copy.counts())
        counts.append(QStringLiteral("%1 %2").arg(rows).arg(table));
    out << tr("Copied %1 to %2: %3; every count checked.")
               .arg(SqlDialect::displayLocation(source), SqlDialect::displayLocation(destination), counts.join(QStringLiteral(", ")))
        << '\n';
    return 0;
}

int Cli::edit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption library = libraryOption();
    const QCommandLineOption annotationOption(QStringLiteral("annotation"), tr("The annotation's id."), QStringLiteral("ID"));
    const QCommandLineOption labelOption(QStringLiteral("label"), tr("Give it this label."), QStringLiteral("LABEL"));
    const QCommandLineOption acceptOption(QStringLiteral("accept"), tr("Accept it."));
    const QCommandLineOption rejectOption(QStringLiteral("reject"), tr("Reject it."));
    const QCommandLineOption seenOption(QStringLiteral("seen-version"),
                                        tr("The version you saw: refused when someone changed it since."), QStringLiteral("N"));
    const QCommandLineOption authorOption(QStringLiteral("author"), tr("Your name, on a library file (a server knows your role)."),
                                          QStringLiteral("NAME"));
    parser.addOptions({library, annotationOption, labelOption, acceptOption, rejectOption, seenOption, authorOption});
    if (const auto status = parseArguments(
            parser, arguments, QStringLiteral("gazette edit"),
            QStringLiteral("gazette edit --library LIB --annotation ID [--label L] [--accept|--reject] [--seen-version N]"),
            tr("Corrects an annotation. When another annotator changed it first, nothing is written: the "
               "command says so, shows the annotation as it is now and exits with status 3."),
            out, err))
        return *status;
    bool idOk = false;
    const qint64 id = parser.value(annotationOption).toLongLong(&idOk);
    const bool anyChange = parser.isSet(labelOption) || parser.isSet(acceptOption) || parser.isSet(rejectOption);
    if (!parser.isSet(library) || !idOk || !anyChange || (parser.isSet(acceptOption) && parser.isSet(rejectOption))) {
        err << tr("gazette edit: give --library LIB, --annotation ID and --label L, --accept or --reject") << '\n';
        return 2;
    }
    if (!libraryExists(parser.value(library))) {
        err << tr("gazette edit: no library at “%1”").arg(parser.value(library)) << '\n';
        return 1;
    }
    LibrarySession session(parser.value(authorOption));
    if (!session.open(parser.value(library))) {
        err << "gazette edit: " << session.errorString() << '\n';
        return 1;
    }
    session.store()->setAuthor(parser.value(authorOption));
    const auto current = session.store()->annotation(id);
    if (!current) {
        err << tr("gazette edit: the library has no annotation %1").arg(id) << '\n';
        return 1;
    }
    if (parser.isSet(seenOption) && parser.value(seenOption).toInt() != current->version.value) {
        err << tr("gazette edit: someone changed the annotation since you saw version %1; nothing was written.")
                   .arg(parser.value(seenOption))
            << '\n'
            << tr("now: %1").arg(describe(*current)) << '\n';
        return 3;
    }
    std::vector<Edits::Command> commands;
    if (parser.isSet(labelOption) && parser.value(labelOption) != current->label)
        commands.push_back(session.edits()->relabel(id, parser.value(labelOption)));
    if (parser.isSet(acceptOption) && current->status != AnnotationStatus::Accepted)
        commands.push_back(session.edits()->accept(id));
    if (parser.isSet(rejectOption) && current->status != AnnotationStatus::Rejected)
        commands.push_back(session.edits()->reject(id));
    for (Edits::Command &command : commands) {
        if (session.push(std::move(command)))
            continue;
        err << "gazette edit: " << session.errorString() << '\n';
        if (const auto conflict = session.store()->lastConflict()) {
            if (conflict->annotation)
                err << tr("now: %1").arg(describe(*conflict->annotation)) << '\n';
            return 3;
        }
        return 1;
    }
    out << tr("Saved %1.").arg(describe(*session.store()->annotation(id))) << '\n';
    return 0;
}

int Cli::agreement(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption library = libraryOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), tr("Only these articles (ids, comma-separated)."),
                                            QStringLiteral("IDS"));
    const QCommandLineOption annotatorsOption(QStringLiteral("annotators"), tr("Only these annotators (comma-separated)."),
                                              QStringLiteral("NAMES"));
    parser.addOptions({library, articlesOption, annotatorsOption});
    if (const auto status = parseArguments(
            parser, arguments, QStringLiteral("gazette agreement"),
            QStringLiteral("gazette agreement --library LIB [--articles ID,...] [--annotators A,B,...]"),
            tr("How far the annotators of a library agree, overall and per label: Cohen's kappa on tokens and "
               "exact-span F1 for each pair, Krippendorff's alpha for all. Each annotator's spans are those "
               "they made or last changed and did not reject; the extractor's untouched suggestions are left out."),
            out, err))
        return *status;
    if (!parser.isSet(library)) {
        err << tr("gazette agreement: give --library LIB") << '\n';
        return 2;
    }
    if (!libraryExists(parser.value(library))) {
        err << tr("gazette agreement: no library at “%1”").arg(parser.value(library)) << '\n';
        return 1;
    }
    AnnotationStore store;
    if (!store.open(parser.value(library))) {
        err << "gazette agreement: " << store.errorString() << '\n';
        return 1;
    }
    QList<qint64> ids;
    if (parser.isSet(articlesOption)) {
        for (const QString &value : parser.value(articlesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = value.trimmed().toLongLong(&ok);
            if (!ok || !store.article(id)) {
                err << tr("gazette agreement: the library has no article %1").arg(value) << '\n';
                return 1;
            }
            ids.append(id);
        }
    } else {
        for (const ArticleSummary &summary : store.articleSummaries(0, INT_MAX))
            ids.append(summary.id);
    }
    const QStringList only = parser.value(annotatorsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<Agreement::Document> documents;
    for (qint64 id : std::as_const(ids)) {
        documents.append(Agreement::document(store.article(id)->text, store.annotations(id), only));
    }
    const Agreement::Report report = Agreement::compute(documents);
    if (report.annotators.size() < 2) {
        err << tr("gazette agreement: agreement needs two annotators; the articles have %1 (%2)")
                   .arg(report.annotators.size())
                   .arg(report.annotators.join(QStringLiteral(", ")))
            << '\n';
        return 1;
    }
    out << tr("Agreement over %1 article(s), %2 tokens; annotators: %3").arg(ids.size()).arg(report.tokens).arg(report.annotators.join(QStringLiteral(", ")))
        << '\n';
    for (const Agreement::Pair &pair : report.pairs) {
        out << '\n' << tr("%1 and %2 (%3 tokens both annotated)").arg(pair.first, pair.second).arg(pair.tokens) << '\n';
        out << QStringLiteral("  %1 %2 %3 %4\n").arg(tr("label"), -12).arg(tr("kappa"), 7).arg(tr("span F1"), 8).arg(tr("spans"), 9);
        for (auto it = pair.byLabel.cbegin(); it != pair.byLabel.cend(); ++it)
            out << QStringLiteral("  %1 %2 %3 %4\n")
                       .arg(it.key(), -12)
                       .arg(number(it->kappa), 7)
                       .arg(number(it->f1), 8)
                       .arg(QStringLiteral("%1/%2").arg(it->spansA).arg(it->spansB), 9);
        out << QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(tr("overall"), -12)
                   .arg(number(pair.overall.kappa), 7)
                   .arg(number(pair.overall.f1), 8)
                   .arg(QStringLiteral("%1/%2").arg(pair.overall.spansA).arg(pair.overall.spansB), 9);
    }
    out << '\n' << tr("Krippendorff's alpha (%1 annotators)").arg(report.annotators.size()) << '\n';
    for (auto it = report.alphaByLabel.cbegin(); it != report.alphaByLabel.cend(); ++it)
        out << QStringLiteral("  %1 %2\n").arg(it.key(), -12).arg(number(it.value()), 7);
    out << QStringLiteral("  %1 %2\n").arg(tr("overall"), -12).arg(number(report.alpha), 7);
    return 0;
}

} // namespace Gazette
