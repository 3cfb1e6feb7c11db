"""End to end: the app served by `streamlit run`, driven in headless Chromium (Debian's chromium and
chromedriver, no browser download), over a store that holds two real letters, a dossier and hostile
letters (script, HTML, Markdown links and images in titles and text, spreadsheet formulas).

It shows that nothing a document holds is rendered or run (no script runs, no outside address is
fetched, no link is made from Markdown), that CSV exports are neutralized, that two uploads whose
names sanitize alike are both stored, and measures a query's latency in the browser (from Enter to
the first result drawn; recorded in tests/artifacts/latency.json). Screenshots of every page go to
tests/artifacts/."""
from __future__ import annotations

import csv
import datetime as dt
import http.server
import io
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingest import Document, Page, ParsedDocument, Store, Tag
from index import build_index

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian chromium/chromedriver not installed")

from tests.test_app import LETTER, app_data  # noqa: E402,F401  (the same prepared data folder)

SOON = (dt.date.today() + dt.timedelta(days=20)).isoformat()
QUERIES = ("Wie stelt voortaan het incidentenoverzicht op?", "Hoeveel Dublinclaims leiden tot een overdracht?",
           "nota over de actuele situatie in de migratieketen")
LATENCY_BOUND = 10.0  # seconds: far above what is measured, so only a real regression fails


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def trap():
    """An 'outside' web server: every request the browser makes to it is recorded (none may be)."""
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            seen.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()


def hostile_letters(outside: str) -> list[ParsedDocument]:
    """A letter whose title and text are Markdown and HTML that would run, link and fetch, with
    commitments and deadlines that are spreadsheet formulas; and a letter citing it by date."""
    title = f"**vet** [klik](javascript:window.pwned=1) ![x]({outside}/titel.png) <img src={outside}/t.png>"
    text = (f"<script>window.pwned=1</script> <img src=x onerror=\"window.pwned=1\"> ![beeld]({outside}/tekst.png) "
            f"[klik hier]({outside}/link) <b>vet</b> Ik zal uw Kamer binnen twintig dagen informeren.\n"
            f"=HYPERLINK(\"{outside}/csv\",\"klik\") +cmd|' /C calc'!A0\n- x")
    formula = f'=HYPERLINK("{outside}/csv","klik")'
    tags = (Tag.of("commitment", formula, 1, 0, 30, {"status": "open", "to_whom": "- x", "where_made": "+cmd|' /C calc'!A0",
                                                      "date_start": SOON, "date_end": SOON}),
            Tag.of("deadline", "+cmd|' /C calc'!A0", 1, 40, 60, {"date_text": "@SUM(1+1)", "date_start": SOON,
                                                                   "date_end": SOON}),
            Tag.of("reference", f"[bron]({outside}/ref)", 1, 61, 70, {"normalized": "javascript:alert(1)",
                                                                      "ref_type": "ecli"}))
    hostile = ParsedDocument(Document("9" * 64, "vijandig.txt", title, "2023-01-10", "kamerbrief", "<i>Kamer</i>",
                                      None, None, 1), (Page(1, text),), tags=tags)
    quote = "Bij brief van 10 januari 2023 heb ik u geïnformeerd."
    citing = ParsedDocument(
        Document("8" * 64, "verwijzende-brief.txt", "Verwijzingen naar eerdere stukken", "2023-06-01", "kamerbrief",
                 "Tweede Kamer", None, None, 1), (Page(1, f"{quote} Zie ook Kamerstuk 35300 VI, nr. 63."),),
        tags=(Tag.of("reference", quote, 1, 0, len(quote), {"normalized": None, "ref_type": "brief"}),
              Tag.of("reference", "Kamerstuk 35300 VI, nr. 63", 1, len(quote) + 9, len(quote) + 35,
                     {"normalized": "35300-VI-63", "ref_type": "kamerstuk"})))
    return [hostile, citing]


@pytest.fixture(scope="module")
def e2e_data(app_data, trap, tmp_path_factory) -> Path:  # noqa: F811
    data = tmp_path_factory.mktemp("e2e") / "data"
    shutil.copytree(app_data, data)
    with Store(data) as store:
        for parsed in hostile_letters(trap[0]):
            store.put(parsed)
    build_index(data, progress=False)  # brought up to date here: the app never builds on a page load
    return data


