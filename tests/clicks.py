"""Clicks on charts and table rows in AppTest, sent as the browser sends them.

AppTest has no way to click a chart or a table row: setting its key in Session State
changes the value but fires no callback, and the dashboard turns clicks into URL
parameters in the callbacks. So a click here is what the browser sends: the element's
new selection as widget state for the next run (a private AppTest entry, `_run`).
"""

from __future__ import annotations

import json

from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.testing.v1 import AppTest


def click(at: AppTest, key: str, selection: dict) -> AppTest:
    """Select `selection` in the chart or table drawn under `key`, and rerun."""
    elements = [*at.get("vega_lite_chart"), *at.dataframe]
    [element] = [e for e in elements if e.proto.id.endswith(f"-{key}")]
    states = at._tree.get_widget_states()
    states.widgets.append(
        WidgetState(id=element.proto.id, string_value=json.dumps({"selection": selection}))
    )
    at._run(states)
    assert not at.exception, at.exception
    return at


def click_bar(at: AppTest, dim: str, value: str, key: str | None = None) -> AppTest:
    """Click the bar of `value` in the chart that filters `dim` (drawn under `key`)."""
    return click(at, key or f"{dim}_chart", {dim: [{dim: value}]})


def click_row(at: AppTest, key: str, row: int) -> AppTest:
    return click(at, key, {"rows": [row], "columns": [], "cells": []})


def click_button(at: AppTest, key: str) -> AppTest:
    """Click the button drawn under `key` (AppTest runs a button's callback itself)."""
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at
