"""Publication dates of plain-text files (--date, a date in the file name) and
the order of year-less dates: dated first, then --MM-DD by month and day, then
undated; no placeholders in CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli import cli
from kg.errors import InputError
from kg.inputs import file_date, read_briefs
from kg.model import Brief

STRIKE = "29 қаңтарда Ақтөбе облысында жұмысшылар ереуілге шықты."
DETENTION = "21 желтоқсанда Алматыда полиция белсенді Ерлан Қалиевті ұстады."
OLD = "2016 жылы Атырауда белсенділер митингіге шықты."
UNDATED = "Шымкентте мұғалімдер наразылық акциясын өткізді."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2021-01-15.txt", "2021-01-15"),
        ("azattyq_2021-01-15.txt", "2021-01-15"),
        ("2021-02-30.txt", None),
        ("news.txt", None),
        ("12021-01-15.txt", None),
    ],
)
def test_file_date(name: str, expected: str | None) -> None:
    assert file_date(Path(name)) == expected


def _dates(paths: list[Path], **kw: str) -> list[str | None]:
    return [b.date for b in read_briefs(paths, **kw) if isinstance(b, Brief)]


def test_plain_text_takes_the_date_given_or_named(tmp_path: Path) -> None:
    named = tmp_path / "2021-01-30.txt"
    plain = tmp_path / "news.txt"
    for p in (named, plain):
        p.write_text(STRIKE + "\n", encoding="utf-8")
    assert _dates([named, plain]) == ["2021-01-30", None]
    assert _dates([named, plain], published="2021-02-01") == ["2021-02-01", "2021-02-01"]
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        _dates([plain], published="30.01.2021")


def test_date_option_gives_events_their_year(tmp_path: Path) -> None:
    src = tmp_path / "news.txt"
    src.write_text(STRIKE + "\n", encoding="utf-8")
    out = tmp_path / "o"
    result = CliRunner().invoke(
        cli, ["build", str(src), "--date", "2021-01-30", "--out", str(out), "--no-html"]
    )
    assert result.exit_code == 0, result.output
    rows = api.query("SELECT ?d WHERE { ?e a kgo:Strike ; kgo:date ?d }", out=out).rows
    assert [str(r[0]) for r in rows] == ["2021-01-29"]
    bad = CliRunner().invoke(cli, ["build", str(src), "--date", "soon", "--out", str(out)])
    assert bad.exit_code == 1 and bad.output.startswith("Error: publication date 'soon'")


def test_timeline_puts_year_less_dates_after_dated_ones(tmp_path: Path) -> None:
    src = tmp_path / "news.txt"
    src.write_text("\n".join([DETENTION, UNDATED, OLD, STRIKE]) + "\n", encoding="utf-8")
    dated = tmp_path / "2021-02-01.txt"
    dated.write_text(STRIKE.replace("29", "28") + "\n", encoding="utf-8")
    out = tmp_path / "o"
    api.build([src, dated], out=out, html=False)
    dates = [r["date"] for r in api.query(name="timeline", out=out).records()]
    assert dates == ["2016", "2021-01-28", "--01-29", "--12-21", None]
    result = CliRunner().invoke(
        cli, ["query", "--name", "timeline", "--format", "csv", "--out", str(out)]
    )
    assert "~" not in result.output
    assert result.output.splitlines()[-1].startswith(",")
    detained = api.query(name="detentions", out=out).records()
    assert [r["date"] for r in detained] == ["--12-21"]


def test_page_filters_year_less_dates_by_month_and_day(tmp_path: Path) -> None:
    from kg.viz import to_networkx

    src = tmp_path / "news.txt"
    src.write_text(DETENTION + "\n", encoding="utf-8")
    out = tmp_path / "o"
    api.build([src], out=out, html=False)
    g = to_networkx(api.load_dataset(out))
    detention = next(d for _, d in g.nodes(data=True) if d["cls"].endswith("#Detention"))
    assert (detention["d0"], detention["md"]) == ("", ["12-21"])
