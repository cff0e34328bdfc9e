#!/usr/bin/env python3
"""The SQL that one GET /tariffs and one POST /ticket-sales run (standard library only); see bench/ticketing.sh sql.

  ticketing_sql.py DATA_DIR BASE_URL DATABASE LOG [--requests N]

Needs PostgreSQL logging every statement of DATABASE (ALTER DATABASE ... SET log_statement = 'all', then a fresh
connection pool, i.e. a restart of openpas) and read access to its server log LOG. Sends N sequential requests of
each kind (random passholders and events like the wrk scripts), between marker statements, and prints per request
the statements and transactions, grouped by statement shape.
"""
import collections
import http.client
import json
import os
import random
import re
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ticketing_data  # noqa: E402


def marker(database, text):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-Atqc", f"select '{text}'"],
                   check=True, stdout=subprocess.DEVNULL)


def shape(sql):
    """A statement without its values and column lists: verb, table, condition."""
    sql = re.sub(r'"(\w+)"\."(\w+)"', r"\2", sql)
    sql = re.sub(r'"(\w+)"', r"\1", sql)
    sql = re.sub(r"cast\((\$\d+) as \w+\)", r"\1", sql)

    def in_list(match):
        n = match.group(0).count("$")
        return "in (?)" if n == 1 else f"in ({n} values)"

    sql = re.sub(r"in \((?:\$\d+(?:, )?)+\)", in_list, sql)
    sql = re.sub(r"\$\d+", "?", sql)
    m = re.match(r"select (.*?) from (.*)$", sql, re.S)
    if m:
        columns = m.group(1)
        rest = m.group(2)
        rest = re.sub(r" order by .*$", "", rest)
        count = "count(*) " if "count(" in columns else ""
        return f"select {count}from {rest}"[:170]
    m = re.match(r"insert into (\w+) \(.*?\) values (.*)$", sql, re.S)
    if m:
        rows = m.group(2).count("), (") + 1
        tail = " on conflict do nothing" if "on conflict" in sql else ""
        return f"insert into {m.group(1)} ({rows} row{'s' if rows > 1 else ''}){tail}"
    m = re.match(r"update (\w+) set .*? where (.*)$", sql, re.S)
    if m:
        return f"update {m.group(1)} where {m.group(2)}"[:170]
    return sql[:170]


def statements(log, offset, database, start, end):
    """Statements of DATABASE logged between the two markers (from byte offset on)."""
    with open(log, errors="replace") as f:
        f.seek(offset)
        lines = f.read().splitlines()
    inside, found = False, []
    pattern = re.compile(r"@" + re.escape(database) + r" LOG:  (?:execute [^:]+|statement): (.*)$")
    for line in lines:
        m = pattern.search(line)
        if not m:
            continue
        sql = m.group(1).strip()
        if start in sql:
            inside = True
            continue
        if end in sql:
            break
        if inside and sql:
            found.append(sql)
    return found


def report(title, found, requests):
    transactions = sum(1 for s in found if s.upper().startswith("BEGIN"))
    commits = sum(1 for s in found if s.upper() in ("COMMIT", "ROLLBACK"))
    queries = [s for s in found if s.upper() not in ("COMMIT", "ROLLBACK") and not s.upper().startswith("BEGIN")]
    print(f"\n### {title}: {len(queries) / requests:.1f} statements and {transactions / requests:.1f} transactions "
          f"per request ({requests} requests; {commits / requests:.1f} commits)\n")
    print("| per request | statement |")
    print("|---|---|")
    counts = collections.Counter(shape(s) for s in queries)
    for statement, n in counts.most_common():
        print(f"| {n / requests:.2f} | `{statement}` |")


def main():
    args = sys.argv[1:]
    requests = 20
    if "--requests" in args:
        k = args.index("--requests")
        requests = int(args[k + 1])
        del args[k:k + 2]
    data, base, database, log = args
    url = urllib.parse.urlparse(base)
    bearer = ticketing_data.token(base, "demo-ticketing", "demo-ticketing-secret")
    events = [line.split() for line in open(os.path.join(data, "events.txt")) if line.strip()]
    holders = collections.defaultdict(list)
    for line in open(os.path.join(data, "holders.txt")):
        if line.strip():
            cs, number = line.split()
            holders[cs].append(number)
    rnd = random.Random()
    # a few events, warmed up just before: openpas keeps events' card systems and settings in memory for 30 s, and
    # under load every one of the 1,000 events is asked for far more often than that (steady state)
    permanent = rnd.sample([e for e in events if len(e) > 3 and e[3] == "PERMANENT"], 10)
    events = rnd.sample(events, 10)
    c = http.client.HTTPConnection(url.hostname, url.port, timeout=30)

    def pick(among=None):
        cs, event_id, price = rnd.choice(among or events)[:3]
        return event_id, rnd.choice(holders[cs]), price

    def tariffs():
        event_id, number, price = pick()
        c.request("GET", f"/tariffs?eventId={event_id}&uitpasNumber={number}&regularPrice={price}",
                  headers={"Authorization": "Bearer " + bearer})
        r = c.getresponse()
        r.read()
        return r.status

    def sale():
        event_id, number, price = pick()
        body = json.dumps([{"eventId": event_id, "uitpasNumber": number, "tariff": {"id": "SOCIALTARIFF"},
                            "regularPrice": float(price)}])
        c.request("POST", "/ticket-sales", body,
                  {"Authorization": "Bearer " + bearer, "Content-Type": "application/json"})
        r = c.getresponse()
        r.read()
        return r.status

    def checkin():
        event_id, number, _ = pick(permanent)
        body = json.dumps({"eventId": event_id, "uitpasNumber": number})
        c.request("POST", "/checkins", body,
                  {"Authorization": "Bearer " + bearer, "Content-Type": "application/json"})
        r = c.getresponse()
        r.read()
        return r.status

    for _ in range(50):  # caches and prepared statements as in a warm server
        tariffs()
        sale()
        checkin()
    offset = os.path.getsize(log)
    tag = f"ticketing-sql-{int(time.time())}"
    sections = [("GET /tariffs", tariffs), ("POST /ticket-sales (one item)", sale), ("POST /checkins", checkin)]
    marks = [f"{tag}-{k}" for k in range(len(sections) + 1)]
    statuses = []
    marker(database, marks[0])
    for k, (title, call) in enumerate(sections):
        time.sleep(0.5)
        statuses.append(collections.Counter(call() for _ in range(requests)))
        time.sleep(0.5)
        marker(database, marks[k + 1])
    time.sleep(1)
    for k, (title, call) in enumerate(sections):
        print(f"\n{title}: statuses {dict(statuses[k])}")
        report(title, statements(log, offset, database, marks[k], marks[k + 1]), requests)


if __name__ == "__main__":
    main()
