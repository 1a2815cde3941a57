#!/usr/bin/env bash
# Rewrites the runtime image's class-data-sharing archive to hold the classes the window loads at
# start-up (src/packaging/classlist: the JDK's, JavaFX's, Lectern's), not only the JDK's default ones.
# The JVM maps the archive by itself at launch, so no option is needed. Run by mvn package after jlink,
# only when jlink.cfg asks for an archive (--generate-cds-archive made lib/server/classes.jsa).
#
#   src/packaging/share-classes.sh IMAGE
set -euo pipefail
image=$1
list=$(dirname "$0")/classlist
archive=$image/lib/server/classes.jsa
[[ -f $archive && -f $list ]] || exit 0
rm -f "$archive"
# classes in the list that this build no longer has, or cannot archive, are skipped: say how many
log=$("$image/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" 2>&1) || {
  echo "$log" >&2
  exit 1
}
echo "share-classes: $(grep -vc '^#' "$list") classes listed, $(grep -c 'Skipping\|Preload Warning' <<<"$log" || true) skipped; $(du -h "$archive" | cut -f1) archive"
