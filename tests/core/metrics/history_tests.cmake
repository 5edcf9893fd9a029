# SPDX-License-Identifier: GPL-3.0-or-later
# Metrics history and alert rules. The store test also opens its files with SQLite
# directly (integrity_check, damaged files), so it links SQLite itself.
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
mailstore_add_test(NAME tst_metricstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricstore.cpp
                   LIBS mailstore_core PkgConfig::SQLITE3 LABELS core)
mailstore_add_test(NAME tst_alertrules SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_alertrules.cpp
                   LIBS mailstore_core LABELS core)
