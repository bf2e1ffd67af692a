"""The Funding tab of the chat UI: its layout and its events, a part of `ChatUI` (ui.py).

Every funding decision found, with filters, the total of the rows shown (each decision counted
once), CSV and Excel downloads of exactly those rows, and one item's timeline across documents,
opened by clicking its row or picking it by name (a keyboard user types it and presses Enter). The
work is in funding_view.py and timeline_view.py, free of Gradio.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import gradio as gr

# Gradio reads handler annotations at run time (gr.SelectData): they must be real imports here.
from assistant.app.funding_view import (
    ALL,
    FUNDING_HEADERS,
    decision_for_row,
    filter_choices,
    funding_rows,
    glossary_values,
    table_values,
    totals_line,
    write_csv,
    write_xlsx,
)
from assistant.app.handlers import UIHandlers
from assistant.app.timeline_view import (
    TIMELINE_HEADERS,
    item_choices,
    label_of,
    state_for_row,
    timeline_labels,
    timeline_title,
    timeline_values,
)
from ingest.facts.decision_types import FundingDecision


@dataclass(frozen=True)
class FundingTab:
    """The Funding tab's components that a change of index refreshes, in `refresh_funding`'s order."""

    refreshed: tuple[Any, ...]  # table, shown, CSV, Excel, total, item picker, year, priority, window


class FundingTabUI(UIHandlers):
    """The Funding tab's builder and handlers."""

    def funding_tab(self) -> FundingTab:
        """Decisions with filters, total and downloads; an item's timeline; the page of a clicked row."""
        knowledge = self.assistant.knowledge
        choices = filter_choices(knowledge)
        with gr.Tab("Funding"):
            gr.Markdown(
                "Every funding decision found in the documents. Click a row to open its page and its item's "
                "timeline. Where the documents give another figure for the same item, it is shown under "
                "*Also stated*."
            )
            with gr.Row():
                year = gr.Dropdown(choices["year"], value=ALL, label="Year")
                priority = gr.Dropdown(choices["priority"], value=ALL, label="Priority")
                window = gr.Dropdown(choices["window"], value=ALL, label="Window")
                minimum = gr.Number(None, label="At least (£)", minimum=0)
                search = gr.Textbox(label="Search", placeholder="e.g. domestic abuse")
            initial = funding_rows(knowledge)
            totals = gr.Markdown(totals_line(knowledge, initial), elem_id="funding-totals")
            table = gr.Dataframe(
                headers=FUNDING_HEADERS,
                value=table_values(knowledge, initial),
                interactive=False,
                elem_id="funding",
                wrap=True,
                datatype=["str", "number", "str", "str", "str", "str", "number", "str", "str"],
                column_widths=["20%", "8%", "9%", "14%", "7%", "14%", "5%", "11%", "12%"],
            )
            shown = gr.State(initial)
            with gr.Row():
                csv = gr.DownloadButton("Download CSV", value=None, elem_id="funding-csv")
                xlsx = gr.DownloadButton("Download Excel", value=None, elem_id="funding-xlsx")
            with gr.Row():
                with gr.Column(scale=3):
                    item = gr.Dropdown(
                        item_choices(knowledge, initial),
                        value=None,
                        label="Item: its decisions across documents (type a name, then Enter)",
                        elem_id="funding-item",
                    )
                    heading = gr.Markdown(elem_id="funding-timeline-title")
                    timeline = gr.Dataframe(
                        headers=TIMELINE_HEADERS,
                        interactive=False,
                        elem_id="funding-timeline",
                        wrap=True,
                        column_widths=["11%", "24%", "7%", "10%", "7%", "18%", "6%", "17%"],
                    )
                with gr.Column(scale=2):
                    image = gr.Image(
                        label="Page", type="filepath", interactive=False, elem_id="funding-page", buttons=[]
                    )
                    text = gr.Markdown(elem_id="funding-page-text")
        filters: list[Any] = [year, priority, window, minimum, search]
        for control in filters:
            control.change(self.show_funding, [*filters, item], [table, shown, csv, xlsx, totals, item])
        table.select(self.open_decision, [shown], [image, text, item])
        item.change(self.show_timeline, [item], [heading, timeline])
        timeline.select(self.open_state, [item], [image, text])
        return FundingTab((table, shown, csv, xlsx, totals, item, year, priority, window))

    def show_funding(
        self,
        year: str,
        priority: str,
        window: str,
        min_amount: float | None,
        search: str,
        item: str | None = None,
    ) -> tuple[Any, ...]:
        """The decisions the filters select: table values, the decisions shown, their CSV and Excel
        files, their total, and the items they belong to (the item picked stays while it is shown)."""
        knowledge = self.assistant.knowledge
        shown = funding_rows(knowledge, year, priority, window, min_amount, search)
        name = f"funding-{uuid.uuid4().hex[:12]}"
        csv = write_csv(knowledge, shown, self.exports / f"{name}.csv")
        xlsx = write_xlsx(knowledge, shown, self.exports / f"{name}.xlsx")
        items = item_choices(knowledge, shown)
        return (
            table_values(knowledge, shown),
            shown,
            gr.update(value=str(csv)),
            gr.update(value=str(xlsx)),
            totals_line(knowledge, shown),
            gr.update(choices=items, value=item if item in items else None),
        )

    def refresh_funding(self) -> tuple[Any, ...]:
        """Funding and Glossary tables rebuilt from the index, with every filter back to All."""
        choices = filter_choices(self.assistant.knowledge)
        listing = self.show_funding(ALL, ALL, ALL, None, "")
        updates = [gr.update(choices=choices[key], value=ALL) for key in ("year", "priority", "window")]
        return (*listing, *updates, glossary_values(self.assistant.knowledge))

    def open_decision(self, event: gr.SelectData, shown: list[FundingDecision]) -> tuple[Any, ...]:
        """Open the page of the funding decision in the clicked row, and pick its item's timeline."""
        decision = decision_for_row(shown, event.row_value or [])
        if decision is None:
            return None, "", gr.update()
        image, text = self.open_page(decision.document, decision.page, decision.quote)
        return image, text, gr.update(value=label_of(self.assistant.knowledge, decision))

    def show_timeline(self, label: str | None) -> tuple[str, list[list[Any]]]:
        """The picked item's heading and its decisions across documents, oldest first."""
        knowledge = self.assistant.knowledge
        timeline = timeline_labels(knowledge).get(label or "")
        if timeline is None:
            return "", []
        return timeline_title(timeline), timeline_values(knowledge, timeline)

    def open_state(self, event: gr.SelectData, label: str | None) -> tuple[Any, str]:
        """Open the page of the decision in the clicked timeline row."""
        timeline = timeline_labels(self.assistant.knowledge).get(label or "")
        state = state_for_row(timeline, event.row_value or []) if timeline is not None else None
        if state is None:
            return None, ""
        return self.open_page(state.decision.document, state.decision.page, state.decision.quote)
