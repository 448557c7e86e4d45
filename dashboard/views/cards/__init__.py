"""The cards a page opens from its table: an organization's and a project's."""
