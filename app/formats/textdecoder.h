// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gazette {

// Turns the bytes of a text document into a QString: byte order mark first, then a declared
// encoding (HTTP header, meta charset) when the caller has one, then UTF-8 if the bytes are
// valid UTF-8, then a fallback single-byte encoding. Binary data is refused.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::TextDecoder)

public:
    struct Result
    {
        QString text;
        QString encoding;           // name of the encoding used, e.g. "UTF-8"
        qsizetype invalidBytes = 0; // bytes that did not decode and became U+FFFD
        bool hadByteOrderMark = false;
        QStringList warnings;       // what decoding had to guess or override, for the reader
    };

    // Returns the decoded text, or std::nullopt with errorString() set (binary data, unknown
    // declared encoding).
    std::optional<Result> decode(const QByteArray &bytes, const QString &declaredEncoding = {});

    QString errorString() const { return m_errorString; }

    // True when bytes look like binary data rather than text in any supported encoding.
    static bool looksBinary(const QByteArray &bytes);

private:
    QString m_errorString;
};

} // namespace Gazette