@pytest.fixture(scope="module")
def server(e2e_data):
    port = free_port()
    env = {**os.environ, "MIGRATIEZOEKER_DATA": str(e2e_data), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true",
                             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.5)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory, downloads):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1600", f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        opts.add_argument(flag)
    opts.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                           "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield driver
    driver.quit()


def body(browser) -> str:
    return browser.find_element("tag name", "body").text


def wait_for(browser, text: str, timeout: float = 120) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if text in body(browser):
            return
        time.sleep(0.25)
    raise AssertionError(f"'{text}' did not appear")


def wait_idle(browser, timeout: float = 120) -> None:
    """Until the script run is over (Streamlit's 'running' indicator gone for a second)."""
    end, quiet = time.time() + timeout, 0
    while time.time() < end and quiet < 4:
        running = browser.execute_script("return !!document.querySelector('[data-testid=\"stStatusWidget\"]')")
        quiet = 0 if running else quiet + 1
        time.sleep(0.25)


def open_page(browser, url: str, ready: str) -> None:
    browser.get(url)
    wait_for(browser, ready)
    wait_idle(browser)


def open_history(browser, server: str) -> None:
    """The Tijdlijn's full history (behind its toggle)."""
    open_page(browser, f"{server}/?pagina=Tijdlijn", "Komende 90 dagen")
    next(e for e in browser.find_elements("css selector", "label") if "Volledige geschiedenis" in e.text).click()
    wait_for(browser, "Aantal per maand")
    wait_idle(browser)


