// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/dataformat.h"
#include "formats/exportwriter.h"
#include "store/annotationstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <map>

// The heap in use, to see whether an export holds its spans: the sanitizer's count of allocated
// bytes, or glibc's (small blocks and mapped ones).
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define GAZETTE_SANITIZER_HEAP 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GAZETTE_SANITIZER_HEAP 1
#endif
#if defined(GAZETTE_SANITIZER_HEAP)
// From <sanitizer/allocator_interface.h>, which GCC does not install.
extern "C" size_t __sanitizer_get_current_allocated_bytes(void);
#else
#include <malloc.h>
#endif

using namespace Gazette;

namespace {

// Astral-plane characters (an emoji, a CJK Extension B ideograph) before the spans make UTF-16
// and code point offsets differ.
const QString Text = QStringLiteral(
    "Port Deal \U0001F6A2 Signed\n"
    "Marta Visser of Harbourline said: “Kestrel gave us the best cells.”\n"
    "In \U00020000 Shenzhen, Kestrel shares rose 7.5%.\n");

// A span over the given occurrence of `quote` in `text`, as a rule (suggested, with
// `ruleConfidence`) or a reader made it.
Annotation spanIn(const QString &text, const QString &quote, const QString &label, AnnotationStatus status, qint64 entity, int occurrence,
                  double ruleConfidence)
{
    Annotation a;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(quote, at + 1);
    if (at < 0)
        qFatal("the text lacks %s", qPrintable(quote));
    a.start = int(at);
    a.end = int(at + quote.size());
    a.label = label;
    a.status = status;
    a.entityId = entity;
    a.origin = status == AnnotationStatus::Suggested ? Origin::Auto : Origin::Manual;
    a.ruleId = status == AnnotationStatus::Suggested ? QStringLiteral("rule.x") : QString();
    a.confidence = status == AnnotationStatus::Suggested ? ruleConfidence : 1.0;
    a.author = QStringLiteral("ana");
    a.setContextFrom(text);
    return a;
}

Annotation span(const QString &quote, const QString &label, AnnotationStatus status, qint64 id, qint64 entity = 0, int occurrence = 0)
{
    Annotation a = spanIn(Text, quote, label, status, entity, occurrence, 0.75);
    a.id = id;
    return a;
}

AnnotatedArticle sample()
{
    AnnotatedArticle doc;
    doc.article.headline = QStringLiteral("Port Deal Signed");
    doc.article.text = Text;
    doc.article.uri = QStringLiteral("https://news.example/port-deal");
    doc.article.published = QDateTime(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::UTC);
    doc.article.language = QStringLiteral("en");
    doc.entities = {{1, QStringLiteral("Marta Visser"), QStringLiteral("PERSON"), {QStringLiteral("Visser")}, {}, {}, {}, {}},
                    {2, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), {QStringLiteral("Kestrel")}, QStringLiteral("Q42"), {}, {}, {}},
                    {3, QStringLiteral("Harbourline"), QStringLiteral("ORG"), {}, {}, {}, {}, {}}};
    doc.annotations = {
        span(QStringLiteral("Marta Visser"), QStringLiteral("PERSON"), AnnotationStatus::Accepted, 10, 1),
        span(QStringLiteral("Harbourline"), QStringLiteral("ORG"), AnnotationStatus::Suggested, 11, 3),
        span(QStringLiteral("Kestrel gave us the best cells."), QStringLiteral("QUOTE"), AnnotationStatus::Accepted, 12),
        span(QStringLiteral("Shenzhen"), QStringLiteral("GPE"), AnnotationStatus::Accepted, 13),
        span(QStringLiteral("Kestrel"), QStringLiteral("ORG"), AnnotationStatus::Accepted, 14, 2, 1),
        span(QStringLiteral("7.5%"), QStringLiteral("PERCENT"), AnnotationStatus::Suggested, 15),
    };
    doc.annotations[0].note = QStringLiteral("chief executive");
    Fact said;
    said.id = 20;
    said.kind = QStringLiteral("quote");
    said.subjectEntityId = 1;
    said.subjectText = QStringLiteral("Marta Visser");
    said.predicate = QStringLiteral("said");
    said.objectText = QStringLiteral("Kestrel gave us the best cells.");
    said.status = AnnotationStatus::Accepted;
    said.evidence = {{doc.annotations[2].start, doc.annotations[2].end, doc.annotations[2].quote, {}, {}, false}};
    Fact rose;
    rose.id = 21;
    rose.kind = QStringLiteral("statistic");
    rose.subjectEntityId = 2;
    rose.subjectText = QStringLiteral("Kestrel shares");
    rose.predicate = QStringLiteral("rose");
    rose.objectText = QStringLiteral("7.5%");
    rose.value = QStringLiteral("7.5");
    rose.unit = QStringLiteral("%");
    rose.time = QStringLiteral("2026-03-04");
    rose.confidence = 0.8;
    rose.ruleId = QStringLiteral("fact.statistic");
    rose.status = AnnotationStatus::Suggested;
    doc.facts = {said, rose};
    return doc;
}

qint64 heapInUse()
{
#if defined(GAZETTE_SANITIZER_HEAP)
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#endif
}

// Files in memory, by suffix.
struct MemorySink final : FileSink
{
    std::map<QString, std::unique_ptr<QBuffer>> buffers;
    QIODevice *open(const QString &suffix) override
    {
        auto buffer = std::make_unique<QBuffer>();
        buffer->open(QIODevice::WriteOnly);
        buffers[suffix] = std::move(buffer);
        return buffers[suffix].get();
    }
    QMap<QString, QByteArray> files() const
    {
        QMap<QString, QByteArray> result;
        for (const auto &[suffix, buffer] : buffers)
            result.insert(suffix, buffer->data());
        return result;
    }
};

// Devices that count what they are given and keep none of it.
struct DiscardingDevice final : QIODevice
{
    qint64 total = 0;
    qint64 largest = 0; // the most bytes written at once
    int writes = 0;
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        total += length;
        largest = std::max(largest, length);
        ++writes;
        return length;
    }
};

