#!/usr/bin/env python3
"""Writes the search test dataset (people.jsonl) and the labelled queries (labelled-queries.json).

Deterministic (fixed seed): run it again and the files come out the same. Two kinds of people:
  * targets (SRCH-T...): the people the labelled queries look for, each with the queries an officer
    might type for them;
  * background (SRCH-B...): ~1,950 people drawn from weighted name lists full of near-duplicates
    (Smith/Smyth/Smythe, Mohammed/Muhammad/Mohamed, Catherine/Kathryn, O'Brien, Llewellyn, hyphenated
    names, many John Smiths), so that a query has to rank its target above look-alikes.
A background person never has a target's exact name (family + first given name) with the same year of
birth, nor at all when the target's queries carry no date of birth: the label of every query stays the
single right answer, and the look-alikes still compete.

Usage: python3 make_dataset.py   (writes next to itself)
"""
import json
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = "ZABCDEFGHJKLMNPQRTUVWXY"


def pnc(year, number):
    """A valid PNC ID: YYYY/NNNNNNNC with its check letter (MCIF/1)."""
    n = int("%02d%07d" % (year % 100, number))
    return "%04d/%07d%s" % (year, number, CHECK[n % 23])


def short_pnc(full):
    year, rest = full.split("/")
    return year[2:] + "/" + rest[:-1].lstrip("0") + rest[-1]


