#!/usr/bin/env python3
"""Writes mixed-collection.bib.gz and mixed-collection-truth.tsv.gz: a large .bib collection in the shapes
Zotero, Better BibLaTeX, JabRef, Google Scholar, Mendeley, DBLP, arXiv and hand-kept files write, built
from real arXiv titles and abstracts (the CC0 corpus in ../shared/corpus), with repeated papers in other
tools' shapes and a few entries broken the way hand edits break them.

Run from the project root:  python3 src/test/resources/stress/make_mixed_collection.py ../shared/corpus/arxiv-cs-2025-2026.tsv.gz
"""
import gzip, random, re, sys, unicodedata

random.seed(20261201)
PAPERS, REPEATS, BROKEN = 2400, 240, 8
OUT = 'src/test/resources/stress/'

FIRST = ['Yu', 'Jörg', 'François', 'Søren', 'José', 'Łukasz', 'Zoë', 'Ana', 'Mei', 'Hiroshi', 'Dvořák',
         'Ingrid', 'Çağrı', 'Nuño', 'Björn', 'Amélie', 'Wei', 'Priya', 'Olúwaseun', 'Sébastien', 'Jiří',
         'Marie-Claude', 'Ángel', 'Hanna', 'Tomás', 'Ngọc', 'Rémi', 'Kaiming', 'Ilya', 'Gülşen']
LAST = [('', 'Müller'), ('', 'Dupont'), ('', 'Østergaard'), ('', 'García-Márquez'), ('', 'Kaiser'),
        ('van der', 'Berg'), ('de', 'la Fuente'), ('von', 'Neumann'), ('', 'Sun'), ('', 'Wang'),
        ('', 'Nakamura'), ('', 'Šimůnek'), ('', 'Løvås'), ('', 'Erdős'), ('', 'Zhang'), ('', 'O\'Neil'),
        ('', 'Brontë'), ('', 'Nguyễn'), ('di', 'Stefano'), ('', 'Kowalczyk'), ('', 'Ísaksdóttir'),
        ('', 'Ben-David'), ('', 'Sutskever'), ('', 'Yıldız'), ('', 'Çelik'), ('', 'Smith')]
SUFFIX = ['', '', '', '', '', '', '', '', '', 'Jr.', 'III']
SPECIAL = {'ß': r'{\ss}', 'ø': r'{\o}', 'Ø': r'{\O}', 'ł': r'{\l}', 'Ł': r'{\L}', 'æ': r'{\ae}', 'å': r'{\aa}',
           'ı': r'{\i}', 'œ': r'{\oe}'}
MARKS = {'\u0308': '"', '\u0301': "'", '\u0300': '`', '\u0302': '^', '\u0303': '~', '\u0304': '=',
         '\u0327': 'c', '\u030C': 'v', '\u0306': 'u', '\u030B': 'H', '\u030A': 'r', '\u0323': 'd', '\u0328': 'k'}


def tex(s, style='zotero'):
    """Unicode letters as the TeX accents each tool writes: {\\"u} (Zotero), {\\"{u}} (Mendeley, DBLP)."""
    out = []
    for ch in s:
        if ch in SPECIAL:
            out.append(SPECIAL[ch]); continue
        d = unicodedata.normalize('NFD', ch)
        if len(d) > 1 and all(m in MARKS for m in d[1:]):
            base = d[0]
            for m in d[1:]:
                c = MARKS[m]
                if style == 'mendeley':
                    base = '{\\%s{%s}}' % (c, base)
                else:
                    sep = ' ' if c.isalpha() else ''
                    base = '{\\%s%s%s}' % (c, sep, base)
            out.append(base)
        else:
            out.append(ch)
    return ''.join(out)


def segments(title):
    """(text, is_math) pieces, so changes to words never touch $…$."""
    parts = re.split(r'(\$[^$]*\$)', title)
    return [(p, p.startswith('$') and p.endswith('$') and len(p) > 1) for p in parts if p]


