"""Ajar: turn job rejections into relationships.

One folder per layer, lowest first; a module imports only from layers below it:

- ``ledger/``   read: source files, the schema, dates, slugs, problems, the loader
- ``config/``   ``mkdocs.yml`` and Ajar's settings, read without MkDocs
- ``rules/``    what the ledger means: schedule, insights, reply templates, checks
- ``history``   the git audit trail, read once per build
- ``formats/``  other formats in and out: email (and triage), vCard, iCalendar, LinkedIn
- ``store/``    write: in-place edits, atomic writes, commits, ``ajar init``
- ``actions/``  what a user does (record, import, scan), shared by the CLI and the site
- ``site/``     the MkDocs plugin; ``cli.py`` the ``ajar`` command (the two faces),
                printing values through ``terminal.py``
"""

__version__ = "0.1.0"
