// SPDX-License-Identifier: GPL-3.0-or-later
#include "opml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Gazette {

std::optional<QList<OpmlFeed>> Opml::read(const QByteArray &bytes)
{
    m_errorString.clear();
    if (bytes.trimmed().isEmpty()) {
        m_errorString = tr("The OPML file is empty.");
        return std::nullopt;
    }
    if (bytes.size() > MaximumSize) {
        m_errorString = tr("The OPML file is larger than %1 MB; it was not read.").arg(MaximumSize / (1024 * 1024));
        return std::nullopt;
    }
    QXmlStreamReader xml(bytes);
    QList<OpmlFeed> feeds;
    QStringList folders; // the open outlines that are folders (no xmlUrl), innermost last
    QList<bool> isFolder; // for every open outline
    bool sawRoot = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_errorString = tr("The OPML file declares a document type; subscription lists do not, so it is refused.");
            return std::nullopt;
        }
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("outline")) {
            if (!isFolder.isEmpty() && isFolder.takeLast())
                folders.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            sawRoot = true;
            if (xml.name() != QLatin1String("opml")) {
                m_errorString = tr("This XML file is not an OPML subscription list.");
                return std::nullopt;
            }
            continue;
        }
        if (xml.name() != QLatin1String("outline"))
            continue;
        if (isFolder.size() >= MaximumDepth) {
            m_errorString = tr("The OPML file nests outlines more than %1 deep; it was not read.").arg(MaximumDepth);
            return std::nullopt;
        }
        const auto attributes = xml.attributes();
        const QString url = attributes.value(QStringLiteral("xmlUrl")).toString().trimmed();
        QString title = attributes.value(QStringLiteral("title")).toString().simplified();
        if (title.isEmpty())
            title = attributes.value(QStringLiteral("text")).toString().simplified();
        if (url.isEmpty()) {
            isFolder.append(true);
            folders.append(title);
            continue;
        }
        isFolder.append(false);
        if (feeds.size() >= MaximumFeeds) {
            m_errorString = tr("The OPML file lists more than %1 feeds; it was not read.").arg(MaximumFeeds);
            return std::nullopt;
        }
        // Folders nested in folders become one folder: the innermost with a name.
        QString folder;
        for (auto it = folders.crbegin(); it != folders.crend() && folder.isEmpty(); ++it)
            folder = *it;
        feeds.append({title, url, attributes.value(QStringLiteral("htmlUrl")).toString().trimmed(), folder});
    }
    if (xml.hasError()) {
        m_errorString = tr("The OPML file is not well-formed XML (line %1): %2").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    if (!sawRoot) {
        m_errorString = tr("The OPML file is empty.");
        return std::nullopt;
    }
    return feeds;
}

QByteArray Opml::write(const QList<OpmlFeed> &feeds, const QString &title)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    QStringList folders;
    for (const OpmlFeed &feed : feeds) {
        if (!folders.contains(feed.folder))
            folders.append(feed.folder);
    }
    for (const QString &folder : std::as_const(folders)) {
        if (!folder.isEmpty()) {
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), folder);
            xml.writeAttribute(QStringLiteral("title"), folder);
        }
        for (const OpmlFeed &feed : feeds) {
            if (feed.folder != folder)
                continue;
            xml.writeEmptyElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
            xml.writeAttribute(QStringLiteral("text"), feed.title);
            xml.writeAttribute(QStringLiteral("title"), feed.title);
            xml.writeAttribute(QStringLiteral("xmlUrl"), feed.xmlUrl);
            if (!feed.htmlUrl.isEmpty())
                xml.writeAttribute(QStringLiteral("htmlUrl"), feed.htmlUrl);
        }
        if (!folder.isEmpty())
            xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Gazette