def escape_specials(s):
    return re.sub(r'(?<!\\)([%&#])', r'\\\1', s)


def zotero_title(t):
    out = []
    for text, math in segments(t):
        if math:
            out.append(text); continue
        text = escape_specials(text)
        out.append(re.sub(r'(?<![\\\w])([A-Za-z][\w\-]*[A-Z][\w\-]*|[A-Z][\w\-]+)', r'{\1}', text))
    return tex(''.join(out))


def bbt_title(t):
    out = []
    for text, math in segments(t):
        out.append(text if math else re.sub(r'(?<![\\\w])([A-Z][\w\-]*(?: [A-Z][\w\-]*)*)', r'{{\1}}', escape_specials(text)))
    return ''.join(out)


def scholar_title(t):
    out, first = [], True
    for text, math in segments(t):
        if math:
            out.append(text); first = False; continue
        def low(m):
            nonlocal first
            w = m.group(0)
            if first:
                first = False
                return w
            return w.lower()
        out.append(re.sub(r'(?<![\\\w])[A-Za-z]+', low, escape_specials(text)))
    return ''.join(out)


def person():
    f = random.choice(FIRST)
    von, last = random.choice(LAST)
    return f, von, last, random.choice(SUFFIX)


def last_first(p, style):
    f, von, last, jr = p
    core = (von + ' ' + last).strip()
    s = core + (', ' + jr if jr else '') + ', ' + f
    return tex(s, style) if style in ('zotero', 'mendeley') else s


def first_last(p, style):
    f, von, last, jr = p
    s = ' '.join(x for x in (f, von, last, jr) if x)
    return tex(s, 'mendeley') if style == 'dblp' else s


def display(p):
    f, von, last, jr = p
    return ' '.join(x for x in (f, von, last, jr) if x)


MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']


