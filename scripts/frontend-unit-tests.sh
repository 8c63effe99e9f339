#!/usr/bin/env bash
# Unit tests of the editor's pure modules (src/test/frontend/*.test.ts) with Node's built-in test runner.
# TypeScript is installed once from the npm registry into target/frontend-tools (its own copy: Vaadin's
# node_modules may be half-installed while a dev bundle builds). Maven runs this through EditorModulesTest.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=target/frontend-tools
if [[ ! -x $tools/node_modules/.bin/tsc ]]; then
  mkdir -p "$tools"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tools" typescript@5.8.3 >/dev/null
fi
rm -rf target/frontend-tests
"$tools/node_modules/.bin/tsc" -p src/test/frontend/tsconfig.json
echo '{"type": "module"}' > target/frontend-tests/package.json
node --test target/frontend-tests/test/frontend/
