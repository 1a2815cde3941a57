#!/usr/bin/env bash
# Builds the benchmark's floor for the first window: a jlink image of a minimal JavaFX program (one
# Stage and a Label, src/packaging/minimal-window) made exactly as Lectern's image is: the options of
# jlink.cfg (compression, JVM options, class-data sharing) but for its own module and launcher, the
# same class list dumped into its archive (the JavaFX classes both load; Lectern's are skipped), and
# the same exec launcher. lectern bench starts it beside bin/lectern. Run by mvn package after jlink.
#
#   src/packaging/minimal-window.sh JDK TARGET MODULES    (output: TARGET/minimal-window)
set -euo pipefail
jdk=$1 target=$2 modules=$3
cd "$(dirname "$0")/../.."
out=$target/minimal-window
classes=$target/minimal-window-classes
cfg=$target/minimal-window-jlink.cfg
rm -rf "$out" "$classes"
"$jdk/bin/javac" --release 17 --module-path "$modules" -d "$classes" \
  src/packaging/minimal-window/module-info.java src/packaging/minimal-window/org/lectern/minimalwindow/MinimalWindow.java \
  src/packaging/minimal-window/org/lectern/minimalwindow/Launch.java src/main/java/org/lectern/ui/SoftwareRendering.java
# every jlink option of Lectern's image except which module it holds and what its launcher starts
grep -v -e '^--add-modules' -e '^--launcher' jlink.cfg >"$cfg"
# jlink's own archive warns of every JDK class in its default list that this smaller image lacks
log=$("$jdk/bin/jlink" @"$cfg" --add-modules org.lectern.minimalwindow \
  --launcher lectern=org.lectern.minimalwindow/org.lectern.minimalwindow.Launch \
  --module-path "$classes:$modules" --output "$out" 2>&1) || { echo "$log" >&2; exit 1; }
bash src/packaging/share-classes.sh "$out"
bash src/packaging/exec-launcher.sh "$out"
