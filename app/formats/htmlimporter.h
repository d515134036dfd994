// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace Gazette {

// Saved web pages: parsed with a real HTML5 parser (gumbo), the article body kept and the
// boilerplate around it (navigation, share buttons, ads, related posts, cookie banners, stray
// lines such as "spot_img") dropped by a readability-style scoring of blocks. Metadata comes
// from schema.org NewsArticle JSON-LD, OpenGraph and meta tags. Nothing is ever fetched: no
// script runs, no image or stylesheet is loaded. The original markup is kept for the Source view.
class HtmlImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::HtmlImporter)

public:
    QString id() const override { return QStringLiteral("html"); }
    QString displayName() const override { return tr("Web page"); }
    QStringList fileSuffixes() const override { return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")}; }
    std::optional<Article> read(const QByteArray &bytes, const QString &uri) override;
    // With a charset from outside the page (an HTTP header), which wins over the page's own.
    std::optional<Article> read(const QByteArray &bytes, const QString &uri, const QString &charset);

    // The charset a page declares in its first bytes (<meta charset> or http-equiv), if any.
    static QString declaredCharset(const QByteArray &bytes);
};

// Markdown files: read with Qt's Markdown reader; the headline is the first heading.
class MarkdownImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::MarkdownImporter)

public:
    QString id() const override { return QStringLiteral("markdown"); }
    QString displayName() const override { return tr("Markdown"); }
    QStringList fileSuffixes() const override { return {QStringLiteral("md"), QStringLiteral("markdown")}; }
    std::optional<Article> read(const QByteArray &bytes, const QString &uri) override;
};

} // namespace Gazette
