#!/usr/bin/env python3
"""Generate a synthetic report for benchmarking ksite against Hugo.

    bench/gen_corpus.py --sections N --seed S --out DIR

writes two equivalent sites:

- DIR/ksite/Content/  a ksite site (see /work/shared/content-format.md): site.yml,
                      departments.yml (40 departments), ~N/12 pillar folders, N sections;
- DIR/hugo/           the same pages as a Hugo site: the same Markdown bodies, departments
                      as a taxonomy, budgets/metrics/tables/photos as front-matter params,
                      and the layouts in bench/hugo/ (copied as they are).

Standard library only. The output depends only on N and the seed: every section draws from
its own random generator seeded with (seed, its index), and nothing iterates over a set or
reads the clock, so two runs give byte-identical trees (check with `diff -r`).
"""

import argparse
import json
import os
import random
import re
import shutil
import sys

from corpus_words import (  # the fixed vocabulary
    BACKGROUNDS, CIRCLED, GOALS, KANJI, MEASURES, METRIC_TOPICS, ORGS, PHOTO_SUBJECTS, PLACES,
    RESULT_LABELS, ROMAJI, ROMAN, TABLE_COLUMNS, TABLE_ROWS, TARGETS, TOPICS,
)

HERE = os.path.dirname(os.path.abspath(__file__))
HUGO_TEMPLATE_DIR = os.path.join(HERE, "hugo")

RESULT_YEAR = "R4"
PLAN_YEAR = "R5"
METRIC_YEARS = ["H30", "R1", "R2", "R3", "R4"]
DEPARTMENT_COUNT = 40


# ---------------------------------------------------------------------------------------
# The plan: which pillars, sections and departments exist. Built first, so that bodies
# can link to any section.

class Department:
    def __init__(self, code, name, slug):
        self.code, self.name, self.slug = code, name, slug


class Pillar:
    def __init__(self, index, folder, numeral, title, intro):
        self.index, self.folder, self.numeral = index, folder, numeral
        self.title, self.intro = title, intro
        self.sections = []


class Section:
    def __init__(self, pillar, number, file_name, title, seq):
        self.pillar, self.number, self.file_name = pillar, number, file_name
        self.title, self.seq = title, seq

    @property
    def path(self):
        return f"{self.pillar.folder}/{self.file_name}"


def make_departments(rng):
    departments, seen = [], set()
    while len(departments) < DEPARTMENT_COUNT:
        length = 3 if rng.random() < 0.2 else 2
        picks = rng.sample(KANJI, length)
        code = "".join(k for k, _ in picks)
        if code in seen:
            continue
        seen.add(code)
        name = "".join(w for _, w in picks) + "課"
        departments.append(Department(code, name, f"d{len(departments) + 1:02d}"))
    return departments


def numeral(index):
    return ROMAN[index - 1] if index <= len(ROMAN) else str(index)


