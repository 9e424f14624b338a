"""The project: ``mkdocs.yml`` found and read without MkDocs, and Ajar's settings from it."""
