#!/usr/bin/env bash
# Runs the server end-to-end benchmark against Ferry (local and memory backends) and, when it can
# be fetched, vsftpd from Debian as a peer; prints one block of results per target.
#   scripts/with-jdk benchmarks/scripts/server-e2e.sh [extra ServerEndToEnd options]
#   FERRY_E2E_PART=tls ... runs only the FTPS comparison (STOR, RETR, logins; clear text, TLS 1.2
#   and 1.3) against Ferry and vsftpd.
# It runs on the module path (not the shaded jar): backends are found through module-info
# `provides`, which the class path ignores.
# Everything stays on 127.0.0.1 and under benchmarks/target.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=benchmarks/target
root=${FERRY_E2E_ROOT:-$(pwd)/$target/e2e-root}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mvn -B -ntp -q -pl benchmarks -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile="$(pwd)/$target/runtime.classpath" -Dmdep.includeScope=runtime
modules=$target/classes:$(cat $target/runtime.classpath)
# Guice cannot assemble ftp-server on the module path by itself: its generated fast classes live
# in an unnamed module that the server's internal packages are not exported to. Until the server
# module settles this, reflection (bytecode generation off) with the packages opened to Guice.
opens=$(cd ftp-server/src/main/java && find dev/ferry/ftp/server/internal -type d | tr / . \
  | sed 's|^|--add-opens=dev.ferry.ftp.server/|; s|$|=com.google.guice|')
# shellcheck disable=SC2206
bench=("$java" -Xmx4g -Dguice_bytecode_gen_option=DISABLED $opens -p "$modules"
  --add-modules ALL-MODULE-PATH
  -m dev.ferry.ftp.benchmarks/dev.ferry.ftp.benchmarks.server.ServerEndToEnd --root "$root")
run() { "${bench[@]}" "$@"; }

# Ferry runs alone in its own JVM (the client's threads must not share its two carrier threads),
# on 127.0.0.1, until this script stops it by its process id.
ferry() { # ferry BACKEND [server options] -- [client options]
  local backend=$1 log=$target/ferry-$1.log port pid
  shift
  local server=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do server+=("$1"); shift; done
  shift || true
  : > "$log"
  (exec "${bench[@]}" --serve "$backend" "${server[@]}") > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    port=$(sed -n 's/^# listening //p' "$log")
    [ -n "$port" ] && break
    sleep 0.2
  done
  if [ -z "$port" ]; then echo "# Ferry did not start:"; cat "$log"; kill "$pid"; return 1; fi
  run --target "127.0.0.1:$port" --user bench --password bench "$@" || echo "# run failed"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

part=${FERRY_E2E_PART:-all}
run --prepare --scenarios none
if [ "$part" = all ]; then
  # Logins at the default PBKDF2 cost (310,000 iterations), then everything with a cheap hash:
  # anonymous logins pay for a dummy hash too, and a storm of 1,000 of them at the default cost
  # starves the two carrier threads for minutes.
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

# The peer: vsftpd 3 from Debian, unpacked (not installed), anonymous, on a loopback port. It
# changes into the ftp user's home before its chroot: nobody's (/nonexistent) fails, daemon's works.
# FTPS offered with a self-signed EC certificate, AES-GCM, no session reuse required (the bench
# client makes a new session per data connection, as Commons Net does).
peer=$target/vsftpd
if [ ! -x "$peer/x/usr/sbin/vsftpd" ]; then
  mkdir -p "$peer"
  (cd "$peer" && apt-get download vsftpd libwrap0 >/dev/null 2>&1 \
    && for deb in *.deb; do dpkg -x "$deb" x; done) || { echo "# vsftpd unavailable: skipped"; exit 0; }
fi
port=$((20000 + RANDOM % 10000))
mkdir -p "$peer/empty"
chmod 755 "$root" && chown root:root "$root" && chown -R daemon "$root/up" && chmod -R a+rX "$root"
cat > "$peer/vsftpd.conf" <<CONF
listen=YES
listen_ipv6=NO
listen_address=127.0.0.1
listen_port=$port
background=NO
anonymous_enable=YES
no_anon_password=YES
anon_root=$root
anon_upload_enable=YES
anon_other_write_enable=YES
anon_umask=022
write_enable=YES
local_enable=NO
ftp_username=daemon
secure_chroot_dir=$(pwd)/$peer/empty
seccomp_sandbox=NO
pasv_enable=YES
port_enable=YES
xferlog_enable=NO
max_clients=5000
max_per_ip=5000
use_sendfile=YES
idle_session_timeout=600
ssl_enable=YES
allow_anon_ssl=YES
force_anon_logins_ssl=NO
force_anon_data_ssl=NO
require_ssl_reuse=NO
ssl_ciphers=ECDHE-ECDSA-AES128-GCM-SHA256
rsa_cert_file=$(pwd)/$peer/cert.pem
rsa_private_key_file=$(pwd)/$peer/key.pem
CONF
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
  -subj /CN=127.0.0.1 -keyout "$peer/key.pem" -out "$peer/cert.pem" 2>/dev/null
LD_LIBRARY_PATH=$(pwd)/$peer/x/usr/lib/x86_64-linux-gnu "$peer/x/usr/sbin/vsftpd" "$peer/vsftpd.conf" &
vsftpd=$!
trap 'kill $vsftpd 2>/dev/null || true' EXIT
sleep 1
echo "# vsftpd, clear text"
if [ "$part" = all ]; then
  run --target "127.0.0.1:$port" "$@" || echo "# run failed"
else
  run --target "127.0.0.1:$port" --scenarios stor,retr,login "$@" || echo "# run failed"
fi
# Its TLS 1.3 uploads end in 426 and a truncated file (issue 8): uploads over TLS 1.2.
echo "# vsftpd, --tls 1.2"
run --target "127.0.0.1:$port" --scenarios stor,retr,login --tls 1.2 "$@" || echo "# run failed"
echo "# vsftpd, --tls 1.3"
run --target "127.0.0.1:$port" --scenarios retr,login --tls 1.3 "$@" || echo "# run failed"
