"""Position fixes → tracks: times parsed (date-time field, ISO 8601 text or epoch seconds), fixes
grouped by track and sorted by time, duplicate times dropped and counted, impossible jumps flagged
as suspect fixes and left out, tracks that cannot be analysed (one fix, antimeridian) set aside
with the reason. The input layer is only read."""

import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import List

from qgis.core import Qgis, QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ...i18n import plural, tr
from ..errors import VraemError
from ..measuring import check_canceled, geometry_type, layer_name, log, source_crs
from .geodesy import M_PER_S_PER_KT, WGS84, local_distance_m

NO_TRACK = ""


@dataclass
class SuspectFix:
    row: int
    time: float
    lon: float
    lat: float
    speed_kt: float


@dataclass
class Track:
    """One aircraft's fixes in WGS84, strictly increasing times (epoch seconds, UTC)."""

    track_id: str
    times: List[float]
    lons: List[float]
    lats: List[float]
    rows: List[int]
    duplicates: int = 0
    reordered: bool = False
    suspects: List[SuspectFix] = field(default_factory=list)


@dataclass
class SkippedTrack:
    track_id: str
    reason: str


@dataclass
class FixReading:
    tracks: List[Track]
    skipped: List[SkippedTrack]
    fixes: int = 0

    @property
    def duplicates(self):
        return sum(track.duplicates for track in self.tracks)

    @property
    def suspects(self):
        return sum(len(track.suspects) for track in self.tracks)

    def left_out_text(self):
        """What reading left out, for people ("Left out: 3 repeated times, 1 track skipped."); empty
        when it left nothing out (a list of zeros only hides what matters)."""
        parts = [plural(count, one, other).format(n=count) for count, one, other in (
            (self.duplicates, tr("{n} repeated time"), tr("{n} repeated times")),
            (self.suspects, tr("{n} suspect fix"), tr("{n} suspect fixes")),
            (len(self.skipped), tr("{n} track skipped"), tr("{n} tracks skipped"))) if count]
        return tr("Left out: {parts}.").format(parts=", ".join(parts)) if parts else ""


def _epoch_of_text(text):
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        pass
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)  # ValueError for anything that is not ISO 8601
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)  # times without an offset are taken as UTC
    return moment.timestamp()


def _epoch_of_qdatetime(value):
    seconds = value.toMSecsSinceEpoch() / 1000.0
    if value.timeSpec() == Qt.TimeSpec.LocalTime:
        seconds += value.offsetFromUtc()  # a date-time without a zone is taken as UTC, like text
    return seconds


def epoch_seconds(value):
    """UTC epoch seconds of a time value; ValueError when it cannot be read."""
    if isinstance(value, QDateTime):
        if not value.isValid():
            raise ValueError("invalid date-time")
        return _epoch_of_qdatetime(value)
    if isinstance(value, QDate):
        if not value.isValid():
            raise ValueError("invalid date")
        return QDateTime(value, QTime(0, 0), Qt.TimeSpec.UTC).toMSecsSinceEpoch() / 1000.0
    if isinstance(value, bool):
        raise ValueError("not a time")
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise ValueError("not finite")
        return float(value)
    if isinstance(value, str):
        return _epoch_of_text(value)
    raise ValueError("not a time")


def _is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def read_tracks(source, time_field, track_field=None, max_speed_kt=None, feedback=None, project=None):
    """FixReading of a point source; VraemError (translated, naming the row) for input it cannot use."""
    name = layer_name(source)
    crs = source_crs(source)
    if not crs.isValid():
        raise VraemError(tr("The layer '{name}' has no coordinate reference system: set one (e.g. EPSG:4326 "
                            "for GPS fixes) in its properties.").format(name=name))
    if geometry_type(source) != Qgis.GeometryType.Point:
        raise VraemError(tr("The layer '{name}' does not hold points: position fixes are points.").format(name=name))
    if not time_field:
        raise VraemError(tr("Choose the time field of the fixes of '{name}'.").format(name=name))
    time_index = _field_index(source, time_field)
    track_index = _field_index(source, track_field) if track_field else -1
    project = project or QgsProject.instance()
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([i for i in (time_index, track_index) if i >= 0])
    request.setDestinationCrs(WGS84, project.transformContext())
    groups = {}
    total = source.featureCount()  # -1 when the provider cannot tell
    count = 0
    for feature in source.getFeatures(request):
        count += 1
        if count % 10000 == 0:
            check_canceled(feedback)
            if feedback is not None and total > 0:
                feedback.setProgress(40.0 * min(count / total, 1.0))
        row = feature.id()
        point = _fix_point(feature, name)
        seconds = _fix_seconds(feature, time_index, time_field, name)
        key = NO_TRACK
        if track_index >= 0:
            track_value = feature.attribute(track_index)
            key = NO_TRACK if _is_null(track_value) else str(track_value)
        group = groups.get(key)
        if group is None:
            group = groups[key] = []
        group.append((seconds, row, point.x(), point.y()))
    if count == 0:
        raise VraemError(tr("The layer '{name}' has no fixes.").format(name=name))
    reading = FixReading(tracks=[], skipped=[], fixes=count)
    for key in sorted(groups, key=_natural_key):
        track_id = key or (tr("(no track id)") if track_index >= 0 else name)
        track, reason = _build_track(track_id, groups[key], max_speed_kt)
        if track is None:
            reading.skipped.append(SkippedTrack(track_id, reason))
            log(tr("Track {track} skipped: {reason}").format(track=track_id, reason=reason), feedback, warning=True)
            continue
        _report(track, feedback)
        reading.tracks.append(track)
    if not reading.tracks:
        raise VraemError(tr("No track of '{name}' can be analysed: {reasons}").format(
            name=name, reasons="; ".join(f"{s.track_id}: {s.reason}" for s in reading.skipped)))
    return reading


