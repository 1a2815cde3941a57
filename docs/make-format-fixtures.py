# Writes the *-other.txt fixtures of src/test/resources/formats and truth-other.json: papers of the corpus
# (../shared/corpus/arxiv-cs-2025-2026.tsv.gz, the first argument) in the copied-page shapes, with the
# variations real copies have. Run from src/test/resources/formats; the seed keeps the output the same.
import gzip, random, json, re, sys
rng = random.Random(20261201)
rows = []
with gzip.open(sys.argv[1], 'rt', encoding='utf-8') as f:
    next(f)
    for line in f:
        p = line.rstrip('\n').split('\t')
        if len(p) < 4: continue
        aid, cats, title, abst = p[0], p[1], re.sub(r'\s+', ' ', p[2]).strip(), re.sub(r'\s+', ' ', p[3]).strip()
        if not re.match(r'^\d{4}\.\d{4,5}$', aid) or len(title) < 8 or '$' in title or '\\' in title: continue
        rows.append((aid, cats, title, abst))
rng.shuffle(rows)
firsts = "Aonan Wei Xin Maria José Zoë Sören Ngozi Hyun-woo Ji-Yeon Arjun Priya Lukas Camille Jean-Pierre Olga Mateo Yuki Haruto Ahmed Fatima Liam Emma Chen Yifan Zhao Kwame Anaïs Björn Siddharth Ravi Tomás Ewa Dmitri Ines Omar Leila Pablo Noor".split()
middles = ["", "", "", "", "M.", "J.", "R.", "de la", "van"]
lasts = "Zhang Wang Li Müller García Kowalski Nakamura Okafor Singh Patel Dubois Rossi Silva Kim Park Nguyen Tran Ivanov Schmidt Cohen Haddad Fernández Lindqvist Chowdhury Reddy O'Brien Dvořák Ştefan Yilmaz Abebe Mensah Hoffmann Laurent Costa Sato Takahashi Huang Liu Chen Yang".split()
def name():
    m = rng.choice(middles)
    f = rng.choice(firsts); l = rng.choice(lasts)
    if m in ("de la", "van"): return f"{f} {m} {l}"
    return f"{f} {m} {l}".replace("  ", " ") if m else f"{f} {l}"
def names(): return [name() for _ in range(rng.choice([1,2,3,3,4,5,6,8,12]))]
def abstract(a): return a
subjects = ["Machine Learning (cs.LG)", "Computation and Language (cs.CL)", "Computer Vision and Pattern Recognition (cs.CV)", "Robotics (cs.RO)", "Sound (cs.SD)", "Artificial Intelligence (cs.AI)"]
NB = '\u00a0'
def take(n):
    global rows
    out, rows = rows[:n], rows[n:]
    return out
truth = {}
months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
fullmonths = "January February March April May June July August September October November December".split()

# arXiv /list/new with sections, variants
out = ["Showing new listings for Wednesday, 3 June 2026", "", "Total of 60 entries", "Showing up to 2000 entries per page: fewer | more | all", "", "New submissions (showing 30 of 30 entries)", ""]
t = []
n = 0
for i, (aid, cats, title, abst) in enumerate(take(60)):
    n += 1
    if i == 30: out += ["", "Cross submissions (showing 15 of 15 entries)", ""]
    if i == 45: out += ["", "Replacement submissions (showing 15 of 15 entries)", ""]
    au = names()
    links = rng.choice(["[pdf, html]", "[pdf, other]", "[pdf, html, other]", "[pdf]", "[html, other]", "[pdf, ps, other]"])
    ver = rng.choice(["", "", "v2", "v3"]) if i >= 45 else ""
    note = " (cross-list from cs.CL)" if 30 <= i < 45 else (" (replaced)" if i >= 45 else "")
    sp = NB if rng.random() < 0.2 else " "
    out.append(f"[{n}]{sp} arXiv:{aid}{ver}{note}  {links}")
    out.append(f"Title: {title}")
    out.append("Authors: " + ", ".join(au))
    if rng.random() < 0.4: out.append(f"Comments: {rng.randint(4,40)} pages, {rng.randint(1,12)} figures")
    if rng.random() < 0.15: out.append(f"Journal-ref: Proc. of Some Conference {rng.randint(2024,2026)}")
    if rng.random() < 0.85: out.append("Subjects: " + "; ".join(rng.sample(subjects, rng.randint(1,3))))
    if rng.random() < 0.9: out.append(abst)
    out.append("")
    if rng.random() < 0.2: out.append("")
    t.append({"arxiv_id": aid, "title": title, "authors": au})
open('arxiv-list-other.txt', 'w').write("\n".join(out) + "\n"); truth["arxiv-list"] = t

# arXiv search results
out = ["Showing 1–40 of 1,234 results for all: diffusion", "", "Search v0.5.6 released 2020-02-24", ""]
t = []
for i, (aid, cats, title, abst) in enumerate(take(40)):
    au = names()
    pre = f"{i+1}. " if rng.random() < 0.3 else ""
    out.append(f"{pre}arXiv:{aid}  {rng.choice(['[pdf, other]', '[pdf, html, other]', '[pdf]'])} ")
    out.append(" ".join(cats.split()[:rng.randint(1,3)]))
    out.append(title)
    out.append("Authors: " + ", ".join(au))
    cut = abst[:rng.randint(120, 300)].rsplit(' ', 1)[0]
    out.append("Abstract: " + (cut + "… ▽ More" if rng.random() < 0.7 else abst + " △ Less"))
    d = rng.randint(1, 28); mo = rng.randint(0, 11)
    out.append(f"Submitted {d} {fullmonths[mo]}, 2025; originally announced {fullmonths[mo]} 2025.")
    if rng.random() < 0.3: out.append(f"Comments: {rng.randint(4,40)} pages")
    out.append("")
    t.append({"arxiv_id": aid, "title": title, "authors": au})
