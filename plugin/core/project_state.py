"""Per-project state of the dock: the analyst's choices, saved inside the .qgs/.qgz file.

Stored with QgsProject.writeEntry/readEntry under the scope 'vraem_analyst', so reopening a
project restores them. Layers are remembered by id (never by object) so nothing goes stale.
"""

from dataclasses import dataclass, fields

SCOPE = "vraem_analyst"
PREFIX = "dock/"


@dataclass
class DockState:
    area_layer_id: str = ""
    selected_only: bool = False
    parameter_set: str = ""
    overlap_source_id: str = ""
    overlap_target_id: str = ""
    overlap_distance: float = 3.0
    overlap_unit: str = "km"
    overlap_dissolve: bool = False
    claim_area: float = 0.0
    claim_area_unit: str = "ha"
    claim_tonnes: float = 0.0
    claim_kind: str = "area"
    claim_year: int = 2024
    export_dpi: int = 300
    export_format: str = "pdf"
    atlas_enabled: bool = False
    atlas_layer_id: str = ""
    atlas_name_field: str = ""


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


def read_state(project, defaults=None):
    """The dock state saved in `project`; for whatever was never saved, the value of `defaults`
    (the dock passes the plugin's settings, so a new project starts from them), else DockState()'s."""
    defaults = defaults or DockState()
    state = DockState()
    for field in fields(DockState):
        default = getattr(defaults, field.name)
        setattr(state, field.name, _read_entry(project, PREFIX + field.name, default)[0])
    return state


def write_state(project, state):
    """Write every field of `state` into `project` (marks the project dirty only on change)."""
    for field in fields(DockState):
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
