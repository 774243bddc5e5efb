#!/usr/bin/env python3
"""Check a corpus made by gen_corpus.py against the ksite content format.

    bench/check_corpus.py DIR        # DIR as given to gen_corpus.py --out

Independent of ksite (it may not build yet): parses every front matter with PyYAML and
checks that only the fields of /work/shared/content-format.md are used (plus `slug:` of
departments), that table rows have one cell per column, that every department tag is
listed in departments.yml, that every relative link points at an existing file, and that
the Hugo site carries the same bodies. Exits 1 and lists the problems when there are any.
Needs PyYAML (`apt-get install python3-yaml`); the generator itself needs only Python.
"""

import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("check_corpus: PyYAML is missing (apt-get install python3-yaml)")

# libyaml's loader when PyYAML was built with it: ten times faster at N=10000.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SITE_FIELDS = {"title", "subtitle", "publisher", "language", "base_url", "fiscal_years",
               "budget_unit"}
SITE_REQUIRED = {"title", "publisher", "language", "fiscal_years", "budget_unit"}
PILLAR_FIELDS = {"numeral", "title", "order", "slug"}
SECTION_FIELDS = {"number", "title", "slug", "budget", "metrics", "tables", "photos"}
METRIC_FIELDS = {"title", "caption", "unit", "chart", "data"}
TABLE_FIELDS = {"title", "note", "columns", "rows"}
PHOTO_FIELDS = {"caption", "src"}
YEAR_RE = re.compile(r"^(H([1-9]|[12][0-9]|3[01])|R([1-9][0-9]?|元))$")
SLUG_RE = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
LINK_RE = re.compile(r"\]\(([^)\s]+)\)")
TAG_RE = re.compile(r"【([^】]+)】")


