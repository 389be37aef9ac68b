#!/usr/bin/env bash
# Every test, on a fresh machine too: installs what the browser tests need (Debian's chromium, chromedriver,
# CJK fonts), makes sure PostgreSQL is up (its half of the suite must never skip), then `mvn -B verify`.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list 2>/dev/null | grep -qi "wenquanyi"; then
  echo "Installing chromium, chromedriver and CJK fonts for the browser tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "PostgreSQL is down: starting it"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable at 127.0.0.1:5432: failing" >&2; exit 1; }

exec mvn -B verify "$@"
