#!/usr/bin/env bash
# Sets up what the tests need on a fresh Debian 12 machine, then runs every test.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

# docker-compose.yml must be valid Compose, where a docker client is installed (there is no engine here).
if command -v docker >/dev/null; then
  compose=(docker compose)
  if ! docker compose version >/dev/null 2>&1; then
    command -v docker-compose >/dev/null || { apt-get update -qq && apt-get install -y -qq docker-compose >/dev/null; }
    compose=(docker-compose)
  fi
  ADMIN_PASSWORD=compose-check-only "${compose[@]}" -f docker-compose.yml config -q
  echo "docker-compose.yml: ${compose[*]} config passed"
fi

pg_ctlcluster 15 main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
export ENFORCEMENT_TEST_POSTGRES="${ENFORCEMENT_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}"

maildev_dir="$repo/.tools/maildev"
if [ ! -d "$maildev_dir/node_modules/maildev" ]; then
  npm install --silent --prefix "$maildev_dir" maildev@2 >/dev/null
fi
# warcio (npm) reads the evidence WARC files back in tests/Enforcement.Evidence.Tests/Warc: a parser this project did not write.
warcio_dir="$repo/.tools/warcio"
if [ ! -d "$warcio_dir/node_modules/warcio" ]; then
  npm install --silent --prefix "$warcio_dir" warcio >/dev/null
fi
# exceljs (npm) reads the report XLSX back in tests/Enforcement.Api.Tests/Reports: a reader this project did not write.
exceljs_dir="$repo/.tools/exceljs"
if [ ! -d "$exceljs_dir/node_modules/exceljs" ]; then
  npm install --silent --prefix "$exceljs_dir" exceljs >/dev/null
fi
# axe-core (npm) checks the staff pages' accessibility in tests/Enforcement.Api.Tests/Browser/AccessibilityBrowserTests.cs.
axe_dir="$repo/.tools/axe-core"
if [ ! -d "$axe_dir/node_modules/axe-core" ]; then
  npm install --silent --prefix "$axe_dir" axe-core >/dev/null
fi
# pdftotext (poppler-utils) reads the report PDF back.
command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
node "$maildev_dir/node_modules/maildev/bin/maildev" --smtp 1025 --web 1080 --ip 127.0.0.1 >/tmp/maildev.log 2>&1 &
maildev_pid=$!
trap 'kill $maildev_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 30); do curl -sf http://127.0.0.1:1080/email >/dev/null && break; sleep 1; done
export ENFORCEMENT_TEST_SMTP="${ENFORCEMENT_TEST_SMTP:-127.0.0.1:1025}"
export ENFORCEMENT_TEST_MAILDEV="${ENFORCEMENT_TEST_MAILDEV:-http://127.0.0.1:1080}"

set +e
dotnet test Enforcement.sln -c Release 2>&1 | tee /tmp/enforcement-test.log
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed: +[0-9]+' /tmp/enforcement-test.log | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' /tmp/enforcement-test.log | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed"
exit "$status"
