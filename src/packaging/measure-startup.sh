#!/usr/bin/env bash
# Measures Lectern's start-up: from starting the launcher to its window "Lectern" being shown.
#
#   src/packaging/measure-startup.sh [LAUNCHER] [RUNS]
#     LAUNCHER  default target/lectern/bin/lectern (e.g. /opt/lectern/bin/Lectern once installed)
#     RUNS      default 7; prints each run in ms, then the median
#
# Needs: Xvfb and xdotool (apt-get install -y xvfb xdotool). Uses $DISPLAY when set, else starts its
# own Xvfb. Each run gets the same library in a temporary folder, created by a first, untimed run.
# Set DROP_CACHES=1 (as root, where the kernel allows it) to empty the page cache before each run.
set -euo pipefail
launcher=${1:-target/lectern/bin/lectern}
runs=${2:-7}
for tool in xdotool Xvfb; do
  command -v "$tool" >/dev/null || { echo "measure-startup: $tool is missing: apt-get install -y xvfb xdotool" >&2; exit 2; }
done
work=$(mktemp -d)
xvfb=
app=
cleanup() {
  [[ -n $app ]] && kill -- "-$app" 2>/dev/null || true
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
if [[ -z ${DISPLAY:-} ]]; then
  export DISPLAY=:$((200 + RANDOM % 100))
  Xvfb "$DISPLAY" -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
fi

# CPU time (user + system, ms) used so far by the processes of session $1: the work of starting,
# which, unlike the wall time, does not grow when other programs share the machine.
session_cpu_ms() {
  local tick total=0 pid stat
  tick=$(getconf CLK_TCK)
  for pid in $(ps -o pid= -s "$1"); do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    stat=${stat##*) }   # the fields after the command name
    set -- $stat
    total=$(( total + ${12} + ${13} ))
  done
  echo $(( total * 1000 / tick ))
}

# "WALL CPU": milliseconds from the launcher's start until a visible window titled Lectern exists,
# and the CPU milliseconds spent by then; "-1 -1" after 30 s.
one_run() {
  local start now
  start=$(date +%s%N)
  # its own session, so that the whole group (a launcher script and its java) can be ended
  setsid "$launcher" --library "$work/library.db" >"$work/app.log" 2>&1 &
  app=$!
  while :; do
    if xdotool search --onlyvisible --name '^Lectern$' >/dev/null 2>&1; then
      now=$(date +%s%N); echo "$(( (now - start) / 1000000 )) $(session_cpu_ms "$app")"; break
    fi
    now=$(date +%s%N)
    if (( now - start > 30000000000 )); then echo "-1 -1"; break; fi
    sleep 0.01
  done
  kill -- "-$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  while kill -0 -- "-$app" 2>/dev/null; do sleep 0.05; done
  app=
}

one_run >/dev/null   # creates the library and warms nothing that DROP_CACHES would not undo
walls=() cpus=()
for ((i = 0; i < runs; i++)); do
  if [[ ${DROP_CACHES:-0} == 1 ]]; then sync; echo 3 >/proc/sys/vm/drop_caches; fi
  result=$(one_run)   # waits until the run's processes have ended
  read -r wall cpu <<<"$result"
  walls+=("$wall") cpus+=("$cpu")
  echo "run $((i + 1)): $wall ms to the window, $cpu ms CPU"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "median: $(median "${walls[@]}") ms to the window, $(median "${cpus[@]}") ms CPU ($runs runs, $launcher, load $(cut -d' ' -f1 /proc/loadavg))"
