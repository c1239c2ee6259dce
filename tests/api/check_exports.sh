#!/bin/sh
# check_exports.sh LIB - the shared library exports only og_ symbols
# (plus the usual linker-provided ones), like jansson's check-exports.
set -eu
lib="$1"
bad=$(nm -D --defined-only "$lib" | awk '{print $NF}' | grep -v '^og_' | grep -v -E '^(_init|_fini|_edata|_end|__bss_start)$' || true)
count=$(nm -D --defined-only "$lib" | awk '{print $NF}' | grep -c '^og_' || true)
if [ -n "$bad" ]; then
  echo "symbols exported without the og_ prefix:"; echo "$bad"; exit 1
fi
if [ "$count" -lt 20 ]; then
  echo "only $count og_ symbols exported: visibility broken?"; exit 1
fi
echo "exports: $count og_ symbols, nothing else"
