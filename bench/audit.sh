#!/usr/bin/env bash
# What an audit line costs at the database before and after decision 0016, on PostgreSQL with pgbench, in one run:
#   before: the audit line of V10 - take the single lock row FOR UPDATE, read the last line's hash, insert the next line
#           with its SHA-256, commit (what AuditTrail.record did in its own transaction);
#   after:  the audit line of V100/V101 - insert an unsealed line numbered by the sequence (what AuditTrail.record does
#           in the caller's transaction; the sealer chains it later, measured by AuditChainPostgresTests).
# Each at 8 and 32 concurrent clients; writes bench/out/audit-<time>/audit.md with lines/s, average latency and the
# ratio after/before. A scratch database is made and dropped.
#   BENCH_PG (postgresql://postgres@127.0.0.1:5432), BENCH_SECONDS (20), BENCH_CLIENTS ("8 32")
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
PG=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
SECONDS_EACH=${BENCH_SECONDS:-20}
CLIENTS=${BENCH_CLIENTS:-8 32}
DB=harambee_audit_bench
RUN=$BENCH_DIR/out/audit-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"

psql -q "$PG/postgres" -c "drop database if exists $DB" -c "create database $DB"
trap 'psql -q "$PG/postgres" -c "drop database if exists $DB" >/dev/null 2>&1 || true' EXIT
psql -q "$PG/$DB" <<'SQL'
create table before_audit (
    seq bigint not null primary key, at timestamp with time zone not null, actor varchar(100) not null,
    remote_address varchar(64), action varchar(40) not null, record_type varchar(40), record_id varchar(64),
    unit_id uuid, unit_path varchar(1200), detail varchar(500), prev_hash char(64) not null, hash char(64) not null);
create index on before_audit (at);
create index on before_audit (actor, at);
create table before_lock (id int not null primary key);
insert into before_lock values (1);

create sequence after_audit_seq;
create table after_audit (
    seq bigint not null primary key default nextval('after_audit_seq'), at timestamp with time zone not null,
    actor varchar(100) not null, remote_address varchar(64), action varchar(40) not null, record_type varchar(40),
    record_id varchar(64), unit_id uuid, unit_path varchar(1200), detail varchar(500), prev_hash char(64),
    hash char(64), chain_no bigint);
create index on after_audit (at);
create index on after_audit (actor, at);
create unique index on after_audit (chain_no);
create index on after_audit (seq) where chain_no is null;
SQL

cat >"$RUN/before.sql" <<'SQL'
BEGIN;
SELECT id FROM before_lock WHERE id = 1 FOR UPDATE;
SELECT seq, hash FROM before_audit ORDER BY seq DESC LIMIT 1;
INSERT INTO before_audit (seq, at, actor, remote_address, action, record_type, record_id, detail, prev_hash, hash)
SELECT coalesce(l.seq, 0) + 1, now(), 'bench-user', '127.0.0.1', 'BENCH', 'thing', :client_id, 'synthetic line',
       coalesce(l.hash, repeat('0', 64)),
       encode(sha256(convert_to(coalesce(l.hash, repeat('0', 64)) || '|' || (coalesce(l.seq, 0) + 1)
                                || '|bench-user|BENCH|synthetic line', 'UTF8')), 'hex')
FROM (SELECT 1) one LEFT JOIN (SELECT seq, hash FROM before_audit ORDER BY seq DESC LIMIT 1) l ON true;
END;
SQL
cat >"$RUN/after.sql" <<'SQL'
INSERT INTO after_audit (at, actor, remote_address, action, record_type, record_id, detail)
VALUES (now(), 'bench-user', '127.0.0.1', 'BENCH', 'thing', :client_id, 'synthetic line');
SQL

REPORT=$RUN/audit.md
{
  echo "# Audit line cost at the database, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${SECONDS_EACH} s per run"
  echo
  echo "| clients | before: lines/s | before: avg ms | after: lines/s | after: avg ms | after/before (lines/s) |"
  echo "|---|---|---|---|---|---|"
} >"$REPORT"
for c in $CLIENTS; do
  declare -A tps lat
  for variant in before after; do
    out=$(pgbench -n -M prepared -c "$c" -j 2 -T "$SECONDS_EACH" -f "$RUN/$variant.sql" "$PG/$DB" 2>&1 | tee "$RUN/$variant-$c.log")
    tps[$variant]=$(awk '/^tps = /{print $3; exit}' <<<"$out")
    lat[$variant]=$(awk '/^latency average = /{print $4; exit}' <<<"$out")
  done
  ratio=$(awk -v a="${tps[after]}" -v b="${tps[before]}" 'BEGIN{printf "%.1f", a / b}')
  printf '| %s | %.0f | %s | %.0f | %s | %s× |\n' "$c" "${tps[before]}" "${lat[before]}" "${tps[after]}" \
    "${lat[after]}" "$ratio" >>"$REPORT"
done
cat "$REPORT"
echo "report: $REPORT"