# ---------------------------------------------------------------------------------------------- targets
# (ref suffix, family, given names, dob, pnc or None, aliases [(family, given, dob)], unique name?,
#  queries [(text, kind)], extras)
TARGETS = [
    ("001", "SMITH", ["JOHN", "PAUL"], "1970-01-31", pnc(1999, 123456), [("SMYTHE", ["JON"], None)], False, [
        ("smith john 1970", "dob-year"),
        ("jon smyth 31/01/1970", "alias"),
        ("SMITH, John 31/01/1970", "dob-exact"),
        ("1999/0123456X", "pnc"),
        ("99/123456X", "pnc"),
        ("smiht john 1970", "misspelling"),
        ("smith j 31/01/1970", "partial"),
    ]),
    ("002", "SMYTH", ["JONATHAN"], "1982-06-14", None, [], False, [
        ("jonathon smyth 1982", "misspelling"),
        ("smyth jonathan 14/06/1982", "dob-exact"),
        ("jonathan smith 1982", "phonetic"),
    ]),
    ("003", "SMYTHE", ["JOHN"], "1975-03-02", pnc(2001, 77812), [], False, [
        ("john smythe 1975", "dob-year"),
        ("john smith 02/03/1975", "phonetic"),
    ]),
    ("004", "KHAN", ["MUHAMMAD"], "1988-11-09", None, [("KHAN", ["MOHAMMED"], None)], False, [
        ("mohamed khan 1988", "phonetic"),
        ("khan muhammad 09/11/1988", "dob-exact"),
        ("khan mohammed 1988", "alias"),
    ]),
    ("005", "HUSSAIN", ["MOHAMMAD", "TARIQ"], "1979-04-22", pnc(1998, 4410021), [], False, [
        ("muhammed hussein 1979", "phonetic"),
        ("tariq husain 1979", "misspelling"),
    ]),
    ("006", "O'BRIEN", ["SEAN"], "1966-08-08", None, [], False, [
        ("sean o'brien 1966", "dob-year"),
        ("shaun obrien 1966", "phonetic"),
        ("O'BRIEN, Sean 08/08/1966", "dob-exact"),
    ]),
    ("007", "LLEWELLYN", ["GARETH", "RHYS"], "1959-12-01", None, [], True, [
        ("gareth llewelyn", "misspelling"),
        ("llewellyn gareth", "transposed"),
        ("llewel gareth", "partial"),
        ("garath llewellyn", "misspelling"),
    ]),
    ("008", "JONES", ["CATHERINE"], "1990-02-02", None, [("JONES", ["KATHRYN"], None)], False, [
        ("kathryn jones 1990", "alias"),
        ("katherine jones 02/02/1990", "phonetic"),
        ("jones catherine 1990", "transposed"),
    ]),
    ("009", "SMITH-JONES", ["REBECCA"], "1984-07-19", None, [], True, [
        ("smith-jones r", "partial"),
        ("smith jones rebecca", "transposed"),
        ("rebeca smith-jones", "misspelling"),
    ]),
    ("010", "PRITCHARD", ["DAFYDD"], "1971-05-05", None, [("PRICHARD", ["DAVID"], None)], True, [
        ("david prichard 1971", "alias"),
        ("dafyd pritchard", "misspelling"),
        ("pritchard dafydd", "transposed"),
    ]),
    ("011", "WIŚNIEWSKI", ["PIOTR"], "1985-09-30", pnc(2010, 5550123), [], True, [
        ("piotr wisniewski", "misspelling"),
        ("peter wisniewski 1985", "phonetic"),
        ("wisniewski piotr 30/09/1985", "dob-exact"),
    ]),
    ("012", "NGUYEN", ["MAI"], "1993-10-10", None, [], True, [
        ("nguyen mai", "transposed"),
        ("mai nguyan", "misspelling"),
    ]),
    ("013", "OKAFOR", ["CHINEDU"], "1987-01-15", pnc(2006, 3141592), [], True, [
        ("okafor chinedu", "transposed"),
        ("chinedu okafur", "misspelling"),
        ("okaf chinedu", "partial"),
        ("2006/3141592" + pnc(2006, 3141592)[-1].lower(), "pnc"),
    ]),
    ("014", "MACDONALD", ["ANGUS"], "1961-03-03", None, [("MCDONALD", ["ANGUS"], None)], True, [
        ("angus mcdonald", "alias"),
        ("angus mcdonnell", "misspelling"),
    ]),
    ("015", "THOMPSON", ["STEVEN"], "1977-07-07", None, [], False, [
        ("stephen thomson 1977", "phonetic"),
        ("thompson steven 07/07/1977", "dob-exact"),
    ]),
    ("016", "DAVIES", ["SIÂN"], "1995-05-25", None, [], False, [
        ("sian davies 1995", "dob-year"),
        ("sian davis 25/05/1995", "phonetic"),
    ]),
    ("017", "EVANS", ["IEUAN"], "1968-10-01", None, [], True, [
        ("evans ieuan", "transposed"),
        ("ewan evans 1968", "phonetic"),
    ]),
    ("018", "WILLIAMS", ["RHODRI"], "1980-12-12", None, [], True, [
        ("williams, rhodri", "transposed"),
        ("rhodri wiliams", "misspelling"),
    ]),
    ("019", "AHMED", ["FATIMA"], "1992-03-14", None, [("BEGUM", ["FATIMA"], None)], False, [
        ("fatima begum 1992", "alias"),
        ("fatimah ahmed 1992", "misspelling"),
    ]),
    ("020", "BROWN", ["MICHAEL"], "1965-06-30", None, [], False, [
        ("michael brown 30/06/1965", "dob-exact"),
        ("micheal brown 1965", "misspelling"),
        ("brown m 1965", "partial"),
    ]),
    ("021", "TAYLOR", ["CHRISTOPHER", "JAMES"], "1983-08-21", pnc(2002, 98765), [], False, [
        (short_pnc(pnc(2002, 98765)), "pnc"),
        ("christopher tailor 21/08/1983", "misspelling"),
    ]),
    ("022", "KOWALSKI", ["KRZYSZTOF"], "1976-04-18", None, [], True, [
        ("krzysztof kowalsky", "misspelling"),
        ("kowalski krzysztof", "transposed"),
    ]),
    ("023", "SMITH", ["JOHN"], "1988-04-04", None, [], False, [
        ("john smith 04/04/1988", "dob-exact"),
        ("smith john 1988", "dob-year"),
        ("john smith 1988-04-04", "dob-exact"),
    ]),
    ("024", "O'NEILL", ["SIOBHAN"], "1974-02-28", None, [], True, [
        ("siobhan o'neil", "misspelling"),
        ("oneill siobhan", "transposed"),
    ]),
    ("025", "HUGHES", ["GWENLLIAN"], "1998-01-01", None, [], True, [
        ("hughes gwenllian", "transposed"),
        ("gwenlian hughes", "misspelling"),
    ]),
    ("026", "PATEL", ["PRIYA"], "1989-09-09", None, [("SHAH", ["PRIYA"], None)], False, [
        ("priya shah 1989", "alias"),
        ("patel priya 09/09/1989", "dob-exact"),
    ]),
    ("027", "MORGAN", ["EMMA", "LOUISE"], "1979-11-11", None, [], False, [
        ("emma morgan 11/11/1979", "dob-exact"),
        ("louise morgan 1979", "partial"),
    ]),
    ("028", "LLOYD", ["STEFFAN"], "1991-06-06", None, [("LLOYD", ["STEPHEN"], "1991-06-07")], False, [
        ("stephen lloyd 07/06/1991", "alias"),
        ("steffan loyd 1991", "misspelling"),
    ]),
    ("029", "ALI", ["AISHA"], "2000-02-29", None, [], False, [
        ("ayesha ali 2000", "phonetic"),
        ("aisha ali 29/02/2000", "dob-exact"),
    ]),
    ("030", "GRIFFITHS", ["WAYNE"], "1972-09-17", pnc(1995, 2020202), [], False, [
        ("wayne griffiths 1972", "dob-year"),
        ("wayne griffith 17/09/1972", "misspelling"),
        (pnc(1995, 2020202), "pnc"),
    ]),
    ("031", "VAUGHAN", ["CERYS"], "1986-12-24", None, [], True, [
        ("cerys vaughn", "misspelling"),
        ("kerys vaughan", "phonetic"),
    ]),
]


