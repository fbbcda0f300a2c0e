#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR (and unzip) where they are missing (the browser tests use the
# system browsers: no test tool downloads a browser of its own).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v unzip >/dev/null 2>&1 || missing+=(unzip) # the package tests unpack the store zips
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
chromium --version 2>/dev/null | head -1
firefox-esr --version 2>/dev/null | head -1
