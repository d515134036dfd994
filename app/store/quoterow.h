// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Gazette {

// One quote of the library with its speaker and where it stands (AnnotationStore::quotes()).
struct QuoteRow
{
    qint64 factId = 0;
    qint64 articleId = 0;
    qint64 speakerEntityId = 0; // 0: the speaker is text only
    QString speaker;            // the entity's name, else the fact's subject text
    QString quote;
    QString headline;
    QDateTime published;        // invalid when unknown
    int status = 0;             // AnnotationStatus
    int start = -1;             // the quote's evidence in the article text (UTF-16), -1 if none
    int end = -1;
};

} // namespace Gazette
