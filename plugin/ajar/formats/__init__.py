"""Other people's file formats, in and out: email, vCard, iCalendar.

Parsers here turn bytes into plain values and never touch the ledger; exporters
turn a ledger into bytes. A new importer or exporter goes here.
"""
