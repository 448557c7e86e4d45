"""Folded tables in AppTest: a page draws a fold's content only while it is open."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def unfold(at: AppTest) -> AppTest:
    """Open every closed fold of the page (their keys end in `_open`) as a reader would,
    one click each, and rerun; the page must still run without an exception.
    A page without folds is left as it is."""
    state = at.session_state  # not iterable itself: its keys are
    closed = [key for key in state.keys() if str(key).endswith("_open") and not state[key]]  # noqa: SIM118
    if not closed:
        return at
    for key in closed:
        at.session_state[key] = True
    at.run()
    assert not at.exception, at.exception
    return at
