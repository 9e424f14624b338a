"""Ajar: turn job rejections into relationships.

The ledger core (load, validate, schedule, history, write) lives in this
package and imports nothing from MkDocs; ``ajar.site`` is the MkDocs plugin.
"""

__version__ = "0.1.0"
