#!/bin/bash
# The deployment test: builds the static binaries, installs them into a staging tree with install.sh,
# runs candor-server in a bare chroot (only libc, libsodium and the C++ runtime, no Swift toolchain,
# an empty environment) on a Unix socket, puts Debian's nginx with .deploy/nginx-candor.conf in front
# (self-signed TLS on 127.0.0.1:8443), and checks through nginx: pages, a real report, a 19 MB upload,
# the body limits, caching, and that the server never sees a client address; the onion door (nginx on
# loopback, plain HTTP) serves the same site. Then it starts Debian's tor with .deploy/torrc-candor,
# pointed at that door, and checks that the onion service gets its hostname.
#
#   .deploy/check.sh            (as root: it installs nginx, tor, openssl and curl when missing)
#   make deploy-check
#
# Nothing is installed into the system besides Debian packages; everything else lives in a temp folder
# that is removed at the end (KEEP=1 keeps it). Exit status 0 means every check passed.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
scratch="${SCRATCH:-$repo/.build-static}"
# Ports on 127.0.0.1: the preferred one when free, else one the kernel picks (others may run servers here).
port() { # PREFERRED
    if ! ss -ltnH "sport = :$1" 2>/dev/null | grep -q .; then echo "$1"; return; fi
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
https_port="${HTTPS_PORT:-$(port 8443)}"
http_port="${HTTP_PORT:-$(port 18480)}"
capture_port="${CAPTURE_PORT:-$(port 8444)}"
capture_http_port="$(port 18481)"
onion_port="$(port 18082)"
capture_onion_port="$(port 18083)"
export PATH="$PATH:/opt/swift/usr/bin"

failures=0
pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }
check() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
section() { echo; echo "== $*"; }

[ "$(id -u)" = 0 ] || { echo "check.sh: run as root (it needs chroot, nginx and tor)" >&2; exit 1; }
missing=()
for pair in nginx:nginx tor:tor openssl:openssl curl:curl python3:python3; do
    command -v "${pair%%:*}" >/dev/null || [ -x "/usr/sbin/${pair%%:*}" ] || missing+=("${pair#*:}")
done
dpkg -s libsodium-dev >/dev/null 2>&1 || missing+=(libsodium-dev pkg-config)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || exit 1
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
CHROOT=$(command -v chroot || echo /usr/sbin/chroot)
TOR=$(command -v tor || echo /usr/sbin/tor)

