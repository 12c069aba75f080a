"""Printed documents made with reportlab, without Qt."""
