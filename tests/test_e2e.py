"""End to end: the app served by `streamlit run`, driven in headless Chromium (Debian's chromium and
chromedriver, no browser download). Screenshots of every page go to tests/artifacts/."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian chromium/chromedriver not installed")

from tests.test_app import app_data  # noqa: E402,F401  (the same prepared data folder)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(app_data, tmp_path_factory):  # noqa: F811
    port = free_port()
    env = {**os.environ, "MIGRATIEZOEKER_DATA": str(app_data), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true",
                             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.5)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1600", f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


def wait_for(browser, text: str, timeout: float = 120) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if text in browser.find_element("tag name", "body").text:
            return
        time.sleep(0.5)
    raise AssertionError(f"'{text}' did not appear")


def test_query_in_the_browser_and_screenshots(server, browser) -> None:
    from selenium.webdriver.common.keys import Keys

    ARTIFACTS.mkdir(exist_ok=True)
    browser.get(server)
    wait_for(browser, "Zoekvraag")
    box = browser.find_element("css selector", "input[aria-label='Zoekvraag']")
    box.send_keys("Wie stelt voortaan het incidentenoverzicht op?", Keys.ENTER)
    wait_for(browser, "kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt")
    first = browser.find_elements("css selector", ".hit-title a")[0]
    assert "doc=kamerbrief-incidentenoverzicht-en-staat-van-migratie.txt" in first.get_attribute("href")
    assert browser.find_elements("css selector", ".doctext mark")
    time.sleep(1)
    browser.save_screenshot(str(ARTIFACTS / "zoeken.png"))
    first.click()  # the result leads to the document view at its page
    wait_for(browser, "Download origineel")
    assert "Incidentenoverzicht" in browser.find_element("tag name", "body").text
    ready = {"Tijdlijn": "Exporteer", "Toezeggingen": "Exporteer", "Moties": "Exporteer",
             "Introductiedossier": "Gerelateerde brieven", "Document": "Pagina"}
    for page, text in ready.items():
        browser.get(f"{server}/?pagina={page}")
        wait_for(browser, text)
        time.sleep(4)  # charts and tables draw after the text
        browser.save_screenshot(str(ARTIFACTS / f"{page.lower()}.png"))
    # a letter containing <script> shows it as text
    browser.get(f"{server}/?doc=dossier.txt&page=1")
    wait_for(browser, "<script>alert('x')</script>")
