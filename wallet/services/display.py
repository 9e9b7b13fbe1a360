"""Can a window be shown here? Answered before Qt loads its platform plugin.

Qt decides this late and badly: with no display it prints "From 6.5.0, xcb-cursor0 or
libxcb-cursor0 is needed to load the Qt xcb platform plugin … Reinstalling the application may
fix this problem" and aborts, although the library is installed and the real cause is that there
is no display. ``display_problem()`` names the real cause in one line instead: no display, a
display that cannot be reached, or the shared library the platform plugin really lacks (what
``QT_DEBUG_PLUGINS=1`` would reveal). Qt-free; ``kapchyk doctor`` asks the same question.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

#: Qt platforms that need no display server (screenshots, tests, remote viewers)
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")

#: libraries Qt's xcb plugin loads → the Debian/Ubuntu package that has them
LIBRARY_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-util.so.1": "libxcb-util1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}

NO_DISPLAY = (
    "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): start Kapchyk from a "
    "desktop session; the `kapchyk` command line works without one, and testers can run "
    "`xvfb-run kapchyk-gui`"
)


def _platform(env: Mapping[str, str]) -> str:
    """The Qt platform plugin that will be used: QT_QPA_PLATFORM's first choice, else what Qt
    picks on Linux (wayland when a Wayland session is there, else xcb)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if chosen:
        return chosen
    return "wayland" if env.get("WAYLAND_DISPLAY") else "xcb"


def _x_display_reachable(display: str, timeout: float = 1.0) -> bool:
    """Whether an X server answers at ``display`` (``:0``, ``unix:0``, ``host:0.0``)."""
    m = re.fullmatch(r"(?P<host>[^:]*):(?P<num>\d+)(?:\.\d+)?", display.strip())
    if not m:
        return False
    host, num = m["host"], int(m["num"])
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX) as s:
                s.settimeout(timeout)
                try:
                    s.connect(f"/tmp/.X11-unix/X{num}")  # noqa: S108 - the X11 socket path
                    return True
                except OSError:
                    if host == "unix":
                        return False
            host = "localhost"  # ":N" falls back to TCP, as Xlib does
        with socket.create_connection((host, 6000 + num), timeout=timeout):
            return True
    except OSError:
        return False


def _wayland_reachable(env: Mapping[str, str]) -> bool:
    name = env.get("WAYLAND_DISPLAY", "")
    path = Path(name) if name.startswith("/") else Path(env.get("XDG_RUNTIME_DIR", "")) / name
    return path.is_socket()


def _plugin_path(platform: str) -> Path | None:
    """The platform plugin's shared library inside the installed PySide6 (or the bundle)."""
    try:
        import PySide6  # the package only: no Qt library is loaded by this import
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    return path if path.exists() else None


def missing_library(platform: str) -> tuple[str, str] | None:
    """(library, the linker's reason) for the shared library that keeps Qt's ``platform``
    plugin from loading, or None when it loads.

    Loads the plugin with the dynamic linker the way Qt will (its Qt libraries come along, as
    they would anyway); the linker's error names the first library that is missing or broken."""
    plugin = _plugin_path(platform)
    if plugin is None:
        return None
    import ctypes  # here: a headless platform (offscreen, tests, the bench) needs no check

    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        m = re.search(r"([^\s:/]+\.so[\w.]*): ([^:]+)", str(exc))
        return (m.group(1), m.group(2).strip()) if m else (plugin.name, str(exc))
    return None


def display_problem(
    env: Mapping[str, str] | None = None, platform_name: str | None = None
) -> str | None:
    """Why no window can be shown here, in one line, or None when one can."""
    env = os.environ if env is None else env
    if (platform_name or sys.platform) in ("win32", "darwin"):
        return None
    platform = _platform(env)
    if platform in HEADLESS_PLATFORMS:
        return None
    if platform == "xcb":
        display = env.get("DISPLAY", "")
        if not display:
            return (
                NO_DISPLAY
                if not env.get("WAYLAND_DISPLAY")
                else (
                    "Qt is set to use X11 (QT_QPA_PLATFORM=xcb) but DISPLAY is not set: unset "
                    "QT_QPA_PLATFORM to use Wayland, or start Kapchyk from an X11 session"
                )
            )
        if not _x_display_reachable(display):
            return (
                f"the display {display} cannot be reached (no X server answers there): start "
                "Kapchyk from a desktop session, or check DISPLAY"
            )
    elif platform == "wayland":
        if not env.get("WAYLAND_DISPLAY"):
            return NO_DISPLAY
        if not _wayland_reachable(env):
            return (
                f"the Wayland display {env['WAYLAND_DISPLAY']} cannot be reached: start Kapchyk "
                "from a desktop session, or check WAYLAND_DISPLAY and XDG_RUNTIME_DIR"
            )
    missing = missing_library(platform)
    if missing:
        lib, reason = missing
        package = LIBRARY_PACKAGES.get(lib)
        fix = (
            f"install it again: sudo apt-get install --reinstall {package}"
            if package
            else ("install the package that provides it")
        )
        return f"Qt's {platform} display plugin cannot load {lib} ({reason}): {fix}"
    return None