# Written after the first run scored every query above, and added without tuning the search to them:
# harder queries (two misspellings, nicknames, a space for an apostrophe, a family name and a date only).
LATER_QUERIES = [
    ("jhon smtih 1970", "001", "misspelling"),
    ("smith 31/01/1970", "001", "partial"),
    ("smythe jon 1970", "001", "alias"),
    ("mohammad khan 09/11/1988", "004", "phonetic"),
    ("muhamad khan 1988", "004", "misspelling"),
    ("kathrin jones 1990", "008", "misspelling"),
    ("cathy jones 1990", "008", "misspelling"),
    ("kathy jones 02/02/1990", "008", "partial"),
    ("o brien sean 1966", "006", "partial"),
    ("griffths wayne 1972", "030", "misspelling"),
    ("pritchard david", "010", "phonetic"),
    ("kowalski k 1976", "022", "partial"),
    ("cerys vaughan 24/12/1986", "031", "dob-exact"),
    ("nguyen 1993", "012", "partial"),
    ("hussain mohammed tariq", "005", "phonetic"),
    ("MCDONALD ANGUS 03/03/1961", "014", "alias"),
    ("steffan lloyd 06/06/1991", "028", "dob-exact"),
    ("aisha ally 2000", "029", "phonetic"),
    ("fatima ahmad 1992", "019", "phonetic"),
    ("begum fatima 14/03/1992", "019", "alias"),
    ("christopher james taylor 1983", "021", "dob-year"),
    ("taylor chris 1983", "021", "partial"),
    ("smtih jhon 04/04/1988", "023", "misspelling"),
    ("siobhan oneill 28/02/1974", "024", "dob-exact"),
    ("gwen hughes 1998", "025", "partial"),
    ("rhodri williams 12/12/1980", "018", "dob-exact"),
]