T=$(mktemp -d /tmp/candor-deploy-check.XXXXXX)
chmod 0755 "$T"
pids=()
cleanup() {
    [ -f "$T/nginx/nginx.pid" ] && kill "$(cat "$T/nginx/nginx.pid")" 2>/dev/null
    [ -f "$T/capture/nginx.pid" ] && kill "$(cat "$T/capture/nginx.pid")" 2>/dev/null
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in $(pgrep -x candor-server); do [ "$(readlink "/proc/$pid/root")" = "$T/chroot" ] && kill "$pid"; done
    sleep 0.5
    umount -l "$T/chroot/dev" 2>/dev/null
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $T"; else rm -rf "$T"; fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------
section "1. Static build (swift build -c release --static-swift-stdlib)"
products=(candor-server candor-inspect)
grep -q '"candor-audit"' "$repo/Package.swift" && products+=(candor-audit)
for product in "${products[@]}"; do
    (cd "$repo" && swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product "$product") \
        >"$T/build-$product.log" 2>&1 || { tail -20 "$T/build-$product.log"; fail "build $product"; exit 1; }
done
bin="$scratch/release"
pass "built ${products[*]} in $bin"

section "2. Shared libraries: no Swift runtime"
for product in "${products[@]}"; do
    echo "  ldd $product:"
    ldd "$bin/$product" | sed 's/^/        /'
    check "$product needs no Swift, Foundation, dispatch or ICU library" \
        bash -c "! ldd '$bin/$product' | grep -Eiq 'swift|foundation|dispatch|blocksruntime|icu|not found'"
    check "$product has no RPATH/RUNPATH into the toolchain" \
        bash -c "! readelf -d '$bin/$product' | grep -Eq 'R(UN)?PATH.*swift'"
done
check "candor-server --help runs with env -i, LD_LIBRARY_PATH empty, PATH without /opt/swift, from /" \
    bash -c "cd / && env -i PATH=/usr/bin:/bin LD_LIBRARY_PATH= '$bin/candor-server' --help | grep -q 'usage: candor-server'"

# ---------------------------------------------------------------------------------------------------
section "3. install.sh into a staging tree (twice: idempotent)"
stage="$T/stage"
bash "$here/install.sh" --from "$bin" --root "$stage" | sed 's/^/        /'
snapshot() { (cd "$stage" && find . -type f -o -type l | sort | xargs -d '\n' sha256sum 2>/dev/null; find . -printf '%p %m %l\n' | sort); }
snapshot >"$T/stage-1"
bash "$here/install.sh" --from "$bin" --root "$stage" >/dev/null
snapshot >"$T/stage-2"
check "a second run changes nothing" cmp -s "$T/stage-1" "$T/stage-2"
check "binaries and both resource bundles are in /opt/candor/bin" \
    test -x "$stage/opt/candor/bin/candor-server" -a -d "$stage/opt/candor/bin/Candor_Catalogue.resources" \
        -a -d "$stage/opt/candor/bin/Candor_Web.resources"
check "no private key was installed" bash -c "! find '$stage' -name '*.candor-key' | grep -q ."

section "3b. install.sh for real, as root on /, inside a private mount namespace"
# /etc is a copy and /opt, /var/lib, /var/cache are empty tmpfs in a namespace of their own: the user,
# the groups, the folders and the configs are made for real, and vanish with the namespace.
cp -a /etc "$T/etc-copy"
unshare --mount bash -c '
    set -e
    mount --make-rprivate /
    mount --bind "$1/etc-copy" /etc
    for d in /opt /var/lib /var/cache; do mount -t tmpfs tmpfs "$d"; done
    bash "$2/install.sh" --from "$3" > "$1/live-1.log" 2>&1
    bash "$2/install.sh" --from "$3" > "$1/live-2.log" 2>&1
    {
        echo "user: $(id candor)"
        echo "www-data: $(id -nG www-data)"
        echo "debian-tor: $(id -nG debian-tor 2>/dev/null)"
        stat -c "%n %a %U:%G" /var/lib/candor /etc/candor /etc/candor/keys /etc/candor/candor.env /opt/candor/bin/candor-server
        echo "torrc includes: $(grep -c "^%include /etc/tor/torrc.d/\*.conf" /etc/tor/torrc)"
        echo "site enabled: $(readlink /etc/nginx/sites-enabled/candor)"
        echo "unit: $(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify /etc/systemd/system/candor-server.service 2>&1 | grep -v "^$" || echo verified)"
    } > "$1/live.txt" 2>&1
' _ "$T" "$here" "$bin"
echo "  first run:"; sed 's/^/        /' "$T/live-1.log"
echo "  second run:"; sed 's/^/        /' "$T/live-2.log"
echo "  result:"; sed 's/^/        /' "$T/live.txt"
check "user candor exists; www-data is in group candor, debian-tor is not (tor goes through nginx)" \
    bash -c "grep -q '^user: uid=.*(candor)' '$T/live.txt' && grep -q '^www-data: .*candor' '$T/live.txt' && ! grep -q '^debian-tor: .*candor' '$T/live.txt'"
check "/var/lib/candor is 0700 candor:candor" grep -q '^/var/lib/candor 700 candor:candor' "$T/live.txt"
check "a second run adds no second include or user change" \
    bash -c "grep -q '^torrc includes: 1' '$T/live.txt' && ! grep -q 'added' '$T/live-2.log'"
check "systemd-analyze verify accepts the unit" grep -q '^unit: verified' "$T/live.txt"

# ---------------------------------------------------------------------------------------------------
section "4. candor-server in a bare chroot (no toolchain, no /work, empty environment)"
CH="$T/chroot"
mkdir -p "$CH/opt/candor" "$CH/etc/candor/keys" "$CH/var/lib/candor" "$CH/run/candor" "$CH/tmp" "$CH/dev" "$CH/proc"
cp -a "$stage/opt/candor/bin" "$CH/opt/candor/"
for product in "${products[@]}"; do
    ldd "$CH/opt/candor/bin/$product" | grep -o '/[^ ]*' | while read -r lib; do cp -L --parents "$lib" "$CH/"; done
done
echo "  the chroot holds: $(cd "$CH" && find . -type f -name '*.so*' | sort | tr '\n' ' ')"
mount --bind /dev "$CH/dev"
chmod 1777 "$CH/tmp"
check "no Swift toolchain inside the chroot" bash -c "! find '$CH' -path '*swift*' -name '*.so*' | grep -q ."
# An inspector key made with the shipped candor-inspect, in the chroot; only its public line is kept.
inspect() { env -i CANDOR_PASSPHRASE=deploy-check-passphrase CANDOR_KDF_LIMITS=interactive \
    unshare --mount --mount-proc="$CH/proc" "$CHROOT" "$CH" "$@"; }
if inspect /opt/candor/bin/candor-inspect keygen --name checker --out /tmp/checker.candor-key \
    >"$CH/etc/candor/keys/checker.pub" 2>"$T/keygen.err"; then
    pass "candor-inspect keygen runs in the chroot: $(grep -v '^#' "$CH/etc/candor/keys/checker.pub" | cut -c1-40)…"
else
    fail "candor-inspect keygen in the chroot: $(cat "$T/keygen.err")"
fi
# The server runs as daemon:nogroup (the unit's candor:candor); nginx's worker is nobody:nogroup, so it
# reaches the 0660 socket through the group, as www-data does through the candor group in production.
chown -R 1:65534 "$CH/var/lib/candor" "$CH/run/candor"
chmod 0700 "$CH/var/lib/candor"
chmod 0750 "$CH/run/candor"
(env -i LD_LIBRARY_PATH= unshare --mount --mount-proc="$CH/proc" \
    "$CHROOT" --userspec=1:65534 --groups=65534 "$CH" /opt/candor/bin/candor-server --data /var/lib/candor \
    --keys /etc/candor/keys --listen unix:/run/candor/candor.sock --origin check.candor.test/intake \
    --outcomes-origin check.candor.test/outcomes --min-fill-seconds 1 >"$T/server.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 100); do [ -S "$CH/run/candor/candor.sock" ] && break; sleep 0.2; done
sed 's/^/        server: /' "$T/server.log"
check "candor-server listens on unix:/run/candor/candor.sock (found its resource bundles at run time)" \
    test -S "$CH/run/candor/candor.sock"
check "the socket is 0660 daemon:nogroup" \
    bash -c "[ \"\$(stat -c '%a %u %g' '$CH/run/candor/candor.sock')\" = '660 1 65534' ]"

# ---------------------------------------------------------------------------------------------------
section "5. nginx (Debian's package) with .deploy/nginx-candor.conf, self-signed TLS on :$https_port"
mkdir -p "$T/tls" "$T/nginx/cache"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=candor.example.org" \
    -addext "subjectAltName=DNS:candor.example.org" -keyout "$T/tls/privkey.pem" -out "$T/tls/fullchain.pem" 2>/dev/null
chown nobody:nogroup "$T/nginx/cache"
# The shipped site with only its deployment-specific paths and ports changed; the diff is printed.
site() { # SOCKET PREFIX HTTPS HTTP ONION
    sed -e "s|unix:/run/candor/candor.sock|unix:$1|" -e "s|/etc/ssl/candor/|$T/tls/|" \
        -e "s|/var/cache/nginx/candor|$2/cache|" -e "s|listen 443 ssl http2;|listen 127.0.0.1:$3 ssl http2;|" \
        -e "s|listen 80;|listen 127.0.0.1:$4;|" -e "s|listen 127.0.0.1:8081;|listen 127.0.0.1:$5;|" -e '/listen \[::\]/d' -e "s|keys_zone=candor_public|keys_zone=candor_public_$3|" \
        -e "s|proxy_cache candor_public;|proxy_cache candor_public_$3;|" -e "s|shared:candor_tls|shared:candor_tls_$3|" \
        -e "s|upstream candor |upstream candor_$3 |" -e "s|proxy_pass http://candor;|proxy_pass http://candor_$3;|" \
        "$here/nginx-candor.conf"
}
nginx_conf() { # PREFIX
    mkdir -p "$1"
    cat <<EOF
user nobody nogroup;
worker_processes 1;
pid $1/nginx.pid;
error_log $1/startup.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $1/body;
    proxy_temp_path $1/proxy;
    fastcgi_temp_path $1/fastcgi;
    uwsgi_temp_path $1/uwsgi;
    scgi_temp_path $1/scgi;
    include $1/candor.conf;
}
EOF
}
site "$CH/run/candor/candor.sock" "$T/nginx" "$https_port" "$http_port" "$onion_port" >"$T/nginx/candor.conf"
nginx_conf "$T/nginx" >"$T/nginx/nginx.conf"
echo "  changes from the shipped site for this test:"
diff "$here/nginx-candor.conf" "$T/nginx/candor.conf" | grep '^[<>]' | sed 's/^/        /'
check "nginx -t accepts the site" "$NGINX" -t -q -p "$T/nginx" -c "$T/nginx/nginx.conf"
"$NGINX" -p "$T/nginx" -c "$T/nginx/nginx.conf"
for _ in $(seq 1 50); do
    curl -sk -o /dev/null --resolve "candor.example.org:$https_port:127.0.0.1" "https://candor.example.org:$https_port/" && break
    sleep 0.2
done

base="https://candor.example.org:$https_port"
c() { curl -sk --resolve "candor.example.org:$https_port:127.0.0.1" --max-time 120 "$@"; }

section "6. Through nginx"
c -o "$T/home.html" -D "$T/home.head" "$base/"
check "GET / is 200 with the home page" bash -c "head -1 '$T/home.head' | grep -q ' 200' && grep -q 'Gửi phản ánh' '$T/home.html'"
for header in Content-Security-Policy Referrer-Policy X-Content-Type-Options X-Frame-Options Strict-Transport-Security; do
    check "$header sent exactly once" bash -c "[ \$(grep -ic '^$header:' '$T/home.head') = 1 ]"
done
check "no Server version (server_tokens off)" bash -c "! grep -i '^Server:' '$T/home.head' | grep -q '[0-9]'"
check "http://:$http_port redirects to https" \
    bash -c "curl -s -o /dev/null -w '%{http_code}' -H 'Host: candor.example.org' http://127.0.0.1:$http_port/ | grep -q 301"
curl -s --max-time 30 -o "$T/onion.html" -D "$T/onion.head" -H "Host: $(printf 'a%.0s' $(seq 56)).onion" \
    "http://127.0.0.1:$onion_port/en/"
check "the onion door (nginx, plain HTTP on 127.0.0.1:$onion_port) serves the site through nginx" \
    bash -c "head -1 '$T/onion.head' | grep -q ' 200' && grep -qi '^Strict-Transport-Security:' '$T/onion.head' && grep -q '<html' '$T/onion.html'"

c -o "$T/css" -D "$T/css.head" "$base/static/candor.css"
c -o /dev/null "$base/static/candor.css"
check "GET /static/candor.css is 200 text/css" bash -c "head -1 '$T/css.head' | grep -q ' 200' && grep -qi '^Content-Type: text/css' '$T/css.head'"
check "the stylesheet is in nginx's public cache" bash -c "grep -rlq 'static/candor.css' '$T/nginx/cache'"
c -o /dev/null -w '%{http_code}' "$base/" >/dev/null
check "no page was cached (only /static/ and full tiles are)" bash -c "[ \$(grep -rl 'KEY: ' '$T/nginx/cache' | wc -l) = 1 ]"
code=$(c -o "$T/checkpoint" -w '%{http_code}' "$base/checkpoint")
if [ "$code" = 200 ]; then
    check "GET /checkpoint is a signed checkpoint" grep -q 'check.candor.test/outcomes' "$T/checkpoint"
else
    echo "  note  GET /checkpoint answers $code: the public log's tile endpoints are not in this build (issue 5)"
fi

# A real report through the form: a fresh ticket, the catalogue's first choices, a wait past the
# minimum fill time, then the receipt's token, then the status page with it.
form() { # LANGUAGE-PREFIX -> sets ticket, province, procedure, kind, month, year
    c -o "$T/form.html" "$base$1/report"
    ticket=$(grep -o 'name="ticket" value="[^"]*"' "$T/form.html" | sed 's/.*value="//; s/"$//')
    first() { grep -o "name=\"$1\"[^>]*><option value=\"\">[^<]*</option><option value=\"[^\"]*\"" "$T/form.html" | sed 's/.*value="//; s/"$//'; }
    province=$(first province); procedure=$(first procedure); month=$(first month); year=$(first year)
    kind=$(grep -o 'name="misconduct" value="[^"]*"' "$T/form.html" | head -1 | sed 's/.*value="//; s/"$//')
}
submit() { # OUTPUT [extra curl args...]
    local out="$1"; shift
    sleep 1.2
    c -o "$out" -w '%{http_code}' -F "ticket=$ticket" -F "province=$province" -F "procedure=$procedure" \
        -F "agency=UBND phường Hoàn Kiếm, bộ phận một cửa" -F "misconduct=$kind" \
        -F "account=DEPLOY-CHECK-CANARY Cán bộ bàn số 3 đòi 500.000 đồng để làm nhanh hồ sơ." \
        -F "month=$month" -F "year=$year" "$@" "$base/report"
}
# The receipt shows the token in groups: <p … id="token" …><span class="group">ABCD</span>-<wbr><span…
token_of() { grep -o 'id="token".*' "$1" | head -1 | sed 's/<wbr>//g; s/<[^>]*>//g; s/^id="token"[^>]*>//; s/^[^>]*>//' | tr -d ' '; }

form ""
check "GET /report gives a form with a ticket and catalogue choices" \
    test -n "$ticket" -a -n "$province" -a -n "$procedure" -a -n "$kind" -a -n "$month" -a -n "$year"
code=$(submit "$T/receipt.html")
token=$(token_of "$T/receipt.html")
check "POST /report (multipart) answers $code with a receipt token: ${token:-none}" test -n "$token"
c -o "$T/status.html" --data-urlencode "token=$token" "$base/status"
check "POST /status with the token shows the report" grep -q 'Bạn đã gửi phản ánh' "$T/status.html"

head -c $((19 * 1000 * 1000)) /dev/urandom >"$T/19mb.pdf"
form ""
code=$(submit "$T/receipt19.html" -F "file=@$T/19mb.pdf;type=application/pdf")
check "a 19 MB attachment passes nginx and the server seals it (HTTP $code, token $(token_of "$T/receipt19.html"))" \
    test -n "$(token_of "$T/receipt19.html")"

head -c $((25 * 1000 * 1000)) /dev/zero >"$T/25mb"
code=$(c -o "$T/413.html" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$T/25mb" "$base/api/v1/reports")
check "a 25 MB body to /api/v1/reports (server limit 2 MiB) is refused by nginx: $code" \
    bash -c "[ '$code' = 413 ] && grep -q '<center>nginx</center>' '$T/413.html'"
code=$(c -o "$T/413b.html" -w '%{http_code}' -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$T/25mb" "$base/status")
check "a 25 MB body to /status is refused by nginx: $code" \
    bash -c "[ '$code' = 413 ] && grep -q '<center>nginx</center>' '$T/413b.html'"
head -c $((64 * 1000 * 1000)) /dev/zero >"$T/64mb.pdf"
form ""
code=$(submit "$T/413c.html" -F "file=@$T/64mb.pdf;type=application/pdf")
check "a 64 MB form upload (over 3 × 20 MiB + 256 KiB) is refused by nginx: $code" \
    bash -c "[ '$code' = 413 ] && grep -q '<center>nginx</center>' '$T/413c.html'"
head -c $((25 * 1000 * 1000)) /dev/zero >"$T/25mb.pdf"
form ""
code=$(submit "$T/big-file.html" -F "file=@$T/25mb.pdf;type=application/pdf")
check "one 25 MB file in a form passes nginx (the whole form may be 60 MiB); the server refuses it itself: $code" \
    bash -c "! grep -q '<center>nginx</center>' '$T/big-file.html' && grep -q 'Tệp quá lớn' '$T/big-file.html'"

# ---------------------------------------------------------------------------------------------------
section "7. The server never sees a client address"
# The same site in front of a capture socket that records every byte nginx forwards.
mkdir -p "$T/capture/cache" && chown nobody:nogroup "$T/capture" "$T/capture/cache"
cat >"$T/capture.py" <<'EOF'
import os, socket, sys
path, out = sys.argv[1], sys.argv[2]
server = socket.socket(socket.AF_UNIX)
server.bind(path); os.chmod(path, 0o666); server.listen(8)
while True:
    conn, _ = server.accept()
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk: break
        data += chunk
    with open(out, "ab") as f: f.write(data)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
    conn.close()
EOF
python3 "$T/capture.py" "$T/capture/capture.sock" "$T/capture/heads" &
pids+=($!)
for _ in $(seq 1 50); do [ -S "$T/capture/capture.sock" ] && break; sleep 0.2; done
site "$T/capture/capture.sock" "$T/capture" "$capture_port" "$capture_http_port" "$capture_onion_port" >"$T/capture/candor.conf"
nginx_conf "$T/capture" >"$T/capture/nginx.conf"
"$NGINX" -p "$T/capture" -c "$T/capture/nginx.conf"
for _ in $(seq 1 50); do  # a loaded machine may take a moment to start the worker
    curl -sk --resolve "candor.example.org:$capture_port:127.0.0.1" -o /dev/null \
        -H 'X-Forwarded-For: 203.0.113.7' -H 'X-Real-IP: 203.0.113.8' -H 'Forwarded: for=203.0.113.9' \
        "https://candor.example.org:$capture_port/status"
    [ -s "$T/capture/heads" ] && break
    sleep 0.2
done
echo "  what nginx forwarded (a client sent X-Forwarded-For, X-Real-IP and Forwarded):"
sed 's/^/        /' "$T/capture/heads" | tr -d '\r'
check "no client address and no forwarding header reached the upstream" \
    bash -c "[ -s '$T/capture/heads' ] && ! grep -Eiq '127\.0\.0\.1|203\.0\.113|x-forwarded|x-real-ip|^forwarded' '$T/capture/heads'"
check "the upstream request is HTTP/1.1" bash -c "head -1 '$T/capture/heads' | grep -q 'HTTP/1.1'"
check "nginx keeps no access log and no error log with addresses" \
    bash -c "! grep -rEq '127\.0\.0\.1|203\.0\.113' '$T/nginx' '$T/capture' --include='*.log' && ! ls '$T'/nginx/*access* 2>/dev/null"
check "the server's output and data folder hold no client address, canary or token" \
    bash -c "! grep -rqaE '127\.0\.0\.1|203\.0\.113|DEPLOY-CHECK-CANARY|${token//-/}' '$T/server.log' '$CH/var/lib/candor'"

# ---------------------------------------------------------------------------------------------------
section "8. Tor onion service (.deploy/torrc-candor)"
mkdir -p "$T/tor/data"
{
    echo "DataDirectory $T/tor/data"
    echo "SocksPort 0"
    echo "Log notice file $T/tor/tor.log"
    sed -e "s|/var/lib/tor/candor/|$T/tor/hs/|" -e "s|127.0.0.1:8081|127.0.0.1:$onion_port|" "$here/torrc-candor"
} >"$T/tor/torrc"
chmod 0700 "$T/tor/data"
check "tor --verify-config accepts the onion service" bash -c "'$TOR' -f '$T/tor/torrc' --verify-config >/dev/null"
"$TOR" -f "$T/tor/torrc" --RunAsDaemon 0 >/dev/null 2>&1 &
tor_pid=$!
pids+=($tor_pid)
for _ in $(seq 1 60); do [ -s "$T/tor/hs/hostname" ] && break; sleep 0.5; done
check "tor started and wrote the onion hostname: $(cat "$T/tor/hs/hostname" 2>/dev/null)" \
    bash -c "grep -Eq '^[a-z2-7]{56}\.onion$' '$T/tor/hs/hostname'"
check "tor is still running" kill -0 "$tor_pid"
echo "  note  this machine has no route to the Tor network: only the start and the hostname are checked,"
echo "        not a circuit from Tor Browser to the onion address"

# ---------------------------------------------------------------------------------------------------
section "9. SIGTERM stops the server cleanly"
server_pid=$(for p in $(pgrep -x candor-server); do [ "$(readlink /proc/$p/root)" = "$CH" ] && echo "$p"; done | head -1)
if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid"
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
    check "candor-server exited after SIGTERM and said so" grep -q 'Stopped cleanly' "$T/server.log"
else
    fail "candor-server is not running at the end"
fi

echo
if [ "$failures" = 0 ]; then echo "deploy-check: every check passed"; else echo "deploy-check: $failures check(s) FAILED"; fi
[ "$failures" = 0 ]
