"""Ajar benchmarks: ratios against baselines measured in the same run.

Machines here are shared and noisy, so absolute seconds mean little; each
figure is divided by a baseline that does comparable plain work at the same
moment (builds alternate with their baseline, several times; medians):

* load:    ``load_ledger`` + checks  /  plain PyYAML reading of the same files
* derive:  schedule + insights of the loaded ledger  /  the same plain reading
* build:   ``mkdocs build`` of the ledger site (N rejections, N/2 contacts)
           /  a plain Material site with as many Markdown pages (out of the nav too);
           the time spent in garbage collection and the peak memory (RSS), each
           against the plain build's
* scaling: the ledger site at 2N  /  at N (linear is 2; the target is at most 2.3)
* serve:   under ``mkdocs serve``, from saving one rejection file to its page
           showing the change  /  the same for one page of a plain Material site
* startup: ``ajar --help``  /  ``python -c pass``
* hostile: the sample site with a note of 100,000 '['  /  the same without it

Usage: python bench/run.py [--sizes N,N...] [--serve-sizes N,...] [--repeat R]
       [--skip-build] [--skip-serve] [--full]
The default sizes finish in a few minutes; ``--full`` runs the sizes of the
targets: builds at 2,500, 5,000 and 10,000 rejections, serve at 200, 1,000, 3,000.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
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
    commit_all(root)
    return root


def commit_all(root: Path) -> None:
    """A user's ledger lives in git: pages show each file's history."""
    git = ["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.com"]
    subprocess.run(git + ["init", "-q"], cwd=root, check=True)
    subprocess.run(git + ["add", "-A"], cwd=root, check=True)
    subprocess.run(git + ["commit", "-q", "-m", "The ledger"], cwd=root, check=True)


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


# Runs a build in this process and writes its wall time, the time spent in
# garbage collection, the peak RSS and the plugin's own phases as JSON (the
# parent reads them back). A phase is the wall time inside the functions named in
# PHASES (garbage collection that falls inside one counts there and in "gc").
CHILD = """
import functools, gc, importlib, json, sys, time
from mkdocs.__main__ import cli
paused = [0.0, 0.0]
def watch(phase, info):
    if phase == "start":
        paused[1] = time.perf_counter()
    else:
        paused[0] += time.perf_counter() - paused[1]
gc.callbacks.append(watch)
phases = {}
def timer(module, owner, name, key):
    try:
        holder = importlib.import_module(module)
    except ImportError:
        return
    if owner:
        holder = getattr(holder, owner)
    original = getattr(holder, name)
    @functools.wraps(original)
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            phases[key] = phases.get(key, 0.0) + time.perf_counter() - started
    setattr(holder, name, timed)
for module, owner, name, key in json.loads(sys.argv[3]):
    timer(module, owner, name, key)
started = time.perf_counter()
try:
    cli(["build", "-q", "-d", sys.argv[2]], standalone_mode=False)
finally:
    wall = time.perf_counter() - started
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent through
    # fork and exec, so it would never be below the benchmark process's own size.
    status = open("/proc/self/status").read()
    rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
    open(sys.argv[1], "w").write(json.dumps({"wall": wall, "gc": paused[0], "rss": rss,
                                             **{"phase " + k: v for k, v in phases.items()}}))
"""

# The plugin's own phases (module, class or "", function, label), timed in the
# ledger builds: where the build's time goes beyond what a plain site costs.
PHASES = [
    ("ajar.site.plugin", "", "load_checked", "load (parse, validate, check replies)"),
    ("ajar.site.plugin", "", "build_all", "pages and downloads made (on_files)"),
    ("ajar.formats.vcard_export", "", "build_vcards", "  of which contacts.vcf"),
    ("ajar.formats.calendar", "", "build_calendar", "  of which reconnect.ics"),
    ("ajar.site.plugin", "AjarPlugin", "on_files", "on_files in all"),
    ("ajar.site.plugin", "AjarPlugin", "on_page_context", "page bodies rendered"),
    ("material.plugins.search.plugin", "SearchPlugin", "on_page_context",
     "Material search indexing"),
    ("mkdocs.commands.build", "", "_build_page", "every page built (MkDocs, in all)"),
]


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def best_of(runs: int, function, *args) -> float:  # type: ignore[no-untyped-def]
    return min(function(*args) for _ in range(runs))


def build_once(root: Path) -> dict[str, float]:
    """One ``mkdocs build`` of ``root``: wall seconds, gc seconds, peak RSS in MiB."""
    with tempfile.TemporaryDirectory(prefix="ajar-bench-site-") as out:
        report = Path(out) / "report.json"
        subprocess.run([sys.executable, "-c", CHILD, str(report), str(Path(out) / "site"),
                        json.dumps(PHASES)],
                       cwd=root, env=ENV, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        return json.loads(report.read_text())


def interleaved(repeat: int, *roots: Path) -> list[dict[str, float]]:
    """Median figures of each root's build, the builds alternating (the order turns
    each round) so that the machine's load falls on all of them alike."""
    runs: list[list[dict[str, float]]] = [[] for _ in roots]
    for round_ in range(repeat):
        order = list(range(len(roots)))
        if round_ % 2:
            order.reverse()
        for index in order:
            runs[index].append(build_once(roots[index]))
    return [{key: statistics.median(run[key] for run in results) for key in results[0]}
            for results in runs]


def print_phases(ours: dict[str, float], theirs: dict[str, float]) -> None:
    """The plugin's own phases (medians, seconds), the plain build's alongside."""
    for _, _, _, label in PHASES:
        key = "phase " + label
        if key in ours:
            plain = f"   plain {theirs[key]:5.2f}s" if key in theirs else ""
            print(f"  phase  {ours[key]:5.2f}s {label}{plain}")
    print(f"  phase  {ours['gc']:5.2f}s garbage collection (all of it)"
          f"   plain {theirs['gc']:5.2f}s", flush=True)


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


