# SPDX-License-Identifier: GPL-3.0-or-later
# Metrics history (SQLite file with raw samples and 5-minute rollups) and the alert rules
# evaluated on it. SQLite comes from the distribution (libsqlite3-dev).
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
target_sources(mailstore_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/metricstore.h ${CMAKE_CURRENT_LIST_DIR}/metricstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/alertrules.h ${CMAKE_CURRENT_LIST_DIR}/alertrules.cpp
)
target_link_libraries(mailstore_core PRIVATE PkgConfig::SQLITE3)
