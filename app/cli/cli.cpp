// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QTextStream>

namespace Gazette {

namespace {

enum class Command { None, Help, Version };

Command commandFor(const QString &argument)
{
    if (argument == QLatin1String("help") || argument == QLatin1String("--help") || argument == QLatin1String("-h"))
        return Command::Help;
    if (argument == QLatin1String("version") || argument == QLatin1String("--version") || argument == QLatin1String("-v"))
        return Command::Version;
    return Command::None;
}

} // namespace

bool Cli::isCliInvocation(const QStringList &arguments)
{
    return arguments.size() > 1 && commandFor(arguments.at(1)) != Command::None;
}

QString Cli::usage()
{
    return tr("Usage:\n"
              "  gazette [FILE...]              open articles in the Gazette window\n"
              "  gazette help                   show this help\n"
              "  gazette version                show the version\n"
              "\n"
              "Window options:\n"
              "  --screenshot PATH              save a PNG of the window once it is shown, then quit\n"
              "  --theme NAME                   use a KSyntaxHighlighting theme (e.g. \"Breeze Dark\")\n");
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    switch (commandFor(command)) {
    case Command::Help:
        out << usage();
        return 0;
    case Command::Version:
        out << QCoreApplication::applicationName() << ' ' << QStringLiteral(GAZETTE_VERSION) << '\n';
        return 0;
    case Command::None:
        break;
    }
    err << tr("gazette: unknown command “%1”").arg(command) << '\n' << usage();
    return 2;
}

} // namespace Gazette
