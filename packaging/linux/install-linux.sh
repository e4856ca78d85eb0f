#!/bin/sh
# Fact-check Workbench: add the unpacked bundle to your desktop (menu entry, icon, and
# double-click on .factcheck files), for your user only, without root.
#
#   ./install-linux.sh             install (run it from the unpacked "workbench" folder)
#   ./install-linux.sh --uninstall remove what the install added (the folder itself stays)
#
# Files go under ${XDG_DATA_HOME:-~/.local/share} and a "workbench" link under ~/.local/bin.
set -eu

APP_ID=org.factcheckworkbench.Workbench
HERE=$(cd "$(dirname "$0")" && pwd)
SHARE="$HERE/_internal/share"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"

refresh() {
    # Each cache tool is optional: without it the desktop still finds the files, later.
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$DATA/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache --quiet --ignore-theme-index "$DATA/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/mime/packages/$APP_ID.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -type f -delete 2>/dev/null || true
    if [ -L "$BIN/workbench" ]; then rm -f "$BIN/workbench"; fi
    refresh
    echo "Fact-check Workbench was removed from the desktop; you may now delete $HERE."
    exit 0
fi

if [ ! -x "$HERE/workbench" ] || [ ! -d "$SHARE" ]; then
    echo "Run this script from the unpacked Fact-check Workbench folder." >&2
    exit 1
fi

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" "$DATA/icons" "$BIN"
# The menu entry starts the bundle by its full path, so ~/.local/bin need not be on PATH.
sed -e "s|^Exec=workbench|Exec=\"$HERE/workbench\"|" -e "s|^TryExec=workbench|TryExec=$HERE/workbench|" \
    "$SHARE/applications/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
cp "$SHARE/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp "$SHARE/mime/packages/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
cp -R "$SHARE/icons/hicolor" "$DATA/icons/"
ln -sf "$HERE/workbench" "$BIN/workbench"
refresh
echo "Fact-check Workbench is installed: find it in your applications menu, or run 'workbench'."
