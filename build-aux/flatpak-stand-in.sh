#!/usr/bin/env bash
# flatpak-stand-in.sh trees|install|user-dir - a stand-in for the GNOME 48 Flatpak runtime and SDK.
#
# Flathub cannot be reached from the machines that test Kamervragen, so the Flatpak test builds
# the real manifest against a stand-in: a runtime and an SDK *named* org.gnome.Platform//48 and
# org.gnome.Sdk//48, made from Debian 13 packages (GTK 4.18, libadwaita 1.7, GLib 2.84 and
# json-glib 1.10: the versions GNOME 48 ships). It proves the manifest, the build, the exports
# and the sandbox integration; it is not the real runtime (Debian's library set and /etc, no GL
# or codec extensions). It lives in a private Flatpak installation (FLATPAK_USER_DIR) in the
# cache, so it can never be mistaken for, or mixed with, a real one.
#
#   flatpak-stand-in.sh trees     on the host: the Debian trees (mmdebstrap, ~4 min)
#   flatpak-stand-in.sh install   in the build root: commit the trees as runtimes and install
#                                 them into $KV_FLATPAK_DIR/user (~2 min)
#   flatpak-stand-in.sh user-dir  print that installation's FLATPAK_USER_DIR
#
# Both steps are skipped when their result exists for the same package lists. Everything is in
# KV_FLATPAK_DIR (default: $KV_CACHE_DIR/flatpak, i.e. ~/.cache/kamervragen/flatpak), which
# build-aux/dev binds into the build root.
set -eu -o pipefail

CACHE=${KV_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kamervragen}
FLATPAK_DIR=${KV_FLATPAK_DIR:-$CACHE/flatpak}
BRANCH=48
PLATFORM_ID=org.gnome.Platform
SDK_ID=org.gnome.Sdk
REMOTE=kamervragen-stand-in

# What Kamervragen needs at run time, plus what a GTK app expects of the GNOME runtime (fonts,
# icons, the SVG loader, the MIME database, D-Bus).
PLATFORM_PACKAGES=(
  libgtk-4-1 libgtk-4-bin libadwaita-1-0 libjson-glib-1.0-0 libxml2 libglib2.0-bin
  gsettings-desktop-schemas shared-mime-info librsvg2-common dbus
  fonts-cantarell fonts-dejavu-core fontconfig hicolor-icon-theme adwaita-icon-theme
)
# What its meson build needs, and the tools flatpak-builder runs inside the SDK.
SDK_PACKAGES=(
  "${PLATFORM_PACKAGES[@]}"
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libxml2-dev
  gcc libc6-dev meson ninja-build pkg-config gettext desktop-file-utils appstream
  appstream-util elfutils binutils patch file procps
)

say() { printf '\033[1m[flatpak stand-in]\033[0m %s\n' "$*" >&2; }
die() { printf '[flatpak stand-in] error: %s\n' "$*" >&2; exit 1; }

# Changing a package list makes new trees and a new installation.
lists_hash() {
  { printf '%s\n' "${PLATFORM_PACKAGES[@]}"; echo --; printf '%s\n' "${SDK_PACKAGES[@]}"; } |
    sha256sum | cut -c1-12
}

HASH=$(lists_hash)
TREES=$FLATPAK_DIR/trees-$HASH
export FLATPAK_USER_DIR=$FLATPAK_DIR/user
INSTALLED_MARKER=$FLATPAK_USER_DIR/stand-in-$HASH.complete

# make_tree NAME PACKAGE...: a Debian 13 tree, complete only once its marker is written.
# --variant=essential has no apt: a tree cannot be extended later, only remade.
make_tree() {
  local name=$1 packages
  shift
  [ -f "$TREES/$name.complete" ] && { say "reusing the $name tree"; return 0; }
  rm -rf "${TREES:?}/$name"
  packages=$(IFS=,; echo "$*")
  say "building the $name tree (log: $TREES/$name.log)"
  mmdebstrap --variant=essential --include="$packages" trixie "$TREES/$name" > "$TREES/$name.log" 2>&1
  touch "$TREES/$name.complete"
}

