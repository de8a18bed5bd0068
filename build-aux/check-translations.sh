#!/bin/sh
# Checks that every translation in po/ is complete and up to date with the
# sources:
#
#  - po/LINGUAS and the po/*.po files match;
#  - msgfmt --check (formats, header, plural forms) and --check-accelerators
#    (one "_" mnemonic in the translation when the original has one) accept
#    each po/<lang>.po, and it has no untranslated or fuzzy message;
#  - a fresh template is extracted from the files of po/POTFILES.in with
#    xgettext, with the keywords and flags of meson's i18n.gettext() "glib"
#    preset (.ui, .desktop, metainfo and gschema files go through xgettext's
#    ITS rules); each .po, merged with it by msgmerge, must still pass the
#    checks above, so a string added or changed in the sources without
#    updating the translation makes the check fail.
#
# Usage: check-translations.sh [SOURCE_ROOT]
#
# Exits 0 when every translation is complete, 1 otherwise.

set -u

srcdir=${1:-$(dirname "$0")/..}
cd "$srcdir" || exit 1

# English diagnostics, so that the statistics can be parsed.
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
status=0

# Keep in step with meson's i18n "glib" preset (mesonbuild/modules/i18n.py).
if ! xgettext --package-name=motcua -f po/POTFILES.in -D . -k_ -o "$tmp/fresh.pot" \
        --from-code=UTF-8 --add-comments \
        --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
        --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
        --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
        --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
        --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
        --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
        --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
        --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
        --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format \
        --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
        > "$tmp/xgettext.log" 2>&1; then
    echo "xgettext could not extract the messages of po/POTFILES.in:" >&2
    cat "$tmp/xgettext.log" >&2
    exit 1
fi
# xgettext only warns when it has no rules for a file (it then reads it as
# C and finds nothing): that would hide the strings of that file.
if grep -q 'extension .* is unknown' "$tmp/xgettext.log"; then
    echo "xgettext does not know how to read some files of po/POTFILES.in" \
         "(are the ITS rules of glib, gtk4 and appstream installed?):" >&2
    cat "$tmp/xgettext.log" >&2
    exit 1
fi

# LINGUAS and the .po files must match.
linguas=$(sed -e 's/#.*//' po/LINGUAS | tr -s '[:space:]' '\n' | sed -e '/^$/d')
for lang in $linguas; do
    if [ ! -f "po/$lang.po" ]; then
        echo "po/$lang.po: missing, but po/LINGUAS lists $lang" >&2
        status=1
    fi
done
for po in po/*.po; do
    [ -f "$po" ] || continue
    lang=$(basename "$po" .po)
    if ! echo "$linguas" | grep -qxF "$lang"; then
        echo "$po: not in po/LINGUAS, so it is neither built nor installed" >&2
        status=1
    fi
done

# Prints the msgids of a PO file read on stdin, one a line, but the header.
list_msgids () {
    awk '
        function text(s) { sub(/^[^"]*"/, "", s); sub(/"[[:space:]]*$/, "", s); return s }
        /^msgid / { inid = 1; id = text($0); next }
        /^"/ { if (inid) id = id text($0); next }
        { if (inid && id != "") print "    \"" id "\""; inid = 0 }
        END { if (inid && id != "") print "    \"" id "\"" }
    '
}

# Runs msgfmt on $1, leaving its statistics in $stats; fails, naming $2, on
# an error or an incomplete file.
check_po () {
    if ! stats=$(msgfmt --check --check-accelerators=_ --statistics \
                 -o /dev/null "$1" 2>&1); then
        echo "$2: msgfmt failed:" >&2
        echo "$stats" >&2
        return 1
    fi
    case $stats in
        *untranslated*|*fuzzy*)
            echo "$2: incomplete: $stats" >&2
            return 1
            ;;
    esac
    return 0
}

for po in po/*.po; do
    [ -f "$po" ] || continue
    lang=$(basename "$po" .po)

    if ! check_po "$po" "$po"; then
        status=1
        continue
    fi

    if ! msgmerge --quiet --previous -o "$tmp/$lang.po" "$po" "$tmp/fresh.pot" 2> "$tmp/msgmerge.log"; then
        echo "$po: msgmerge could not merge it with the sources:" >&2
        cat "$tmp/msgmerge.log" >&2
        status=1
        continue
    fi
    if ! check_po "$tmp/$lang.po" "$po (merged with the sources)"; then
        echo "  messages of the sources it does not translate yet:" >&2
        { msgattrib --untranslated "$tmp/$lang.po"; msgattrib --only-fuzzy "$tmp/$lang.po"; } \
            2>/dev/null | list_msgids >&2
        echo "  (update it: meson compile -C BUILDDIR motcua-update-po, then translate)" >&2
        status=1
        continue
    fi

    obsolete=$(msgattrib --only-obsolete "$po" 2>/dev/null | grep -c '^#~ msgid ')
    echo "$po: up to date with the sources: $stats ($obsolete obsolete)"
done

exit $status
