#!/usr/bin/env bash
# Idempotent set-up for a Debian 12 machine (QGIS 3.40 LTR from bookworm-backports) or a Debian sid one
# (QGIS 3.44 from sid itself, as in tools/qgis344.sh): the helpers the tests need, and a venv (system
# site packages, so PyQGIS is visible).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

need_apt=()
for pkg in qgis python3-qgis qgis-providers python3-gdal xvfb xauth pyqt5-dev-tools qttools5-dev-tools \
           poppler-utils fonts-dejavu-core python3-venv python3-matplotlib postgresql-postgis; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
# Debian 12's own QGIS is 3.22, older than qgisMinimumVersion: upgrade it from backports.
qgis_version=$(dpkg-query -W -f='${Version}' qgis 2>/dev/null || true)
if [ -n "$qgis_version" ] && dpkg --compare-versions "$qgis_version" lt 3.40; then
  need_apt+=(qgis python3-qgis qgis-providers)
fi
if [ ${#need_apt[@]} -gt 0 ] && [ "$codename" != bookworm ]; then
  # sid (or any newer Debian) has a recent enough QGIS in its own suite.
  echo "setup: installing ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
elif [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}"
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    uri=$(grep -h -m1 -E '^URIs:.*debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}')
    [ -n "$uri" ] || uri=$(awk '/^deb .*debian\/? bookworm /{print $2; exit}' /etc/apt/sources.list 2>/dev/null)
    [ -n "$uri" ] || uri="http://deb.debian.org/debian"
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" \
      | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -t bookworm-backports \
    --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
stamp="$VENV/.requirements.sha"
want=$(sha256sum requirements-dev.txt | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$want" > "$stamp"
fi
