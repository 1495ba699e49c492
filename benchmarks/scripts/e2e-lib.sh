# Shared by the end-to-end benchmark scripts (sourced, not run): the build, Ferry's server in a JVM
# of its own, and vsftpd from Debian as a peer. Everything stays on 127.0.0.1 and under
# benchmarks/target. Expects the repository root as the working directory.

target=benchmarks/target
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

# Builds the benchmarks and sets `jvm`: the java command with the benchmarks on the module path.
# Module path, not the shaded jar: backends are found through module-info `provides`, which the
# class path ignores.
e2e_build() {
  mvn -B -ntp -q -pl benchmarks -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile="$(pwd)/$target/runtime.classpath" -Dmdep.includeScope=runtime
  local modules
  modules=$target/classes:$(cat $target/runtime.classpath)
  jvm=("$java" -Xmx4g -p "$modules" --add-modules ALL-MODULE-PATH)
}

# ferry_start ROOT BACKEND [ServerEndToEnd options]: runs Ferry alone in its own JVM (a client's
# threads must not share its carrier threads) on 127.0.0.1; sets ferry_pid and ferry_port.
ferry_start() {
  local root=$1 backend=$2 log=$target/ferry-$2.log
  shift 2
  : > "$log"
  ("${jvm[@]}" -m dev.ferry.ftp.benchmarks/dev.ferry.ftp.benchmarks.server.ServerEndToEnd \
    --root "$root" --serve "$backend" "$@") > "$log" 2>&1 &
  ferry_pid=$!
  ferry_port=
  for _ in $(seq 1 300); do
    ferry_port=$(sed -n 's/^# listening //p' "$log")
    [ -n "$ferry_port" ] && return 0
    sleep 0.2
  done
  echo "# Ferry did not start:"
  cat "$log"
  kill "$ferry_pid"
  return 1
}

ferry_stop() {
  kill "$ferry_pid"
  wait "$ferry_pid" 2>/dev/null || true
}

# vsftpd_start ROOT: vsftpd 3 from Debian, unpacked (not installed), anonymous, serving ROOT (made
# root-owned for its chroot; ROOT/up writable) on a loopback port; sets vsftpd_pid and
# vsftpd_port, or returns 1 when the package cannot be fetched. It changes into the ftp user's home
# before its chroot: nobody's (/nonexistent) fails, daemon's works. FTPS is offered (not required)
# with a self-signed EC certificate, AES-GCM, no session reuse required (the bench client makes a
# new session per data connection, as Commons Net does).
vsftpd_start() {
  local root=$1 peer=$target/vsftpd
  if [ ! -x "$peer/x/usr/sbin/vsftpd" ]; then
    mkdir -p "$peer"
    (cd "$peer" && apt-get download vsftpd libwrap0 >/dev/null 2>&1 \
      && for deb in *.deb; do dpkg -x "$deb" x; done) || return 1
  fi
  vsftpd_port=$((20000 + RANDOM % 10000))
  mkdir -p "$peer/empty"
  chmod 755 "$root" && chown root:root "$root" && chown -R daemon "$root/up" && chmod -R a+rX "$root"
  cat > "$peer/vsftpd.conf" <<CONF
listen=YES
listen_ipv6=NO
listen_address=127.0.0.1
listen_port=$vsftpd_port
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
  LD_LIBRARY_PATH=$(pwd)/$peer/x/usr/lib/x86_64-linux-gnu "$peer/x/usr/sbin/vsftpd" \
    "$peer/vsftpd.conf" &
  vsftpd_pid=$!
  sleep 1
}
