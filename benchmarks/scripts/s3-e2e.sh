#!/usr/bin/env bash
# STOR and RETR of a 1 GiB file through Ferry's s3 backend (FTP client -> Ferry -> S3Proxy),
# compared in the same run with the AWS CLI (`aws s3 cp` up and down) against the same S3Proxy:
#   scripts/with-jdk benchmarks/scripts/s3-e2e.sh
# Settings (environment): ROUNDS (3), SIZE_MIB (1024), FERRY_XMX (the Ferry JVM's heap, 128m:
# the memory bound made visible), FERRY_S3 (extra s3 backend settings, e.g.
# part-size=16MiB,upload-concurrency=8), AWS_CLI (/usr/bin/aws).
# Prerequisites: a JDK (scripts/with-jdk), Maven, the AWS CLI v2 (Debian 12: `apt-get install
# awscli`, 2.9.19; the pip package aws-cli 1.x also works but is not what was measured) and
# about 2 GiB free in /dev/shm for the CLI's source and downloaded file.
# Three processes on 127.0.0.1: S3Proxy 4.1.0 in its own JVM (filesystem store under
# benchmarks/target/s3-store, the same store for both clients), Ferry in its own JVM, and the
# clients (the benchmark's bare FTP client, the CLI). Each is stopped by its process id.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=benchmarks/target
rounds=${ROUNDS:-3}
size_mib=${SIZE_MIB:-1024}
ferry_xmx=${FERRY_XMX:-128m}
aws=${AWS_CLI:-/usr/bin/aws}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

if ! "$aws" --version 2>/dev/null | grep -q '^aws-cli/'; then
  echo "# the AWS CLI is missing ($aws): apt-get install awscli (Debian 12: 2.9.19)" >&2
  exit 1
fi
mvn -B -ntp -q -pl benchmarks -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile="$(pwd)/$target/runtime.classpath" -Dmdep.includeScope=runtime
# S3Proxy comes from ftp-vfs-s3's test dependencies (ftp-vfs-s3 is the last module built here).
mvn -B -ntp -q -pl ftp-vfs-s3 -am compile dependency:build-classpath \
  -Dmdep.outputFile="$(pwd)/$target/s3proxy.classpath" -Dmdep.includeScope=test

pids=()
work=$(mktemp -d /dev/shm/ferry-s3-bench.XXXXXX)
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# S3Proxy with its filesystem store, SigV4, quiet logging (its default is DEBUG for everything).
store=$(pwd)/$target/s3-store
rm -rf "$store" && mkdir -p "$store"
s3port=$((20000 + RANDOM % 10000))
export AWS_ACCESS_KEY_ID=bench-access AWS_SECRET_ACCESS_KEY=bench-secret-key
export AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=""
cat > "$target/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$s3port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$AWS_ACCESS_KEY_ID
s3proxy.credential=$AWS_SECRET_ACCESS_KEY
s3proxy.ignore-unknown-headers=true
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=$store
jclouds.identity=$AWS_ACCESS_KEY_ID
jclouds.credential=$AWS_SECRET_ACCESS_KEY
CONF
cat > "$target/s3proxy-logback.xml" <<'XML'
<configuration>
  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss} %-5level %logger{30} - %msg%n</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="out"/></root>
</configuration>
XML
"$java" -Xmx2g -Dlogback.configurationFile="$target/s3proxy-logback.xml" \
  -cp "$(cat $target/s3proxy.classpath)" org.gaul.s3proxy.Main \
  --properties "$target/s3proxy.conf" > "$target/s3proxy.log" 2>&1 &
pids+=($!)
endpoint=http://127.0.0.1:$s3port
cli=("$aws" --endpoint-url "$endpoint")
for _ in $(seq 1 150); do
  "${cli[@]}" s3 mb s3://bench >/dev/null 2>&1 && break
  sleep 0.2
done
"${cli[@]}" s3 ls s3://bench >/dev/null || { echo "# S3Proxy did not start:"; cat "$target/s3proxy.log"; exit 1; }

