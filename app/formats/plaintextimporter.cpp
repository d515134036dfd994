// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextimporter.h"

#include "textdecoder.h"

#include "document/boilerplate.h"

#include <QFileInfo>
#include <QUrl>

namespace Gazette {

namespace {
constexpr qsizetype MaximumHeadlineLength = 300;
}

std::optional<Article> PlainTextImporter::read(const QByteArray &bytes, const QString &uri)
{
    clearMessages();
    if (bytes.trimmed().isEmpty()) {
        setErrorString(bytes.isEmpty() ? tr("The file is empty.") : tr("The file contains only white space."));
        return std::nullopt;
    }
    auto decoded = decode(bytes);
    if (!decoded)
        return std::nullopt;

    QString text = std::move(decoded->text);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.trimmed().isEmpty()) {
        setErrorString(tr("The file contains only white space."));
        return std::nullopt;
    }

    Article article;
    article.uri = uri;
    // Pages saved as text keep their scraping leftovers ("Share This Post", "spot_img"); the
    // article goes without them, the file as it was stays its source.
    article.text = Boilerplate::removeLines(text);
    if (article.text == text)
        article.text = text; // one copy, shared, when nothing was dropped (a 31 MB text is 62 MB)
    article.markup = text;
    article.markupType = QStringLiteral("text/plain");
    const auto lines = QStringView(article.text).split(QLatin1Char('\n'));
    for (QStringView line : lines) {
        line = line.trimmed();
        if (!line.isEmpty()) {
            article.headline = line.left(MaximumHeadlineLength).toString();
            break;
        }
    }
    const QUrl url(uri);
    if (url.isLocalFile())
        article.source = QFileInfo(url.toLocalFile()).fileName();
    else
        article.source = url.host();
    return article;
}

} // namespace Gazette
