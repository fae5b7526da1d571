"""Aircraft profiles: the bundled light aircraft of reported drug flights (cruise speed, range, with
their source and confidence) and one custom profile saved in the project, like the custom yield set.

The bundled figures come from secondary sources (pilot reports, flight-school sheets, press): they
are editable defaults, never exact figures, and every result names the profile and its source.
"""

from dataclasses import dataclass

from qgis.core import QgsProject

from ...i18n import tr
from ..errors import VraemError
from ..yields import SCOPE, read_table
from .geodesy import M_PER_NM

CUSTOM_KEY = "custom"
PREFIX = "custom_aircraft/"


@dataclass
class AircraftProfile:
    key: str
    label: str
    cruise_kt: float
    range_nm: float
    source: str = ""
    confidence: str = ""

    @property
    def range_km(self):
        return self.range_nm * M_PER_NM / 1000.0

    def validate(self):
        for value in (self.cruise_kt, self.range_nm):
            if value is None or not value > 0:
                raise VraemError(tr("An aircraft profile needs a cruise speed and a range above zero."))
        return self


def aircraft_names():
    """English aircraft name of an aircraft_profiles row (the bundled data is English) -> translated name; one
    not listed is shown as it is (as the claim check's reference names)."""
    return {
        "Cessna 206 Stationair (single piston, fixed gear)": tr("Cessna 206 Stationair (single piston, fixed gear)"),
        "Cessna 210 / T210 Centurion (single piston, retractable)":
            tr("Cessna 210 / T210 Centurion (single piston, retractable)"),
        "Piper PA-34-200 Seneca I (twin piston)": tr("Piper PA-34-200 Seneca I (twin piston)"),
    }


def bundled_profiles(gpkg_path=None):
    """{key: AircraftProfile} from the bundled table aircraft_profiles, in its order."""
    profiles, names = {}, aircraft_names()
    for row in read_table("aircraft_profiles", gpkg_path):
        if row.get("cruise_kt") in (None, "") or row.get("range_nm") in (None, ""):
            continue  # a blank is "not found": such a profile cannot be flown
        profiles[str(row["profile"])] = AircraftProfile(
            key=str(row["profile"]), label=names.get(str(row["aircraft"]), str(row["aircraft"])),
            cruise_kt=float(row["cruise_kt"]),
            range_nm=float(row["range_nm"]), source=str(row.get("source") or ""),
            confidence=str(row.get("confidence") or ""))
    return profiles


def save_custom_profile(project, profile):
    """Save the user's profile (speed, range, label, source) in the project (written with the .qgz)."""
    project = project or QgsProject.instance()
    profile.validate()
    project.writeEntry(SCOPE, PREFIX + "label", profile.label or tr("Custom aircraft"))
    project.writeEntryDouble(SCOPE, PREFIX + "cruise_kt", float(profile.cruise_kt))
    project.writeEntryDouble(SCOPE, PREFIX + "range_nm", float(profile.range_nm))
    project.writeEntry(SCOPE, PREFIX + "source", profile.source or tr("user-defined"))


def custom_profile(project=None):
    """The profile saved in the project, or None."""
    project = project or QgsProject.instance()
    values = {}
    for name in ("cruise_kt", "range_nm"):
        value, ok = project.readDoubleEntry(SCOPE, PREFIX + name, 0.0)
        if not ok:
            return None
        values[name] = value
    label, _ = project.readEntry(SCOPE, PREFIX + "label", tr("Custom aircraft"))
    source, _ = project.readEntry(SCOPE, PREFIX + "source", tr("user-defined"))
    return AircraftProfile(key=CUSTOM_KEY, label=label, source=source, confidence=tr("user-defined"), **values)


def get_profile(key, project=None, gpkg_path=None):
    """One profile by key ('c206', 'c210', 'pa34' or 'custom'), with a clear message otherwise."""
    profiles = bundled_profiles(gpkg_path)
    if key == CUSTOM_KEY:
        profile = custom_profile(project)
        if profile is None:
            raise VraemError(tr("No custom aircraft profile is saved in this project."))
        return profile.validate()
    if key not in profiles:
        raise VraemError(tr("Unknown aircraft profile '{key}'; available: {keys}.").format(
            key=key, keys=", ".join(list(profiles) + [CUSTOM_KEY])))
    return profiles[key]
