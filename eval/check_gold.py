#!/usr/bin/env python3
"""Self-consistency check of an evaluation set's gold file against its article files (no engine involved).

Usage: python3 eval/check_gold.py eval/SET   (reads eval/SET/SET.gold.json and eval/SET/articles/)

Checks: every file exists and every article file is annotated; titles, body_must_contain passages and quote
starts occur verbatim; boilerplate strings occur in the file (and are not also required passages); person ids
exist and one of their names occurs in the article; event persons are listed in the document; actor codes are
ISO 3166-1 alpha-3 or one of the organization codes of EXPORT.md; types are PLOVER types; every PLOVER type is
required at least once; events with a mode are not required; dates look like dates; every cluster document has a
gold event that fits the cluster; shared_text files are known. Prints a per-document summary and the persons
that occur in two or more documents. Standard library only."""
import collections, json, os, re, sys

if len(sys.argv) != 2:
    sys.exit("usage: check_gold.py eval/SET")
base = os.path.abspath(sys.argv[1])
g = json.load(open(f"{base}/{os.path.basename(base)}.gold.json", encoding="utf-8"))
ents = {e["id"]: e for e in g["entities"]}
PLOVER = "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
ORGS = set("UN EU NATO BRICS EAEU AU OAS ASEAN OPEC G7 G20 SCO CELAC ALBA MERCOSUR GCC ARAB_LEAGUE CIS CSTO IAEA WHO IMF WB WTO ICC WEST".split())
# ISO 3166-1 alpha-3 codes (officially assigned)
ISO3 = set("""AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES BIH
BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY
GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD
NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA
MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA
TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE""".split())
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
probs = []
types = collections.Counter(); langs = collections.Counter(); alltypes = set()
doc_count = collections.Counter()

def code_ok(c):
    return c == "*" or c in ISO3 or c in ORGS

def fits(cl, ev):
    if ev["type"] != cl["type"] or ev.get("mode"):
        return False
    codes = set(ev.get("actors", [])) | set(ev.get("source", [])) | set(ev.get("target", []))
    if not all(a in codes for a in cl.get("actors", [])):
        return False
    if cl.get("dates") and ev.get("dates") and not set(cl["dates"]) & set(ev["dates"]):
        return False
    return True

by_file = {}
for d in g["documents"]:
    f = d["file"]; by_file[f] = d
    p = f"{base}/articles/{f}"
    if not os.path.exists(p):
        probs.append(f"missing {p}"); continue
    t = open(p, encoding="utf-8").read()
    langs[d["lang"]] += 1
    if not DATE.match(d.get("published", "")): probs.append(f"{f}: bad published {d.get('published')}")
    if d["title"] not in t: probs.append(f"{f}: title not verbatim")
    for s in d["body_must_contain"]:
        if s not in t: probs.append(f"{f}: keep not verbatim: {s}")
    for s in d["body_must_not_contain"]:
        if s not in t: probs.append(f"{f}: drop not in file: {s}")
        if any(s in k for k in d["body_must_contain"]) or s in d["title"]:
            probs.append(f"{f}: drop string also inside a kept passage or the title: {s}")
    for q in d["quotes"]:
        if q["starts"] not in t: probs.append(f"{f}: quote start not verbatim: {q['starts']}")
        if q["speaker"] and q["speaker"] not in d["persons"]: probs.append(f"{f}: quote speaker {q['speaker']} not in persons")
    for pid in d["persons"]:
        doc_count[pid] += 1
        if pid not in ents: probs.append(f"{f}: unknown person {pid}"); continue
        if not any(n in t for n in ents[pid]["names"]): probs.append(f"{f}: no name of {pid} in text")
    for c in d["countries"]:
        if c not in ISO3: probs.append(f"{f}: country {c} not ISO alpha-3")
    for e in d["events"]:
        if e["type"] != "*" and e["type"] not in PLOVER: probs.append(f"{f}: unknown type {e['type']}")
        alltypes.add(e["type"])
        for pid in e.get("persons", []):
            if pid not in d["persons"]: probs.append(f"{f}: event person {pid} not in doc persons")
        for c in set(e.get("actors", [])) | set(e.get("source", [])) | set(e.get("target", [])):
            if not code_ok(c): probs.append(f"{f}: bad actor code {c}")
        for dt in e.get("dates", []):
            if not DATE.match(dt): probs.append(f"{f}: bad event date {dt}")
        if e.get("mode") and e.get("required", True): probs.append(f"{f}: event with mode {e['mode']} is required")
        if e.get("mode", "") not in ("", "intend", "future", "negated"): probs.append(f"{f}: bad mode {e['mode']}")
        if e.get("any_number") and e.get("required", True): probs.append(f"{f}: any_number on required")
        if e.get("required", True): types[e["type"]] += 1
    for fb in d["forbidden"]:
        if fb["type"] != "*" and fb["type"] not in PLOVER: probs.append(f"{f}: forbidden type {fb['type']}")
        for c in set(fb.get("actors", [])) | set(fb.get("source", [])) | set(fb.get("target", [])):
            if not code_ok(c): probs.append(f"{f}: bad forbidden code {c}")
        if fb["type"] == "*":
            for e in d["events"]:
                codes = set(e.get("actors", [])) | set(e.get("source", [])) | set(e.get("target", []))
                if all(a in codes for a in fb.get("actors", [])):
                    probs.append(f"{f}: event {e['type']} {sorted(codes)} falls under forbidden {fb}")
    words = sum(len(l.split()) for l in t.splitlines() if len(l.split()) >= 8)
    print(f"{f:42} {d['lang']} ~{words:4d} body words, {sum(e.get('required', True) for e in d['events'])} req events, "
          f"{len(d['forbidden'])} forbidden, {len(d['quotes'])} quotes")

for e in g["entities"]:
    if e["id"] not in doc_count: probs.append(f"entity {e['id']} unused")
    if e.get("country") and e["country"] not in ISO3: probs.append(f"entity {e['id']}: country {e['country']}")
# a one-word name shared by two entities of the same country would make the scorer merge them
single = collections.defaultdict(set)
for e in g["entities"]:
    for n in e["names"]:
        if len(n.split()) == 1: single[(n.lower(), e.get("country"))].add(e["id"])
for (n, c), ids in single.items():
    if len(ids) > 1: probs.append(f"one-word name {n!r} shared by {sorted(ids)} with the same country {c}")

for cl in g["event_clusters"]:
    if cl["type"] not in PLOVER: probs.append(f"cluster {cl.get('name')}: type")
    # a one-document cluster is legitimate: it only takes part in the apart (precision) pairs
    for f in cl["docs"]:
        if f not in by_file: probs.append(f"cluster doc {f} unknown"); continue
        if not any(fits(cl, e) for e in by_file[f]["events"]):
            probs.append(f"cluster {cl.get('name')}: no gold event in {f} fits it")
for pair in g["shared_text"]:
    for f in pair:
        if f not in by_file: probs.append(f"shared doc {f} unknown")
extra = set(os.listdir(f"{base}/articles")) - set(by_file)
if extra: probs.append(f"unannotated files: {sorted(extra)}")

print("langs", dict(langs))
print("persons in 2+ documents", sorted(p for p, n in doc_count.items() if n > 1))
print("clusters", len(g["event_clusters"]), "with", sum(len(c["docs"]) for c in g["event_clusters"]), "document reports")
print("required types", dict(types))
missing = [t for t in PLOVER if t not in types]
if missing: probs.append(f"PLOVER types never required: {missing}")
print("\n".join(probs) or "no problems")
sys.exit(1 if probs else 0)
