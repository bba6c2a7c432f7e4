#!/usr/bin/python3
"""The inspectors' workbench in a real browser, once with JavaScript off and once with it on.

Starts candor-server --demo on a free loopback port and, for each round, files a citizen's report with a
photo through its form (over HTTP), then starts `candor-inspect serve` against it and drives Debian's
chromium (chromium-driver, python3-selenium) at desktop width (1280 px):

  one-time URL -> unlock (the demo key's passphrase) -> Sync (its self-refreshing page) -> inbox -> the
  case (the photo inline) -> accept (form, confirmation) -> reply (composer, confirmation) -> the
  citizen reads the reply on the status page -> resolve (form, confirmation) -> publish (the preview
  with its highlighted redaction, the confirmation box) -> the outcome is on the server's /outcomes ->
  Export (the button) -> `candor-audit verify-bundle` passes on that folder -> the dashboard -> Lock

axe-core (the PyPI package axe-selenium-python) checks every one of those pages as the browser
received it (shown at the workbench's origin in a second, script-enabled chromium, as citizen_path.py
does): any violation fails the run. Screenshots of each page are written to $CANDOR_SCREENSHOTS
(default .build/screenshots), named workbench-{nojs,js}-PAGE.png. Exits non-zero on any failure.
Run: /usr/bin/python3 Tests/Browser/workbench_path.py [BUILD_DIR]   (default .build/debug)
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from citizen_path import axe_violations, current_page, describe, free_port, jpeg_with_gps, wait_for_new_page  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug")
SHOTS = os.environ.get("CANDOR_SCREENSHOTS", os.path.join(ROOT, ".build", "screenshots"))
ACCOUNTS = ["Officer at desk 7 asked for 300,000 dong to stamp the land file quickly. Workbench path.",
            "The clerk at window 3 wanted 200,000 dong before taking the permit file. Workbench path, round 2."]


def wait_for_port(port, process):
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if process.poll() is not None:
                raise SystemExit("a child exited early:\n" + process.stdout.read())
            time.sleep(0.1)
    raise SystemExit(f"nothing listens on {port}")


def stop(process):
    """SIGTERM, then SIGKILL if it has not exited within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def citizen_report(base, account):
    """Files a report with a photo through the citizen's form; returns its token."""
    form = urllib.request.urlopen(base + "/en/report").read().decode()
    ticket = re.search(r'name="ticket" value="([^"]+)"', form).group(1)
    boundary = "----workbenchpath"
    fields = [("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
              ("agency", "Ba Dinh ward one-stop desk"), ("misconduct", "hoi-lo"), ("account", account),
              ("month", "10"), ("year", "2026")]
    body = b""
    for name, value in fields:
        body += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
    body += (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="IMG_7.jpg"\r\n'
             "Content-Type: image/jpeg\r\n\r\n").encode() + jpeg_with_gps() + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(base + "/en/report", data=body,
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    receipt = urllib.request.urlopen(request).read().decode()
    token = re.search(r'id="token"[^>]*>(.*?)</p>', receipt, re.S).group(1)
    return re.sub(r"<[^>]+>", "", token).strip()


def citizen_status(base, token):
    data = urllib.parse.urlencode({"token": token}).encode()
    return urllib.request.urlopen(urllib.request.Request(base + "/en/status", data=data)).read().decode()


def browser(javascript):
    options = Options()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                 "--disable-dev-shm-usage"]:
        options.add_argument(flag)
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(1280, 900)
    return driver


def submit(driver, selector):
    page = current_page(driver)
    driver.find_element(By.CSS_SELECTOR, selector).click()
    wait_for_new_page(driver, page)


def follow(driver, selector):
    page = current_page(driver)
    driver.find_element(By.CSS_SELECTOR, selector).click()
    wait_for_new_page(driver, page)


def inspector_day(data, base, token, javascript, account, axe_found, round_number):
    """One `candor-inspect serve` and one browser session through the inspector's day on a new case."""
    name = "js" if javascript else "nojs"
    mirror = os.path.join(data, "mirror")
    exports = os.path.join(data, "exports")
    keys = os.path.join(data, "demo-keys")
    serve = subprocess.Popen(
        [os.path.join(BUILD, "candor-inspect"), "serve", "--key", os.path.join(keys, "demo.candor-key"),
         "--keys", keys, "--mirror", mirror, "--server", base, "--exports", exports,
         "--listen", "127.0.0.1:0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    driver = None
    checker = None
    try:
        url = None
        deadline = time.time() + 30
        while url is None and time.time() < deadline:
            line = serve.stdout.readline()
            if line.startswith("http://127.0.0.1:"):
                url = line.strip()
        assert url, "candor-inspect serve printed no one-time URL"
        origin = url.split("/login")[0]
        driver = browser(javascript)
        checker = browser(True)

        def shot(page):
            """A screenshot, and axe-core on the page as the browser received it."""
            driver.save_screenshot(os.path.join(SHOTS, f"workbench-{name}-{page}.png"))
            violations = axe_violations(checker, origin + "/", driver.page_source)
            if violations:
                axe_found[f"{name} {page}"] = violations

        driver.get(url)
        assert 'name="passphrase"' in driver.page_source, "no unlock page:\n" + driver.page_source[:1500]
        shot("unlock")
        driver.find_element(By.ID, "passphrase").send_keys("demo")
        submit(driver, "form[action='/unlock'] button")
        submit(driver, "form[action='/sync'] button")
        # The Sync page refreshes itself (a meta refresh, no script) until the sync ends.
        deadline = time.time() + 60
        while 'http-equiv="refresh"' in driver.page_source and time.time() < deadline:
            time.sleep(0.2)
        assert "Đồng bộ xong" in driver.page_source, "the sync did not end well:\n" + driver.page_source[:2000]
        shot("sync")
        follow(driver, "main a[href='/']")
        assert "Đồng bộ thất bại" not in driver.page_source, driver.page_source[:2000]
        shot("inbox")
        ids = [int(i) for i in re.findall(r'href="/case/(\d+)"', driver.page_source)]
        assert ids, "the inbox lists no case:\n" + driver.page_source[:2000]
        case = max(ids)
        follow(driver, f"a[href='/case/{case}']")
        assert account in driver.page_source, "the case page lacks the report"
        assert "đã xoá siêu dữ liệu" in driver.page_source, "no metadata-stripped flag"
        images = driver.find_elements(By.CSS_SELECTOR, "img.attachment")
        assert images and driver.execute_script("return arguments[0].naturalWidth", images[0]) > 0 \
            if javascript else images, "the photo is not shown inline"
        shot("case")
        follow(driver, f"a[href='/case/{case}/act/accept']")
        shot("accept")
        submit(driver, "form[action$='/act/accept'] button")
        shot("accept-confirm")
        assert "Ký và gửi" in driver.page_source, driver.page_source[:2000]
        submit(driver, "form[action$='/act/accept'] button")
        reply = f"Chúng tôi đã nhận phản ánh và đang xác minh ({name})."
        follow(driver, f"a[href='/case/{case}/act/reply']")
        assert "Người dân sẽ đọc câu trả lời này" in driver.page_source, "the composer does not warn"
        driver.find_element(By.ID, "a-text").send_keys(reply)
        shot("reply")
        submit(driver, "form[action$='/act/reply'] button")
        assert reply in driver.page_source, "the confirmation does not show the reply"
        shot("reply-confirm")
        submit(driver, "form[action$='/act/reply'] button")
        assert "chữ ký hợp lệ" in driver.page_source, "the timeline does not show a verified signature"
        shot("case-after-reply")
        status = citizen_status(base, token)
        assert reply in status, "the citizen does not read the reply:\n" + status[:2000]

        # Resolve, then publish with the preview: the inspector's own words, a name in them redacted.
        follow(driver, f"a[href='/case/{case}/act/resolve']")
        driver.find_element(By.ID, "a-summary").send_keys(f"Cán bộ đã bị khiển trách ({name}).")
        shot("resolve")
        submit(driver, "form[action$='/act/resolve'] button")
        shot("resolve-confirm")
        submit(driver, "form[action$='/act/resolve'] button")
        follow(driver, f"a[href='/case/{case}/publish']")
        driver.find_element(By.ID, "a-summary").send_keys(
            f"The ward reprimanded the officer, Nguyen Van An, after the inspection ({name}).")
        shot("publish")
        submit(driver, "form[action$='/publish'] button")
        assert '<mark class="redacted">Nguyen Van An</mark>' in driver.page_source, \
            "the preview does not highlight the redaction:\n" + driver.page_source[:3000]
        outcome = driver.find_element(By.CSS_SELECTOR, "input[name='id']").get_attribute("value")
        shot("publish-preview")
        driver.find_element(By.CSS_SELECTOR, "input[name='confirm']").click()
        submit(driver, "form[action$='/publish'] button")
        assert outcome in driver.page_source, "the case page does not say it was published"
        outcomes = urllib.request.urlopen(base + "/en/outcomes").read().decode()
        assert f"/en/outcomes/{outcome}" in outcomes, "the outcome is not on /outcomes:\n" + outcomes[:2000]

        # Export with the button; candor-audit verifies the folder with the public keys only.
        submit(driver, f"form[action='/case/{case}/export'] button")
        folder = driver.find_element(By.ID, "export-folder").text
        assert folder.startswith(exports), "the export page names no folder:\n" + driver.page_source[:2000]
        shot("export")
        checked = subprocess.run([os.path.join(BUILD, "candor-audit"), "verify-bundle", folder, "--keys", keys],
                                 capture_output=True, text=True)
        assert checked.returncode == 0, f"verify-bundle failed on {folder}:\n{checked.stdout}{checked.stderr}"

        driver.get(origin + "/en/dashboard")
        assert "<svg" in driver.page_source, "the dashboard draws no chart"
        shot("dashboard")
        feedback_page(driver, url.split("/login")[0], round_number, shot)
        submit(driver, "form[action='/en/lock'] button")
        assert 'name="passphrase"' in driver.page_source, "Lock did not lock"
    finally:
        for chromium in [driver, checker]:
            if chromium is not None:
                chromium.quit()
        stop(serve)


FEEDBACK_COMMENT = "Cán bộ bàn 3 đòi 200.000 đồng mới nhận hồ sơ"


def citizen_feedback(base):
    """Rates a visit with a comment through the citizen's feedback form."""
    form = urllib.request.urlopen(base + "/en/feedback").read().decode()
    ticket = re.search(r'name="ticket" value="([^"]+)"', form).group(1)
    month = time.strftime("%Y-%m", time.gmtime(time.time() + 7 * 3600))
    data = urllib.parse.urlencode({
        "ticket": ticket, "province": "ha-noi", "agency": "cong-an", "procedure": "dang-ky-khai-sinh",
        "month": month, "staff": "1", "timeliness": "2", "extras": "1", "overall": "1",
        "comment": FEEDBACK_COMMENT}).encode()
    urllib.request.urlopen(urllib.request.Request(base + "/en/feedback", data=data)).read()


def feedback_page(driver, root, round_number, shot):
    """The Feedback page: the comment; in the last round (so that the earlier rounds' newest case stays the
    report), opened as a case through its confirmation."""
    driver.get(root + "/feedback")
    assert "<h1>Góp ý</h1>" in driver.page_source and FEEDBACK_COMMENT in driver.page_source, \
        "the Feedback page lacks the comment:\n" + driver.page_source[:2000]
    shot("feedback")
    if round_number == 1:
        driver.find_element(By.CSS_SELECTOR, "form[action$='/open-case'] textarea").send_keys("Đòi tiền")
        submit(driver, "form[action$='/open-case'] button")
        assert "Vụ việc không có người dân" in driver.page_source, driver.page_source[:2000]
        shot("feedback-confirm")
        submit(driver, "form[action$='/open-case'] button")
        assert FEEDBACK_COMMENT in driver.page_source and "/case/" in driver.current_url, driver.page_source[:2000]
        driver.get(root + "/feedback")
        assert "Đã mở thành vụ việc" in driver.page_source, "the opened comment does not link its case"
    driver.get(root + "/en/dashboard")  # back where the day goes on


def main():
    data = tempfile.mkdtemp(prefix="candor-workbench-")
    port = free_port()
    os.makedirs(SHOTS, exist_ok=True)
    server = subprocess.Popen(
        [os.path.join(BUILD, "candor-server"), "--demo", "--data", data, "--listen", f"127.0.0.1:{port}",
         "--min-fill-seconds", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_port(port, server)
        axe_found = {}
        citizen_feedback(base)
        for round_number, (javascript, account) in enumerate(zip([False, True], ACCOUNTS)):
            token = citizen_report(base, account)
            inspector_day(data, base, token, javascript, account, axe_found, round_number)
        assert not axe_found, "axe-core found accessibility violations:\n" + "\n".join(
            f"{page}:\n{describe(violations)}" for page, violations in axe_found.items())
        print("browser: the workbench's unlock, sync, inbox, case, accept, reply, resolve, publish, export "
              "(verify-bundle passed), dashboard, feedback and lock passed with JavaScript off and on; the citizen read "
              "the replies, the outcomes are on /outcomes, axe-core found no violation; screenshots in " + SHOTS)
        return 0
    finally:
        stop(server)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
