#!/usr/bin/env bash
# The whole test suite: unit, integration (real SQLite) and browser tests (Debian's Chromium).
# Installs Chromium and aiosmtpd (the mail tests' SMTP server) when missing and this user may install packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Chromium chưa có: đang cài (apt-get install chromium)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Cần Chromium cho kiểm thử trình duyệt: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

# The mail tests talk to a real SMTP server: Debian's aiosmtpd (with the system's python3).
if ! /usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "aiosmtpd chưa có: đang cài (apt-get install python3-aiosmtpd)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null
  else
    echo "Cần máy chủ thư aiosmtpd cho kiểm thử gửi thư: sudo apt-get install python3-aiosmtpd" >&2
    exit 1
  fi
fi

# The importer's OCR tests read scans with Debian's tesseract and its Vietnamese model.
if ! command -v tesseract >/dev/null 2>&1 || ! ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "tesseract chưa có: đang cài (apt-get install tesseract-ocr tesseract-ocr-vie)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-vie >/dev/null
  else
    echo "Cần tesseract cho kiểm thử nhận dạng bản quét: sudo apt-get install tesseract-ocr tesseract-ocr-vie" >&2
    exit 1
  fi
fi

# Chromium writes its cache under HOME; keep test runs away from the user's profile.
export HOME_FOR_BROWSER_TESTS="${TMPDIR:-/tmp}/hoctap-browser-home"
mkdir -p "$HOME_FOR_BROWSER_TESTS"

log=$(mktemp)
status=0
dotnet test LearningSociety.sln --nologo "$@" 2>&1 | tee "$log" || status=$?
# One closing line for the whole suite, summed over the test projects.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit $status
