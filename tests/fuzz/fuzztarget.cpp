// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target per reader of outside bytes, chosen by GAZETTE_FUZZ_TARGET at compile
// time (tests/fuzz/CMakeLists.txt builds one executable each). A target only reads: whatever
// the bytes, the reader must return (an article, a document or an error), never crash, hang or
// leak, under AddressSanitizer and UndefinedBehaviorSanitizer.
#include "formats/dataformat.h"
#include "formats/feedreader.h"
#include "formats/htmlimporter.h"
#include "formats/opml.h"
#include "formats/plaintextimporter.h"
#include "formats/textdecoder.h"
#include "store/libraryfile.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace Gazette;

namespace {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Data formats: the input is one file of the format; brat splits it at the first NUL byte
// into the .txt and the .ann, CSV into the facts and the entities.
void readDataFormat(const QString &id, const QByteArray &bytes)
{
    const DataFormat *format = DataFormat::byId(id);
    QMap<QString, QByteArray> files;
    const qsizetype split = bytes.indexOf('\0');
    if (id == QLatin1String("brat")) {
        files.insert(QStringLiteral(".txt"), split < 0 ? QByteArray() : bytes.left(split));
        files.insert(QStringLiteral(".ann"), split < 0 ? bytes : bytes.mid(split + 1));
    } else if (id == QLatin1String("csv")) {
        files.insert(format->mainSuffix(), split < 0 ? bytes : bytes.left(split));
        files.insert(QStringLiteral(".entities.csv"), split < 0 ? QByteArray() : bytes.mid(split + 1));
    } else {
        files.insert(format->mainSuffix(), bytes);
    }
    QString error;
    if (const auto document = format->read(files, &error)) {
        // What was read must be writable again (and what it writes readable).
        const auto written = format->write(*document, {});
        QString again;
        (void)format->read(written, &again);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    static QGuiApplication app(*argc, *argv); // fonts for Markdown, the SQL plugin for the probe
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return -1; // the readers refuse larger inputs only at 32 MB; big inputs slow the search
    const QByteArray bytes = bytesOf(data, size);
#if defined(GAZETTE_FUZZ_html)
    HtmlImporter importer;
    (void)importer.read(bytes, QStringLiteral("https://fuzz.example/page"));
#elif defined(GAZETTE_FUZZ_feed)
    FeedReader reader;
    if (const auto feed = reader.read(bytes)) {
        for (const FeedItem &item : feed->items) {
            QString error;
            (void)FeedReader::articleFor(item, *feed, &error);
        }
    }
#elif defined(GAZETTE_FUZZ_opml)
    Opml opml;
    if (const auto feeds = opml.read(bytes)) {
        // What was read must be writable again, and the written list read back whole.
        const QByteArray written = Opml::write(*feeds, QStringLiteral("fuzz"));
        Opml again;
        const auto reread = again.read(written);
        if (!feeds->isEmpty() && (!reread || reread->size() != feeds->size()))
            __builtin_trap();
    }
#elif defined(GAZETTE_FUZZ_markdown)
    MarkdownImporter importer;
    (void)importer.read(bytes, QStringLiteral("file:///fuzz.md"));
#elif defined(GAZETTE_FUZZ_text)
    TextDecoder decoder;
    (void)decoder.decode(bytes);
    (void)decoder.decode(bytes, QStringLiteral("iso-8859-1"));
    PlainTextImporter importer;
    (void)importer.read(bytes, QStringLiteral("file:///fuzz.txt"));
#elif defined(GAZETTE_FUZZ_brat)
    readDataFormat(QStringLiteral("brat"), bytes);
#elif defined(GAZETTE_FUZZ_json)
    readDataFormat(QStringLiteral("json"), bytes);
#elif defined(GAZETTE_FUZZ_jsonld)
    readDataFormat(QStringLiteral("jsonld"), bytes);
#elif defined(GAZETTE_FUZZ_conll)
    readDataFormat(QStringLiteral("conll"), bytes);
#elif defined(GAZETTE_FUZZ_spacy)
    readDataFormat(QStringLiteral("spacy"), bytes);
#elif defined(GAZETTE_FUZZ_csv)
    readDataFormat(QStringLiteral("csv"), bytes);
#elif defined(GAZETTE_FUZZ_libraryprobe)
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.gazette"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(bytes);
    file.close();
    LibraryFile library(QStringLiteral("fuzz"));
    (void)library.open(path, 3);
#else
#error "GAZETTE_FUZZ_<target> names the reader to fuzz"
#endif
    return 0;
}
