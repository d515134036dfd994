// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storecommand.h"

#include <QCoreApplication>

#include <memory>

namespace Gazette {

class AnnotationStore;

// Adjudication, as INCEpTION's curation: per stretch of text where the annotators differ, a
// curator takes one annotator's version into the final layer. Each take is one undo command
// on the session's stack: the final layer's spans in the stretch make way for copies of the
// annotator's. On a PostgreSQL library only a curator's take is accepted by the server.
class Curation
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Curation)

public:
    explicit Curation(AnnotationStore *store);

    QString errorString() const { return m_errorString; }

    // Takes annotator's spans within [start, end) of the article into the final layer; nullptr
    // with errorString() when the final layer holds that version already.
    std::unique_ptr<StoreCommand> takeVersion(qint64 articleId, int start, int end, const QString &annotator);

private:
    AnnotationStore *m_store;
    QString m_errorString;
};

} // namespace Gazette
