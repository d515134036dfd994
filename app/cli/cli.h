// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace Gazette {

// `gazette COMMAND ...`: batch work without a display. main() asks isCliInvocation() before
// it creates any GUI object, so a subcommand never needs a display.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Cli)

public:
    // arguments as in QCoreApplication::arguments(), program name first.
    static bool isCliInvocation(const QStringList &arguments);

    // Runs the subcommand and returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString usage();
    static QStringList formatIds();

private:
    static int exportArticles(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int importArticles(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int extractFiles(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int evaluate(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int train(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Defined in teamcommands.cpp: the commands of a library several annotators share.
    static int library(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int edit(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int agreement(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Defined in feedcommands.cpp: subscriptions.
    static int feeds(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Defined in assigncommands.cpp: roles and assignments.
    static int grant(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int assign(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Defined in statscommands.cpp: the entity index and library search.
    static int stats(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString subcommandHelp(const QCommandLineParser &parser, const QString &synopsis, const QString &description);
    // Adds --help and parses a subcommand's arguments: the exit status when that is all there is
    // to do (an error: 2, the help printed: 0), nothing when the command goes on.
    static std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                             const QString &synopsis, const QString &description, QTextStream &out,
                                             QTextStream &err);
    // --library LIB, as every command that works on a library takes it.
    static QCommandLineOption libraryOption();
};

} // namespace Gazette
