#!/bin/sh
# Checks that po/POTFILES.in lists every file with translatable strings,
# so that none is left out of the translation template (modelled on GNOME
# Papers' .gitlab-ci/check-potfiles.sh):
#
#  - every C source or header under src/ that calls a gettext function:
#    _(), N_(), C_(), NC_(), gettext(), ngettext(), g_dgettext(),
#    g_dngettext(), g_dcgettext() or g_dpgettext2();
#  - every GtkBuilder .ui file under src/ or data/ with translatable="yes";
#  - every *.in file under data/ (desktop entry, metainfo, ...) and every
#    GSettings schema (*.gschema.xml) with a summary or a description;
#
# unless po/POTFILES.skip lists it. It also fails when POTFILES.in lists a
# file that does not exist.
#
# Usage: check-potfiles.sh [SOURCE_ROOT]
#
# Exits 0 when POTFILES.in is complete, 1 otherwise (listing the files).

set -u

srcdir=${1:-$(dirname "$0")/..}
cd "$srcdir" || exit 1

potfiles=po/POTFILES.in
skipfile=po/POTFILES.skip

if [ ! -f "$potfiles" ]; then
    echo "$srcdir/$potfiles: missing" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# The entries of a POTFILES-style list: no comments, blank lines or
# "[encoding: ...]" lines, no surrounding spaces, no leading "./".
entries () {
    if [ -f "$1" ]; then
        sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' \
            -e '/^\[/d' -e '/^$/d' -e 's|^\./||' "$1"
    fi
}

entries "$potfiles" | LC_ALL=C sort -u > "$tmp/listed"
entries "$skipfile" | LC_ALL=C sort -u > "$tmp/skipped"

# Files that contain translatable strings.
{
    find src -type f \( -name '*.c' -o -name '*.h' \) -print0 2>/dev/null |
        xargs -0 -r grep -lE \
        '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|gettext|ngettext|g_dgettext|g_dngettext|g_dcgettext|g_dpgettext2?)[[:space:]]*\(' \
        2>/dev/null
    find src data -type f -name '*.ui' -print0 2>/dev/null |
        xargs -0 -r grep -l 'translatable="yes"' 2>/dev/null
    find data -type f -name '*.in' -print 2>/dev/null
    find data -type f \( -name '*.gschema.xml' -o -name '*.gschema.xml.in' \) -print0 2>/dev/null |
        xargs -0 -r grep -lE '<(summary|description)' 2>/dev/null
} | sed -e 's|^\./||' | LC_ALL=C sort -u > "$tmp/found"

status=0

# Found, not skipped, and not listed.
LC_ALL=C comm -23 "$tmp/found" "$tmp/skipped" | LC_ALL=C comm -23 - "$tmp/listed" > "$tmp/missing"
if [ -s "$tmp/missing" ]; then
    echo "These files have translatable strings but are missing from $potfiles" >&2
    echo "(add them, or list them in $skipfile if they must not be translated):" >&2
    sed -e 's/^/  /' "$tmp/missing" >&2
    status=1
fi

# Listed but gone.
: > "$tmp/gone"
while IFS= read -r f; do
    [ -f "$f" ] || echo "$f" >> "$tmp/gone"
done < "$tmp/listed"
if [ -s "$tmp/gone" ]; then
    echo "$potfiles lists files that do not exist:" >&2
    sed -e 's/^/  /' "$tmp/gone" >&2
    status=1
fi

# Housekeeping, reported but not fatal.
if ! entries "$potfiles" | LC_ALL=C sort -c 2>/dev/null; then
    echo "note: $potfiles is not sorted (LC_ALL=C sort)" >&2
fi
dups=$(entries "$potfiles" | LC_ALL=C sort | uniq -d | tr '\n' ' ')
if [ -n "$dups" ]; then
    echo "note: $potfiles lists some files twice: $dups" >&2
fi

if [ $status -eq 0 ]; then
    echo "$potfiles: all $(wc -l < "$tmp/found") files with translatable strings are listed" \
         "($(wc -l < "$tmp/listed") listed, $(wc -l < "$tmp/skipped") skipped)"
fi

exit $status
