// SPDX-License-Identifier: GPL-3.0-or-later
QString search() { return QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ?"); }
