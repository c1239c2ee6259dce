#!/usr/bin/env python3
"""gen_corpus.py OUTDIR MEGABYTES [SEED] - writes a synthetic corpus in the shape
of organisation profiles and news digests, with varied invented names, for the
scaling benchmarks. Deterministic for a given seed. Not test data: the sentences
are templates filled with invented organisations, so extraction has real work
(acronym definitions, header fields, relations) at any size."""
import os
import random
import sys

HEADS_ORG = ["Institute", "Council", "Agency", "Foundation", "Association", "Centre", "Network",
             "Commission", "Alliance", "Consortium", "Observatory Office", "University"]
HEADS_INIT = ["Initiative", "Programme", "Platform", "Project", "Challenge", "Hub"]
WORDS = ["Digital", "Open", "Global", "Regional", "Data", "Cyber", "Trust", "Network", "Cloud",
         "Internet", "Standards", "Inclusion", "Connectivity", "Innovation", "Research", "Policy",
         "Learning", "Science", "Health", "Energy", "Mobile", "Satellite", "Quantum", "Secure",
         "Future", "Civic", "Public", "Ethical", "Rural", "Urban", "Coastal", "Northern", "Southern"]
CITIES = [("Geneva", "Switzerland"), ("Nairobi", "Kenya"), ("Lima", "Peru"), ("Oslo", "Norway"),
          ("Hanoi", "Viet Nam"), ("Accra", "Ghana"), ("Vienna", "Austria"), ("Manila", "Philippines"),
          ("Tunis", "Tunisia"), ("Bogota", "Colombia"), ("Tallinn", "Estonia"), ("Seoul", "Republic of Korea")]
TOPICS = ["Artificial intelligence", "Cybersecurity", "Data governance", "Digital standards",
          "Telecommunication infrastructure", "Capacity development", "Privacy and data protection"]


def name(rng, heads):
    words = rng.sample(WORDS, rng.randint(2, 3))
    return " ".join(words) + " " + rng.choice(heads)


def acronym(full):
    return "".join(w[0] for w in full.split() if w[0].isupper())


def profile(rng, org, partner, initiative):
    city, country = rng.choice(CITIES)
    acr = acronym(org)
    lines = [org, "", f"Acronym: {acr}", "", f"Established: {rng.randint(1900, 2023)}", "",
             f"Address: {rng.randint(1, 300)} Avenue {rng.choice(WORDS)}, {city}, {country}", "",
             f"Website: https://www.{acr.lower()}.example.org", "",
             "Stakeholder group: NGOs and associations", "",
             f"The {org} ({acr}) works on {rng.choice(TOPICS).lower()} across its region. "
             f"In {rng.randint(2000, 2023)}, {acr} launched the {initiative} together with the {partner}.",
             "",
             f"{acr} is a member of the {name(rng, ['Alliance', 'Network'])} and collaborates with the {partner}.",
             "", "Digital policy issues", ""]
    for t in rng.sample(TOPICS, 2):
        lines += [t, "", f"The organisation supports work on {t.lower()} through studies and events.", ""]
    return "\n".join(lines) + "\n\n"


def main():
    out, mb = sys.argv[1], float(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    os.makedirs(out, exist_ok=True)
    target, written, doc = int(mb * 1024 * 1024), 0, 0
    while written < target:
        parts = []
        for _ in range(40):
            parts.append(profile(rng, name(rng, HEADS_ORG), name(rng, HEADS_ORG), name(rng, HEADS_INIT)))
        text = "".join(parts)
        with open(os.path.join(out, f"doc{doc:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        written += len(text.encode())
        doc += 1
    print(f"{doc} documents, {written / 1048576:.1f} MB in {out}")


if __name__ == "__main__":
    main()
