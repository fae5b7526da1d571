"""Plugin-wide preferences: one typed property per setting over QgsSettings (prefix vraem_analyst/).

Per-project choices (which layer, which parameter set...) live in the project instead:
see plugin/core/project_state.py.
"""

from qgis.core import QgsSettings

from .core.definitions import DISTANCE_UNIT_KEYS, DOCK_AREA_UNIT_KEYS, EXPORT_FORMAT_KEYS

PREFIX = "vraem_analyst/"


def _clamp(value, low, high):
    return max(low, min(high, value))


class _Setting:
    """A descriptor: typed read with a default, write through QgsSettings."""

    def __init__(self, key, default, kind, choices=None, low=None, high=None):
        self.key = PREFIX + key
        self.default = default
        self.kind = kind
        self.choices = choices
        self.low = low
        self.high = high

    def _coerce(self, value):
        if value is None or value == "":
            return self.default
        if self.kind is bool:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        try:
            value = self.kind(value)
        except (TypeError, ValueError):
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        if self.low is not None:
            value = _clamp(value, self.low, self.high)
        return value

    def __get__(self, owner, owner_type=None):
        if owner is None:
            return self
        return self._coerce(owner.store.value(self.key, self.default))

    def __set__(self, owner, value):
        owner.store.setValue(self.key, self._coerce(value))


class VraemSettings:
    """Typed access to the plugin's preferences. Use `VraemSettings()` anywhere; it is cheap."""

    # Live results wait this long after the last selection/feature change before recomputing.
    debounce_ms = _Setting("dock/debounce_ms", 400, int, low=0, high=10000)
    live_update = _Setting("dock/live_update", True, bool)
    default_parameter_set = _Setting("yield/default_parameter_set", "vraem", str)
    default_distance_unit = _Setting("overlap/default_distance_unit", "km", str, choices=DISTANCE_UNIT_KEYS)
    default_buffer_distance = _Setting("overlap/default_distance", 3.0, float, low=0.0, high=1.0e7)
    default_claim_unit = _Setting("claim/default_area_unit", "ha", str, choices=DOCK_AREA_UNIT_KEYS)
    export_dpi = _Setting("export/dpi", 300, int, low=72, high=1200)
    export_format = _Setting("export/format", "pdf", str, choices=EXPORT_FORMAT_KEYS)
    last_export_dir = _Setting("export/last_dir", "", str)

    def __init__(self, store=None):
        self.store = store if store is not None else QgsSettings()

    @classmethod
    def keys(cls):
        """Every setting's full key, for tests and for resetting."""
        return [value.key for value in vars(cls).values() if isinstance(value, _Setting)]

    def reset(self):
        for key in self.keys():
            self.store.remove(key)
