#!/usr/bin/env bash
# Run the notebooks headlessly on the tslab kernel: `npm run test:notebooks [-- ARGS]`.
#
# Steps: make sure Debian's Python has Jupyter's runner libraries, build the kit (skip with
# NOTEBOOKS_SKIP_BUILD=1), link the package name to the repo, then run run-notebooks.py with
# node_modules/.bin on PATH (for the `tslab` command) and JUPYTER_PATH at the repo's
# kernelspec. ARGS go to the runner: notebooks or folders (default notebooks/), --out DIR,
# --timeout S, --env KEY=VALUE, --variant KEY=VALUE; see run-notebooks.py --help.
#
# --with-real-data (taken here, not passed on) runs every notebook a second time with
# SPACEFLIGHT_STATS_DATA set to the real LL2 folder: ../shared/data/ll2 beside the repo, or
# the folder in SPACEFLIGHT_STATS_REAL_DATA. Where that folder is missing the second run is
# skipped with a notice, except under CI, where that is an error.
set -euo pipefail

readonly HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
readonly REPO="$(cd "$HERE/../.." && pwd -P)"

build_kit() {
  if [[ "${NOTEBOOKS_SKIP_BUILD:-}" != 1 ]]; then
    (cd "$REPO" && npm run --silent build)
  fi
}

# Prints the runner's --variant argument for the real data, or a notice (nothing under CI:
# it fails instead).
real_data_variant() {
  local dir="${SPACEFLIGHT_STATS_REAL_DATA:-$REPO/../shared/data/ll2}"
  if [[ -d "$dir" ]]; then
    echo "--variant=SPACEFLIGHT_STATS_DATA=$(cd "$dir" && pwd -P)"
  elif [[ -n "${CI:-}" ]]; then
    echo "run.sh: the real LL2 folder $dir is missing; CI needs it" >&2
    return 1
  else
    echo "notice: skipping the notebook runs on real data: $dir is missing" \
      "(set SPACEFLIGHT_STATS_REAL_DATA)" >&2
  fi
}

main() {
  local args=() arg
  for arg in "$@"; do
    if [[ "$arg" == --with-real-data ]]; then
      arg="$(real_data_variant)"
      [[ -n "$arg" ]] || continue
    fi
    args+=("$arg")
  done
  bash "$HERE/../ensure-system-packages.sh" jupyter
  build_kit
  bash "$HERE/link-package.sh"
  export PATH="$REPO/node_modules/.bin:$PATH"
  export JUPYTER_PATH="$REPO/.jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
  exec /usr/bin/python3 -u "$HERE/run-notebooks.py" "${args[@]}"
}

main "$@"
