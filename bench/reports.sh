#!/usr/bin/env bash
# Benchmark of the financial reports: a region (UiTPAS Regio Gent of the demo data, card system 5) with $SALES ticket
# sales in the last year, written directly with SQL into a fresh PostgreSQL database (each sale with its shares:
# passholder, organizer, one of six municipalities, and a province for a fifth of the sales; 2% cancelled); then
# openpas (with a small heap, -Xmx$HEAP) makes
#   1. the settlement of the region for the year (GET /admin/card-systems/5/settlement, at once),
#   2. the region's report export for the year (every sale, per paying party, XLSX and CSV in a zip; a job),
#   3. the report export of the busiest organizer (Cultuurcentrum De Vijvers) for the year,
# and prints the time of each, the size of the zips and the highest heap use sampled during the exports.
#
# Usage: bench/reports.sh          (KEEP=1 leaves openpas and the database)
# Settings: SALES (1000000), HOLDERS (100000), PORT (18095), DB (openpas_bench_reports), DATA (/tmp/openpas-bench-reports),
# HEAP (512m, as in production). Needs: psql on 127.0.0.1 as postgres without password, curl, python3, a JDK 21+.
set -euo pipefail
cd "$(dirname "$0")/.."

SALES=${SALES:-1000000}
HOLDERS=${HOLDERS:-100000}
PORT=${PORT:-18095}
DB=${DB:-openpas_bench_reports}
DATA=${DATA:-/tmp/openpas-bench-reports}
HEAP=${HEAP:-512m}
KEEP=${KEEP:-0}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq)
URL="http://localhost:$PORT"
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc | awk '{printf "%.1f", $1}'; }

pid=""
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if [ "$KEEP" != 1 ] && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

if [ ! -f target/openpas.jar ] || [ -n "$(find src/main pom.xml -newer target/openpas.jar -print -quit)" ]; then
  log "building target/openpas.jar"
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi
mkdir -p "$DATA"
cp target/openpas.jar "$DATA/openpas.jar"

