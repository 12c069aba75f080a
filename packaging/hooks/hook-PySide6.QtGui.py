"""PyInstaller hook for PySide6.QtGui: PyInstaller's own hook, minus Qt plugins a desktop app never loads.

QtGui's hook collects every plugin of the types it owns. On Linux that includes:
  platformthemes/qgtk3   links GTK 3; PyInstaller then bundles the build machine's pango, cairo,
                         gdk-pixbuf, atk, glib... (and GTK itself if installed there), which clash
                         with the user's GTK when Qt loads the plugin. Without it Qt uses its own
                         look, or the xdg-desktop-portal theme (native file dialogs under Flatpak/GNOME).
  platforms/qeglfs, qlinuxfb, qminimalegl, qvnc, qvkkhrdisplay, egldeviceintegrations/*,
  generic/* (evdev/tuio input)   embedded-device back ends, with their own Qt libraries.
Dropping them before PyInstaller's dependency analysis keeps their dependencies out too.
  platforminputcontexts/qtvirtualkeyboardplugin   the on-screen keyboard, with Qt Quick and QML.
Kept platforms: xcb, wayland, offscreen, minimal (and windows/cocoa on those systems).

This file overrides the built-in hook because hooks in fulfiller.spec's hookspath take priority.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

UNUSED_PLUGIN_TYPES = {"egldeviceintegrations", "generic"}
UNUSED_PLUGINS = {
    "platformthemes": {"qgtk3"},
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay"},
    # the on-screen keyboard of kiosks: it brings Qt Quick and QML along (~16 MB) for no desktop use
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},
}


def _plugin_name(path: PurePath) -> str:
    stem = path.name.split(".")[0]  # libqgtk3.so -> libqgtk3, qvnc.dll -> qvnc
    return stem[3:] if stem.startswith("lib") else stem


def _wanted(entry: tuple[str, str]) -> bool:
    src = PurePath(entry[0])
    plugin_type = src.parent.name
    if src.parent.parent.name != "plugins":
        return True
    if plugin_type in UNUSED_PLUGIN_TYPES:
        return False
    return _plugin_name(src) not in UNUSED_PLUGINS.get(plugin_type, set())


binaries = [entry for entry in binaries if _wanted(entry)]
