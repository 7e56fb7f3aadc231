#!/usr/bin/env python3
"""Self-consistency check of heldout.gold.json against the article files (no engine involved).

Checks: every file exists and every article file is annotated; titles, body_must_contain passages and quote
starts occur verbatim; boilerplate strings occur in the file and never inside a passage the body must keep;
person ids exist and one of their names occurs in the article (for the person annotated as appearing only in
Russian oblique cases: that no listed name occurs as a whole word, and that an inflected form does); event
persons are listed in the document; any_number only on optional events; every cluster document carries a gold
event of the cluster's type, actors and dates; shared_text files are known. Prints a per-document summary."""
import json, os, re, collections
base = os.path.dirname(os.path.abspath(__file__))
g = json.load(open(f"{base}/heldout.gold.json", encoding="utf-8"))
ents = {e["id"]: e for e in g["entities"]}
# (file, entity id, stem that the inflected forms share): the name never appears in the nominative there
OBLIQUE_ONLY = [("24_ru_tadzhikistan_avstriya.txt", "sharipov", "Шарипов")]
oblique = {(f, e): s for f, e, s in OBLIQUE_ONLY}
probs = []
types = collections.Counter(); langs = collections.Counter(); modes = collections.Counter()
used_ids = set()
docs_by_file = {}
for d in g["documents"]:
    docs_by_file[d["file"]] = d
    p = f"{base}/articles/{d['file']}"
    if not os.path.exists(p): probs.append(f"missing {p}"); continue
    t = open(p, encoding="utf-8").read()
    langs[d["lang"]] += 1
    if d["title"] not in t: probs.append(f"{d['file']}: title not verbatim")
    for s in d["body_must_contain"]:
        if s not in t: probs.append(f"{d['file']}: keep not verbatim: {s}")
    for s in d["body_must_not_contain"]:
        if s not in t: probs.append(f"{d['file']}: drop not in file: {s}")
        if any(s in k for k in d["body_must_contain"]): probs.append(f"{d['file']}: drop string inside a kept passage: {s}")
    for q in d["quotes"]:
        if q["starts"] not in t: probs.append(f"{d['file']}: quote start not verbatim: {q['starts']}")
        if q["speaker"] and q["speaker"] not in d["persons"]: probs.append(f"{d['file']}: quote speaker {q['speaker']} not in persons")
    for pid in d["persons"]:
        used_ids.add(pid)
        if pid not in ents: probs.append(f"{d['file']}: unknown person {pid}"); continue
        if (d["file"], pid) in oblique:
            stem = oblique[(d["file"], pid)]
            for n in ents[pid]["names"]:
                if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", t):
                    probs.append(f"{d['file']}: {pid} should appear only in oblique cases, found {n!r}")
            forms = sorted(set(re.findall(re.escape(stem) + r"\w+", t)))
            if not forms: probs.append(f"{d['file']}: no inflected form of {stem}")
            else: print(f"  oblique forms of {pid} in {d['file']}: {forms}")
        elif not any(n in t for n in ents[pid]["names"]): probs.append(f"{d['file']}: no name of {pid} in text")
    for e in d["events"]:
        for pid in e.get("persons", []):
            if pid not in d["persons"]: probs.append(f"{d['file']}: event person {pid} not in doc persons")
        if e.get("required", True):
            types[e["type"]] += 1
            if e.get("mode"): probs.append(f"{d['file']}: required event with mode {e['mode']}")
            if e.get("any_number"): probs.append(f"{d['file']}: any_number on required event")
        if e.get("mode"): modes[e["mode"]] += 1
    words = sum(len(l.split()) for l in t.splitlines() if len(l.split()) >= 8)
    print(f"{d['file']:42} {d['lang']} {d['published']:10} ~{words:4d} body words, "
          f"{sum(e.get('required', True) for e in d['events'])} req events, {len(d['forbidden'])} forbidden, {len(d['quotes'])} quotes")
for e in g["entities"]:
    if e["id"] not in used_ids: probs.append(f"entity {e['id']} unused")
files = set(docs_by_file)
for c in g["event_clusters"]:
    for f in c["docs"]:
        if f not in files: probs.append(f"cluster doc {f} unknown"); continue
        hit = [e for e in docs_by_file[f]["events"] if e["type"] == c["type"] and not e.get("mode")
               and set(c["actors"]) <= set(e.get("actors", [])) | set(e.get("source", [])) | set(e.get("target", []))
               and set(e.get("dates", [])) & set(c["dates"])]
        if not hit: probs.append(f"cluster {c['name']!r}: no matching gold event in {f}")
for pair in g["shared_text"]:
    for f in pair:
        if f not in files: probs.append(f"shared doc {f} unknown")
extra = set(os.listdir(f"{base}/articles")) - files
if extra: probs.append(f"article files without gold: {sorted(extra)}")
multi = collections.Counter(p for d in g["documents"] for p in d["persons"])
print("langs", dict(langs))
print("required types", dict(sorted(types.items())))
print("modes", dict(modes))
print("persons in 2+ documents", sorted(p for p, n in multi.items() if n > 1))
plover = "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
print("missing required types", [t for t in plover if t not in types])
print("\n".join(probs) or "no problems")
