"""The HTML report: self-contained and escaped, then loaded in a real headless Chromium.

Browser tests skip when chromium or chromedriver is missing, unless POWTEXT_REQUIRE_BROWSER=1
(CI sets it), when they fail instead.
"""

from __future__ import annotations

import os
import re
from html import unescape

import pytest

from powtext.cli import main
from powtext.views.common import read_documents

from .annotated_sample import HOSTILE_ID, write_sample
from .browser import chrome, missing


@pytest.fixture(scope="module")
def report(tmp_path_factory, corpus_doc):
    folder = tmp_path_factory.mktemp("html")
    sample = write_sample(folder / "sample.jsonl", corpus_doc)
    page = folder / "report.html"
    assert main(["html", str(sample), "--output", str(page), "-q"]) == 0
    return sample, page


def test_page_is_self_contained_and_escaped(report):
    _, page = report
    html = page.read_text("utf-8")
    assert html.count("<script") == 1  # ours only: the document's tags are text
    assert "&lt;script&gt;window.__pwned = " in html
    assert "&lt;/textarea&gt;&lt;/title&gt;&lt;img src=x onerror=" in html
    assert "<img" not in html and "onerror=" not in html.replace("onerror=&quot;", "")
    assert HOSTILE_ID not in html and "../hostile &lt;doc&gt; &amp; co" in html
    # no network: nothing is loaded from anywhere, and the policy forbids it anyway
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert "default-src 'none'" in unescape(policy.group(1))


@pytest.fixture(scope="module")
def browser():
    why = missing()
    if why:
        if os.environ.get("POWTEXT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"POWTEXT_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)
    with chrome() as driver:
        yield driver


@pytest.fixture
def opened(browser, report):
    sample, page = report
    browser.get(page.as_uri())
    assert browser.execute_script("return document.body.dataset.ready") == "true"
    return browser, read_documents(sample)


def _count(driver, css):
    return driver.execute_script(f"return document.querySelectorAll({css!r}).length")


def _visible_annotations(driver):
    """Distinct annotations that are highlighted and on screen (not filtered, not hidden)."""
    return driver.execute_script("""
        const keys = new Set();
        document.querySelectorAll('.ann:not(.off)').forEach((el) => {
            if (el.offsetParent !== null &&
                getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)') {
                keys.add(el.dataset.key);
            }
        });
        return keys.size;""")


def test_loads_without_errors_and_script_never_runs(opened, tmp_path):
    driver, docs = opened
    errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert errors == []
    assert driver.execute_script("return window.__pwned") is None
    assert driver.title == "powtext report: sample.jsonl"
    hostile = driver.execute_script(
        "return document.querySelector('article.doc').textContent")
    assert '<script>window.__pwned = 1; document.title = "pwned";</script>' in hostile
    assert '</textarea></title><img src=x onerror="window.__pwned = 2">' in hostile
    total = sum(len(d.annotations) for d in docs)
    assert _visible_annotations(driver) == total
    assert driver.find_element("id", "shown").text == f"Showing {total} of {total} annotations"
    shot = tmp_path / "report.png"
    assert driver.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_type_filter(opened):
    driver, docs = opened
    total = sum(len(d.annotations) for d in docs)
    dates = sum(1 for d in docs for a in d.annotations if a.type == "date")
    driver.find_element("css selector", "input[name=type][value=date]").click()
    assert _visible_annotations(driver) == total - dates
    assert _count(driver, ".ann[data-type=date]:not(.off)") == 0
    assert _count(driver, "svg .mark:not(.off)") == 0
    driver.find_element("css selector", "input[name=type][value=entity]").click()
    entities = sum(1 for d in docs for a in d.annotations if a.type == "entity")
    assert _visible_annotations(driver) == total - dates - entities
    assert driver.find_element("id", "shown").text == \
        f"Showing {total - dates - entities} of {total} annotations"
    assert not driver.find_element("css selector", "#entities tbody tr").is_displayed()
    driver.find_element("css selector", "input[name=type][value=date]").click()
    driver.find_element("css selector", "input[name=type][value=entity]").click()
    assert _visible_annotations(driver) == total


def test_language_filter(opened):
    driver, docs = opened
    total = sum(len(d.annotations) for d in docs)
    ja = sum(1 for d in docs for a in d.annotations if a.lang == "ja")
    ja_segments = sum(1 for d in docs for s in d.segments if s.lang == "ja")
    driver.find_element("css selector", "input[name=lang][value=ja]").click()
    assert _visible_annotations(driver) == total - ja
    hidden = driver.execute_script(
        "return [...document.querySelectorAll('.seg')].filter((s) => !s.offsetParent)"
        ".map((s) => s.dataset.lang)")
    assert hidden == ["ja"] * ja_segments
    forms = driver.find_elements("css selector", "#entities .form[data-lang=ja]")
    assert forms and not any(f.is_displayed() for f in forms)
    driver.find_element("css selector", "input[name=lang][value=ja]").click()
    assert _visible_annotations(driver) == total


def test_hover_shows_value_identity_and_source(opened):
    from selenium.webdriver.common.action_chains import ActionChains

    driver, docs = opened
    mark = driver.find_element("css selector", ".ann[data-type=entity][data-lang=ru]")
    ActionChains(driver).move_to_element(mark).perform()
    tip = driver.find_element("id", "tip")
    assert tip.is_displayed()
    ann = next(a for d in docs for a in d.annotations if a.lang == "ru" and a.type == "entity"
               and a.id == mark.get_attribute("data-id") and a.text == mark.text)
    for expected in (ann.label, ann.canonical, ann.source, "ru"):
        assert expected in tip.text
    date = driver.find_element("css selector", ".ann[data-type=date][data-lang=ja]")
    ActionChains(driver).move_to_element(date).perform()
    assert "1939/1956" in tip.text
