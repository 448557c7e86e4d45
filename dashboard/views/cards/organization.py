"""An organization's card: what it is, how long it has been a member, its projects, with
whom it works, the meetings it attended and the savings its projects brought."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.ui import panels
from dashboard.ui.picker import Picker
from dashboard.ui.plain import plain
from dashboard.ui.shell import PageContext
from dashboard.ui.tables import Table
from dashboard.words.codes import code_label, code_labels_of, size_choice_label
from dashboard.words.formats import fmt_eur, fmt_int, fmt_period


def meeting_rows(ctx: PageContext, frame: pd.DataFrame) -> pd.DataFrame:
    """Meetings (`date`, `kind`, `theme`, `title`) as a reader sees them."""
    lang = ctx.lang
    return pd.DataFrame(
        {
            ctx.t("part_col_date"): frame["date"],
            ctx.t("part_col_kind"): code_labels_of("meeting_kind", frame["kind"], lang),
            ctx.t("part_col_theme"): ctx.catalog.labels_of("themes", frame["theme"], lang),
            ctx.t("part_col_title"): frame["title"],
        }
    )


def show(ctx: PageContext, org: str, card: pd.DataFrame, picker: Picker) -> None:
    """The card of `org` (`card`: its `participation_org` row, empty when unknown)."""
    if card.empty:
        st.info(ctx.t("part_unknown_org", org=plain(org)), icon=":material/info:")
        return
    lang = ctx.lang
    item = card.iloc[0]
    first, last = ctx.years
    st.header(ctx.t("part_card_title", name=plain(item["name"])))
    st.caption(ctx.t("part_card_caption", period=fmt_period(first, last, lang), org=plain(org)))
    membership = (
        ctx.t("part_card_partner")
        if pd.isna(item["joined_year"])
        else ctx.t("part_card_since", joined=int(item["joined_year"]))
        if pd.isna(item["left_year"])
        else ctx.t(
            "part_card_between", joined=int(item["joined_year"]), left=int(item["left_year"])
        )
    )
    facts = [code_label("kind", item["kind"], lang)]
    facts += [ctx.catalog.label("sectors", item["sector"], lang)] if item["sector"] else []
    facts += [size_choice_label(item["size_group"], lang)] if item["size_group"] else []
    facts += [item["municipality"]] if isinstance(item["municipality"], str) else []
    st.markdown(" · ".join(plain(fact) for fact in facts) + f"  \n{membership}")
    picker.close_button(ctx.t("part_close_card"))
    _projects(ctx, org)
    _partners(ctx, org)
    _meetings(ctx, org)
    _savings(ctx, org)


def _projects(ctx: PageContext, org: str) -> None:
    lang = ctx.lang
    projects = ctx.query("participation_org_projects", org_id=org)
    st.markdown(f"**{ctx.t('part_card_projects', count=fmt_int(len(projects), lang))}**")
    if projects.empty:
        st.markdown(ctx.t("part_card_none"))
        return
    partners = ctx.t("part_col_partners")
    shown = pd.DataFrame(
        {
            ctx.t("part_col_title"): projects["title"],
            ctx.t("part_col_year"): projects["start_year"].astype(str),
            ctx.t("part_col_role"): [code_label("role", r, lang) for r in projects["role"]],
            ctx.t("part_col_lead"): projects["lead_name"],
            ctx.t("part_col_category"): [
                ctx.catalog.label("categories", c, lang) for c in projects["category"]
            ],
            ctx.t("part_col_status"): [code_label("status", s, lang) for s in projects["status"]],
            partners: projects["partners"],
        }
    )
    panels.data_table(ctx, Table.of(shown, counts=(partners,)), key="part_card_projects")


def _partners(ctx: PageContext, org: str) -> None:
    st.markdown(f"**{ctx.t('part_card_partners')}**")
    if not ctx.exported("project_partners"):
        st.caption(ctx.t("not_exported", file="project_partners.csv"))
        return
    partners = ctx.query("participation_org_partners", org_id=org)
    if partners.empty:
        st.markdown(ctx.t("part_card_none"))
        return
    shared = ctx.t("part_col_shared")
    shown = pd.DataFrame(
        {
            ctx.t("part_col_organization"): partners["name"],
            ctx.t("part_col_org_kind"): [code_label("kind", k, ctx.lang) for k in partners["kind"]],
            shared: partners["shared_projects"],
        }
    )
    panels.data_table(ctx, Table.of(shown, counts=(shared,)), key="part_card_partners")


def _meetings(ctx: PageContext, org: str) -> None:
    st.markdown(f"**{ctx.t('part_card_meetings')}**")
    missing = next((f for f in ("meetings", "attendance") if not ctx.exported(f)), None)
    if missing == "meetings":
        st.caption(ctx.t("not_exported", file="meetings.csv"))
    elif missing == "attendance":
        st.caption(ctx.t("not_exported", file="attendance.csv"))
    else:
        attended = ctx.query("participation_org_meetings", org_id=org)
        if attended.empty:
            st.markdown(ctx.t("part_card_none"))
        else:
            panels.data_table(ctx, meeting_rows(ctx, attended), key="part_card_meetings")


def _savings(ctx: PageContext, org: str) -> None:
    lang = ctx.lang
    st.markdown(f"**{ctx.t('part_card_savings')}**")
    if not ctx.exported("savings"):
        st.caption(ctx.t("not_exported", file="savings.csv"))
        return
    savings = ctx.query("participation_org_savings", org_id=org)
    verified = float(savings.loc[savings["verified"], "amount_eur"].sum())
    estimated = float(savings.loc[~savings["verified"], "amount_eur"].sum())
    st.markdown(
        ctx.t(
            "part_card_savings_line",
            verified=fmt_eur(verified, lang, cents=True),
            estimated=fmt_eur(estimated, lang, cents=True),
        )
    )
    if savings.empty:
        return
    amount = ctx.t("part_col_amount")
    shown = pd.DataFrame(
        {
            ctx.t("part_col_title"): savings["title"],
            ctx.t("part_col_year"): savings["year"].astype(str),
            ctx.t("part_col_authority"): savings["authority"],
            ctx.t("part_col_area"): [
                code_label("policy_area", a, lang) for a in savings["policy_area"]
            ],
            ctx.t("part_col_method"): [code_label("method", m, lang) for m in savings["method"]],
            ctx.t("part_col_verified"): [
                ctx.t("part_verified" if v else "part_estimated") for v in savings["verified"]
            ],
            amount: savings["amount_eur"],
        }
    )
    panels.data_table(ctx, Table.of(shown, money=(amount,)), key="part_card_savings")
