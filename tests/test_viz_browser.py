"""The page in headless Chromium, opened from file:// with the network off."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset

from kg.viz import render, write_html
from kg.viz.shot import chromium_paths, open_browser, open_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        chromium_paths() is None,
        reason="headless Chromium missing: apt-get install chromium chromium-driver",
    ),
]

FIXTURE = Path(__file__).parent / "fixtures" / "viz_mini.trig"


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    pytest.importorskip("selenium", reason="selenium missing: pip install kazkg[dev]")
    with open_browser(width=1300, height=850) as drv:
        yield drv


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    folder = tmp_path_factory.mktemp("viz")
    out = {}
    for name, page in (
        ("full", render(ds, title="<script>window.pwned=1</script>")),
        ("entities", render(ds, entity_only=True)),
    ):
        out[name] = folder / f"{name}.html"
        write_html(out[name], page)
    return out


def js(driver: Any, script: str) -> Any:
    return driver.execute_script(script)


def stats(driver: Any) -> dict[str, Any]:
    return dict(js(driver, "return window.kazkgStats;"))


def node_id(driver: Any, label: str) -> int:
    found = js(
        driver,
        "var d = JSON.parse(document.getElementById('kz-data').textContent);"
        f"return d.nodes.filter(function (n) {{ return n.l === {label!r}; }})"
        ".map(function (n) { return n.id; });",
    )
    assert len(found) == 1, (label, found)
    return int(found[0])


def point_at(driver: Any, ident: int, *, click: bool) -> None:
    """Move the mouse onto a node (and click it) through the canvas, as a user would."""
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#kz-graph canvas")
    x, y = js(
        driver,
        "var n = window.kazkg.network;"
        f"var p = n.canvasToDOM(n.getPosition({ident})); return [p.x, p.y];",
    )
    size = canvas.size
    actions = ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)
    )
    if click:
        actions = actions.click()
    actions.perform()


def set_value(driver: Any, element_id: str, value: str) -> None:
    js(
        driver,
        f"var e = document.getElementById({element_id!r}); e.value = {value!r};"
        "e.dispatchEvent(new Event('change'));",
    )


def reset(driver: Any) -> None:
    driver.find_element("id", "kz-reset").click()
    assert stats(driver)["nodes"] == 12


@pytest.fixture
def full(driver: Any, pages: dict[str, Path]) -> Any:
    first = open_page(driver, pages["full"])
    assert first["drawn"] is True
    return driver


def test_draws_every_node_offline_and_runs_nothing(full: Any, tmp_path: Path) -> None:
    s = stats(full)
    assert s["nodes"] == 12 and s["edges"] == 9 and s["total"] == 12 and s["mode"] == "events"
    assert js(full, "return window.kazkg.network.body.nodeIndices.length;") == 12
    assert js(full, "return performance.getEntriesByType('resource').length;") == 0
    assert js(full, "return typeof window.pwned;") == "undefined"
    assert js(full, "return document.title;") == "<script>window.pwned=1</script>"
    assert js(full, "return document.getElementById('kz-title').textContent;") == (
        "<script>window.pwned=1</script>"
    )
    assert js(full, "return document.querySelectorAll('img, iframe, svg').length;") == 0
    # Hover and click the hostile person: its label, tooltip and details stay text.
    point_at(full, node_id(full, '<img src=x onerror="window.pwned=1">'), click=True)
    time.sleep(0.5)
    details = full.find_element("id", "kz-details")
    assert '<img src=x onerror="window.pwned=1">' in details.text
    assert details.find_elements("tag name", "a") == []  # javascript: URL is no link
    assert "javascript:window.pwned=1" in details.text
    assert js(full, "return typeof window.pwned;") == "undefined"
    assert js(full, "return document.querySelectorAll('img, iframe, svg, b').length;") == 0
    shot = tmp_path / "mini.png"
    full.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    severe = [e for e in full.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_tooltip_shows_the_evidence(full: Any) -> None:
    point_at(full, node_id(full, "Ереуіл"), click=False)
    deadline = time.monotonic() + 5
    text = ""
    while time.monotonic() < deadline and "ереуілге шықты." not in text:
        time.sleep(0.2)
        text = js(
            full,
            "var t = document.querySelector('div.vis-tooltip');"
            "return t && t.style.visibility !== 'hidden' ? t.textContent : '';",
        )
    assert "Ереуіл · Strike" in text
    assert "2021-01-29" in text and "Ақтөбе облысы" in text
    assert "жұмысшылары 29 қаңтарда ереуілге шықты." in text
    assert "https://example.org/news/b1" in text


def test_click_focuses_the_neighbourhood(full: Any) -> None:
    point_at(full, node_id(full, "Полиция"), click=True)
    time.sleep(0.3)
    assert stats(full)["nodes"] == 2  # the police and its detention
    links = full.find_elements("css selector", "#kz-details a")
    assert [a.get_attribute("href") for a in links] == ["https://example.org/news/b2"]
    assert links[0].get_attribute("rel") == "noopener noreferrer"
    reset(full)


@pytest.mark.parametrize(
    ("query", "matched", "shown"),
    [
        ("полиция", 1, 2),  # the police and its detention
        ("ЕРМАХАН", 1, 2),  # upper case Cyrillic finds the label
        ("ақтөбе", 1, 2),  # Kazakh letters fold too (Ақтөбе облысы, Темір ауданы)
        ("ибраимовты", 1, 2),  # a surface form (altLabel)
        ("жоқ-атау", 0, 0),
    ],
)
def test_search(full: Any, query: str, matched: int, shown: int) -> None:
    box = full.find_element("id", "kz-search")
    box.send_keys(query)
    s = stats(full)
    assert (s["matched"], s["nodes"]) == (matched, shown)
    assert str(matched) in full.find_element("id", "kz-status").text
    reset(full)


def test_filters(full: Any) -> None:
    aktobe = js(
        full,
        "var o = document.querySelectorAll('#kz-region option');"
        "return Array.from(o).map(function (e) { return e.textContent; });",
    )
    assert aktobe == ["—", "Ақтөбе облысы"]
    full.find_element("css selector", "#kz-region option:nth-child(2)").click()
    assert stats(full)["nodes"] == 5  # the strike, its three roles and the region
    reset(full)
    set_value(full, "kz-from", "2021-03-01")
    assert stats(full)["nodes"] == 7  # the detention (+3) and the statement (+2)
    set_value(full, "kz-to", "2021-03-31")
    assert stats(full)["nodes"] == 4
    reset(full)
    strike = full.find_element("css selector", "#kz-legend input[value$='#Strike']")
    strike.click()
    assert stats(full)["nodes"] == 7
    reset(full)
    person = full.find_element("css selector", "#kz-legend input[value$='#Person']")
    person.click()
    assert stats(full)["nodes"] == 10
    reset(full)


def test_entity_only_mode(full: Any) -> None:
    full.find_element("id", "kz-entity-only").click()
    s = stats(full)
    assert (s["mode"], s["nodes"], s["edges"]) == ("entities", 9, 3)
    labels = js(
        full,
        "var n = window.kazkg.network; return n.body.edgeIndices.map("
        "function (i) { return n.body.edges[i].options.label; }).sort();",
    )
    assert labels == sorted(["орналасқан жері", "ұстаған", "ереуіл жарияланған"])
    set_value(full, "kz-from", "2021-03-01")
    assert stats(full)["nodes"] == 2  # Ермахан Ибраимов -ұстаған-> Полиция
    full.find_element("id", "kz-reset").click()
    full.find_element("id", "kz-entity-only").click()
    assert stats(full)["mode"] == "events" and stats(full)["nodes"] == 12


def test_entity_only_page(driver: Any, pages: dict[str, Path]) -> None:
    s = open_page(driver, pages["entities"])
    # the three entities with no plain edge are hidden until asked for
    assert (s["mode"], s["nodes"], s["edges"]) == ("entities", 6, 3)
    assert not driver.find_element("id", "kz-entity-only").is_displayed()
    assert driver.find_element("id", "kz-iso-box").text == "Байланыссыз / Unlinked (3)"
    driver.find_element("id", "kz-iso").click()
    assert stats(driver)["nodes"] == 9


def test_screenshot_command(
    pages: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.viz.shot import main

    png = tmp_path / "docs" / "graph.png"
    main([str(pages["full"]), str(png), "--width", "900", "--height", "600"])
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 10_000
    assert "12 nodes, 9 edges drawn" in capsys.readouterr().out


def test_empty_graph_draws(driver: Any, tmp_path: Path) -> None:
    from rdflib import Graph

    page = tmp_path / "empty.html"
    write_html(page, render(Graph()))
    s = open_page(driver, page, timeout=20)
    assert (s["nodes"], s["edges"], s["total"]) == (0, 0, 0)
