// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Portable SQL, a regular expression match and a row id are no engine names.
QString summary() { return QStringLiteral("SELECT count(*) FROM annotations WHERE status <> ?"); }
int rowId(const QRegularExpressionMatch &match);
