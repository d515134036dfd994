// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
QString version() { return QStringLiteral("PRAGMA user_version"); }
QByteArray header() { return QByteArray("SQLite format 3\0", 16); }
