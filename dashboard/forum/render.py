"""What the deck and the report share: each slide's chart drawn offline for a projector,
and the layout's sizes, so both files read alike from the back of a hall."""

from __future__ import annotations

import io

from PIL import Image

from dashboard.forum.slides import Slide
from dashboard.ui import charts

# A chart is drawn this many CSS pixels wide, then scaled onto about half a slide: its
# 12 px labels come out near 24 px of a 1920 px wide projection.
CHART_WIDTH = 560
CHART_SCALE = 3  # pixels per CSS pixel of the image: sharp on a 4K projector too


def chart_png(slide: Slide) -> tuple[bytes, tuple[int, int]] | None:
    """The slide's chart as a PNG in its language (the locale travels in the spec) and
    its size in pixels; None when the slide has no chart."""
    if slide.chart is None:
        return None
    png = charts.to_png(slide.chart.properties(width=CHART_WIDTH), scale=CHART_SCALE)
    with Image.open(io.BytesIO(png)) as image:
        return png, image.size


def fit(size: tuple[int, int], box: tuple[float, float]) -> tuple[float, float]:
    """The largest width and height within `box` that keep the image's proportions."""
    width, height = size
    scale = min(box[0] / width, box[1] / height)
    return width * scale, height * scale
