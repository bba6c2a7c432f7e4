#!/bin/bash
# Installs Candor on a Debian machine: the binaries and their resource bundles, the public keys, the
# systemd unit, the nginx site and the Tor onion service. Idempotent: run it again after an upgrade.
#
#   .deploy/install.sh [--from DIR] [--root DIR]
#
#   --from DIR   where the built binaries are (default: .build/release of this checkout). Build them with
#                  swift build -c release --static-swift-stdlib
#   --root DIR   install under DIR instead of / (a staging tree: no user, no service, no reload)
#
# It never generates, copies or asks for an inspector's private key: the server holds public keys only.
# Files an operator edits (/etc/candor/candor.env, the nginx site) are installed once; a newer version
# is written beside them as *.candor-new for the operator to compare.
set -euo pipefail
# Under pipefail, `producer | grep -q` can fail when grep exits at its first match and the producer
# then dies of SIGPIPE: a found private key or an installed libsodium would read as absent. So the
# pipelines below let grep read everything (`grep PATTERN >/dev/null`).

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
from="$repo/.build/release"
root=""
while [ $# -gt 0 ]; do
    case "$1" in
        --from) from="$2"; shift 2 ;;
        --root) root="${2%/}"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
live=$([ -z "$root" ] && echo yes || echo no)
say() { echo "install: $*"; }
die() { echo "install.sh: $*" >&2; exit 1; }

[ "$live" = no ] || [ "$(id -u)" = 0 ] || die "run as root (or with --root DIR for a staging tree)"
[ -x "$from/candor-server" ] || die "no $from/candor-server: build it with
    swift build -c release --static-swift-stdlib
or pass --from DIR"

# A private key file must never travel with the deployment.
if find "$repo/Keys" "$from" -maxdepth 2 \( -name '*.candor-key' -o -name '*.key.priv' \) 2>/dev/null | grep . >/dev/null; then
    die "a private key file (*.candor-key) is in Keys/ or $from: remove it; inspectors keep theirs"
fi

# Runtime dependency: libsodium only (the Swift runtime is linked in statically).
if [ "$live" = yes ] && ! ldconfig -p | grep 'libsodium\.so\.23' >/dev/null; then
    say "installing libsodium23"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsodium23
fi

# The user: a system account with no shell and no home of its own but the data folder.
if [ "$live" = yes ]; then
    getent group candor >/dev/null || groupadd --system candor
    getent passwd candor >/dev/null || useradd --system --gid candor --home-dir /var/lib/candor \
        --no-create-home --shell /usr/sbin/nologin --comment "Candor intake" candor
    # nginx connects to the 0660 socket through the candor group (which owns nothing else); tor talks
    # to nginx on loopback and needs no part of it.
    for member in www-data; do
        if getent passwd "$member" >/dev/null && ! id -nG "$member" | tr ' ' '\n' | grep -x candor >/dev/null; then
            usermod -a -G candor "$member"
            say "added $member to the candor group"
        fi
    done
fi
owner() { [ "$live" = yes ] && chown "$@" || true; }

# Binaries and the resource bundles that Bundle.module looks for beside the executable.
install -d -m 0755 "$root/opt/candor/bin"
for tool in candor-server candor-inspect candor-audit; do
    if [ -x "$from/$tool" ]; then
        install -m 0755 "$from/$tool" "$root/opt/candor/bin/$tool.tmp"
        mv -f "$root/opt/candor/bin/$tool.tmp" "$root/opt/candor/bin/$tool"
        say "binary $tool"
    fi
done
bundles=0
for bundle in "$from"/Candor_*.resources; do
    [ -d "$bundle" ] || continue
    name="$(basename "$bundle")"
    rm -rf "$root/opt/candor/bin/$name.tmp"
    cp -R "$bundle" "$root/opt/candor/bin/$name.tmp"
    chmod -R u=rwX,go=rX "$root/opt/candor/bin/$name.tmp"
    rm -rf "$root/opt/candor/bin/$name"
    mv "$root/opt/candor/bin/$name.tmp" "$root/opt/candor/bin/$name"
    bundles=$((bundles + 1))
done
[ "$bundles" -ge 2 ] || die "no Candor_Catalogue.resources / Candor_Web.resources beside the binaries in $from"
say "$bundles resource bundles beside the binaries"
install -m 0644 "$here/README.md" "$root/opt/candor/README.md"