def render(style, key, paper, people, broken=False):
    aid, cats, title, abstract = paper
    yy, mm = int(aid[:2]), int(aid[2:4])
    year, day = 2000 + yy, random.randint(1, 28)
    cat = cats.split()[0]
    abstract = abstract[:random.randint(200, 600)].rsplit(' ', 1)[0] + '.' if random.random() < 0.2 else ''
    a = ' and '.join(last_first(p, style) for p in people)
    if style == 'zotero':
        lines = ['@misc{%s,' % key, '\ttitle = {%s},' % zotero_title(title),
                 '\turl = {http://arxiv.org/abs/%s},' % aid, '\tdoi = {10.48550/arXiv.%s},' % aid]
        if abstract:
            lines.append('\tabstract = {%s},' % escape_specials(abstract))
        lines += ['\turldate = {2026-0%d-1%d},' % (random.randint(1, 9), random.randint(0, 9)),
                  '\tpublisher = {arXiv},', '\tauthor = {%s},' % a, '\tmonth = %s,' % MONTHS[mm - 1],
                  '\tyear = {%d},' % year, '\tnote = {arXiv:%s [%s]},' % (aid, cat.split('.')[0]),
                  '\tkeywords = {Computer Science - %s},' % cat,
                  '\tfile = {Preprint PDF:/home/reader/Zotero/storage/%06X/%s.pdf:application/pdf},' % (random.getrandbits(24), key),
                  '}']
    elif style == 'bbt':
        lines = ['@online{%s,' % key, '  title = {%s},' % bbt_title(title), '  author = {%s},' % a,
                 '  date = {%d-%02d-%02d},' % (year, mm, day), '  eprint = {%s},' % aid,
                 '  eprinttype = {arXiv},', '  eprintclass = {%s},' % cat, '  doi = {10.48550/arXiv.%s},' % aid,
                 '  url = {http://arxiv.org/abs/%s},' % aid, '  urldate = {2026-02-03},']
        if abstract:
            lines.append('  abstract = {%s},' % escape_specials(abstract))
        lines += ['  pubstate = {prepublished},', '  keywords = {%s}' % ','.join(cats.split()[:3]), '}']
    elif style == 'jabref':
        lines = ['@Article{%s,' % key, '  author    = {%s},' % ' and '.join(first_last(p, style) for p in people),
                 '  title     = {%s},' % escape_specials(title), '  journal   = {arXiv},', '  year      = {%d},' % year,
                 '  month     = %s,' % MONTHS[mm - 1], '  eprint    = {%s},' % aid, '  archivePrefix = {arXiv},',
                 '  primaryClass = {%s},' % cat]
        if abstract:
            lines.append('  abstract  = {%s},' % escape_specials(abstract))
        lines += ['  keywords  = {%s},' % ', '.join(cats.split()[:2]), '  groups    = {To read},',
                  '  timestamp = {2026-01-0%d},' % random.randint(1, 9), '}']
    elif style == 'scholar':
        shown = people[:4]
        s = ' and '.join(last_first(p, 'scholar') for p in shown) + (' and others' if len(people) > 4 else '')
        lines = ['@article{%s,' % key, '  title={%s},' % scholar_title(title), '  author={%s},' % s,
                 '  journal={arXiv preprint arXiv:%s},' % aid, '  year={%d}' % year, '}']
    elif style == 'mendeley':
        fields = {'archivePrefix': 'arXiv', 'arxivId': aid, 'author': a, 'eprint': aid,
                  'file': ':home/reader/Mendeley/%s.pdf:pdf' % key, 'journal': 'arXiv', 'keywords': ','.join(cats.split()[:2]),
                  'mendeley-groups': 'Reading', 'title': '{%s}' % tex(escape_specials(title).replace('%', '{\\%}'), 'mendeley'),
                  'url': 'http://arxiv.org/abs/%s' % aid, 'year': str(year), 'month': MONTHS[mm - 1]}
        if abstract:
            fields['abstract'] = re.sub(r'(?<!\\)([%&])', r'{\\\1}', abstract)
        lines = ['@article{%s,' % key] + ['%s = {%s},' % (k, fields[k]) for k in sorted(fields)]
        lines[-1] = lines[-1].rstrip(',')
        lines.append('}')
    elif style == 'dblp':
        names = (' and\n' + ' ' * 18).join(first_last(p, 'dblp') for p in people)
        lines = ['@article{DBLP:journals/corr/abs-%s,' % aid.replace('.', '-'), '  author       = {%s},' % names,
                 '  title        = {%s},' % escape_specials(title), '  journal      = {CoRR},',
                 '  volume       = {abs/%s},' % aid, '  year         = {%d},' % year,
                 '  url          = {https://doi.org/10.48550/arXiv.%s},' % aid, '  doi          = {10.48550/ARXIV.%s},' % aid,
                 '  eprinttype    = {arXiv},', '  eprint       = {%s},' % aid,
                 '  biburl       = {https://dblp.org/rec/journals/corr/abs-%s.bib},' % aid.replace('.', '-'),
                 '  bibsource    = {dblp computer science bibliography, https://dblp.org}', '}']
    elif style == 'arxiv':
        lines = ['@misc{%s,' % key, '      title={%s}, ' % escape_specials(title),
                 '      author={%s},' % ' and '.join(display(p) for p in people), '      year={%d},' % year,
                 '      eprint={%s},' % aid, '      archivePrefix={arXiv},', '      primaryClass={%s},' % cat,
                 '      url={https://arxiv.org/abs/%s}, ' % aid, '}']
    else:  # hand-kept: quotes, macros, '#', '%' lines, crossref
        lines = ['@inproceedings{%s,' % key, '  title = "{%s}",' % escape_specials(title).replace('"', "{\"}"),
                 '  author = "%s",' % ' and '.join(last_first(p, 'hand') for p in people)]
        if random.random() < 0.5:
            lines.append('  %% note = {PMID: %d},' % random.randint(10000000, 99999999))
        lines += ['  booktitle = venue # " (Workshop)",', '  crossref = {proc%d},' % year,
                  '%%  pages = {%d--%d},' % (day, day + 9), '  month = %s, year = %d,' % (MONTHS[mm - 1], year),
                  '  eprint = "%s", archiveprefix = "arXiv"' % aid, '}']
    if broken:
        # the ways a hand edit breaks an entry: a brace never closed, or a field left without its value
        i = 1
        lines[i] = lines[i].replace('{', '{{', 1) if random.random() < 0.5 else lines[i].split('=')[0] + '= ,'
    return '\n'.join(lines)


