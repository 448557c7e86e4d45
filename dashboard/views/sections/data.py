"""The Data page's sections: check and publish an upload, the versions with rollback, the
templates, and the participants with their names (personal data lives on this page only)."""

from datetime import datetime

import pandas as pd
import streamlit as st

from dashboard import settings
from dashboard.export import reports
from dashboard.export.load import LoadResult, load_export
from dashboard.publishing import diff, home, templates, uploads
from dashboard.ui import panels, shell
from dashboard.ui.plain import plain
from dashboard.words.codes import code_label
from dashboard.words.formats import file_slug, fmt_datetime, fmt_eur, fmt_int

CHECKED = "checked_upload"  # (Intake, LoadResult | None) of the files in the uploader


def check_upload() -> None:
    """New files in the uploader: take them in and validate them once, not on every rerun."""
    if previous := st.session_state.pop(CHECKED, None):
        uploads.discard(previous[0].folder)
    files = st.session_state.get("upload") or []
    if files:
        intake = uploads.intake_uploaded(files)
        st.session_state[CHECKED] = (intake, load_export(intake.folder) if intake.ok else None)


def megabytes(size: int, lang: str) -> str:
    """A cap in MB as the language writes it: 20, 0,5 (Italian), 0.5 (English)."""
    text = f"{round(size / 2**20, 3):g}"
    return text.replace(".", ",") if lang == "it" else text


def publish_section(ctx: shell.PageContext, who: str, read_only: str | None) -> None:
    """Check a new export and publish it: the uploader, the report or the changes, the button."""
    st.header(ctx.t("data_publish"))
    if read_only:
        st.warning(read_only, icon=":material/edit_off:")
    else:
        st.caption(ctx.t("data_publish_caption"))
        # its limit per file is `server.maxUploadSize`, the upload cap (see ui/server.py)
        st.file_uploader(
            ctx.t("data_upload"),
            type=["csv", "zip"],
            accept_multiple_files=True,
            key="upload",
            on_change=check_upload,
        )
        # in place of Streamlit's English "… per file" line, which `_STYLE` hides
        st.caption(
            ctx.t(
                "chrome_upload_limits",
                file_mb=megabytes(settings.max_file_bytes(), ctx.lang),
                upload_mb=megabytes(settings.max_upload_bytes(), ctx.lang),
            )
        )
        if checked := st.session_state.get(CHECKED):
            show_checked(ctx, who, *checked)
        if version := st.session_state.pop("published", None):
            st.success(ctx.t("data_published", version=version), icon=":material/check_circle:")


def show_checked(
    ctx: shell.PageContext, who: str, intake: uploads.Intake, result: LoadResult | None
) -> None:
    """The checked upload: why it was refused, its problems, or what it would change."""
    if not intake.ok:
        st.error(ctx.t("data_upload_refused"), icon=":material/block:")
        st.code("\n".join(intake.report(ctx.lang)), language=None, wrap_lines=True)
    elif not result.ok:
        st.error(ctx.t("data_invalid", count=len(result.problems)), icon=":material/error:")
        for file, rows in reports.grouped(result.problems, intake.folder, ctx.lang):
            with st.expander(
                ctx.t("data_file_problems", file=plain(file), count=len(rows)), expanded=True
            ):
                # a static table: long messages and lines wrap instead of being cut
                # st.table reads its cells as markdown, and a message quotes the export
                st.table(
                    pd.DataFrame(
                        [[plain(cell) for cell in row] for row in rows],
                        columns=[ctx.t("data_problem"), ctx.t("data_row")],
                    ),
                    hide_index=True,
                )
        st.download_button(
            ctx.t("data_download_report"),
            reports.text(result, ctx.lang).encode("utf-8"),
            file_name=file_slug(ctx.t("file_report")) + ".txt",
            mime="text/plain",
            icon=":material/download:",
            on_click="ignore",
            key="report_txt",
        )
    else:
        st.success(ctx.t("data_valid"), icon=":material/check_circle:")
        changes = diff.compare(result, ctx.export.result)
        if changes.export_info_lost:
            st.warning(ctx.t("diff_export_info_lost"), icon=":material/warning:")
        before_after = pd.DataFrame(
            [
                (
                    ctx.t(diff.FIGURE_WORDS[name]),
                    (fmt_int if name in diff.COUNTS else fmt_eur)(before, ctx.lang),
                    (fmt_int if name in diff.COUNTS else fmt_eur)(after, ctx.lang),
                )
                for name, (before, after) in changes.figures.items()
            ],
            columns=["", ctx.t("data_before"), ctx.t("data_after")],
        )
        st.markdown(f"**{ctx.t('data_changes')}**")
        panels.data_table(ctx, before_after, key="diff_figures")
        per_table = pd.DataFrame(
            [(t.file, t.before, t.after, t.added, t.removed, t.changed) for t in changes.tables],
            columns=[
                ctx.t("data_file"),
                ctx.t("data_before"),
                ctx.t("data_after"),
                ctx.t("data_added"),
                ctx.t("data_removed"),
                ctx.t("data_changed"),
            ],
        )
        panels.data_table(ctx, per_table, key="diff_tables")
        if result.warnings:
            with st.expander(ctx.t("data_warnings", count=len(result.warnings))):
                st.code("\n".join(p.text(ctx.lang) for p in result.warnings), language=None)
        if st.button(ctx.t("data_publish_button"), type="primary", icon=":material/publish:"):
            published = home.publish(intake.folder, who)
            uploads.discard(intake.folder)
            del st.session_state[CHECKED]
            if published.ok:
                st.session_state["published"] = published.version
                st.rerun()
            st.error(ctx.t("data_invalid", count=len(published.result.problems)))


