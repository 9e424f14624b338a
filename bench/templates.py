"""Reply templates: what a heavy-but-legal template costs, as ratios measured in one run.

The heavy template spends about 85% of the sandbox's step budget on every rendering
(nested loops that print nothing), the most a template can cost and still work; the
baseline is the same ledger with the plain template of bench/run.py.

* check:  ``ajar check``, heavy template  /  plain template
* build:  ``mkdocs build``, heavy template  /  plain template
* long:   ``ajar check`` with one contact's company 30,000 characters long (its
          circle-back fails, for that contact only)  /  without

Usage: python bench/templates.py [--contacts N] [--rejections N] [--skip-build]
(defaults: 100 contacts, 201 rejections, the size the faults issue measured).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import ENV, TEMPLATE, best_of, make_ledger

from ajar.rules.sandbox import MAX_STEPS

STEPS_PER_TURN = 208  # one outer turn below: a range, 100 inner turns, 100 multiplications
HEAVY_LOOP = (f"{{% for i in range({MAX_STEPS * 85 // 100 // STEPS_PER_TURN}) %}}"
              "{% for j in range(100) %}{% set k = i * j %}{% endfor %}{% endfor %}")


def with_template(root: Path, body_prefix: str) -> Path:
    head, body = TEMPLATE.rsplit("---\n", 1)
    (root / "ledger" / "replies" / "thank-you.md").write_text(f"{head}---\n{body_prefix}{body}")
    return root


def with_circle_back(root: Path) -> Path:
    """A reconnect template that prints the contact's company, for every contact page."""
    (root / "ledger" / "replies" / "circle-back.md").write_text(
        "---\ntitle: Circle back\nfor: reconnect\n---\nHi {{ contact.first_name }},\n\n"
        "I'm still interested in {{ contact.company }}.\n")
    return root


def seconds(command: list[str], cwd: Path) -> float:
    """Wall time of one run (`ajar check` exits 1 on the long value's problem: fine)."""
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=100)
    parser.add_argument("--rejections", type=int, default=201)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ajar-bench-templates-"))
    try:
        plain = make_ledger(work / "plain", args.contacts, args.rejections)
        heavy = with_template(make_ledger(work / "heavy", args.contacts, args.rejections),
                              HEAVY_LOOP)
        short, long = (with_circle_back(make_ledger(work / name, args.contacts, args.rejections))
                       for name in ("short", "long"))
        (long / "ledger" / "contacts" / "person-00000.md").write_text(
            f"---\nname: Person 0\ncompany: {'Initech ' * 3750}\n---\n")
        ajar = str(Path(sys.executable).parent / "ajar")
        print(f"ledger: {args.contacts} contacts, {args.rejections} rejections")

        first = sorted((heavy / "ledger" / "rejections").iterdir())[0].stem
        reply = subprocess.run([ajar, "reply", first], cwd=heavy, env=ENV,
                               capture_output=True, text=True)
        assert reply.returncode == 0, f"the heavy template must stay legal: {reply.stderr}"

        check = [ajar, "check"]
        base = best_of(3, seconds, check, plain)
        cost = best_of(3, seconds, check, heavy)
        print(f"check    {cost / base:6.2f}x plain template  ({cost:.2f}s vs {base:.2f}s)")
        base = best_of(3, seconds, check, short)
        cost = best_of(3, seconds, check, long)
        print(f"long     {cost / base:6.2f}x without it      ({cost:.2f}s vs {base:.2f}s)")
        if args.skip_build:
            return
        mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q"]
        base = seconds(mkdocs, plain)
        cost = seconds(mkdocs, heavy)
        print(f"build    {cost / base:6.2f}x plain template  ({cost:.1f}s vs {base:.1f}s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