HEADERS = {
    'jabref': '% This file was created with JabRef 5.13.\n% Encoding: UTF-8\n',
    'mendeley': 'Automatically generated by Mendeley Desktop 1.19.8\nAny changes to this file will be lost if it is '
                'regenerated by Mendeley.\n\nBibTeX export options can be customized via Options -> BibTeX in Mendeley Desktop\n',
}


def hand_header(entries):
    """The macro and the proceedings volumes the hand-kept entries cross-reference."""
    years = sorted({2000 + int(p[0][:2]) for _, p, _, _ in entries})
    return '%% Kept by hand.\n@string{venue = "Proceedings of the Workshop on Learning"}\n' + ''.join(
        '@proceedings{proc%d,\n  title = {Proceedings of the Workshop %d},\n  year = %d,\n  publisher = {ACM},\n}\n' % (y, y, y)
        for y in years)
FOOTERS = {'jabref': '@Comment{jabref-meta: databaseType:bibtex;}\n'}
STYLES = ['zotero', 'bbt', 'jabref', 'scholar', 'mendeley', 'dblp', 'arxiv', 'hand']


def main(corpus):
    rows = []
    with gzip.open(corpus, 'rt', encoding='utf-8') as f:
        next(f)
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) == 4 and re.fullmatch(r'\d{4}\.\d{4,5}', parts[0]) and 15 <= int(parts[0][:2]) <= 26:
                rows.append(parts)
    papers = random.sample(rows, PAPERS)
    entries = []  # (style, paper, people, broken)
    for p in papers:
        entries.append((random.choice(STYLES), p, [person() for _ in range(random.randint(1, 9))], False))
    for p in random.sample(papers, REPEATS):
        entries.append((random.choice(STYLES), p, [person() for _ in range(random.randint(1, 5))], False))
    broken = set(random.sample(range(len(entries)), BROKEN))
    entries = [(s, p, pe, i in broken) for i, (s, p, pe, _) in enumerate(entries)]
    # files are concatenated as a reader's folder of exports would be: by the tool that wrote them
    by_style = {s: [e for e in entries if e[0] == s] for s in STYLES}
    out, keys = [], set()
    for s in STYLES:
        out.append(hand_header(by_style[s]) if s == 'hand' else HEADERS.get(s, ''))
        for style, p, people, bad in by_style[s]:
            ascii_name = unicodedata.normalize('NFKD', people[0][2]).encode('ascii', 'ignore').decode()
            base = re.sub(r'[^a-z0-9]', '', (ascii_name + p[0]).lower())
            key = base
            while key in keys:
                key += 'x'
            keys.add(key)
            out.append(render(style, key, p, people, bad) + '\n')
        out.append(FOOTERS.get(s, ''))
    with gzip.open(OUT + 'mixed-collection.bib.gz', 'wt', encoding='utf-8', compresslevel=9) as f:
        f.write('\n'.join(out))
    with gzip.open(OUT + 'mixed-collection-truth.tsv.gz', 'wt', encoding='utf-8', compresslevel=9) as f:
        f.write('arxiv_id\tbroken_entries\ttitle\n')
        lost = {}
        for _, p, _, bad in entries:
            lost.setdefault(p[0], [0, 0, p[2]])
            lost[p[0]][0] += 1
            lost[p[0]][1] += bad
        for aid, (n, bad, title) in lost.items():
            f.write('%s\t%d/%d\t%s\n' % (aid, bad, n, title))


if __name__ == '__main__':
    main(sys.argv[1])
