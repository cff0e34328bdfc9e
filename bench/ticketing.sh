#!/usr/bin/env bash
# Benchmark of GET /tariffs, POST /ticket-sales and POST /checkins with wrk, on PostgreSQL with 100,000 passholders
# (90% with a kansenstatuut) and 1,000 UiTPAS events of the demo organizers. With MODES=checkins the database first
# gets $CHECKINS past check-ins (with their points in the ledger), and check-ins go to the PERMANENT events (open at
# any time): MODES=checkins bench/ticketing.sh. Before each measured row of check-ins, the check-ins of earlier loads
# are removed (reset_checkins), so that every row sees the same history and about the same share of refusals.
#
# Usage:
#   bench/ticketing.sh               the whole run: a fresh PostgreSQL database, the jar (built when missing or older than src/main), openpas
#                                    on port $PORT with the demo profile, the data (bench/ticketing_data.py through
#                                    POST /admin/imports), a warm-up, wrk per endpoint and connection count, a
#                                    summary table; then openpas is stopped (KEEP=1 leaves it running)
#   bench/ticketing.sh load [URL]    only warm-up and wrk, against a server that was loaded with the data in $DATA
#                                    (e.g. an earlier run with KEEP=1); URL defaults to http://localhost:$PORT
#   bench/ticketing.sh history       writes the $CHECKINS past check-ins into the loaded benchmark database
#   bench/ticketing.sh start         starts openpas on the (already loaded) benchmark database and leaves it running
#   bench/ticketing.sh sql           the SQL of one request of each kind (tariffs, sale, check-in): restarts openpas on the benchmark database
#                                    with log_statement=all for that database, sends sequential requests, counts the
#                                    statements in the PostgreSQL server log ($PG_LOG), resets the setting
#
# Settings (environment): MODES ("tariffs sales"; any of tariffs, sales, checkins), CHECKINS (1000000), PORT (18090), DB (openpas_bench_ticketing), DATA (/tmp/openpas-bench-ticketing),
# PASSHOLDERS (100000), EVENTS (1000), CHUNK (10000 passholders per import), IMPORT_PARALLEL (1), HEAP (1g),
# CONNECTIONS ("8 16 32"), THREADS (2), DURATION (30s), WARMUP (180 seconds in total), KEEP (0),
# PG_LOG (/var/log/postgresql/postgresql-15-main.log), OPENPAS_ARGS (extra arguments for openpas, e.g.
# "--management.observations.enable.spring.security=false"; OPENPAS_DB_POOL_SIZE is passed through).
# Needs: psql on 127.0.0.1 as postgres without password, wrk, python3, a JDK 21+.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PORT=${PORT:-18090}
DB=${DB:-openpas_bench_ticketing}
DATA=${DATA:-/tmp/openpas-bench-ticketing}
PASSHOLDERS=${PASSHOLDERS:-100000}
EVENTS=${EVENTS:-1000}
CHUNK=${CHUNK:-10000}
IMPORT_PARALLEL=${IMPORT_PARALLEL:-1}
HEAP=${HEAP:-1g}
CONNECTIONS=${CONNECTIONS:-8 16 32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-180}
KEEP=${KEEP:-0}
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
OPENPAS_ARGS=${OPENPAS_ARGS:-}
MODES=${MODES:-tariffs sales}
CHECKINS=${CHECKINS:-1000000}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq)

