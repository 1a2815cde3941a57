#!/usr/bin/env bash
# Makes the runtime image's launcher script replace itself with the JVM (exec) instead of running it
# as a child: a signal sent to the launcher's pid (SIGTERM from a session manager, a service, a test)
# then reaches the JVM, whose shutdown closes the library, and whoever waits on that pid waits for
# the JVM. jlink writes the script; this rewrites its last line and quotes the paths, so an image in
# a folder with spaces starts too. Run by mvn package after jlink.
#
#   src/packaging/exec-launcher.sh IMAGE
set -euo pipefail
launcher=$1/bin/lectern
[[ -f $launcher ]] || exit 0 # Windows images have lectern.bat, which has no exec
sed -i -e 's|^DIR=`dirname \$0`$|DIR=`dirname "$0"`|' \
       -e 's|^\$DIR/java \$JLINK_VM_OPTIONS |exec "$DIR/java" $JLINK_VM_OPTIONS |' "$launcher"
grep -q '^exec "\$DIR/java" ' "$launcher" || { echo "exec-launcher: unexpected launcher script $launcher" >&2; cat "$launcher" >&2; exit 1; }
