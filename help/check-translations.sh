#!/bin/sh
# Checks each translation of the help listed in LINGUAS (next to this script):
#  - msgfmt --check accepts <lang>/<lang>.po, and once merged with the
#    messages of the current pages of help/C (so that a page changed without
#    updating the translation counts), it has no untranslated or fuzzy
#    message;
#  - itstool merges every message into the pages of help/C and legal.xml,
#    and the merged pages are valid Mallard (yelp-check validate).
#
# Usage: check-translations.sh [HELPDIR]

set -u

helpdir=${1:-$(dirname "$0")}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
status=0

if ! itstool -o "$tmp/help.pot" "$helpdir"/C/*.page "$helpdir"/C/legal.xml; then
    echo "itstool could not extract the messages of $helpdir/C" >&2
    exit 1
fi

for lang in $(sed -e 's/#.*//' "$helpdir/LINGUAS"); do
    po="$helpdir/$lang/$lang.po"
    if [ ! -f "$po" ]; then
        echo "$po: missing" >&2
        status=1
        continue
    fi

    if ! out=$(LC_ALL=C msgfmt --check -o "$tmp/$lang.mo" "$po" 2>&1); then
        echo "$po: msgfmt failed:" >&2
        echo "$out" >&2
        status=1
        continue
    fi
    if ! msgmerge --quiet -o "$tmp/$lang.po" "$po" "$tmp/help.pot" ||
       ! stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>&1); then
        echo "$po: could not merge it with the current pages" >&2
        status=1
        continue
    fi
    case $stats in
        *untranslated*|*fuzzy*)
            echo "$po: incomplete: $stats" >&2
            status=1
            ;;
        *)
            echo "$po: $stats"
            ;;
    esac

    mkdir -p "$tmp/$lang"
    # itstool only warns about a message it cannot merge (bad markup in the
    # translation) and keeps the English text, so any output is a failure.
    out=$(itstool -m "$tmp/$lang.mo" -o "$tmp/$lang/" \
          "$helpdir"/C/*.page "$helpdir"/C/legal.xml 2>&1)
    rc=$?
    if [ $rc -ne 0 ] || [ -n "$out" ]; then
        echo "$po: itstool could not merge the translation:" >&2
        echo "$out" >&2
        status=1
        continue
    fi
    if ! yelp-check validate "$tmp/$lang"; then
        echo "$po: the translated pages are not valid Mallard" >&2
        status=1
    fi
done

exit $status
