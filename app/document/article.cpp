// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Gazette {

QString Article::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::New:
        return QCoreApplication::translate("Gazette::Article", "New");
    case ReviewStatus::InReview:
        return QCoreApplication::translate("Gazette::Article", "In review");
    case ReviewStatus::Done:
        return QCoreApplication::translate("Gazette::Article", "Done");
    }
    return {};
}

} // namespace Gazette
