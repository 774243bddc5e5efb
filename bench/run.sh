#!/usr/bin/env bash
# Benchmark `ksite build` against Hugo on generated reports (see bench/README.md).
#
#   make bench                                   # N = 1000 and 10000, 5 timed runs each
#   BENCH_SIZES=1000 BENCH_RUNS=1 bash bench/run.sh
#
# Environment: BENCH_SIZES ("1000 10000"), BENCH_RUNS (5), BENCH_SEED (1),
# BENCH_ROOT (/dev/shm/ksite-bench), SCRATCH (.build: swift build's --scratch-path),
# SWIFT (swift), HUGO (hugo), BENCH_BASELINE (an older ksite binary, timed as "before" in
# the same run to measure a change; unset: not timed), BENCH_BASELINE_TEMPLATES (the
# templates of that version, when they differ from Templates/: an older ksite refuses
# templates that ask for values it does not provide).
# Exit status: 0 when every target passes (or is skipped), 1 when one fails, 2 on errors.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$REPO/bench"
SIZES=${BENCH_SIZES:-"1000 10000"}
RUNS=${BENCH_RUNS:-5}
SEED=${BENCH_SEED:-1}
SCRATCH=${SCRATCH:-.build}
SWIFT=${SWIFT:-swift}
HUGO=${HUGO:-hugo}
TEMPLATES="$REPO/Templates"

fail() { echo "bench: $*" >&2; exit 2; }

if [[ -n "${BENCH_ROOT:-}" ]]; then
    ROOT=$BENCH_ROOT
elif [[ -d /dev/shm && -w /dev/shm ]]; then
    ROOT=/dev/shm/ksite-bench
else
    ROOT="${TMPDIR:-/tmp}/ksite-bench"
    echo "bench: /dev/shm is not available; using $ROOT (a slow disk distorts the numbers)" >&2
fi
mkdir -p "$ROOT"
command -v python3 >/dev/null || fail "python3 is needed"
[[ -x /usr/bin/time ]] || fail "/usr/bin/time is needed (Debian: apt-get install time)"

echo "== building ksite (swift build -c release --static-swift-stdlib --scratch-path $SCRATCH, as make release)"
cd "$REPO"
"$SWIFT" build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product ksite \
    || fail "swift build failed: fix the build, then run the benchmark again"
KSITE="$("$SWIFT" build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/ksite"
[[ -x "$KSITE" ]] || fail "no ksite binary at $KSITE"

HAVE_HUGO=1
if ! command -v "$HUGO" >/dev/null; then
    HAVE_HUGO=0
    echo "bench: '$HUGO' is not installed: skipping Hugo (Debian: apt-get install hugo)." >&2
fi

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')"
echo "   ksite $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?') (working tree), $KSITE"
[[ $HAVE_HUGO == 1 ]] && echo "   $("$HUGO" version)"
echo "   $RUNS timed runs after one warm-up; sizes: $SIZES; data in $ROOT"

# A corpus is regenerated only when the generator, the Hugo layouts, N or the seed change.
stamp_of() {
    { echo "$1 $SEED"; cat "$BENCH/gen_corpus.py" "$BENCH/corpus_words.py"; find "$BENCH/hugo" -type f | sort | xargs cat; } \
        | sha256sum | cut -d' ' -f1
}

LOG="$ROOT/results.jsonl"
: > "$LOG"
for N in $SIZES; do
    CORPUS="$ROOT/$N"
    STAMP=$(stamp_of "$N")
    if [[ "$(cat "$CORPUS/.stamp" 2>/dev/null)" != "$STAMP" ]]; then
        echo "== generating N=$N"
        python3 "$BENCH/gen_corpus.py" --sections "$N" --seed "$SEED" --out "$CORPUS"
        echo "$STAMP" > "$CORPUS/.stamp"
    else
        echo "== corpus N=$N is up to date ($CORPUS)"
    fi

    OUT="$ROOT/out-ksite-$N"
    python3 "$BENCH/measure.py" time --tool ksite --size "$N" --runs "$RUNS" \
        --output "$OUT" --log "$LOG" -- \
        "$KSITE" build --content "$CORPUS/ksite/Content" --templates "$TEMPLATES" \
        --output "$OUT" --quiet \
        || fail "'ksite build' failed on the N=$N corpus (output above)"

    if [[ -n "${BENCH_BASELINE:-}" ]]; then
        OUT="$ROOT/out-before-$N"
        python3 "$BENCH/measure.py" time --tool before --size "$N" --runs "$RUNS" \
            --output "$OUT" --log "$LOG" -- \
            "$BENCH_BASELINE" build --content "$CORPUS/ksite/Content" \
            --templates "${BENCH_BASELINE_TEMPLATES:-$TEMPLATES}" \
            --output "$OUT" --quiet \
            || fail "the baseline '$BENCH_BASELINE' failed on the N=$N corpus (output above)"
    fi

    if [[ $HAVE_HUGO == 1 ]]; then
        OUT="$ROOT/out-hugo-$N"
        rm -rf "$CORPUS/hugo/resources"
        python3 "$BENCH/measure.py" time --tool hugo --size "$N" --runs "$RUNS" \
            --output "$OUT" --log "$LOG" -- \
            "$HUGO" --source "$CORPUS/hugo" --destination "$OUT" --quiet \
            || fail "hugo failed on the N=$N corpus (output above)"
    fi
done

python3 "$BENCH/measure.py" report "$LOG"
