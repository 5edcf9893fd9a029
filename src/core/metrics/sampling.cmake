# SPDX-License-Identifier: GPL-3.0-or-later
# Metrics sampling: the mail root's device and its diskstats counters, rates between
# two readings, space and inodes, and the fsync probe.
target_sources(mailstore_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/diskstats.h ${CMAKE_CURRENT_LIST_DIR}/diskstats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/blockdevice.h ${CMAKE_CURRENT_LIST_DIR}/blockdevice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diskrates.h ${CMAKE_CURRENT_LIST_DIR}/diskrates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/spaceusage.h ${CMAKE_CURRENT_LIST_DIR}/spaceusage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fsyncprobe.h ${CMAKE_CURRENT_LIST_DIR}/fsyncprobe.cpp
)
