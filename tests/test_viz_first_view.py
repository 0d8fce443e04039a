"""The page at a glance, in headless Chromium: unlinked nodes hidden until asked
for, labels that do not overlap, legend counts that follow the filters, search by
inflected and Latin forms, year-less dates in the date filter, and the timeline."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.viz import render, write_html
from kg.viz.shot import chromium_paths, open_browser, open_page
from kg.vocab import KGO, KGR

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        chromium_paths() is None,
        reason="headless Chromium missing: apt-get install chromium chromium-driver",
    ),
]

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    pytest.importorskip("selenium", reason="selenium missing: pip install kazkg[dev]")
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    lonely = ds.graph(URIRef(f"{KGR}graph/lonely"))
    for key, name in (("a", "Жалғыз Адам"), ("b", "Басқа Адам")):
        node = URIRef(f"{KGR}entity/person/{key}")
        lonely.add((node, RDF.type, KGO.Person))
        lonely.add((node, RDFS.label, Literal(name, lang="kk")))
    path = tmp_path_factory.mktemp("first") / "page.html"
    write_html(path, render(ds))
    with open_browser(width=1300, height=850) as driver:
        open_page(driver, path)
        yield driver


def js(driver: Any, script: str) -> Any:
    return driver.execute_script(script)


def stats(driver: Any) -> dict[str, Any]:
    return dict(js(driver, "return window.kazkgStats;"))


def reset(driver: Any) -> None:
    driver.find_element("id", "kz-reset").click()


def test_first_view_hides_unlinked_nodes_and_keeps_labels_apart(page: Any) -> None:
    s = stats(page)
    assert s["embedded"] == 25 and s["nodes"] == 23  # the two unlinked people wait
    assert page.find_element("id", "kz-iso-box").text == "Байланыссыз / Unlinked (2)"
    assert s["labels"] > 5
    boxes = s["labelBoxes"]
    for i, (x1, y1, w1, h1) in enumerate(boxes):
        for x2, y2, w2, h2 in boxes[i + 1 :]:
            assert x1 + w1 <= x2 or x2 + w2 <= x1 or y1 + h1 <= y2 or y2 + h2 <= y1
    scale = js(page, "return window.kazkg.network.getScale();")
    assert s["edgeLabels"] == (12 * scale >= 9)  # readable, or not drawn at all
    page.find_element("id", "kz-iso").click()
    assert stats(page)["nodes"] == 25
    reset(page)
    assert stats(page)["nodes"] == 23


def _count(driver: Any, cls: str) -> str:
    return str(
        js(
            driver,
            f"return document.querySelector(\"#kz-legend input[value$='#{cls}']\")"
            ".parentNode.querySelector('.kz-n').textContent;",
        )
    )


def _dates(driver: Any, start: str, end: str) -> None:
    for box, value in (("kz-from", start), ("kz-to", end)):
        js(
            driver,
            f"var e = document.getElementById({box!r}); e.value = {value!r};"
            "e.dispatchEvent(new Event('change'));",
        )


def test_legend_counts_follow_the_filters(page: Any) -> None:
    assert _count(page, "Strike") == "1" and _count(page, "Release") == "1"
    _dates(page, "2021-01-01", "2021-01-31")
    assert _count(page, "Strike") == "1" and _count(page, "Release") == "0 / 1"
    reset(page)
    assert _count(page, "Release") == "1"


def test_year_less_dates_are_filtered_by_month_and_day(page: Any) -> None:
    _dates(page, "2021-02-01", "2021-02-28")
    shown = js(page, "return window.kazkgStats.timeline;")
    labels = [b.text for b in page.find_elements("css selector", "#kz-events button")]
    assert shown == 2 and any("--02-04" in t for t in labels)  # Босату, no year
    _dates(page, "2021-03-01", "2021-03-31")
    assert js(page, "return window.kazkgStats.timeline;") == 0
    reset(page)


@pytest.mark.parametrize("query", ["Боқаев", "боқаевты", "Боқаевтың", "Bokaev", "Boqaev", "боқ"])
def test_search_by_inflected_and_latin_forms(page: Any, query: str) -> None:
    page.find_element("id", "kz-search").send_keys(query)
    assert stats(page)["matched"] == 1
    reset(page)


def test_timeline_lists_events_by_date_and_focuses_one(page: Any) -> None:
    months = [e.text for e in page.find_elements("css selector", "#kz-events .kz-month")]
    assert months == ["2016-01", "2021-01", "2021-02", "--02", "Күні жоқ / Undated"]
    items = page.find_elements("css selector", "#kz-events button")
    dates = [b.find_element("css selector", ".kz-when").text for b in items]
    assert dates == ["2016", "2021-01-04", "2021-01-29", "2021-02", "--02-04", "—"]
    release = next(b for b in items if "Босату" in b.text)
    release.click()
    time.sleep(0.2)
    assert "Босату" in page.find_element("id", "kz-details").text
    assert stats(page)["nodes"] < 10 and stats(page)["timeline"] == 1
    reset(page)
    assert stats(page)["timeline"] == 6
