#!/usr/bin/env sh
# npm run test:scale — the Python side: readers, hash parity, CRF against brute force, bundles,
# tfjs ↔ PyTorch parity (runs Node), sharded prediction and a 2-process DDP run on gloo.
set -eu
cd "$(dirname "$0")/.."
for candidate in "${PYTHON:-}" /usr/bin/python3 python3; do
  if [ -n "$candidate" ] && "$candidate" -c 'import torch, numpy' 2>/dev/null; then
    exec nice -n "${SCALE_NICE:-0}" "$candidate" -m unittest discover -s scale/tests -t . "$@"
  fi
done
echo "test:scale needs Python 3 with PyTorch and NumPy: apt-get install -y python3-torch python3-numpy (Debian 12), or set PYTHON" >&2
exit 1
