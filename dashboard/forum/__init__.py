"""The forum: its slides as data (`slides`), and the deck and the report made of them
(`pptx_deck`, `pdf_report`, the `cli` behind `python -m dashboard.deck`). Nothing here
imports Streamlit: the presentation mode draws the same slides on the Forum page."""
