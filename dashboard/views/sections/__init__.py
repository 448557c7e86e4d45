"""The sections the pages compose."""
