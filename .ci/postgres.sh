# Starts a throw-away PostgreSQL on 127.0.0.1:55432 (trust auth) for the tests, and exports its connection string.
# Sourced by .ci/run; usable by hand: `source .ci/postgres.sh && start_postgres`.
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ]; then
    echo "PostgreSQL binaries not found; the cluster tests will be skipped"
    return 0
  fi
  PG_BIN=$bin
  PG_DIR=$(mktemp -d /tmp/scheduler-pg.XXXXXX)
  chown postgres:postgres "$PG_DIR"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p 55432 -k $PG_DIR -c fsync=off" start >/dev/null
  export SCHEDULER_TEST_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"
  echo "PostgreSQL started: $SCHEDULER_TEST_POSTGRES"
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
