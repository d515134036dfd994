# SPDX-License-Identifier: GPL-3.0-or-later
cmake_policy(VERSION 3.25)
# Fails when SQLite's own names or syntax appear in app/ or ui/ outside the SQL dialect
# (app/store/sqldialect.h/.cpp): everything else must read the same for a PostgreSQL library,
# so a second backend is one more dialect, not a hunt through the store.
#   cmake -DSOURCE_DIR=<tree with app/ and ui/> -P check_sqlite_confined.cmake
file(GLOB_RECURSE sources "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
if(NOT sources)
    message(FATAL_ERROR "no sources under ${SOURCE_DIR}/app or ${SOURCE_DIR}/ui: the check would prove nothing")
endif()
# The Qt driver name, the catalogue tables, PRAGMA statements (not #pragma), FTS5 and its
# query syntax, VACUUM, and the file header bytes.
set(tokens
    "QSQLITE"
    "sqlite_master|sqlite_schema|sqlite_sequence"
    "(^|[^#A-Za-z_])[Pp][Rr][Aa][Gg][Mm][Aa][ \t]+[A-Za-z_]"
    "[Ff][Tt][Ss]5|VIRTUAL TABLE|tokenize *=| MATCH |[^A-Za-z_]rowid[^A-Za-z_]|ORDER BY rank"
    "VACUUM"
    "SQLite format 3")
list(JOIN tokens "|" pattern)
set(violations "")
foreach(source IN LISTS sources)
    if(source MATCHES "/app/store/sqldialect\\.(h|cpp)$")
        continue()
    endif()
    file(STRINGS "${source}" lines REGEX "${pattern}")
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${source}")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" text)
        string(APPEND violations "\n  ${rel}: ${text}")
    endforeach()
endforeach()
if(violations)
    message(FATAL_ERROR "SQLite-only SQL or names outside app/store/sqldialect.*:${violations}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files checked: SQLite-only SQL and names stay in the SQL dialect")
