"""Chart builders: pure functions from a DataFrame to an Altair chart.

Every chart goes through `finish`, which carries the language's number and time format
inside the spec (so the axes do not follow the viewer's browser, and exported images match
the screen) and the contrast the accessibility rules need.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import vl_convert as vlc

from dashboard.i18n import t, vega_locale

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
INK = "#3d3d3d"


def finish(chart: alt.TopLevelMixin, lang: str, description: str) -> alt.TopLevelMixin:
    """Locale, readable axes and a name for screen readers, the same on every chart."""
    return (
        chart.properties(description=description, width="container")
        .configure(locale=vega_locale(lang))
        .configure_axis(labelColor=INK, titleColor=INK, labelFontSize=13, titleFontSize=13)
        .configure_legend(labelColor=INK, titleColor=INK, labelFontSize=13, titleFontSize=13)
        .configure_view(stroke=None)
    )


def yearly_bars(frame: pd.DataFrame, lang: str, description: str) -> alt.TopLevelMixin:
    """Grouped bars per year, one bar per measure, each labelled with its value.

    `frame` has the columns `year`, `measure` (already translated) and `value`; the
    measures keep the order of their first appearance.
    """
    measures = list(dict.fromkeys(frame["measure"]))
    years = sorted(frame["year"].unique().tolist())
    base = alt.Chart(frame).encode(
        x=alt.X("year:O", title=t("year", lang), sort=years, axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("measure:N", sort=measures),
        y=alt.Y("value:Q", title=t("count", lang), axis=alt.Axis(format=",d", tickMinStep=1)),
        tooltip=[
            alt.Tooltip("year:O", title=t("year", lang)),
            alt.Tooltip("measure:N", title=t("measure", lang)),
            alt.Tooltip("value:Q", title=t("count", lang), format=",d"),
        ],
    )
    bars = base.mark_bar().encode(
        color=alt.Color(
            "measure:N",
            sort=measures,
            scale=alt.Scale(domain=measures, range=list(PALETTE[: len(measures)])),
            legend=alt.Legend(title=None, orient="top", direction="horizontal"),
        )
    )
    labels = base.mark_text(dy=-7, fontSize=12, color=INK).encode(
        text=alt.Text("value:Q", format=",d")
    )
    return finish(alt.layer(bars, labels).properties(height=320), lang, description)


def for_slides(chart: alt.TopLevelMixin, title: str, source: str) -> alt.TopLevelMixin:
    """The chart as it goes into a presentation: titled, with its source and date below."""
    return chart.properties(
        title=alt.TitleParams(text=title, subtitle=[source], anchor="start", fontSize=16),
        width=720,
    )


def to_png(chart: alt.TopLevelMixin) -> bytes:
    return vlc.vegalite_to_png(chart.to_json(), scale=2)


def to_svg(chart: alt.TopLevelMixin) -> bytes:
    return vlc.vegalite_to_svg(chart.to_json()).encode("utf-8")
