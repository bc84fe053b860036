#!/usr/bin/env bash
# Make sure the Debian packages the tests need are installed; PyPI and browser downloads are
# not used. Usage: ensure-system-packages.sh [GROUP...] (default: every group).
#
#   jupyter   Debian's Python (/usr/bin/python3) with nbclient, nbformat and jupyter_client,
#             to run the notebooks on the tslab kernel. --no-install-recommends keeps out
#             IPython and JupyterLab: tslab is a Node kernel, no Python kernel is needed.
#   pandas    pandas for Debian's Python: the independent side of the statistics cross-check.
#   chromium  Debian's Chromium, for the test that opens the HTML report in a real browser.
#
# Quiet and fast when everything is present. As root it installs what is missing with one
# apt-get call; otherwise it prints the exact command and exits 1.
set -euo pipefail

readonly PYTHON=/usr/bin/python3
readonly ALL_GROUPS=(jupyter pandas chromium)

# Exit status 0 when the group is present.
present() {
  case "$1" in
    jupyter) [[ -x "$PYTHON" ]] && "$PYTHON" -c 'import nbclient, nbformat, jupyter_client' 2>/dev/null ;;
    pandas) [[ -x "$PYTHON" ]] && "$PYTHON" -c 'import pandas' 2>/dev/null ;;
    chromium) command -v chromium >/dev/null 2>&1 ;;
    *) echo "ensure-system-packages: unknown group $1" >&2; exit 2 ;;
  esac
}

# The Debian packages of a group.
packages_of() {
  case "$1" in
    jupyter) echo python3-nbclient python3-nbformat python3-jupyter-client ;;
    pandas) echo python3-pandas ;;
    chromium) echo chromium ;;
  esac
}

# Installs the packages quietly; shows apt's output only when it fails.
install_packages() {
  local log
  log="$(mktemp)"
  echo "ensure-system-packages: installing $* with apt-get" >&2
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "$@"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "ensure-system-packages: apt-get failed" >&2
    return 1
  fi
  rm -f "$log"
}

main() {
  local groups=("$@") missing=() group
  [[ ${#groups[@]} -gt 0 ]] || groups=("${ALL_GROUPS[@]}")
  for group in "${groups[@]}"; do
    present "$group" || missing+=($(packages_of "$group"))
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "ensure-system-packages: missing ${missing[*]}. As root, run:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    return 1
  fi
  install_packages "${missing[@]}"
  for group in "${groups[@]}"; do
    present "$group" || { echo "ensure-system-packages: $group still missing" >&2; return 1; }
  done
}

main "$@"