def history_section(ctx: shell.PageContext, who: str, read_only: str | None) -> None:
    """The published versions, and a rollback to an earlier one."""
    st.header(ctx.t("data_history"))
    versions = home.history()
    if not versions:
        st.info(ctx.t("data_no_versions"), icon=":material/history:")
    else:
        history = pd.DataFrame(
            [
                (
                    v.id,
                    fmt_datetime(datetime.fromisoformat(v.when), ctx.lang),
                    v.who,
                    v.row_counts.get("organizations"),
                    v.row_counts.get("projects"),
                    "✓" if v.is_current else "",
                )
                for v in versions
            ],
            columns=[
                ctx.t("data_version"),
                ctx.t("data_when"),
                ctx.t("data_who"),
                "organizations.csv",
                "projects.csv",
                ctx.t("data_current"),
            ],
        )
        panels.data_table(ctx, history, key="history")
        others = [v.id for v in versions if not v.is_current]
        if others and not read_only:
            with st.form("rollback"):
                target = st.selectbox(ctx.t("data_rollback_to"), others)
                if st.form_submit_button(ctx.t("data_rollback"), icon=":material/restore:"):
                    try:
                        home.rollback(target, who)
                    except home.HomeError as error:
                        st.error(error.text(ctx.lang))
                    else:
                        st.session_state["published"] = target
                        st.rerun()


def templates_section(ctx: shell.PageContext) -> None:
    """The export's templates and its data dictionary."""
    st.header(ctx.t("data_templates"))
    st.caption(ctx.t("data_templates_caption"))
    st.download_button(
        ctx.t("data_download_templates"),
        lambda: templates.templates_zip(ctx.lang),
        file_name=file_slug(ctx.t("file_templates")) + ".zip",
        mime="application/zip",
        icon=":material/download:",
        on_click="ignore",
        key="templates_zip",
    )
    with st.expander(ctx.t("data_dictionary")):
        st.markdown(templates.dictionary_markdown(ctx.lang))


def people_section(ctx: shell.PageContext) -> None:
    """The participants' list with names (personal data lives here only)."""
    st.header(ctx.t("data_people"))
    if not ctx.exported("people"):
        st.info(ctx.t("not_exported", file="people.csv"))
    else:
        st.caption(ctx.t("data_people_caption"))
        people = ctx.query("people_list")
        people["function"] = people["function"].map(
            lambda code: code_label("function", code, ctx.lang)
        )
        people.columns = [ctx.t("data_person"), ctx.t("data_organization"), ctx.t("data_function")]
        panels.data_table(ctx, people, key="people")
        panels.csv_button(
            ctx, ctx.t("data_download_people"), people, what=ctx.t("file_people"), key="people_csv"
        )
