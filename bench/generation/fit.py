#!/usr/bin/env python3
"""Fits the ranker's weights (src/PolicyQuiz.Generation/Data/ranker.tsv) on the development articles.

usage: fit.py CANDIDATES_DIR [--write TSV] [--l2 X] [--sentence P] [--answer P]
CANDIDATES_DIR comes from `PolicyQuiz.Bench.Generation.dll candidates DEV OUT`: every candidate of
every article with its rank features. A candidate is a positive example when it covers a gold fact
(the scorer's own rule). A logistic regression (plain gradient descent, L2) is fitted; recall is
estimated by leaving one article out at a time (fit on the others, rank the held-out article with
the same greedy spread as Ranker.Order, score its window), so the figure is for articles the
weights have not seen.
"""
import json, math, pathlib, re, sys, yaml

src = open("/work/shared/eval/score.py").read().replace("\nmain()\n", "\n")
ns = {}
exec(compile(src, "score", "exec"), ns)
DEV = pathlib.Path("/work/shared/eval/dev")


def arg(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def load(cdir):
    arts = []
    for gp in sorted(DEV.glob("*.gold.yaml")):
        name = gp.name[: -len(".gold.yaml")]
        body = (DEV / f"{name}.md").read_text().split("---", 2)[-1]
        qs = json.loads((pathlib.Path(cdir) / f"{name}.json").read_text())["questions"]
        facts = yaml.safe_load(gp.read_text())["facts"]
        n = max(20, len(body.split()) * 20 // 500)
        for q in qs:
            q["y"] = 1 if any(ns["covered"](f, [q]) for f in facts) else 0
        arts.append((name, qs, facts, n))
    return arts


def names_of(arts):
    names = []
    for _, qs, _, _ in arts:
        for q in qs:
            for k in q["features"]:
                if k not in names:
                    names.append(k)
    return names


def fit(samples, names, l2, epochs=400, rate=0.5):
    w = {k: 0.0 for k in names}
    m = len(samples)
    pos = sum(y for _, y in samples) or 1
    weight_pos = (m - pos) / pos  # balance the classes
    for _ in range(epochs):
        grad = {k: 0.0 for k in names}
        for x, y in samples:
            z = sum(w[k] * v for k, v in x.items())
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = (p - y) * (weight_pos if y else 1.0)
            for k, v in x.items():
                grad[k] += g * v
        for k in names:
            reg = 0 if k == "bias" else l2 * w[k]
            w[k] -= rate * (grad[k] / m + reg)
    return w


def norm(s):
    return re.sub(r"[^\w\s]", "", s.lower()).strip()


def order(qs, score, limit, per_sentence, per_answer):
    left = [(q, norm(q["answer"][0]) if q["answer"] else "") for q in qs]
    picked, ps, pa, seen = [], {}, {}, set()
    while left and len(picked) < limit:
        best = max(range(len(left)), key=lambda i: score(left[i][0]) - per_sentence * ps.get(left[i][0]["sentence"], 0) - per_answer * pa.get(left[i][1], 0))
        q, key = left.pop(best)
        k1 = f"{key}|{q['sentence']}|{'role' if q['rule'] == 'role' else 'fact'}"
        if k1 in seen and q["rule"] != "when":
            continue
        seen.add(k1)
        k2 = "p|" + norm(q["prompt"])
        if k2 in seen:
            continue
        seen.add(k2)
        picked.append(q)
        ps[q["sentence"]] = ps.get(q["sentence"], 0) + 1
        pa[key] = pa.get(key, 0) + 1
    return picked


def recall(art, score, per_sentence, per_answer):
    _, qs, facts, n = art
    window = order(qs, score, n, per_sentence, per_answer)
    return sum(1 for f in facts if ns["covered"](f, window))


def main():
    arts = load(sys.argv[1])
    names = names_of(arts)
    l2 = arg("--l2", 0.01)
    psent = arg("--sentence", 1.5)
    pans = arg("--answer", 3.0)
    total = sum(len(a[2]) for a in arts)
    base = sum(recall(a, lambda q: q["score"], 1.5, 3.0) for a in arts)
    print(f"current hand weights: {base}/{total} ({base / total:.0%})")
    if "--cv" in sys.argv or "--write" not in sys.argv:
        hit = 0
        for i, held in enumerate(arts):
            train = [(q["features"], q["y"]) for j, a in enumerate(arts) if j != i for q in a[1]]
            w = fit(train, names, l2)
            got = recall(held, lambda q: sum(w.get(k, 0) * v for k, v in q["features"].items()), psent, pans)
            hit += got
            print(f"  {held[0][:30]:30} {got}/{len(held[2])}")
        print(f"left-one-out recall (l2={l2}, sentence={psent}, answer={pans}): {hit}/{total} ({hit / total:.0%})")
    if "--write" in sys.argv:
        w = fit([(q["features"], q["y"]) for a in arts for q in a[1]], names, l2)
        inside = sum(recall(a, lambda q: sum(w.get(k, 0) * v for k, v in q["features"].items()), psent, pans) for a in arts)
        print(f"fitted on all articles, recall on them: {inside}/{total}")
        with open(arg("--write", ""), "w") as out:
            out.write("# ranker weights: feature<TAB>weight (bench/generation/fit.py; features in Questions/RankFeatures.cs)\n")
            out.write(f"# l2={l2} per-sentence={psent} per-answer={pans}\n")
            out.write(f"spread.sentence\t{psent}\nspread.answer\t{pans}\n")
            for k in names:
                out.write(f"{k}\t{w[k]:.4f}\n")


main()
