// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "evaluation/evaluation.h"
#include "formats/exportwriter.h"
#include "extract/extractor.h"
#include "formats/importer.h"
#include "library/librarysession.h"
#include "formats/textdecoder.h"
#include "formats/report.h"
#include "formats/sourcereader.h"
#include "store/annotationstore.h"
#include "store/sqldialect.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent>
#include <QUrl>

#include <unistd.h>

#include <algorithm>

namespace Gazette {

namespace {

enum class Command { None, Help, Version, Export, Import, Extract, Eval, Train, Library, Edit, Agreement, Feeds, Assign, Stats };

Command commandFor(const QString &argument)
{
    if (argument == QLatin1String("help") || argument == QLatin1String("--help") || argument == QLatin1String("-h"))
        return Command::Help;
    if (argument == QLatin1String("version") || argument == QLatin1String("--version") || argument == QLatin1String("-v"))
        return Command::Version;
    if (argument == QLatin1String("export"))
        return Command::Export;
    if (argument == QLatin1String("import"))
        return Command::Import;
    if (argument == QLatin1String("extract"))
        return Command::Extract;
    if (argument == QLatin1String("eval"))
        return Command::Eval;
    if (argument == QLatin1String("train"))
        return Command::Train;
    if (argument == QLatin1String("library"))
        return Command::Library;
    if (argument == QLatin1String("edit"))
        return Command::Edit;
    if (argument == QLatin1String("agreement"))
        return Command::Agreement;
    if (argument == QLatin1String("feeds"))
        return Command::Feeds;
    if (argument == QLatin1String("assign"))
        return Command::Assign;
    if (argument == QLatin1String("stats"))
        return Command::Stats;
    return Command::None;
}

} // namespace

// A subcommand's help: its synopsis, what it does and its options, from its own parser.
QString Cli::subcommandHelp(const QCommandLineParser &parser, const QString &synopsis, const QString &description)
{
    QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    // The parser's first line names the program file; the subcommand's synopsis says more.
    while (!lines.isEmpty() && !lines.constFirst().startsWith(QLatin1String("Options:")))
        lines.removeFirst();
    return Cli::tr("Usage: %1").arg(synopsis) + QStringLiteral("\n\n") + description + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
}

QStringList Cli::formatIds()
{
    return ExportWriter::formatIds();
}

namespace {

// The articles an export names: FILE... imported into a private library first, or the articles
// of --library (all, or those of --article). Nothing, with a message, when they cannot be had.
std::optional<QList<qint64>> exportedArticles(LibrarySession &session, const QCommandLineParser &parser, const QStringList &files,
                                              QTextStream &err)
{
    QList<qint64> ids;
    if (!files.isEmpty()) {
        session.open(QStringLiteral(":memory:"));
        ArticleIntake intake = session.intake();
        SourceReader reader;
        for (const QString &input : SourceReader::expand(files)) {
            const SourceReader::Outcome outcome = reader.read(input);
            if (!outcome.error.isEmpty()) {
                err << "gazette export: " << outcome.error << '\n';
                return std::nullopt;
            }
            for (const Article &article : outcome.articles) {
                const auto result = intake.take(article);
                if (result.outcome == ArticleIntake::Outcome::Added)
                    ids.append(result.articleId);
            }
        }
        return ids;
    }
    const QString libraryPath = parser.value(QStringLiteral("library"));
    if (!SqlDialect::isServerLocation(libraryPath) && !QFileInfo::exists(libraryPath)) {
        err << Cli::tr("gazette export: no library at “%1”").arg(libraryPath) << '\n';
        return std::nullopt;
    }
    if (!session.open(libraryPath)) {
        err << "gazette export: " << session.errorString() << '\n';
        return std::nullopt;
    }
    for (const QString &value : parser.values(QStringLiteral("article"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || !session.store()->article(id)) {
            err << Cli::tr("gazette export: the library has no article %1").arg(value) << '\n';
            return std::nullopt;
        }
        ids.append(id);
    }
    if (ids.isEmpty()) {
        for (const ArticleSummary &summary : session.store()->articleSummaries(0, INT_MAX))
            ids.append(summary.id);
    }
    return ids;
}

} // namespace

int Cli::exportArticles(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Data format."), QStringLiteral("FMT"));
    const QCommandLineOption libraryOption(QStringLiteral("library"), tr("Library file or postgresql:// URI."), QStringLiteral("LIB"));
    const QCommandLineOption articleOption(QStringLiteral("article"), tr("Article id (repeatable)."), QStringLiteral("ID"));
    const QCommandLineOption acceptedOption(QStringLiteral("only-accepted"), tr("Leave suggestions out."));
    const QCommandLineOption noFactsOption(QStringLiteral("no-facts"), tr("Leave facts out."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("Output file or folder."), QStringLiteral("OUT"));
    parser.addOptions({formatOption, libraryOption, articleOption, acceptedOption, noFactsOption, outputOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) { // arguments.first() is "export", in the place of a program name
        err << "gazette export: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << subcommandHelp(parser, QStringLiteral("gazette export --format FMT [--only-accepted] [--no-facts] (FILE... | --library LIB [--article ID]...) -o OUT"),
                              tr("Exports articles as reports or data; FILE... are imported and extracted first. FMT: %1").arg(formatIds().join(QStringLiteral(", "))));
        return 0;
    }
    const QString formatId = parser.value(formatOption);
    const bool report = ExportWriter::isReport(formatId);
    const DataFormat *format = DataFormat::byId(formatId);
    if (!format && !report) {
        err << tr("gazette export: unknown format “%1”; one of: %2").arg(parser.value(formatOption), formatIds().join(QStringLiteral(", "))) << '\n';
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (!parser.isSet(outputOption) || (files.isEmpty() == !parser.isSet(libraryOption))) {
        err << tr("gazette export: give either FILE... or --library LIB, and -o OUT") << '\n';
        return 2;
    }
    LibrarySession session;
    const auto ids = exportedArticles(session, parser, files, err);
    if (!ids)
        return 1;
    if (ids->isEmpty()) {
        err << tr("gazette export: there is no article to export") << '\n';
        return 1;
    }
    ReportOptions options;
    options.content.onlyAccepted = parser.isSet(acceptedOption);
    options.content.withFacts = !parser.isSet(noFactsOption);
    // What a data format cannot carry is said, never dropped silently.
    if (format) {
        for (const QString &limitation : format->limitations())
            err << tr("note: %1").arg(limitation) << '\n';
    }
    const QString output = parser.value(outputOption);
    ExportWriter writer(formatId, options);
    // Spans come from the library one at a time: a huge article is never held twice over.
    const AnnotationStore *store = session.store();
    // Nor are its facts read for a format that has no place for them.
    const bool withFacts = !format || format->writesFacts();
    const auto written = writer.write(
        *ids, [store, withFacts](qint64 id) { return store->annotatedArticleWithoutSpans(id, withFacts); },
        [store](qint64 id, const DataFormat::SpanVisitor &visit) { return store->forEachAnnotation(id, visit); }, output);
    if (!written) {
        err << "gazette export: " << writer.errorString() << '\n';
        return 1;
    }
    if (report)
        out << tr("Wrote a report of %1 article(s) to %2.").arg(ids->size()).arg(output) << '\n';
    else
        out << tr("Exported %1 article(s) as %2 into %3 file(s).").arg(ids->size()).arg(format->displayName()).arg(written->size()) << '\n';
    return 0;
}

namespace {

// Progress on standard error: a bar redrawn in place on a terminal, a line per source
// otherwise (logs, pipes).
void showProgress(QTextStream &err, bool interactive, int done, int total, const QString &input)
{
    if (interactive) {
        constexpr int Width = 30;
        const int filled = int(Width * (done + 1) / std::max(1, total));
        err << QStringLiteral("\r[%1%2] %3/%4 %5")
                   .arg(QString(filled, QLatin1Char('=')), QString(Width - filled, QLatin1Char(' ')))
                   .arg(done + 1).arg(total).arg(QFileInfo(input).fileName().left(40).leftJustified(40));
    } else {
        err << QStringLiteral("[%1/%2] %3").arg(done + 1).arg(total).arg(input) << '\n';
    }
    err.flush();
}

// The data format of an input, from --format or its name: Gazette JSON, JSON-LD, brat (.ann
// beside its .txt), CoNLL, spaCy JSON lines. Nothing for articles (text, pages, feeds).
const DataFormat *dataFormatOf(const QString &input, const QString &formatOption)
{
    if (!formatOption.isEmpty())
        return DataFormat::byId(formatOption);
    const QString name = QFileInfo(input).fileName().toLower();
    if (name.endsWith(QLatin1String(".json")) && SourceReader::isJsonFeedFile(input))
        return nullptr; // a JSON Feed is read as a feed

    static const QList<std::pair<QString, QString>> suffixes = {
        {QStringLiteral(".jsonld"), QStringLiteral("jsonld")}, {QStringLiteral(".json"), QStringLiteral("json")},
        {QStringLiteral(".ann"), QStringLiteral("brat")},      {QStringLiteral(".conll"), QStringLiteral("conll")},
        {QStringLiteral(".jsonl"), QStringLiteral("spacy")}};
    for (const auto &[suffix, id] : suffixes) {
        if (name.endsWith(suffix))
            return DataFormat::byId(id);
    }
    return nullptr;
}

// Entity ids in a file are the exporting library's: to the store they are placeholders
// (negative), resolved to this library's entities by name and label.
void makePlaceholders(AnnotatedArticle &document)
{
    auto placeholder = [](qint64 id) { return id > 0 ? -id : id; };
    for (Entity &entity : document.entities)
        entity.id = placeholder(entity.id);
    for (Annotation &annotation : document.annotations)
        annotation.entityId = placeholder(annotation.entityId);
    for (Fact &fact : document.facts) {
        fact.subjectEntityId = placeholder(fact.subjectEntityId);
        fact.objectEntityId = placeholder(fact.objectEntityId);
    }
}

// Reads an exported document with its annotations; spaCy files hold one document per line.
std::optional<QList<AnnotatedArticle>> readDataFile(const QString &path, const DataFormat *format, QString *error)
{
    auto readAll = [&](const QString &file, QByteArray *bytes) {
        QFile f(file);
        if (f.size() > Importer::MaximumFileSize) {
            *error = QCoreApplication::translate("Gazette::Cli", "“%1” is too large.").arg(file);
            return false;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return false;
        }
        *bytes = f.readAll();
        return true;
    };
    QMap<QString, QByteArray> files;
    QByteArray main;
    if (!readAll(path, &main))
        return std::nullopt;
    QList<AnnotatedArticle> documents;
    if (format->id() == QLatin1String("brat")) {
        QByteArray text;
        const QString txt = path.left(path.size() - 4) + QStringLiteral(".txt");
        if (!readAll(txt, &text))
            return std::nullopt;
        files = {{QStringLiteral(".ann"), main}, {QStringLiteral(".txt"), text}};
    } else if (format->id() == QLatin1String("spacy")) {
        for (const QByteArray &line : main.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            auto document = format->read({{format->mainSuffix(), line}}, error);
            if (!document)
                return std::nullopt;
            documents.append(*document);
        }
        return documents;
    } else {
        files = {{format->mainSuffix(), main}};
    }
    auto document = format->read(files, error);
    if (!document)
        return std::nullopt;
    documents.append(*document);
    return documents;
}

} // namespace

int Cli::importArticles(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption libraryOption(QStringLiteral("library"), tr("Library file or postgresql:// URI."), QStringLiteral("LIB"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), tr("Seconds to wait for a web page."), QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption noExtractOption(QStringLiteral("no-extract"), tr("Import without suggestions."));
    const QCommandLineOption importFormatOption(QStringLiteral("format"),
        tr("Read the files as this data format with their annotations (json, jsonld, brat, conll, spacy); by default from the name."),
        QStringLiteral("FMT"));
    parser.addOptions({libraryOption, timeoutOption, noExtractOption, importFormatOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << "gazette import: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << subcommandHelp(parser, QStringLiteral("gazette import (FILE|FOLDER|URL)... --library LIB [--no-extract]"),
                              tr("Adds articles (text, Markdown, web pages, RSS/Atom feeds) to a library, with suggestions."));
        return 0;
    }
    if (!parser.isSet(libraryOption) || parser.positionalArguments().isEmpty()) {
        err << tr("gazette import: give files, folders or web addresses, and --library LIB") << '\n';
        return 2;
    }
    LibrarySession session;
    if (!session.open(parser.value(libraryOption))) {
        err << "gazette import: " << session.errorString() << '\n';
        return 1;
    }
    session.setExtractOnAdd(!parser.isSet(noExtractOption));
    ArticleIntake intake = session.intake();
    const QStringList inputs = SourceReader::expand(parser.positionalArguments());
    SourceReader reader;
    reader.setTimeout(std::max(1, parser.value(timeoutOption).toInt()) * 1000);
    // A bar only on a terminal; tests write to a string, logs to a file.
    const bool interactive = err.string() == nullptr && isatty(STDERR_FILENO) != 0;
    QStringList failures;
    for (int i = 0; i < inputs.size(); ++i) {
        const QString &input = inputs.at(i);
        showProgress(err, interactive, i, int(inputs.size()), input);
        if (!SourceReader::isWebAddress(input)) {
            if (const DataFormat *format = dataFormatOf(input, parser.value(importFormatOption))) {
                QString error;
                const auto documents = readDataFile(input, format, &error);
                if (!documents) {
                    failures.append(QStringLiteral("%1: %2").arg(input, error));
                    continue;
                }
                for (const QString &limitation : format->limitations())
                    err << tr("note: %1: %2").arg(format->displayName(), limitation) << '\n';
                for (AnnotatedArticle document : *documents) {
                    makePlaceholders(document);
                    if (document.article.uri.isEmpty())
                        document.article.uri = QUrl::fromLocalFile(QFileInfo(input).absoluteFilePath()).toString();
                    const auto result = intake.take(std::move(document));
                    if (result.outcome == ArticleIntake::Outcome::Failed)
                        failures.append(QStringLiteral("%1: %2").arg(input, result.error));
                }
                continue;
            }
        }
        if (parser.isSet(importFormatOption) && !DataFormat::byId(parser.value(importFormatOption))) {
            err << tr("gazette import: unknown format “%1”").arg(parser.value(importFormatOption)) << '\n';
            return 2;
        }
        const SourceReader::Outcome outcome = reader.read(input);
        if (!outcome.error.isEmpty()) {
            failures.append(QStringLiteral("%1: %2").arg(input, outcome.error));
            continue;
        }
        for (const QString &warning : outcome.warnings)
            err << tr("warning: %1: %2").arg(input, warning) << '\n';
        for (const Article &article : outcome.articles) {
            const auto result = intake.take(article);
            if (result.outcome == ArticleIntake::Outcome::Failed)
                failures.append(QStringLiteral("%1: %2").arg(input, result.error));
        }
    }
    if (interactive)
        err << '\n';
    out << tr("Imported %1 article(s); %2 already in the library; %3 failed.").arg(intake.tally().added).arg(intake.tally().known).arg(failures.size()) << '\n';
    for (const QString &failure : std::as_const(failures))
        err << tr("failed: %1").arg(failure) << '\n';
    return failures.isEmpty() ? 0 : 1;
}

int Cli::extractFiles(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("json, brat or conll."), QStringLiteral("FMT"), QStringLiteral("json"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("Output folder."), QStringLiteral("DIR"));
    parser.addOptions({formatOption, outputOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << "gazette extract: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << subcommandHelp(parser, QStringLiteral("gazette extract FILE... [--format json|brat|conll] [-o DIR]"),
                              tr("Annotates text files as they are: offsets refer to each file's text."));
        return 0;
    }
    const QString formatId = parser.value(formatOption);
    static const QStringList allowed = {QStringLiteral("json"), QStringLiteral("brat"), QStringLiteral("conll")};
    const DataFormat *format = allowed.contains(formatId) ? DataFormat::byId(formatId) : nullptr;
    if (!format) {
        err << tr("gazette extract: unknown format “%1”; one of: %2").arg(formatId, allowed.join(QStringLiteral(", "))) << '\n';
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("gazette extract: name at least one FILE") << '\n';
        return 2;
    }
    const QString outputDir = parser.value(outputOption);
    if (!outputDir.isEmpty() && !QDir().mkpath(outputDir)) {
        err << tr("gazette extract: cannot create the folder “%1”").arg(outputDir) << '\n';
        return 1;
    }
    // Files are read, extracted and formatted on all cores, a batch at a time (memory stays
    // bounded), and reported and written in the order given.
    struct Outcome
    {
        QString error;
        QMap<QString, QByteArray> written;
        qsizetype annotations = 0;
        qsizetype facts = 0;
    };
    const auto extractOne = [format](const QString &path) {
        Outcome outcome;
        // The file's text exactly as it is, so offsets refer to it: not through the plain-text
        // importer, which turns CRLF line ends into LF.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.error = tr("gazette extract: %1: %2").arg(path, file.errorString());
            return outcome;
        }
        if (file.size() > Importer::MaximumFileSize) {
            outcome.error = tr("gazette extract: %1: the file is larger than %2 MiB").arg(path).arg(Importer::MaximumFileSize / (1024 * 1024));
            return outcome;
        }
        TextDecoder decoder;
        const auto decoded = decoder.decode(file.readAll());
        if (!decoded) {
            outcome.error = tr("gazette extract: %1: %2").arg(path, decoder.errorString());
            return outcome;
        }
        if (decoded->text.trimmed().isEmpty()) {
            outcome.error = tr("gazette extract: %1: the file has no text").arg(path);
            return outcome;
        }
        Article article;
        article.text = decoded->text;
        article.headline = article.text.section(QLatin1Char('\n'), 0, 0).trimmed();
        article.uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString();
        AnnotatedArticle document = *Extractor::extract(article);
        document.numberAnnotations();
        outcome.annotations = document.annotations.size();
        outcome.facts = document.facts.size();
        outcome.written = format->write(document, ExportOptions());
        if (format->id() == QLatin1String("brat"))
            outcome.written.remove(QStringLiteral(".txt")); // NAME.ann beside NAME.txt: the text is the file itself
        return outcome;
    };
    int failures = 0;
    const qsizetype batch = std::max(4, 4 * QThreadPool::globalInstance()->maxThreadCount());
    for (qsizetype first = 0; first < files.size(); first += batch) {
        const QStringList some = files.mid(first, batch);
        const QList<Outcome> outcomes = QtConcurrent::blockingMapped<QList<Outcome>>(some, extractOne);
        for (qsizetype k = 0; k < some.size(); ++k) {
            const QString &path = some.at(k);
            const Outcome &outcome = outcomes.at(k);
            if (!outcome.error.isEmpty()) {
                err << outcome.error << '\n';
                ++failures;
                continue;
            }
            if (outputDir.isEmpty()) {
                for (const QByteArray &bytes : outcome.written)
                    out << QString::fromUtf8(bytes);
                continue;
            }
            QString error;
            const QString base = QDir(outputDir).filePath(QFileInfo(path).completeBaseName());
            if (!ExportWriter::writeFiles(base, outcome.written, &error)) {
                err << "gazette extract: " << error << '\n';
                ++failures;
                continue;
            }
            out << tr("%1: %2 annotations, %3 facts -> %4").arg(path).arg(outcome.annotations).arg(outcome.facts).arg(base + format->mainSuffix()) << '\n';
        }
    }
    return failures ? 1 : 0;
}

int Cli::evaluate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption typesOption(QStringLiteral("types"), tr("Labels to score, comma-separated."), QStringLiteral("A,B,..."));
    const QCommandLineOption errorsOption(QStringLiteral("errors"), tr("List every missed and spurious span."));
    parser.addOptions({typesOption, errorsOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (parser.parse(arguments) && parser.isSet(helpOption)) {
        out << subcommandHelp(parser, QStringLiteral("gazette eval GOLD_DIR [--types A,B,...] [--errors]"),
                              tr("Scores the extractor against brat gold files (NAME.txt + NAME.ann)."));
        return 0;
    }
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        err << "gazette eval: " << (parser.errorText().isEmpty() ? tr("give one GOLD_DIR") : parser.errorText()) << '\n';
        return 2;
    }
    QString error;
    const auto gold = Evaluation::readGold(parser.positionalArguments().constFirst(), &error);
    if (!gold) {
        err << "gazette eval: " << error << '\n';
        return 1;
    }
    const QStringList types = parser.value(typesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    Evaluation evaluation;
    evaluation.run(*gold, types);
    if (parser.isSet(errorsOption)) {
        for (const Evaluation::Miss &miss : evaluation.misses())
            out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n").arg(miss.document, miss.spurious ? tr("spurious") : tr("missed"), miss.label)
                       .arg(miss.start).arg(miss.text, miss.expected);
        out << '\n';
    }
    out << tr("%1 gold articles").arg(gold->size()) << "\n\n" << evaluation.table();
    return 0;
}

int Cli::train(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("Model file to write."), QStringLiteral("MODEL"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), tr("Passes over the data."), QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption mixesOption(QStringLiteral("mixes"), tr("Perceptrons trained in different orders and averaged into the model."),
                                         QStringLiteral("N"), QString::number(SequenceTagger::DefaultMixes));
    parser.addOptions({outputOption, epochsOption, mixesOption});
    if (!parser.parse(arguments) || parser.positionalArguments().isEmpty() || !parser.isSet(outputOption)) {
        err << "gazette train: " << (parser.errorText().isEmpty() ? tr("give BRAT_DIR... and -o MODEL") : parser.errorText()) << '\n';
        return 2;
    }
    QList<TaggedText> texts;
    int spans = 0;
    for (const QString &folder : parser.positionalArguments()) {
        QString error;
        const auto gold = Evaluation::readGold(folder, &error);
        if (!gold) {
            err << "gazette train: " << error << '\n';
            return 1;
        }
        for (const GoldDocument &document : *gold) {
            texts.append(Extractor::taggerInput(document.document.article, document.document.annotations));
            spans += int(document.document.annotations.size());
        }
    }
    SequenceTagger tagger;
    tagger.train(texts, std::max(1, parser.value(epochsOption).toInt()), std::max(1, parser.value(mixesOption).toInt()));
    QString error;
    if (!tagger.save(parser.value(outputOption), &error)) {
        err << "gazette train: " << error << '\n';
        return 1;
    }
    out << tr("Trained on %1 articles (%2 spans): %3 features, written to %4.")
               .arg(texts.size()).arg(spans).arg(tagger.featureCount()).arg(parser.value(outputOption)) << '\n';
    return 0;
}

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
              "  gazette import (FILE|FOLDER|URL)... --library LIB [--no-extract]\n"
              "                                 add articles (text, Markdown, web pages, RSS/Atom feeds) to a library, with suggestions\n"
              "  gazette export --format FMT [--only-accepted] [--no-facts] (FILE... | --library LIB [--article ID]...) -o OUT\n"
              "                                 export articles; FILE... are imported and extracted first; FMT: %1\n"
              "  gazette extract FILE... [--format json|brat|conll] [-o DIR]\n"
              "                                 annotate text files as they are (offsets refer to each file's text)\n"
              "  gazette eval GOLD_DIR [--types A,B,...] [--errors]\n"
              "                                 score the extractor against brat gold files (NAME.txt + NAME.ann, and\n"
              "                                 NAME.facts.json when present): spans, quotes, attribution, facts per kind\n"
              "  gazette train BRAT_DIR... -o MODEL [--epochs N] [--mixes N]\n"
              "                                 train the name tagger on brat gold folders\n"
              "  gazette library copy SRC DST   copy a whole library into a new one, between backends, and check the counts\n"
              "  gazette library grant --library LIB USER annotator|curator\n"
              "                                 give a PostgreSQL role the rights of an annotator or a curator\n"
              "  gazette assign --library LIB [--article ID --annotator NAME [--status S | --unassign]]\n"
              "                                 assign articles, report progress, list assignments and who is working on what\n"
              "  gazette edit --library LIB --annotation ID [--label L] [--accept|--reject] [--seen-version N]\n"
              "                                 correct an annotation; another annotator's newer change is shown, not overwritten\n"
              "  gazette agreement --library LIB [--articles ID,...] [--annotators A,B,...]\n"
              "                                 inter-annotator agreement: Cohen's kappa, exact-span F1, Krippendorff's alpha\n"
              "  gazette feeds add URL [--folder F] [--full-article] [--every MIN] --library LIB\n"
              "                                 subscribe to a feed (RSS, Atom, JSON Feed) or to the feed a web page names\n"
              "  gazette feeds list|refresh [--all]|remove FEED --library LIB\n"
              "                                 show subscriptions with unread counts; fetch new items as articles; unsubscribe\n"
              "  gazette feeds import-opml FILE | export-opml -o FILE --library LIB\n"
              "                                 exchange subscription lists (OPML) with other feed readers\n"
              "  gazette stats --library LIB [--entities N] [--label L] [--search QUERY] [--json]\n"
              "                                 the library at a glance: articles per review status, the entity index;\n"
              "                                 --search lists the articles a search finds (person:, org:, after:, status:, ...)\n"
              "\n"
              "LIB is a library file (*.gazette) or a PostgreSQL database: postgresql://USER@HOST:PORT/DBNAME\n"
              "(password from PGPASSWORD or ~/.pgpass; options such as ?sslmode=require as libpq takes them).\n"
              "\n"
              "Window options:\n"
              "  --screenshot PATH              save a PNG of the window once it is shown, then quit\n"
              "  --theme NAME                   use a KSyntaxHighlighting theme (e.g. \"Breeze Dark\")\n")
        .arg(formatIds().join(QStringLiteral(", ")));
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
    case Command::Export:
        return exportArticles(arguments.mid(1), out, err);
    case Command::Import:
        return importArticles(arguments.mid(1), out, err);
    case Command::Extract:
        return extractFiles(arguments.mid(1), out, err);
    case Command::Train:
        return train(arguments.mid(1), out, err);
    case Command::Eval:
        return evaluate(arguments.mid(1), out, err);
    case Command::Library:
        return library(arguments.mid(1), out, err);
    case Command::Edit:
        return edit(arguments.mid(1), out, err);
    case Command::Agreement:
        return agreement(arguments.mid(1), out, err);
    case Command::Feeds:
        return feeds(arguments.mid(1), out, err);
    case Command::Assign:
        return assign(arguments.mid(1), out, err);
    case Command::Stats:
        return stats(arguments.mid(1), out, err);
    case Command::None:
        break;
    }
    err << tr("gazette: unknown command “%1”").arg(command) << '\n' << usage();
    return 2;
}

} // namespace Gazette
