// SPDX-License-Identifier: GPL-3.0-or-later
// AnnotationStore::quotes(): the library's quotes in one query, for the Quotes view and reports.
#include "annotationstore.h"
#include "rowcodec.h"

#include <QSqlQuery>

namespace Gazette {

QList<QuoteRow> AnnotationStore::quotes() const
{
    QList<QuoteRow> rows;
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT f.id, f.article_id, COALESCE(f.subject_entity_id, 0), COALESCE(e.name, f.subject_text), f.object_text, a.headline, "
        "a.published, f.status, COALESCE(ev.start_offset, -1), COALESCE(ev.end_offset, -1) "
        "FROM facts f JOIN articles a ON a.id = f.article_id "
        "LEFT JOIN entities e ON e.id = f.subject_entity_id "
        "LEFT JOIN evidence ev ON ev.fact_id = f.id AND ev.position = 0 "
        "WHERE f.kind = 'quote' AND f.status <> ? "
        "ORDER BY a.published DESC, a.id DESC, ev.start_offset"));
    q.addBindValue(int(AnnotationStatus::Rejected));
    if (!q.exec())
        return rows;
    while (q.next()) {
        QuoteRow row;
        row.factId = q.value(0).toLongLong();
        row.articleId = q.value(1).toLongLong();
        row.speakerEntityId = q.value(2).toLongLong();
        row.speaker = q.value(3).toString();
        row.quote = q.value(4).toString();
        row.headline = q.value(5).toString();
        row.published = RowCodec::dateTime(q.value(6));
        row.status = q.value(7).toInt();
        row.start = q.value(8).toInt();
        row.end = q.value(9).toInt();
        rows.append(row);
    }
    return rows;
}

} // namespace Gazette
