#!/usr/bin/python3
"""An outsider's implementation of Tokens.md and Envelope.md (version 2), written from the text alone.

It prints the token signing keys of Tokens.md's table and the known-answer vectors of Envelope.md:
a version 2 report and a version 2 follow-up, sealed from fixed inputs. It uses only hashlib and
PyNaCl's libsodium bindings (`apt install python3-nacl`); nothing of Candor's own code.

    /usr/bin/python3 Tests/CaseworkTests/Vectors/envelope_v2.py

The header and the body depend only on the inputs; the sealed keys come from crypto_box_seal's fresh
ephemeral keys, so each run prints other ones, and the signature (over every byte before it) with them.
"""
import hashlib
from nacl import bindings as b

SIGNATURE_CONTEXT = b"candor-envelope-signature-v2"
COMMITMENT_KEY = b"candor-content-key-commitment-v2"


def master(token: str) -> bytes:
    return hashlib.blake2b(token.encode(), digest_size=32, key=b"candor-token-master-v1").digest()


def kdf(master_key: bytes, subkey_id: int) -> bytes:
    # crypto_kdf_derive_from_key(32, id, "candorRK", master), spelled out as Tokens.md says.
    return hashlib.blake2b(
        b"", digest_size=32, key=master_key, salt=subkey_id.to_bytes(8, "little") + bytes(8),
        person=b"candorRK" + bytes(8)).digest()


def reply_keys(token: str):
    return b.crypto_box_seed_keypair(kdf(master(token), 1))


def signing_keys(token: str):
    return b.crypto_sign_seed_keypair(kdf(master(token), 2))  # (public key, 64-byte secret key)


def key_id(pk: bytes) -> bytes:
    return hashlib.blake2b(pk, digest_size=32).digest()[:8]


def commitment(content_key: bytes) -> bytes:
    return hashlib.blake2b(content_key, digest_size=32, key=COMMITMENT_KEY).digest()


def padme(length: int) -> int:
    if length < 3:
        return length
    e = length.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (length + mask) & ~mask


def pad(m: bytes) -> bytes:
    n = padme(len(m) + 1)
    return m + b"\x80" + bytes(n - len(m) - 1)


def seal_v2(plaintext, kind, tag, reply_pk, sign_pk, sign_sk, recipients, content_key, nonce):
    header = bytes([2, kind]) + tag + reply_pk + sign_pk + commitment(content_key)
    header += bytes([len(recipients)]) + b"".join(key_id(pk) for pk in recipients) + nonce
    body = b.crypto_aead_xchacha20poly1305_ietf_encrypt(pad(plaintext), header, nonce, content_key)
    sealed = b"".join(b.crypto_box_seal(content_key, pk) for pk in recipients)
    envelope = header + sealed + body
    if kind < 0x20:  # a citizen's kind: signed with the token's signing key
        envelope += b.crypto_sign(SIGNATURE_CONTEXT + envelope, sign_sk)[:64]
    return header, body, envelope


def open_v2(env: bytes, pk: bytes, sk: bytes, signing_pk_expected=None) -> bytes:
    assert env[0] == 2
    kind, n = env[1], env[130]
    h = 155 + 8 * n
    end = len(env) - (64 if kind < 0x20 else 0)
    if kind < 0x20:
        b.crypto_sign_open(env[end:] + SIGNATURE_CONTEXT + env[:end], env[66:98])
        assert signing_pk_expected is None or env[66:98] == signing_pk_expected
    ids = [env[131 + 8 * i: 139 + 8 * i] for i in range(n)]
    i = ids.index(key_id(pk))
    key = b.crypto_box_seal_open(env[h + 80 * i: h + 80 * (i + 1)], pk, sk)
    assert commitment(key) == env[98:130], "the content key is not the one the header commits to"
    padded = b.crypto_aead_xchacha20poly1305_ietf_decrypt(env[h + 80 * n: end], env[:h], env[h - 24: h], key)
    return padded[: padded.rindex(b"\x80")]


def lines(data: bytes) -> str:
    text = data.hex()
    return "\n".join(text[i: i + 64] for i in range(0, len(text), 64))


if __name__ == "__main__":
    print("token signing keys (Tokens.md)")
    for token in ["0123456789ABCDEFGHJKJ", "000000000000000000000", "7K2QMX9DA1B2C3D4E5F66"]:
        print(token, signing_keys(token)[0].hex())

    token = "0123456789ABCDEFGHJKJ"
    tag = hashlib.blake2b(token.encode(), digest_size=32, key=bytes(range(0x80, 0xA0))).digest()
    reply_pk, reply_sk = reply_keys(token)
    sign_pk, sign_sk = signing_keys(token)
    inspectors = [b.crypto_box_seed_keypair(bytes([1]) * 32), b.crypto_box_seed_keypair(bytes([2]) * 32)]
    recipients = [inspectors[0][0], inspectors[1][0], reply_pk]
    keys = inspectors + [(reply_pk, reply_sk)]
    content_key, nonce = bytes(range(0x40, 0x60)), bytes(range(0x60, 0x78))
    messages = [
        ("report", 1, '{"attachments":[],"receivedOn":"2026-05-04","report":{"account":"Cán bộ đòi 500.000 đồng để '
         'nhận hồ sơ.","agency":"Phòng CSGT Công an phường Ba Đình","misconduct":["hoi-lo"],"month":4,'
         '"procedure":"doi-giay-phep-lai-xe","province":"ha-noi","year":2026},"v":1}'),
        ("follow-up", 2, '{"attachments":[],"followUp":{"text":"Biên lai ghi 500.000 đồng."},'
         '"receivedOn":"2026-05-06","v":1}'),
    ]
    print("signing public key", sign_pk.hex(), "commitment", commitment(content_key).hex())
    for name, kind, text in messages:
        plaintext = text.encode()
        header, body, envelope = seal_v2(plaintext, kind, tag, reply_pk, sign_pk, sign_sk, recipients, content_key, nonce)
        for pk, sk in keys:
            assert open_v2(envelope, pk, sk, sign_pk) == plaintext
        print(f"\n{name}: plaintext {len(plaintext)} bytes, header {len(header)}, body {len(body)}, envelope {len(envelope)}")
        print("header\n" + lines(header))
        print("body\n" + lines(body))
        print("envelope\n" + lines(envelope))
        print("signature\n" + lines(envelope[-64:]))
