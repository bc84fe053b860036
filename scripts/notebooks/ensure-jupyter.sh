#!/usr/bin/env bash
# Make sure Debian's Python (/usr/bin/python3) can run notebooks headlessly.
#
# The notebook runner (run-notebooks.py) needs nbclient, nbformat and jupyter_client. They come
# from Debian packages; PyPI is not used. python3-nbclient alone pulls in the other two, but all
# three are named so that the intent is plain. --no-install-recommends keeps out IPython,
# JupyterLab and the rest: the tslab kernel is Node, so no Python kernel is needed.
#
# Quiet and fast (one Python start) when everything is present. As root it installs what is
# missing; otherwise it prints the exact command and exits 1.
set -euo pipefail

readonly PYTHON=/usr/bin/python3
readonly MODULES='nbclient, nbformat, jupyter_client'
readonly PACKAGES=(python3-nbclient python3-nbformat python3-jupyter-client)

# True when Debian's Python exists and imports every module the runner needs.
jupyter_present() {
  [[ -x "$PYTHON" ]] && "$PYTHON" -c "import $MODULES" >/dev/null 2>&1
}

# The apt command that installs the packages (python3 itself is a dependency of them).
apt_command() {
  echo "apt-get update && apt-get install -y --no-install-recommends ${PACKAGES[*]}"
}

# Install the packages quietly; show apt's output only when it fails.
install_packages() {
  local log
  log="$(mktemp)"
  echo "ensure-jupyter: installing ${PACKAGES[*]} with apt-get" >&2
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${PACKAGES[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "ensure-jupyter: apt-get failed" >&2
    return 1
  fi
  rm -f "$log"
}

main() {
  if jupyter_present; then
    return 0
  fi
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "ensure-jupyter: $PYTHON cannot import $MODULES. As root, run:" >&2
    echo "  $(apt_command)" >&2
    return 1
  fi
  install_packages
  if ! jupyter_present; then
    echo "ensure-jupyter: still cannot import $MODULES after installing" >&2
    return 1
  fi
}

main "$@"