# -- the mkdocs serve edit loop ------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return ""


class Served:
    """``mkdocs serve`` of one project, and the file whose edit is timed."""

    def __init__(self, root: Path, edited: Path, page: str) -> None:
        self.root, self.edited, self.page = root, edited, page
        self.original = edited.read_text(encoding="utf-8")
        self.port = free_port()
        self.log = open(root / "serve.log", "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{self.port}"],
            cwd=root, env=ENV, stdout=self.log, stderr=subprocess.STDOUT)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{self.page}"

    def wait(self, marker: str, timeout: float = 900) -> float:
        started = time.perf_counter()
        while marker not in fetch(self.url):
            if self.process.poll() is not None:
                raise RuntimeError(f"mkdocs serve stopped: see {self.root / 'serve.log'}")
            if time.perf_counter() - started > timeout:
                raise RuntimeError(f"no change after {timeout}s: {self.url}")
            time.sleep(0.05)
        return time.perf_counter() - started

    def edit(self, marker: str) -> float:
        """Seconds from saving the file to its page showing ``marker``."""
        started = time.perf_counter()
        self.edited.write_text(f"{self.original}\n{marker}\n", encoding="utf-8")
        self.wait(marker)
        return time.perf_counter() - started

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def serve_loop(work: Path, rejections: int, repeat: int) -> tuple[float, float]:
    """Median edit-to-page seconds of the ledger site and of the plain site."""
    ledger = make_ledger(work / f"serve-ledger-{rejections}", rejections // 2, rejections)
    plain = make_plain(work / f"serve-plain-{rejections}", rejections + rejections // 2)
    rejection = sorted((ledger / "ledger" / "rejections").glob("*.md"))[0]
    servers = [Served(plain, plain / "docs" / "entries" / "page-00001.md", "entries/page-00001/"),
               Served(ledger, rejection, f"rejections/{rejection.stem}/")]
    try:
        for server in servers:
            server.wait("</html>")
        times: list[list[float]] = [[], []]
        for round_ in range(repeat + 1):
            order = [0, 1] if round_ % 2 else [1, 0]
            for index in order:
                time.sleep(1.0)  # let the previous rebuild settle
                seconds = servers[index].edit(f"ajar-bench-edit-{round_}-{index}")
                if round_:  # the first round warms both servers up
                    times[index].append(seconds)
        return statistics.median(times[1]), statistics.median(times[0])
    finally:
        for server in servers:
            server.stop()


def sizes(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=sizes, default=[500, 1000],
                        help="rejections per build (contacts: half as many)")
    parser.add_argument("--serve-sizes", type=sizes, default=[200],
                        help="rejections for the mkdocs serve edit loop")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each build (median)")
    parser.add_argument("--full", action="store_true",
                        help="the sizes of the targets: builds at 2500,5000,10000;"
                             " serve at 200,1000,3000")
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-serve", action="store_true")
    args = parser.parse_args()
    if args.full:
        args.sizes, args.serve_sizes = [2500, 5000, 10000], [200, 1000, 3000]
    work = Path(tempfile.mkdtemp(prefix="ajar-bench-"))
    try:
        largest = max(args.sizes)
        big = make_ledger(work / "load", largest // 2, largest)
        print(f"ledger: {largest // 2} contacts, {largest} rejections")
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
        print(f"startup  {start / bare:6.2f}x python -c pass      ({start:.2f}s vs {bare:.2f}s)",
              flush=True)

        if not args.skip_build:
            built: dict[int, dict[str, float]] = {}
            for size in sorted(args.sizes):
                ledger = make_ledger(work / f"ledger-{size}", size // 2, size)
                plain = make_plain(work / f"plain-{size}", size + size // 2)
                ours, theirs = interleaved(args.repeat, ledger, plain)
                built[size] = ours
                print(f"build    {ours['wall'] / theirs['wall']:6.2f}x plain Material site at"
                      f" {size} rejections + {size // 2} contacts"
                      f" ({ours['wall']:.1f}s vs {theirs['wall']:.1f}s; target <= 1.5x)")
                print(f"  gc     {ours['gc'] / max(theirs['gc'], 1e-3):6.2f}x the plain build's"
                      f" garbage collection ({ours['gc']:.2f}s vs {theirs['gc']:.2f}s)")
                print(f"  memory {ours['rss'] / theirs['rss']:6.2f}x the plain build's peak RSS"
                      f" ({ours['rss']:.0f} MiB vs {theirs['rss']:.0f} MiB; target <= 2x)",
                      flush=True)
                print_phases(ours, theirs)
                shutil.rmtree(plain, ignore_errors=True)
            for size in sorted(built):
                double = built.get(size * 2)
                if double is not None:
                    print(f"scaling  {double['wall'] / built[size]['wall']:6.2f}x for"
                          f" {size * 2} rejections against {size} (linear is 2; target <= 2.3);"
                          f" gc {double['gc'] / max(built[size]['gc'], 1e-3):.2f}x", flush=True)
        if not args.skip_serve:
            for size in sorted(args.serve_sizes):
                ours_s, theirs_s = serve_loop(work, size, args.repeat)
                print(f"serve    {ours_s / theirs_s:6.2f}x plain Material site at {size}"
                      f" rejections: save to page ({ours_s:.2f}s vs {theirs_s:.2f}s;"
                      " target <= 2x)", flush=True)
        from hostile import measure
        measure(work, ENV)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