# ------------------------------------------------------------------------------------------ background
FAMILIES = [
    ("SMITH", 60), ("SMYTH", 10), ("SMYTHE", 6), ("JONES", 40), ("WILLIAMS", 30), ("TAYLOR", 25),
    ("BROWN", 25), ("BROWNE", 4), ("DAVIES", 25), ("DAVIS", 8), ("EVANS", 20), ("WILSON", 15), ("THOMAS", 20),
    ("ROBERTS", 15), ("JOHNSON", 12), ("JOHNSTON", 5), ("LEWIS", 12), ("WALKER", 10), ("THOMPSON", 10),
    ("THOMSON", 4), ("KHAN", 20), ("HUSSAIN", 12), ("HUSSEIN", 4), ("AHMED", 12), ("AHMAD", 4), ("ALI", 12),
    ("BEGUM", 6), ("PATEL", 12), ("SHAH", 5), ("O'BRIEN", 6), ("OBRIEN", 2), ("O'NEILL", 4), ("O'NEIL", 2),
    ("MCDONALD", 5), ("MACDONALD", 5), ("LLEWELLYN", 4), ("LLYWELYN", 2), ("PRITCHARD", 4), ("PRICHARD", 2),
    ("PRICE", 8), ("HUGHES", 10), ("MORGAN", 10), ("OWEN", 8), ("GRIFFITHS", 8), ("GRIFFITH", 3), ("REES", 6),
    ("RHYS", 3), ("NGUYEN", 4), ("OKAFOR", 2), ("KOWALSKI", 3), ("KOWALSKA", 2), ("WIŚNIEWSKI", 2),
    ("NOWAK", 4), ("SMITH-JONES", 2), ("TAYLOR-WOOD", 2), ("CLARKE", 8), ("CLARK", 6), ("WRIGHT", 8),
    ("GREEN", 8), ("HALL", 8), ("WOOD", 8), ("HARRIS", 8), ("LLOYD", 6), ("VAUGHAN", 3), ("MURPHY", 6),
    ("KELLY", 6), ("CAMPBELL", 5), ("STEWART", 5), ("STUART", 3), ("ANDERSON", 5), ("SCOTT", 5),
    ("MITCHELL", 5), ("PHILLIPS", 6), ("PHILIPS", 2), ("MORRIS", 6), ("MORRISON", 3), ("COOK", 5),
    ("COOKE", 3), ("BAKER", 5), ("MOORE", 5), ("MOOR", 1), ("KING", 5), ("TURNER", 5), ("CARTER", 5),
    ("ADEYEMI", 2), ("MENSAH", 2), ("OKONKWO", 2), ("CHOWDHURY", 3), ("RAHMAN", 4), ("AKHTAR", 3),
    ("BUTT", 3), ("IQBAL", 3), ("SINGH", 6), ("KAUR", 5), ("GILL", 3), ("MURRAY", 4), ("REID", 4),
    ("READ", 2), ("REED", 3), ("FOSTER", 4), ("FORSTER", 2), ("ELLIS", 4), ("WALSH", 4), ("WELSH", 2),
]
MALE = [
    ("JOHN", 40), ("JON", 8), ("JONATHAN", 8), ("JONATHON", 3), ("MOHAMMED", 12), ("MUHAMMAD", 8),
    ("MOHAMED", 6), ("MOHAMMAD", 6), ("DAVID", 20), ("DAFYDD", 4), ("MICHAEL", 15), ("PAUL", 12),
    ("MARK", 10), ("PETER", 10), ("PIOTR", 3), ("STEVEN", 8), ("STEPHEN", 8), ("STEFFAN", 2), ("SEAN", 6),
    ("SHAUN", 4), ("SHAWN", 2), ("GARETH", 6), ("RHYS", 4), ("IEUAN", 2), ("OWAIN", 2), ("EWAN", 2),
    ("JAMES", 15), ("THOMAS", 10), ("DANIEL", 10), ("CHRISTOPHER", 8), ("ANDREW", 8), ("ANTHONY", 6),
    ("WAYNE", 5), ("GARY", 5), ("LEE", 5), ("CRAIG", 5), ("DARREN", 5), ("KRZYSZTOF", 2), ("TOMASZ", 2),
    ("CHINEDU", 1), ("KWAME", 2), ("TARIQ", 3), ("IMRAN", 3), ("ANGUS", 2), ("RHODRI", 2), ("ROBERT", 10),
]
FEMALE = [
    ("CATHERINE", 6), ("KATHRYN", 4), ("KATHERINE", 4), ("CATRIN", 2), ("SARAH", 10), ("SARA", 3),
    ("EMMA", 8), ("SIAN", 4), ("SIÂN", 2), ("FATIMA", 4), ("AISHA", 4), ("AYESHA", 2), ("PRIYA", 3),
    ("REBECCA", 5), ("MAI", 1), ("SIOBHAN", 3), ("GWEN", 2), ("GWENLLIAN", 1), ("CERYS", 2), ("FFION", 2),
    ("CLAIRE", 6), ("CLARE", 3), ("LISA", 6), ("MICHELLE", 5), ("KAREN", 5), ("JULIE", 5), ("NICOLA", 5),
    ("RACHEL", 5), ("JOANNE", 5), ("LOUISE", 5), ("ZOË", 2), ("ZOE", 3),
]
VARIANTS = [
    {"SMITH", "SMYTH", "SMYTHE"}, {"BROWN", "BROWNE"}, {"DAVIES", "DAVIS"}, {"THOMPSON", "THOMSON"},
    {"HUSSAIN", "HUSSEIN"}, {"AHMED", "AHMAD"}, {"O'BRIEN", "OBRIEN"}, {"O'NEILL", "O'NEIL"},
    {"MCDONALD", "MACDONALD"}, {"LLEWELLYN", "LLYWELYN"}, {"PRITCHARD", "PRICHARD"}, {"GRIFFITHS", "GRIFFITH"},
    {"CLARKE", "CLARK"}, {"STEWART", "STUART"}, {"PHILLIPS", "PHILIPS"}, {"COOK", "COOKE"},
    {"REID", "READ", "REED"}, {"FOSTER", "FORSTER"}, {"WALSH", "WELSH"},
    {"JOHN", "JON"}, {"JONATHAN", "JONATHON"}, {"MOHAMMED", "MUHAMMAD", "MOHAMED", "MOHAMMAD"},
    {"STEVEN", "STEPHEN"}, {"SEAN", "SHAUN", "SHAWN"}, {"CATHERINE", "KATHRYN", "KATHERINE"},
    {"SARAH", "SARA"}, {"SIAN", "SIÂN"}, {"AISHA", "AYESHA"}, {"CLAIRE", "CLARE"}, {"ZOE", "ZOË"},
]


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    r = rng.uniform(0, total)
    for value, w in weighted:
        r -= w
        if r <= 0:
            return value
    return weighted[-1][0]


