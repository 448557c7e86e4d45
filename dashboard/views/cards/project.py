"""A project's card: what it is, who leads it, its partners and the savings it brought."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.ui import panels
from dashboard.ui.picker import Picker
from dashboard.ui.plain import plain
from dashboard.ui.shell import PageContext
from dashboard.ui.tables import Table
from dashboard.words.catalog import tn
from dashboard.words.codes import code_label
from dashboard.words.formats import fmt_eur, fmt_int


def show(ctx: PageContext, project: str, card: pd.DataFrame, goals: str, picker: Picker) -> None:
    """The card of `project` (`card`: its `projects_card` row, empty when unknown); `goals`
    its category's UN goals in words."""
    if card.empty:
        st.info(ctx.t("proj_unknown", project=plain(project)), icon=":material/info:")
        return
    lang = ctx.lang
    item = card.iloc[0]
    kind = code_label("kind", item["lead_kind"], lang)
    lead = ", ".join(part for part in (kind, item["lead_municipality"]) if isinstance(part, str))
    theme = (
        ctx.catalog.label("themes", item["theme"], lang)
        if isinstance(item["theme"], str)
        else ctx.t("proj_no_theme")
    )
    category = ctx.catalog.label("categories", item["category"], lang)
    facts = {
        "proj_card_lead": f"{item['lead_name']} ({lead})",
        "proj_card_category": category + (f" ({goals})" if goals else ""),
        "proj_card_theme": theme,
        "proj_card_started": str(item["start_year"]),
        "proj_card_status": code_label("status", item["status"], lang),
        "proj_card_budget": fmt_eur(item["budget_eur"], lang, cents=True),
    }
    st.header(ctx.t("proj_card", title=plain(item["title"])))
    st.caption(ctx.t("proj_card_caption", project=plain(project)))
    described = isinstance(item["description"], str) and item["description"].strip()
    st.markdown(
        plain(item["description"], breaks=True) if described else ctx.t("proj_no_description")
    )
    st.markdown("\n".join(f"- **{ctx.t(key)}**: {plain(value)}" for key, value in facts.items()))
    _partners(ctx, project)
    _savings(ctx, project)
    picker.close_button(ctx.t("proj_close_card"))


def _partners(ctx: PageContext, project: str) -> None:
    lang = ctx.lang
    if not ctx.exported("project_partners"):
        st.markdown(f"**{ctx.t('proj_card_partners', count='–')}**")
        st.caption(ctx.t("not_exported", file="project_partners.csv"))
        return
    partners = ctx.query("projects_card_partners", project_id=project)
    st.markdown(f"**{ctx.t('proj_card_partners', count=fmt_int(len(partners), lang))}**")
    if partners.empty:
        st.markdown(ctx.t("proj_no_partners"))
        return
    contribution = ctx.t("proj_col_contribution")
    shown = pd.DataFrame(
        {
            ctx.t("proj_col_name"): partners["name"],
            ctx.t("proj_col_kind"): [code_label("kind", k, lang) for k in partners["kind"]],
            contribution: partners["contribution_eur"].astype(float),
        }
    )
    given = shown[contribution].dropna()
    missing = len(shown) - len(given)
    words = [ctx.t("proj_contribution_total", amount=fmt_eur(given.sum(), lang, cents=True))]
    words = words if len(given) else []
    if missing:
        words.append(tn("proj_contribution_missing", missing, lang))
    st.markdown(" ".join(words))
    typed = Table.of(shown, money=(contribution,))
    panels.data_table(ctx, typed, key="proj_card_partners")
    panels.csv_button(
        ctx,
        ctx.t("proj_download_partners", project=plain(project)),
        typed,
        what=ctx.t("file_project_partners", project=project),
        key="proj_card_partners_csv",
    )


def _savings(ctx: PageContext, project: str) -> None:
    lang = ctx.lang
    st.markdown(f"**{ctx.t('proj_card_savings')}**")
    if not ctx.exported("savings"):
        st.caption(ctx.t("not_exported", file="savings.csv"))
        return
    savings = ctx.query("projects_card_savings", project_id=project)
    if savings.empty:
        st.markdown(ctx.t("proj_no_savings"))
        return
    verified = float(savings.loc[savings["verified"], "amount_eur"].sum())
    estimated = float(savings.loc[~savings["verified"], "amount_eur"].sum())
    st.markdown(
        ctx.t(
            "proj_savings_split",
            verified=fmt_eur(verified, lang, cents=True),
            estimated=fmt_eur(estimated, lang, cents=True),
            total=fmt_eur(verified + estimated, lang, cents=True),
        )
    )
    amount = ctx.t("proj_col_amount")
    shown = pd.DataFrame(
        {
            ctx.t("year"): savings["year"].astype(str),
            ctx.t("proj_col_authority"): savings["authority"],
            ctx.t("proj_col_area"): [
                code_label("policy_area", a, lang) for a in savings["policy_area"]
            ],
            ctx.t("proj_col_method"): [code_label("method", m, lang) for m in savings["method"]],
            ctx.t("proj_col_checked"): [
                ctx.t("proj_verified" if v else "proj_estimated") for v in savings["verified"]
            ],
            amount: savings["amount_eur"],
            ctx.t("proj_col_note"): savings["note"],
        }
    )
    typed = Table.of(shown, money=(amount,))
    panels.data_table(ctx, typed, key="proj_card_savings")
    with st.expander(ctx.t("proj_methods")):
        st.markdown(ctx.t("proj_methods_explained"))
    panels.csv_button(
        ctx,
        ctx.t("proj_download_card", project=plain(project)),
        typed,
        what=ctx.t("file_project_savings", project=project),
        key="proj_card_savings_csv",
    )
