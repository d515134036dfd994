// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storechange.h"

#include <QByteArray>

// A committed StoreChange as compact JSON, for the change log: the library's history, and what
// other annotators' windows read when the server tells them of a change (LISTEN/NOTIFY).
namespace Gazette::ChangeCodec {

QByteArray encode(const StoreChange &change);
StoreChange decode(const QByteArray &json);
// Every article the change names, for the log's summary column ("12,14").
QString articleList(const StoreChange &change);

} // namespace Gazette::ChangeCodec
