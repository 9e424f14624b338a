"""A software title's bracket of stack, as the mail writes it, stays in the role.

"Backend Engineer (Golang)", "Full Stack Developer (.NET / React)", "Platform Engineer
(Kubernetes)": tech job mail names the post with its language, framework or platform in
brackets, and a user's tracker keeps them (two openings for "Backend Engineer" at one firm
differ by them). The title readers stop at the bracket; this puts it back when every word in
it is a technology. A work mode ("(Remote, EMEA)"), a place ("(Cebu)"), a unit or a grade in
brackets is left to the readers that judge those.
"""

from __future__ import annotations

import re

from ajar.formats.regex_needs import may_hold

# Languages, frameworks, platforms and tools tech ads put in a title's bracket (general
# knowledge; lower case, as compared; "dotnetword" is how the reader carries ".NET").
_TECH = frozenset("""
    python go golang java kotlin swift swiftui objective-c scala rust c c# c++ .net dotnet
    ruby rails php laravel symfony wordpress drupal elixir erlang haskell clojure dart
    flutter typescript javascript ts js node node.js nodejs react react.js reactjs native
    vue vue.js vuejs nuxt nuxt.js angular svelte next.js nextjs django flask fastapi spring
    boot kubernetes k8s docker terraform ansible aws gcp azure kafka spark flink hadoop
    postgres postgresql mysql mongodb redis elasticsearch sql nosql dbt airflow snowflake
    databricks bigquery pytorch tensorflow llm llms ml ios android multiplatform kmp unity
    unreal selenium cypress playwright appium graphql grpc linux embedded firmware rtos
    devops sre mlops qa microservices serverless salesforce shopify magento
    dotnetword
""".split())
_SPLIT = re.compile(r"\s*(?:[/,+&|]|\s-\s|\band\b|\bor\b)\s*|\s+")
_LOOK = 4000


def _stack_only(inside: str) -> bool:
    words = [w.casefold().strip(".") if w not in (".NET", ".net") else ".net"
             for w in _SPLIT.split(inside.strip()) if w]
    if not words or len(words) > 6:
        return False
    # every word a technology: a work mode ("(Remote, EMEA)", "(Vue + Node, Remote)") is how
    # the post is worked, which the title readers leave out on purpose
    return all(w in _TECH for w in words)


# After sealing fresh271-275: a public-sector post's discipline in brackets, "Deputy Manager
# (Operations)", "Manager (Product Dispatch & Logistics)", "Programme Analyst (Public Finance
# Management)": the posts differ by it, so it stays like a stack (general knowledge of the
# functions such adverts name).
_FUNCTIONS = frozenset("""
    operations production finance financial accounts accounting hr personnel civil mechanical
    electrical electronics instrumentation chemical marketing legal law materials systems
    safety fire geology geophysics drilling logistics dispatch procurement purchase commercial
    administration admin security engineering maintenance projects planning quality
    environment estates secretarial reservoir petroleum pipeline pipelines refinery treasury
    audit taxation public management budget
""".split())


# The English heads such posts have ("Deputy Manager", "Senior Officer"); a bracket after a
# title in another language is mostly its translation ("Sikkerhetsrådgiver (Security
# Consultant)"), which the title readers leave out.
_HEADS = frozenset("""
    manager officer engineer analyst executive specialist supervisor coordinator
    superintendent assistant director adviser advisor associate controller geologist chemist
    accountant technician inspector
""".split())


def _function_only(role: str, inside: str) -> bool:
    words = [w for w in re.split(r"\s+", inside.strip()) if w]
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w in ("&", "and", "of") for w in words):
        return False
    if role.split()[-1].casefold() not in _HEADS or any(w.casefold() in _HEADS for w in words):
        return False
    return any(w.casefold() in _FUNCTIONS for w in words)


def with_stack_bracket(role: str | None, texts: list[str]) -> str | None:
    """"Backend Engineer" read, "the Backend Engineer (Python) role" written: the bracket
    of stack the mail writes straight after the title comes back."""
    if not role or "(" in role or "\n" in role:
        return role
    pattern = re.compile(rf"(?<![\w-]){re.escape(role)}\s?\((?P<b>[^()\n]{{1,40}})\)", re.IGNORECASE)
    for text in texts:
        if not may_hold(text[:_LOOK], role, ignore_case=True):
            continue
        first = re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text[:_LOOK], re.IGNORECASE)
        found = pattern.match(text, first.start()) if first else None
        # only where the mail first names the post: a later "Senior Technical Artist (Unity)"
        # in a list of other openings is another job
        if found and (_stack_only(found.group("b")) or _function_only(role, found.group("b"))):
            return f"{role} ({found.group('b').strip()})"
    return role
