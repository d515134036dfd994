// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/importerregistry.h"
#include "formats/plaintextimporter.h"
#include "formats/textdecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette;

class TestPlainTextImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");

        const QString text = QStringLiteral("Zürich café: “Tsai said” — 阿里巴巴 €5\nSecond line");
        QStringEncoder utf16le(QStringConverter::Utf16LE);
        QStringEncoder utf16be(QStringConverter::Utf16BE);
        QTest::newRow("utf-8") << text.toUtf8() << text << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << text << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le with BOM") << QByteArray("\xFF\xFE") + QByteArray(utf16le.encode(text)) << text << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be with BOM") << QByteArray("\xFE\xFF") + QByteArray(utf16be.encode(text)) << text << QStringLiteral("UTF-16BE");
        const QString latin = QStringLiteral("Caf\u00e9 owners in M\u00fcnchen said \u201cyes\u201d \u2014 for \u20ac12");
        QTest::newRow("utf-16le without BOM") << QByteArray(utf16le.encode(latin)) << latin << QStringLiteral("UTF-16LE");
        // Windows-1252: é=E9, ü=FC, “=93, ”=94, —=97, €=80
        // Too short to tell Windows-1252 from Windows-1250, which decode these bytes alike: only
        // the text is compared.
        QTest::newRow("windows-1252, short") << QByteArray("Caf\xE9 owners in M\xFCnchen said \x93yes\x94 \x97 for \x80" "12")
                                             << latin << QString();
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        TextDecoder decoder;
        const auto result = decoder.decode(bytes);
        QVERIFY2(result, qPrintable(decoder.errorString()));
        QCOMPARE(result->text, text);
        if (!encoding.isEmpty())
            QCOMPARE(result->encoding.toLower(), encoding.toLower());
        QCOMPARE(result->invalidBytes, 0);
    }

    void detectsLegacyEncodings_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"gb18030", "big5", "shift_jis", "iso-8859-2", "windows-1252"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void detectsLegacyEncodings()
    {
        QFETCH(QString, name);
        const QString base = QStringLiteral(GAZETTE_TEST_DATA "/encodings/") + name;
        QFile encoded(base + QStringLiteral(".txt"));
        QFile expected(base + QStringLiteral(".expected.txt"));
        QVERIFY(encoded.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
        TextDecoder decoder;
        const auto result = decoder.decode(encoded.readAll());
        QVERIFY2(result, qPrintable(decoder.errorString()));
        QCOMPARE(result->text, QString::fromUtf8(expected.readAll()));
        QCOMPARE(result->invalidBytes, 0);
        qInfo("%s read as %s", qPrintable(name), qPrintable(result->encoding));
    }

    void readsArticle()
    {
        const QString path = writeFile(QStringLiteral("deal.txt"),
            "\r\n  Harbourline Signs Deal  \r\nShare This Post\r\nThe first paragraph.\r\nspot_img\r\n- Advertisement -\r\nThe second.\r\nRelated Posts\r\n");
        ImporterRegistry registry;
        const auto article = registry.readFile(path);
        QVERIFY2(article, qPrintable(registry.errorString()));
        QCOMPARE(article->headline, QStringLiteral("Harbourline Signs Deal"));
        // Scraping leftovers ("Share This Post", "spot_img", ...) are no part of the article;
        // the file as it was stays the article's source.
        QCOMPARE(article->text, QStringLiteral("\n  Harbourline Signs Deal  \nThe first paragraph.\nThe second.\n"));
        QCOMPARE(article->markup, QStringLiteral("\n  Harbourline Signs Deal  \nShare This Post\nThe first paragraph.\nspot_img\n- Advertisement -\nThe second.\nRelated Posts\n"));
        QCOMPARE(article->source, QStringLiteral("deal.txt"));
        QVERIFY(article->uri.startsWith(QStringLiteral("file:///")));
        QCOMPARE(article->markupType, QStringLiteral("text/plain"));
        QCOMPARE(article->contentHash().size(), 64);
        QVERIFY(registry.warnings().isEmpty());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("white space") << QStringLiteral("blank.txt") << QByteArray(" \n\t\r\n  ") << QStringLiteral("white space");
        QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61");
        png.append(QByteArray(200, '\0'));
        QTest::newRow("binary") << QStringLiteral("picture.txt") << png << QStringLiteral("binary");
    }

    void refusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        ImporterRegistry registry;
        const auto article = registry.readFile(writeFile(name, bytes));
        QVERIFY(!article);
        QVERIFY2(registry.errorString().contains(message), qPrintable(registry.errorString()));
        QVERIFY2(registry.errorString().contains(name), qPrintable(registry.errorString()));
    }

    void refusesHugeFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Importer::MaximumFileSize + 1)); // sparse: costs no disk
        file.close();
        ImporterRegistry registry;
        QVERIFY(!registry.readFile(path));
        QVERIFY2(registry.errorString().contains(QStringLiteral("too large")), qPrintable(registry.errorString()));
    }

    void refusesMissingAndFolder()
    {
        ImporterRegistry registry;
        QVERIFY(!registry.readFile(m_dir.filePath(QStringLiteral("nowhere.txt"))));
        QVERIFY(registry.errorString().contains(QStringLiteral("does not exist")));
        QVERIFY(!registry.readFile(m_dir.path()));
        QVERIFY(registry.errorString().contains(QStringLiteral("folder")));
    }

    void reportsInvalidBytesInDeclaredUtf8()
    {
        TextDecoder decoder;
        const auto result = decoder.decode(QByteArray("ok \xC3\x28 broken"), QStringLiteral("UTF-8"));
        QVERIFY(result);
        QVERIFY(result->invalidBytes > 0);
        QVERIFY(result->text.contains(QChar(QChar::ReplacementCharacter)));
    }

    // One invalid byte made a whole UTF-8 file decode as Windows-1252, silently.
    void oneBadByteKeepsUtf8()
    {
        const QByteArray bytes = "Zürich, São Paulo and Kraków signed the accord \xFF on Tuesday, said Ålesund’s mayor.\n";
        const QString path = writeFile(QStringLiteral("one-bad-byte.txt"), bytes);
        ImporterRegistry registry;
        const auto article = registry.readFile(path);
        QVERIFY2(article, qPrintable(registry.errorString()));
        QVERIFY2(article->text.contains(QStringLiteral("Zürich, São Paulo and Kraków")), qPrintable(article->text));
        QVERIFY(article->text.contains(QStringLiteral("Ålesund’s")));
        QCOMPARE(article->text.count(QChar(QChar::ReplacementCharacter)), 1);
        QCOMPARE(article->importWarnings.size(), 1);
        QVERIFY2(article->importWarnings.first().contains(QStringLiteral("UTF-8")), qPrintable(article->importWarnings.first()));
    }

    // A charset declaration that does not fit the bytes is overridden, with a warning.
    void wrongDeclaredCharsetIsOverridden()
    {
        const QByteArray page = "<html><head><meta charset=\"iso-8859-1\"><title>Café</title></head><body>"
                                "<p>The café in Zürich reopened on Monday after the flood, its owner said.</p></body></html>";
        const QString path = writeFile(QStringLiteral("wrong-charset.html"), page);
        ImporterRegistry registry;
        const auto article = registry.readFile(path);
        QVERIFY2(article, qPrintable(registry.errorString()));
        QVERIFY2(article->text.contains(QStringLiteral("The café in Zürich")), qPrintable(article->text));
        QCOMPARE(article->importWarnings.size(), 1);
        QVERIFY(article->importWarnings.first().contains(QStringLiteral("iso-8859-1")));
    }

    void fileDialogFilters()
    {
        ImporterRegistry registry;
        const QStringList filters = registry.fileDialogFilters();
        QVERIFY(filters.first().contains(QStringLiteral("*.txt")));
        QCOMPARE(filters.last(), QStringLiteral("All files (*)"));
    }
};

QTEST_GUILESS_MAIN(TestPlainTextImporter)
#include "tst_plaintextimporter.moc"
