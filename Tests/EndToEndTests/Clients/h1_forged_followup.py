#!/usr/bin/python3
"""Proof of concept for finding H1, written from Tokens.md and Envelope.md alone (no Candor code).

Against a running candor-server (http://127.0.0.1:PORT), it:

1. mints a token, asks the server for its case tag, seals a version 2 report signed with the token's
   signing key, and submits it pre-sealed;
2. "forgets" the token and keeps only the report's clear header (case tag, reply key, signing key), as
   a disk holder, an inspector's mirror or the host could read it;
3. with the header alone, seals follow-ups and a rating (signed with a key of its own, or carrying the
   report's signing key with a signature it cannot make, or in the unsigned version 1) and POSTs them
   pre-sealed: each must be refused;
4. with the token again, seals and POSTs a follow-up the same way: it must be accepted, so the refusals
   were about the signature;
5. reads the case's timeline with the token.

Every POST carries a solved proof of work (GET /api/v1/challenge), as every write path will require.
It prints one JSON object: what each step got back. Usage: h1_forged_followup.py http://127.0.0.1:PORT
"""
import base64
import hashlib
import json
import os
import sys
import urllib.error
import urllib.request

from nacl import bindings as b

SERVER = sys.argv[1].rstrip("/")
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def request(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(SERVER + path, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def leading_zero_bits(digest):
    bits = 0
    for byte in digest:
        if byte:
            return bits + 8 - byte.bit_length()
        bits += 8
    return bits


def proof_of_work():
    """GET /api/v1/challenge, then a counter with BLAKE2b-256(challenge ‖ counter, 8 bytes big-endian)
    starting with `difficulty` zero bits."""
    _, answer = request("GET", "/api/v1/challenge")
    challenge, difficulty = answer["challenge"], answer["difficulty"]
    counter = 0
    while leading_zero_bits(hashlib.blake2b(challenge.encode() + counter.to_bytes(8, "big"), digest_size=32).digest()) < difficulty:
        counter += 1
    return {"challenge": challenge, "counter": counter}


def post(path, body):
    return request("POST", path, {**proof_of_work(), **body})


# Tokens.md
def mint_token():
    values = [byte & 0x1F for byte in os.urandom(20)]
    check = 0
    for value in values:
        check = ((check << 1) ^ 0x25 if check & 0x10 else check << 1) ^ value
    check = (check << 1) ^ 0x25 if check & 0x10 else check << 1
    return "".join(ALPHABET[v] for v in values + [check])


def derived_seed(token, subkey_id):
    master = hashlib.blake2b(token.encode(), digest_size=32, key=b"candor-token-master-v1").digest()
    return hashlib.blake2b(b"", digest_size=32, key=master, salt=subkey_id.to_bytes(8, "little") + bytes(8),
                           person=b"candorRK" + bytes(8)).digest()


# Envelope.md
def padme(length):
    if length < 3:
        return length
    e = length.bit_length() - 1
    mask = (1 << (e - e.bit_length())) - 1
    return (length + mask) & ~mask


def pad(message):
    return message + b"\x80" + bytes(padme(len(message) + 1) - len(message) - 1)


def key_id(pk):
    return hashlib.blake2b(pk, digest_size=32).digest()[:8]


def seal(plaintext, kind, tag, reply_pk, sign_pk, sign_sk, inspectors, version=2, signature=None):
    """A citizen's envelope. `sign_sk` None: no valid signature can be made (`signature` bytes are used)."""
    content_key, nonce = os.urandom(32), os.urandom(24)
    recipients = inspectors + [reply_pk]
    header = bytes([version, kind]) + tag + reply_pk
    if version == 2:
        header += sign_pk + hashlib.blake2b(content_key, digest_size=32, key=b"candor-content-key-commitment-v2").digest()
    header += bytes([len(recipients)]) + b"".join(key_id(pk) for pk in recipients) + nonce
    body = b.crypto_aead_xchacha20poly1305_ietf_encrypt(pad(plaintext), header, nonce, content_key)
    envelope = header + b"".join(b.crypto_box_seal(content_key, pk) for pk in recipients) + body
    if version == 2:
        envelope += b.crypto_sign(b"candor-envelope-signature-v2" + envelope, sign_sk)[:64] if sign_sk else signature
    return envelope


def message(kind_name, content):
    return json.dumps({kind_name: content, "attachments": [], "v": 1}, ensure_ascii=False).encode()


def submit(envelope):
    status, answer = post("/api/v1/reports", {"envelope": base64.b64encode(envelope).decode()})
    return {"status": status, "error": answer.get("error"), "index": answer.get("index")}


def main():
    _, keys = request("GET", "/api/v1/keys")
    inspectors = [base64.b64decode(entry["sealingKey"]) for entry in keys["inspectors"]]
    results = {}

    # 1. The citizen: a token, its tag, a signed report.
    token = mint_token()
    _, answer = post("/api/v1/case-tag", {"token": token})
    tag = bytes.fromhex(answer["caseTag"])
    reply_pk, _ = b.crypto_box_seed_keypair(derived_seed(token, 1))
    sign_pk, sign_sk = b.crypto_sign_seed_keypair(derived_seed(token, 2))
    report = {"province": "ha-noi", "procedure": "doi-giay-phep-lai-xe", "agency": "Phòng CSGT",
              "misconduct": ["hoi-lo"], "account": "Cán bộ đòi 500.000 đồng.", "year": 2026, "month": 4}
    report_envelope = seal(message("report", report), 1, tag, reply_pk, sign_pk, sign_sk, inspectors)
    results["report"] = submit(report_envelope)

    # 2. Forget the token: keep only the clear header of the report.
    kept_token = token
    del token, sign_sk
    tag, reply_pk, case_sign_pk = report_envelope[2:34], report_envelope[34:66], report_envelope[66:98]

    # 3. Without the token.
    own_pk, own_sk = b.crypto_sign_keypair()
    withdraw = message("followUp", {"text": "FORGED: Tôi rút đơn."})
    results["forged_own_key"] = submit(seal(withdraw, 2, tag, reply_pk, own_pk, own_sk[:64], inspectors))
    results["forged_case_key"] = submit(seal(withdraw, 2, tag, reply_pk, case_sign_pk, None, inspectors, signature=os.urandom(64)))
    results["forged_rating"] = submit(
        seal(message("rating", {"level": "very-dissatisfied"}), 3, tag, reply_pk, own_pk, own_sk[:64], inspectors))
    results["forged_version1"] = submit(seal(withdraw, 2, tag, reply_pk, None, None, inspectors, version=1))

    # 4. With the token: the same client, the same path, accepted.
    sign_pk, sign_sk = b.crypto_sign_seed_keypair(derived_seed(kept_token, 2))
    genuine = message("followUp", {"text": "GENUINE: Biên lai ghi 500.000 đồng."})
    results["with_token"] = submit(seal(genuine, 2, tag, reply_pk, sign_pk, sign_sk, inspectors))

    # 5. What the citizen's status shows.
    status, answer = post("/api/v1/status", {"token": kept_token})
    results["timeline"] = [{"kind": item["kind"], "text": item["text"], "note": item.get("note")}
                           for item in answer.get("timeline", [])]
    print(json.dumps(results, ensure_ascii=False))


main()
