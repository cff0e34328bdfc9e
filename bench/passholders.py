#!/usr/bin/env python3
"""Load test of the passholder side of a running openpas with the demo data (standard library only).

Scenarios, each with concurrent clients over keep-alive connections:
  lookup    GET /passes?identifier=<UiTPAS number>   (the counter scanning a card)
  search    GET /passholders?name=<prefix>*           (the counter looking someone up)
  register  POST /passholders with a card from stock  (registration at the counter; each writes)
  export    GET /cards/social-tariff/5/active         (a till fetching the valid kansenpassen)

Usage: bench/passholders.py [base-url] (default http://localhost:18080); see bench/run.
"""
import datetime
import http.client
import json
import random
import statistics
import sys
import threading
import time
import urllib.parse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:18080"
URL = urllib.parse.urlparse(BASE)
COUNTER = "0a1b2c3d-0005-4000-8000-000000000001"  # Cultuurcentrum De Vijvers, Regio Gent (card system 5)


def connection():
    return http.client.HTTPConnection(URL.hostname, URL.port, timeout=30)


def token(client, secret):
    import base64

    c = connection()
    auth = base64.b64encode(f"{client}:{secret}".encode()).decode()
    c.request("POST", "/oauth2/token", "grant_type=client_credentials",
              {"Authorization": "Basic " + auth, "Content-Type": "application/x-www-form-urlencoded"})
    r = c.getresponse()
    body = json.loads(r.read())
    return body["access_token"]


def call(c, method, path, bearer, body=None):
    headers = {"Authorization": "Bearer " + bearer}
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body)
    c.request(method, path, body, headers)
    r = c.getresponse()
    data = r.read()
    return r.status, data


def insz(birth, sequence):
    body = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{sequence:03d}"
    base = int(body) + (2_000_000_000 if birth.year >= 2000 else 0)
    return body + f"{97 - base % 97:02d}"


def run(name, workers, jobs, request):
    """Runs jobs (a list of arguments) through request(connection, job) -> status over `workers` threads."""
    latencies, failures, lock = [], [], threading.Lock()
    queue = list(jobs)
    queue.reverse()

    def worker():
        c = connection()
        while True:
            with lock:
                if not queue:
                    return
                job = queue.pop()
            started = time.perf_counter()
            try:
                status = request(c, job)
            except (http.client.HTTPException, OSError) as e:
                c.close()
                c = connection()
                status = str(e)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if status not in (200, 201):
                    failures.append(status)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    ms = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(ms, n=100)
    print(f"| {name} | {workers} | {len(ms)} | {len(ms) / wall:.0f} | {q[49]:.1f} | {q[94]:.1f} | {q[98]:.1f} | {len(failures)} |")
    if failures:
        print(f"  failures: {failures[:5]}", file=sys.stderr)


def main():
    ticketing = token("demo-ticketing", "demo-ticketing-secret")
    admin = token("demo-admin", "demo-admin-secret")
    c = connection()

    # the demo passholders' cards
    numbers = []
    for start in range(0, 400, 100):
        status, body = call(c, "GET", f"/passholders?limit=100&start={start}", ticketing)
        numbers += [p["uitpasNumber"] for p in json.loads(body)["member"] if p.get("uitpasNumber")]
    prefixes = sorted({n[:2] for n in ["Pe", "Ja", "Ma", "De", "Wi", "Cl", "Ve", "Me"]})

    # cards in De Vijvers' stock for the registrations
    registrations = 400
    status, body = call(c, "POST", "/admin/cards/batches", admin, {"cardSystemId": 5, "count": registrations})
    stock = json.loads(body)["uitpasNumbers"]
    for i in range(0, len(stock), 50):
        status, body = call(c, "POST", "/admin/cards/packages", admin,
                            {"cardSystemId": 5, "organizerId": COUNTER, "uitpasNumbers": stock[i:i + 50]})
        call(c, "POST", f"/admin/cards/packages/{json.loads(body)['id']}/receipt", admin)

    people = []
    used = set()
    rnd = random.Random(42)
    while len(people) < registrations:
        birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=rnd.randrange(0, 365 * 50))
        sequence = rnd.randrange(1, 998)
        number = insz(birth, sequence)
        if number not in used:
            used.add(number)
            people.append((birth, number))

    print("| scenario | clients | requests | req/s | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|---|")
    for _ in range(200):  # warm-up
        call(c, "GET", "/passes?identifier=" + rnd.choice(numbers), ticketing)
    run("lookup GET /passes?identifier=", 8, [rnd.choice(numbers) for _ in range(6000)],
        lambda conn, n: call(conn, "GET", "/passes?identifier=" + n, ticketing)[0])
    run("search GET /passholders?name=", 8, [rnd.choice(prefixes) for _ in range(3000)],
        lambda conn, p: call(conn, "GET", f"/passholders?name={p}*&limit=20", ticketing)[0])

    def register(conn, job):
        (birth, number), card = job
        return call(conn, "POST", "/passholders", ticketing, {
            "name": "Bench", "firstName": "Persoon", "inszNumber": number, "dateOfBirth": birth.isoformat(),
            "gender": "X", "legalTermsPaper": True,
            "address": {"street": "Kouter 1", "postalCode": "9000", "city": "Gent", "country": "BE"},
            "registrationOrganizer": {"id": COUNTER}, "registrationCardSystemId": 5,
            "registrationCardType": "NFC_CARD", "registrationUitpasNumber": card})[0]

    run("register POST /passholders", 4, list(zip(people, stock)), register)
    run("export GET /cards/social-tariff/5/active", 2, [5] * 200,
        lambda conn, cs: call(conn, "GET", f"/cards/social-tariff/{cs}/active", ticketing)[0])


if __name__ == "__main__":
    main()
