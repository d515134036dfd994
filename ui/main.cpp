// SPDX-License-Identifier: GPL-3.0-or-later
// The `gazette` executable: a CLI subcommand runs headless; anything else opens the window.
#include "cli/cli.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "themecontroller.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Gazette"));
    QCoreApplication::setApplicationName(QStringLiteral("Gazette"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GAZETTE_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto qtTranslator = std::make_unique<QTranslator>(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.release());
    // Next to the binary in the build tree and in an installed prefix alike.
    const QString dir = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/gazette/translations"));
    auto translator = std::make_unique<QTranslator>(&app);
    if (translator->load(locale, QStringLiteral("gazette"), QStringLiteral("_"), dir))
        QCoreApplication::installTranslator(translator.release());
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationInfo();

    // A subcommand never touches the GUI, so it runs without a display.
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (Gazette::Cli::isCliInvocation(arguments)) {
            // PDF reports lay out text, which needs fonts and so a QGuiApplication; the
            // offscreen platform gives one that never needs a display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            installTranslations(app);
            QTextStream out(stdout);
            QTextStream err(stderr);
            return Gazette::Cli::run(QCoreApplication::arguments(), out, err);
        }
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral(GAZETTE_APP_ID));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Gazette: read, annotate and verify news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once it is shown, then quit."), QStringLiteral("path"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QApplication::translate("main", "Use the KSyntaxHighlighting theme NAME."), QStringLiteral("name"));
    const QCommandLineOption newInstanceOption(QStringLiteral("new-instance"),
        QApplication::translate("main", "Open a window of its own instead of handing the files to the Gazette already running."));
    parser.addOption(screenshotOption);
    parser.addOption(themeOption);
    parser.addOption(newInstanceOption);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Articles to open."), QStringLiteral("[FILE...]"));
    parser.process(app);

    // One window per user and profile: a later launch hands its files to the running one. A
    // screenshot run, --new-instance and GAZETTE_NEW_INSTANCE=1 (tests) keep to themselves.
    const QStringList sources = Gazette::SingleInstance::sourcesFromArguments(parser.positionalArguments());
    std::unique_ptr<Gazette::SingleInstance> instance;
    if (!parser.isSet(newInstanceOption) && !parser.isSet(screenshotOption) && qEnvironmentVariableIntValue("GAZETTE_NEW_INSTANCE") == 0) {
        const QString name = Gazette::SingleInstance::serverName();
        if (Gazette::SingleInstance::sendToRunning(name, sources))
            return 0;
        instance = std::make_unique<Gazette::SingleInstance>(name);
        if (!instance->listen())
            std::fprintf(stderr, "%s\n", qPrintable(instance->errorString()));
    }

    Gazette::ThemeController themes;
    if (parser.isSet(themeOption) && !themes.setTheme(parser.value(themeOption))) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "Unknown theme “%1”; using “%2”.")
                                                    .arg(parser.value(themeOption), themes.theme().name())));
    }
    Gazette::MainWindow window(&themes);
    window.show();
    // Scheduled first: a file that cannot be opened shows a message box, and the screenshot
    // (with the message in front) must still be taken and the run end.
    if (parser.isSet(screenshotOption))
        window.saveScreenshotAndQuit(parser.value(screenshotOption));
    if (instance) {
        QObject::connect(instance.get(), &Gazette::SingleInstance::sourcesReceived, &window, [&window](const QStringList &received) {
            window.openSources(received);
            window.bringToFront();
        });
    }
    window.openSources(sources);
    return app.exec();
}
