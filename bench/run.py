"""Ajar benchmarks: ratios against baselines measured in the same run.

Machines here are shared and noisy, so absolute seconds mean little; each
figure is divided by a baseline that does comparable plain work at the same
moment:

* load:    ``load_ledger`` + checks  /  plain PyYAML reading of the same files
* derive:  schedule + insights of the loaded ledger  /  the same plain reading
* build:   ``mkdocs build`` of the ledger site  /  a plain Material site with
           the same number of Markdown pages (entries out of the nav too)
* scaling: the ledger site at 2N entries  /  at N entries (linear is ~2)
* startup: ``ajar --help``  /  ``python -c pass``
* hostile: the sample site with a note of 100,000 '['  /  the same without it

Usage: python bench/run.py [--contacts N] [--rejections N] [--skip-build]
(defaults are a quarter of the 5,000 contacts / 10,000 rejections target;
pass --contacts 5000 --rejections 10000 for the full size).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

STAGES = ["applied", "screening", "interview", "final-round", "offer"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "AJAR_TODAY": "2026-11-23"}
MKDOCS = "site_name: Bench\ntheme:\n  name: material\nplugins:\n  - search\n  - ajar\n"
TEMPLATE = ("---\ntitle: Thank you\nfor: rejection\nsubject: \"Re: {{ rejection.role }}\"\n"
            "---\nHi {{ contact.first_name if contact else 'there' }},\n\nThank you for"
            " your time.\n\n{{ me.name }}\n")


def make_ledger(root: Path, contacts: int, rejections: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(MKDOCS)
    folders = {k: root / "ledger" / k for k in ("contacts", "rejections", "replies")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    (folders["replies"] / "thank-you.md").write_text(TEMPLATE)
    start = dt.date(2024, 1, 1)
    for i in range(contacts):
        log = "" if i % 3 else (f"log:\n  - date: {start + dt.timedelta(days=i % 900)}\n"
                                "    kind: reply\n    note: thanked them\n")
        (folders["contacts"] / f"person-{i:05d}.md").write_text(
            f"---\nname: Person {i}\ncompany: Company {i % 400}\ntitle: Recruiter\n"
            f"email: person{i}@example.com\nlinkedin: https://www.linkedin.com/in/p{i}\n"
            f"{log}---\nMet at a meetup; likes data pipelines.\n")
    for i in range(rejections):
        date = start + dt.timedelta(days=rng.randrange(1050))
        replied = f"replied: {date + dt.timedelta(days=1)}\n" if i % 2 else ""
        (folders["rejections"] / f"{date}-company-{i:05d}.md").write_text(
            f"---\ncompany: Company {i % 400}\nrole: Engineer {i}\ndate: {date}\n"
            f"contact: person-{rng.randrange(contacts):05d}\nstage: {rng.choice(STAGES)}\n"
            f"reason: went with someone else\n{replied}---\nNotes for rejection {i}.\n")
    return root


def make_plain(root: Path, pages: int) -> Path:
    """A plain Material site with as many pages, kept out of the nav as well."""
    docs = root / "docs"
    (docs / "entries").mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Home\n")
    (root / "mkdocs.yml").write_text(
        "site_name: Plain\ntheme:\n  name: material\nplugins:\n  - search\n"
        "nav:\n  - index.md\nnot_in_nav: |\n  /entries/\n")
    for i in range(pages):
        (docs / "entries" / f"page-{i:05d}.md").write_text(
            f"# Page {i}\n\n| key | value |\n|---|---|\n| company | Company {i % 400} |\n"
            f"| role | Engineer {i} |\n\nNotes for page {i}.\n")
    return root


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def best_of(runs: int, function, *args) -> float:  # type: ignore[no-untyped-def]
    return min(function(*args) for _ in range(runs))


def plain_yaml(root: Path) -> float:
    started = time.perf_counter()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted((root / "ledger").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        yaml.load(text.split("---\n", 2)[1], Loader=loader)
    return time.perf_counter() - started


def ajar_load(root: Path) -> float:
    from ajar.rules.check import load_checked
    from ajar.config.project import load_project

    started = time.perf_counter()
    load_checked(load_project(explicit=root / "mkdocs.yml"))
    return time.perf_counter() - started


def derive(root: Path) -> float:
    from ajar.rules.check import load_checked
    from ajar.rules.insights import insights
    from ajar.config.project import load_project
    from ajar.rules.schedule import schedule

    project = load_project(explicit=root / "mkdocs.yml")
    checked = load_checked(project)
    started = time.perf_counter()
    schedule(checked.ledger, project.settings, checked.today)
    insights(checked.ledger, project.settings, checked.today)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=1250)
    parser.add_argument("--rejections", type=int, default=2500)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ajar-bench-"))
    try:
        big = make_ledger(work / "big", args.contacts, args.rejections)
        print(f"ledger: {args.contacts} contacts, {args.rejections} rejections")
        load = best_of(3, ajar_load, big)
        base = best_of(3, plain_yaml, big)
        print(f"load     {load / base:6.2f}x plain YAML reading   "
              f"({load:.2f}s vs {base:.2f}s)")
        derived = best_of(3, derive, big)
        print(f"derive   {derived / base:6.2f}x plain YAML reading   "
              f"({derived:.2f}s vs {base:.2f}s)")

        python = Path(sys.executable)
        ajar = python.parent / "ajar"
        start = best_of(5, timed, [str(ajar), "--help"], work)
        bare = best_of(5, timed, [str(python), "-c", "pass"], work)
        print(f"startup  {start / bare:6.2f}x python -c pass      ({start:.2f}s vs {bare:.2f}s)")

        if args.skip_build:
            return
        mkdocs = [str(python), "-m", "mkdocs", "build", "-q"]
        small = make_ledger(work / "small", args.contacts // 2, args.rejections // 2)
        plain = make_plain(work / "plain", args.contacts + args.rejections)
        build_big = timed(mkdocs, big)
        build_small = timed(mkdocs, small)
        build_plain = timed(mkdocs, plain)
        print(f"build    {build_big / build_plain:6.2f}x plain Material site "
              f"({build_big:.1f}s vs {build_plain:.1f}s)")
        print(f"scaling  {build_big / build_small:6.2f}x for 2x the entries "
              f"(linear is ~2; quadratic would be ~4)")
        from hostile import measure
        measure(work, ENV)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
