"""Open pages in headless Chromium with the network off; save screenshots.

    python -m kg.viz.shot PAGE.html docs/graph.png [--width 1400 --height 900]

Needs the `chromium` and `chromium-driver` packages (Debian) and selenium
(`pip install kazkg[dev]`). The tests and `bench/bench_viz.py` use
`open_browser` too.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["chromium_paths", "open_browser", "open_page", "screenshot"]

_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--disable-default-apps",
    # Any request that slips past the offline switch goes to a closed port.
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
)


def chromium_paths() -> tuple[str, str] | None:
    """(browser, driver) executables, or None when either is missing."""
    browser = next(
        (
            p
            for name in ("chromium", "chromium-browser", "google-chrome")
            if (p := shutil.which(name))
        ),
        None,
    )
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@contextlib.contextmanager
def open_browser(*, width: int = 1400, height: int = 900) -> Iterator[Any]:
    """A selenium Chrome driver on headless Chromium, offline, with a fresh profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    paths = chromium_paths()
    if paths is None:
        raise RuntimeError("headless Chromium not found: install chromium and chromium-driver")
    browser, driver_path = paths
    with tempfile.TemporaryDirectory(prefix="kazkg-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in _FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile}")
        options.add_argument(f"--window-size={width},{height}")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            driver.execute_cdp_cmd("Network.enable", {})
            driver.execute_cdp_cmd(
                "Network.emulateNetworkConditions",
                {
                    "offline": True,
                    "latency": 0,
                    "downloadThroughput": 0,
                    "uploadThroughput": 0,
                },
            )
            yield driver
        finally:
            driver.quit()


def open_page(driver: Any, page: Path, *, timeout: float = 120.0) -> dict[str, Any]:
    """Load a kazkg page from file:// and wait until it has drawn; its `kazkgStats`."""
    driver.get(page.resolve().as_uri())
    deadline = time.monotonic() + timeout
    while True:
        stats = driver.execute_script("return window.kazkgStats || null;")
        if stats and stats.get("drawn"):
            return dict(stats)
        if time.monotonic() > deadline:
            raise TimeoutError(f"{page} did not draw within {timeout:.0f} s: {stats}")
        time.sleep(0.05)


def screenshot(page: Path, png: Path, *, width: int = 1400, height: int = 900) -> dict[str, Any]:
    """Draw `page` offline and save what the browser shows as `png`."""
    with open_browser(width=width, height=height) as driver:
        stats = open_page(driver, page)
        time.sleep(0.3)
        png.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(png))
    return stats


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m kg.viz.shot", description=__doc__.split("\n")[0]
    )
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    stats = screenshot(args.page, args.png, width=args.width, height=args.height)
    print(f"{args.png}: {stats['nodes']} nodes, {stats['edges']} edges drawn")


if __name__ == "__main__":
    main()