if [ -z "${JAVA_HOME:-}" ]; then
  if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    for candidate in /usr/lib/jvm/*; do
      if [ -x "$candidate/bin/javac" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
        JAVA_HOME="$candidate"
      fi
    done
  fi
  export JAVA_HOME
fi

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

pid=""
stop_server() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}

start_server() {
  mkdir -p "$DATA/run"
  # a copy, so that builds in the working tree during the run do not change what runs; "all" takes a fresh copy,
  # "start" and "sql" keep the jar that loaded the database
  if [ "${1:-}" = fresh ] || [ ! -f "$DATA/run/openpas.jar" ]; then
    cp target/openpas.jar "$DATA/run/openpas.jar.new" && mv "$DATA/run/openpas.jar.new" "$DATA/run/openpas.jar"
    echo "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main pom.xml || echo '+uncommitted changes'), jar of $(date -r target/openpas.jar '+%F %T')" >"$DATA/run/version"
  fi
  (cd "$DATA/run" && OPENPAS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" OPENPAS_DB_USER=postgres OPENPAS_DB_PASSWORD= \
    exec "$JAVA_HOME/bin/java" "-Xms$HEAP" "-Xmx$HEAP" -jar openpas.jar --server.port="$PORT" $OPENPAS_ARGS >>app.log 2>&1) &
  pid=$!
  echo "$pid" >"$DATA/run/openpas.pid"
  for _ in $(seq 1 180); do
    if curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { tail -30 "$DATA/run/app.log" >&2; echo "openpas did not start" >&2; exit 1; }
    sleep 1
  done
  echo "openpas did not become ready; see $DATA/run/app.log" >&2
  exit 1
}

# CPU seconds (user+system) of a list of pids
cpu_of() {
  local total=0 p t
  for p in "$@"; do
    [ -n "$p" ] || continue
    t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + t))
  done
  echo "$total"
}
# PostgreSQL's backends of the benchmark database and the cluster's writers (WAL, checkpoints, autovacuum: shared
# with other databases on the cluster, but during the benchmark mostly working for it)
backends() { pgrep -f "postgres: .*postgres $DB |postgres: [^ ]+: (checkpointer|background writer|walwriter|autovacuum)" || true; }
transactions() { "${PSQL[@]}" -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$DB'"; }

busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }

# wrk for one mode and connection count; prints the RESULT line of bench/ticketing.lua followed by the CPU (in
# cores) of openpas, of PostgreSQL's backends for the benchmark database, of wrk and of everything else on the
# machine, and the database transactions per request
measure() {
  local url=$1 mode=$2 connections=$3 duration=$4 out java_pid ticks
  ticks=$(getconf CLK_TCK)
  java_pid=$(cat "$DATA/run/openpas.pid" 2>/dev/null || true)
  if [ -n "$java_pid" ] && ! grep -qa openpas.jar "/proc/$java_pid/cmdline" 2>/dev/null; then java_pid=""; fi
  local java0 pg0 tx0 all0 java1 pg1 tx1 all1 t0 t1
  java0=$(cpu_of $java_pid)
  # shellcheck disable=SC2046
  pg0=$(cpu_of $(backends))
  tx0=$(transactions)
  all0=$(busy)
  t0=$(date +%s.%N)
  local TIMEFORMAT='%U %S'
  { time TICKETING_MODE=$mode TICKETING_DATA=$DATA TICKETING_TOKEN=$TOKEN TICKETING_CONNECTIONS=$connections \
    wrk -t"$THREADS" -c"$connections" -d"$duration" --latency -s bench/ticketing.lua "$url" >"$DATA/wrk.out"; } 2>"$DATA/wrk.time"
  t1=$(date +%s.%N)
  java1=$(cpu_of $java_pid)
  # shellcheck disable=SC2046
  pg1=$(cpu_of $(backends))
  tx1=$(transactions)
  all1=$(busy)
  out=$(cat "$DATA/wrk.out")
  echo "$out" >>"$DATA/wrk.log"
  local result requests seconds java pg wrkcpu others
  result=$(grep '^RESULT' <<<"$out")
  requests=$(awk '{print $7}' <<<"$result")
  seconds=$(echo "$t1 - $t0" | bc)
  java=$(echo "scale=2; ($java1 - $java0) / $ticks / $seconds" | bc)
  pg=$(echo "scale=2; ($pg1 - $pg0) / $ticks / $seconds" | bc)
  wrkcpu=$(awk -v s="$seconds" '{printf "%.2f", ($1 + $2) / s}' "$DATA/wrk.time")
  others=$(echo "scale=2; ($all1 - $all0) / $ticks / $seconds - $java - $pg - $wrkcpu" | bc)
  echo "$result $java $pg $wrkcpu $others $(echo "scale=1; ($tx1 - $tx0) / ($requests + 0.0001)" | bc)"
  grep -E '^(STATUSES|SAMPLE)' <<<"$out" | sed 's/^/    /' >&2
}

run_load() {
  local url=$1
  [ -f "$DATA/events.txt" ] && [ -f "$DATA/holders.txt" ] || { echo "no $DATA/events.txt or holders.txt" >&2; exit 1; }
  TOKEN=$(python3 bench/ticketing_data.py token "$url" demo-ticketing demo-ticketing-secret)
  : >"$DATA/wrk.log"
  # JIT warm-up: on a 2-core machine C2 needs minutes of load before openpas reaches its steady state (after a fresh
  # start GET /tariffs climbs from ~200 to ~2,000 req/s over about 3 minutes), so alternate both endpoints in 15 s
  # rounds for $WARMUP seconds and show the throughput of each round
  log "warm-up: $WARMUP s, alternating $MODES in 15 s rounds (16 connections)"
  local elapsed=0 mode line rounds="" round=0
  local modes=($MODES)
  while [ "$elapsed" -lt "$WARMUP" ]; do
    mode=${modes[$((round % ${#modes[@]}))]}
    line=$(measure "$url" "$mode" 16 15s 2>/dev/null)
    rounds+=" $mode:$(awk '{print $4}' <<<"$line")"
    round=$((round + 1))
    elapsed=$((elapsed + 15))
  done
  log "warm-up req/s per round:$rounds"
  # statistics of the tables the warm-up filled (ticket_sale, ticket_sale_lock...): without autovacuum, statistics
  # taken while they were empty make PostgreSQL plan sequential scans of them, which get slower with every sale
  if [ "$(psql -h 127.0.0.1 -U postgres -Atqc 'show autovacuum')" = off ]; then
    log "autovacuum is off on this cluster: analyze after the warm-up"
    "${PSQL[@]}" -d "$DB" -c "analyze" 2>/dev/null || log "(could not analyze $DB)"
  fi
  local results=()
  for mode in $MODES; do
    for c in $CONNECTIONS; do
      if [ "$mode" = checkins ]; then
        reset_checkins
      fi
      log "$mode, $c connections, $DURATION"
      results+=("$(measure "$url" "$mode" "$c" "$DURATION")")
      log "  ${results[-1]}"
    done
  done
  echo
  echo "openpas $(cat "$DATA/run/version" 2>/dev/null || git rev-parse --short HEAD), $(nproc) cores (shared with wrk and PostgreSQL)," \
    "JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/'), -Xmx$HEAP, PostgreSQL $("${PSQL[@]}" -c 'show server_version' | cut -d' ' -f1)," \
    "wrk $THREADS threads, $DURATION per row, pool ${OPENPAS_DB_POOL_SIZE:-default}${OPENPAS_ARGS:+, $OPENPAS_ARGS}"
  echo
  echo "| endpoint | connections | req/s | p50 ms | p99 ms | requests | non-2xx | socket errors | CPU openpas | CPU PostgreSQL | CPU wrk | CPU other processes | DB transactions/request |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  local r
  for r in "${results[@]}"; do
    read -r _ mode c rps p50 p99 n non2xx socket jcpu pcpu wcpu ocpu tx <<<"$r"
    local name="GET /tariffs"
    [ "$mode" = sales ] && name="POST /ticket-sales"
    [ "$mode" = checkins ] && name="POST /checkins"
    echo "| $name | $c | $rps | $p50 | $p99 | $n | $non2xx | $socket | $jcpu | $pcpu | $wcpu | $ocpu | $tx |"
  done
  echo
  for mode in $MODES; do
    local target=20
    [ "$mode" != tariffs ] && target=30
    printf '%s\n' "${results[@]}" | awk -v m="$mode" -v t="$target" '$2 == m && $6 < t' | sort -k4 -n -r | head -1 | {
      read -r _ _ c rps _ p99 _ non2xx _ || { echo "no run of $mode met its p99 target of $target ms"; exit 0; }
      echo "best $mode run within the p99 target ($target ms): $rps req/s with $c connections, p99 $p99 ms"
    }
    printf '%s\n' "${results[@]}" | awk -v m="$mode" '$2 == m' | sort -k4 -n -r | head -1 | {
      read -r _ _ c rps _ p99 _ non2xx _
      if [ "$mode" = tariffs ]; then
        echo "best GET /tariffs: $rps req/s with $c connections, p99 $p99 ms, $non2xx non-2xx (target >= 3000 req/s, p99 < 20 ms)"
      elif [ "$mode" = checkins ]; then
        echo "best POST /checkins: $rps req/s with $c connections, p99 $p99 ms, $non2xx non-2xx (target >= 1500 req/s, p99 < 30 ms)"
      else
        echo "best POST /ticket-sales: $rps req/s with $c connections, p99 $p99 ms, $non2xx non-2xx (target >= 1500 req/s, p99 < 30 ms)"
      fi
    }
  done
  echo "(CPU in cores of $(nproc); 'other processes' is everything else on the machine: when it is well above 0 the"
  echo " run was disturbed and its numbers are low. wrk output: $DATA/wrk.log)"
}

# $CHECKINS past check-ins (8 to 358 days ago) of the loaded passholders at the benchmark's events, with their points in
# the ledger and the balances, written with SQL (the API refuses check-ins in the past)
past_checkins() {
  "${PSQL[@]}" -d "$DB" <<SQL
create temporary table bench_holder as
  select row_number() over (order by current_card) as n, passholder_id, current_card, card_system_id
  from passholder_membership where current_card is not null;
create temporary table bench_event as
  select row_number() over (order by id) as n, id, organizer_id from event where calendar_type in ('SINGLE', 'MULTIPLE', 'PERIODIC', 'PERMANENT');
insert into checkin (id, event_id, organizer_id, passholder_id, uitpas_number, card_system_id, social_tariff, points,
                     channel, created_by, created_at)
select gen_random_uuid(), e.id, e.organizer_id, h.passholder_id, h.current_card, h.card_system_id, true, 1, 'COUNTER',
       'bench', now() - interval '8 days' - (g % 350) * interval '1 day' - (g % 600) * interval '1 minute'
from generate_series(1::bigint, $CHECKINS) g
join bench_holder h on h.n = 1 + (g * 7919) % (select count(*) from bench_holder)
join bench_event e on e.n = 1 + (g * 104729) % (select count(*) from bench_event);
insert into points_entry (passholder_id, kind, points, title, location, reference, created_by, created_at)
select passholder_id, 'CHECKIN', points, 'Bench', '', 'checkin:' || id, 'bench', created_at from checkin where created_by = 'bench';
insert into points_balance (passholder_id, balance)
select passholder_id, sum(points) from points_entry group by passholder_id
on conflict (passholder_id) do update set balance = excluded.balance;
analyze;
SQL
}

# removes the check-ins (and their ledger entries) that earlier loads wrote, and recomputes the balances: the events
# allow one check-in a day, so without this every run is refused more often than the one before (a load of 16
# connections writes about 40,000 check-ins in 30 s)
reset_checkins() {
  "${PSQL[@]}" -d "$DB" -c "
delete from points_entry where created_by = 'demo-ticketing';
delete from checkin where created_by = 'demo-ticketing';
update points_balance b set balance = coalesce((select sum(points) from points_entry e where e.passholder_id = b.passholder_id), 0)
where balance <> coalesce((select sum(points) from points_entry e where e.passholder_id = b.passholder_id), 0);" \
    -c "vacuum analyze checkin" -c "vacuum analyze points_entry" -c "vacuum analyze points_balance"
}

fresh_database() {
  "${PSQL[@]}" -c "drop database if exists $DB with (force)" 2>/dev/null
  "${PSQL[@]}" -c "create database $DB"
}

# builds target/openpas.jar when it is missing or older than the sources
ensure_jar() {
  if [ ! -f target/openpas.jar ] || [ -n "$(find src/main pom.xml -newer target/openpas.jar -print -quit)" ]; then
    log "building target/openpas.jar"
    ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
  fi
}

case "${1:-all}" in
  all)
    trap 'stop_server' EXIT
    if [ "$KEEP" = 1 ]; then trap - EXIT; fi
    ensure_jar
    mkdir -p "$DATA"
    log "generating $PASSHOLDERS passholders and $EVENTS events into $DATA"
    python3 bench/ticketing_data.py generate "$DATA" --passholders "$PASSHOLDERS" --events "$EVENTS" --chunk "$CHUNK"
    log "fresh database $DB; starting openpas on port $PORT (demo profile: demo organizers, clients, keys)"
    fresh_database
    mkdir -p "$DATA/run" && : >"$DATA/run/app.log"
    started=$(date +%s.%N)
    start_server fresh
    log "openpas ready in $(echo "$(date +%s.%N) - $started" | bc | cut -c1-5) s (includes loading the demo data set)"
    log "loading the data through POST /admin/imports"
    python3 bench/ticketing_data.py load "$DATA" "http://localhost:$PORT" --parallel "$IMPORT_PARALLEL" | tee "$DATA/load.log" >&2
    # what autovacuum would do after a bulk load (it is off on some development clusters); run_load analyzes again
    # after the warm-up, when the sales tables are no longer empty
    analyzed=$(date +%s.%N)
    "${PSQL[@]}" -d "$DB" -c "analyze"
    log "analyze: $(echo "$(date +%s.%N) - $analyzed" | bc | cut -c1-4) s"
    if [[ " $MODES " == *" checkins "* ]]; then
      written=$(date +%s.%N)
      past_checkins
      log "$CHECKINS past check-ins written in $(echo "$(date +%s.%N) - $written" | bc | cut -c1-5) s" \
        "($("${PSQL[@]}" -d "$DB" -c "select count(*) from checkin") check-ins, $("${PSQL[@]}" -d "$DB" -c "select count(*) from points_entry") ledger entries)"
    fi
    run_load "http://localhost:$PORT"
    if [ "$KEEP" = 1 ]; then
      log "openpas keeps running (pid $pid, port $PORT); stop it with: kill $pid"
    fi
    ;;
  history)
    written=$(date +%s.%N)
    past_checkins
    log "$CHECKINS past check-ins written in $(echo "$(date +%s.%N) - $written" | bc | cut -c1-5) s"
    ;;
  start)
    [ -f "$DATA/run/openpas.jar" ] || ensure_jar
    start_server
    log "openpas runs on port $PORT (pid $pid, log $DATA/run/app.log); stop it with: kill $pid"
    ;;
  load)
    run_load "${2:-http://localhost:$PORT}"
    ;;
  sql)
    [ -r "$PG_LOG" ] || { echo "cannot read the PostgreSQL log $PG_LOG" >&2; exit 1; }
    if [ -f "$DATA/run/openpas.pid" ] && kill -0 "$(cat "$DATA/run/openpas.pid")" 2>/dev/null; then
      log "stopping the running benchmark openpas (pid $(cat "$DATA/run/openpas.pid"))"
      kill "$(cat "$DATA/run/openpas.pid")"
      while kill -0 "$(cat "$DATA/run/openpas.pid")" 2>/dev/null; do sleep 0.5; done
    fi
    trap 'stop_server; "${PSQL[@]}" -c "alter database $DB reset log_statement"' EXIT
    "${PSQL[@]}" -c "alter database $DB set log_statement = 'all'"
    [ -f "$DATA/run/openpas.jar" ] || ensure_jar
    start_server
    python3 bench/ticketing_sql.py "$DATA" "http://localhost:$PORT" "$DB" "$PG_LOG"
    ;;
  *)
    sed -n '2,20p' "$0"
    exit 2
    ;;
esac
