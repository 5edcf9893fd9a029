# SPDX-License-Identifier: GPL-3.0-or-later
# Metrics sampling against the live kernel: /proc/diskstats, sysfs, statvfs and a real
# fsync in a temporary folder; fakes only where the live system cannot be steered.
foreach(unit diskstats blockdevice diskrates spaceusage fsyncprobe)
    mailstore_add_test(NAME tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${unit}.cpp
                       LIBS mailstore_core LABELS core)
endforeach()
