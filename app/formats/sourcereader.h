// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/article.h"
#include "formats/urlfetcher.h"

#include <QCoreApplication>
#include <QStringList>

namespace Gazette {

// Whatever a reader hands Gazette (a file, a saved page, a feed, a folder, a web address)
// turned into articles; shared by the window and `gazette import`.
class SourceReader
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::SourceReader)

public:
    struct Outcome
    {
        QList<Article> articles; // a feed gives several
        QStringList warnings;
        QString error;           // empty when it worked
    };

    // Folders become the article files inside them (recursively, by suffix); files and web
    // addresses stay as they are.
    static QStringList expand(const QStringList &inputs);
    static bool isWebAddress(const QString &input);
    // A .json file that is a JSON Feed (read as a feed, not as Gazette's JSON export).
    static bool isJsonFeedFile(const QString &path);

    Outcome read(const QString &input);
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // See UrlFetcher::setPrivateRedirectQuestion(): without one, such redirects are refused.
    void setPrivateRedirectQuestion(UrlFetcher::RedirectQuestion question) { m_askPrivateRedirect = std::move(question); }

private:
    Outcome fromBytes(const QByteArray &bytes, const QString &uri, const QString &contentType, const QString &charset);
    int m_timeout = 20000;
    UrlFetcher::RedirectQuestion m_askPrivateRedirect;
};

} // namespace Gazette
