// SPDX-License-Identifier: GPL-3.0-or-later
// `gazette` without the window: the CLI alone, for tests that need real processes (several
// writers on one library, kills at random moments).
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Gazette::Cli::run(QCoreApplication::arguments(), out, err);
}
