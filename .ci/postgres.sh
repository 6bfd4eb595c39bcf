# Sourced by .ci/test: a throw-away PostgreSQL cluster for the tests, and nginx for the proxy test.
#   start_postgres  installs Debian's postgresql (and nginx) when missing, creates a cluster in a new temp folder,
#                   starts it on a free loopback port with its socket in that folder, and exports
#                   CEASEFIRE_TEST_POSTGRES (the tests create their databases from it)
#   stop_postgres   stops the cluster (immediate: nothing in it is worth a clean shutdown) and removes the folder
# initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user the package creates.

pg_install_missing() {
  local missing=()
  compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian's ${missing[*]} for the store and proxy tests..."
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  # The packages would start a system cluster on 5432 and nginx on 80, which the tests never use: a policy-rc.d that
  # refuses every start keeps them stopped (only while installing, and only when no policy is in place already).
  local policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee "$policy" >/dev/null
    $sudo_cmd chmod +x "$policy"
  fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -z "$policy" ] || $sudo_cmd rm -f "$policy"
}

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

start_postgres() {
  pg_install_missing
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_TEST_DIR=$(mktemp -d /tmp/ceasefire-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_TEST_DIR"
  pg_as_owner "$bin/initdb" -D "$PG_TEST_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  local port
  for _ in 1 2 3; do
    port=$(pg_free_port)
    # fsync off: a test cluster that dies with the run has nothing to keep safe, and the tests create many databases.
    if pg_as_owner "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
         -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null; then
      PG_TEST_BIN=$bin
      export CEASEFIRE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      echo "PostgreSQL test cluster on 127.0.0.1:$port in $PG_TEST_DIR"
      return 0
    fi
  done
  echo "Could not start the PostgreSQL test cluster:" >&2
  cat "$PG_TEST_DIR/server.log" >&2 || true
  return 1
}

stop_postgres() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR" ]; then
    [ -n "${PG_TEST_BIN:-}" ] && pg_as_owner "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}
