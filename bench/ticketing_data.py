#!/usr/bin/env python3
"""Data for the ticketing benchmark (standard library only); see bench/ticketing.sh.

  generate DIR [--passholders N] [--events N] [--chunk N]
      Writes import documents (docs/import-format.md) into DIR: events.json (events of the demo organizers) and
      passholders-NNN.json (chunks of passholders of the demo card systems, most with a kansenstatuut), and the id
      files the wrk scripts pick from: events.txt ("cardSystemId eventId regularPrice calendarType") and holders.txt
      ("cardSystemId uitpasNumber", only passholders with an active kansenstatuut). Deterministic (fixed seed);
      event dates are relative to today.

  load DIR BASE_URL [--parallel N]
      Loads the documents through the administration API (POST /admin/imports as demo-admin; passholder chunks N at
      a time), then raises every generated event's ticket limit (PUT /events/{id}/settings as demo-ticketing) so
      that random sales rarely reach a limit. Prints how long each step took.

  token BASE_URL CLIENT SECRET
      Prints an access token (client credentials).

Needs an openpas with the demo data set (profile demo): the demo organizers, card systems, distribution keys,
municipalities and the clients demo-admin and demo-ticketing.
"""
import base64
import concurrent.futures
import datetime
import http.client
import json
import os
import random
import sys
import time
import urllib.parse
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "src", "main", "resources", "demo", "openpas-demo.json")

# passholders per demo card system (share of the total); events follow the same shares
SHARES = {5: 0.35, 3: 0.20, 26: 0.15, 7: 0.10, 40: 0.10, 50: 0.10}
SOCIAL_TARIFF_SHARE = 0.9
TICKET_LIMIT = {"volume": 1000, "periodType": "ABSOLUTE"}

FIRST_NAMES = ["Emma", "Noah", "Olivia", "Liam", "Louise", "Arthur", "Mila", "Jules", "Elena", "Lucas", "Nora",
               "Adam", "Marie", "Victor", "Fatima", "Mohamed", "Yasmine", "Ibrahim", "Anna", "Milan", "Lotte", "Wout"]
NAMES = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
         "Dubois", "Lambert", "Dupont", "Martin", "El Amrani", "Benali", "Yilmaz", "Nowak", "Vermeulen", "Pauwels"]
STREETS = ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Schoolstraat", "Nieuwstraat", "Kouter",
           "Veldstraat", "Marktplein", "Zandstraat", "Beekstraat", "Lindenlaan"]
EVENT_WORDS = ["Concert", "Voorstelling", "Workshop", "Lezing", "Zwemmen", "Film", "Tentoonstelling", "Dansles",
               "Kinderatelier", "Stadswandeling", "Quiz", "Sportkamp", "Jazzavond", "Theater"]


def insz(birth, sequence):
    body = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{sequence:03d}"
    base = int(body) + (2_000_000_000 if birth.year >= 2000 else 0)
    return body + f"{97 - base % 97:02d}"


def luhn_check_digit(first12):
    for candidate in range(10):
        number = first12 + str(candidate)
        total = 0
        for i, ch in enumerate(reversed(number)):
            digit = int(ch)
            if i % 2 == 1:
                digit *= 2
                if digit > 9:
                    digit -= 9
            total += digit
        if total % 10 == 0:
            return str(candidate)
    raise AssertionError


def uitpas_number(card_system, sequence, kansenpas):
    # "08" and a three-digit card system: a range neither the demo cards (09...) nor generated cards (000cs...) use
    first12 = f"08{card_system:03d}{sequence:06d}{1 if kansenpas else 0}"
    return first12 + luhn_check_digit(first12)