def variant(rng, name):
    for group in VARIANTS:
        if name in group:
            others = sorted(group - {name})
            return rng.choice(others)
    return None


def iso(d):
    return d.isoformat() if d else None


def spans(rng, dob):
    """A category/level span (sometimes ended) and a custody status, valid under MCIF/1."""
    out = {}
    r = rng.random()
    if r < 0.85:
        start = max(dob + timedelta(days=365 * 18), date(2005, 1, 1)) + timedelta(days=rng.randrange(0, 3000))
        category = pick(rng, [(1, 70), (2, 25), (3, 5)])
        level = pick(rng, [(2, 1), (3, 1)]) if category == 3 else pick(rng, [(1, 80), (2, 15), (3, 5)])
        end = None
        if rng.random() < 0.18:
            end = start + timedelta(days=rng.randrange(200, 2500))
            if end > date(2024, 1, 1):
                end = date(2024, 1, 1)
            if end <= start:
                end = start + timedelta(days=30)
        out["category"] = {"category": category, "level": level, "from": iso(start), "to": iso(end)}
    c = rng.random()
    if c < 0.20:
        out["custody"] = {"kind": "PRISON", "from": iso(date(2023, 1, 1) + timedelta(days=rng.randrange(0, 600))), "to": None}
    elif c < 0.23:
        out["custody"] = {"kind": "HOSPITAL", "from": iso(date(2022, 1, 1) + timedelta(days=rng.randrange(0, 600))), "to": None}
    elif c < 0.35:
        s = date(2010, 1, 1) + timedelta(days=rng.randrange(0, 3000))
        out["custody"] = {"kind": "PRISON", "from": iso(s), "to": iso(s + timedelta(days=rng.randrange(60, 1500)))}
    return out


