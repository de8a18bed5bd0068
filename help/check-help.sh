#!/bin/sh
# Checks the Mallard pages of the help in DIR (help/C by default) with
# yelp-check ids, links and orphans. Those commands print the problems they
# find but do not always exit with a failing status, so this script fails
# when any of them prints anything or fails (as gnome-user-docs' check.sh).
#
# Usage: check-help.sh [DIR]

set -u

dir=${1:-$(dirname "$0")/C}
status=0

for check in ids links orphans; do
    out=$(yelp-check "$check" "$dir" 2>&1)
    rc=$?
    if [ $rc -ne 0 ] || [ -n "$out" ]; then
        echo "yelp-check $check $dir (exit status $rc):" >&2
        echo "$out" >&2
        status=1
    fi
done

exit $status