log "fresh database $DB; openpas creates the schema and loads the demo data"
"${PSQL[@]}" -c "drop database if exists $DB with (force)" 2>/dev/null
"${PSQL[@]}" -c "create database $DB"
: >"$DATA/app.log"
(cd "$DATA" && OPENPAS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" OPENPAS_DB_USER=postgres OPENPAS_DB_PASSWORD= \
  exec "$JAVA_HOME/bin/java" "-Xmx$HEAP" -jar openpas.jar --server.port="$PORT" >>app.log 2>&1) &
pid=$!
for _ in $(seq 1 180); do
  curl -sf "$URL/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { tail -30 "$DATA/app.log" >&2; exit 1; }
  sleep 1
done

log "writing $SALES ticket sales of the last year with their shares (SQL)"
started=$(now)
"${PSQL[@]}" -d "$DB" <<SQL
create temporary table bench_event as
  select row_number() over (order by e.id) as n, e.id, e.organizer_id
  from event e join organizer_card_system ocs on ocs.organizer_id = e.organizer_id and ocs.card_system_id = 5;
-- the busiest organizer gets a third of the sales
insert into bench_event (n, id, organizer_id)
  select 100 + n, id, organizer_id from bench_event where organizer_id = '0a1b2c3d-0005-4000-8000-000000000001';
create temporary table bench_event_n as select row_number() over (order by n) as k, id, organizer_id from bench_event;
create temporary table bench_town (k int, name text);
insert into bench_town values (0, 'Gent'), (1, 'Gent'), (2, 'Gent'), (3, 'Merelbeke'), (4, 'Melle'),
  (5, 'Destelbergen'), (6, 'Lochristi'), (7, 'Evergem');
-- sales in the order they are made (ids and times grow together, as in production), one every ~30 s over the year
create temporary table bench_sale as
select g as id,
       e.id as event_id, e.organizer_id,
       ('00000000-0000-4000-8000-' || lpad(to_hex(1 + (g * 7919) % $HOLDERS), 12, '0'))::uuid as holder_id,
       '09005' || lpad(((g * 7919) % $HOLDERS)::text, 8, '0') as uitpas_number,
       (array[6.00, 9.50, 12.00, 15.00, 18.00, 22.50, 7.99])[1 + g % 7]::numeric(10, 2) as regular_price,
       t.name as municipality,
       now() - interval '365 days' + g * (interval '365 days' / $SALES) as created_at,
       (g % 50 = 0) as cancelled,
       (g % 5 = 0) as province
from generate_series(1::bigint, $SALES) g
join bench_event_n e on e.k = 1 + (g * 104729) % (select count(*) from bench_event_n)
join bench_town t on t.k = (g * 31) % 8;
insert into ticket_sale (id, event_id, organizer_id, holder_kind, holder_id, uitpas_number, card_system_id,
                         tariff_type, tariff_id, tariff_name, distribution_key_id, regular_price, regular_price_label,
                         price, municipality, created_at, created_by, cancelled_at, cancelled_by)
select id, event_id, organizer_id, 'PASSHOLDER', holder_id, uitpas_number, 5, 'SOCIALTARIFF', 'SOCIALTARIFF-501',
       'Kansentarief', 501, regular_price, 'Basistarief', round(regular_price * 0.2, 2), municipality, created_at,
       'bench', case when cancelled then created_at + interval '1 hour' end, case when cancelled then 'bench' end
from bench_sale order by id;
-- the split: the passholder 20%, of the rest the organizer 40%, the municipality the remainder (60%, or 40% when the
-- province pays 20%), so the shares add up to the regular price to the cent
insert into ticket_sale_share (sale_id, position, payer, payer_name, amount)
select id, 0, 'PASSHOLDER', null, round(regular_price * 0.2, 2) from bench_sale
union all
select id, 1, 'ORGANIZER', null, round((regular_price - round(regular_price * 0.2, 2)) * 0.4, 2) from bench_sale
union all
select id, 2, 'FUNDER', 'Provincie Oost-Vlaanderen', round((regular_price - round(regular_price * 0.2, 2)) * 0.2, 2)
from bench_sale where province
union all
select id, 3, 'MUNICIPALITY', municipality,
       regular_price - round(regular_price * 0.2, 2) - round((regular_price - round(regular_price * 0.2, 2)) * 0.4, 2)
       - case when province then round((regular_price - round(regular_price * 0.2, 2)) * 0.2, 2) else 0 end
from bench_sale
order by 1, 2;
select setval(pg_get_serial_sequence('ticket_sale', 'id'), (select max(id) from ticket_sale)) \\g /dev/null
analyze ticket_sale;
analyze ticket_sale_share;
SQL
log "written in $(since "$started") s: $("${PSQL[@]}" -d "$DB" -c "select count(*) from ticket_sale") sales," \
  "$("${PSQL[@]}" -d "$DB" -c "select count(*) from ticket_sale_share") shares"

token() {
  curl -s -u "$1" -d grant_type=client_credentials "$URL/oauth2/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
ADMIN=$(token demo-admin:demo-admin-secret)
COUNTER=$(token demo-ticketing:demo-ticketing-secret)
END=$(date +%F)
START=$(date -d "$END - 365 days" +%F)

# CPU seconds (user + system) of openpas and of PostgreSQL's backends for the database
cpu_of() {
  local total=0 p t
  for p in "$@"; do
    t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + t))
  done
  echo "scale=1; $total / $(getconf CLK_TCK)" | bc
}
java_cpu() { cpu_of "$(pgrep -f "openpas.jar --server.port=$PORT" | head -1)"; }
# shellcheck disable=SC2046
pg_cpu() { cpu_of $(pgrep -f "postgres: .*postgres $DB " || true); }

