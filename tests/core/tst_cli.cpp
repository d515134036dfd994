// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "store/annotationstore.h"
#include "storefixture.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace Gazette;
using namespace Gazette::Testing;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("Gazette")); }

    void recognisesCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("isCli");
        const QString program = QStringLiteral("gazette");
        QTest::newRow("no arguments") << QStringList{program} << false;
        QTest::newRow("a file") << QStringList{program, QStringLiteral("article.txt")} << false;
        QTest::newRow("help") << QStringList{program, QStringLiteral("help")} << true;
        QTest::newRow("--version") << QStringList{program, QStringLiteral("--version")} << true;
        QTest::newRow("window option") << QStringList{program, QStringLiteral("--theme"), QStringLiteral("Breeze Dark")} << false;
    }

    void recognisesCommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, isCli);
        QCOMPARE(Cli::isCliInvocation(arguments), isCli);
    }

    void printsVersion()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("version")}, outStream, errStream), 0);
        outStream.flush();
        QCOMPARE(out, QStringLiteral("Gazette " GAZETTE_VERSION "\n"));
        QVERIFY(err.isEmpty());
    }

    void printsHelp()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("help")}, outStream, errStream), 0);
        outStream.flush();
        QVERIFY(out.startsWith(QStringLiteral("Usage:")));
        QVERIFY(out.contains(QStringLiteral("--screenshot")));
    }

    // Every subcommand explains itself with --help and -h, on stdout, with its own options.
    void subcommandsHaveHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("option");
        for (const auto &[command, option] : {std::pair{"import", "--library"}, std::pair{"export", "--format"},
                                              std::pair{"extract", "--format"}, std::pair{"eval", "--types"}}) {
            for (const char *flag : {"--help", "-h"})
                QTest::addRow("%s %s", command, flag) << QString::fromLatin1(command) << QString::fromLatin1(flag) << QString::fromLatin1(option);
        }
    }

    void subcommandsHaveHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, flag);
        QFETCH(QString, option);
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), command, flag}, outStream, errStream), 0);
        outStream.flush();
        errStream.flush();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY2(out.startsWith(QStringLiteral("Usage: gazette ") + command), qPrintable(out));
        QVERIFY(out.contains(option));
        QVERIFY(!out.contains(QStringLiteral("Unknown option")));
    }

    // Export with the CLI, import the files back into a new library with the CLI: the spans
    // come back the same, in text with an emoji, CJK Extension B, combining marks and
    // right-to-left script; statuses where the format carries them.
    void roundTripsDataFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("keepsStatus");
        QTest::newRow("json") << "json" << ".json" << true;
        QTest::newRow("jsonld") << "jsonld" << ".jsonld" << true;
        QTest::newRow("brat") << "brat" << ".ann" << true;
        QTest::newRow("spacy") << "spacy" << ".jsonl" << true;
        QTest::newRow("conll") << "conll" << ".conll" << false;
    }

    void roundTripsDataFormats()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        QFETCH(bool, keepsStatus);
        QTemporaryDir dir;
        const QString library = newLibrary(dir.filePath(QStringLiteral("source.gazette")));
        const QString text = QStringLiteral("Ship \U0001F6A2 news\n\U00020000 Okafor met Zoe\u0301 Ade in \u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD today.\n");
        QList<Annotation> expected;
        {
            AnnotationStore store;
            QVERIFY(store.open(library));
            AnnotatedArticle bundle;
            bundle.article.headline = QStringLiteral("Ship news");
            bundle.article.text = text;
            const QList<std::tuple<QString, QString, AnnotationStatus>> spans = {
                {QStringLiteral("Okafor"), QStringLiteral("PERSON"), AnnotationStatus::Accepted},
                {QStringLiteral("Zoe\u0301 Ade"), QStringLiteral("PERSON"), AnnotationStatus::Suggested},
                {QStringLiteral("\u05D9\u05E8\u05D5\u05E9\u05DC\u05D9\u05DD"), QStringLiteral("GPE"), AnnotationStatus::Accepted}};
            for (const auto &[quote, label, status] : spans) {
                Annotation a;
                a.start = int(text.indexOf(quote));
                a.end = a.start + int(quote.size());
                a.label = label;
                a.status = status;
                bundle.annotations.append(a);
            }
            QVERIFY(store.addArticle(bundle));
            expected = store.annotations(1);
        }
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const QString exported = dir.filePath(QStringLiteral("out/ship") + suffix);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("export"), QStringLiteral("--format"), format,
                           QStringLiteral("--library"), library, QStringLiteral("-o"), exported}, outStream, errStream), 0);
        const QString copy = newLibrary(dir.filePath(QStringLiteral("copy.gazette")));
        const int status = Cli::run({QStringLiteral("gazette"), QStringLiteral("import"), exported, QStringLiteral("--library"), copy,
                                     QStringLiteral("--no-extract")}, outStream, errStream);
        errStream.flush();
        QVERIFY2(status == 0, qPrintable(err));
        AnnotationStore store;
        QVERIFY(store.open(copy));
        QCOMPARE(store.articleCount(), 1);
        const qint64 id = store.articleSummaries(0, 1).first().id;
        const QList<Annotation> back = store.annotations(id);
        QCOMPARE(back.size(), expected.size());
        const QString backText = store.article(id)->text;
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(backText.mid(back[i].start, back[i].end - back[i].start), expected[i].quote);
            QCOMPARE(back[i].label, expected[i].label);
            if (keepsStatus)
                QCOMPARE(back[i].status, expected[i].status);
        }
        if (format == QLatin1String("conll"))
            QVERIFY2(err.contains(QStringLiteral("every span is accepted")), qPrintable(err)); // said, not silent
    }

    // Issue 15: the entity index and the library search without a window.
    void statsPrintsTheEntityIndex()
    {
        QTemporaryDir dir;
        const QString library = newLibrary(dir.filePath(QStringLiteral("stats.gazette")));
        {
            AnnotationStore store;
            QVERIFY(store.open(library));
            for (const auto &[headline, date] : {std::pair{"Kestrel Shares Rise", QDate(2026, 3, 4)}, std::pair{"Kestrel in Seoul", QDate(2026, 4, 1)}}) {
                AnnotatedArticle bundle;
                bundle.article.headline = QString::fromLatin1(headline);
                bundle.article.text = bundle.article.headline + QStringLiteral("\nKestrel shares rose in Seoul.\n");
                bundle.article.published = QDateTime(date, QTime(9, 0), QTimeZone::UTC);
                for (const auto &[word, label] : {std::pair{"Kestrel", "ORG"}, std::pair{"Seoul", "GPE"}}) {
                    Annotation a;
                    a.start = int(bundle.article.text.lastIndexOf(QString::fromLatin1(word)));
                    a.end = a.start + int(qstrlen(word));
                    a.label = QString::fromLatin1(label);
                    a.quote = QString::fromLatin1(word);
                    bundle.annotations.append(a);
                }
                QVERIFY(store.addArticle(bundle));
            }
        }
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("stats"), QStringLiteral("--library"), library}, outStream, errStream), 0);
        outStream.flush();
        QVERIFY2(out.startsWith(QStringLiteral("2 articles: 2 new, 0 in review, 0 done; 2 entities.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Kestrel\tORG\t2\t2\t2026-03-04\t2026-04-01")), qPrintable(out));

        out.clear();
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("stats"), QStringLiteral("--library"), library, QStringLiteral("--json"),
                           QStringLiteral("--label"), QStringLiteral("gpe")},
                          outStream, errStream),
                 0);
        outStream.flush();
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("articles")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("entities")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("entities")).toArray().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Seoul"));

        out.clear();
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("stats"), QStringLiteral("--library"), library, QStringLiteral("--search"),
                           QStringLiteral("org:kestrel after:2026-03-15")},
                          outStream, errStream),
                 0);
        outStream.flush();
        QVERIFY2(out.contains(QStringLiteral("\t2026-04-01\tKestrel in Seoul\n")), qPrintable(out));
        QVERIFY(out.endsWith(QStringLiteral("1 article found.\n")));

        // A search it cannot read is said, with a failing status.
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("stats"), QStringLiteral("--library"), library, QStringLiteral("--search"),
                           QStringLiteral("status:finished")},
                          outStream, errStream),
                 2);
        errStream.flush();
        QVERIFY2(err.contains(QStringLiteral("finished")), qPrintable(err));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("stats"), QStringLiteral("--library"), dir.filePath(QStringLiteral("none.gazette"))},
                          outStream, errStream),
                 1);
    }

    // Issue 13: a fact the reader adds names entities (one picked, one marked with the fact);
    // exported and imported into another library it still names them, in every format that
    // carries facts; the others say that they leave facts out.
    void userAddedFactSurvivesExportAndImport_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("carriesFacts");
        QTest::newRow("json") << "json" << ".json" << true;
        QTest::newRow("brat") << "brat" << ".ann" << true;
        QTest::newRow("jsonld") << "jsonld" << ".jsonld" << false;
        QTest::newRow("spacy") << "spacy" << ".jsonl" << false;
        QTest::newRow("conll") << "conll" << ".conll" << false;
    }

    void userAddedFactSurvivesExportAndImport()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        QFETCH(bool, carriesFacts);
        QTemporaryDir dir;
        const QString library = newLibrary(dir.filePath(QStringLiteral("source.gazette")));
        const QString text = QStringLiteral("Harbour Deal\nHarbourline Robotics has chosen Kestrel Energy to supply batteries.\n");
        {
            AnnotationStore store;
            QVERIFY(store.open(library));
            AnnotatedArticle bundle;
            bundle.article.headline = QStringLiteral("Harbour Deal");
            bundle.article.text = text;
            const qint64 id = *store.addArticle(bundle);
            Edits edits(&store, QStringLiteral("ana"));
            QUndoStack stack;
            const int harbourline = int(text.indexOf(QStringLiteral("Harbourline Robotics")));
            stack.push(edits.addAnnotation(id, harbourline, harbourline + 20, QStringLiteral("ORG")).release());
            Fact fact;
            fact.articleId = id;
            fact.kind = QStringLiteral("partnership");
            fact.subjectEntityId = store.annotations(id).first().entityId;
            fact.subjectText = QStringLiteral("Harbourline Robotics");
            fact.predicate = QStringLiteral("has chosen");
            fact.origin = Origin::Manual;
            fact.status = AnnotationStatus::Accepted;
            fact.evidence = {{harbourline, int(text.size()) - 1, {}, {}, {}, false}};
            const int kestrel = int(text.indexOf(QStringLiteral("Kestrel Energy")));
            FactMentions mentions;
            mentions.object = NewMention{kestrel, kestrel + 14, QStringLiteral("ORG")}; // marked with the fact
            auto command = edits.addFact(fact, mentions);
            QVERIFY2(command, qPrintable(edits.errorString()));
            stack.push(command.release());
            const Fact added = store.facts(id).first();
            QCOMPARE(store.entity(added.objectEntityId)->name, QStringLiteral("Kestrel Energy"));
        }
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const QString exported = dir.filePath(QStringLiteral("out/deal") + suffix);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("export"), QStringLiteral("--format"), format,
                           QStringLiteral("--library"), library, QStringLiteral("-o"), exported}, outStream, errStream), 0);
        const QString copy = newLibrary(dir.filePath(QStringLiteral("copy.gazette")));
        err.clear();
        const int status = Cli::run({QStringLiteral("gazette"), QStringLiteral("import"), exported, QStringLiteral("--library"), copy,
                                     QStringLiteral("--no-extract")}, outStream, errStream);
        errStream.flush();
        QVERIFY2(status == 0, qPrintable(err));
        AnnotationStore store;
        QVERIFY(store.open(copy));
        const qint64 id = store.articleSummaries(0, 1).first().id;
        const QList<Fact> facts = store.facts(id);
        if (!carriesFacts) {
            QVERIFY(facts.isEmpty());
            QVERIFY2(err.contains(QStringLiteral("facts"), Qt::CaseInsensitive), qPrintable(err)); // said, not silent
            return;
        }
        QCOMPARE(facts.size(), 1);
        const Fact &back = facts.first();
        QCOMPARE(back.kind, QStringLiteral("partnership"));
        QCOMPARE(back.predicate, QStringLiteral("has chosen"));
        QCOMPARE(back.status, AnnotationStatus::Accepted);
        const auto subject = store.entity(back.subjectEntityId);
        const auto object = store.entity(back.objectEntityId);
        QVERIFY(subject && object);
        QCOMPARE(std::pair(subject->name, subject->label), std::pair(QStringLiteral("Harbourline Robotics"), QStringLiteral("ORG")));
        QCOMPARE(std::pair(object->name, object->label), std::pair(QStringLiteral("Kestrel Energy"), QStringLiteral("ORG")));
        // The entities are those of the imported article's mentions, not strays.
        QSet<qint64> mentioned;
        for (const Annotation &a : store.annotations(id))
            mentioned.insert(a.entityId);
        QVERIFY(mentioned.contains(back.subjectEntityId) && mentioned.contains(back.objectEntityId));
    }

    void exportsFromLibrary()
    {
        QTemporaryDir dir;
        const QString library = newLibrary(dir.filePath(QStringLiteral("news.gazette")));
        {
            AnnotationStore store;
            QVERIFY(store.open(library));
            AnnotatedArticle bundle;
            bundle.article.headline = QStringLiteral("Kestrel Shares Rise");
            bundle.article.text = QStringLiteral("Kestrel Shares Rise\nKestrel shares rose 7.5% in Seoul.\n");
            Annotation seoul;
            seoul.start = int(bundle.article.text.indexOf(QStringLiteral("Seoul")));
            seoul.end = seoul.start + 5;
            seoul.label = QStringLiteral("GPE");
            bundle.annotations = {seoul};
            QVERIFY(store.addArticle(bundle));
        }
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const QString target = dir.filePath(QStringLiteral("export/kestrel.ann"));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("brat"),
                           QStringLiteral("--library"), library, QStringLiteral("-o"), target},
                          outStream, errStream),
                 0);
        errStream.flush();
        outStream.flush();
        QFile ann(target);
        QVERIFY2(ann.open(QIODevice::ReadOnly), qPrintable(err));
        QCOMPARE(ann.readAll(), QByteArray("T1\tGPE 48 53\tSeoul\n"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("export/kestrel.txt"))));
        QVERIFY2(err.contains(QStringLiteral("no confidence")), qPrintable(err)); // what brat leaves out is said
        QVERIFY(out.contains(QStringLiteral("Exported 1 article")));

        // Every article into a folder, in another format.
        out.clear();
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--library"), library, QStringLiteral("-o"), dir.filePath(QStringLiteral("all")) + QLatin1Char('/')},
                          outStream, errStream),
                 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("all/1-kestrel-shares-rise.json"))));

        // Mistakes get a message and a non-zero exit.
        err.clear();
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"),
                           QStringLiteral("--library"), library, QStringLiteral("-o"), target},
                          outStream, errStream),
                 2);
        errStream.flush();
        QVERIFY(err.contains(QStringLiteral("unknown format")));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--library"), library, QStringLiteral("--article"), QStringLiteral("99"), QStringLiteral("-o"), target},
                          outStream, errStream),
                 1);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--library"), dir.filePath(QStringLiteral("missing.gazette")), QStringLiteral("-o"), target},
                          outStream, errStream),
                 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.gazette")))); // never created by a mistake
    }


    // `gazette library copy`: a file to the other backend and back, everything kept, counts said.
    void copiesLibraryAcrossBackends()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("desk.gazette"));
        Snapshot original;
        {
            AnnotationStore store;
            QVERIFY(store.open(file));
            AnnotatedArticle bundle = sampleBundle();
            QVERIFY(store.addArticle(bundle));
            Edits edits(&store, QStringLiteral("ana"));
            auto accept = edits.accept(store.annotations(1).first().id);
            accept->redo();
            original = snapshot(store);
        }
        const QString team = newLibrary(dir.filePath(QStringLiteral("team.gazette")));
        const QString back = dir.filePath(QStringLiteral("back.gazette"));
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int status = Cli::run({QStringLiteral("gazette"), QStringLiteral("library"), QStringLiteral("copy"), file, team}, outStream, errStream);
        errStream.flush();
        outStream.flush();
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("1 articles, 3 entities, 9 annotations, 1 facts, 1 evidence, 1 lexicon, 2 change_log")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("every count checked")));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("library"), QStringLiteral("copy"), team, back}, outStream, errStream), 0);
        AnnotationStore copied;
        QVERIFY(copied.open(back));
        QCOMPARE(snapshot(copied), original);
        // Only into a new library; never from one that is not there.
        err.clear();
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("library"), QStringLiteral("copy"), file, team}, outStream, errStream), 1);
        errStream.flush();
        QVERIFY2(err.contains(QStringLiteral("not empty")), qPrintable(err));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("library"), QStringLiteral("copy"), dir.filePath(QStringLiteral("none.gazette")), back},
                          outStream, errStream),
                 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.gazette"))));
    }

    // `gazette edit`: a change made from a version someone else has changed since is not
    // written; the command says so and shows the annotation as it is now.
    void editRefusesStaleChange()
    {
        QTemporaryDir dir;
        const QString library = newLibrary(dir.filePath(QStringLiteral("edit.gazette")));
        qint64 id = 0;
        {
            AnnotationStore store;
            QVERIFY(store.open(library));
            AnnotatedArticle bundle = sampleBundle();
            QVERIFY(store.addArticle(bundle));
            id = store.annotations(1).first().id;
        }
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const QStringList base = {QStringLiteral("gazette"), QStringLiteral("edit"), QStringLiteral("--library"), library,
                                  QStringLiteral("--annotation"), QString::number(id), QStringLiteral("--author"), QStringLiteral("ana")};
        QCOMPARE(Cli::run(base + QStringList{QStringLiteral("--label"), QStringLiteral("NORP"), QStringLiteral("--seen-version"), QStringLiteral("1")},
                          outStream, errStream),
                 0);
        outStream.flush();
        QVERIFY2(out.contains(QStringLiteral("Saved annotation")) && out.contains(QStringLiteral("NORP")) && out.contains(QStringLiteral("version 2")),
                 qPrintable(out));
        // Ben still looks at version 1.
        QCOMPARE(Cli::run(base + QStringList{QStringLiteral("--reject"), QStringLiteral("--seen-version"), QStringLiteral("1")}, outStream, errStream), 3);
        errStream.flush();
        QVERIFY2(err.contains(QStringLiteral("nothing was written")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("now: annotation")) && err.contains(QStringLiteral("NORP")) && err.contains(QStringLiteral("version 2")),
                 qPrintable(err));
        AnnotationStore store;
        QVERIFY(store.open(library));
        QCOMPARE(store.annotation(id)->status, AnnotationStatus::Accepted); // labelling accepts; the stale rejection did not land
        QCOMPARE(store.annotation(id)->label, QStringLiteral("NORP"));
        QCOMPARE(store.annotation(id)->version.value, 2);
    }

    // `gazette agreement` prints the figures worked out by hand in tst_agreement.
    void printsAgreement()
    {
        QTemporaryDir dir;
        const QString library = newLibrary(dir.filePath(QStringLiteral("agreement.gazette")));
        {
            AnnotationStore store;
            QVERIFY(store.open(library));
            AnnotatedArticle bundle;
            bundle.article.headline = QStringLiteral("Visit");
            bundle.article.text = QStringLiteral("Anna Berg met Tom Li in Oslo on Monday .");
            auto span = [](int start, int end, const char *label, const char *author) {
                Annotation a;
                a.start = start;
                a.end = end;
                a.label = QString::fromLatin1(label);
                a.author = QString::fromLatin1(author);
                return a;
            };
            bundle.annotations = {span(0, 9, "PERSON", "ana"), span(14, 20, "PERSON", "ana"), span(24, 28, "GPE", "ana"),
                                  span(32, 38, "DATE", "ana"),   span(0, 9, "PERSON", "ben"),  span(14, 17, "PERSON", "ben"),
                                  span(24, 28, "GPE", "ben"),    span(29, 31, "GPE", "")};
            QVERIFY(store.addArticle(bundle));
        }
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int status = Cli::run({QStringLiteral("gazette"), QStringLiteral("agreement"), QStringLiteral("--library"), library}, outStream, errStream);
        errStream.flush();
        outStream.flush();
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("10 tokens; annotators: ana, ben")), qPrintable(out)); // the extractor's span is no annotator
        const QStringList lines = out.split(QLatin1Char('\n'));
        auto line = [&lines](const QString &start, int occurrence = 0) {
            for (const QString &l : lines) {
                if (l.trimmed().startsWith(start) && occurrence-- == 0)
                    return l.simplified();
            }
            return QString();
        };
        QCOMPARE(line(QStringLiteral("PERSON")), QStringLiteral("PERSON 0.783 0.500 2/2"));
        QCOMPARE(line(QStringLiteral("overall")), QStringLiteral("overall 0.683 0.571 4/3"));
        QCOMPARE(line(QStringLiteral("overall"), 1), QStringLiteral("overall 0.691"));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("agreement"), QStringLiteral("--library"), library, QStringLiteral("--annotators"),
                           QStringLiteral("ana")},
                          outStream, errStream),
                 1);
    }

    void exportsFilesAfterExtracting()
    {
        QTemporaryDir dir;
        QFile text(dir.filePath(QStringLiteral("deal.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Deal Signed\n\xe2\x80\x9cWe chose the best cells,\xe2\x80\x9d Marta Visser said in Singapore on Tuesday.\n");
        text.close();
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const QString target = dir.filePath(QStringLiteral("deal-out.ann"));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("brat"),
                           text.fileName(), QStringLiteral("-o"), target},
                          outStream, errStream),
                 0);
        QFile ann(target);
        QVERIFY(ann.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(ann.readAll());
        QVERIFY2(content.contains(QStringLiteral("PERSON")) && content.contains(QStringLiteral("\tMarta Visser")), qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("GPE")));
        QVERIFY(content.contains(QStringLiteral("QUOTE")));
        QVERIFY(content.contains(QStringLiteral("SAID Arg1:")));
        // Offsets refer to the file's own text.
        QFile txt(dir.filePath(QStringLiteral("deal-out.txt")));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QFile original(text.fileName());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(txt.readAll(), original.readAll());
        // Both a file and a library is a mistake.
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           text.fileName(), QStringLiteral("--library"), dir.filePath(QStringLiteral("x.gazette")), QStringLiteral("-o"), target},
                          outStream, errStream),
                 2);
    }

    void extractsFilesAsTheyAre()
    {
        QTemporaryDir dir;
        // Boilerplate lines stay in the text; an astral-plane character shifts UTF-16 but not code points.
        const QByteArray bytes = "Menu | Sign in\n\xf0\x9f\x93\xb0 Deal Signed\n\xe2\x80\x9cWe chose the best cells,\xe2\x80\x9d Marta Visser said in Singapore.\n";
        QFile text(dir.filePath(QStringLiteral("deal.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(bytes);
        text.close();
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const QString outDir = dir.filePath(QStringLiteral("out"));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("brat"), text.fileName(),
                           QStringLiteral("-o"), outDir},
                          outStream, errStream),
                 0);
        QFile ann(outDir + QStringLiteral("/deal.ann"));
        QVERIFY2(ann.open(QIODevice::ReadOnly), qPrintable(err));
        QVERIFY(!QFile::exists(outDir + QStringLiteral("/deal.txt"))); // the .ann goes with the original .txt
        const QString content = QString::fromUtf8(ann.readAll());
        const QList<uint> codePoints = QString::fromUtf8(bytes).toUcs4();
        int checked = 0;
        for (const QString &line : content.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char('T')))
                continue;
            const QStringList fields = line.split(QLatin1Char('\t'));
            const QStringList type = fields.at(1).split(QLatin1Char(' '));
            const int start = type.at(1).toInt(), end = type.at(2).toInt();
            const QList<uint> slice = codePoints.mid(start, end - start);
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size()), fields.at(2));
            ++checked;
        }
        QVERIFY2(content.contains(QStringLiteral("PERSON")) && content.contains(QStringLiteral("SAID Arg1:")), qPrintable(content));
        QVERIFY(checked >= 3);
        // JSON to standard output; unknown format, missing file and binary file are refused with a reason.
        out.clear();
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("extract"), text.fileName()}, outStream, errStream), 0);
        outStream.flush();
        QVERIFY(out.contains(QStringLiteral("Marta Visser")));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("pdf"), text.fileName()},
                          outStream, errStream),
                 2);
        QFile binary(dir.filePath(QStringLiteral("image.txt")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        binary.close();
        err.clear();
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("extract"), binary.fileName(), dir.filePath(QStringLiteral("missing.txt"))},
                          outStream, errStream),
                 1);
        errStream.flush();
        QVERIFY2(err.contains(QStringLiteral("image.txt")) && err.contains(QStringLiteral("missing.txt")), qPrintable(err));
    }

    void evaluatesAgainstGold()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("eval"), QStringLiteral(GAZETTE_TEST_DATA "/gold"), QStringLiteral("--types"),
                           QStringLiteral("PERSON,ORG,GPE,DATE,MONEY,PERCENT")},
                          outStream, errStream),
                 0);
        outStream.flush();
        for (const char *label : {"PERSON", "ORG", "GPE", "DATE", "MONEY", "PERCENT", "micro", "Quote attribution"})
            QVERIFY2(out.contains(QLatin1String(label)), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("CARDINAL")));
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("eval"), QStringLiteral("/nonexistent/gold")}, outStream, errStream), 1);
    }

    void rejectsUnknownCommand()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(Cli::run({QStringLiteral("gazette"), QStringLiteral("frobnicate")}, outStream, errStream), 2);
        errStream.flush();
        QVERIFY(err.contains(QStringLiteral("frobnicate")));
        QVERIFY(out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
