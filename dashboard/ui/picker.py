"""One way to open a card from a table: click its row, or choose it in a list below it.

The open card's id lives in the URL (`?org=ORG-001`, `?project=PRJ-010`), so a copied link
opens the same card. The table's key follows the rows it shows and the open card: a
selection made on other rows never carries over, and the table starts unselected once its
row has become the card.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.ui import panels
from dashboard.ui.shell import PageContext
from dashboard.ui.tables import Table


@dataclass(frozen=True)
class Picker:
    param: str  # the URL parameter that holds the open card's id
    prefix: str  # of the widgets' keys: `<prefix>_table_…`, `<prefix>_pick_…`, `<prefix>_close`

    def chosen(self, ids: pd.Series, total: int | None = None) -> tuple[str | None, str]:
        """The id of the open card (the URL's) and the key the table of `ids` (the first
        rows of `total`) is drawn under: it follows the rows and the card, so a selection
        never carries over."""
        shown = "|".join(ids.iloc[: panels.MAX_ROWS])  # the rows the table shows, and how many
        count = len(ids) if total is None else total
        digest = hashlib.sha1(f"{count}|{shown}".encode()).hexdigest()[:12]
        chosen = st.query_params.get(self.param)
        return chosen, f"{self.prefix}_table_{chosen}_{digest}"

    def table(
        self, ctx: PageContext, typed: Table, ids: pd.Series, key: str, total: int | None = None
    ) -> None:
        """The rows (their ids `ids`; the first of `total`), one selectable at a time: a
        click opens its card."""
        panels.data_table(
            ctx,
            typed,
            key=key,
            total=total,
            on_select=functools.partial(self._clicked, key, tuple(ids[: panels.MAX_ROWS])),
            selection_mode="single-row",
        )

    def _clicked(self, key: str, ids: tuple[str, ...]) -> None:
        """A row was clicked (the table's callback, before the page runs): its id goes
        into the URL, so the card opens and a copied link opens it too."""
        rows = ((st.session_state.get(key) or {}).get("selection") or {}).get("rows") or []
        if rows and rows[0] < len(ids):
            st.query_params[self.param] = ids[rows[0]]

    def choice(
        self,
        label: str,
        placeholder: str,
        names: dict[str, str],
        chosen: str | None,
        format_func: Callable[[str], str] | None = None,
    ) -> None:
        """The same rows as a list, for the keyboard and screen readers: the first
        `MAX_ROWS`, as the table shows them (a search finds the others), and the open card's."""
        options = list(names)[: panels.MAX_ROWS]
        if chosen in names and chosen not in options:
            options.append(chosen)
        key = f"{self.prefix}_pick_{chosen}"
        st.selectbox(
            label,
            options,
            index=options.index(chosen) if chosen in names else None,
            format_func=format_func or names.get,
            placeholder=placeholder,
            key=key,
            on_change=self._picked,
            args=(key,),
        )

    def close_button(self, label: str) -> None:
        st.button(label, icon=":material/close:", key=f"{self.prefix}_close", on_click=self.close)

    def _picked(self, key: str) -> None:
        """The list changed: its id goes into the URL (or leaves it)."""
        chosen = st.session_state[key]
        if chosen:
            st.query_params[self.param] = chosen
        else:
            self.close()

    def close(self) -> None:
        st.query_params.pop(self.param, None)