def main():
    rng = random.Random(20261123)
    people = []
    taken_exact = set()   # (family, first given, year) of targets
    taken_name = set()    # (family, first given) of targets whose queries carry no date
    for suffix, family, given, dob, pnc_id, aliases, unique, queries, *rest in TARGETS:
        taken_exact.add((family, given[0], dob[:4]))
        if unique:
            taken_name.add((family, given[0]))
        for a in aliases:
            taken_exact.add((a[0], a[1][0], (a[2] or dob)[:4]))
            if unique:
                taken_name.add((a[0], a[1][0]))
    for i, (suffix, family, given, dob, pnc_id, aliases, unique, queries) in enumerate(TARGETS):
        person = {"ref": "SRCH-T" + suffix, "family": family, "given": given, "dob": dob,
                  "gender": "FEMALE" if given[0] in dict(FEMALE) else "MALE", "pnc": pnc_id,
                  "aliases": [{"family": a[0], "given": a[1], "dob": a[2]} for a in aliases]}
        person.update(spans(rng, date.fromisoformat(dob)))
        people.append(person)

    n = 0
    while n < 1950:
        female = rng.random() < 0.3
        family = pick(rng, FAMILIES)
        given = [pick(rng, FEMALE if female else MALE)]
        if rng.random() < 0.35:
            second = pick(rng, FEMALE if female else MALE)
            if second != given[0]:
                given.append(second)
        dob = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 55))
        clash = lambda f, g, y: (f, g, y) in taken_exact or (f, g) in taken_name
        if clash(family, given[0], str(dob.year)):
            continue
        aliases = []
        if rng.random() < 0.25:
            kind = rng.random()
            if kind < 0.4 and variant(rng, family):
                aliases.append({"family": variant(rng, family), "given": given[:1], "dob": None})
            elif kind < 0.7 and variant(rng, given[0]):
                aliases.append({"family": family, "given": [variant(rng, given[0])], "dob": None})
            else:
                adob = dob + timedelta(days=365) if rng.random() < 0.5 else None
                aliases.append({"family": pick(rng, FAMILIES), "given": given[:1], "dob": iso(adob)})
            a = aliases[0]
            if clash(a["family"], a["given"][0], (a["dob"] or iso(dob))[:4]):
                continue
        n += 1
        person = {"ref": "SRCH-B%04d" % n, "family": family, "given": given, "dob": iso(dob),
                  "gender": "FEMALE" if female else "MALE",
                  "pnc": pnc(rng.randrange(1985, 2021), rng.randrange(1, 9999999)) if rng.random() < 0.5 else None,
                  "aliases": aliases}
        person.update(spans(rng, dob))
        people.append(person)

    with open(os.path.join(HERE, "people.jsonl"), "w", encoding="utf-8") as f:
        for p in people:
            f.write(json.dumps(p, ensure_ascii=False, sort_keys=True) + "\n")
    labelled = [{"query": q, "expectedRef": "SRCH-T" + t[0], "kind": k} for t in TARGETS for q, k in t[7]]
    labelled += [{"query": q, "expectedRef": "SRCH-T" + ref, "kind": k} for q, ref, k in LATER_QUERIES]
    with open(os.path.join(HERE, "labelled-queries.json"), "w", encoding="utf-8") as f:
        json.dump(labelled, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(people), "people,", len(labelled), "labelled queries")


if __name__ == "__main__":
    main()
