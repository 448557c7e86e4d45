"""Chart builders: pure functions from a DataFrame to an Altair chart.

Every chart goes through `finish`, which carries the language's number and time format
inside the spec (so the axes do not follow the viewer's browser, and exported images match
the screen) and the contrast the accessibility rules need.

Building an Altair chart and validating its spec costs far more than drawing it (a third
of a page's run), so each builder is `drawn_once`: the same data and words give back the
same chart, and `vega_lite` turns a chart into its spec once. Altair's schema checks (of
every part as it is made, and of the whole spec) are off at run time: the builders' specs
are fixed by their code, and the tests check every spec the pages draw against the schema
(`tests/test_charts.py`).
"""

from __future__ import annotations

import functools
import hashlib
import math
import threading
from collections import OrderedDict
from collections.abc import Callable

import altair as alt
import pandas as pd
import vl_convert as vlc

from dashboard.words.catalog import t
from dashboard.words.formats import vega_locale

alt.utils.schemapi.disable_debug_mode()  # no schema check of each part as it is built

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
INK = "#3d3d3d"
# a Vega expression: true on a phone-wide chart, where labels must be shorter or turned
_NARROW = "(containerSize()[0] > 0 && containerSize()[0] < 560)"
# the width of a downloaded image (see `for_slides`), which has no container
SLIDE_WIDTH = 720
# the width the chart is drawn in: its container on a page, the slide's in an image (`width`
# only makes the expression update when the window is resized)
_DRAWN = f"(containerSize()[0] > 0 && width > 0 ? containerSize()[0] : {SLIDE_WIDTH})"


_KEPT = 256  # charts and specs kept: every chart of every page in both languages, and more
_LOCK = threading.Lock()


