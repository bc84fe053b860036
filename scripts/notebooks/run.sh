#!/usr/bin/env bash
# Run the notebooks headlessly on the tslab kernel: `npm run test:notebooks [-- ARGS]`.
#
# Steps: make sure Debian's Python has Jupyter's runner libraries, build the kit (skip with
# NOTEBOOKS_SKIP_BUILD=1), link the package name to the repo, then run run-notebooks.py with
# node_modules/.bin on PATH (for the `tslab` command) and JUPYTER_PATH at the repo's
# kernelspec. ARGS go to the runner: notebooks or folders (default notebooks/), --out DIR,
# --timeout S, --env KEY=VALUE, --variant KEY=VALUE; see run-notebooks.py --help.
set -euo pipefail

readonly HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
readonly REPO="$(cd "$HERE/../.." && pwd -P)"

build_kit() {
  if [[ "${NOTEBOOKS_SKIP_BUILD:-}" != 1 ]]; then
    (cd "$REPO" && npm run --silent build)
  fi
}

main() {
  bash "$HERE/../ensure-system-packages.sh" jupyter
  build_kit
  bash "$HERE/link-package.sh"
  export PATH="$REPO/node_modules/.bin:$PATH"
  export JUPYTER_PATH="$REPO/.jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
  exec /usr/bin/python3 -u "$HERE/run-notebooks.py" "$@"
}

main "$@"
