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


def _number_format(money: bool) -> str:
    """Vega format: the locale in the spec puts `€` where the language wants it."""
    return "$,.0f" if money else ",d"


def _point(select: str | None, field: str) -> list:
    """A click selection on `field`, named as the page filter it becomes (see `Drill`)."""
    return [alt.selection_point(name=select, fields=[field])] if select else []


def bars(
    frame: pd.DataFrame,
    *,
    code: str,
    label: str,
    value: str,
    value_title: str,
    lang: str,
    description: str,
    select: str | None = None,
    highlight: str | None = None,
    money: bool = False,
    sort_by_value: bool = True,
) -> alt.TopLevelMixin:
    """Horizontal bars, one per code, labelled with their value (readable on a phone).

    `code` is the column a click selects (named as the page filter, e.g. `category`),
    `label` the translated text shown; with `highlight` the other bars fade.
    """
    ordered = frame.sort_values(value, ascending=False, kind="stable") if sort_by_value else frame
    order = ordered[label].tolist()
    fmt = _number_format(money)
    opacity = (
        alt.condition(alt.datum[code] == highlight, alt.value(1.0), alt.value(0.35))
        if highlight
        else alt.value(1.0)
    )
    base = alt.Chart(frame).encode(
        y=alt.Y(f"{label}:N", sort=order, title=None, axis=alt.Axis(labelLimit=260)),
        x=alt.X(f"{value}:Q", title=value_title, axis=alt.Axis(format=fmt, tickMinStep=1)),
        tooltip=[
            alt.Tooltip(f"{label}:N", title=" "),
            alt.Tooltip(f"{value}:Q", title=value_title, format=fmt),
        ],
    )
    chart_bars = base.mark_bar(color=PALETTE[0], cursor="pointer" if select else "default")
    chart_bars = chart_bars.encode(opacity=opacity).add_params(*_point(select, code))
    labels = base.mark_text(align="left", dx=4, fontSize=12, color=INK).encode(
        text=alt.Text(f"{value}:Q", format=fmt)
    )
    height = max(120, 34 * len(order))
    return finish(alt.layer(chart_bars, labels).properties(height=height), lang, description)


def stacked_bars(
    frame: pd.DataFrame,
    *,
    x: str,
    x_title: str,
    stack: str,
    stack_order: list[str],
    value: str,
    value_title: str,
    lang: str,
    description: str,
    select: str | None = None,
    select_field: str | None = None,
    money: bool = False,
) -> alt.TopLevelMixin:
    """Vertical bars per `x` (years, usually) split by `stack` (translated labels, in
    `stack_order`), each segment outlined so adjacent colours stay apart, with the total
    of each bar written above it."""
    fmt = _number_format(money)
    xs = sorted(frame[x].unique().tolist())
    palette = list(PALETTE[: len(stack_order)])
    segments = (
        alt.Chart(frame)
        .mark_bar(stroke="white", strokeWidth=1.5, cursor="pointer" if select else "default")
        .encode(
            x=alt.X(f"{x}:O", title=x_title, sort=xs, axis=alt.Axis(labelAngle=0)),
            y=alt.Y(f"sum({value}):Q", title=value_title, axis=alt.Axis(format=fmt)),
            color=alt.Color(
                f"{stack}:N",
                sort=stack_order,
                scale=alt.Scale(domain=stack_order, range=palette),
                legend=alt.Legend(title=None, orient="top", direction="horizontal", columns=2),
            ),
            order=alt.Order("stack_rank:Q"),
            tooltip=[
                alt.Tooltip(f"{x}:O", title=x_title),
                alt.Tooltip(f"{stack}:N", title=" "),
                alt.Tooltip(f"{value}:Q", title=value_title, format=fmt),
            ],
        )
        .transform_calculate(stack_rank=f"indexof({stack_order!r}, datum['{stack}'])")
        .add_params(*_point(select, select_field or stack))
    )
    totals = (
        alt.Chart(frame)
        .mark_text(dy=-8, fontSize=12, color=INK)
        .encode(
            x=alt.X(f"{x}:O", sort=xs),
            y=alt.Y(f"sum({value}):Q"),
            text=alt.Text(f"sum({value}):Q", format=fmt),
        )
    )
    return finish(alt.layer(segments, totals).properties(height=340), lang, description)


def heatmap(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    value: str,
    x_title: str,
    y_title: str,
    value_title: str,
    lang: str,
    description: str,
    x_order: list[str] | None = None,
    y_order: list[str] | None = None,
) -> alt.TopLevelMixin:
    """A matrix of counts: each cell shaded and written, so no value rests on colour."""
    top = float(frame[value].max() or 1)
    base = alt.Chart(frame).encode(
        x=alt.X(
            f"{x}:N", title=x_title, sort=x_order, axis=alt.Axis(labelAngle=-30, labelLimit=160)
        ),
        y=alt.Y(f"{y}:N", title=y_title, sort=y_order, axis=alt.Axis(labelLimit=220)),
        tooltip=[
            alt.Tooltip(f"{y}:N", title=y_title),
            alt.Tooltip(f"{x}:N", title=x_title),
            alt.Tooltip(f"{value}:Q", title=value_title, format=",d"),
        ],
    )
    cells = base.mark_rect(stroke="white").encode(
        color=alt.Color(f"{value}:Q", scale=alt.Scale(scheme="blues"), legend=None)
    )
    text = base.mark_text(fontSize=12).encode(
        text=alt.Text(f"{value}:Q", format=",d"),
        color=alt.condition(
            alt.datum[value] > top * 0.55, alt.value("white"), alt.value("#111111")
        ),
    )
    rows = frame[y].nunique()
    return finish(alt.layer(cells, text).properties(height=max(160, 36 * rows)), lang, description)


def lines(
    frame: pd.DataFrame,
    *,
    x: str,
    x_title: str,
    series: str,
    series_order: list[str],
    value: str,
    value_title: str,
    lang: str,
    description: str,
    money: bool = False,
) -> alt.TopLevelMixin:
    """Lines per series over `x`, each with its own dash and point shape besides colour."""
    fmt = _number_format(money)
    xs = sorted(frame[x].unique().tolist())
    shapes = ["circle", "square", "triangle-up", "diamond", "cross", "triangle-down"]
    dashes = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3]]
    n = len(series_order)
    chart = (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(size=70, filled=True), strokeWidth=2.5)
        .encode(
            x=alt.X(f"{x}:O", title=x_title, sort=xs, axis=alt.Axis(labelAngle=0)),
            y=alt.Y(f"{value}:Q", title=value_title, axis=alt.Axis(format=fmt)),
            color=alt.Color(
                f"{series}:N",
                sort=series_order,
                scale=alt.Scale(domain=series_order, range=list(PALETTE[:n])),
                legend=alt.Legend(title=None, orient="top", direction="horizontal", columns=2),
            ),
            strokeDash=alt.StrokeDash(
                f"{series}:N",
                sort=series_order,
                scale=alt.Scale(domain=series_order, range=dashes[:n]),
                legend=None,
            ),
            shape=alt.Shape(
                f"{series}:N",
                sort=series_order,
                scale=alt.Scale(domain=series_order, range=shapes[:n]),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip(f"{x}:O", title=x_title),
                alt.Tooltip(f"{series}:N", title=" "),
                alt.Tooltip(f"{value}:Q", title=value_title, format=fmt),
            ],
        )
    )
    return finish(chart.properties(height=320), lang, description)


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
