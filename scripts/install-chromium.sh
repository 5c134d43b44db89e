#!/bin/sh
# Debian's Chromium for the browser tests: playwright-core drives it at /usr/bin/chromium. A browser download
# (`npx playwright install`) cannot work here, so the browser comes from the distribution's packages.
set -eu
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
# A fresh image may have empty package lists: try as is, then refresh them once.
$SUDO apt-get install -y -q chromium || { $SUDO apt-get update -q && $SUDO apt-get install -y -q chromium; }