def _field_index(source, field_name):
    index = source.fields().lookupField(field_name)
    if index < 0:
        raise VraemError(tr("The layer '{name}' has no field '{field}'; its fields are: {fields}.").format(
            name=layer_name(source), field=field_name, fields=", ".join(source.fields().names())))
    return index


def _fix_point(feature, name):
    """The one point of a fix (a multipoint of one point is fine); VraemError naming the row otherwise."""
    row = feature.id()
    geometry = feature.geometry()
    if geometry.isNull() or geometry.isEmpty():
        raise VraemError(tr("Row {row} of '{name}' has no position.").format(row=row, name=name))
    if not geometry.isMultipart():
        return geometry.asPoint()
    parts = geometry.asMultiPoint()
    if len(parts) != 1:
        raise VraemError(tr("Row {row} of '{name}' holds {n} points; a fix is one point.").format(
            row=row, name=name, n=len(parts)))
    return parts[0]


def _fix_seconds(feature, time_index, time_field, name):
    """Epoch seconds of a fix's time; VraemError naming the row when it cannot be read."""
    value = feature.attribute(time_index)
    try:
        if _is_null(value):
            raise ValueError("empty")
        return epoch_seconds(value)
    except (ValueError, OverflowError, OSError):
        raise VraemError(tr("Row {row} of '{name}': the time '{value}' in field '{field}' cannot be read; use "
                            "a date-time field, ISO 8601 text (e.g. 2024-05-01T06:30:00Z) or epoch seconds.")
                         .format(row=feature.id(), name=name, value="" if _is_null(value) else value,
                                 field=time_field)) from None


def _natural_key(key):
    return (0, int(key), key) if key.isdigit() else (1, 0, key)


def _build_track(track_id, fixes, max_speed_kt):
    """(Track, None) or (None, reason)."""
    ordered = sorted(fixes)
    reordered = ordered != fixes
    times, lons, lats, rows = [], [], [], []
    duplicates = 0
    for seconds, row, lon, lat in ordered:
        if times and seconds == times[-1]:
            duplicates += 1
            continue
        times.append(seconds)
        lons.append(lon)
        lats.append(lat)
        rows.append(row)
    for i in range(1, len(lons)):
        if abs(lons[i] - lons[i - 1]) > 180.0:
            return None, tr("it crosses the antimeridian (rows {a} and {b}), which is not supported.").format(
                a=rows[i - 1], b=rows[i])
    track = Track(track_id, times, lons, lats, rows, duplicates=duplicates, reordered=reordered)
    if max_speed_kt:
        _flag_suspects(track, max_speed_kt * M_PER_S_PER_KT)
    if len(track.times) < 2:
        return None, tr("it has a single fix (after {d} duplicate times and {s} suspect fixes).").format(
            d=duplicates, s=len(track.suspects))
    return track, None


def _speed(track, i, j):
    seconds = track.times[j] - track.times[i]
    return local_distance_m(track.lons[i], track.lats[i], track.lons[j], track.lats[j]) / seconds


def _flag_suspects(track, limit_mps):
    """Leave out fixes reached faster than the limit from the last plausible fix. The first fix is
    the suspect when it alone is out of line (the next two agree with each other)."""
    n = len(track.times)
    keep = [True] * n
    last = 0
    if n >= 3 and _speed(track, 0, 1) > limit_mps and _speed(track, 1, 2) <= limit_mps:
        keep[0] = False
        track.suspects.append(SuspectFix(track.rows[0], track.times[0], track.lons[0], track.lats[0],
                                         _speed(track, 0, 1) / M_PER_S_PER_KT))
        last = 1
    for i in range(last + 1, n):
        speed = _speed(track, last, i)
        if speed > limit_mps:
            keep[i] = False
            track.suspects.append(SuspectFix(track.rows[i], track.times[i], track.lons[i], track.lats[i],
                                             speed / M_PER_S_PER_KT))
        else:
            last = i
    if track.suspects:
        for name in ("times", "lons", "lats", "rows"):
            setattr(track, name, [v for v, k in zip(getattr(track, name), keep) if k])


def _report(track, feedback):
    if track.reordered:
        log(tr("Track {track}: fixes were not in time order; they were sorted by time.").format(
            track=track.track_id), feedback, warning=True)
    if track.duplicates:
        log(tr("Track {track}: {n} fixes repeat the time of another fix and were left out.").format(
            track=track.track_id, n=track.duplicates), feedback, warning=True)
    if track.suspects:
        log(tr("Track {track}: {n} suspect fixes (rows {rows}) imply speeds faster than any light aircraft and "
               "were left out.").format(track=track.track_id, n=len(track.suspects),
                                        rows=", ".join(str(s.row) for s in track.suspects[:10])),
            feedback, warning=True)