# Ferry alone in its JVM with the s3 backend, on the module path (backends are found through
# their module-info `provides`).
modules=$target/classes:$(cat $target/runtime.classpath)
bench=("$java" -p "$modules" --add-modules ALL-MODULE-PATH
  -m dev.ferry.ftp.benchmarks/dev.ferry.ftp.benchmarks.server.ServerEndToEnd)
s3settings="bucket=bench,endpoint=$endpoint,region=us-east-1,access-key=$AWS_ACCESS_KEY_ID"
s3settings="$s3settings,secret-key=$AWS_SECRET_ACCESS_KEY${FERRY_S3:+,$FERRY_S3}"
log=$target/ferry-s3.log
"$java" "-Xmx$ferry_xmx" "${bench[@]:1}" --serve s3 --s3 "$s3settings" \
  --hash-iterations 1000 --max-minutes 120 > "$log" 2>&1 &
ferry=$!
pids+=("$ferry")
port=
for _ in $(seq 1 300); do
  port=$(sed -n 's/^# listening //p' "$log")
  [ -n "$port" ] && break
  sleep 0.2
done
[ -n "$port" ] || { echo "# Ferry did not start:"; cat "$log"; exit 1; }

now() { date +%s.%N; }
rate() { awk -v mib="$size_mib" -v s="$1" -v e="$2" -v o="${3:-0}" \
  'BEGIN { printf "%.0f", mib / (e - s - o) }'; }
ferry_run() { # ferry_run stor|retr: prints MiB/s as the bare FTP client measured it
  "${bench[@]}" --target "127.0.0.1:$port" --user bench --password bench --scenarios "$1" \
    --big-path ferry.bin --size-mib "$size_mib" --repeats 1 | sed -n 's/.*median \([0-9]*\) MiB.*/\1/p'
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

head -c $((size_mib << 20)) /dev/urandom > "$work/source.bin"
echo "# $(date -u '+%F %T') UTC, $(nproc) cpus, ${size_mib} MiB, $rounds rounds; $("$aws" --version)"
echo "# Ferry -Xmx$ferry_xmx, s3 settings: ${FERRY_S3:-defaults}; load:$(uptime | sed 's/.*load average://')"
cli_up=() cli_down=() cli_up_net=() cli_down_net=() ferry_up=() ferry_down=() startup=()
for round in $(seq 1 "$rounds"); do
  s=$(now); "${cli[@]}" s3 ls s3://bench/no-such-key >/dev/null 2>&1 || true; e=$(now)
  base=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }')
  s=$(now); "${cli[@]}" s3 cp --quiet "$work/source.bin" s3://bench/cli.bin; e=$(now)
  up=$(rate "$s" "$e"); up_net=$(rate "$s" "$e" "$base")
  stor=$(ferry_run stor)
  s=$(now); "${cli[@]}" s3 cp --quiet s3://bench/cli.bin "$work/down.bin"; e=$(now)
  down=$(rate "$s" "$e"); down_net=$(rate "$s" "$e" "$base"); rm -f "$work/down.bin"
  retr=$(ferry_run retr)
  echo "round $round: CLI up $up MiB/s ($up_net without its ${base}s start-up), Ferry STOR $stor MiB/s;" \
    "CLI down $down MiB/s ($down_net), Ferry RETR $retr MiB/s; load:$(uptime | sed 's/.*load average://')"
  cli_up+=("$up") cli_up_net+=("$up_net") ferry_up+=("$stor")
  cli_down+=("$down") cli_down_net+=("$down_net") ferry_down+=("$retr") startup+=("$base")
done
m() { echo "$@" | median; }
echo "median: CLI up $(m "${cli_up[@]}") ($(m "${cli_up_net[@]}") without start-up)," \
  "Ferry STOR $(m "${ferry_up[@]}"); CLI down $(m "${cli_down[@]}") ($(m "${cli_down_net[@]}"))," \
  "Ferry RETR $(m "${ferry_down[@]}") MiB/s; CLI start-up $(m "${startup[@]}") s"
echo "Ferry JVM peak resident memory: $(sed -n 's/^VmHWM:[[:space:]]*//p' /proc/$ferry/status) (-Xmx$ferry_xmx)"
