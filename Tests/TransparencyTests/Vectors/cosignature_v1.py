#!/usr/bin/python3
"""An independent C2SP cosignature/v1 (https://c2sp.org/tlog-cosignature) signer and verifier.

Written from the spec with hashlib and PyNaCl's libsodium bindings (`apt install python3-nacl`); nothing
of Candor's own code. CosignatureTests runs it both ways:

    cosignature_v1.py verify VKEY        < signed note      prints "ok <timestamp>" or fails
    cosignature_v1.py sign NAME SEEDHEX TIMESTAMP < checkpoint body
                                                            prints the vkey, then the cosignature line
"""
import base64
import hashlib
import struct
import sys

import nacl.bindings as b

TYPE = b"\x04"


def key_id(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + TYPE + public_key).digest()[:4]


def message(body: bytes, timestamp: int) -> bytes:
    return b"cosignature/v1\ntime %d\n" % timestamp + body


def verify(vkey: str, note: bytes) -> int:
    name, claimed, key = vkey.split("+", 2)
    typed = base64.b64decode(key, validate=True)
    assert typed[:1] == TYPE and len(typed) == 33, "not a cosignature/v1 vkey"
    public_key = typed[1:]
    assert key_id(name, public_key).hex() == claimed, "the vkey's key ID does not match"
    body, _, signatures = note.rpartition(b"\n\n")
    body += b"\n"
    for line in signatures.decode().splitlines():
        dash, line_name, field = line.split(" ")
        raw = base64.b64decode(field, validate=True)
        if dash != "\u2014" or line_name != name or raw[:4] != key_id(name, public_key):
            continue
        assert len(raw) == 4 + 8 + 64, "a cosignature/v1 is 72 bytes after the key ID"
        (timestamp,) = struct.unpack(">Q", raw[4:12])
        b.crypto_sign_open(raw[12:] + message(body, timestamp), public_key)  # raises if bad
        return timestamp
    raise SystemExit("no cosignature from " + name)


def sign(name: str, seed: bytes, timestamp: int, body: bytes) -> None:
    public_key, secret_key = b.crypto_sign_seed_keypair(seed)
    vkey = "%s+%s+%s" % (name, key_id(name, public_key).hex(), base64.b64encode(TYPE + public_key).decode())
    signature = b.crypto_sign(message(body, timestamp), secret_key)[:64]
    field = key_id(name, public_key) + struct.pack(">Q", timestamp) + signature
    print(vkey)
    print("\u2014 %s %s" % (name, base64.b64encode(field).decode()))


if __name__ == "__main__":
    data = sys.stdin.buffer.read()
    if sys.argv[1] == "verify":
        print("ok %d" % verify(sys.argv[2], data))
    else:
        sign(sys.argv[2], bytes.fromhex(sys.argv[3]), int(sys.argv[4]), data)
