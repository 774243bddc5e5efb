#!/usr/bin/env bash
# Counts the instructions of one `ksite build` with callgrind and prints where they go.
#
#   bash bench/profile.sh            # the N=200 corpus
#   PROFILE_SIZE=1000 bash bench/profile.sh
#
# Instruction counts are repeatable (unlike times on a shared machine; Swift's hashing seed is
# fixed for the run, as it moves string hashing by a few million), so they compare two
# versions of ksite exactly; see bench/README.md, "Profiling". Needs valgrind (Debian:
# apt-get install valgrind) and Python 3.
# Environment: PROFILE_SIZE (200), PROFILE_SEED (1), PROFILE_ROOT (/dev/shm/ksite-profile),
# SCRATCH (.build), SWIFT (swift).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SIZE=${PROFILE_SIZE:-200}
SEED=${PROFILE_SEED:-1}
ROOT=${PROFILE_ROOT:-/dev/shm/ksite-profile}
SCRATCH=${SCRATCH:-.build}
SWIFT=${SWIFT:-swift}

command -v valgrind >/dev/null || { echo "profile: valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
cd "$REPO"
"$SWIFT" build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product ksite >&2
BIN="$("$SWIFT" build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/ksite"

mkdir -p "$ROOT"
CORPUS="$ROOT/corpus-$SIZE-$SEED"
[[ -d "$CORPUS/ksite/Content" ]] \
    || python3 bench/gen_corpus.py --sections "$SIZE" --seed "$SEED" --out "$CORPUS" >&2

# Valgrind 3.19 cannot read the DWARF 5 debug information Swift 6 writes; the symbol table,
# which names every function, is enough.
cp "$BIN" "$ROOT/ksite" && strip --strip-debug "$ROOT/ksite"
rm -rf "$ROOT/out"
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$ROOT/callgrind.out" \
    "$ROOT/ksite" build --content "$CORPUS/ksite/Content" --templates "$REPO/Templates" \
    --output "$ROOT/out" --quiet 2>&1 | grep -E "refs" >&2

# The stages of a build, by inclusive count (a stage's work on every thread).
callgrind_annotate --inclusive=yes "$ROOT/callgrind.out" | "$SWIFT" demangle --simplified \
    > "$ROOT/inclusive.txt"
echo "instructions by stage (N=$SIZE; full list in $ROOT/inclusive.txt):"
stage() {  # label, the function's name as the demangled list prints it
    local line
    line=$(grep -F -m1 "???:$2 [" "$ROOT/inclusive.txt" || true)
    printf '  %-28s %16s %s\n' "$1" "$(awk '{print $1}' <<<"$line")" "$(grep -o '([ 0-9.]*%)' <<<"$line")"
}
stage "content loading" "ContentLoader.loadFile(_:)"
stage "Markdown (cmark and scan)" "MarkdownRenderer.render(_:context:)"
stage "charts" "ChartRenderer.render(_:)"
stage "page templates" "TemplateRenderer.render(_:root:)"
stage "data files and search" "specialized PageAssembler.write<A>(_:report:into:)"
printf '  %-28s %16s\n' "total" "$(grep -m1 "PROGRAM TOTALS" "$ROOT/inclusive.txt" | awk '{print $1}')"
