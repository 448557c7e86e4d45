"""The baseline the benchmark measures pages against: one page that re-reads the export's
CSV files with pandas on every run, offers a sector list, and draws one table and one
chart, with no checks."""

import os
from pathlib import Path

import pandas as pd
import streamlit as st

folder = Path(os.environ["CSR_DATA_DIR"])
projects = pd.read_csv(folder / "projects.csv")
organizations = pd.read_csv(folder / "organizations.csv")
sectors = st.multiselect("Sector", sorted(organizations["sector"].dropna().unique()))
if sectors:
    lead_sector = projects["lead_org_id"].map(organizations.set_index("org_id")["sector"])
    projects = projects[lead_sector.isin(sectors)]
by_category = projects.groupby("category").size().rename("projects").reset_index()
st.metric("Projects", len(projects))
st.metric("Organizations", len(organizations))
st.bar_chart(by_category, x="category", y="projects")
st.dataframe(by_category)
