"""Importing backer exports: the run, its worker processes, row outcomes and updates, the preview, the
history with undo, duplicate suggestions and their keys, and the column mappings saved by name."""
