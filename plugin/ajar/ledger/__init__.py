"""Reading the ledger: files in, a checked :class:`~ajar.ledger.ledger.Ledger` value out.

The lowest layer: parsing, the schema, dates, slugs and problems. It imports
nothing else from Ajar.
"""
