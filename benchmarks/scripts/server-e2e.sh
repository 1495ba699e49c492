#!/usr/bin/env bash
# Runs the server end-to-end benchmark against Ferry (local and memory backends) and, when it can
# be fetched, vsftpd from Debian as a peer; prints one block of results per target.
#   scripts/with-jdk benchmarks/scripts/server-e2e.sh [extra ServerEndToEnd options]
#   FERRY_E2E_PART=tls ... runs only the FTPS comparison (STOR, RETR, logins; clear text, TLS 1.2
#   and 1.3) against Ferry and vsftpd.
# Everything stays on 127.0.0.1 and under benchmarks/target.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=benchmarks/scripts/e2e-lib.sh
. benchmarks/scripts/e2e-lib.sh
root=${FERRY_E2E_ROOT:-$(pwd)/$target/e2e-root}
e2e_build
run() {
  "${jvm[@]}" -m dev.ferry.ftp.benchmarks/dev.ferry.ftp.benchmarks.server.ServerEndToEnd \
    --root "$root" "$@"
}

# ferry BACKEND [server options] -- [client options]: the client measures Ferry in its own JVM.
ferry() {
  local backend=$1
  shift
  local server=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do server+=("$1"); shift; done
  shift || true
  ferry_start "$root" "$backend" "${server[@]}" || return 1
  run --target "127.0.0.1:$ferry_port" --user bench --password bench "$@" || echo "# run failed"
  ferry_stop
}

part=${FERRY_E2E_PART:-all}
run --prepare --scenarios none
if [ "$part" = all ]; then
  # Logins at the default PBKDF2 cost (310,000 iterations; anonymous logins hash nothing), then
  # everything with a cheap hash: a storm of 1,000 named logins at the default cost starves the
  # two carrier threads for minutes.
  ferry local -- --scenarios login --login-as anonymous:bench@,bench:bench "$@"
  ferry local --hash-iterations 1000 -- --login-as anonymous:bench@,bench:bench "$@"
  ferry memory --hash-iterations 1000 -- --scenarios stor,retr,sessions --big-path big.bin "$@"
fi
# FTPS next to clear text on one server (memory backend: the disk is not what is measured here):
# STOR and RETR of the big file and logins per second (AUTH TLS, handshake, USER/PASS, QUIT).
for tls in "" "--tls 1.2" "--tls 1.3"; do
  echo "# Ferry memory, ${tls:-clear text}"
  # shellcheck disable=SC2086
  ferry memory --hash-iterations 1000 -- --scenarios stor,retr,login --login-as bench:bench \
    --big-path big.bin $tls "$@"
done

if ! vsftpd_start "$root"; then
  echo "# vsftpd unavailable: skipped"
  exit 0
fi
trap 'kill $vsftpd_pid 2>/dev/null || true' EXIT
echo "# vsftpd, clear text"
if [ "$part" = all ]; then
  run --target "127.0.0.1:$vsftpd_port" "$@" || echo "# run failed"
else
  run --target "127.0.0.1:$vsftpd_port" --scenarios stor,retr,login "$@" || echo "# run failed"
fi
# Its TLS 1.3 uploads end in 426 and a truncated file (issue 8): uploads over TLS 1.2.
echo "# vsftpd, --tls 1.2"
run --target "127.0.0.1:$vsftpd_port" --scenarios stor,retr,login --tls 1.2 "$@" \
  || echo "# run failed"
echo "# vsftpd, --tls 1.3"
run --target "127.0.0.1:$vsftpd_port" --scenarios retr,login --tls 1.3 "$@" || echo "# run failed"
