#!/usr/bin/env bash
# Make `spaceflight-stats` resolve to this repo from notebooks, as it would for a user.
#
# Puts the symlink node_modules/spaceflight-stats -> .. in place. Node's require() would find
# the package by self-reference anyway (the notebooks live inside the package), but tslab
# type-checks cells with TypeScript's node10 resolution, which only looks in node_modules.
# Idempotent and quiet; run it after `npm ci` before opening the notebooks in Jupyter.
set -euo pipefail

readonly REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
readonly LINK="$REPO/node_modules/spaceflight-stats"

# True when the link (or whatever is there) already leads to this repo.
points_to_repo() {
  [[ -e "$LINK" ]] && [[ "$(cd "$LINK" && pwd -P)" == "$REPO" ]]
}

main() {
  if [[ ! -d "$REPO/node_modules" ]]; then
    echo "link-package: $REPO/node_modules is missing; run npm ci first" >&2
    return 1
  fi
  if points_to_repo; then
    return 0
  fi
  if [[ -e "$LINK" && ! -L "$LINK" ]]; then
    echo "link-package: $LINK exists and is not a link; remove it and try again" >&2
    return 1
  fi
  ln -sfn .. "$LINK"
}

main "$@"
