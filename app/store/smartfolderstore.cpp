// SPDX-License-Identifier: GPL-3.0-or-later
#include "smartfolderstore.h"

#include "annotationstore.h"
#include "document/libraryquery.h"

#include <QSqlQuery>

namespace Gazette {

SmartFolderStore::SmartFolderStore(AnnotationStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QList<SmartFolder> SmartFolderStore::folders(bool withCounts) const
{
    QList<SmartFolder> result;
    if (!m_store->isOpen())
        return result;
    QSqlQuery q = m_store->prepare(QStringLiteral("SELECT id, name, query FROM smart_folders ORDER BY name, id"));
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), 0});
    }
    if (withCounts) {
        for (SmartFolder &folder : result)
            folder.articles = int(m_store->findArticles(LibraryQuery::parse(folder.query)).size());
    }
    return result;
}

std::optional<SmartFolder> SmartFolderStore::folder(qint64 id) const
{
    for (const SmartFolder &folder : folders()) {
        if (folder.id == id)
            return folder;
    }
    return std::nullopt;
}

bool SmartFolderStore::checkName(const QString &name, qint64 except)
{
    if (name.isEmpty()) {
        m_errorString = tr("A smart folder needs a name.");
        return false;
    }
    for (const SmartFolder &folder : folders()) {
        if (folder.id != except && folder.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_errorString = tr("There is a smart folder called “%1” already.").arg(folder.name);
            return false;
        }
    }
    return true;
}

std::optional<qint64> SmartFolderStore::add(const QString &name, const QString &query)
{
    m_errorString.clear();
    const QString trimmed = name.simplified();
    if (!checkName(trimmed, 0))
        return std::nullopt;
    const LibraryQuery parsed = LibraryQuery::parse(query);
    if (!parsed.isValid()) {
        m_errorString = parsed.errors.join(QLatin1Char(' '));
        return std::nullopt;
    }
    if (parsed.isEmpty()) {
        m_errorString = tr("A smart folder needs a search: type one in the library's search box first.");
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = m_store->transaction([&] {
        QSqlQuery q = m_store->prepare(QStringLiteral("INSERT INTO smart_folders (name, query, created) VALUES (?, ?, ?) RETURNING id"));
        q.addBindValue(trimmed);
        q.addBindValue(query.trimmed());
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!m_store->exec(q) || !q.next())
            return false;
        id = q.value(0).toLongLong();
        return true;
    });
    if (!ok) {
        m_errorString = m_store->errorString();
        return std::nullopt;
    }
    Q_EMIT changed();
    return id;
}

bool SmartFolderStore::rename(qint64 id, const QString &name)
{
    m_errorString.clear();
    const QString trimmed = name.simplified();
    if (!checkName(trimmed, id))
        return false;
    const bool ok = m_store->transaction([&] {
        QSqlQuery q = m_store->prepare(QStringLiteral("UPDATE smart_folders SET name = ? WHERE id = ?"));
        q.addBindValue(trimmed);
        q.addBindValue(id);
        return m_store->exec(q);
    });
    if (!ok) {
        m_errorString = m_store->errorString();
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool SmartFolderStore::remove(qint64 id)
{
    m_errorString.clear();
    const bool ok = m_store->transaction([&] {
        QSqlQuery q = m_store->prepare(QStringLiteral("DELETE FROM smart_folders WHERE id = ?"));
        q.addBindValue(id);
        return m_store->exec(q);
    });
    if (!ok) {
        m_errorString = m_store->errorString();
        return false;
    }
    Q_EMIT changed();
    return true;
}

} // namespace Gazette
