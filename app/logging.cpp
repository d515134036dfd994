// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcDocument, "gazette.document", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFormats, "gazette.formats", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "gazette.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "gazette.store", QtInfoMsg)