class Checker:
    def __init__(self, root):
        self.root = root
        self.content = os.path.join(root, "ksite", "Content")
        self.problems = []
        self.sections = 0

    def problem(self, path, message):
        self.problems.append(f"{os.path.relpath(path, self.root)}: {message}")

    def fields(self, path, what, mapping, allowed, required=()):
        if not isinstance(mapping, dict):
            self.problem(path, f"{what} is not a mapping")
            return False
        for key in mapping:
            if key not in allowed:
                self.problem(path, f"{what}: unknown field {key!r}")
        for key in required:
            if key not in mapping:
                self.problem(path, f"{what}: missing {key!r}")
        return True

    def split(self, path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not text.startswith("---\n"):
            self.problem(path, "no front matter")
            return {}, text
        end = text.index("\n---\n", 3)
        try:
            return yaml.load(text[4:end + 1], Loader=Loader), text[end + 5:]
        except yaml.YAMLError as error:
            self.problem(path, f"front matter does not parse: {error}")
            return {}, ""

    def check(self):
        site_path = os.path.join(self.content, "site.yml")
        with open(site_path, encoding="utf-8") as f:
            site = yaml.load(f, Loader=Loader)
        self.fields(site_path, "site.yml", site, SITE_FIELDS, SITE_REQUIRED)
        dep_path = os.path.join(self.content, "departments.yml")
        with open(dep_path, encoding="utf-8") as f:
            departments = yaml.load(f, Loader=Loader)
        slugs = set()
        for code, details in departments.items():
            if not (2 <= len(code) <= 3):
                self.problem(dep_path, f"code {code!r} is not 2–3 characters")
            self.fields(dep_path, f"department {code}", details, {"name", "slug"})
            slug = details.get("slug")
            if not SLUG_RE.match(str(slug)) or slug in slugs:
                self.problem(dep_path, f"department {code}: bad or repeated slug {slug!r}")
            slugs.add(slug)
        if len(departments) != 40:
            self.problem(dep_path, f"{len(departments)} departments, not 40")
        used = set()
        for folder in sorted(os.listdir(self.content)):
            path = os.path.join(self.content, folder)
            if os.path.isdir(path):
                self.check_pillar(path, departments, used)
        unused = set(departments) - used
        if unused and self.sections >= 200:
            self.problem(dep_path, f"departments never tagged: {sorted(unused)}")

    def check_pillar(self, folder, departments, used):
        if not folder.isascii():
            self.problem(folder, "folder name is not ASCII")
        index = os.path.join(folder, "_index.md")
        meta, _ = self.split(index)
        self.fields(index, "pillar", meta, PILLAR_FIELDS, {"numeral", "title"})
        numbers = set()
        for name in sorted(os.listdir(folder)):
            if name == "_index.md":
                continue
            path = os.path.join(folder, name)
            if not name.isascii() or not name.endswith(".md"):
                self.problem(path, "file name is not ASCII Markdown")
            slug = re.sub(r"^\d+-", "", name[:-3])
            if not SLUG_RE.match(slug):
                self.problem(path, f"file name gives the invalid slug {slug!r}")
            meta, body = self.split(path)
            self.sections += 1
            self.check_section(path, meta, numbers)
            self.check_body(path, body, departments, used)

    def check_section(self, path, meta, numbers):
        if not self.fields(path, "section", meta, SECTION_FIELDS, {"title"}):
            return
        number = meta.get("number")
        if not isinstance(number, int) or number < 1 or number in numbers:
            self.problem(path, f"number {number!r} is not a new positive integer")
        numbers.add(number)
        for year, amount in (meta.get("budget") or {}).items():
            if not YEAR_RE.match(str(year)) or not isinstance(amount, int):
                self.problem(path, f"budget {year!r}: {amount!r}")
            elif not 1000 <= amount <= 10 ** 8:
                self.problem(path, f"budget {year} = {amount} outside 10^3..10^8")
        for metric in meta.get("metrics") or []:
            if self.fields(path, "metric", metric, METRIC_FIELDS, {"title", "unit", "data"}):
                if metric.get("chart", "column") not in ("column", "line", "bar"):
                    self.problem(path, f"chart {metric['chart']!r}")
                if list(metric["data"]) != ["H30", "R1", "R2", "R3", "R4"]:
                    self.problem(path, f"metric data keys {list(metric['data'])}")
        for table in meta.get("tables") or []:
            if self.fields(path, "table", table, TABLE_FIELDS, {"title", "columns", "rows"}):
                for row in table["rows"]:
                    if len(row) != len(table["columns"]):
                        self.problem(path, f"table row {row} has {len(row)} cells, "
                                           f"{len(table['columns'])} columns")
        for photo in meta.get("photos") or []:
            self.fields(path, "photo", photo, PHOTO_FIELDS, {"caption"})

    def check_body(self, path, body, departments, used):
        size = len(body.encode())
        if not 2048 <= size <= 4096:
            self.problem(path, f"body is {size} bytes, not 2–4 KB")
        for target in LINK_RE.findall(body):
            if not os.path.isfile(os.path.normpath(os.path.join(os.path.dirname(path), target))):
                self.problem(path, f"link to a missing file {target}")
        for group in TAG_RE.findall(body):
            for code in re.split(r"[・、]", group):
                used.add(code)
                if code not in departments:
                    self.problem(path, f"tag {code!r} is not in departments.yml")
        for line in body.splitlines():
            if line.count("**") % 2:
                self.problem(path, f"unbalanced ** in: {line}")
            if re.search(r"[①-⑳]\*\*[「（『【]", line):
                self.problem(path, f"** cannot open before punctuation: {line}")
        relative = os.path.relpath(path, self.content)
        hugo = os.path.join(self.root, "hugo", "content", relative)
        if not os.path.isfile(hugo):
            self.problem(path, "missing from the Hugo site")
        else:
            _, hugo_body = self.split(hugo)
            if hugo_body != body:
                self.problem(path, "the Hugo page has a different body")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    checker = Checker(sys.argv[1])
    checker.check()
    for problem in checker.problems[:50]:
        print(problem)
    if checker.problems:
        print(f"check_corpus: {len(checker.problems)} problems", file=sys.stderr)
        sys.exit(1)
    print(f"check_corpus: {checker.sections} sections OK")


if __name__ == "__main__":
    main()
