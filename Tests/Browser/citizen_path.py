#!/usr/bin/python3
"""The citizen's whole path in a real browser with JavaScript disabled.

Starts candor-server --demo on a free loopback port with a fresh data folder, then drives Debian's
chromium (chromium-driver, python3-selenium) at phone width (390 px) with JavaScript off:

  home page -> report form (with a JPEG attachment) -> receipt (read the token) -> status page
  -> a follow-up through the status page's form.

Screenshots of the home page, the form, the receipt and the status page are written to
$CANDOR_SCREENSHOTS (default .build/screenshots). Every page the citizen sees (home, form, receipt,
status) and the public pages (/outcomes, /stats, /verify) are checked with axe-core (the PyPI package
axe-selenium-python): any violation fails the run. axe needs JavaScript, so it runs in a second
browser with JavaScript on, on the same URL, or, for a page that answers a POST, on the very page the
first browser received, written into a document of the same origin. Exits non-zero on any failure.
Run: /usr/bin/python3 Tests/Browser/citizen_path.py [path/to/candor-server]
"""
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select
from axe_selenium_python import Axe

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVER = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "candor-server")
SHOTS = os.environ.get("CANDOR_SCREENSHOTS", os.path.join(ROOT, ".build", "screenshots"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jpeg_with_gps():
    """A tiny valid JPEG carrying an EXIF block with a GPS tag and a comment: metadata to strip."""
    exif_body = b"Exif\x00\x00" + b"II*\x00\x08\x00\x00\x00" + b"\x01\x00" + struct.pack("<HHII", 0x8825, 4, 1, 26) + b"\x00\x00\x00\x00" + b"GPS-CANARY-21.0285N-105.8542E"
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif_body) + 2) + exif_body
    com = b"\xff\xfe" + struct.pack(">H", len(b"COMMENT-CANARY") + 2) + b"COMMENT-CANARY"
    # A 1x1 baseline JPEG (the smallest well-known one), with APP1 and COM inserted after SOI.
    tiny = bytes.fromhex(
        "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f"
        "141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101"
        "011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403"
        "050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a1617"
        "18191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a83"
        "8485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7"
        "d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")
    return tiny[:2] + app1 + com + tiny[2:]


def current_page(driver):
    """The webdriver id of the current document's root element, or None while it is being replaced."""
    try:
        return driver.find_element(By.TAG_NAME, "html").id
    except WebDriverException:
        return None


def wait_for_new_page(driver, old_page):
    """Waits until another document has replaced `old_page` and has arrived whole.

    Selenium's staleness_of can trip over the old node's disappearance ("Node with given id does not
    belong to the document"), so this polls, treating any such error as "not yet".
    """
    deadline = time.time() + 20
    while time.time() < deadline:
        page = current_page(driver)
        try:
            if page is not None and page != old_page and "</footer>" in driver.page_source:
                return
        except WebDriverException:
            pass
        time.sleep(0.05)
    raise AssertionError("the next page did not load within 20 s")


def submit(driver, selector="form button[type=submit]"):
    """Clicks a submit button and waits until the next page has replaced this one."""
    page = current_page(driver)
    driver.find_element(By.CSS_SELECTOR, selector).click()
    wait_for_new_page(driver, page)


def wait_until_listening(server, port):
    """Waits up to 20 s for candor-server to accept connections on `port`; exits if it stopped."""
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if server.poll() is not None:
                raise SystemExit("candor-server exited early:\n" + server.stdout.read())
            time.sleep(0.1)


def phone_chromium_without_javascript():
    """Debian's chromium, headless, 390 px wide, with JavaScript disabled twice over."""
    options = Options()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844",
                 "--blink-settings=scriptEnabled=false", "--disable-dev-shm-usage"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(390, 844)
    return driver


