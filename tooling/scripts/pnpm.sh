#!/bin/sh
# Runs the pnpm pinned in package.json, whether or not pnpm is installed on this machine.
set -e
version=10.34.9
if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$version" ]; then
  exec pnpm "$@"
fi
exec npx -y "pnpm@$version" "$@"
