// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>
#include <vector>

namespace Gazette {

// Every importer Gazette has, for the GUI's file dialogs, the CLI and the tests.
class ImporterRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::ImporterRegistry)

public:
    ImporterRegistry();
    ~ImporterRegistry();
    Q_DISABLE_COPY_MOVE(ImporterRegistry)

    const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }

    // The importer for a file name by its suffix; plain text for unknown suffixes.
    Importer *importerForFile(const QString &fileName) const;

    // Name filters for a file dialog: "All articles (*.txt ...)", one per importer, "All files (*)".
    QStringList fileDialogFilters() const;

    // Reads a file with the matching importer; errorString() says why it failed.
    std::optional<Article> readFile(const QString &path);
    QString errorString() const { return m_errorString; }
    QStringList warnings() const { return m_warnings; }

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
    QString m_errorString;
    QStringList m_warnings;
};

} // namespace Gazette
