#!/usr/bin/env bash
# Installs the tools that tool-dependent tests use (Debian/Ubuntu package names):
#   clang-19                     stencil generation (StencilGen) and the tables' currency tests
#   llvm-19                      llvm-objdump, which StencilGen reads x86-64 branch targets from
#   qemu-user                    qemu-aarch64: runs AArch64 traces on an x86-64 machine
#   gcc-aarch64-linux-gnu        builds stencils/harness/run_traces.c as a static AArch64 program
#   libc6-dev-arm64-cross        the C library headers and static libc that build needs
#   binutils-aarch64-linux-gnu   aarch64-linux-gnu-objdump for disassembling AArch64 stencils and traces
#   chromium                     headless rendering of the summarizer's HTML page (StatsPageTest)
# Without them those tests are skipped, each saying which tool is missing. Needs root (apt-get); does nothing
# otherwise.
set -euo pipefail
PACKAGES=(clang-19 llvm-19 qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu chromium)
if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-tools: not root; install them with: apt-get install -y ${PACKAGES[*]}" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${PACKAGES[@]}"
