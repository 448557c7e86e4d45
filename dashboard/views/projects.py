"""Projects: what the network's projects are about, which UN goals they serve, how far they
have come, who leads them, and who publishes a sustainability report.

A click on a category or status bar filters the rest of the page (`?category=`, `?status=`);
a project's card opens from the table, the picker or a link (`?project=P-017`).
"""

from dashboard.ui import panels, shell
from dashboard.views.sections import projects as sections

ctx = shell.context()
shell.page_header(ctx, ctx.t("page_projects"))
words = sections.Words.of(ctx)
drill = panels.Drill(
    ctx,
    {
        "category": (ctx.t("proj_dim_category"), words.categories),
        "status": (ctx.t("proj_dim_status"), words.statuses),
    },
)
shell.intro(ctx, "proj_intro")
drill.chips()
params = drill.params()

by_year = ctx.query("projects_by_year", **params)
reporting_by_year = ctx.query("projects_reporting_by_year")
reporters = ctx.query("projects_reporting_orgs")
sections.tiles(ctx, by_year, reporting_by_year, reporters)

# the two clickable charts, each not narrowed by its own dimension
goals = sections.by_category(ctx, drill, words)
sections.by_status(ctx, drill, words)

records = sections.listing(ctx, params, words)  # the projects behind the charts below
sections.by_start_year(ctx, by_year, records, words)
sections.by_theme(ctx, params, records, words)
sections.by_category_and_sector(ctx, params, records, words)

sections.project_table(ctx, params, records.total, goals, words)

reporting_records = sections.listing(
    ctx, params, words, drill_category="reporting", drill_status=None
)
sections.reporting(ctx, reporting_by_year, reporters, reporting_records, words)
sections.reporters_panel(ctx, reporters, reporting_records, words)
