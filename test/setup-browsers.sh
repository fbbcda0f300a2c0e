#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR (and unzip) where they are missing (the browser tests use the
# system browsers: no test tool downloads a browser of its own), and the system's speech: the read-aloud
# tests run a private speech-dispatcher with espeak-ng's voices (test/e2e/speech.ts; the system's own
# speech-dispatcher set-up is left as it is).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v unzip >/dev/null 2>&1 || missing+=(unzip) # the package tests unpack the store zips
command -v speech-dispatcher >/dev/null 2>&1 || missing+=(speech-dispatcher)
[ -e /usr/lib/speech-dispatcher-modules/sd_espeak-ng ] || missing+=(espeak-ng speech-dispatcher-espeak-ng)
# The interface in Traditional Chinese is tested with the browsers' own zh-TW language files.
[ -e /usr/lib/chromium/locales/zh-TW.pak ] || missing+=(chromium-l10n)
dpkg -s firefox-esr-l10n-zh-tw >/dev/null 2>&1 || missing+=(firefox-esr-l10n-zh-tw)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk) # the Chinese interface in `npm run screenshots`
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
chromium --version 2>/dev/null | head -1
firefox-esr --version 2>/dev/null | head -1
speech-dispatcher --version 2>/dev/null | head -1
