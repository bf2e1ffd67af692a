"""Two meetings of one day in two partnerships' minutes are told in the same order in every process,
whatever the hash seed that orders a set of names."""

from __future__ import annotations

import os
import subprocess
import sys

_SNIPPET = """
from assistant.facts.attendance import answer_attendance
from assistant.types import Sources
from ingest.facts.attendance import Attendee
docs = ["north/minutes-2024-06-11.pdf", "south/minutes-2024-06-11.pdf", "east/minutes-2024-06-11.pdf"]
attendees = [Attendee(d, "apologies", f"Member {i}", 1, f"Apologies: Member {i}") for i, d in enumerate(docs)]
sources = Sources(dates=dict.fromkeys(docs, "2024-06-11"))
answer = answer_attendance("who sent apologies to the june 2024 board", attendees, sources, {})
print(answer.text if answer else "")
"""


def test_meetings_of_one_day_are_told_in_one_order_whatever_the_hash_seed() -> None:
    texts = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [sys.executable, "-c", _SNIPPET], env=env, capture_output=True, text=True, check=True
        )
        texts.add(done.stdout)
    assert len(texts) == 1 and "Member" in texts.pop()
