#!/usr/bin/env bash
# Unpacks a real FTP server from Debian's packages, for the client's integration tests:
#   prepare.sh vsftpd|pure-ftpd|proftpd CACHE_DIR
# The server packages conflict with each other as installs, so each is fetched with
# `apt-get download` and unpacked with `dpkg -x` into CACHE_DIR/NAME, together with the shared
# libraries the machine lacks (into CACHE_DIR/NAME/lib). Nothing is installed on the system.
# ProFTPD's TLS module (mod_tls) comes from proftpd-mod-crypto, unpacked next to proftpd-core so
# that its ModulePath finds it.
# Prints the path of the server binary on success; exits non-zero with the reason otherwise, and
# the tests then skip that server.
set -euo pipefail

name="${1:?server name}"
cache="${2:?cache directory}"

case "$name" in
  vsftpd)    packages="vsftpd libwrap0";            binary="usr/sbin/vsftpd" ;;
  pure-ftpd) packages="pure-ftpd";                  binary="usr/sbin/pure-ftpd" ;;
  proftpd)   packages="proftpd-core proftpd-mod-crypto libhiredis0.14 libmemcached11 libmemcachedutil2 libhashkit2 libpcre2-posix3"
             main="proftpd-core proftpd-mod-crypto"
             binary="usr/sbin/proftpd" ;;
  *) echo "unknown server: $name" >&2; exit 2 ;;
esac

for tool in apt-get dpkg ldd; do
  command -v "$tool" > /dev/null || { echo "$tool is not available: not a Debian-like system" >&2; exit 3; }
done

main="${main:-${packages%% *}}"
root="$cache/$name"
# .ready names the packages it was made from: a list that grew makes it stale.
if [ -x "$root/$binary" ] && [ "$(cat "$root/.ready" 2>/dev/null)" = "$packages" ]; then
  echo "$root/$binary"
  exit 0
fi

debs="$cache/debs"
mkdir -p "$debs"
download() { (cd "$debs" && apt-get download "$1" > /dev/null 2>&1); }
first=${packages%% *}
for package in $packages; do
  if ls "$debs/${package}"_*.deb > /dev/null 2>&1; then continue; fi
  if ! download "$package"; then
    # An empty or stale package list: refresh it once, as root only.
    if [ "$(id -u)" = 0 ] && [ ! -f "$debs/.updated" ]; then
      apt-get update -qq > /dev/null 2>&1 || true
      touch "$debs/.updated"
    fi
    if ! download "$package"; then
      if [ "$package" = "$first" ]; then
        echo "apt-get download $package failed (no package list or no network)" >&2
        exit 4
      fi
      echo "warning: apt-get download $package failed; the server may lack a library" >&2
    fi
  fi
done

rm -rf "$root"
mkdir -p "$root/lib"
for package in $packages; do
  for deb in "$debs/${package}"_*.deb; do
    [ -f "$deb" ] || continue
    case " $main " in
      *" $package "*) dpkg -x "$deb" "$root" ;;
      *) dpkg -x "$deb" "$root/lib" ;;
    esac
  done
done

libs="$root/lib/usr/lib/x86_64-linux-gnu:$root/lib/lib/x86_64-linux-gnu:$root/lib/usr/lib:$root/lib/lib"
missing=$(LD_LIBRARY_PATH="$libs" ldd "$root/$binary" 2>&1 | grep "not found" || true)
if [ -n "$missing" ]; then
  echo "$name cannot run here, libraries missing:" >&2
  echo "$missing" >&2
  exit 5
fi
echo "$packages" > "$root/.ready"
echo "$root/$binary"
