"""A question asking how far a change went one way ("how much did it go down by") is not answered
by a rise, nor by one year's count."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.answering.narrowing import change_direction, shows_change
from tests.conftest import ingested


def test_the_way_a_question_asks_a_change_went() -> None:
    assert change_direction("how much did stalking go down by") == "down"
    assert change_direction("By how much did burglary fall?") == "down"
    assert change_direction("how many more thefts were there, how much did it rise") == "up"
    assert change_direction("did shoplifting go up or down") == ""  # both ways: neither is presumed
    assert change_direction("how much was awarded to the street pastors") == ""


def test_a_change_shows_its_way_by_its_sign_or_its_words() -> None:
    row = "Stalking — 2021-22: 968; 2022-23: 1,102; Change: +134; % change: +13.8%"
    assert not shows_change(row, "down", 2)  # printed as a rise, whatever its two years
    assert shows_change(row, "up", 2)
    assert shows_change("Burglary fell by 12% on the year before.", "down", 0)
    assert not shows_change("Stalking — 2021-22: 968", "down", 1)  # one year's count is no change
    assert shows_change("Thefts: 210 in 2021-22 and 190 in 2022-23.", "down", 2)  # the reader can tell


def test_a_rise_does_not_answer_how_far_it_went_down(tmp_path: Path, model: Embeddings) -> None:
    lines = [
        "Northvale Community Safety Partnership Strategic Assessment 2023 (fictional)",
        "",
        "Table 1: Recorded offences",
        "Offence | 2021-22 | 2022-23 | Change | % change",
        "Stalking and harassment | 968 | 1,102 | +134 | +13.8%",
        "Burglary | 402 | 351 | -51 | -12.7%",
        "",
        "Road safety",
        "Partners review the road safety plans to reduce casualties on rural roads.",
    ]
    helper = ingested(tmp_path, model, [lines], "sia.pdf")
    assert helper.ask("how much did stalking and harassment go down by").abstained
    burglary = helper.ask("how much did burglary go down by")
    assert "-12.7%" in burglary.text
    assert [(c.document, c.page) for c in burglary.citations] == [("sia.pdf", 1)]
