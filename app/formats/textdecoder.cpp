// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet.h>

#include <optional>

namespace Gazette {

namespace {

// UTF-16 text without a byte order mark has a zero byte in every other position for Latin
// script; returns the matching encoding or nullopt.
std::optional<QStringConverter::Encoding> guessBomlessUtf16(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == '\0';
        oddZeros += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// uchardet's guess for bytes that are not UTF-8, or empty.
QByteArray detectEncoding(const QByteArray &bytes)
{
    uchardet_t detector = uchardet_new();
    QByteArray charset;
    if (uchardet_handle_data(detector, bytes.constData(), size_t(std::min<qsizetype>(bytes.size(), 256 * 1024))) == 0) {
        uchardet_data_end(detector);
        charset = QByteArray(uchardet_get_charset(detector));
    }
    uchardet_delete(detector);
    if (charset == "ASCII" || charset == "UTF-8")
        return {};
    // uchardet says GB18030 for all of GB2312/GBK/GB18030 text, and ICU knows the names below.
    return charset;
}

qsizetype countReplacements(const QString &text)
{
    return text.count(QChar(QChar::ReplacementCharacter));
}

// Characters beyond ASCII that decoded cleanly (not U+FFFD).
qsizetype countNonAscii(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        count += c.unicode() >= 0x80 && c != QChar(QChar::ReplacementCharacter);
    return count;
}

bool isUtf8Name(const QString &name)
{
    const QString lower = name.toLower();
    return lower == QLatin1String("utf-8") || lower == QLatin1String("utf8");
}

} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    if (guessBomlessUtf16(bytes))
        return false;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte == 0)
            return true;
        if (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f' && byte != 0x1B)
            ++controls;
    }
    return sample > 0 && controls * 100 > sample * 2;
}

std::optional<TextDecoder::Result> TextDecoder::decode(const QByteArray &bytes, const QString &declaredEncoding)
{
    m_errorString.clear();
    Result result;

    if (auto bom = QStringConverter::encodingForData(bytes)) {
        // encodingForData() also recognises BOM-less UTF-16/32 markers; only trust real BOMs.
        const bool realBom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE")
            || bytes.startsWith("\xFE\xFF");
        if (realBom) {
            QStringDecoder decoder(*bom); // the default flags drop the byte order mark
            result.text = decoder.decode(bytes);
            result.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*bom));
            result.hadByteOrderMark = true;
            result.invalidBytes = countReplacements(result.text);
            return result;
        }
    }

    if (looksBinary(bytes)) {
        m_errorString = tr("This looks like a binary file, not text.");
        return std::nullopt;
    }

    // Whether the bytes are UTF-8, and how well: a file with a few broken bytes among many good
    // multi-byte characters is UTF-8 with damage, not a legacy encoding.
    QStringDecoder utf8(QStringConverter::Utf8);
    QString utf8Text = utf8.decode(bytes);
    const bool validUtf8 = !utf8.hasError();
    const qsizetype utf8Invalid = validUtf8 ? 0 : std::max<qsizetype>(1, countReplacements(utf8Text));
    const qsizetype utf8Good = countNonAscii(utf8Text);

    if (!declaredEncoding.isEmpty()) {
        QStringDecoder decoder(declaredEncoding);
        if (decoder.isValid()) {
            const QString declaredName = QString::fromLatin1(decoder.name());
            QString text = decoder.decode(bytes);
            const bool declaredFails = decoder.hasError();
            // A declaration that does not fit the bytes is overridden: UTF-8 bytes declared as
            // a single-byte encoding (which never fails, and makes "Ã©" of every "é"), or
            // bytes that do not decode as declared at all.
            if (!isUtf8Name(declaredName) && validUtf8 && utf8Good > 0) {
                result.text = std::move(utf8Text);
                result.encoding = QStringLiteral("UTF-8");
                result.warnings.append(tr("The document says it is %1, but its bytes are UTF-8: it was read as UTF-8.").arg(declaredEncoding));
                return result;
            }
            if (!declaredFails) {
                result.text = std::move(text);
                result.encoding = declaredName;
                return result;
            }
            if (isUtf8Name(declaredName) && (utf8Good >= utf8Invalid || utf8Invalid <= 3)) {
                // UTF-8 as declared, with a few broken bytes: replaced, and said by the caller.
                result.text = std::move(utf8Text);
                result.encoding = QStringLiteral("UTF-8");
                result.invalidBytes = utf8Invalid;
                return result;
            }
            result.warnings.append(tr("The document says it is %1, but its bytes do not fit: the encoding was detected instead.")
                                       .arg(declaredEncoding));
        }
    }

    if (auto utf16 = guessBomlessUtf16(bytes)) {
        QStringDecoder decoder(*utf16);
        result.text = decoder.decode(bytes);
        result.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*utf16));
        result.invalidBytes = countReplacements(result.text);
        return result;
    }

    if (validUtf8) {
        result.text = std::move(utf8Text);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    if (utf8Good > utf8Invalid) {
        // Mostly good UTF-8: keep it, with U+FFFD for the broken bytes, and say so.
        result.text = std::move(utf8Text);
        result.encoding = QStringLiteral("UTF-8");
        result.invalidBytes = utf8Invalid;
        return result;
    }

    // Not UTF-8: ask uchardet (GB18030, Big5, Shift-JIS, ISO-8859-x, Windows-125x, ...).
    const QByteArray detected = detectEncoding(bytes);
    if (!detected.isEmpty()) {
        QStringDecoder guess(detected.constData());
        if (guess.isValid()) {
            result.text = guess.decode(bytes);
            if (!guess.hasError()) {
                result.encoding = QString::fromLatin1(guess.name());
                return result;
            }
        }
    }

    // Windows-1252 is the most common legacy encoding of Western news pages; where Qt has no
    // ICU it falls back to Latin-1, which never fails.
    QStringDecoder legacy("windows-1252");
    if (legacy.isValid()) {
        result.text = legacy.decode(bytes);
        result.encoding = QString::fromLatin1(legacy.name());
    } else {
        result.text = QStringDecoder(QStringConverter::Latin1).decode(bytes);
        result.encoding = QStringLiteral("ISO-8859-1");
    }
    result.invalidBytes = countReplacements(result.text);
    return result;
}

} // namespace Gazette
