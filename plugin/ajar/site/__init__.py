"""The MkDocs plugin: a private site built from the ledger.

Everything MkDocs-specific lives in this sub-package; it sits on top of the
ledger core and the core never imports it.
"""
