"""Expression functions for the field calculator (registered on load, removed on unload)."""

_REGISTERED = []


def register():
    """Register the plugin's expression functions once."""


def unregister():
    """Remove every function register() added."""
    _REGISTERED.clear()
