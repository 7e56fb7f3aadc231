#!/usr/bin/env python3
"""Self-consistency check of devb.gold.json against the article files (no engine involved).

Checks: every file exists; titles, body_must_contain passages and quote starts occur verbatim; boilerplate
strings occur in the file; person ids exist and one of their names occurs in the article; event persons are
listed in the document; cluster and shared_text files are known. Prints a per-document summary."""
import json, os, re, collections, unicodedata
base = os.path.dirname(os.path.abspath(__file__))
g = json.load(open(f"{base}/devb.gold.json", encoding="utf-8"))
ents = {e["id"]: e for e in g["entities"]}
probs = []
types = collections.Counter(); langs = collections.Counter()
used_ids = set()
for d in g["documents"]:
    p = f"{base}/articles/{d['file']}"
    if not os.path.exists(p): probs.append(f"missing {p}"); continue
    t = open(p, encoding="utf-8").read()
    langs[d["lang"]] += 1
    if d["title"] not in t: probs.append(f"{d['file']}: title not verbatim")
    for s in d["body_must_contain"]:
        if s not in t: probs.append(f"{d['file']}: keep not verbatim: {s}")
    for s in d["body_must_not_contain"]:
        if s not in t: probs.append(f"{d['file']}: drop not in file: {s}")
    for q in d["quotes"]:
        if q["starts"] not in t: probs.append(f"{d['file']}: quote start not verbatim: {q['starts']}")
        if q["speaker"] and q["speaker"] not in d["persons"]: probs.append(f"{d['file']}: quote speaker {q['speaker']} not in persons")
    for pid in d["persons"]:
        used_ids.add(pid)
        if pid not in ents: probs.append(f"{d['file']}: unknown person {pid}"); continue
        if not any(n in t for n in ents[pid]["names"]):
            # a person may occur only in inflected (oblique) forms, e.g. Russian "Сеитовым": accept a surname stem
            stems = {n.split()[-1][:-1] for n in ents[pid]["names"] if len(n.split()[-1]) > 4}
            if d["lang"] in ("ru", "uk", "be", "pl", "cs") and any(st in t for st in stems):
                print(f"  note: {d['file']}: {pid} only in inflected forms")
            else:
                probs.append(f"{d['file']}: no name of {pid} in text")
    fcodes = {c for f in d["forbidden"] for c in f.get("actors", [])}
    if fcodes & set(d["countries"]): probs.append(f"{d['file']}: forbidden code also in countries {fcodes & set(d['countries'])}")
    for s1 in d["body_must_not_contain"]:
        if any(s1 in k for k in d["body_must_contain"]): probs.append(f"{d['file']}: drop string inside a keep passage: {s1}")
        if len(t.strip().splitlines()) > 1 and sum(1 for l in t.splitlines() if s1 in l and len(l.split()) >= 25): probs.append(f"{d['file']}: drop string in a long (body?) line: {s1}")
    for e in d["events"]:
        if e.get("mode") and e.get("required", True): probs.append(f"{d['file']}: required event with mode")
    for e in d["events"]:
        for pid in e.get("persons", []):
            if pid not in d["persons"]: probs.append(f"{d['file']}: event person {pid} not in doc persons")
        codes = set(e.get("actors", [])) | set(e.get("source", [])) | set(e.get("target", []))
        if codes & fcodes and not any(f.get("type") != "*" for f in d["forbidden"]):
            probs.append(f"{d['file']}: event uses forbidden code {codes & fcodes}")
        if e.get("required", True): types[e["type"]] += 1
    if any(e.get("any_number") and e.get("required", True) for e in d["events"]):
        probs.append(f"{d['file']}: any_number on required")
    # body word count estimate: drop lines < 6 words
    words = sum(len(l.split()) for l in t.splitlines() if len(l.split()) >= 8)
    print(f"{d['file']:45} {d['lang']} ~{words:4d} body words, {sum(e.get('required',True) for e in d['events'])} req events, {len(d['forbidden'])} forbidden")
for e in g["entities"]:
    if e["id"] not in used_ids: probs.append(f"entity {e['id']} unused")
files = {d["file"] for d in g["documents"]}
for c in g["event_clusters"]:
    for f in c["docs"]:
        if f not in files: probs.append(f"cluster doc {f} unknown")
for pair in g["shared_text"]:
    for f in pair:
        if f not in files: probs.append(f"shared doc {f} unknown")
print(set(os.listdir(f"{base}/articles")) - files)
print("langs", dict(langs))
print("required types", dict(types))
plover = "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
print("missing required types", [t for t in plover if t not in types])
allt = {e["type"] for d in g["documents"] for e in d["events"]}
print("missing any types", [t for t in plover if t not in allt])
print("\n".join(probs) or "no problems")
