"""PyInstaller hook for phonenumbers, replacing the one in pyinstaller-hooks-contrib.

The contributed hook collects every submodule, including ``phonenumbers.geodata`` (~40 MB of
source, ~20 MB in the bundle) that only ``phonenumbers.geocoder`` uses. Fulfiller normalises
numbers to E.164, which needs the per-region metadata in ``phonenumbers.data`` and
``phonenumbers.shortdata``: those modules are imported by name at run time (``__import__("region_GB")``),
so the analysis cannot see them and they are listed here.

``geocoder``, ``carrier`` and ``timezone`` import their data packages with ordinary imports, so if
the app ever imports one of them, PyInstaller follows the import and bundles that data too.
Hooks in this folder take priority over the contributed ones (``hookspath`` in fulfiller.spec).
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
