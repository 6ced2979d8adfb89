#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for the test suite and
# prints its DATABASE_URL. Usage: scripts/pg/throwaway-cluster.sh start|stop [DIR] [PORT]
# PostgreSQL refuses to run as root, so the cluster runs as the `postgres` user.
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:-/tmp/objector-pg}
port=${3:-54329}
bin=$(dirname "$(readlink -f "$(command -v postgres)")")
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    rm -rf "$dir" && mkdir -p "$dir" && { [ "$(id -u)" != 0 ] || chown postgres "$dir"; }
    as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop [DIR] [PORT]" >&2; exit 2 ;;
esac
