// SPDX-License-Identifier: GPL-3.0-or-later
#include "importerregistry.h"

#include "htmlimporter.h"
#include "plaintextimporter.h"

#include <QFileInfo>

namespace Gazette {

ImporterRegistry::ImporterRegistry()
{
    m_importers.push_back(std::make_unique<PlainTextImporter>());
    m_importers.push_back(std::make_unique<HtmlImporter>());
    m_importers.push_back(std::make_unique<MarkdownImporter>());
}

ImporterRegistry::~ImporterRegistry() = default;

Importer *ImporterRegistry::importerForFile(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &importer : m_importers) {
        if (importer->fileSuffixes().contains(suffix))
            return importer.get();
    }
    for (const auto &importer : m_importers) {
        if (importer->id() == QLatin1String("text"))
            return importer.get();
    }
    return nullptr;
}

QStringList ImporterRegistry::fileDialogFilters() const
{
    QStringList all;
    QStringList filters;
    for (const auto &importer : m_importers) {
        QStringList patterns;
        for (const QString &suffix : importer->fileSuffixes())
            patterns.append(QStringLiteral("*.") + suffix);
        all.append(patterns);
        filters.append(QStringLiteral("%1 (%2)").arg(importer->displayName(), patterns.join(QLatin1Char(' '))));
    }
    filters.prepend(tr("All articles (%1)").arg(all.join(QLatin1Char(' '))));
    filters.append(tr("All files (*)"));
    return filters;
}

std::optional<Article> ImporterRegistry::readFile(const QString &path)
{
    m_errorString.clear();
    m_warnings.clear();
    Importer *importer = importerForFile(path);
    auto article = importer->readFile(path);
    m_errorString = importer->errorString();
    m_warnings = importer->warnings();
    return article;
}

} // namespace Gazette
