"""The pages of the dashboard: (file, URL path, icon, the catalog key of its title).

The URL path is part of every link people share, so it never changes.
"""

PAGES = [
    ("views/overview.py", "overview", "page_overview", ":material/dashboard:"),
    ("views/forum.py", "forum", "page_forum", ":material/co_present:"),
    ("views/participation.py", "participation", "page_participation", ":material/groups:"),
    ("views/projects.py", "projects", "page_projects", ":material/lightbulb:"),
    ("views/partnerships.py", "partnerships", "page_partnerships", ":material/handshake:"),
    ("views/savings.py", "savings", "page_savings", ":material/savings:"),
    ("views/data.py", "data", "page_data", ":material/upload_file:"),
    ("views/accessibility.py", "accessibility", "page_accessibility", ":material/accessibility:"),
]