def generate(out, passholders, event_count, chunk):
    demo = json.load(open(DEMO))
    rnd = random.Random(20261121)
    today = datetime.date.today()
    os.makedirs(out, exist_ok=True)

    municipalities = {}
    for m in demo["municipalities"]:
        municipalities.setdefault(m["postalCode"], []).append(m["name"])
    cities = {}  # card system -> [(postalCode, city)] of its region that are in the municipality list
    for cs in demo["cardSystems"]:
        cities[cs["id"]] = [(c["postalCode"], c["name"]) for c in cs["cities"]
                            if c["name"] in municipalities.get(c["postalCode"], [])]
    organizers = {cs: [o for o in demo["organizers"] if cs in o.get("cardSystemIds", [])] for cs in SHARES}
    used_insz = {p["person"].get("inszNumber") for p in demo["passholders"]}

    # events: spread over the demo organizers of each card system; the first card system of the organizer decides
    # which passholders buy for it (Theater Op Wielen is in 5 and 40; it is only counted under 5)
    events, event_lines = [], []
    n = 0
    for cs, share in SHARES.items():
        count = round(event_count * share) if cs != 50 else event_count - n  # the rest
        own = [o for o in organizers[cs] if o["cardSystemIds"][0] == cs]
        for i in range(count):
            organizer = own[i % len(own)]
            event_id = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
            price = rnd.choice([3, 4, 5, 6, 7.5, 8, 10, 12, 12.5, 15, 18, 20, 22, 25, 30])
            kind = rnd.random()
            start = datetime.datetime.combine(today + datetime.timedelta(days=rnd.randrange(7, 200)),
                                              datetime.time(rnd.choice([10, 14, 19, 20]), rnd.choice([0, 30])))

            def stamp(moment):
                return moment.strftime("%Y-%m-%dT%H:%M:00+01:00")

            if kind < 0.6:
                calendar = {"type": "SINGLE", "subEvents": [
                    {"startDate": stamp(start), "endDate": stamp(start + datetime.timedelta(hours=2))}]}
            elif kind < 0.8:
                calendar = {"type": "MULTIPLE", "subEvents": [
                    {"startDate": stamp(start + datetime.timedelta(days=7 * k)),
                     "endDate": stamp(start + datetime.timedelta(days=7 * k, hours=2))} for k in range(3)]}
            elif kind < 0.9:
                calendar = {"type": "PERIODIC", "startDate": stamp(start),
                            "endDate": stamp(start + datetime.timedelta(days=60)),
                            "openingHours": [{"daysOfWeek": ["SATURDAY", "SUNDAY"], "opens": "10:00",
                                              "closes": "17:00"}]}
            else:
                calendar = {"type": "PERMANENT"}
            address = organizer["address"]
            events.append({
                "id": event_id,
                "name": {"nl": f"{rnd.choice(EVENT_WORDS)} {n + 1}"},
                "organizerId": organizer["id"],
                "calendar": calendar,
                "location": {"name": organizer["name"], "address": address},
                "priceInfo": [{"category": "BASE", "name": {"nl": "Basistarief"}, "price": price},
                              {"category": "TARIFF", "name": {"nl": "-26 jaar"}, "price": round(price * 0.8, 2)}],
            })
            event_lines.append(f"{cs} {event_id} {price:.2f} {calendar['type']}")
            n += 1
    document = {"formatVersion": 1, "events": events}
    with open(os.path.join(out, "events.json"), "w") as f:
        json.dump(document, f)
    with open(os.path.join(out, "events.txt"), "w") as f:
        f.write("\n".join(event_lines) + "\n")

    # passholders
    holder_lines = []
    chunks = []
    current = []
    birth_base = datetime.date(1940, 1, 1)
    days = (datetime.date(2010, 12, 31) - birth_base).days
    end_date = datetime.date(today.year + 1, 4, 30).isoformat()
    sequence_of = {cs: 0 for cs in SHARES}
    i = 0
    for cs, share in SHARES.items():
        count = round(passholders * share) if cs != 50 else passholders - i
        for _ in range(count):
            birth = birth_base + datetime.timedelta(days=i % days)
            seq = 500 + i // days
            number = insz(birth, seq)
            while number in used_insz:
                seq += 1
                number = insz(birth, seq)
            used_insz.add(number)
            sequence_of[cs] += 1
            social = rnd.random() < SOCIAL_TARIFF_SHARE
            card = uitpas_number(cs, sequence_of[cs], social)
            postal_code, city = rnd.choice(cities[cs])
            membership = {"cardSystemId": cs, "uitpasNumber": card}
            if social:
                membership["socialTariffEndDate"] = end_date
                holder_lines.append(f"{cs} {card}")
            current.append({
                "id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                "person": {
                    "name": rnd.choice(NAMES), "firstName": rnd.choice(FIRST_NAMES), "inszNumber": number,
                    "dateOfBirth": birth.isoformat(), "gender": rnd.choice(["MALE", "FEMALE", "X"]),
                    "address": {"street": f"{rnd.choice(STREETS)} {rnd.randrange(1, 200)}",
                                "postalCode": postal_code, "city": city, "country": "BE"},
                    "legalTermsPaper": True,
                },
                "registrationOrganizerId": rnd.choice(organizers[cs])["id"],
                "memberships": [membership],
            })
            i += 1
            if len(current) == chunk:
                chunks.append(current)
                current = []
    if current:
        chunks.append(current)
    for k, part in enumerate(chunks):
        with open(os.path.join(out, f"passholders-{k:03d}.json"), "w") as f:
            json.dump({"formatVersion": 1, "passholders": part}, f)
    with open(os.path.join(out, "holders.txt"), "w") as f:
        f.write("\n".join(holder_lines) + "\n")
    print(f"{len(events)} events, {passholders} passholders ({len(holder_lines)} with a kansenstatuut) "
          f"in {len(chunks)} chunks of at most {chunk}, in {out}")