# heap use while the exports run, from the Prometheus metrics: the live data after the last full collection of the
# old generation, and the heap in use at the moment (garbage included)
: >"$DATA/heap.txt"
(while true; do
  curl -s "$URL/actuator/prometheus" | awk '
    /^jvm_gc_live_data_size_bytes/ {live = $NF}
    /^jvm_memory_used_bytes\{.*area="heap"/ {used += $NF}
    END {print live, used}' >>"$DATA/heap.txt"
  sleep 0.5
done) &
sampler=$!

started=$(now)
curl -sf -H "Authorization: Bearer $ADMIN" "$URL/admin/card-systems/5/settlement?startDate=$START&endDate=$END" >"$DATA/settlement.json"
settlement_s=$(since "$started")
log "settlement of the region ($START - $END): $settlement_s s"

# starts an export and waits until it is AVAILABLE; prints wall seconds, bytes, report id, CPU seconds of openpas
# and of PostgreSQL
export_report() {
  local token=$1 path=$2 started id status j0 p0
  j0=$(java_cpu)
  p0=$(pg_cpu)
  started=$(now)
  id=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$URL$path" \
    -d "{\"startDate\": \"$START\", \"endDate\": \"$END\"}" | sed 's/.*"id":\([0-9]*\).*/\1/')
  while true; do
    status=$(curl -sf -H "Authorization: Bearer $token" "$URL$path/$id" | sed 's/.*"status":"\([A-Z]*\)".*/\1/')
    [ "$status" != STARTED ] && break
    sleep 0.2
  done
  local seconds java pg
  seconds=$(since "$started")
  java=$(echo "$(java_cpu) - $j0" | bc)
  pg=$(echo "$(pg_cpu) - $p0" | bc)
  [ "$status" = AVAILABLE ] || { echo "report $id: $status" >&2; exit 1; }
  local bytes
  bytes=$(curl -sf -H "Authorization: Bearer $token" "$URL$path/$id.zip" -o "$DATA/report-$id.zip" -w '%{size_download}')
  echo "$seconds $bytes $id $java $pg"
}

# warm-up: the JIT compiles the export's code during its first run (as on a server that has made reports before)
log "warm-up: a report of Bibliotheek De Leesboom for the year"
read -r warm_s _ _ _ _ < <(export_report "$COUNTER" /organizers/0a1b2c3d-0005-4000-8000-000000000002/financial-reports)
log "warm-up report: $warm_s s"
load=$(cut -d' ' -f1-3 /proc/loadavg)
read -r organizer_s organizer_bytes organizer_id organizer_java organizer_pg < <(export_report "$COUNTER" \
  /organizers/0a1b2c3d-0005-4000-8000-000000000001/financial-reports)
log "organizer report: $organizer_s s, $organizer_bytes bytes"
read -r region_s region_bytes region_id region_java region_pg < <(export_report "$ADMIN" \
  /admin/card-systems/5/financial-reports)
log "region report: $region_s s, $region_bytes bytes"
kill "$sampler" 2>/dev/null || true
sampler=""

live_mb=$(awk '{print $1}' "$DATA/heap.txt" | sort -n | tail -1 | awk '{printf "%.0f", $1 / 1048576}')
used_mb=$(awk '{print $2}' "$DATA/heap.txt" | sort -n | tail -1 | awk '{printf "%.0f", $1 / 1048576}')
region_sales=$("${PSQL[@]}" -d "$DB" -c "select sales from report where id = $region_id")
organizer_sales=$("${PSQL[@]}" -d "$DB" -c "select sales from report where id = $organizer_id")
echo
echo "openpas $(git rev-parse --short HEAD), $(nproc) cores (load average before the measured exports: $load)," \
  "JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/'), -Xmx$HEAP," \
  "PostgreSQL $("${PSQL[@]}" -c 'show server_version' | cut -d' ' -f1); $SALES sales in the year, $HOLDERS passholders"
echo
echo "| step | sales | seconds | CPU openpas s | CPU PostgreSQL s | zip |"
echo "|---|---|---|---|---|---|"
echo "| settlement of the region (JSON) | $(python3 -c "import json; print(json.load(open('$DATA/settlement.json'))['sales'])") | $settlement_s | | | — |"
echo "| report export of Cultuurcentrum De Vijvers | $organizer_sales | $organizer_s | $organizer_java | $organizer_pg | $((organizer_bytes / 1048576)) MiB |"
echo "| report export of the region | $region_sales | $region_s | $region_java | $region_pg | $((region_bytes / 1048576)) MiB |"
echo
echo "heap during the exports: at most $live_mb MiB live after a collection, at most $used_mb MiB in use (garbage included)" \
  "of -Xmx$HEAP"
grep -h "Financial report" "$DATA/app.log" | sed 's/.*ReportGenerator *: /  job: /' || true
if [ "$KEEP" = 1 ]; then
  log "openpas keeps running (pid $pid, port $PORT); stop it with: kill $pid"
fi
