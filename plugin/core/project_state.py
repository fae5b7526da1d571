"""Per-project state of the dock: the analyst's choices, saved inside the .qgs/.qgz file.

Stored with QgsProject.writeEntry/readEntry under the plugin's project scope, so reopening a project
restores them. Each dock section keeps its slice as a dataclass (its fields are the entry names);
layers are remembered by id (never by object) so nothing goes stale.
"""

from dataclasses import fields, replace

from .definitions import PROJECT_SCOPE as SCOPE

PREFIX = "dock/"


def _read_entry(project, key, default):
    """(value, found) with the type of `default`."""
    kind = type(default)
    if kind is bool:
        value, ok = project.readBoolEntry(SCOPE, key, default)
    elif kind is int:
        value, ok = project.readNumEntry(SCOPE, key, default)
    elif kind is float:
        value, ok = project.readDoubleEntry(SCOPE, key, default)
    else:
        value, ok = project.readEntry(SCOPE, key, default)
    return (kind(value), True) if ok else (default, False)


def read_state(project, defaults):
    """A copy of the dataclass `defaults` with every value saved in `project` (defaults where none is)."""
    saved = {field.name: _read_entry(project, PREFIX + field.name, getattr(defaults, field.name))[0]
             for field in fields(defaults)}
    return replace(defaults, **saved)


def write_state(project, state):
    """Write every field of the dataclass `state` into `project` (marks the project dirty only on change)."""
    for field in fields(state):
        value = getattr(state, field.name)
        key = PREFIX + field.name
        if _read_entry(project, key, value) == (value, True):
            continue
        if isinstance(value, bool):
            project.writeEntryBool(SCOPE, key, value)
        elif isinstance(value, float):
            project.writeEntryDouble(SCOPE, key, value)
        else:
            project.writeEntry(SCOPE, key, value)
