// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/article.h"
#include "textdecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gazette {

// Reads one kind of document into an Article. Importers are registered in ImporterRegistry,
// which the GUI, the CLI and the tests share.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Importer)

public:
    // Larger files are refused with a clear message instead of freezing the app.
    static constexpr qint64 MaximumFileSize = 32 * 1024 * 1024;

    virtual ~Importer() = default;

    virtual QString id() const = 0;                 // stable, e.g. "text"
    virtual QString displayName() const = 0;        // e.g. "Plain text"
    virtual QStringList fileSuffixes() const = 0;   // lower case, without dot

    // bytes are the whole document, uri where it came from.
    virtual std::optional<Article> read(const QByteArray &bytes, const QString &uri) = 0;

    // Reads a local file with the size and readability checks every importer needs.
    std::optional<Article> readFile(const QString &path);

    QString errorString() const { return m_errorString; }
    // Problems that did not stop the import (e.g. invalid bytes replaced).
    QStringList warnings() const { return m_warnings; }

protected:
    // Decodes bytes (declaredEncoding from a header or meta tag, if any), says in a warning when
    // bytes were replaced, and sets errorString() when the bytes are no text.
    std::optional<TextDecoder::Result> decode(const QByteArray &bytes, const QString &declaredEncoding = {});

    void setErrorString(const QString &message) { m_errorString = message; }
    void clearMessages();
    void addWarning(const QString &message) { m_warnings.append(message); }

private:
    QString m_errorString;
    QStringList m_warnings;
};

} // namespace Gazette
