// SPDX-License-Identifier: GPL-3.0-or-later
#include "curation.h"

#include "document/layers.h"
#include "store/annotationstore.h"

namespace Gazette {

Curation::Curation(AnnotationStore *store)
    : m_store(store)
{
}

std::unique_ptr<StoreCommand> Curation::takeVersion(qint64 articleId, int start, int end, const QString &annotator)
{
    m_errorString.clear();
    const auto inStretch = [&](const Annotation &a) { return a.start < end && start < a.end; };
    QList<Annotation> chosen;
    QList<Annotation> final;
    for (const Annotation &a : m_store->annotations(articleId)) {
        if (!inStretch(a))
            continue;
        if (Layers::isFinal(a))
            final.append(a);
        else if (Layers::isAnnotators(a) && a.author == annotator)
            chosen.append(a);
    }
    if (Layers::sameSpans(chosen, final) && !final.isEmpty()) {
        m_errorString = tr("The final layer holds %1's version already.").arg(annotator);
        return nullptr;
    }
    ChangeSet changes;
    for (const Annotation &a : std::as_const(final))
        changes.add(RowChange<Annotation>{a, std::nullopt});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 placeholder = -1;
    QString quote;
    for (Annotation copy : std::as_const(chosen)) {
        quote = copy.quote;
        copy.id = placeholder--;
        copy.author = Layers::finalAuthor();
        copy.status = AnnotationStatus::Accepted;
        copy.origin = Origin::Manual;
        copy.created = copy.modified = now;
        copy.version = {};
        changes.add(RowChange<Annotation>{std::nullopt, copy});
    }
    if (changes.isEmpty()) {
        m_errorString = tr("Neither %1 nor the final layer has a span there.").arg(annotator);
        return nullptr;
    }
    const QString text = chosen.isEmpty() ? tr("Take %1's version (no span)").arg(annotator)
                                          : tr("Take %1's version of '%2'").arg(annotator, quote);
    return std::make_unique<StoreCommand>(m_store, text, std::move(changes));
}

} // namespace Gazette
