#!/usr/bin/env bash
# Writes src/packaging/classlist: the classes the window loads while it opens on a library of papers.
# The build (mvn package) dumps them into the runtime image's class-data-sharing archive
# (lib/server/classes.jsa), so they are mapped at start-up instead of loaded and verified one by one.
# Rerun after changes that add many classes to start-up; classes the list names that no longer exist
# are skipped by the dump, classes it misses load as usual.
#
#   src/packaging/make-classlist.sh        (after mvn -B package; needs Xvfb: apt-get install -y xvfb)
set -euo pipefail
cd "$(dirname "$0")/../.."
launcher=target/lectern/bin/lectern
[[ -x $launcher ]] || { echo "make-classlist: build the image first: mvn -B package" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "make-classlist: Xvfb is missing: apt-get install -y xvfb" >&2; exit 2; }
work=$(mktemp -d)
xvfb=
app=
cleanup() {
  [[ -n $app ]] && kill "$app" 2>/dev/null || true
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=:$((300 + RANDOM % 100))
Xvfb "$DISPLAY" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
# a library with papers, so the table, sidebar and detail pane are all filled as a reader sees them
"$launcher" --library "$work/library.db" import src/test/resources/listings/dev-daily-papers-2024.txt >/dev/null
# The window writes each class to the list as it loads it; it is ended once it says its first rows are
# on screen and has had two seconds more (a busy machine only makes that later, never the list shorter).
JDK_JAVA_OPTIONS="-XX:DumpLoadedClassList=$work/classlist -Dlectern.trace=true" \
  "$launcher" --library "$work/library.db" >"$work/window.log" 2>&1 &
app=$!
for ((i = 0; i < 1200; i++)); do
  grep -q 'first rows shown' "$work/window.log" && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
grep -q 'first rows shown' "$work/window.log" || echo "make-classlist: the window did not show its first rows within 120 s" >&2
sleep 2
kill -TERM "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
app=
[[ -s $work/classlist ]] || { echo "make-classlist: the window wrote no class list" >&2; exit 1; }
cp "$work/classlist" src/packaging/classlist
echo "make-classlist: $(grep -vc '^#' src/packaging/classlist) classes in src/packaging/classlist"
