"""The one exception type for bad input: its message is already translated for the user."""


class VraemError(Exception):
    """Raised with a translated, user-facing message; never leaves the user's data altered."""