def letters(index):
    """0 → a, 25 → z, 26 → aa …: ASCII pillar slugs."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def make_plan(sections, seed):
    rng = random.Random(f"{seed}:plan")
    departments = make_departments(rng)
    pillar_count = max(1, round(sections / 12))
    # Every pillar gets one section, the rest go to pillars in proportion to random weights.
    weights = [rng.uniform(0.5, 1.5) for _ in range(pillar_count)]
    sizes = [1] * pillar_count
    for choice in rng.choices(range(pillar_count), weights=weights, k=sections - pillar_count):
        sizes[choice] += 1
    width = max(2, len(str(pillar_count)))
    pillars, seq = [], 0
    for p in range(pillar_count):
        index = p + 1
        title = rng.choice([
            f"{rng.choice(TOPICS)}に関する取組み",
            f"{rng.choice(TOPICS)}の振興に関する基本方針に基づく取組み",
            "{}及び{}に関する取組み".format(*rng.sample(GOALS, 2)),
        ])
        intro = ""
        if rng.random() < 0.5:
            intro = (f"{rng.choice(TOPICS)}に関する施策について、{RESULT_YEAR}年度の実績と"
                     f"{PLAN_YEAR}年度の取組みをまとめた。\n")
        pillar = Pillar(index, f"{index:0{width}d}-pillar-{letters(p)}", numeral(index),
                        title, intro)
        section_width = max(2, len(str(sizes[p])))
        for number in range(1, sizes[p] + 1):
            seq += 1
            words = rng.sample(ROMAJI, 2)
            file_name = f"{number:0{section_width}d}-{words[0]}-{words[1]}-{seq}.md"
            title = rng.choice([
                f"{rng.choice(TARGETS)}の{rng.choice(GOALS)}の促進",
                "{}及び{}の推進".format(*rng.sample(GOALS, 2)),
                f"{rng.choice(TOPICS)}における{rng.choice(MEASURES)}の充実",
                f"{rng.choice(PLACES)}における{rng.choice(GOALS)}に向けた環境の整備",
            ])
            pillar.sections.append(Section(pillar, number, file_name, title, seq))
        pillars.append(pillar)
    return departments, pillars


# ---------------------------------------------------------------------------------------
# Section content.

def log_uniform(rng, low_exp, high_exp):
    return int(10 ** rng.uniform(low_exp, high_exp))


def tag(rng, departments):
    """【産支】, sometimes 【商金・産支】 or 【業務、監理】. `departments` is the section's own
    few departments (as in the report, where a section names a handful)."""
    r = rng.random()
    count = min(len(departments), 1 if r < 0.75 else (2 if r < 0.95 else 3))
    codes = [d.code for d in rng.sample(departments, count)]
    joiner = "・" if rng.random() < 0.6 else "、"
    return "【" + joiner.join(codes) + "】"


def sentence(rng):
    """A result sentence (実績) ending in 。; may start with 「."""
    t = rng.randrange(6)
    target, measure = rng.choice(TARGETS), rng.choice(MEASURES)
    goal, goal2 = rng.sample(GOALS, 2)
    if t == 0:
        return (f"{rng.choice(ORGS)}と連携し、{target}の{goal}を図るため、"
                f"{measure}や{rng.choice(MEASURES)}に取り組んだ。")
    if t == 1:
        return (f"{target}に対し、{goal}に向けた{measure}に要する経費の一部を補助した。")
    if t == 2:
        return (f"「{rng.choice(PLACES)}{goal}支援事業」により、{target}の"
                f"{goal2}を支援した。")
    if t == 3:
        return (f"{rng.choice(BACKGROUNDS)}を踏まえ、{target}による{goal}の取組みを"
                f"{measure}を通じて支援した。")
    if t == 4:
        return (f"{rng.choice(PLACES)}において、{target}の{goal}及び{goal2}を"
                f"推進するため、{measure}を行った。")
    return (f"{rng.choice(BACKGROUNDS)}を受けている{target}に対して、{rng.choice(ORGS)}による"
            f"{measure}を実施し、{goal}を支援した。")


def plan_sentence(rng):
    t = rng.randrange(4)
    target, goal, measure = rng.choice(TARGETS), rng.choice(GOALS), rng.choice(MEASURES)
    if t == 0:
        return f"{PLAN_YEAR}年度から新たに、{target}を対象とした{measure}に取り組む。"
    if t == 1:
        return f"引き続き{rng.choice(ORGS)}と連携し、{target}の{goal}を推進する。"
    if t == 2:
        return (f"{rng.choice(BACKGROUNDS)}を踏まえ、{target}の{goal}に向けて、"
                f"{measure}の内容を拡充する。")
    return (f"「{rng.choice(PLACES)}{goal}推進計画」に基づき、{measure}を"
            f"計画的に進めていく。")


def sub_item(rng):
    target, goal, measure = rng.choice(TARGETS), rng.choice(GOALS), rng.choice(MEASURES)
    t = rng.randrange(3)
    if t == 0:
        return f"{target}の{goal}に向けた{measure}"
    if t == 1:
        return f"{rng.choice(ORGS)}と連携した{target}への{measure}"
    return f"{rng.choice(BACKGROUNDS)}を受ける{target}に対する{goal}の支援"


def figure(rng):
    label, unit = rng.choice(RESULT_LABELS)
    n = log_uniform(rng, 0.5, 4.5)
    r = rng.random()
    if r < 0.5:
        return f"（{RESULT_YEAR}年度実績：{n:,}{unit}）"
    if r < 0.8:
        label2, unit2 = rng.choice(RESULT_LABELS)
        return (f"（{RESULT_YEAR}年度{label}：{n:,}{unit}、"
                f"{label2} 延べ{log_uniform(rng, 1, 4):,}{unit2}）")
    return f"（補助実績：{n:,}件・{log_uniform(rng, 3, 6):,}千円）"


def link(rng, section, plan_sections):
    other = plan_sections[rng.randrange(len(plan_sections))]
    if other is section:
        return ""
    if other.pillar is section.pillar and rng.random() < 0.5:
        target = other.file_name
    else:
        target = f"../{other.path}"
    return f"（関連：[（{other.number}）{other.title}]({target})）"


def bold_safe(text):
    # `**` after ① only opens emphasis when the next character is not punctuation
    # (CommonMark's left-flanking rule), so a bold passage must not start with 「 or （.
    return not re.match(r"[「（(【『]", text)


def r4_item(rng, number, departments, section, plan_sections):
    text = sentence(rng)
    if rng.random() < 0.3:
        while not bold_safe(text):
            text = sentence(rng)
        # The closing `**` follows 。 and precedes （ or 【: both punctuation, so it closes.
        text = f"**{text}**"
    extra = figure(rng) if rng.random() < 0.8 else ""
    if plan_sections and rng.random() < 0.15:
        extra += link(rng, section, plan_sections)
    return f"- {CIRCLED[number - 1]}{text}{extra}{tag(rng, departments)}"


def refer(count):
    if count == 1:
        return "左記①"
    if count == 2:
        return "左記①、②"
    return f"左記①～{CIRCLED[count - 1]}"


def make_body(rng, section, departments, plan_sections):
    target = rng.randint(2200, 3600)  # bytes of UTF-8; lands within 2–4 KB
    departments = rng.sample(departments, rng.randint(2, 7))
    r4, r5 = [], []
    r4_count = 0
    size = 0

    def add(lines, line):
        nonlocal size
        lines.append(line)
        size += len(line.encode()) + 1

    while r4_count < 2 or (size < target * 0.5 and r4_count < 8):
        r4_count += 1
        add(r4, r4_item(rng, r4_count, departments, section, plan_sections))
    add(r5, f"- {refer(r4_count)}のほか、次に掲げる事項等に引き続き取り組む。")
    subs = 0
    while subs < 2 or (size < target * 0.8 and subs < 8):
        subs += 1
        text = sub_item(rng)
        if rng.random() < 0.15:
            text = f"**{text}**"  # closes after a non-punctuation character: still flanking
        add(r5, f"  - {text}{tag(rng, departments)}")
    while size < target:
        text = plan_sentence(rng)
        if rng.random() < 0.2 and bold_safe(text):
            text = f"**{text}**"
        add(r5, f"- {text}{tag(rng, departments)}")
    body = [f"## {RESULT_YEAR}年度の主な取組みの実績・成果", ""] + r4 + [""]
    body += [f"## {PLAN_YEAR}年度の取組内容・状況 今後の取組みの方向性 等", ""] + r5
    return "\n".join(body) + "\n"


def departments_of(body):
    """Department codes tagged in a body, in order of first use (for Hugo's taxonomy)."""
    codes = []
    for group in re.findall(r"【([^】]+)】", body):
        for code in re.split(r"[・、]", group):
            if code not in codes:
                codes.append(code)
    return codes


def make_metrics(rng):
    metrics = []
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        topic, unit = rng.choice(METRIC_TOPICS)
        base = log_uniform(rng, 1, 4)
        data = [(year, max(0, int(base * rng.uniform(0.7, 1.3)))) for year in METRIC_YEARS]
        metric = {"title": f"{rng.choice(TARGETS)}の{topic}", "unit": unit,
                  "chart": rng.choice(["column", "line", "bar"]), "data": data}
        if rng.random() < 0.3:
            metric["caption"] = f"{rng.choice(MEASURES)}の実績"
        metrics.append(metric)
    return metrics


def make_tables(rng):
    tables = []
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        columns = ["区分"] + rng.sample(TABLE_COLUMNS, rng.randint(1, 3))
        rows = []
        for label in rng.sample(TABLE_ROWS, rng.randint(2, 5)):
            row = [label]
            for column in columns[1:]:
                if "億円" in column or "%" in column:
                    row.append(round(rng.uniform(0.1, 2000), 1))
                else:
                    row.append(log_uniform(rng, 0.5, 4))
            rows.append(row)
        tables.append({"title": f"{rng.choice(GOALS)}に係る{rng.choice(MEASURES)}の実績",
                       "note": f"{PLAN_YEAR}.{rng.randint(1, 12)}.{rng.randint(1, 28)}時点",
                       "columns": columns, "rows": rows})
    return tables


def make_photos(rng):
    return [{"caption": f"{rng.choice(TARGETS)}の{rng.choice(PHOTO_SUBJECTS)}"}
            for _ in range(rng.choice([0, 1, 1, 2]))]


# ---------------------------------------------------------------------------------------
# YAML, written by hand (standard library only). Strings stay plain where YAML reads them
# back unchanged, as an editor would write them; anything else is double-quoted (JSON).

PLAIN_RE = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9.+~][^:#,\[\]{}]*$")


def ys(value):
    if isinstance(value, bool):
        raise TypeError("no booleans in the corpus")
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    if PLAIN_RE.match(text) and text.lower() not in ("null", "true", "false", "yes", "no",
                                                       "on", "off", "y", "n"):
        return text
    return json.dumps(text, ensure_ascii=False)


def flow(values):
    return "[" + ", ".join(ys(v) for v in values) + "]"


def section_yaml(section, budget, metrics, tables, photos, hugo_extra=None):
    """Front matter lines. ksite's form; with hugo_extra, Hugo's (weight, departments, data
    as pairs — Hugo lower-cases map keys, so H30 would print as h30)."""
    out = [f"number: {section.number}", f"title: {ys(section.title)}"]
    if hugo_extra is not None:
        out.append(f"weight: {section.number}")
    out += ["budget:", f"  {RESULT_YEAR}: {budget[0]}", f"  {PLAN_YEAR}: {budget[1]}"]
    if metrics:
        out.append("metrics:")
        for m in metrics:
            out.append(f"  - title: {ys(m['title'])}")
            if "caption" in m:
                out.append(f"    caption: {ys(m['caption'])}")
            out += [f"    unit: {ys(m['unit'])}", f"    chart: {m['chart']}"]
            if hugo_extra is None:
                out.append("    data:")
                out += [f"      {label}: {value}" for label, value in m["data"]]
            else:
                out.append("    data:")
                out += [f"      - {flow([label, value])}" for label, value in m["data"]]
    if tables:
        out.append("tables:")
        for t in tables:
            out += [f"  - title: {ys(t['title'])}", f"    note: {ys(t['note'])}",
                    f"    columns: {flow(t['columns'])}", "    rows:"]
            out += [f"      - {flow(row)}" for row in t["rows"]]
    if photos:
        out.append("photos:")
        out += [f"  - caption: {ys(p['caption'])}" for p in photos]
    if hugo_extra is not None:
        out.append(f"departments: {flow(hugo_extra)}")
    return "---\n" + "\n".join(out) + "\n---\n"


# ---------------------------------------------------------------------------------------
# Writing.

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


SITE_TITLE = "中小企業振興基本条例に基づく施策の実施状況（ベンチマーク用）"
PUBLISHER = "ベンチマーク県"


def write_ksite(root, departments, pillars, pages):
    content = os.path.join(root, "Content")
    write(os.path.join(content, "site.yml"),
          f"title: {SITE_TITLE}\n"
          f"subtitle: {RESULT_YEAR}年度の実績と{PLAN_YEAR}年度の取組み\n"
          f"publisher: {PUBLISHER}\n"
          "language: ja\n"
          f"fiscal_years:\n  result: {RESULT_YEAR}\n  plan: {PLAN_YEAR}\n"
          "budget_unit: 千円\n")
    write(os.path.join(content, "departments.yml"),
          "".join(f"{d.code}: {{ name: {d.name}, slug: {d.slug} }}\n" for d in departments))
    for pillar in pillars:
        write(os.path.join(content, pillar.folder, "_index.md"),
              f"---\nnumeral: {ys(pillar.numeral)}\ntitle: {ys(pillar.title)}\n"
              f"order: {pillar.index}\n---\n" + pillar.intro)
    for section, budget, metrics, tables, photos, body in pages:
        write(os.path.join(content, section.path),
              section_yaml(section, budget, metrics, tables, photos) + "\n" + body)


def write_hugo(root, departments, pillars, pages):
    write(os.path.join(root, "config.toml"),
          'baseURL = "https://example.org/"\n'
          'languageCode = "ja"\n'
          'defaultContentLanguage = "ja"\n'
          f'title = "{SITE_TITLE}"\n'
          "hasCJKLanguage = true\n"
          'disableKinds = ["RSS", "sitemap"]\n'
          "\n[taxonomies]\n"
          'departments = "departments"\n'
          "\n[markup.goldmark.renderer]\n"
          "unsafe = false\n"
          "\n[params]\n"
          f'publisher = "{PUBLISHER}"\n'
          'budgetUnit = "千円"\n'
          f'result = "{RESULT_YEAR}"\n'
          f'plan = "{PLAN_YEAR}"\n')
    write(os.path.join(root, "data", "departments.yaml"),
          "".join(f"{d.code}: {{ name: {d.name}, slug: {d.slug} }}\n" for d in departments))
    content = os.path.join(root, "content")
    for pillar in pillars:
        write(os.path.join(content, pillar.folder, "_index.md"),
              f"---\ntitle: {ys(pillar.title)}\nnumeral: {ys(pillar.numeral)}\n"
              f"weight: {pillar.index}\n---\n" + pillar.intro)
    for section, budget, metrics, tables, photos, body in pages:
        write(os.path.join(content, section.path),
              section_yaml(section, budget, metrics, tables, photos,
                           hugo_extra=departments_of(body)) + "\n" + body)
    shutil.copytree(os.path.join(HUGO_TEMPLATE_DIR, "layouts"), os.path.join(root, "layouts"))


def generate(sections, seed, out):
    departments, pillars = make_plan(sections, seed)
    all_sections = [s for p in pillars for s in p.sections]
    pages = []
    for section in all_sections:
        rng = random.Random(f"{seed}:section:{section.seq}")
        budget = (log_uniform(rng, 3, 8), log_uniform(rng, 3, 8))
        metrics, tables, photos = make_metrics(rng), make_tables(rng), make_photos(rng)
        body = make_body(rng, section, departments, all_sections)
        pages.append((section, budget, metrics, tables, photos, body))
    for name in ("ksite", "hugo"):
        shutil.rmtree(os.path.join(out, name), ignore_errors=True)
    write_ksite(os.path.join(out, "ksite"), departments, pillars, pages)
    write_hugo(os.path.join(out, "hugo"), departments, pillars, pages)
    return len(pillars)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sections", type=int, required=True, help="number of sections (N)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", required=True, help="output folder; its ksite/ and hugo/ "
                        "subfolders are replaced")
    args = parser.parse_args(argv)
    if args.sections < 1:
        parser.error("--sections must be at least 1")
    pillars = generate(args.sections, args.seed, args.out)
    print(f"gen_corpus: {args.sections} sections in {pillars} pillars, "
          f"{DEPARTMENT_COUNT} departments → {args.out}/{{ksite,hugo}}", file=sys.stderr)


if __name__ == "__main__":
    main()
