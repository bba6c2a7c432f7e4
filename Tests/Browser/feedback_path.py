#!/usr/bin/python3
"""Service feedback in a real browser with JavaScript disabled, and the satisfaction index's daily batch.

Starts candor-server --demo with its intake clock moved by the seconds in a file (the hidden
--clock-offset-file), then drives Debian's chromium at phone width (390 px) with JavaScript off:

  home page -> the fourth action, "Góp ý, đánh giá" -> 11 ratings of one group (Huế, police, birth
  registration) and 1 of another (Hà Nội) -> /satisfaction shows nothing yet (never live) -> the clock
  file moves the server to the next day -> /satisfaction and /stats show the group of 11, and the group
  of 1 stays hidden.

Screenshots go to $CANDOR_SCREENSHOTS (default .build/screenshots). Exits non-zero on any failure.
Run: /usr/bin/python3 Tests/Browser/feedback_path.py [path/to/candor-server]
"""
import os
import subprocess
import sys
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from citizen_path import (SERVER, SHOTS, clean_up, current_page, free_port, phone_chromium_without_javascript,  # noqa: E402
                          submit, wait_for_new_page, wait_until_listening)

CANARY = "FEEDBACK-COMMENT-CANARY"


def rate(driver, base, province, overall, comment=""):
    """One rating through the form, as a citizen gives it; asserts the thank-you page."""
    driver.get(base + "/feedback")
    Select(driver.find_element(By.ID, "province")).select_by_value(province)
    Select(driver.find_element(By.ID, "agency")).select_by_value("cong-an")
    Select(driver.find_element(By.ID, "procedure")).select_by_value("dang-ky-khai-sinh")
    Select(driver.find_element(By.ID, "month")).select_by_index(1)
    for name, level in [("staff", 5), ("timeliness", 4), ("extras", 5), ("overall", overall)]:
        driver.find_element(By.CSS_SELECTOR, f"input[name={name}][value='{level}']").click()
    if comment:
        driver.find_element(By.ID, "comment").send_keys(comment)
    submit(driver)
    assert "Cảm ơn bạn đã đánh giá" in driver.page_source, "the rating was not accepted:\n" + driver.page_source[:2000]


def index_row(source, label):
    """The table row of `label` on an index page, or None."""
    start = source.find(f'<th scope="row">{label}</th>')
    return None if start < 0 else source[start:source.find("</tr>", start)]


def main():
    data = tempfile.mkdtemp(prefix="candor-feedback-")
    clock = os.path.join(data, "clock-offset")
    with open(clock, "w") as f:
        f.write("0")
    port = free_port()
    os.makedirs(SHOTS, exist_ok=True)
    server = subprocess.Popen(
        [SERVER, "--demo", "--data", os.path.join(data, "server"), "--listen", f"127.0.0.1:{port}",
         "--min-fill-seconds", "0", "--clock-offset-file", clock],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    driver = None
    try:
        wait_until_listening(server, port)
        driver = phone_chromium_without_javascript()

        # Home: the fourth action opens the one-minute form.
        driver.get(base + "/")
        page = current_page(driver)
        driver.find_element(By.CSS_SELECTOR, "a.action[href='/feedback']").click()
        wait_for_new_page(driver, page)
        assert "Cán bộ đối xử với bạn thế nào?" in driver.page_source, "the feedback form did not open"
        driver.save_screenshot(os.path.join(SHOTS, "feedback-form-390.png"))

        # 11 ratings of one group, 8 of them satisfied overall (4 or 5), and 1 of another.
        for overall in [5, 5, 5, 4, 4, 4, 4, 3, 2, 1]:
            rate(driver, base, "hue", overall)
        rate(driver, base, "hue", 5, comment=CANARY + " cán bộ đòi thêm tiền")
        driver.save_screenshot(os.path.join(SHOTS, "feedback-thanks-390.png"))
        rate(driver, base, "ha-noi", 1)

        # Never live: nothing is shown on the day the ratings arrive.
        driver.get(base + "/satisfaction")
        source = driver.page_source
        assert "không phải một cuộc khảo sát" in source, "the index lacks its plain note"
        assert index_row(source, "Huế") is None, "the index changed before the daily batch:\n" + source[:3000]

        # The next day: the batch is published.
        with open(clock, "w") as f:
            f.write("86400")
        driver.get(base + "/satisfaction")
        source = driver.page_source
        row = index_row(source, "Huế")
        assert row is not None and "<td>11</td>" in row and "<td>73%</td>" in row, "the group of 11 is not shown:\n" + source[:4000]
        assert index_row(source, "Hà Nội") is None, "a group of 1 rating is shown"
        assert "<svg" in source, "the index has no chart"
        driver.save_screenshot(os.path.join(SHOTS, "satisfaction-390.png"))
        driver.get(base + "/stats")
        source = driver.page_source
        assert "Chỉ số hài lòng" in source and index_row(source, "Huế") is not None, "/stats lacks the index"
        assert index_row(source, "Hà Nội") is None, "/stats shows a group of 1 rating"
        driver.get(base + "/en/satisfaction")
        assert "not a survey" in driver.page_source and index_row(driver.page_source, "Hue") is not None

        # Nothing on disk holds the comment or a rating's levels in the clear.
        for folder, _, files in os.walk(os.path.join(data, "server")):
            for name in files:
                with open(os.path.join(folder, name), "rb") as f:
                    blob = f.read()
                for needle in [CANARY.encode(), b'"staff":5', b"candor-feedback-v1"]:
                    assert needle not in blob, f"{needle!r} found in {name}"

        driver.quit()
        driver = None
        server.terminate()
        output, _ = server.communicate(timeout=20)
        assert server.returncode == 0, f"candor-server exited with {server.returncode} on SIGTERM:\n{output}"
        assert CANARY not in output, "the comment reached the server's log"
        print("browser: feedback form from the home page, 12 ratings, no change before the batch, the group of 11 "
              "shown and the group of 1 hidden after it, nothing in clear on disk; screenshots in " + SHOTS)
        return 0
    finally:
        clean_up(driver, server, data)


if __name__ == "__main__":
    sys.exit(main())
