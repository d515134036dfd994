// SPDX-License-Identifier: GPL-3.0-or-later
// The dialect may name its engine.
QString driverName() { return QStringLiteral("QSQLITE"); }
QString schemaVersionQuery() { return QStringLiteral("PRAGMA user_version"); }
QString tables() { return QStringLiteral("SELECT count(*) FROM sqlite_master"); }
QString index() { return QStringLiteral("CREATE VIRTUAL TABLE article_search USING fts5(headline, tokenize='trigram')"); }
QString search() { return QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank"); }
QString backup() { return QStringLiteral("VACUUM INTO ?"); }
QByteArray signature() { return QByteArray("SQLite format 3\0", 16); }