open('arxiv-search-other.txt', 'w').write("\n".join(out) + "\n"); truth["arxiv-search"] = t

# Hugging Face cards: year dropped for the current year (2026), comments, extra blanks, NBSP
out = []; t = []
for i, (aid, cats, title, abst) in enumerate(take(60)):
    year = rng.choice([2025, 2026, 2026])
    mo = rng.randint(1, 5 if year == 2026 else 12); d = rng.randint(1, 28)
    date = f"{months[mo-1]} {d}" + (f", {year}" if year != 2026 else "")
    up = rng.choice([str(rng.randint(1, 999)), str(rng.randint(1, 30)), f"{rng.randint(1,9)}.{rng.randint(1,9)}k"])
    sep = rng.choice([" • ", f"{NB}•{NB}", " • "])
    out.append(title)
    out.append(f"Paper{sep}{aid}{sep}Published {date}{sep}{up}")
    if rng.random() < 0.25: out.append(str(rng.randint(1, 40)))
    if rng.random() < 0.3: out.append("")
    t.append({"arxiv_id": aid, "title": title, "authors": [], "published": f"{year}-{mo:02d}-{d:02d}"})
open('hf-cards-other.txt', 'w').write("\n".join(out) + "\n"); truth["hf-cards"] = t

# Google Scholar
def initials(full):
    parts = full.split(" ")
    given = [p for p in parts[:-1] if p not in ("de", "la", "van")]
    return "".join(g[0].upper() for g in given) + " " + (" ".join(parts[len(given):]) if len(given) < len(parts) - 1 else parts[-1])
out = []; t = []
for i, (aid, cats, title, abst) in enumerate(take(60)):
    au = names()
    shown = au[:4]
    cutnames = len(au) > 4
    kind = rng.random()
    if kind < 0.6:
        venue, host = f"arXiv preprint arXiv:{aid}", "arxiv.org"; tid = aid
    elif kind < 0.8:
        venue, host = rng.choice(["Advances in Neural Information Processing Systems", "Proceedings of the IEEE/CVF Conference on Computer Vision", "Transactions on Machine Learning Research"]), rng.choice(["proceedings.neurips.cc", "openaccess.thecvf.com", "openreview.net"]); tid = None
    else:
        venue, host = "", rng.choice(["openreview.net", "ieeexplore.ieee.org"]); tid = None
    year = rng.choice([2025, 2026])
    shown_title = title if rng.random() < 0.7 else title[0] + title[1:].lower()
    if rng.random() < 0.7: out.append(rng.choice(["[PDF] arxiv.org", "[PDF] openreview.net", "[HTML] sciencedirect.com"]))
    tag = "[HTML][HTML] " if rng.random() < 0.1 else ""
    out.append(tag + shown_title)
    auth = ", ".join(initials(a) for a in shown) + ("…" if cutnames else "")
    v = f"{venue}, {year}" if venue else f"{year}"
    if venue and len(venue) > 40 and rng.random() < 0.5: v = venue[:38] + "…, " + str(year)
    out.append(f"{auth} - {v} - {host}")
    if rng.random() < 0.9: out.append(abst[:rng.randint(150, 250)].rsplit(' ', 1)[0] + " …")
    if rng.random() < 0.9: out.append(f"Save Cite Cited by {rng.randint(1, 500)} Related articles All {rng.randint(2, 9)} versions")
    if rng.random() < 0.8: out.append("")
    t.append({"arxiv_id": tid, "title": shown_title, "authors": [initials(a) for a in shown]})
open('scholar-other.txt', 'w').write("\n".join(out) + "\n"); truth["scholar"] = t

# DBLP
out = []; t = []
venues = ["NeurIPS {y}", "ICLR {y}", "CVPR {y}: {p}", "ACL (1) {y}: {p}", "Trans. Mach. Learn. Res. {y} ({y})", "J. Mach. Learn. Res. 26: {p} ({y})", "EMNLP (Findings) {y}: {p}"]
for i, (aid, cats, title, abst) in enumerate(take(60)):
    if i % 15 == 0: out += [str(2026 - i // 30), ""]
    au = names()
    shown = [a + (" 0001" if rng.random() < 0.05 else "") for a in au]
    corr = rng.random() < 0.7
    y = rng.choice([2025, 2026])
    if corr: venue = f"CoRR abs/{aid} ({y})"; tid = aid
    else: venue = rng.choice(venues).format(y=y, p=f"{rng.randint(1,900)}-{rng.randint(901,999)}"); tid = None
    shown_title = title if title[-1] in "?!." else title + "."
    if rng.random() < 0.1: out.append(f"[i{rng.randint(1,99)}]")
    if rng.random() < 0.15:
        out.append(", ".join(shown) + ": " + shown_title + " " + venue)
    else:
        out.append(", ".join(shown) + ":")
        out.append(shown_title + " " + venue)
    if rng.random() < 0.2: out.append("")
    t.append({"arxiv_id": tid, "title": title.rstrip('.') if title.endswith('.') else title, "authors": au})
open('dblp-other.txt', 'w').write("\n".join(out) + "\n"); truth["dblp"] = t
json.dump(truth, open('truth-other.json', 'w'), ensure_ascii=False, indent=1)
