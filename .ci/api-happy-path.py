"""The JSON API's answers to a citizen who does everything right, checked against the OpenAPI document.

schemathesis cannot solve a proof of work or know a token, so it sees the writes' refusals only. This
walks the path a client takes (challenge, report, status, case tag, follow-up, rating, service feedback,
the open data) and a few refusals that need a solved challenge, and checks each answer as schemathesis
does: the status is documented for the route, the body matches its schema, and the headers the document
requires are there.

    .build/schemathesis-venv/bin/python .ci/api-happy-path.py http://127.0.0.1:PORT
"""
import datetime
import hashlib
import sys

import requests
import schemathesis

base = sys.argv[1].rstrip("/")
schema = schemathesis.openapi.from_url(base + "/api/v1/openapi.json")
document = requests.get(base + "/api/v1/openapi.json", timeout=10).json()
checked = 0


def check(method, path, response, status):
    """The answer has `status`, which the document lists for the route, with a body and headers as it says."""
    global checked
    assert response.status_code == status, f"{method} {path}: {response.status_code} {response.text}"
    responses = document["paths"][path][method.lower()]["responses"]
    assert str(status) in responses, f"{method} {path}: {status} is not documented"
    documented = responses[str(status)]
    if "$ref" in documented:
        documented = document["components"]["responses"][documented["$ref"].split("/")[-1]]
    for name, header in documented.get("headers", {}).items():
        if "$ref" in header:
            header = document["components"]["headers"][header["$ref"].split("/")[-1]]
        if header.get("required"):
            assert name in response.headers, f"{method} {path} {status}: no {name}"
    schema[path][method].validate_response(response)
    checked += 1
    return response


def solve(challenge):
    """The counter whose BLAKE2b-256(challenge ‖ counter, 8 bytes big-endian) has the challenge's zero bits."""
    difficulty = int(challenge.split(".", 1)[0])
    counter = 0
    while True:
        digest = hashlib.blake2b(challenge.encode() + counter.to_bytes(8, "big"), digest_size=32).digest()
        if int.from_bytes(digest, "big") >> (256 - difficulty) == 0:
            return counter
        counter += 1


def post(path, body, status):
    return check("POST", path, requests.post(base + path, json=body, timeout=60), status)


challenge = check("GET", "/api/v1/challenge", requests.get(base + "/api/v1/challenge", timeout=10), 200).json()
check("GET", "/api/v1/keys", requests.get(base + "/api/v1/keys", timeout=10), 200)
check("GET", "/api/v1/outcomes", requests.get(base + "/api/v1/outcomes?limit=5", timeout=10), 200)
check("GET", "/api/v1/satisfaction", requests.get(base + "/api/v1/satisfaction", timeout=10), 200)
check("GET", "/api/v1/statistics", requests.get(base + "/api/v1/statistics", timeout=10), 200)

report = {
    "province": "ha-noi", "procedure": "doi-giay-phep-lai-xe", "agency": "Phòng CSGT", "misconduct": ["hoi-lo"],
    "account": "Cán bộ đòi 500.000 đồng để nhận hồ sơ.", "month": 1, "year": 2026,
}
spent = {"challenge": challenge["challenge"], "counter": solve(challenge["challenge"])}
answer = post("/api/v1/reports", dict(spent, report=report), 201)
token = answer.json()["token"]
post("/api/v1/reports", dict(spent, report=report), 403)  # the same challenge again: alreadyUsed


def paid(extra):
    """A body with a fresh solved challenge, from the header of the last write's answer."""
    global answer
    challenge = answer.headers["Candor-Challenge"]
    return dict(extra, challenge=challenge, counter=solve(challenge))


answer = post("/api/v1/reports", paid({"report": dict(report, province="nowhere")}), 422)
answer = post("/api/v1/reports", paid({}), 400)  # neither a report nor an envelope
post("/api/v1/status", {"token": token}, 200)
post("/api/v1/case-tag", {"token": token}, 200)
answer = post("/api/v1/followups", paid({"token": token, "text": "Tôi gửi thêm thông tin."}), 201)
answer = post("/api/v1/followups", paid({"token": token, "text": "   "}), 422)
answer = post("/api/v1/ratings", paid({"token": token, "level": "satisfied"}), 409)
post("/api/v1/status", {"token": "0000-0000-0000-0000-00000"}, 404)
visit = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).strftime("%Y-%m")
feedback = {"province": "hue", "agency": "cong-an", "procedure": "dang-ky-khai-sinh", "month": visit,
            "staff": 5, "timeliness": 4, "extras": 5, "overall": 4}
answer = post("/api/v1/feedback", paid(feedback), 201)
answer = post("/api/v1/feedback", paid(dict(feedback, overall=6)), 422)
answer = post("/api/v1/feedback", paid(dict(feedback, agency="nowhere")), 422)
print(f"api-happy-path: {checked} answers match the document")
