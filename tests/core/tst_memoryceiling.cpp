// SPDX-License-Identifier: GPL-3.0-or-later
// One import of a big article stays under a memory ceiling. A child process (the CLI) imports a
// 1 MB news-like text with its address space limited (RLIMIT_AS). Under AddressSanitizer, which
// reserves terabytes of address space for its shadow memory, the ceiling is ASan's own hard
// limit on resident memory instead. Either way the child's peak resident memory is measured and
// printed, and a ceiling far too low makes the same import fail cleanly: the limit is real.
#include "store/annotationstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Gazette;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true;
#else
constexpr bool Sanitized = false;
#endif

// Ceilings for a 1 MB article: the address space of an optimised build, or the resident memory
// of a sanitized one (about three times an optimised build's).
constexpr qint64 AddressSpaceCeilingMb = 1024;
// ASan's quarantine of freed memory is turned off, so that the figure is memory in use (today
// about 250 MB; with the quarantine it is 750 to 1,050 MB depending on how much was freed).
constexpr qint64 SanitizedResidentCeilingMb = 400;
constexpr qint64 TooLowMb = Sanitized ? 120 : 160;

QString writeArticle(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "The Whole Year in Ports\n\n";
    for (int i = 0; text.size() < 1024 * 1024; ++i) {
        text += "On " + QByteArray::number(1 + i % 28) + " March, Kestrel Energy said the port of Rotterdam ordered " + QByteArray::number(i)
            + " cranes from Harbourline Robotics for \xe2\x82\xac" + QByteArray::number(i % 900)
            + " million, chief executive Marta Visser told reporters in Singapore. Shares rose " + QByteArray::number(i % 13) + ".5%.\n";
    }
    file.write(text);
    return path;
}

struct Outcome
{
    bool ok = false;
    QString errors;
};

Outcome importUnder(const QString &article, const QString &library, qint64 ceilingMb)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (Sanitized) {
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           QStringLiteral("detect_leaks=0:quarantine_size_mb=0:hard_rss_limit_mb=%1:allocator_may_return_null=1").arg(ceilingMb));
    } else {
        child.setChildProcessModifier([ceilingMb] {
            const rlim_t bytes = rlim_t(ceilingMb) * 1024 * 1024;
            const rlimit limit{bytes, bytes};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(GAZETTE_CLI_HOST), {QStringLiteral("import"), article, QStringLiteral("--library"), library});
    child.waitForFinished(600000);
    Outcome outcome;
    outcome.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    outcome.errors = QString::fromUtf8(child.readAllStandardError());
    return outcome;
}

} // namespace

class TestMemoryCeiling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importStaysUnderTheCeiling()
    {
        QTemporaryDir dir;
        const QString article = writeArticle(dir);
        QVERIFY(!article.isEmpty());
        const QString library = dir.filePath(QStringLiteral("big.gazette"));
        const qint64 ceiling = Sanitized ? SanitizedResidentCeilingMb : AddressSpaceCeilingMb;
        const Outcome outcome = importUnder(article, library, ceiling);
        QVERIFY2(outcome.ok, qPrintable(outcome.errors));
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        const qint64 peakMb = qint64(usage.ru_maxrss) / 1024;
        qInfo("peak resident memory of the import: %lld MB (ceiling %lld MB %s)", peakMb, ceiling,
              Sanitized ? "resident, AddressSanitizer" : "address space");
        if (Sanitized)
            QVERIFY2(peakMb <= SanitizedResidentCeilingMb, qPrintable(QString::number(peakMb)));

        // The article is whole, with its suggestions.
        AnnotationStore store;
        QVERIFY(store.open(library));
        QCOMPARE(store.articleCount(), 1);
        const auto summaries = store.articleSummaries(0, 10);
        QCOMPARE(summaries.size(), 1);
        QVERIFY(!store.annotations(summaries.first().id).isEmpty());
    }

    void aCeilingTooLowFailsCleanly()
    {
        // The same import under a ceiling it cannot meet stops with an error, and leaves no
        // half-written article behind.
        QTemporaryDir dir;
        const QString article = writeArticle(dir);
        const QString library = dir.filePath(QStringLiteral("small.gazette"));
        const Outcome outcome = importUnder(article, library, TooLowMb);
        QVERIFY2(!outcome.ok, "the import succeeded under a ceiling far too low: the ceiling is not applied");
        if (QFile::exists(library)) {
            AnnotationStore store;
            if (store.open(library))
                QCOMPARE(store.articleCount(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMemoryCeiling)
#include "tst_memoryceiling.moc"
