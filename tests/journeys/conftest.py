"""The journeys use the window's fixtures too."""

from tests.ui.conftest import settings  # noqa: F401 - a fixture, found by its name
