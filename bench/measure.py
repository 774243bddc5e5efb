#!/usr/bin/env python3
"""Timing and statistics for bench/run.sh.

    measure.py time --tool T --size N --runs R --output DIR --log FILE -- COMMAND…
        Runs COMMAND once to warm up, then R times under `/usr/bin/time -f '%e %U %S %M'`
        (wall s, user s, sys s, peak RSS KB), removing DIR before every run so each run
        writes the whole site. Appends one JSON line per timed run to FILE. Exits non-zero,
        with the command's output, when a run fails.

    measure.py report FILE
        Prints the table, the ksite/Hugo ratios and the targets (PASS/FAIL/SKIP); exits 1
        when a target fails.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

TIME = "/usr/bin/time"

# The targets of the issue.
TARGET_SPEEDUP_N = 10000       # ksite wall ≤ 0.25 × Hugo's at this N
TARGET_SPEEDUP = 0.25
TARGET_RSS_MB = 400            # ksite peak RSS, any run
TARGET_LINEAR = (1000, 10000, 11.0)  # ksite wall at 10000 ≤ 11 × wall at 1000


def count_pages(folder):
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".html"))


def run_once(command, output, label):
    """One run under /usr/bin/time; returns (wall, user, sys, rss_kb)."""
    shutil.rmtree(output, ignore_errors=True)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        result = subprocess.run(
            [TIME, "-f", "%e %U %S %M", "-o", timing.name, *command],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
        if result.returncode != 0:
            print(flush=True)
            print(result.stdout[-4000:], file=sys.stderr)
            print(f"measure: {label} failed (exit {result.returncode}): {' '.join(command)}",
                  file=sys.stderr)
            sys.exit(2)
        # GNU time puts "Command exited with non-zero status" first on failure; the
        # numbers are always the last line.
        fields = timing.read().strip().splitlines()[-1].split()
    wall, user, system = (float(x) for x in fields[:3])
    return wall, user, system, int(fields[3])


def cmd_time(args):
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        sys.exit("measure: no command given after --")
    label = f"{args.tool} N={args.size}"
    print(f"  {label}: warm-up", end="", flush=True)
    run_once(command, args.output, label)
    records = []
    for i in range(args.runs):
        wall, user, system, rss = run_once(command, args.output, label)
        print(f" | {wall:.2f}s", end="", flush=True)
        records.append({"tool": args.tool, "n": args.size, "run": i + 1, "wall": wall,
                        "user": user, "sys": system, "rss_kb": rss,
                        "pages": count_pages(args.output)})
    print()
    with open(args.log, "a", encoding="utf-8") as log:
        for record in records:
            log.write(json.dumps(record) + "\n")


def summarize(records):
    groups = {}
    for r in records:
        groups.setdefault((r["tool"], r["n"]), []).append(r)
    summary = {}
    for key, runs in groups.items():
        walls = [r["wall"] for r in runs]
        summary[key] = {
            "runs": len(runs),
            "pages": runs[-1]["pages"],
            "wall": statistics.median(walls),
            "min": min(walls),
            "max": max(walls),
            "cpu": statistics.median(r["user"] + r["sys"] for r in runs),
            "rss": statistics.median(r["rss_kb"] for r in runs) / 1024,
            "rss_max": max(r["rss_kb"] for r in runs) / 1024,
        }
    return summary


def verdict(ok):
    return "PASS" if ok else "FAIL"


def cmd_report(args):
    with open(args.log, encoding="utf-8") as log:
        records = [json.loads(line) for line in log if line.strip()]
    summary = summarize(records)
    order = sorted(summary, key=lambda k: (k[1], k[0] != "ksite", k[0]))
    print()
    header = (f"{'tool':<6} {'N':>6} {'pages':>7} {'runs':>4} {'median s':>9} {'min s':>7} "
              f"{'max s':>7} {'CPU s':>7} {'RSS MB':>7}")
    print(header)
    print("-" * len(header))
    for key in order:
        s = summary[key]
        print(f"{key[0]:<6} {key[1]:>6} {s['pages']:>7} {s['runs']:>4} {s['wall']:>9.2f} "
              f"{s['min']:>7.2f} {s['max']:>7.2f} {s['cpu']:>7.2f} {s['rss']:>7.0f}")
    print("  (wall and CPU = user+sys are medians; RSS is the median of each run's peak)")

    sizes = sorted({n for _, n in summary})
    print()
    for n in sizes:
        k, h = summary.get(("ksite", n)), summary.get(("hugo", n))
        if k and h:
            print(f"ksite/Hugo wall at N={n}: {k['wall'] / h['wall']:.3f}   "
                  f"(CPU {k['cpu'] / h['cpu']:.3f}, RSS {k['rss'] / h['rss']:.3f})")
        b = summary.get(("before", n))
        if k and b:
            print(f"ksite/before wall at N={n}: {k['wall'] / b['wall']:.3f}   "
                  f"(CPU {k['cpu'] / b['cpu']:.3f}, RSS {k['rss'] / b['rss']:.3f})")
    low, high, limit = TARGET_LINEAR
    k_low, k_high = summary.get(("ksite", low)), summary.get(("ksite", high))
    if k_low and k_high:
        print(f"ksite wall N={high} / N={low}: {k_high['wall'] / k_low['wall']:.2f} "
              f"(pages ×{k_high['pages'] / max(k_low['pages'], 1):.1f})")

    print()
    results = []
    k, h = summary.get(("ksite", TARGET_SPEEDUP_N)), summary.get(("hugo", TARGET_SPEEDUP_N))
    name = f"ksite wall <= {TARGET_SPEEDUP} x Hugo's at N={TARGET_SPEEDUP_N}"
    if k and h:
        ratio = k["wall"] / h["wall"]
        results.append((name, verdict(ratio <= TARGET_SPEEDUP),
                        f"{k['wall']:.2f}s vs {h['wall']:.2f}s = {ratio:.3f}"))
    else:
        results.append((name, "SKIP", f"needs ksite and Hugo at N={TARGET_SPEEDUP_N}"))
    ksite_runs = [r for r in records if r["tool"] == "ksite"]
    name = f"ksite peak RSS <= {TARGET_RSS_MB} MB"
    if ksite_runs:
        peak = max(r["rss_kb"] for r in ksite_runs) / 1024
        results.append((name, verdict(peak <= TARGET_RSS_MB), f"highest {peak:.0f} MB"))
    else:
        results.append((name, "SKIP", "no ksite runs"))
    name = f"ksite wall N={high} <= {limit:g} x N={low}"
    if k_low and k_high:
        ratio = k_high["wall"] / k_low["wall"]
        results.append((name, verdict(ratio <= limit), f"{ratio:.2f}"))
    else:
        results.append((name, "SKIP", f"needs ksite at N={low} and N={high}"))
    for name, result, detail in results:
        print(f"{result:<4}  {name}  ({detail})")
    return 1 if any(r == "FAIL" for _, r, _ in results) else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    timing = sub.add_parser("time", help="warm up, then time a command several times")
    timing.add_argument("--tool", required=True)
    timing.add_argument("--size", type=int, required=True)
    timing.add_argument("--runs", type=int, default=5)
    timing.add_argument("--output", required=True, help="the tool's output folder")
    timing.add_argument("--log", required=True, help="JSON-lines file to append to")
    timing.add_argument("command", nargs=argparse.REMAINDER)
    report = sub.add_parser("report", help="print the table and the targets")
    report.add_argument("log")
    args = parser.parse_args()
    if args.action == "time":
        if not os.access(TIME, os.X_OK):
            sys.exit(f"measure: {TIME} is missing (Debian: apt-get install time)")
        cmd_time(args)
        return 0
    return cmd_report(args)


if __name__ == "__main__":
    sys.exit(main())
