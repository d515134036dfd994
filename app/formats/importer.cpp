// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace Gazette {

void Importer::clearMessages()
{
    m_errorString.clear();
    m_warnings.clear();
}

std::optional<TextDecoder::Result> Importer::decode(const QByteArray &bytes, const QString &declaredEncoding)
{
    TextDecoder decoder;
    auto decoded = decoder.decode(bytes, declaredEncoding);
    if (!decoded) {
        setErrorString(decoder.errorString());
        return std::nullopt;
    }
    for (const QString &warning : std::as_const(decoded->warnings))
        addWarning(warning);
    if (decoded->invalidBytes > 0) {
        addWarning(tr("Some bytes could not be decoded as %1 and were replaced by �: %2.")
                       .arg(decoded->encoding)
                       .arg(decoded->invalidBytes));
    }
    return decoded;
}

std::optional<Article> Importer::readFile(const QString &path)
{
    clearMessages();
    const QFileInfo info(path);
    if (!info.exists()) {
        setErrorString(tr("The file “%1” does not exist.").arg(path));
        return std::nullopt;
    }
    if (info.isDir()) {
        setErrorString(tr("“%1” is a folder, not a file.").arg(path));
        return std::nullopt;
    }
    if (info.size() > MaximumFileSize) {
        const QLocale locale;
        setErrorString(tr("“%1” is too large to be an article (%2; the limit is %3).")
                           .arg(info.fileName(), locale.formattedDataSize(info.size()),
                                locale.formattedDataSize(MaximumFileSize)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setErrorString(tr("“%1” cannot be read: %2").arg(info.fileName(), file.errorString()));
        return std::nullopt;
    }
    // Size checked again on the bytes actually read: the file may have grown meanwhile.
    const QByteArray bytes = file.read(MaximumFileSize + 1);
    if (bytes.size() > MaximumFileSize) {
        setErrorString(tr("“%1” is too large to be an article.").arg(info.fileName()));
        return std::nullopt;
    }
    qCDebug(lcFormats) << "reading" << path << "with" << id();
    auto article = read(bytes, QUrl::fromLocalFile(info.absoluteFilePath()).toString());
    if (article)
        article->importWarnings = m_warnings; // kept with the article, shown in the Inspector
    if (!article && !m_errorString.isEmpty())
        m_errorString = tr("“%1”: %2").arg(info.fileName(), m_errorString);
    return article;
}

} // namespace Gazette
