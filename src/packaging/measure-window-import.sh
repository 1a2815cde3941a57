#!/usr/bin/env bash
# Measures the window's import at a heap cap: a 20,000-paper listing previewed, imported and placed in
# families (org.lectern.bench.WindowImport, the window's steps without its screen) into a 100,000-paper
# library whose papers were put into the families Lectern proposed.
#
#   src/packaging/measure-window-import.sh [CAPS] [WORK]
#     CAPS  heap caps to try, default "128m 160m 192m 256m"; each run gets a fresh copy of the library
#     WORK  where the listings and the library are kept between runs (default target/window-import);
#           delete it to build them again
#
# Prints, per cap, the harness's own line (papers, times, peak heap, resident peak), the resident peak
# that /usr/bin/time saw, and the longest and mean garbage collection pauses from -Xlog:gc. The JVM's
# other options are the image's own (jlink.cfg --add-options); -Xmx given here overrides its cap, and
# JVM_EXTRA adds more (e.g. JVM_EXTRA=-XX:+UseSerialGC to compare collectors).
set -euo pipefail
caps=${1:-128m 160m 192m 256m}
work=${2:-target/window-import}
java=target/lectern/bin/java
lectern=target/lectern/bin/lectern
[[ -x $java ]] || { echo "measure-window-import: $java is missing: mvn -o -B -q package -DskipTests" >&2; exit 2; }
harness() { "$java" "$@" -m org.lectern/org.lectern.bench.WindowImport; }
mkdir -p "$work"
if [[ ! -f $work/library.db ]]; then
  echo "building the 100,000-paper library with families in $work (once)"
  # built with a heap of its own: the generator holds every synthetic paper, and proposing families reads
  # every paper at once, neither of which the window's import does
  "$java" -Xmx1g -m org.lectern/org.lectern.bench.WindowImport listing 100000 7 "$work/library.txt"
  "$java" -Xmx1g -m org.lectern/org.lectern.bench.WindowImport listing 20000 8 "$work/new.txt"
  rm -f "$work/building.db"
  "$lectern" --library "$work/building.db" import "$work/library.txt" >/dev/null
  JDK_JAVA_OPTIONS=-Xmx1g "$lectern" --library "$work/building.db" families suggest --accept >/dev/null
  mv "$work/building.db" "$work/library.db"
fi
read -r -a extra <<< "${JVM_EXTRA:-}"
for cap in $caps; do
  rm -f "$work/run.db" "$work/run.db-wal" "$work/run.db-shm"
  cp "$work/library.db" "$work/run.db"
  set +e
  /usr/bin/time -v -o "$work/time-$cap.txt" "$java" "-Xmx$cap" ${extra[@]+"${extra[@]}"} "-Xlog:gc:file=$work/gc-$cap.log" \
    -m org.lectern/org.lectern.bench.WindowImport import "$work/run.db" "$work/new.txt" > "$work/out-$cap.txt" 2>&1
  rc=$?
  set -e
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f MB", $2 / 1024}' "$work/time-$cap.txt")
  # pauses only: a concurrent cycle runs beside the other threads
  pauses=$(grep ' Pause ' "$work/gc-$cap.log" | grep -oE '[0-9.]+ms$' | tr -d 'ms' | sort -n |
    awk '{ a[NR] = $1 } END { p = int(NR * 0.95); if (p < 1) p = 1; if (NR) printf "%d pauses: median %.1f ms, 95th percentile %.1f ms, longest %.1f ms, %d full", NR, a[int((NR + 1) / 2)], a[p], a[NR], full; else print "no pauses" }' full="$(grep -c 'Pause Full' "$work/gc-$cap.log" || true)")
  echo "-Xmx$cap ${JVM_EXTRA:-}: exit $rc; $(tail -n 1 "$work/out-$cap.txt")"
  echo "          resident peak $rss (/usr/bin/time); $pauses"
done
