#!/usr/bin/env bash
# Rewrites the runtime image's class-data-sharing archive to hold the classes the window loads at
# start-up (src/packaging/classlist: the JDK's, JavaFX's, Lectern's), not only the JDK's default ones.
# The JVM maps the archive by itself at launch, so no option is needed. Run by mvn package after jlink,
# only when jlink.cfg asks for an archive (--generate-cds-archive made lib/server/classes.jsa, or
# bin/server/classes.jsa on Windows).
#
#   src/packaging/share-classes.sh IMAGE
set -euo pipefail
image=$1
list=$(dirname "$0")/classlist
# the JVM's default archive: lib/server on Linux and macOS, bin/server on Windows
archive=
for dir in lib/server bin/server; do
  [[ -f $image/$dir/classes.jsa ]] && archive=$image/$dir/classes.jsa
done
[[ -n $archive && -f $list ]] || exit 0
java=$image/bin/java
[[ -x $java ]] || java=$image/bin/java.exe
rm -f "$archive"
# options from the environment (an agent, a heap size) must not go into the archive
unset JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS
# classes in the list that this build no longer has, or cannot archive, are skipped: say how many
log=$("$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" 2>&1) || {
  echo "$log" >&2
  exit 1
}
echo "share-classes: $(grep -vc '^#' "$list") classes listed, $(grep -c 'Skipping\|Preload Warning' <<<"$log" || true) skipped; $(du -h "$archive" | cut -f1) archive"
