#!/usr/bin/env bash
# `make test-qgis344`: the whole suite on QGIS 3.44 from Debian sid, with the README's command
# (`make test`), in a debootstrap chroot built once and cached OUTSIDE the checkout.
#
#   bash tools/qgis344.sh [pytest arguments]
#
# CHROOT (default /var/cache/vraem/sid-qgis344) is reused when present; the packages in
# tools/qgis344-packages.txt are (re)installed whenever that file changes. The checkout is bind-mounted
# at the same path inside (and ../shared read-only, when present), in a private mount namespace, so
# nothing stays mounted when the run ends. The chroot keeps its own venv (/opt/vraem-venv).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
CHROOT=${CHROOT:-/var/cache/vraem/sid-qgis344}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
PACKAGES=tools/qgis344-packages.txt
[ "$(id -u)" = 0 ] || { echo "qgis344: debootstrap and chroot need root" >&2; exit 2; }

if [ ! -e "$CHROOT/.vraem-bootstrapped" ]; then
  if ! command -v debootstrap >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
  echo "qgis344: debootstrap sid into $CHROOT"
  rm -rf "$CHROOT.part"
  mkdir -p "$(dirname "$CHROOT")"
  debootstrap --variant=minbase sid "$CHROOT.part" "$MIRROR" >"$CHROOT.part.log" 2>&1 \
    || { tail -20 "$CHROOT.part.log" >&2; exit 1; }
  # sid's Release files may be older than their Valid-Until on a snapshot or a slow mirror.
  echo 'Acquire::Check-Valid-Until "false";' >"$CHROOT.part/etc/apt/apt.conf.d/99vraem"
  # Services never start inside the chroot (postgresql's postinst would try).
  printf '#!/bin/sh\nexit 101\n' >"$CHROOT.part/usr/sbin/policy-rc.d"
  chmod 755 "$CHROOT.part/usr/sbin/policy-rc.d"
  touch "$CHROOT.part/.vraem-bootstrapped"
  mv "$CHROOT.part" "$CHROOT"
  rm -f "$CHROOT.part.log"
fi

# Everything below runs in a private mount namespace: the mounts vanish with the process.
exec unshare --mount --propagation private bash -euo pipefail -c '
REPO=$1 CHROOT=$2 PACKAGES=$3; shift 3
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
# pip inside uses the host'"'"'s CA bundle (the host may reach PyPI through its own certificate authority).
cp /etc/ssl/certs/ca-certificates.crt "$CHROOT/etc/vraem-host-ca.crt"
mount -t proc proc "$CHROOT/proc"
mount --rbind /dev "$CHROOT/dev"
mount -t tmpfs tmpfs "$CHROOT/dev/shm"
mount -t tmpfs tmpfs "$CHROOT/tmp"
mkdir -p "$CHROOT$REPO"
mount --bind "$REPO" "$CHROOT$REPO"
shared=$(dirname "$REPO")/shared  # where the tests look for it (a symlink there is followed)
if [ -d "$shared" ]; then
  mkdir -p "$CHROOT$shared"
  mount --bind "$shared" "$CHROOT$shared"
  mount -o remount,bind,ro "$CHROOT$shared"
fi
in_chroot() {
  chroot "$CHROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    PIP_CERT=/etc/vraem-host-ca.crt SSL_CERT_FILE=/etc/vraem-host-ca.crt REQUESTS_CA_BUNDLE=/etc/vraem-host-ca.crt \
    PIP_DISABLE_PIP_VERSION_CHECK=1 VENV=/opt/vraem-venv "$@"
}
want=$(sha256sum "$REPO/$PACKAGES" | cut -d" " -f1)
if [ "$(cat "$CHROOT/.vraem-packages" 2>/dev/null)" != "$want" ]; then
  echo "qgis344: installing $PACKAGES into the chroot"
  in_chroot apt-get update -qq
  in_chroot apt-get install -y -qq --no-install-recommends $(sed "s/#.*//" "$REPO/$PACKAGES") >/dev/null
  in_chroot apt-get clean
  echo "$want" >"$CHROOT/.vraem-packages"
fi
in_chroot dpkg-query -W qgis python3 python3-gdal python3-numpy | sed "s/^/qgis344: /"
# sid moves on: a chroot built later may get another QGIS, and then this is no longer the 3.44 run.
qgis_version=$(in_chroot dpkg-query -W -f="\${Version}" qgis)
if ! in_chroot dpkg --compare-versions "$qgis_version" ge 3.44 || ! in_chroot dpkg --compare-versions "$qgis_version" lt 3.45; then
  echo "qgis344: sid now has QGIS $qgis_version, not 3.44: update tools/qgis344.sh (and the README)" >&2
  exit 1
fi
in_chroot bash -c "cd \"\$0\" && make test PYTEST_ARGS=\"\$*\"" "$REPO" "$@"
' qgis344 "$REPO" "$CHROOT" "$PACKAGES" "$@"
