"""Writing the ledger: in-place front matter edits, atomic file writes, git
commits of exactly what was written, and ``ajar init``."""
