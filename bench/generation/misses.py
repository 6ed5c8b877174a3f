#!/usr/bin/env python3
"""For each gold fact missed within the scored window, says whether any generated question covers it and at what rank."""
import json, sys, pathlib, importlib.util, yaml
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
src = open("/work/shared/eval/score.py").read().replace("\nmain()\n", "\n")
ns = {}
exec(compile(src, "score", "exec"), ns)
arts, packs = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
low = none = 0
for gold_path in sorted(arts.glob("*.gold.yaml")):
    name = gold_path.name[:-len(".gold.yaml")]
    body = (arts / f"{name}.md").read_text().split("---", 2)[-1]
    qs = json.loads((packs / f"{name}.json").read_text())["questions"]
    n = max(20, len(body.split()) * 20 // 500)
    for f in yaml.safe_load(gold_path.read_text())["facts"]:
        if ns["covered"](f, qs[:n]):
            continue
        for i, q in enumerate(qs):
            if ns["covered"](f, [q]):
                print(f"LOW  {name[:18]:18} #{i:3} {f['about'][:60]:60} <- {q['prompt'][:90]}")
                low += 1
                break
        else:
            print(f"NONE {name[:18]:18}      {f['about'][:60]:60} = {f['answer']}")
            none += 1
print(f"ranked too low: {low}, no question: {none}")