def _fingerprint(value: object) -> object:
    """A hashable stand-in for a builder's argument: a frame by its columns, types and a
    digest of its values (index included), a list or dict by its items."""
    if isinstance(value, pd.DataFrame):
        digest = hashlib.blake2b(
            pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes(), digest_size=16
        ).digest()
        return ("frame", tuple(value.columns), tuple(map(str, value.dtypes)), digest)
    if isinstance(value, dict):
        return ("dict", tuple((k, _fingerprint(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_fingerprint(v) for v in value))
    return value


def _remember(memo: OrderedDict, key: object, make: Callable[[], object]) -> object:
    """`memo[key]`, made by `make()` the first time; the oldest entries go past `_KEPT`."""
    with _LOCK:
        if key in memo:
            memo.move_to_end(key)
            return memo[key]
    made = make()  # outside the lock: two sessions may make one chart twice, never wait
    with _LOCK:
        memo[key] = made
        while len(memo) > _KEPT:
            memo.popitem(last=False)
    return made


def drawn_once(builder: Callable[..., alt.TopLevelMixin]) -> Callable[..., alt.TopLevelMixin]:
    """The builder, giving back the chart it built before for equal arguments. Callers
    must not change a chart in place (Altair's methods return copies)."""
    memo: OrderedDict = OrderedDict()

    @functools.wraps(builder)
    def build(*args: object, **kwargs: object) -> alt.TopLevelMixin:
        key = _fingerprint((args, kwargs))
        return _remember(memo, key, lambda: builder(*args, **kwargs))

    return build


_SPECS: OrderedDict = OrderedDict()


def vega_lite(chart: alt.TopLevelMixin) -> dict:
    """The chart's Vega-Lite spec, made once per chart (keyed by identity, the chart kept
    alongside so its id is not reused). Not to be changed in place."""
    return _remember(_SPECS, id(chart), lambda: (chart, chart.to_dict(validate=False)))[1]


@functools.cache
def _config(lang: str) -> alt.Config:
    """Locale and readable axes, the same on every chart; every label shown (Vega drops
    those whose boxes overlap, even when the text does not)."""
    text = {"labelColor": INK, "titleColor": INK, "labelFontSize": 13, "titleFontSize": 13}
    return alt.Config(
        locale=vega_locale(lang),
        axis=alt.AxisConfig(**text, labelOverlap=False),
        legend=alt.LegendConfig(**text),
        view=alt.ViewConfig(stroke=None),
    )


def finish(*layers: alt.Chart, lang: str, description: str, height: int) -> alt.TopLevelMixin:
    """The layers as one chart, its height, the page's width, the language's locale and
    axes, and a name for screen readers. Made in one step: Altair copies every layer at
    each step (half of a chart's making when there were five)."""
    finishing = {
        "height": height,
        "width": "container",
        "description": description,
        "config": _config(lang),
    }
    if len(layers) > 1:
        return alt.LayerChart(layer=list(layers), **finishing)
    chart = layers[0].copy(deep=False)
    for name, value in finishing.items():
        setattr(chart, name, value)
    return chart


def _top_legend(labels: list[str], room: int | str = 50, **options: object) -> alt.Legend:
    """A legend above the chart, untitled, its entries side by side in as many columns as
    the width leaves room for (one on a phone if need be), so no entry runs off the edge
    and a label is shortened only when it is wider than the chart itself.

    `room` is what lies left of the plot, where the legend starts (the y axis: its labels
    and title), in pixels or as a Vega expression.
    """
    # an entry: its symbol, the gap, its label (Source Sans 13 px: under 7 px a character)
    # and the space between columns
    entry = 7 * max((len(label) for label in labels), default=1) + 40
    free = f"({_DRAWN} - {room})"
    columns = f"max(1, min({len(labels)}, floor({free} / {entry})))"
    return alt.Legend(
        title=None,
        orient="top",
        direction="horizontal",
        columns=alt.ExprRef(columns),
        labelLimit=alt.ExprRef(f"max(40, {free} / {columns} - 30)"),
        **options,
    )


def _by_series(channel, field: str, order: list[str], values, legend: alt.Legend | None):
    """`channel` (alt.Color, alt.Shape, alt.StrokeDash) of the nominal `field` that gives
    its values, in `order`, the items of `values` in turn."""
    return channel(
        f"{field}:N",
        sort=order,
        scale=alt.Scale(domain=order, range=list(values[: len(order)])),
        legend=legend,
    )


@drawn_once
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
        y=alt.Y("value:Q", title=t("count", lang), axis=_whole_axis()),
        tooltip=[
            alt.Tooltip("year:O", title=t("year", lang)),
            alt.Tooltip("measure:N", title=t("measure", lang)),
            alt.Tooltip("value:Q", title=t("count", lang), format=",d"),
        ],
    )
    bars = base.mark_bar().encode(
        color=_by_series(alt.Color, "measure", measures, PALETTE, _top_legend(measures))
    )
    labels = base.mark_text(dy=-7, fontSize=12, color=INK).encode(
        text=alt.Text("value:Q", format=",d")
    )
    return finish(bars, labels, lang=lang, description=description, height=320)


def _number_format(money: bool) -> str:
    """Vega format: the locale in the spec puts `€` where the language wants it."""
    return "$,.0f" if money else ",d"


def _whole_axis(fmt: str = ",d", **options: object) -> alt.Axis:
    """An axis of whole numbers (counts, whole euros): ticks one unit apart at least, so a
    small scale never gets a tick at 0.5 that the format prints as a second 0 or 1."""
    return alt.Axis(format=fmt, tickMinStep=1, **options)


def whole_steps(low: float, high: float, most: int = 6) -> list[int]:
    """Up to `most` whole numbers from `low` to `high` at a round step (1, 2, 5, 10, 20...):
    what a legend of counts lists. Vega's own choice for a size legend ignores `tickMinStep`
    and gives 1, 1.5, 2, 2.5, 3, printed 1, 2, 2, 3, 3."""
    if not low <= high:  # also no values at all (NaN)
        return []
    low, high = math.ceil(low), math.floor(high)
    step = 1
    while True:
        for factor in (1, 2, 5):
            first = -(-low // (step * factor)) * step * factor
            values = list(range(first, high + 1, step * factor))
            if len(values) <= most:
                return values or [low]
        step *= 10


def _whole(fmt: str) -> bool:
    """Whether a Vega number format prints whole numbers only (`,d`, `$,.0f`)."""
    return fmt.endswith("d") or fmt.endswith(".0f")


def _point(select: str | None, field: str) -> list:
    """A click selection on `field`, named as the page filter it becomes (see `Drill`)."""
    return [alt.selection_point(name=select, fields=[field])] if select else []


@drawn_once
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
        x=alt.X(
            f"{value}:Q",
            title=value_title,
            axis=_whole_axis(fmt),
            # room past the longest bar for its written value
            scale=alt.Scale(domain=[0, float(frame[value].max() or 1) * 1.2], nice=False),
        ),
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
    # Streamlit fits the whole chart, axes included, in its height: room per bar plus the axis
    height = 34 * len(order) + 60
    return finish(chart_bars, labels, lang=lang, description=description, height=height)


@drawn_once
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
    segments = (
        alt.Chart(frame)
        .mark_bar(stroke="white", strokeWidth=1.5, cursor="pointer" if select else "default")
        .encode(
            x=alt.X(f"{x}:O", title=x_title, sort=xs, axis=alt.Axis(labelAngle=0)),
            y=alt.Y(f"sum({value}):Q", title=value_title, axis=_whole_axis(fmt)),
            color=_by_series(
                alt.Color,
                stack,
                stack_order,
                PALETTE,
                _top_legend(stack_order, 90 if money else 50),
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
    return finish(segments, totals, lang=lang, description=description, height=420)


@drawn_once
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
            f"{x}:N",
            title=x_title,
            sort=x_order,
            # upright on a phone, where slanted labels run into each other
            axis=alt.Axis(
                labelAngle=alt.ExprRef(f"{_NARROW} ? -90 : -30"),
                labelLimit=alt.ExprRef(f"{_NARROW} ? 120 : 160"),
            ),
        ),
        y=alt.Y(
            f"{y}:N",
            title=y_title,
            sort=y_order,
            axis=alt.Axis(labelLimit=alt.ExprRef(f"{_NARROW} ? 120 : 220")),
        ),
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
    # room per row plus the slanted column labels below
    return finish(cells, text, lang=lang, description=description, height=36 * rows + 180)


@drawn_once
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
    chart = (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(size=70, filled=True), strokeWidth=2.5)
        .encode(
            x=alt.X(f"{x}:O", title=x_title, sort=xs, axis=alt.Axis(labelAngle=0)),
            y=alt.Y(f"{value}:Q", title=value_title, axis=_whole_axis(fmt)),
            color=_by_series(
                alt.Color,
                series,
                series_order,
                PALETTE,
                _top_legend(series_order, 90 if money else 50),
            ),
            strokeDash=_by_series(alt.StrokeDash, series, series_order, dashes, None),
            shape=_by_series(alt.Shape, series, series_order, shapes, None),
            tooltip=[
                alt.Tooltip(f"{x}:O", title=x_title),
                alt.Tooltip(f"{series}:N", title=" "),
                alt.Tooltip(f"{value}:Q", title=value_title, format=fmt),
            ],
        )
    )
    return finish(chart, lang=lang, description=description, height=320)


def for_slides(chart: alt.TopLevelMixin, title: str, notes: str | list[str]) -> alt.TopLevelMixin:
    """The chart as it goes into a presentation: titled, with `notes` (whose data, which
    years and filters, as of when, where from) under the title, one line each."""
    lines = [notes] if isinstance(notes, str) else list(notes)
    return chart.properties(
        title=alt.TitleParams(
            text=title,
            subtitle=lines,
            anchor="start",
            fontSize=16,
            color=INK,
            subtitleColor=INK,
            subtitleFontSize=12,
            subtitlePadding=6,
        ),
        width=SLIDE_WIDTH,
    )


HALL_FONT = 24  # px: the smallest text read from the back of a hall
HALL_LABEL = 360  # px: an axis label's room before it is cut short
_FONT_SIZES = ("fontSize", "labelFontSize", "titleFontSize", "subtitleFontSize")


def projected(chart: alt.TopLevelMixin) -> dict:
    """The chart's spec for a projector, as tall as its container: no text under
    `HALL_FONT`.

    Every font size the spec sets (axes, legends, titles, text marks) is raised, and
    the defaults it leaves are set, so nothing on the screen is smaller."""
    spec = _raised(vega_lite(chart))
    config = spec.setdefault("config", {})
    config["axis"] = config.get("axis", {}) | {"labelOverlap": "greedy", "labelLimit": HALL_LABEL}
    for part, keys in (
        ("axis", ("labelFontSize", "titleFontSize")),
        ("legend", ("labelFontSize", "titleFontSize")),
        ("header", ("labelFontSize", "titleFontSize")),
        ("title", ("fontSize", "subtitleFontSize")),
        ("text", ("fontSize",)),
    ):
        config[part] = config.get(part, {}) | {
            key: max(config.get(part, {}).get(key, 0), HALL_FONT) for key in keys
        }
    spec["height"] = "container"
    return spec


def _raised(node: object) -> object:
    """A copy of a spec's part for the projector (data untouched): each font size at least
    `HALL_FONT`, labels cut only past `HALL_LABEL` px, and overlapping labels thinned out
    (at that size every label of a long axis cannot fit)."""
    if isinstance(node, dict):
        return {key: _raised_value(key, value) for key, value in node.items()}
    if isinstance(node, list):
        return [_raised(item) for item in node]
    return node


def _raised_value(key: str, value: object) -> object:
    if key in ("datasets", "data"):
        return value
    if key in _FONT_SIZES and isinstance(value, int | float):
        return max(value, HALL_FONT)
    if key == "labelLimit" and isinstance(value, int | float):
        return max(value, HALL_LABEL)
    if key == "labelOverlap":
        return "greedy"
    return _raised(value)


def to_png(chart: alt.TopLevelMixin, scale: float = 2) -> bytes:
    """The chart drawn offline; `scale` pixels per CSS pixel (3 for a projector's slide)."""
    return vlc.vegalite_to_png(chart.to_json(), scale=scale)


def to_svg(chart: alt.TopLevelMixin) -> bytes:
    return vlc.vegalite_to_svg(chart.to_json()).encode("utf-8")


SHAPES = ("circle", "diamond", "triangle-up", "triangle-down", "square", "cross", "triangle-right")


@drawn_once
def network(
    nodes: pd.DataFrame,
    edges: pd.DataFrame,
    *,
    group: str,
    group_order: list[str],
    size: str,
    size_title: str,
    label: str,
    narrow_labels: int,
    tooltip: list[tuple[str, str]],
    lang: str,
    description: str,
) -> alt.TopLevelMixin:
    """Nodes placed by a computed layout (`x`, `y` in [0, 1]) and joined by lines whose
    width is `edges.weight`; each node coloured and shaped by `group` (so not by colour
    alone), sized by `size`, outlined, and named when its `label` is not empty; on a
    narrow chart (a phone) only the first `narrow_labels` of those names, so they do not
    overlap.

    `tooltip` lists (column, title) pairs of the nodes; counts are shown as integers. The
    marks are hidden from screen readers: a hundred points read one by one say nothing
    that the chart's description and its table do not say better.
    """
    scale = alt.Scale(domain=[-0.04, 1.04], nice=False, zero=False)
    x = alt.X("x:Q", axis=None, scale=scale)
    y = alt.Y("y:Q", axis=None, scale=scale)
    links = (
        alt.Chart(edges)
        .mark_rule(color="#8c8c8c", opacity=0.7, aria=False)
        .encode(
            x=x,
            y=y,
            x2="x2:Q",
            y2="y2:Q",
            strokeWidth=alt.StrokeWidth("weight:Q", scale=alt.Scale(range=[1, 4]), legend=None),
        )
    )
    legend = _top_legend(group_order, 0, symbolSize=160, symbolStrokeWidth=0.8)
    points = (
        alt.Chart(nodes)
        .mark_point(filled=True, opacity=1, stroke="#111111", strokeWidth=0.8, aria=False)
        .encode(
            x=x,
            y=y,
            color=_by_series(alt.Color, group, group_order, PALETTE, legend),
            shape=_by_series(alt.Shape, group, group_order, SHAPES, legend),
            size=alt.Size(
                f"{size}:Q",
                title=size_title,
                scale=alt.Scale(range=[50, 650], zero=False),
                legend=alt.Legend(
                    orient="bottom",
                    direction="horizontal",
                    format=",d",
                    tickMinStep=1,  # whole projects: never 1, 2, 2, 3
                    values=whole_steps(nodes[size].min(), nodes[size].max()) or alt.Undefined,
                    # sizes, not kinds: neutral grey circles, not solid black ones
                    symbolFillColor="#b0b0b0",
                    symbolStrokeColor=INK,
                    symbolType="circle",
                ),
            ),
            order=alt.Order(f"{size}:Q", sort="descending"),
            tooltip=[
                alt.Tooltip(column, title=title, format=",d")
                if pd.api.types.is_numeric_dtype(nodes[column])
                else alt.Tooltip(column, title=title)
                for column, title in tooltip
            ],
        )
    )
    named = (
        alt.Chart(nodes.assign(label_rank=range(len(nodes))))
        .transform_filter(
            f"datum['{label}'] != '' && (datum.label_rank < {narrow_labels} || width >= 560)"
        )
        .encode(x=x, y=y, text=f"{label}:N")
    )
    sides = {  # names near an edge run inwards, so they stay inside the frame
        "left": "datum.x < 0.3",
        "center": "datum.x >= 0.3 && datum.x <= 0.7",
        "right": "datum.x > 0.7",
    }
    names = []  # each on a white halo, readable over the lines
    for align, side in sides.items():
        style = {"dy": -15, "fontSize": 12, "fontWeight": "bold", "align": align, "aria": False}
        names.append(
            named.transform_filter(side).mark_text(
                **style, color="white", stroke="white", strokeWidth=4
            )
        )
        names.append(named.transform_filter(side).mark_text(**style, color="#111111"))
    return finish(links, points, *names, lang=lang, description=description, height=680)


# A phone-sized chart (in the browser; an exported image has no container and is wide).


def verified_and_estimated(
    frame: pd.DataFrame,
    *,
    code: str,
    labels: pd.Series,
    words: tuple[str, str],
    value_title: str,
    lang: str,
    description: str,
    **kwargs: object,
) -> alt.TopLevelMixin | None:
    """Verified and estimated amounts (`verified_eur`, `estimated_eur` of each `code`, named
    `labels`) as bars side by side, `words` naming the two; None when there is nothing."""
    if frame.empty:
        return None
    verified, estimated = words
    long = frame.assign(label=labels.to_numpy()).melt(
        id_vars=[code, "label"],
        value_vars=["verified_eur", "estimated_eur"],
        var_name="status",
        value_name="amount",
    )
    long["status"] = long["status"].map({"verified_eur": verified, "estimated_eur": estimated})
    return paired_bars(
        long,
        code=code,
        label="label",
        series="status",
        series_order=[verified, estimated],
        value="amount",
        value_title=value_title,
        lang=lang,
        description=description,
        **kwargs,
    )


@drawn_once
def paired_bars(
    frame: pd.DataFrame,
    *,
    code: str,
    label: str,
    series: str,
    series_order: list[str],
    value: str,
    value_title: str,
    lang: str,
    description: str,
    select: str | None = None,
    highlight: str | None = None,
    value_format: str = "$,.0f",
) -> alt.TopLevelMixin:
    """Horizontal bars side by side within each label, one per series (e.g. verified and
    estimated), each labelled with its value, so two amounts that must not be added up
    stand apart. Labels keep the frame's order; series differ by colour and outline dash.

    `code` is the column a click selects (named as the page filter); with `highlight` the
    other labels fade. `value_format` is a Vega format (money in whole euros by default).
    """
    order = list(dict.fromkeys(frame[label]))
    top = float(frame[value].max()) if len(frame) else 0.0
    top = top if top > 0 else 1.0  # no bar or only zeros: still a readable axis
    opacity = (
        alt.condition(alt.datum[code] == highlight, alt.value(1.0), alt.value(0.35))
        if highlight
        else alt.value(1.0)
    )
    base = alt.Chart(frame).encode(
        y=alt.Y(
            f"{label}:N",
            sort=order,
            title=None,
            axis=alt.Axis(labelLimit=alt.ExprRef(f"{_NARROW} ? 140 : 240")),
            scale=alt.Scale(paddingInner=0.3),
        ),
        yOffset=alt.YOffset(f"{series}:N", sort=series_order),
        x=alt.X(
            f"{value}:Q",
            title=value_title,
            axis=alt.Axis(
                format=value_format,
                tickCount=4,
                tickMinStep=1 if _whole(value_format) else alt.Undefined,
            ),
            # room for the value labels: more on a phone, where the bars are short
            scale=alt.Scale(
                domainMin=0, domainMax=alt.ExprRef(f"{top} * ({_NARROW} ? 1.7 : 1.3)"), nice=False
            ),
        ),
        tooltip=[
            alt.Tooltip(f"{label}:N", title=" "),
            alt.Tooltip(f"{series}:N", title="  "),
            alt.Tooltip(f"{value}:Q", title=value_title, format=value_format),
        ],
    )
    chart_bars = base.mark_bar(
        stroke=INK, strokeWidth=1, cursor="pointer" if select else "default"
    ).encode(
        color=_by_series(
            alt.Color,
            series,
            series_order,
            PALETTE,
            _top_legend(series_order, f"({_NARROW} ? 150 : 250)"),
        ),
        strokeDash=_by_series(alt.StrokeDash, series, series_order, [[1, 0], [4, 2], [1, 2]], None),
        opacity=opacity,
    )
    chart_bars = chart_bars.add_params(*_point(select, code))
    labels = base.mark_text(align="left", dx=4, fontSize=12, color=INK).encode(
        text=alt.Text(f"{value}:Q", format=value_format)
    )
    # a fixed step per bar: the legend and axis come on top, so bars never get squeezed
    height = alt.Step(20, **{"for": "offset"})
    return finish(chart_bars, labels, lang=lang, description=description, height=height)


@drawn_once
def text_bars(
    frame: pd.DataFrame,
    *,
    label: str,
    value: str,
    text: str,
    value_title: str,
    lang: str,
    description: str,
    share: bool = False,
) -> alt.TopLevelMixin:
    """Horizontal bars labelled with a text the page wrote in its language, for figures a
    number format cannot say: a share with its counts ("92,3% · 24/26"), a count given as
    a range or as "<3" to protect people. Bars keep the frame's order; `share` draws
    `value` in [0, 1] on a per cent axis."""
    order = frame[label].tolist()
    top = 1.0 if share else max(float(frame[value].max() or 0), 1.0)
    axis = alt.Axis(format=".0%", values=[0, 0.25, 0.5, 0.75, 1]) if share else _whole_axis()
    base = alt.Chart(frame).encode(
        y=alt.Y(f"{label}:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
        x=alt.X(
            f"{value}:Q",
            title=value_title,
            axis=axis,
            scale=alt.Scale(domain=[0, top * 1.45], nice=False),
        ),
        tooltip=[alt.Tooltip(f"{label}:N", title=" "), alt.Tooltip(f"{text}:N", title=value_title)],
    )
    chart_bars = base.mark_bar(color=PALETTE[0])
    labels = base.mark_text(align="left", dx=4, fontSize=12, color=INK).encode(text=f"{text}:N")
    height = 70 + 34 * len(order)  # Streamlit counts the axis in the height
    return finish(chart_bars, labels, lang=lang, description=description, height=height)


@drawn_once
def dated_points(
    frame: pd.DataFrame,
    *,
    date: str,
    value: str,
    series: str,
    series_order: list[str],
    value_title: str,
    lang: str,
    description: str,
    tooltip: list[tuple[str, str]] = (),
) -> alt.TopLevelMixin:
    """Events in time (meetings, say) at the height of their value, each labelled with it,
    coloured and shaped by `series` (so not by colour alone); dates in the page's language.
    `tooltip` adds (column, title) pairs of text."""
    legend = _top_legend(series_order)
    base = alt.Chart(frame).encode(
        x=alt.X(
            f"{date}:T",
            title=None,
            axis=alt.Axis(format="%b %Y", labelAngle=0),
            scale=alt.Scale(padding=14),
        ),
        y=alt.Y(f"{value}:Q", title=value_title, axis=_whole_axis()),
    )
    points = base.mark_point(filled=True, size=110, opacity=1, stroke=INK, strokeWidth=1)
    points = points.encode(
        color=_by_series(alt.Color, series, series_order, PALETTE, legend),
        shape=_by_series(alt.Shape, series, series_order, SHAPES, legend),
        tooltip=[
            alt.Tooltip(f"{date}:T", title=" ", format="%e %B %Y"),
            alt.Tooltip(f"{series}:N", title="  "),
            alt.Tooltip(f"{value}:Q", title=value_title, format=",d"),
            *[alt.Tooltip(f"{column}:N", title=title) for column, title in tooltip],
        ],
    )
    labels = base.mark_text(dy=-12, fontSize=11, color=INK).encode(
        text=alt.Text(f"{value}:Q", format=",d")
    )
    return finish(points, labels, lang=lang, description=description, height=440)
