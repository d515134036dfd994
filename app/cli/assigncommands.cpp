// SPDX-License-Identifier: GPL-3.0-or-later
// Roles and assignments of a library several annotators share: `gazette library grant` and
// `gazette assign`.
#include "cli.h"

#include "store/annotationstore.h"
#include "store/sqldialect.h"
#include "store/teamstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace Gazette {

namespace {

// Opens the library of --library for a team command; a message on err when it cannot.
bool openLibrary(AnnotationStore &store, const QString &location, const QString &command, QTextStream &err)
{
    if (!SqlDialect::isServerLocation(location) && !QFileInfo::exists(location)) {
        err << Cli::tr("%1: no library at “%2”").arg(command, location) << '\n';
        return false;
    }
    if (!store.open(location)) {
        err << command << ": " << store.errorString() << '\n';
        return false;
    }
    return true;
}

void listAssignments(const AnnotationStore &store, const TeamStore &team, QTextStream &out)
{
    const QList<Assignment> assignments = team.assignments();
    if (assignments.isEmpty())
        out << Cli::tr("No article is assigned.") << '\n';
    qint64 article = 0;
    for (const Assignment &a : assignments) {
        if (a.articleId != article) {
            article = a.articleId;
            const auto row = store.article(article);
            out << Cli::tr("article %1 “%2”").arg(article).arg(row ? row->headline : QString()) << '\n';
        }
        out << QStringLiteral("  %1 %2").arg(a.annotator, -16).arg(assignmentStatusName(a.status), -12);
        if (!a.assignedBy.isEmpty())
            out << ' ' << Cli::tr("(assigned by %1)").arg(a.assignedBy);
        out << '\n';
    }
    const QList<Presence> present = team.presence();
    for (const Presence &p : present)
        out << Cli::tr("%1 is working on article %2").arg(p.annotator).arg(p.articleId) << '\n';
}

} // namespace

std::optional<int> Cli::parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                       const QString &synopsis, const QString &description, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << command << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << subcommandHelp(parser, synopsis, description);
        return 0;
    }
    return std::nullopt;
}

QCommandLineOption Cli::libraryOption()
{
    return {QStringLiteral("library"), tr("Library file or postgresql:// URI."), QStringLiteral("LIB")};
}

int Cli::grant(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption library = libraryOption();
    parser.addOption(library);
    if (const auto status = parseArguments(
            parser, arguments, QStringLiteral("gazette library grant"), QStringLiteral("gazette library grant --library LIB USER annotator|curator"),
            tr("Gives a PostgreSQL role the rights of an annotator (change their own annotations, facts and "
               "progress) or a curator (also set the final status, take spans into the final layer, assign "
               "articles). The server enforces them with row-level policies. Run it as the library's owner "
               "with the right to create roles, or as a superuser; the role is made when it does not exist."),
            out, err))
        return *status;
    const QStringList positional = parser.positionalArguments();
    const QString role = positional.value(1);
    if (!parser.isSet(library) || positional.size() != 2
        || (role != QLatin1String("annotator") && role != QLatin1String("curator"))) {
        err << tr("gazette library grant: use “gazette library grant --library LIB USER annotator|curator”") << '\n';
        return 2;
    }
    const QString location = parser.value(library);
    AnnotationStore store;
    if (!openLibrary(store, location, QStringLiteral("gazette library grant"), err))
        return 1;
    if (!store.isShared()) {
        out << tr("A library file has one user, who may do everything: roles are a PostgreSQL library's. Nothing was changed.")
            << '\n';
        return 0;
    }
    TeamStore team(&store);
    const bool curator = role == QLatin1String("curator");
    if (!team.grant(positional.at(0), curator ? TeamStore::Role::Curator : TeamStore::Role::Annotator)) {
        err << "gazette library grant: " << team.errorString() << '\n';
        return 1;
    }
    out << (curator ? tr("%1 is now a curator of %2.") : tr("%1 is now an annotator of %2."))
               .arg(positional.at(0), SqlDialect::displayLocation(location))
        << '\n';
    return 0;
}

int Cli::assign(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption library = libraryOption();
    const QCommandLineOption articleOption(QStringLiteral("article"), tr("The article's id."), QStringLiteral("ID"));
    const QCommandLineOption annotatorOption(QStringLiteral("annotator"), tr("The annotator (a PostgreSQL role, or a name on a file)."),
                                             QStringLiteral("NAME"));
    const QCommandLineOption statusOption(QStringLiteral("status"), tr("Report progress instead: assigned, in-progress or done."),
                                          QStringLiteral("S"));
    const QCommandLineOption unassignOption(QStringLiteral("unassign"), tr("Take the assignment back."));
    const QCommandLineOption authorOption(QStringLiteral("author"), tr("Your name, on a library file (a server knows your role)."),
                                          QStringLiteral("NAME"));
    parser.addOptions({library, articleOption, annotatorOption, statusOption, unassignOption, authorOption});
    if (const auto status = parseArguments(
            parser, arguments, QStringLiteral("gazette assign"),
            QStringLiteral("gazette assign --library LIB [--article ID --annotator NAME [--status S | --unassign]]"),
            tr("Assigns an article to an annotator (a curator's right on a PostgreSQL library), reports an "
               "annotator's own progress with --status, or takes an assignment back. Without --article it "
               "lists every assignment with each annotator's status, and who is working on which article now."),
            out, err))
        return *status;
    bool idOk = false;
    const qint64 articleId = parser.value(articleOption).toLongLong(&idOk);
    const auto status = assignmentStatusFromName(parser.value(statusOption));
    if (!parser.isSet(library) || (parser.isSet(articleOption) && (!idOk || !parser.isSet(annotatorOption)))
        || (parser.isSet(statusOption) && !status) || (parser.isSet(statusOption) && parser.isSet(unassignOption))) {
        err << tr("gazette assign: give --library LIB, and --article ID with --annotator NAME to assign; --status is "
                  "assigned, in-progress or done")
            << '\n';
        return 2;
    }
    AnnotationStore store;
    if (!openLibrary(store, parser.value(library), QStringLiteral("gazette assign"), err))
        return 1;
    store.setAuthor(parser.value(authorOption));
    TeamStore team(&store);
    if (!parser.isSet(articleOption)) {
        listAssignments(store, team, out);
        return 0;
    }
    const QString annotator = parser.value(annotatorOption);
    bool ok = false;
    if (parser.isSet(unassignOption))
        ok = team.unassign(articleId, annotator);
    else if (status)
        ok = team.setStatus(articleId, annotator, *status);
    else
        ok = team.assign(articleId, annotator);
    if (!ok) {
        err << "gazette assign: " << team.errorString() << '\n';
        return 1;
    }
    if (parser.isSet(unassignOption))
        out << tr("Article %1 is no longer assigned to %2.").arg(articleId).arg(annotator) << '\n';
    else if (status)
        out << tr("%1 on article %2: %3.").arg(annotator).arg(articleId).arg(assignmentStatusName(*status)) << '\n';
    else
        out << tr("Article %1 is assigned to %2.").arg(articleId).arg(annotator) << '\n';
    return 0;
}

} // namespace Gazette