def connection(base):
    url = urllib.parse.urlparse(base)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=1800)


def token(base, client, secret):
    c = connection(base)
    auth = base64.b64encode(f"{client}:{secret}".encode()).decode()
    c.request("POST", "/oauth2/token", "grant_type=client_credentials",
              {"Authorization": "Basic " + auth, "Content-Type": "application/x-www-form-urlencoded"})
    r = c.getresponse()
    body = r.read()
    if r.status != 200:
        raise SystemExit(f"token for {client}: {r.status} {body[:300]!r}")
    return json.loads(body)["access_token"]


def post_import(base, bearer, path):
    with open(path, "rb") as f:
        document = f.read()
    c = connection(base)
    started = time.perf_counter()
    c.request("POST", "/admin/imports", document,
              {"Authorization": "Bearer " + bearer, "Content-Type": "application/json"})
    r = c.getresponse()
    body = r.read()
    elapsed = time.perf_counter() - started
    if r.status != 200:
        raise SystemExit(f"{os.path.basename(path)}: {r.status} {body[:2000].decode(errors='replace')}")
    return elapsed, len(document)


def load(out, base, parallel):
    admin = token(base, "demo-admin", "demo-admin-secret")
    started = time.perf_counter()
    elapsed, size = post_import(base, admin, os.path.join(out, "events.json"))
    print(f"events.json: {size / 1e6:.1f} MB in {elapsed:.1f} s")

    chunks = sorted(p for p in os.listdir(out) if p.startswith("passholders-") and p.endswith(".json"))
    holders_started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(parallel) as pool:
        futures = {pool.submit(post_import, base, admin, os.path.join(out, name)): name for name in chunks}
        for future in concurrent.futures.as_completed(futures):
            elapsed, size = future.result()
            print(f"{futures[future]}: {size / 1e6:.1f} MB in {elapsed:.1f} s", flush=True)
    holders_time = time.perf_counter() - holders_started
    count = sum(len(json.load(open(os.path.join(out, name)))["passholders"]) for name in chunks)
    print(f"passholders: {count} in {holders_time:.1f} s ({count / holders_time:.0f}/s, {parallel} chunk(s) at a time)")

    # ticket limits: 1000 tickets at kansentarief per passholder per event (the default is 1, or 1 a week for
    # permanent events), so random sales of the benchmark never hit a limit
    ticketing = token(base, "demo-ticketing", "demo-ticketing-secret")
    settings_started = time.perf_counter()
    event_ids = [line.split()[1] for line in open(os.path.join(out, "events.txt")) if line.strip()]

    def put_settings(ids):
        c = connection(base)
        for event_id in ids:
            body = json.dumps({"id": event_id, "checkinPoints": 1, "passholderTicketLimit": TICKET_LIMIT,
                               "checkinLimit": {"volume": 1, "periodType": "DAY"}})
            c.request("PUT", f"/events/{event_id}/settings", body,
                      {"Authorization": "Bearer " + ticketing, "Content-Type": "application/json"})
            r = c.getresponse()
            answer = r.read()
            if r.status != 204:
                raise SystemExit(f"PUT /events/{event_id}/settings: {r.status} {answer[:500]!r}")

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(put_settings, [event_ids[k::4] for k in range(4)]))
    print(f"event settings: {len(event_ids)} in {time.perf_counter() - settings_started:.1f} s")
    print(f"loaded in {time.perf_counter() - started:.1f} s")


def main():
    args = sys.argv[1:]

    def option(name, default):
        if name in args:
            k = args.index(name)
            value = args[k + 1]
            del args[k:k + 2]
            return int(value)
        return default

    if args and args[0] == "generate":
        passholders = option("--passholders", 100_000)
        events = option("--events", 1000)
        chunk = option("--chunk", 10_000)
        generate(args[1], passholders, events, chunk)
    elif args and args[0] == "load":
        parallel = option("--parallel", 1)
        load(args[1], args[2], parallel)
    elif args and args[0] == "token":
        print(token(args[1], args[2], args[3]))
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
