// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace Gazette {

// Plain text: the text is kept as it is (only line ends become '\n' and a byte order mark is
// dropped), so offsets in exports refer to the file's own text. The headline is the first
// non-empty line.
class PlainTextImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::PlainTextImporter)

public:
    QString id() const override { return QStringLiteral("text"); }
    QString displayName() const override { return tr("Plain text"); }
    QStringList fileSuffixes() const override { return {QStringLiteral("txt"), QStringLiteral("text")}; }
    std::optional<Article> read(const QByteArray &bytes, const QString &uri) override;
};

} // namespace Gazette
