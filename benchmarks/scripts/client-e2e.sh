#!/usr/bin/env bash
# Runs the client end-to-end benchmark: Ferry's client, Apache Commons Net and curl download and
# upload the same files from Ferry's server (its own JVM, `local` backend) and from vsftpd (from
# Debian), in one run; prints one table per server.
#   scripts/with-jdk benchmarks/scripts/client-e2e.sh [extra ClientEndToEnd options]
# The files (a 1 GiB file on each side, 200 files of 64 KiB) live on tmpfs (FERRY_CLIENT_E2E_DIR,
# /dev/shm by default) so that the disk does not set the pace; they are removed at the end.
# 200 small files, not more: curl stalls 0.1-0.5 s on some of the files it fetches over one
# reused connection (curl 7.88, with either server), so a long batch takes it minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=benchmarks/scripts/e2e-lib.sh
. benchmarks/scripts/e2e-lib.sh
dir=${FERRY_CLIENT_E2E_DIR:-/dev/shm/ferry-client-e2e}
root=$dir/server
work=$dir/client
e2e_build
bench=("${jvm[@]}" -m dev.ferry.ftp.benchmarks/dev.ferry.ftp.benchmarks.client.ClientEndToEnd
  --root "$root" --work "$work" --small-count 200 --reps 3 --warmups 1)
cleanup() {
  [ -n "${vsftpd_pid:-}" ] && kill "$vsftpd_pid" 2>/dev/null
  [ -n "${ferry_pid:-}" ] && kill "$ferry_pid" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
"${bench[@]}" --prepare "$@"

# A cheap password hash: logins are not what this measures.
ferry_start "$root" local --hash-iterations 1000 --max-minutes 240
"${bench[@]}" --target "127.0.0.1:$ferry_port" --label ferry --user bench --password bench "$@" || echo "# run failed"
ferry_stop
ferry_pid=

if vsftpd_start "$root"; then
  "${bench[@]}" --target "127.0.0.1:$vsftpd_port" --label vsftpd "$@" || echo "# run failed"
else
  echo "# vsftpd unavailable: skipped"
fi
