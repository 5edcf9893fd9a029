#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of the Dovecot and backup-format parsers with clang (ASan + UBSan) and runs
# each for a bounded time. Exit status: 0 clean, 1 crash/finding or build failure,
# 2 no usable clang (a missing fuzzer toolchain is a failure, never a silent skip).
#
#   FUZZ_SECONDS   seconds per target (default 30)
#   FUZZ_BUILD_DIR where binaries, working corpora and crash files go
#                  (default ${TMPDIR:-/tmp}/mailstore-fuzz)
#   FUZZ_CXX       clang++ to use (default: first working clang++-NN / clang++)
#
# Why clang 16: the core uses std::expected. libstdc++ 12 (Debian 12) hides <expected>
# unless __cpp_concepts >= 202002L, i.e. unless the compiler implements P0848
# (conditionally trivial special members). clang 14/15 do not (copying an expected
# fails), clang 16 does but still reports 201907L, so for clang 16-18 the macro is
# raised on the command line. libc++ is no way out: Debian's libFuzzer runtime is built
# against libstdc++. Packages: clang-16 libclang-rt-16-dev (installer/install-deps.sh).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
seconds=${FUZZ_SECONDS:-30}
build=${FUZZ_BUILD_DIR:-${TMPDIR:-/tmp}/mailstore-fuzz}
mkdir -p "$build"

sanitize="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"

# A compiler counts only if it builds a fuzzer that uses std::expected, as it is or
# with the concepts macro raised (see above).
probe="$build/probe.cpp"
cat > "$probe" <<'CPP'
#include <cstddef>
#include <cstdint>
#include <expected>
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t n)
{
    std::expected<int, int> e = static_cast<int>(n);
    return *e > 0 ? 0 : 0;
}
CPP
cxx=""
extra=""
for c in ${FUZZ_CXX:-clang++-19 clang++-18 clang++-17 clang++-16 clang++}; do
    command -v "$c" >/dev/null 2>&1 || continue
    for lib in "" "-D__cpp_concepts=202002L -Wno-macro-redefined"; do
        # shellcheck disable=SC2086
        if "$c" -std=c++2b $lib $sanitize "$probe" -o "$build/probe" >/dev/null 2>&1; then
            cxx=$c
            extra=$lib
            break 2
        fi
    done
done
if [ -z "$cxx" ]; then
    echo "run-fuzz: no clang++ that can build libFuzzer targets using std::expected." >&2
    echo "run-fuzz: install clang-16 libclang-rt-16-dev" >&2
    echo "run-fuzz: (installer/install-deps.sh does), or set FUZZ_CXX." >&2
    exit 2
fi
echo "run-fuzz: using $cxx ${extra:-(no extra flags)}, $seconds s per target, build dir $build"

core_sources="$src/src/core/result.cpp $src/src/core/dovecot/uidlist.cpp
    $src/src/core/dovecot/indexfiles.cpp $src/src/core/dovecot/filebytes.cpp
    $src/src/core/archive/recordtext.cpp $src/src/core/archive/sha256.cpp
    $src/src/core/archive/manifest.cpp $src/src/core/archive/backuphead.cpp
    $src/src/core/archive/backupcatalog.cpp $src/src/core/fs/atomicfile.cpp"

status=0
for target in fuzz_uidlist fuzz_indexfiles fuzz_manifest fuzz_catalog; do
    corpus_name=${target#fuzz_}
    # shellcheck disable=SC2086
    if ! "$cxx" -std=c++2b $extra -g -O1 $sanitize -I"$src/src" \
        "$here/$target.cpp" $core_sources -lcrypto -o "$build/$target"; then
        echo "run-fuzz: $target: build failed" >&2
        exit 1
    fi
    # The checked-in seeds stay read-only; new inputs go to the build dir.
    work="$build/corpus-$corpus_name"
    mkdir -p "$work" "$build/artifacts"
    echo "run-fuzz: $target for $seconds s"
    if ! "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=8192 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "$work" "$here/corpus/$corpus_name" >"$build/$target.log" 2>&1; then
        tail -n 60 "$build/$target.log" >&2
        echo "run-fuzz: $target FOUND A PROBLEM; inputs in $build/artifacts/" >&2
        status=1
        continue
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$target.log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$build/$target.log")
    echo "run-fuzz: $target ok: $runs executions, $rate exec/s"
done
exit $status
