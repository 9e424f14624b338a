"""What a user does to the ledger, one function per action, shared by the
``ajar`` command and the site: read, decide, write through ``store``."""
