# Sourced by the bench scripts that start servers: a work directory, removed at exit together with
# the server whose process id the caller keeps in $pid (stopped first, if one is still running).
work=$(mktemp -d)
pid=
cleanup() {
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
