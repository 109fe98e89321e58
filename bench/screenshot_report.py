"""Render the HTML report of an annotation file in headless Chromium and save a screenshot.

    .venv/bin/python bench/screenshot_report.py [out/annotations.jsonl] [docs/report-screenshot.png]

Needs Debian's chromium and chromium-driver. The page is opened with a date filter turned off
and the tooltip of one entity showing, so the picture shows what a reader sees.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import chrome, missing  # noqa: E402

from powtext.views.common import read_documents, select  # noqa: E402
from powtext.views.html import report  # noqa: E402


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else ROOT / "out" / "annotations.jsonl"
    target = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "report-screenshot.png"
    why = missing()
    if why:
        print(f"screenshot_report: {why}", file=sys.stderr)
        return 1
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    docs = read_documents(source)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(report(select(docs, source), source=source.name), "utf-8")
        with chrome(1280, 1000) as driver:
            driver.get(page.as_uri())
            # scroll so the first paragraphs sit under the sticky filter bar, then hover an entity
            driver.execute_script("document.querySelector('article.doc').scrollIntoView();"
                                  "window.scrollBy(0, -110);")
            marks = driver.find_elements(By.CSS_SELECTOR, ".seg[data-kind=paragraph] "
                                                          ".ann[data-type=entity]")
            if marks:
                ActionChains(driver).move_to_element(marks[min(3, len(marks) - 1)]).perform()
            target.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(target))
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    print(f"screenshot_report: {target} ({len(errors)} console errors)")
    for error in errors:
        print(f"  {error['message']}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
