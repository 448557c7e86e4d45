"""The pages of the dashboard: (file, URL path, icon).

The URL path is part of every link people share, so it never changes.
"""

PAGES = [
    ("views/overview.py", "overview", ":material/dashboard:"),
    ("views/forum.py", "forum", ":material/co_present:"),
    ("views/participation.py", "participation", ":material/groups:"),
    ("views/projects.py", "projects", ":material/lightbulb:"),
    ("views/partnerships.py", "partnerships", ":material/handshake:"),
    ("views/savings.py", "savings", ":material/savings:"),
    ("views/data.py", "data", ":material/upload_file:"),
    ("views/accessibility.py", "accessibility", ":material/accessibility:"),
]