struct DiscardingSink final : FileSink
{
    std::vector<std::unique_ptr<DiscardingDevice>> devices;
    QIODevice *open(const QString &) override
    {
        devices.push_back(std::make_unique<DiscardingDevice>());
        devices.back()->open(QIODevice::WriteOnly);
        return devices.back().get();
    }
    qint64 total() const
    {
        qint64 sum = 0;
        for (const auto &device : devices)
            sum += device->total;
        return sum;
    }
};

// An article in a library, for exporting both ways: the hard cases of text (an emoji, CJK
// Extension B ideographs, combining marks, Arabic and Hebrew) and of spans (nested, sharing a
// start, rejected, suggested, linked, with notes), facts of every kind a format treats apart,
// its spans added out of text order so that their ids are not.
const QString LibraryText = QStringLiteral(
    "Port Deal \U0001F6A2 Signed in Haifa\n"
    "Marta Visser of Harbourline said: \u201CKestrel gave us the best cells \U00020BB7.\u201D Zoe\u0308 and A\u030Angstro\u0308m agreed.\n"
    "In \U00020000 Shenzhen, Kestrel shares rose 7.5% on Jan. 23, Dr. Okafor said.\n"
    "\u0641\u064A \u0645\u064A\u0646\u0627\u0621 \u0631\u0648\u062A\u0631\u062F\u0627\u0645 \u0642\u0627\u0644\u062A \u0634\u0631\u0643\u0629 "
    "\u0643\u0633\u062A\u0631\u064A\u0644 \u0625\u0646 \u0627\u0644\u0623\u0633\u0647\u0645 \u0627\u0631\u062A\u0641\u0639\u062A. "
    "\u05D7\u05D1\u05E8\u05EA \u05D4\u05E0\u05DE\u05DC \u05D1\u05D7\u05D9\u05E4\u05D4 \u05D0\u05D9\u05E9\u05E8\u05D4.\n");

Annotation librarySpan(const QString &quote, const QString &label, AnnotationStatus status, qint64 entity = 0, int occurrence = 0)
{
    return spanIn(LibraryText, quote, label, status, entity, occurrence, 0.625);
}

Evidence evidenceOf(const Annotation &span)
{
    Evidence e;
    e.start = span.start;
    e.end = span.end;
    e.setContextFrom(LibraryText);
    return e;
}

AnnotatedArticle libraryArticle()
{
    using S = AnnotationStatus;
    AnnotatedArticle doc;
    doc.article.headline = QStringLiteral("Port Deal \U0001F6A2 Signed in Haifa");
    doc.article.text = LibraryText;
    doc.article.uri = QStringLiteral("https://news.example/port-deal-\u05D7\u05D9\u05E4\u05D4");
    doc.article.byline = QStringLiteral("A\u030Asa Lind");
    doc.article.published = QDateTime(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::UTC);
    doc.article.language = QStringLiteral("en");
    const QString rotterdam = QStringLiteral("\u0645\u064A\u0646\u0627\u0621 \u0631\u0648\u062A\u0631\u062F\u0627\u0645");
    const QString kestrelArabic = QStringLiteral("\u0643\u0633\u062A\u0631\u064A\u0644");
    doc.entities = {{-1, QStringLiteral("Marta Visser"), QStringLiteral("PERSON"), {QStringLiteral("Visser")}, {}, {}, {}, {}},
                    {-2, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), {QStringLiteral("Kestrel"), kestrelArabic}, QStringLiteral("Q42"), {}, {}, {}},
                    {-3, QStringLiteral("Harbourline"), QStringLiteral("ORG"), {}, {}, QStringLiteral("a port operator"), {}, {}},
                    {-4, rotterdam, QStringLiteral("GPE"), {}, {}, {}, {}, {}}};
    Annotation visser = librarySpan(QStringLiteral("Marta Visser"), QStringLiteral("PERSON"), S::Accepted, -1);
    visser.note = QStringLiteral("chief executive\nsince 2024\tat least");
    Annotation angstrom = librarySpan(QStringLiteral("A\u030Angstro\u0308m"), QStringLiteral("PERSON"), S::Suggested);
    angstrom.note = QStringLiteral("\u05D4\u05E2\u05E8\u05D4 note");
    const Annotation quote = librarySpan(QStringLiteral("Kestrel gave us the best cells \U00020BB7."), QStringLiteral("QUOTE"), S::Accepted);
    const Annotation harbourline = librarySpan(QStringLiteral("Harbourline"), QStringLiteral("ORG"), S::Suggested, -3);
    const Annotation kestrel = librarySpan(QStringLiteral("Kestrel"), QStringLiteral("ORG"), S::Accepted, -2, 1);
    const Annotation port = librarySpan(rotterdam, QStringLiteral("GPE"), S::Accepted, -4);
    // Out of text order on purpose, so that the library's ids are not in text order either.
    doc.annotations = {
        kestrel,
        librarySpan(QStringLiteral("Haifa"), QStringLiteral("GPE"), S::Rejected),
        port,
        visser,
        librarySpan(QStringLiteral("7.5%"), QStringLiteral("PERCENT"), S::Suggested),
        angstrom,
        librarySpan(QStringLiteral("Marta"), QStringLiteral("PERSON"), S::Suggested, -1),
        quote,
        librarySpan(QStringLiteral("Kestrel"), QStringLiteral("ORG"), S::Suggested, -2),
        librarySpan(QStringLiteral("Shenzhen"), QStringLiteral("LOC"), S::Suggested),
        harbourline,
        librarySpan(QStringLiteral("\U00020000 Shenzhen"), QStringLiteral("GPE"), S::Accepted),
        librarySpan(QStringLiteral("Shenzhen"), QStringLiteral("GPE"), S::Accepted),
        librarySpan(QStringLiteral("Zoe\u0308"), QStringLiteral("PERSON"), S::Accepted),
        librarySpan(QStringLiteral("Deal \U0001F6A2"), QStringLiteral("MISC"), S::Accepted),
        librarySpan(kestrelArabic, QStringLiteral("ORG"), S::Suggested, -2),
        librarySpan(QStringLiteral("Jan. 23"), QStringLiteral("DATE"), S::Accepted),
        librarySpan(QStringLiteral("\u05D7\u05D1\u05E8\u05EA \u05D4\u05E0\u05DE\u05DC"), QStringLiteral("ORG"), S::Accepted),
        librarySpan(QStringLiteral("Dr. Okafor"), QStringLiteral("PERSON"), S::Rejected),
    };
    Fact said;
    said.kind = QStringLiteral("quote");
    said.subjectEntityId = -1;
    said.subjectText = visser.quote;
    said.predicate = QStringLiteral("said");
    said.objectText = quote.quote;
    said.status = S::Accepted;
    said.origin = Origin::Manual;
    said.evidence = {evidenceOf(quote), evidenceOf(visser)};
    Fact buys;
    buys.kind = QStringLiteral("partnership");
    buys.subjectEntityId = -3;
    buys.subjectText = harbourline.quote;
    buys.predicate = QStringLiteral("buys from");
    buys.objectEntityId = -2;
    buys.objectText = kestrel.quote;
    buys.status = S::Suggested;
    buys.confidence = 0.5;
    buys.ruleId = QStringLiteral("fact.partner");
    buys.evidence = {evidenceOf(harbourline)};
    Fact rose;
    rose.kind = QStringLiteral("statistic");
    rose.subjectEntityId = -2;
    rose.subjectText = QStringLiteral("Kestrel shares");
    rose.predicate = QStringLiteral("rose");
    rose.objectText = QStringLiteral("=7.5%");
    rose.value = QStringLiteral("7.5");
    rose.unit = QStringLiteral("%");
    rose.time = QStringLiteral("2026-01-23");
    rose.status = S::Accepted;
    rose.note = QStringLiteral("\u0627\u0631\u062A\u0641\u0639\u062A, \"up\"");
    Fact hosts;
    hosts.kind = QStringLiteral("location");
    hosts.subjectEntityId = -4;
    hosts.subjectText = port.quote;
    hosts.predicate = QStringLiteral("hosts");
    hosts.objectEntityId = -2;
    hosts.objectText = kestrel.quote;
    hosts.status = S::Rejected;
    hosts.evidence = {evidenceOf(port)};
    doc.facts = {said, buys, rose, hosts};
    return doc;
}

} // namespace

class TestDataFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePoints()
    {
        const CodePointIndex index(Text);
        const int afterShip = int(Text.indexOf(QStringLiteral(" Signed")));
        QCOMPARE(afterShip, 12);                   // "Port Deal " + 2 UTF-16 units
        QCOMPARE(index.toCodePoints(afterShip), 11); // one code point
        QCOMPARE(index.toUtf16(11), afterShip);
        const int shenzhen = int(Text.indexOf(QStringLiteral("Shenzhen")));
        QCOMPARE(index.toCodePoints(shenzhen), shenzhen - 2);
        QCOMPARE(index.toUtf16(index.toCodePoints(shenzhen)), shenzhen);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        for (const auto &format : DataFormat::all())
            QTest::newRow(qPrintable(format->id())) << format->id();
    }

    void roundTrip()
    {
        QFETCH(QString, format);
        const DataFormat *codec = DataFormat::byId(format);
        QVERIFY(codec);
        const AnnotatedArticle original = sample();
        const auto files = codec->write(original, {});
        QVERIFY(files.contains(codec->mainSuffix()));
        QString error;
        const auto back = codec->read(files, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(codec->limitations().isEmpty(), format == QLatin1String("json"));

        if (format == QLatin1String("csv")) {
            QCOMPARE(back->facts.size(), original.facts.size());
            for (int i = 0; i < original.facts.size(); ++i) {
                const Fact &a = original.facts.at(i), &b = back->facts.at(i);
                QCOMPARE(std::tie(b.kind, b.subjectText, b.predicate, b.objectText, b.value, b.unit, b.time, b.ruleId),
                         std::tie(a.kind, a.subjectText, a.predicate, a.objectText, a.value, a.unit, a.time, a.ruleId));
                QCOMPARE(b.status, a.status);
                QCOMPARE(b.confidence, a.confidence);
            }
            QCOMPARE(back->entities.size(), 3);
            QCOMPARE(back->entities.at(1).externalId, QStringLiteral("Q42"));
            QCOMPARE(back->entities.at(1).aliases, QStringList{QStringLiteral("Kestrel")});
            return;
        }
        if (format == QLatin1String("conll")) {
            // Tokens and tags: the same entities in the same order, by text and label (CoNLL
            // keeps tokens, not the spaces between them: "7.5%" comes back as "7.5 %").
            QStringList want, got;
            for (const Annotation &a : DataFormat::included(original, {}))
                if (a.label != QLatin1String("QUOTE"))
                    want << QString(a.quote).remove(QLatin1Char(' ')) + QLatin1Char('/') + a.label;
            for (const Annotation &a : back->annotations)
                got << QString(a.quote).remove(QLatin1Char(' ')) + QLatin1Char('/') + a.label;
            QCOMPARE(got, want);
            return;
        }
        QCOMPARE(back->article.text, original.article.text);
        const bool quotes = format != QLatin1String("spacy");
        QList<Annotation> expected;
        for (const Annotation &a : DataFormat::included(original, {}))
            if (quotes || a.label != QLatin1String("QUOTE"))
                expected.append(a);
        QCOMPARE(back->annotations.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const Annotation &a = expected.at(i), &b = back->annotations.at(i);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.label, a.label);
            QCOMPARE(b.quote, a.quote);
            QCOMPARE(b.status, a.status);
            if (format == QLatin1String("json") || format == QLatin1String("brat"))
                QCOMPARE(b.entityId, a.entityId);
            if (format == QLatin1String("json") || format == QLatin1String("jsonld")) {
                QCOMPARE(b.confidence, a.confidence);
                QCOMPARE(b.ruleId, a.ruleId);
                QCOMPARE(b.author, a.author);
            }
            if (format == QLatin1String("json") || format == QLatin1String("brat"))
                QCOMPARE(b.note, a.note);
        }
        if (format == QLatin1String("json")) {
            QCOMPARE(back->article.published, original.article.published);
            QCOMPARE(back->article.uri, original.article.uri);
            QCOMPARE(back->entities, original.entities);
            QCOMPARE(back->facts.size(), 2);
            for (int i = 0; i < 2; ++i) {
                Fact a = original.facts.at(i), b = back->facts.at(i);
                for (Evidence &e : a.evidence)
                    e.setContextFrom(Text);
                QCOMPARE(b, a);
            }
        }
        if (format == QLatin1String("brat")) {
            // SAID from the speaker to the quote survives; the fact with a literal value cannot.
            QCOMPARE(back->facts.size(), 1);
            QCOMPARE(back->facts.first().kind, QStringLiteral("quote"));
            QCOMPARE(back->facts.first().subjectText, QStringLiteral("Marta Visser"));
            QCOMPARE(back->facts.first().objectText, QStringLiteral("Kestrel gave us the best cells."));
        }
    }

    // Issue 13: a fact the reader added between two entities keeps both entity references, its
    // kind and status in every format that carries facts (JSON, brat, CSV); the others say they
    // leave facts out.
    void userAddedFactKeepsItsEntities_data()
    {
        roundTrip_data();
    }

    void userAddedFactKeepsItsEntities()
    {
        QFETCH(QString, format);
        AnnotatedArticle original = sample();
        Fact added;
        added.id = 22;
        added.kind = QStringLiteral("partnership");
        added.subjectEntityId = 3;
        added.subjectText = QStringLiteral("Harbourline");
        added.predicate = QStringLiteral("buys cells from");
        added.objectEntityId = 2;
        added.objectText = QStringLiteral("Kestrel Energy");
        added.origin = Origin::Manual;
        added.status = AnnotationStatus::Suggested; // not yet reviewed: the status must survive too
        const int from = int(Text.indexOf(QStringLiteral("Marta")));
        added.evidence = {{from, int(Text.indexOf(QStringLiteral("cells.")) + 6), {}, {}, {}, false}};
        original.facts.append(added);
        const DataFormat *codec = DataFormat::byId(format);
        QString error;
        const auto back = codec->read(codec->write(original, {}), &error);
        QVERIFY2(back, qPrintable(error));
        const bool carries = format == QLatin1String("json") || format == QLatin1String("brat") || format == QLatin1String("csv");
        if (!carries) {
            QVERIFY(back->facts.isEmpty());
            QVERIFY(codec->limitations().join(QLatin1Char(' ')).contains(QStringLiteral("facts"), Qt::CaseInsensitive));
            return;
        }
        const auto found = std::find_if(back->facts.cbegin(), back->facts.cend(), [](const Fact &f) { return f.predicate == QStringLiteral("buys cells from"); });
        QVERIFY(found != back->facts.cend());
        QCOMPARE(found->kind, added.kind);
        QCOMPARE(found->status, added.status);
        auto entityOf = [&](qint64 id) -> QString {
            for (const Entity &e : back->entities)
                if (e.id == id)
                    return e.name + QLatin1Char('/') + e.label;
            return QString();
        };
        QCOMPARE(entityOf(found->subjectEntityId), QStringLiteral("Harbourline/ORG"));
        QCOMPARE(entityOf(found->objectEntityId), QStringLiteral("Kestrel Energy/ORG"));
        if (format == QLatin1String("json")) {
            Fact expected = added;
            for (Evidence &e : expected.evidence)
                e.setContextFrom(Text);
            QCOMPARE(*found, expected);
        }
    }

    void bratMatchesHandWrittenFixture()
    {
        const auto files = DataFormat::byId(QStringLiteral("brat"))->write(sample(), {});
        QFile expected(QStringLiteral(GAZETTE_TEST_DATA "/brat/port-deal.ann"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(files.value(QStringLiteral(".ann"))), QString::fromUtf8(expected.readAll()));
        QCOMPARE(files.value(QStringLiteral(".txt")), Text.toUtf8());
    }

    void onlyAcceptedLeavesSuggestionsOut()
    {
        ExportOptions options;
        options.onlyAccepted = true;
        const auto files = DataFormat::byId(QStringLiteral("spacy"))->write(sample(), options);
        QString error;
        const auto back = DataFormat::byId(QStringLiteral("spacy"))->read(files, &error);
        QVERIFY(back);
        QCOMPARE(back->annotations.size(), 3); // Marta Visser, Shenzhen, Kestrel
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("json garbage") << "json" << ".json" << QByteArray("{not json");
        QTest::newRow("json other") << "json" << ".json" << QByteArray("{\"format\":\"other\"}");
        QTest::newRow("jsonld other") << "jsonld" << ".jsonld" << QByteArray("[]");
        QTest::newRow("spacy no text") << "spacy" << ".jsonl" << QByteArray("{\"ents\":[]}\n");
        QTest::newRow("csv no header") << "csv" << ".facts.csv" << QByteArray("a,b\n");
        QTest::newRow("conll no tag") << "conll" << ".conll" << QByteArray("word\n");
    }

    void badInputIsRefused()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!DataFormat::byId(format)->read({{suffix, bytes}}, &error));
        QVERIFY(!error.isEmpty());
    }

    // A spreadsheet runs a cell starting with =, +, -, @, tab or CR as a formula.
    void csvCellsAreNeutralised()
    {
        AnnotatedArticle doc = sample();
        doc.facts[1].subjectText = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
        doc.facts[1].objectText = QStringLiteral("+1");
        doc.facts[1].value = QStringLiteral("-7.5");
        doc.facts[1].unit = QStringLiteral("@SUM(A1)");
        doc.facts[1].time = QStringLiteral("\tcmd");
        doc.facts[1].note = QStringLiteral("'quoted");
        doc.facts[1].ruleId = QStringLiteral("\rrule");
        doc.entities[0].name = QStringLiteral("=cmd|' /C calc'!A0");
        const DataFormat *csv = DataFormat::byId(QStringLiteral("csv"));
        const auto files = csv->write(doc, {});
        for (const QByteArray &bytes : files) {
            for (QByteArray line : bytes.split('\n')) {
                if (line.endsWith('\r'))
                    line.chop(1); // the record's end (CRLF), not a cell's start
                for (const QByteArray &cell : line.split(',')) {
                    const QByteArray value = cell.startsWith('"') ? cell.mid(1) : cell;
                    QVERIFY2(value.isEmpty() || !QByteArray("=+-@\t\r").contains(value.front()), line.constData());
                }
            }
        }
        QString error;
        const auto back = csv->read(files, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->facts[1].subjectText, doc.facts[1].subjectText);
        QCOMPARE(back->facts[1].objectText, doc.facts[1].objectText);
        QCOMPARE(back->facts[1].value, doc.facts[1].value);
        QCOMPARE(back->facts[1].unit, doc.facts[1].unit);
        QCOMPARE(back->facts[1].time, doc.facts[1].time);
        QCOMPARE(back->facts[1].ruleId, doc.facts[1].ruleId);
        QCOMPARE(back->entities[0].name, doc.entities[0].name);
    }

    // A fact's evidence is one cell however many quotes it joins (a relation the article states
    // in every paragraph has thousands): neutralised and quoted as a whole, as any cell is.
    void csvJoinedCellsAreOneCell()
    {
        AnnotatedArticle doc = sample();
        doc.facts[0].evidence = {{0, 1, QStringLiteral("=a, \"b\""), {}, {}, false}, {0, 1, {}, {}, {}, false}, {0, 1, QStringLiteral("c\nd"), {}, {}, false}};
        doc.facts[1].evidence = {{0, 1, {}, {}, {}, false}, {0, 1, QStringLiteral("+x"), {}, {}, false}};
        doc.entities[1].aliases = {QStringLiteral("-a"), QStringLiteral("b,c")};
        const auto files = DataFormat::byId(QStringLiteral("csv"))->write(doc, {});
        const QString facts = QString::fromUtf8(files.value(QStringLiteral(".facts.csv")));
        QVERIFY2(facts.contains(QStringLiteral(",\"'=a, \"\"b\"\" \u2026  \u2026 c\nd\",")), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral(", \u2026 +x,")), qPrintable(facts));
        const QString entities = QString::fromUtf8(files.value(QStringLiteral(".entities.csv")));
        QVERIFY2(entities.contains(QStringLiteral("Kestrel Energy,ORG,\"'-a;b,c\",Q42,")), qPrintable(entities));
        QString error;
        const auto back = DataFormat::byId(QStringLiteral("csv"))->read(files, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->facts.size(), doc.facts.size());
        QCOMPARE(back->entities.at(1).aliases, doc.entities.at(1).aliases);
    }

    void csvEntitiesLeaveRejectedOut()
    {
        AnnotatedArticle doc = sample();
        doc.annotations[1].status = AnnotationStatus::Rejected; // Harbourline, the only mention of entity 3
        const auto files = DataFormat::byId(QStringLiteral("csv"))->write(doc, {});
        const QString entities = QString::fromUtf8(files.value(QStringLiteral(".entities.csv")));
        QVERIFY2(!entities.contains(QStringLiteral("Harbourline")), qPrintable(entities));
        QVERIFY(entities.contains(QStringLiteral("Marta Visser")));
    }

    void conllKeepsDatesInOneSentence()
    {
        AnnotatedArticle doc;
        doc.article.text = QStringLiteral("The port opened on Jan. 23 after Dr. Okafor signed. It was cold.\n");
        const auto files = DataFormat::byId(QStringLiteral("conll"))->write(doc, {});
        const QStringList sentences = QString::fromUtf8(files.value(QStringLiteral(".conll"))).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        QCOMPARE(sentences.size(), 3); // -DOCSTART-, two sentences
        QVERIFY(sentences.at(1).contains(QStringLiteral("23 O")));
        QVERIFY(sentences.at(1).contains(QStringLiteral("Okafor O")));
    }

    void jsonEscapesEveryCharacter_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("jsonld") << QStringLiteral("jsonld");
        QTest::newRow("spacy") << QStringLiteral("spacy");
    }

    void jsonEscapesEveryCharacter()
    {
        // The streaming JSON writer escapes as a JSON parser reads: quotes, backslashes,
        // control characters, line breaks, astral characters and U+2028.
        QFETCH(QString, format);
        AnnotatedArticle doc;
        doc.article.text = QStringLiteral("A \"quoted\" \\ back\tslash\u0001\u001f line\r\nsep\u2028 \U0001F6A2 end\n");
        doc.article.headline = QStringLiteral("Head \"line\"\u0007");
        Annotation a;
        a.id = 1;
        a.start = 2;
        a.end = 10;
        a.label = QStringLiteral("ORG");
        a.note = QStringLiteral("note with \"marks\" and \\ and \b\f");
        a.author = QStringLiteral("ana");
        a.setContextFrom(doc.article.text);
        doc.annotations = {a};
        const DataFormat *codec = DataFormat::byId(format);
        const auto files = codec->write(doc, {});
        QJsonParseError parse;
        QJsonDocument::fromJson(files.value(codec->mainSuffix()), &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QString error;
        const auto back = codec->read(files, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->article.text, doc.article.text);
        QCOMPARE(back->annotations.size(), 1);
        QCOMPARE(back->annotations.first().quote, QStringLiteral("\"quoted\""));
        if (format == QLatin1String("json")) {
            QCOMPARE(back->article.headline, doc.article.headline);
            QCOMPARE(back->annotations.first().note, a.note);
        }
    }

    void conllTagsOutermostOfNestedSpans()
    {
        // Nested and overlapping spans: each token takes the first span in text order that
        // holds it; after that span ends, a later overlapping span tags the tokens it holds.
        AnnotatedArticle doc;
        doc.article.text = QStringLiteral("Bank of Korea Governor Rhee Chang-yong spoke in Seoul today.\n");
        auto add = [&](const QString &quote, const QString &label, qint64 id) {
            Annotation a;
            a.id = id;
            a.start = int(doc.article.text.indexOf(quote));
            a.end = a.start + int(quote.size());
            a.label = label;
            doc.annotations.append(a);
        };
        add(QStringLiteral("Bank of Korea"), QStringLiteral("ORG"), 1);
        add(QStringLiteral("Korea"), QStringLiteral("GPE"), 2);                  // nested: ORG wins
        add(QStringLiteral("Korea Governor Rhee"), QStringLiteral("PERSON"), 3);  // overlaps the ORG
        add(QStringLiteral("Seoul today"), QStringLiteral("GPE"), 4);
        add(QStringLiteral("today"), QStringLiteral("DATE"), 5);
        const QString conll = QString::fromUtf8(DataFormat::byId(QStringLiteral("conll"))->write(doc, {}).value(QStringLiteral(".conll")));
        const QStringList expected = {QStringLiteral("Bank B-ORG"), QStringLiteral("of I-ORG"), QStringLiteral("Korea I-ORG"),
                                      QStringLiteral("Governor I-PERSON"), QStringLiteral("Rhee I-PERSON"), QStringLiteral("Chang O"), QStringLiteral("- O"), QStringLiteral("yong O"),
                                      QStringLiteral("spoke O"), QStringLiteral("in O"), QStringLiteral("Seoul B-GPE"),
                                      QStringLiteral("today I-GPE"), QStringLiteral(". O")};
        QStringList lines = conll.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeFirst(); // -DOCSTART-
        QCOMPARE(lines.join(QLatin1Char('|')), expected.join(QLatin1Char('|')));
    }

    void failedExportLeavesNoFile()
    {
        // A sink that cannot open its second file: the format says so and writes nothing more.
        struct FailingSink final : FileSink
        {
            QBuffer first;
            int opened = 0;
            QIODevice *open(const QString &) override
            {
                if (opened++ > 0)
                    return nullptr;
                first.open(QIODevice::WriteOnly);
                return &first;
            }
        } sink;
        QVERIFY(!DataFormat::byId(QStringLiteral("brat"))->writeTo(sample(), {}, sink));
        QCOMPARE(sink.opened, 2);

        // On disk: a brat export into a folder where the .ann cannot be created leaves neither file.
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("port"));
        QVERIFY(QDir().mkpath(base + QStringLiteral(".ann"))); // a folder where the .ann file would go
        ExportWriter writer(QStringLiteral("brat"), {});
        QVERIFY(!writer.write(QList<AnnotatedArticle>{sample()}, base));
        QVERIFY2(writer.errorString().contains(QStringLiteral("port.ann")), qPrintable(writer.errorString()));
        QVERIFY(!QFileInfo::exists(base + QStringLiteral(".txt")));
    }

    void largeExportStreams()
    {
        // 50,000 spans written through a device that counts its writes: the output reaches
        // the device in many pieces of bounded size, never as one document.
        AnnotatedArticle doc;
        QString text;
        for (int i = 0; i < 50000; ++i) {
            Annotation a;
            a.id = i + 1;
            a.start = int(text.size());
            text += QStringLiteral("Kestrel ");
            a.end = a.start + 7;
            a.label = QStringLiteral("ORG");
            a.quote = QStringLiteral("Kestrel");
            doc.annotations.append(a);
        }
        doc.article.text = text;
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("jsonld"), QStringLiteral("conll"), QStringLiteral("brat")}) {
            DiscardingSink sink;
            QVERIFY(DataFormat::byId(format)->writeTo(doc, {}, sink));
            const DiscardingDevice &main = *sink.devices.back();
            QVERIFY2(main.total > 512 * 1024, qPrintable(format));
            QVERIFY2(main.writes >= main.total / (1024 * 1024), qPrintable(QStringLiteral("%1: %2 writes").arg(format).arg(main.writes)));
            QVERIFY2(main.largest <= 2 * 1024 * 1024, qPrintable(QStringLiteral("%1: %2 bytes at once").arg(format).arg(main.largest)));
        }
    }

    // Spans handed over one at a time (a library's cursor) give the same files as the same
    // spans in the document, byte for byte, for every format; each pass over the source asks
    // for each span once, and no format needs more than two passes (JSON-LD counts first).
    void streamedSpansGiveTheSameFiles()
    {
        const AnnotatedArticle doc = sample();
        const int count = int(doc.annotations.size());
        QVERIFY(count > 3);
        AnnotatedArticle withoutSpans = doc;
        withoutSpans.annotations.clear();
        for (const auto &format : DataFormat::all()) {
            for (const bool onlyAccepted : {false, true}) {
                ExportOptions options;
                options.onlyAccepted = onlyAccepted;
                MemorySink sink;
                int visits = 0;
                const DataFormat::SpanSource spans = [&](const DataFormat::SpanVisitor &visit) {
                    for (const Annotation &a : doc.annotations) {
                        ++visits;
                        visit(a);
                    }
                    return true;
                };
                QVERIFY(format->writeStreamed(withoutSpans, spans, options, sink));
                QCOMPARE(sink.files(), format->write(doc, options));
                QVERIFY2(visits == count || visits == 2 * count, qPrintable(QStringLiteral("%1: %2 visits").arg(format->id()).arg(visits)));
            }
            // A source that cannot read its spans fails the export.
            MemorySink sink;
            QVERIFY(!format->writeStreamed(withoutSpans, [](const DataFormat::SpanVisitor &) { return false; }, {}, sink));
        }
    }

    // The formats that number spans or tag tokens take them in text order (start, end, id), as
    // the library gives them: from a source out of that order they fail rather than write
    // wrong numbers or tags. Gazette JSON writes them as they come; CSV only counts them.
    void streamedSpansOutOfOrderAreRefused()
    {
        const AnnotatedArticle doc = sample();
        AnnotatedArticle withoutSpans = doc;
        withoutSpans.annotations.clear();
        const DataFormat::SpanSource backwards = [&](const DataFormat::SpanVisitor &visit) {
            for (auto it = doc.annotations.crbegin(); it != doc.annotations.crend(); ++it)
                visit(*it);
            return true;
        };
        for (const auto &format : DataFormat::all()) {
            MemorySink sink;
            const bool orderFree = format->id() == QLatin1String("json") || format->id() == QLatin1String("csv");
            QVERIFY2(format->writeStreamed(withoutSpans, backwards, {}, sink) == orderFree, qPrintable(format->id()));
        }
    }

    // An article of a library exported both ways gives the same bytes in every format and with
    // every option: its spans read one at a time from the library (`gazette export --library`)
    // and the whole article in hand (the Export dialog).
    void libraryExportStreamsTheSameBytes()
    {
        AnnotationStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        AnnotatedArticle bundle = libraryArticle();
        const std::optional<qint64> id = store.addArticle(bundle);
        QVERIFY(id);
        const auto whole = store.annotatedArticle(*id);
        const auto withoutSpans = store.annotatedArticleWithoutSpans(*id);
        QVERIFY(whole && withoutSpans);
        QCOMPARE(whole->annotations.size(), libraryArticle().annotations.size());
        QCOMPARE(whole->facts.size(), 4);
        QVERIFY(withoutSpans->annotations.isEmpty());
        bool idsOutOfTextOrder = false;
        for (qsizetype i = 1; i < whole->annotations.size(); ++i)
            idsOutOfTextOrder = idsOutOfTextOrder || whole->annotations.at(i).id < whole->annotations.at(i - 1).id;
        QVERIFY(idsOutOfTextOrder);
        const DataFormat::SpanSource fromLibrary = [&store, &id](const DataFormat::SpanVisitor &visit) { return store.forEachAnnotation(*id, visit); };
        for (const auto &format : DataFormat::all()) {
            for (const bool onlyAccepted : {false, true}) {
                for (const bool withFacts : {true, false}) {
                    ExportOptions options;
                    options.onlyAccepted = onlyAccepted;
                    options.withFacts = withFacts;
                    const QMap<QString, QByteArray> expected = format->write(*whole, options);
                    QVERIFY(!expected.isEmpty());
                    MemorySink sink;
                    QVERIFY(format->writeStreamed(*withoutSpans, fromLibrary, options, sink));
                    const QMap<QString, QByteArray> streamed = sink.files();
                    QCOMPARE(streamed.keys(), expected.keys());
                    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                        QVERIFY2(streamed.value(it.key()) == it.value(), qPrintable(QStringLiteral("%1%2 differs (only accepted %3, facts %4)")
                                                                                        .arg(format->id(), it.key()).arg(onlyAccepted).arg(withFacts)));
                }
            }
        }

        // What is compared is not empty: every hard case reaches the files.
        const QByteArray ann = DataFormat::byId(QStringLiteral("brat"))->write(*whole, {}).value(QStringLiteral(".ann"));
        for (const char *line : {"\tSAID Arg1:T", "\tbuys_from Arg1:T", "\tStatus R", "AnnotatorNotes T", " gazette:entity-", "\tStatus T"})
            QVERIFY2(ann.contains(line), line);
        QVERIFY(ann.contains(QStringLiteral("\U00020000 Shenzhen").toUtf8()));
        QVERIFY(!ann.contains("Dr. Okafor")); // rejected
        const QByteArray conll = DataFormat::byId(QStringLiteral("conll"))->write(*whole, {}).value(QStringLiteral(".conll"));
        QVERIFY(conll.contains(QStringLiteral("\u0643\u0633\u062A\u0631\u064A\u0644 B-ORG").toUtf8()));
        QVERIFY(conll.contains("B-PERSON") && conll.contains("I-GPE"));
        const QByteArray jsonld = DataFormat::byId(QStringLiteral("jsonld"))->write(*whole, {}).value(QStringLiteral(".jsonld"));
        QVERIFY(jsonld.contains("\"total\": 17"));
        const QByteArray spacy = DataFormat::byId(QStringLiteral("spacy"))->write(*whole, {}).value(QStringLiteral(".jsonl"));
        QVERIFY(spacy.contains("\"suggested\""));
        const QByteArray entities = DataFormat::byId(QStringLiteral("csv"))->write(*whole, {}).value(QStringLiteral(".entities.csv"));
        QVERIFY2(entities.contains("Kestrel Energy,ORG,") && entities.contains(",3,"), entities.constData());

        // On disk through ExportWriter, both ways.
        for (const auto &format : DataFormat::all()) {
            QTemporaryDir dir;
            ExportWriter streamedWriter(format->id(), {});
            const auto streamedFiles = streamedWriter.write(
                {*id}, [&store](qint64 article) { return store.annotatedArticleWithoutSpans(article); },
                [&store](qint64 article, const DataFormat::SpanVisitor &visit) { return store.forEachAnnotation(article, visit); },
                dir.filePath(QStringLiteral("streamed/port")));
            QVERIFY2(streamedFiles, qPrintable(streamedWriter.errorString()));
            ExportWriter wholeWriter(format->id(), {});
            const auto wholeFiles = wholeWriter.write({*id}, [&store](qint64 article) { return store.annotatedArticle(article); },
                                                      dir.filePath(QStringLiteral("whole/port")));
            QVERIFY2(wholeFiles, qPrintable(wholeWriter.errorString()));
            QCOMPARE(streamedFiles->size(), wholeFiles->size());
            for (qsizetype i = 0; i < wholeFiles->size(); ++i) {
                QFile a(streamedFiles->at(i)), b(wholeFiles->at(i));
                QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
                QCOMPARE(QFileInfo(a).fileName(), QFileInfo(b).fileName());
                QVERIFY2(a.readAll() == b.readAll(), qPrintable(a.fileName()));
            }
        }
    }

    // Spans read one at a time are written one at a time: while a format reads 60,000 spans
    // from a source, the heap grows by less than 16 bytes a span (spaCy keeps a status byte per
    // span), where the spans themselves take several hundred. The default writeStreamed
    // (collect every span, then writeTo) fails the same measure, so a format that fell back to
    // it would fail here, and so would one that kept each span's words.
    // An export leaves the facts in the library for a format that says it never writes them:
    // its files are the same without them; the other formats' files are not (the facts are in).
    void formatsThatWriteNoFactsNeedNone()
    {
        const AnnotatedArticle withFacts = libraryArticle();
        QVERIFY(withFacts.facts.size() >= 4);
        AnnotatedArticle withoutFacts = withFacts;
        withoutFacts.facts.clear();
        QStringList noFacts;
        for (const auto &format : DataFormat::all()) {
            const ExportOptions options;
            const bool same = format->write(withFacts, options) == format->write(withoutFacts, options);
            QVERIFY2(same == !format->writesFacts(), qPrintable(format->id()));
            if (!format->writesFacts())
                noFacts << format->id();
        }
        noFacts.sort();
        QCOMPARE(noFacts, (QStringList{QStringLiteral("conll"), QStringLiteral("jsonld"), QStringLiteral("spacy")}));
    }

    void streamedExportsHoldNoSpans()
    {
        constexpr int Count = 60000;
        constexpr qint64 Bound = qint64(Count) * 16;
        AnnotatedArticle doc;
        QString text;
        text.reserve(qsizetype(Count) * 14);
        for (int i = 0; i < Count; ++i)
            text += QStringLiteral("Kestrel rose. ");
        doc.article.text = text;
        doc.article.headline = QStringLiteral("Kestrel");
        doc.entities = {{1, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), {}, {}, {}, {}, {}},
                        {2, QStringLiteral("Harbourline"), QStringLiteral("ORG"), {}, {}, {}, {}, {}}};
        Fact partner;
        partner.kind = QStringLiteral("partnership");
        partner.subjectEntityId = 1;
        partner.predicate = QStringLiteral("partner of");
        partner.objectEntityId = 2;
        partner.status = AnnotationStatus::Accepted;
        doc.facts = {partner};
        // The heap's growth while the spans are read (-1 when the export failed).
        const auto growth = [&](const DataFormat &format) -> qint64 {
            DiscardingSink sink;
            qint64 baseline = -1;
            qint64 peak = 0;
            int visits = 0;
            const DataFormat::SpanSource spans = [&](const DataFormat::SpanVisitor &visit) {
                for (int i = 0; i < Count; ++i) {
                    if (visits++ % 128 == 0) {
                        const qint64 now = heapInUse();
                        if (baseline < 0)
                            baseline = now;
                        peak = std::max(peak, now);
                    }
                    Annotation a;
                    a.id = i + 1;
                    a.start = i * 14;
                    a.end = a.start + 7;
                    a.label = QStringLiteral("ORG");
                    a.status = i % 3 == 0 ? AnnotationStatus::Suggested : AnnotationStatus::Accepted;
                    a.entityId = 1 + i % 2;
                    if (i % 5 == 0)
                        a.note = QStringLiteral("note %1").arg(i);
                    a.setContextFrom(text);
                    visit(a);
                }
                peak = std::max(peak, heapInUse());
                return true;
            };
            if (!format.writeStreamed(doc, spans, {}, sink) || sink.total() == 0)
                return -1;
            return peak - baseline;
        };
        // brat through the default writeStreamed: what a format that does not stream does.
        struct CollectingFormat final : DataFormat
        {
            const DataFormat &brat = *DataFormat::byId(QStringLiteral("brat"));
            QString id() const override { return QStringLiteral("collecting"); }
            QString displayName() const override { return id(); }
            QString mainSuffix() const override { return brat.mainSuffix(); }
            QStringList limitations() const override { return {}; }
            bool writeTo(const AnnotatedArticle &document, const ExportOptions &options, FileSink &sink) const override
            {
                return brat.writeTo(document, options, sink);
            }
            std::optional<AnnotatedArticle> read(const QMap<QString, QByteArray> &files, QString *error) const override
            {
                return brat.read(files, error);
            }
        } collecting;
        const qint64 collected = growth(collecting);
        qInfo("the default writeStreamed: %lld bytes a span", collected / Count);
        QVERIFY2(collected > 4 * Bound, qPrintable(QStringLiteral("%1 bytes").arg(collected)));
        for (const auto &format : DataFormat::all()) {
            const qint64 grown = growth(*format);
            qInfo("%s: %lld bytes (%lld a span)", qPrintable(format->id()), grown, grown / Count);
            QVERIFY2(grown >= 0, qPrintable(format->id()));
            QVERIFY2(grown < Bound, qPrintable(QStringLiteral("%1: the heap grew by %2 bytes while it read the spans").arg(format->id()).arg(grown)));
        }
    }

    void exportNamesKeepSurrogatePairsWhole()
    {
        Article article;
        article.id = 7;
        article.headline = QString(47, QLatin1Char('a')) + QStringLiteral("\U0001F6A2 ship");
        const QString name = ExportWriter::baseName(article);
        QVERIFY(!name.back().isHighSurrogate());
        QVERIFY(!name.toUtf8().contains("\xEF\xBF\xBD"));
        QCOMPARE(QString::fromUtf8(name.toUtf8()), name);
    }

    void offsetsAreValidated_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray article = "\"article\":{\"text\":\"Kestrel rose.\"}";
        QTest::newRow("json evidence reversed") << "json" << ".json"
            << "{\"format\":\"gazette\"," + article + ",\"facts\":[{\"kind\":\"x\",\"evidence\":[{\"start\":5,\"end\":2}]}]}";
        QTest::newRow("json evidence -1") << "json" << ".json"
            << "{\"format\":\"gazette\"," + article + ",\"facts\":[{\"kind\":\"x\",\"evidence\":[{\"start\":-1,\"end\":3}]}]}";
        QTest::newRow("json evidence past end") << "json" << ".json"
            << "{\"format\":\"gazette\"," + article + ",\"facts\":[{\"kind\":\"x\",\"evidence\":[{\"start\":1,\"end\":300}]}]}";
        QTest::newRow("json annotation negative") << "json" << ".json"
            << "{\"format\":\"gazette\"," + article + ",\"annotations\":[{\"start\":-3,\"end\":2}]}";
        QTest::newRow("spacy negative") << "spacy" << ".jsonl" << QByteArray("{\"text\":\"Kestrel rose.\",\"ents\":[[-2,7,\"ORG\"]]}\n");
        QTest::newRow("spacy past end") << "spacy" << ".jsonl" << QByteArray("{\"text\":\"Kestrel rose.\",\"ents\":[[0,70,\"ORG\"]]}\n");
        QTest::newRow("brat negative") << "brat" << ".ann" << QByteArray("T1\tORG -1 7\tKestrel\n");
        QTest::newRow("jsonld reversed") << "jsonld" << ".jsonld"
            << QByteArray("{\"type\":\"AnnotationCollection\",\"gazette:article\":{\"text\":\"Kestrel rose.\"},\"first\":{\"items\":[{\"target\":{\"selector\":"
                          "[{\"type\":\"TextPositionSelector\",\"start\":-4,\"end\":7}]}}]}}");
    }

    void offsetsAreValidated()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, bytes);
        QMap<QString, QByteArray> files{{suffix, bytes}};
        if (format == QLatin1String("brat"))
            files.insert(QStringLiteral(".txt"), QByteArray("Kestrel rose.\n"));
        QString error;
        QVERIFY(!DataFormat::byId(format)->read(files, &error));
        QVERIFY(!error.isEmpty());
    }

    void bratSpanMustMatchText()
    {
        QString error;
        const QMap<QString, QByteArray> files{{QStringLiteral(".txt"), QByteArray("Kestrel rose.\n")},
                                              {QStringLiteral(".ann"), QByteArray("T1\tORG 0 7\tHarbour\n")}};
        QVERIFY(!DataFormat::byId(QStringLiteral("brat"))->read(files, &error));
        QVERIFY2(error.contains(QStringLiteral("Kestrel")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDataFormats)
#include "tst_dataformats.moc"