# Runs on the host: the build root is entered with bwrap, which drops root's capabilities, so
# mmdebstrap could neither mount nor chroot in there.
trees() {
  local platform_pid sdk_pid failed=0
  # mmdebstrap chooses its mode: root mode as root, else unshare mode (which needs subuids).
  command -v mmdebstrap >/dev/null || die "mmdebstrap is missing (apt-get install mmdebstrap)"
  mkdir -p "$TREES"
  # Outdated package lists only take space.
  find "$FLATPAK_DIR" -maxdepth 1 -name 'trees-*' ! -path "$TREES" -exec rm -rf {} +
  # The two trees download and unpack independently: build them side by side.
  make_tree platform "${PLATFORM_PACKAGES[@]}" & platform_pid=$!
  make_tree sdk "${SDK_PACKAGES[@]}" & sdk_pid=$!
  wait "$platform_pid" || failed=1
  wait "$sdk_pid" || failed=1
  [ "$failed" = 0 ] || die "mmdebstrap failed; see $TREES/*.log"
}

# export_runtime TREE ID: commits TREE as the runtime ID//48. The runtime's files are the tree's
# /usr; flatpak makes the sandbox's /etc from /usr/etc, and its own ld.so.cache.
export_runtime() {
  local tree=$TREES/$1 id=$2 stage=$FLATPAK_DIR/stage-$1 arch
  arch=$(flatpak --default-arch)
  rm -rf "$stage"
  mkdir -p "$stage"
  cp -al "$tree/usr" "$stage/usr"
  cp -a "$tree/etc" "$stage/usr/etc"
  rm -f "$stage"/usr/etc/{ld.so.cache,resolv.conf,hostname,hosts,machine-id}
  printf '[Runtime]\nname=%s\nruntime=%s/%s/%s\nsdk=%s/%s/%s\n' "$id" \
    "$PLATFORM_ID" "$arch" "$BRANCH" "$SDK_ID" "$arch" "$BRANCH" > "$stage/metadata"
  say "committing $id//$BRANCH"
  # Without --files=usr, flatpak insists that the folder was made by build-init.
  flatpak build-export --disable-fsync --runtime --files=usr --arch="$arch" \
    --subject="Stand-in for $id $BRANCH made from Debian 13 packages" \
    "$FLATPAK_DIR/repo" "$stage" "$BRANCH" > "$FLATPAK_DIR/export-$1.log"
  rm -rf "$stage"
}

install_stand_in() {
  [ -f "$INSTALLED_MARKER" ] && { say "reusing the installed stand-in in $FLATPAK_USER_DIR"; return 0; }
  [ -f "$TREES/platform.complete" ] && [ -f "$TREES/sdk.complete" ] ||
    die "the Debian trees are missing; run 'flatpak-stand-in.sh trees' on the host first"
  rm -rf "$FLATPAK_DIR/repo" "$FLATPAK_USER_DIR"
  export_runtime platform "$PLATFORM_ID"
  export_runtime sdk "$SDK_ID"
  flatpak --user remote-add --no-gpg-verify "$REMOTE" "file://$FLATPAK_DIR/repo"
  say "installing $PLATFORM_ID//$BRANCH and $SDK_ID//$BRANCH into $FLATPAK_USER_DIR"
  flatpak --user install -y --noninteractive "$REMOTE" "$PLATFORM_ID//$BRANCH" "$SDK_ID//$BRANCH" >&2
  touch "$INSTALLED_MARKER"
}

case "${1:-}" in
  trees) trees ;;
  install) install_stand_in ;;
  user-dir) echo "$FLATPAK_USER_DIR" ;;
  *) sed -n '2,19s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
esac