# Public keys: the inspectors' NAME.pub, revoked/NAME.pub and the log verifier keys. Readable by the
# server (group candor); root owns them so the server cannot change who it seals to.
install -d -m 0750 "$root/etc/candor" "$root/etc/candor/keys" "$root/etc/candor/keys/revoked"
owner root:candor "$root/etc/candor" "$root/etc/candor/keys" "$root/etc/candor/keys/revoked"
shopt -s nullglob
for key in "$repo"/Keys/*.pub "$repo"/Keys/log.key "$repo"/Keys/outcomes.key "$repo"/Keys/revoked/*.pub; do
    [ -f "$key" ] || continue
    relative="${key#"$repo"/Keys/}"
    install -m 0640 "$key" "$root/etc/candor/keys/$relative"
    owner root:candor "$root/etc/candor/keys/$relative"
done
inspectors=("$root"/etc/candor/keys/*.pub)
shopt -u nullglob
if [ "${#inspectors[@]}" = 0 ]; then
    say "WARNING: no inspector public key in /etc/candor/keys: candor-server will not start until one"
    say "         NAME.pub is there (see Keys/README.md); inspectors make theirs with candor-inspect keygen"
else
    say "${#inspectors[@]} inspector public key(s) in /etc/candor/keys"
fi

# Settings, installed once (the operator edits them).
put_once() { # SOURCE DEST MODE
    if [ ! -e "$2" ]; then
        install -m "$3" "$1" "$2"; say "installed $2"
    elif ! cmp -s "$1" "$2"; then
        install -m "$3" "$1" "$2.candor-new"; say "kept your $2 (the shipped one is $2.candor-new)"
    fi
}
if [ ! -e "$root/etc/candor/candor.env" ]; then
    printf '%s\n' \
        "# candor-server's settings (read by candor-server.service)." \
        "# The checkpoint origins name this deployment in every signed checkpoint: set them once, before" \
        "# the first start, to your domain; changing them later breaks verification of old checkpoints." \
        "CANDOR_ORIGIN=candor.example.org/intake" \
        "CANDOR_OUTCOMES_ORIGIN=candor.example.org/outcomes" > "$root/etc/candor/candor.env"
    chmod 0640 "$root/etc/candor/candor.env"
    owner root:candor "$root/etc/candor/candor.env"
    say "installed /etc/candor/candor.env (set your origins there)"
fi

# The data folder: ciphertext, and the server's secrets (case-tag key, log signer keys, server.key).
install -d -m 0700 "$root/var/lib/candor"
owner candor:candor "$root/var/lib/candor"

# systemd
install -d -m 0755 "$root/etc/systemd/system"
install -m 0644 "$here/candor-server.service" "$root/etc/systemd/system/candor-server.service"
say "unit /etc/systemd/system/candor-server.service"

# nginx
install -d -m 0755 "$root/etc/nginx/sites-available" "$root/etc/nginx/sites-enabled"
put_once "$here/nginx-candor.conf" "$root/etc/nginx/sites-available/candor" 0644
ln -sfn ../sites-available/candor "$root/etc/nginx/sites-enabled/candor"
install -d -m 0700 "$root/var/cache/nginx/candor"
getent passwd www-data >/dev/null && owner www-data:www-data "$root/var/cache/nginx/candor"

# Tor: the onion service in /etc/tor/torrc.d, included from torrc.
install -d -m 0755 "$root/etc/tor/torrc.d"
install -m 0644 "$here/torrc-candor" "$root/etc/tor/torrc.d/candor.conf"
touch "$root/etc/tor/torrc"
grep -qx '%include /etc/tor/torrc.d/\*.conf' "$root/etc/tor/torrc" ||
    printf '\n%%include /etc/tor/torrc.d/*.conf\n' >> "$root/etc/tor/torrc"
say "onion service /etc/tor/torrc.d/candor.conf (through nginx on 127.0.0.1:8081)"
# Tor used to connect to candor's socket itself; it goes through nginx now, so an earlier install's
# grants are taken back: debian-tor leaves the candor group, and the AppArmor rule goes.
apparmor_rule="$root/etc/apparmor.d/local/system_tor"
if [ -f "$apparmor_rule" ] && grep -q 'run/candor/candor.sock' "$apparmor_rule"; then
    sed -i '\|run/candor/candor.sock|d' "$apparmor_rule"
    say "removed the tor AppArmor rule for candor.sock (tor reaches nginx on loopback)"
fi

if [ "$live" = yes ]; then
    if getent passwd debian-tor >/dev/null && id -nG debian-tor | tr ' ' '\n' | grep -x candor >/dev/null; then
        gpasswd -d debian-tor candor >/dev/null
        say "removed debian-tor from the candor group"
    fi
    if [ -d /run/systemd/system ]; then
        systemctl daemon-reload
        systemctl enable candor-server.service >/dev/null 2>&1
        say "enabled candor-server.service; after checking /etc/candor: systemctl restart candor-server nginx tor"
    else
        say "systemd is not running here: start /opt/candor/bin/candor-server yourself (see README)"
    fi
fi
say "done"
