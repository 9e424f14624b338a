"""The one error an action raises: a message for the user and the exit status it means."""

from __future__ import annotations


class ActionError(Exception):
    """Refused: nothing was written. ``status`` is 2 for a bad argument, 1 otherwise."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
