// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Gazette {

class AnnotationStore;

// A library search saved under a name, kept in the library.
struct SmartFolder
{
    qint64 id = 0;
    QString name;
    QString query; // as typed (LibraryQuery::parse())
    int articles = 0; // how many articles it finds now (filled by folders(true))
};

// The smart folders of a library, on its own connection (the AnnotationStore's transactions).
// changed() follows every committed write.
class SmartFolderStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmartFolderStore)

public:
    explicit SmartFolderStore(AnnotationStore *store, QObject *parent = nullptr);

    QString errorString() const { return m_errorString; }
    // By name; with counts, each search runs to count its articles.
    QList<SmartFolder> folders(bool withCounts = false) const;
    std::optional<SmartFolder> folder(qint64 id) const;
    // Refused with errorString() for an empty name, a name taken, or a search with errors.
    std::optional<qint64> add(const QString &name, const QString &query);
    bool rename(qint64 id, const QString &name);
    bool remove(qint64 id);

Q_SIGNALS:
    void changed();

private:
    bool checkName(const QString &name, qint64 except);

    AnnotationStore *m_store;
    QString m_errorString;
};

} // namespace Gazette
