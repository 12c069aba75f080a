"""Use cases: everything the GUI or the CLI can do, as plain functions over a session."""
