"""The theme's colours meet WCAG 2.1 AA contrast (1.4.3: 4.5:1 for text) on their
backgrounds, computed from `.streamlit/config.toml` itself."""

import tomllib
from pathlib import Path

import pytest

from dashboard.ui.charts import INK

THEME = tomllib.loads((Path(__file__).parent.parent / ".streamlit" / "config.toml").read_text())[
    "theme"
]


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(hex_colour: str, alpha: float, background: str) -> str:
    """The colour seen when `hex_colour` is drawn at `alpha` opacity on `background`."""
    fg = [int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    bg = [int(background.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(
        f"{round(alpha * f + (1 - alpha) * b):02x}" for f, b in zip(fg, bg, strict=True)
    )


@pytest.mark.parametrize("background", ["backgroundColor", "secondaryBackgroundColor"])
@pytest.mark.parametrize("colour", ["textColor", "primaryColor", "linkColor"])
def test_theme_colours_read_on_both_backgrounds(colour, background):
    assert contrast(THEME[colour], THEME[background]) >= 4.5


def test_captions_read_at_streamlit_s_reduced_opacity():
    # st.caption draws the text colour at 60 % opacity (ACCESSIBILITY.md)
    caption = blend(THEME["textColor"], 0.6, THEME["backgroundColor"])
    assert contrast(caption, THEME["backgroundColor"]) >= 4.5


def test_chart_ink_reads_on_white():
    assert contrast(INK, "#ffffff") >= 4.5


def test_the_contrast_formula_on_known_pairs():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
