#!/bin/sh
# Runs a test with an unlocked GNOME Keyring of its own, in the D-Bus
# session this script runs in (the test's command wraps it in
# dbus-run-session), so that the Secret Service really stores what the
# app gives it. The keyring lives in a temporary home; both go on exit.
set -eu

home=$(mktemp -d)
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home"

# A keyring is created unlocked with the password on stdin; an empty
# one would make the daemon ask through a prompter, which needs a person.
# The tests' G_DEBUG=fatal-warnings is theirs: the daemon warns when an
# item is replaced.
printf 'motcua-test-keyring' |
  env -u G_DEBUG -u MALLOC_CHECK_ gnome-keyring-daemon --foreground --unlock --components=secrets >"$home/keyring.env" &
daemon=$!
trap 'kill $daemon 2>/dev/null; rm -rf "$home"' EXIT
gdbus wait --session --timeout 10 org.freedesktop.secrets

"$@"
