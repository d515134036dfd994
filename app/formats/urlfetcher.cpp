// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlfetcher.h"

#include "importer.h"

#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace Gazette {

UrlFetcher::UrlFetcher()
    : m_network(std::make_unique<QNetworkAccessManager>())
{
}

UrlFetcher::~UrlFetcher() = default;

std::optional<UrlFetcher::Result> UrlFetcher::fetch(const QUrl &url)
{
    m_errorString.clear();
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_errorString = tr("“%1” is not a web address (http or https).").arg(url.toDisplayString());
        return std::nullopt;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaximumRedirects);
    request.setTransferTimeout(m_timeout);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Gazette/" GAZETTE_VERSION));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5");

    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    QByteArray body;
    bool tooLarge = false;
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        body += reply->readAll();
        if (body.size() > Importer::MaximumFileSize) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    body += reply->readAll();

    const QLocale locale;
    if (tooLarge) {
        m_errorString = tr("The page at %1 is larger than %2; it was not read.").arg(url.toDisplayString(), locale.formattedDataSize(Importer::MaximumFileSize));
        return std::nullopt;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        m_errorString = tr("%1 did not answer within %2 seconds.").arg(url.host()).arg(m_timeout / 1000.0);
        return std::nullopt;
    case QNetworkReply::TooManyRedirectsError:
        m_errorString = tr("%1 redirected more than %2 times.").arg(url.toDisplayString()).arg(MaximumRedirects);
        return std::nullopt;
    case QNetworkReply::InsecureRedirectError:
        m_errorString = tr("%1 redirected from https to plain http; Gazette does not follow that.").arg(url.toDisplayString());
        return std::nullopt;
    case QNetworkReply::HostNotFoundError:
        m_errorString = tr("The host %1 was not found.").arg(url.host());
        return std::nullopt;
    case QNetworkReply::ConnectionRefusedError:
        m_errorString = tr("%1 refused the connection.").arg(url.host());
        return std::nullopt;
    default:
        m_errorString = status > 0 ? tr("%1 answered %2 %3.").arg(url.toDisplayString()).arg(status)
                                         .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                                   : tr("%1 could not be fetched: %2").arg(url.toDisplayString(), reply->errorString());
        return std::nullopt;
    }
    Result result;
    result.bytes = body;
    result.finalUrl = reply->url();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    result.contentType = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const auto charset = QRegularExpression(QStringLiteral("charset\\s*=\\s*\"?([^\";\\s]+)"), QRegularExpression::CaseInsensitiveOption).match(contentType);
    if (charset.hasMatch())
        result.charset = charset.captured(1);
    return result;
}

} // namespace Gazette
