// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcExtract, "gazette.extract", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFormats, "gazette.formats", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "gazette.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "gazette.store", QtInfoMsg)
