"""Readers for the files users bring: one module per format; pandas lives here."""
