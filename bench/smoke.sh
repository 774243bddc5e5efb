#!/usr/bin/env bash
# CI smoke test: build a small generated report (N=50) with a given ksite binary.
#
#   bench/smoke.sh .build/debug/ksite
#
# Fails when `ksite build` fails or writes fewer pages than the report has sections and
# pillars. No timing: that is bench/run.sh's job.
set -euo pipefail

KSITE=${1:?usage: bench/smoke.sh PATH_TO_KSITE_BINARY}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${SMOKE_SECTIONS:-50}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ksite-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

python3 "$REPO/bench/gen_corpus.py" --sections "$N" --seed 1 --out "$WORK"
if ! "$KSITE" build --content "$WORK/ksite/Content" --templates "$REPO/Templates" \
        --output "$WORK/out" --quiet; then
    echo "smoke: 'ksite build' failed on the generated N=$N report" >&2
    exit 1
fi

pillars=$(find "$WORK/ksite/Content" -mindepth 1 -maxdepth 1 -type d | wc -l)
pages=$(find "$WORK/out" -name '*.html' | wc -l)
if (( pages < N + pillars + 1 )); then
    echo "smoke: only $pages HTML pages for $N sections in $pillars pillars" >&2
    exit 1
fi
echo "smoke: ksite built $pages pages from $N sections in $pillars pillars"