def nothing_ran_or_linked(browser, outside: str) -> None:
    assert browser.execute_script("return window.pwned") is None
    hrefs = browser.execute_script("return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.lower().startswith("javascript") or h.startswith(outside)]
    assert not browser.execute_script("return document.querySelectorAll('img[src*=\"127.0.0.1\"], img[onerror]').length")


def search_latency(browser, query: str) -> float:
    """Seconds from Enter in the question box until the first result is drawn, timed by the page
    itself (a keydown listener and a MutationObserver); asked on a fresh page, so no earlier result
    can be mistaken for it."""
    from selenium.webdriver.common.keys import Keys

    box = browser.find_element("css selector", "input[aria-label='Zoekvraag']")
    box.send_keys(query)
    browser.execute_script("""
        window.t0 = null; window.t1 = null;
        document.addEventListener('keydown', e => { if (e.key === 'Enter' && !window.t0) window.t0 = performance.now(); },
                                  {capture: true});
        new MutationObserver(() => { if (window.t0 && !window.t1 && document.querySelector('.hit-title'))
            window.t1 = performance.now(); }).observe(document.body, {childList: true, subtree: true});""")
    box.send_keys(Keys.ENTER)
    end = time.time() + 60
    while time.time() < end and not browser.execute_script("return window.t1"):
        time.sleep(0.05)
    t0, t1 = browser.execute_script("return [window.t0, window.t1]")
    assert t0 and t1, f"no result drawn for {query!r}"
    wait_idle(browser)
    return (t1 - t0) / 1000


def ask(browser, server: str, query: str) -> float:
    open_page(browser, server, "documenten doorzoekbaar")
    return search_latency(browser, query)


def test_search_latency_and_screenshot(server, browser, trap) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    seconds = [ask(browser, server, q) for q in QUERIES]
    (ARTIFACTS / "latency.json").write_text(json.dumps(
        {"queries": list(QUERIES), "seconds": [round(s, 3) for s in seconds], "median": round(statistics.median(seconds), 3),
         "measured": "in the browser, from Enter to the first result drawn", "load": os.getloadavg()[0]}, indent=1))
    assert max(seconds) < LATENCY_BOUND
    ask(browser, server, "incidentenoverzicht WODC migratieketen")  # grouped, with 'meer uit dit document'
    first = browser.find_elements("css selector", ".hit-title a")[0]
    assert f"doc={LETTER}" in first.get_attribute("href")
    assert browser.find_elements("css selector", ".doctext mark") and "Bevat:" in body(browser)
    more = [e for e in browser.find_elements("css selector", "summary") if "meer uit dit document" in e.text]
    if more:
        more[0].click()
        time.sleep(1)
    browser.save_screenshot(str(ARTIFACTS / "zoeken.png"))
    ask(browser, server, "klik hier vet script")  # the hostile letter among the results
    wait_for(browser, "vijandig.txt")
    nothing_ran_or_linked(browser, trap[0])


def test_every_page_shows_documents_as_text_and_screenshots(server, browser, trap) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    outside, seen = trap
    pages = {"Tijdlijn": ("Komende 90 dagen", "tijdlijn"), "Toezeggingen": ("Exporteer", "toezeggingen"),
             "Moties": ("Exporteer", "moties"), "Introductiedossier": ("Gerelateerde brieven", "introductiedossier")}
    for page, (ready, shot) in pages.items():
        open_page(browser, f"{server}/?pagina={page}", ready)
        time.sleep(2)  # charts and tables draw after the text
        browser.save_screenshot(str(ARTIFACTS / f"{shot}.png"))
        nothing_ran_or_linked(browser, outside)
    open_history(browser, server)
    time.sleep(2)
    browser.save_screenshot(str(ARTIFACTS / "tijdlijn-geschiedenis.png"))
    nothing_ran_or_linked(browser, outside)
    open_page(browser, f"{server}/?doc=verwijzende-brief.txt", "Verwijst naar ingelezen documenten")
    time.sleep(2)
    browser.save_screenshot(str(ARTIFACTS / "document.png"))
    link = next(a for a in browser.find_elements("css selector", ".cited a"))
    assert "doc=vijandig.txt" in link.get_attribute("href") and "**vet** [klik](javascript:" in link.text
    link.click()  # the cited letter's own view: its hostile title and text shown as written
    wait_for(browser, "<script>window.pwned=1</script>")
    wait_idle(browser)
    assert "**vet** [klik](javascript:window.pwned=1)" in body(browser)
    browser.save_screenshot(str(ARTIFACTS / "document-vijandig.png"))
    nothing_ran_or_linked(browser, outside)
    open_page(browser, f"{server}/?doc=dossier.txt&page=1", "<script>alert('x')</script>")
    assert seen == []  # no outside address was fetched on any page


def download(browser, folder: Path, button: str, name: str) -> list[list[str]]:
    target = folder / name
    target.unlink(missing_ok=True)
    next(b for b in browser.find_elements("css selector", "button") if button in b.text).click()
    end = time.time() + 30
    while time.time() < end and not target.exists():
        time.sleep(0.25)
    time.sleep(0.5)
    return list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_csv_exports_are_neutralized(server, browser, downloads) -> None:
    """Each CSV export (made on the click, from the store) holds the formulas as text."""
    for page, name in (("Tijdlijn", "tijdlijn.csv"), ("geschiedenis", "tijdlijn.csv"), ("Toezeggingen", "toezeggingen.csv")):
        if page == "geschiedenis":
            open_history(browser, server)
        else:
            open_page(browser, f"{server}/?pagina={page}", "Exporteer als CSV")
        rows = download(browser, downloads, "Exporteer als CSV", name)
        cells = [c for r in rows[1:] for c in r]
        assert any("HYPERLINK" in c for c in cells)
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert "'=HYPERLINK(" in "".join(cells) and "'+cmd|" in "".join(cells)


def test_uploads_with_colliding_names_are_both_stored(server, browser, e2e_data, tmp_path) -> None:
    files = []
    for name, source in (("报告.pdf", "circulaire-economie-p1.pdf"), ("تقرير.pdf", "missiegedreven-p1.pdf")):
        files.append(tmp_path / name)
        shutil.copy(ROOT / "tests" / "fixtures" / source, files[-1])
    open_page(browser, server, "Zoekvraag")
    next(e for e in browser.find_elements("css selector", "summary") if "Documenten toevoegen" in e.text).click()
    browser.find_element("css selector", "input[type=file]").send_keys("\n".join(map(str, files)))
    wait_for(browser, files[1].name, timeout=60)
    click = """const b = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Toevoegen');
        if (b) { b.scrollIntoView(); b.click(); } return !!b;"""
    end = time.time() + 60  # the button shows once the files are in
    while not browser.execute_script(click) and time.time() < end:
        time.sleep(0.25)
    wait_for(browser, "2 toegevoegd, 0 al aanwezig, 0 mislukt", timeout=300)
    with Store(e2e_data) as store:
        assert {"pdf.pdf", "pdf-2.pdf"} <= {d.name for d in store.documents()}
