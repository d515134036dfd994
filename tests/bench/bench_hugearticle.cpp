// SPDX-License-Identifier: GPL-3.0-or-later
// A big but legal article: 31 MB of news-like text imported with `gazette import` (read,
// extract, store) and exported in every data format (Gazette JSON, brat, JSON-LD, CoNLL, spaCy,
// CSV), each in a process of its own so that its peak memory is its own. Prints `bench: NAME VALUE UNIT` lines; the targets are under 30 s and
// under 1 GB (release build).
#include "cli/cli.h"
#include "extract/extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Gazette;

namespace {

// The child: runs the CLI and prints its own peak resident memory.
int runChild(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    Extractor::setStageTiming(true);
    QElapsedTimer timer;
    timer.start();
    const int status = Cli::run(arguments, out, err);
    out.flush();
    // Where the time went: the extraction's stages, and the rest (reading, the library).
    qint64 extracting = 0;
    for (const Extractor::StageTime &t : Extractor::stageTimes()) {
        std::printf("stage %s %.2f\n", qPrintable(t.stage), double(t.nanoseconds) / 1e9);
        extracting += t.nanoseconds;
    }
    if (extracting > 0)
        std::printf("stage other %.2f\n", double(timer.nsecsElapsed() - extracting) / 1e9);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    std::printf("cpu_s %.1f\n", cpu); // on a busy machine the wall clock says more about the others
    std::printf("peak_kb %ld\n", usage.ru_maxrss);
    return status;
}

struct Run
{
    double seconds = 0;
    double peakMb = 0;
    double cpuSeconds = 0;
    bool ok = false;
    QList<std::pair<QByteArray, double>> stages; // seconds per extraction stage, slowest first
};

Run runMeasured(const QStringList &arguments)
{
    QProcess child;
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--child")} + arguments);
    child.waitForFinished(-1);
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray output = child.readAllStandardOutput();
    const qsizetype at = output.lastIndexOf("peak_kb ");
    if (at >= 0)
        run.peakMb = output.mid(at + 8).trimmed().toDouble() / 1024.0;
    if (const qsizetype cpu = output.lastIndexOf("cpu_s "); cpu >= 0)
        run.cpuSeconds = output.mid(cpu + 6, output.indexOf('\n', cpu) - cpu - 6).toDouble();
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("stage ")) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3)
                run.stages.append({words.at(1), words.at(2).toDouble()});
        }
    }
    std::sort(run.stages.begin(), run.stages.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    run.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    if (!run.ok)
        std::fprintf(stderr, "%s\n", child.readAllStandardError().constData());
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1);
        return runChild(arguments);
    }
    const qsizetype targetBytes = qEnvironmentVariableIntValue("GAZETTE_HUGE_MB") > 0 ? qEnvironmentVariableIntValue("GAZETTE_HUGE_MB") * 1024 * 1024
                                                                                  : 31 * 1024 * 1024;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray text = "The Whole Year in Ports\n\n";
        for (int i = 0; text.size() < targetBytes; ++i) {
            text += "On " + QByteArray::number(1 + i % 28) + " March, Kestrel Energy said the port of Rotterdam ordered "
                + QByteArray::number(i) + " cranes from Harbourline Robotics for €" + QByteArray::number(i % 900) + " million, "
                "chief executive Marta Visser told reporters in Singapore. Shares rose " + QByteArray::number(i % 13) + ".5%.\n";
        }
        file.write(text);
    }
    const QString library = dir.filePath(QStringLiteral("huge.gazette"));
    const Run import = runMeasured({QStringLiteral("import"), path, QStringLiteral("--library"), library});
    std::printf("bench: import_31mb_text_s %.1f s%s\n", import.seconds, import.ok ? "" : " (failed)");
    std::printf("bench: import_31mb_text_cpu_s %.1f s\n", import.cpuSeconds);
    std::printf("bench: import_31mb_text_peak_mb %.0f MB\n", import.peakMb);
    for (const auto &[stage, seconds] : std::as_const(import.stages))
        std::printf("bench: import_31mb_text_time_%s %.2f s\n", stage.constData(), seconds);
    std::fflush(stdout);
    if (qEnvironmentVariableIsSet("GAZETTE_HUGE_IMPORT_ONLY"))
        return import.ok ? 0 : 1;
    // Every data format, each in a process of its own, measured the same way.
    bool ok = import.ok;
    for (const char *format : {"json", "brat", "jsonld", "conll", "spacy", "csv"}) {
        const QString id = QString::fromLatin1(format);
        const QString output = dir.filePath(QStringLiteral("export-%1").arg(id));
        const Run exported = runMeasured({QStringLiteral("export"), QStringLiteral("--format"), id, QStringLiteral("--library"), library,
                                          QStringLiteral("-o"), output});
        std::printf("bench: export_%s_31mb_s %.1f s%s\n", format, exported.seconds, exported.ok ? "" : " (failed)");
        std::printf("bench: export_%s_31mb_cpu_s %.1f s\n", format, exported.cpuSeconds);
        std::printf("bench: export_%s_31mb_peak_mb %.0f MB\n", format, exported.peakMb);
        std::fflush(stdout);
        ok = ok && exported.ok;
        // The files go at once: six exports of a 31 MB article would fill a small disk.
        for (const QFileInfo &file : QDir(dir.path()).entryInfoList({QStringLiteral("export-*")}, QDir::Files))
            QFile::remove(file.absoluteFilePath());
    }
    return ok ? 0 : 1;
}