def clean_up(driver, server, data):
    """Quits chromium, stops candor-server if it still runs, and removes its data folder."""
    if driver is not None:
        driver.quit()
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    shutil.rmtree(data, ignore_errors=True)
def axe_violations(checker, url, html=None):
    """axe-core's violations on `url`, or on `html` (a page the JavaScript-free browser received) shown
    at `url`'s origin so that its stylesheets load as they did there."""
    checker.get(url)
    if html is not None:
        checker.execute_script("document.open(); document.write(arguments[0]); document.close();", html)
        deadline = time.time() + 10
        while checker.execute_script("return document.readyState") != "complete" and time.time() < deadline:
            time.sleep(0.05)
    axe = Axe(checker)
    axe.inject()
    return axe.run()["violations"]


def describe(violations):
    return "\n".join(f"  {v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
                     for v in violations)


def main():
    data = tempfile.mkdtemp(prefix="candor-browser-")
    port = free_port()
    os.makedirs(SHOTS, exist_ok=True)
    server = subprocess.Popen(
        [SERVER, "--demo", "--data", data, "--listen", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    driver = None
    checker = None
    try:
        wait_until_listening(server, port)
        driver = phone_chromium_without_javascript()
        # The accessibility checker: the same browser at the same width, with JavaScript on for axe.
        checker_options = Options()
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844",
                     "--disable-dev-shm-usage"]:
            checker_options.add_argument(flag)
        checker = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=checker_options)
        checker.set_window_size(390, 844)
        axe_found = {}

        def check(name, url, html=None):
            violations = axe_violations(checker, url, html)
            if html is not None:
                assert checker.title == driver.title, f"axe checked {checker.title!r}, not {name} ({driver.title!r})"
            if violations:
                axe_found[name] = violations

        # Home: three large actions, Vietnamese first.
        driver.get(base + "/")
        assert "Gửi phản ánh" in driver.page_source, "home page lacks the report action"
        driver.save_screenshot(os.path.join(SHOTS, "home-390.png"))
        check("home", base + "/")
        check("home (en)", base + "/en/")
        page = current_page(driver)
        driver.find_element(By.CSS_SELECTOR, "a.action[href='/report']").click()
        wait_for_new_page(driver, page)

        # The form, filled like a citizen would, with a photo carrying GPS metadata.
        assert "<form" in driver.page_source
        driver.save_screenshot(os.path.join(SHOTS, "form-390.png"))
        check("form", base + "/report")
        check("form (en)", base + "/en/report")
        Select(driver.find_element(By.ID, "province")).select_by_index(1)
        Select(driver.find_element(By.ID, "procedure")).select_by_index(1)
        driver.find_element(By.ID, "agency").send_keys("Bộ phận một cửa UBND phường Hoàn Kiếm")
        driver.find_elements(By.CSS_SELECTOR, "input[name=misconduct]")[1].click()
        driver.find_element(By.ID, "account").send_keys(
            "Ngày 12, cán bộ bàn số 3 đòi 500.000 đồng để làm nhanh hồ sơ đổi giấy phép lái xe. Có ghi âm.")
        Select(driver.find_element(By.ID, "month")).select_by_index(1)
        Select(driver.find_element(By.ID, "year")).select_by_index(1)
        photo = os.path.join(data, "photo.jpg")
        with open(photo, "wb") as f:
            f.write(jpeg_with_gps())
        driver.find_element(By.ID, "file0").send_keys(photo)
        time.sleep(3.2)  # the form ticket's minimum fill time: a person takes longer than a script
        submit(driver)

        # The receipt: the token, once, large and grouped.
        source = driver.page_source
        assert "token" in source, "no receipt page:\n" + source[:2000]
        token = driver.find_element(By.ID, "token").text.strip()
        assert re.fullmatch(r"[0-9A-Z]{4,6}(-[0-9A-Z*~$=U]{1,6})+", token), f"unexpected token shape: {token!r}"
        driver.save_screenshot(os.path.join(SHOTS, "receipt-390.png"))
        check("receipt", base + "/", driver.page_source)

        # Check back with the token, typed in lower case without dashes.
        driver.get(base + "/status")
        check("status form", base + "/status")
        driver.find_element(By.ID, "token").send_keys(token.replace("-", "").lower())
        submit(driver)
        assert "Bạn đã gửi phản ánh" in driver.page_source, "the status page does not show the report:\n" + driver.page_source[:2000]
        driver.save_screenshot(os.path.join(SHOTS, "status-390.png"))
        check("status", base + "/", driver.page_source)

        # Add information through the status page's form, which carries its own form ticket.
        driver.find_element(By.ID, "text").send_keys("Thêm: có người làm chứng.")
        time.sleep(3.2)  # the ticket's minimum fill time
        submit(driver, "form[action='/status/add'] button[type=submit]")
        assert "Đã nhận thông tin bổ sung." in driver.page_source, "the follow-up was not accepted:\n" + driver.page_source[:2000]
        assert "có người làm chứng" in driver.page_source, "the follow-up is not on the status page"

        # A mistyped token gets its own friendly message.
        driver.get(base + "/status")
        typo = token[:-1] + ("0" if token[-1] != "0" else "1")
        driver.find_element(By.ID, "token").send_keys(typo)
        submit(driver)
        assert "gõ sai" in driver.page_source, "a mistyped token was not told apart"

        # The public pages, from the home page's third action: outcomes, statistics, how to verify.
        driver.get(base + "/")
        old = current_page(driver)
        driver.find_element(By.CSS_SELECTOR, "a[href='/outcomes']").click()
        wait_for_new_page(driver, old)
        assert "<h1>Kết quả xử lý</h1>" in driver.page_source, "the outcomes page did not open:\n" + driver.page_source[:1500]
        driver.save_screenshot(os.path.join(SHOTS, "outcomes-390.png"))
        check("outcomes", base + "/outcomes")
        for path, heading, shot in [("/stats", "Thống kê", "stats-390.png"), ("/verify", "Cách kiểm chứng", "verify-390.png"),
                                    ("/en/outcomes", "Outcomes", "outcomes-en-390.png")]:
            driver.get(base + path)
            assert heading in driver.page_source, f"{path} does not show {heading!r}:\n" + driver.page_source[:1500]
            driver.save_screenshot(os.path.join(SHOTS, shot))
            check(path, base + path)
        assert not axe_found, "axe-core found accessibility violations:\n" + "\n".join(
            f"{name}:\n{describe(violations)}" for name, violations in axe_found.items())

        # Nothing on disk holds the token, the comment or the GPS canary in the clear.
        os.remove(photo)
        needles = [token.replace("-", "").encode(), b"COMMENT-CANARY", b"GPS-CANARY", "đòi 500.000 đồng".encode()]
        for folder, _, files in os.walk(data):
            for name in files:
                with open(os.path.join(folder, name), "rb") as f:
                    blob = f.read()
                for needle in needles:
                    assert needle not in blob, f"{needle!r} found in {name}"
        # SIGTERM: the server finishes what is in flight, closes the ledger and exits 0.
        driver.quit()
        driver = None
        checker.quit()
        checker = None
        server.terminate()
        output, _ = server.communicate(timeout=20)
        assert server.returncode == 0, f"candor-server exited with {server.returncode} on SIGTERM:\n{output}"
        assert "Stopped cleanly" in output, "candor-server did not report a clean stop:\n" + output
        for needle in ["127.0.0.1:" + str(port) + " ", token, "HeadlessChrome"]:
            assert needle not in output.replace(f"http://127.0.0.1:{port}/", ""), f"{needle!r} reached the server's log"
        print("browser: home, form with attachment, receipt, status, follow-up, typo check, public pages, "
              "no axe-core violation on any of them, and clean SIGTERM passed; screenshots in " + SHOTS)
        return 0
    finally:
        if checker is not None:
            checker.quit()
        clean_up(driver, server, data)


if __name__ == "__main__":
    sys.exit(main())
