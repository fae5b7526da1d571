"""Air picture section: position fixes measured against the zone (core/air/picture.analyse_fixes, in a task),
one row per track and per event, the tracks and events added as layers to zoom to; with the user's interceptor
speed and reaction time, the earliest interception of each track from the bases (core/air/reach, as
vraem:interceptreach) and the isochrone rings."""

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from qgis.core import Qgis, QgsApplication, QgsFieldProxyModel, QgsProject
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout

from ...core import field_types, reference
from ...core.air import picture, profiles, reach
from ...core.air.geodesy import Geodesic
from ...core.errors import VraemError
from ...core.numbers import finite_number
from ...core.report import air_page
from ...core.schemas import Column
from ...core.snapshot import LayerSnapshot
from ...i18n import plural, tr
from ...processing.air.flight_tracks import picture_layers
from ...processing.air.intercept_reach import grounded_text, isochrone_layer
from ..table_model import ResultRow
from ..tasks import FunctionTask
from ..widgets import layer_id, set_combo_data
from .base import Section

AIR = "air"  # task slot


@dataclass
class AirState:
    air_fixes_id: str = ""
    air_time_field: str = ""
    air_track_field: str = ""
    air_profile: str = ""
    air_bases_id: str = ""
    air_speed_kt: str = ""  # as typed: empty until the user gives one (there is no published default)
    air_reaction_min: str = ""
    air_minutes: str = reach.DEFAULT_MINUTES
    air_layer_ids: str = ""  # the layers the last run added (JSON list): a re-run replaces them, after a reopen too


@dataclass
class Interceptor:
    speed_kt: float
    reaction_min: float
    minutes: list


def air_columns(with_interception):
    text = field_types.STRING
    columns = [Column("track_id", tr("Track"), kind=text), Column("kind", tr("Row"), kind=text),
               Column("time", tr("Time (UTC)"), kind=text),
               Column("minutes_in_zone", tr("In the zone"), tr("min"), 1),
               Column("km_in_zone", tr("In the zone"), tr("km"), 1), Column("length_km", tr("Length"), tr("km"), 1),
               Column("range_pct", tr("Share of the aircraft's range"), "%", 0),
               Column("base_km", tr("Nearest base at entry"), tr("km"), 1)]
    if with_interception:
        columns += [Column("intercept_time", tr("Interception (UTC)"), kind=text),
                    Column("intercept_min", tr("After entry"), tr("min"), 1),
                    Column("intercept_base", tr("From base"), kind=text),
                    Column("before_exit", tr("Before exit"), kind=text)]
    return columns + [Column("detail", tr("Detail"), kind=text)]


def _time_text(seconds):
    if seconds is None:
        return ""
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _kind_text(kind):
    return {"track": tr("track"), "zone_entry": tr("zone entry"), "zone_exit": tr("zone exit"),
            "stop": tr("ground stop"), "border_crossing": tr("border crossing"),
            "suspect_fix": tr("suspect fix")}.get(kind, kind)


def interception_values(found):
    """Table values of a reach.Interception: time (UTC), minutes after entry, base name, before the exit."""
    return {"intercept_time": _time_text(found.time) if found.time is not None else tr("not reached"),
            "intercept_min": found.minutes_after_entry, "intercept_base": found.base_name or found.base,
            "before_exit": tr("yes") if found.before_exit else tr("no")}


def air_rows(air, profile, bases, tracks_id, events_id, interceptions=None):
    """ResultRows: each track, then its events; feature ids follow the order picture_layers() wrote them in.
    interceptions: [reach.Interception] of the tracks in the zone, or None when none was asked for."""
    geodesic = Geodesic()
    by_track = {found.track_id: found for found in interceptions or ()}
    rows, event_fid = [], 1
    for track_fid, result in enumerate(air.results, start=1):
        base_km = None
        if result.entered_zone and bases:
            lon, lat = result.position_at(result.entry_time)
            base_km = min(geodesic.distance_m(lon, lat, b.lon, b.lat) for b in bases) / 1000.0
        detail = tr("into {country}").format(country=result.crossed_into) if result.crossed_into else ""
        values = {"track_id": result.track_id, "kind": _kind_text("track"), "time": _time_text(result.start_time),
                  "minutes_in_zone": result.minutes_in_zone, "km_in_zone": result.km_in_zone,
                  "length_km": result.length_km, "range_pct": 100.0 * result.length_km / profile.range_km,
                  "base_km": base_km, "detail": detail}
        if result.track_id in by_track:
            values.update(interception_values(by_track[result.track_id]))
        rows.append(ResultRow(values, layer_id=tracks_id, feature_id=track_fid))
        for event in result.events:
            rows.append(ResultRow({"track_id": event.track_id, "kind": _kind_text(event.kind),
                                   "time": _time_text(event.time), "detail": event.detail},
                                  layer_id=events_id, feature_id=event_fid))
            event_fid += 1
    return rows


def _layer_ids_text(layer_ids):
    """Layer ids as one project entry (a JSON list)."""
    return json.dumps(list(layer_ids))


def _saved_layer_ids(text):
    """The ids of a project entry (_layer_ids_text) whose layers are in the project; [] for anything else."""
    try:
        ids = json.loads(text) if text else []
    except ValueError:
        return []
    if not isinstance(ids, list):
        return []
    project = QgsProject.instance()
    return [one for one in ids if isinstance(one, str) and project.mapLayer(one) is not None]


class AirSection(Section):
    def __init__(self, context, parent=None):
        super().__init__(context, tr("Air picture"), "VraemAirGroup", parent, collapsed=True)
        self.last_result = None  # (AirPicture, fixes layer name, profile, [Interception] or None)
        self.layer_ids = []  # the tracks, events, reach rings and isochrones layers added to the project
        self.bases_missing = False  # the restored project names a bases layer it no longer has

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fixes_combo = self._point_combo("VraemAirFixesCombo", allow_empty=True)
        form.addRow(tr("Position fixes"), self.fixes_combo)
        self.time_combo = QgsFieldComboBox(self)
        self.time_combo.setObjectName("VraemAirTimeFieldCombo")
        self.time_combo.setFilters(QgsFieldProxyModel.Filter.DateTime | QgsFieldProxyModel.Filter.String
                                   | QgsFieldProxyModel.Filter.Numeric)
        form.addRow(tr("Time field"), self.time_combo)
        self.track_combo = QgsFieldComboBox(self)
        self.track_combo.setObjectName("VraemAirTrackFieldCombo")
        self.track_combo.setAllowEmptyFieldName(True)
        form.addRow(tr("Track field (optional)"), self.track_combo)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("VraemAirProfileCombo")
        form.addRow(tr("Aircraft profile"), self.profile_combo)
        self.bases_combo = self._point_combo("VraemAirBasesCombo", allow_empty=True)
        self.bases_combo.setToolTip(tr("Empty: the bundled aerodromes of Pichari, Palmapampa and Mazamari."))
        form.addRow(tr("Interceptor bases"), self.bases_combo)
        # interception radii are not published: the speed and the reaction time are the user's, no default
        self.speed_edit = self._number_edit("VraemAirSpeedEdit", tr(
            "Your interceptor's cruise speed in knots. Interception radii are not published, so there is no default."))
        form.addRow(tr("Interceptor speed (kt)"), self.speed_edit)
        self.reaction_edit = self._number_edit("VraemAirReactionEdit", tr(
            "Minutes from the alert (the aircraft enters the zone) to take-off. Not published, so there is no default."))
        form.addRow(tr("Reaction time (min)"), self.reaction_edit)
        self.minutes_edit = self._number_edit("VraemAirMinutesEdit", tr(
            "Rings around each base at these minutes after the alert, e.g. 15, 30, 60."))
        self.minutes_edit.setPlaceholderText(reach.DEFAULT_MINUTES)
        form.addRow(tr("Rings at (min after the alert)"), self.minutes_edit)
        layout.addLayout(form)
        self.make_results("Air")
        self.add_run_controls(layout, "Air")
        self.fixes_combo.layerChanged.connect(self._fixes_changed)
        for combo in (self.time_combo, self.track_combo):
            combo.fieldChanged.connect(self.save)
        self.profile_combo.currentIndexChanged.connect(self.save)
        self.bases_combo.layerChanged.connect(self.save)
        for edit in (self.speed_edit, self.reaction_edit, self.minutes_edit):
            edit.textChanged.connect(self.save)

    def _point_combo(self, name, allow_empty):
        combo = QgsMapLayerComboBox(self)
        combo.setObjectName(name)
        combo.setFilters(Qgis.LayerFilter.PointLayer)
        combo.setAllowEmptyLayer(allow_empty)
        combo.setLayer(None)
        return combo

    def _number_edit(self, name, tooltip):
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(tr("not set"))
        edit.setToolTip(tooltip)
        return edit

    def _fixes_changed(self, layer):
        for combo in (self.time_combo, self.track_combo):
            combo.setLayer(layer)
        self.save()

    def _fill_profiles(self):
        """The bundled profiles and, when the project has one, its custom profile."""
        self.profile_combo.clear()
        for profile in profiles.bundled_profiles().values():
            self.profile_combo.addItem(profile.label, profile.key)
        custom = profiles.custom_profile()
        if custom is not None:
            self.profile_combo.addItem(custom.label, profiles.CUSTOM_KEY)

    # -- state

    def default_state(self):
        return AirState()

    def to_state(self):
        return AirState(air_fixes_id=layer_id(self.fixes_combo), air_time_field=self.time_combo.currentField(),
                        air_track_field=self.track_combo.currentField(),
                        air_profile=self.profile_combo.currentData() or "", air_bases_id=layer_id(self.bases_combo),
                        air_speed_kt=self.speed_edit.text().strip(), air_reaction_min=self.reaction_edit.text().strip(),
                        air_minutes=self.minutes_edit.text().strip(), air_layer_ids=_layer_ids_text(self.layer_ids))

    def from_state(self, state):
        project = QgsProject.instance()
        self._fill_profiles()
        self.fixes_combo.setLayer(project.mapLayer(state.air_fixes_id) if state.air_fixes_id else None)
        self._fixes_changed(self.fixes_combo.currentLayer())
        self.time_combo.setField(state.air_time_field)
        self.track_combo.setField(state.air_track_field)
        set_combo_data(self.profile_combo, state.air_profile)
        self.bases_combo.setLayer(project.mapLayer(state.air_bases_id) if state.air_bases_id else None)
        self.speed_edit.setText(state.air_speed_kt)
        self.reaction_edit.setText(state.air_reaction_min)
        self.minutes_edit.setText(state.air_minutes)
        self.layer_ids = _saved_layer_ids(state.air_layer_ids)
        # an empty picker means the bundled bases: a saved bases layer that is gone must not silently become them
        self.bases_missing = bool(state.air_bases_id) and self.bases_combo.currentLayer() is None

    def restored(self):
        if not self.layer_ids:  # no earlier run whose layers the project shows
            return
        # the table is not saved with the project, its layers are: recomputed from the saved inputs when they are here
        if self.fixes_combo.currentLayer() is None or self.bases_missing:
            self.status.setText(tr("The air picture's layers on the map are from an earlier run; press Run to show "
                                   "their table."))
        else:
            self.recompute_earlier_run(lambda: self._start(self._earlier_run_done))

    # -- project and layer events

    def layers_will_be_removed(self, layer_ids):
        self.drop_rows_of(layer_ids)
        self.layer_ids = [one for one in self.layer_ids if one not in layer_ids]
        if not self.runner.running(AIR):
            self.set_idle()
            self.run_button.setEnabled(True)
            self.cancel_button.setEnabled(False)

    def forget_result(self):
        super().forget_result()
        self.last_result = None  # nor may the report's Air picture page show it

    def project_cleared(self):
        self.clear_results()
        self.last_result = None
        self.layer_ids = []
        self.result_changed.emit()

    # -- the run

    def interceptor(self):
        """The user's Interceptor, None when neither speed nor reaction time is given; VraemError when one is
        missing or out of range (there is no default to fall back on)."""
        speed_text, reaction_text = self.speed_edit.text().strip(), self.reaction_edit.text().strip()
        if not speed_text and not reaction_text:
            return None
        speed = finite_number(speed_text, tr("The interceptor's speed")) if speed_text else None
        reaction = finite_number(reaction_text, tr("The reaction time")) if reaction_text else None
        reach.check_interceptor(speed, reaction)
        return Interceptor(speed, reaction, reach.parse_minutes(self.minutes_edit.text() or reach.DEFAULT_MINUTES))

    def run(self):
        return self._start(self._done)

    def _start(self, on_done):
        """Start the air picture task on the chosen inputs; on_done(task, result, error, fixes_id, profile, bases,
        interceptor) takes its answer. The task, or None when the inputs are refused."""
        fixes_layer = self.fixes_combo.currentLayer()
        time_field = self.time_combo.currentField()
        if fixes_layer is None or not time_field:
            self.notifier.warn(tr("Choose the layer of position fixes and its time field."))
            return None
        try:
            profile = profiles.get_profile(self.profile_combo.currentData() or "")
            bases_layer = self.bases_combo.currentLayer()
            bases = picture.places_of(bases_layer) if bases_layer is not None else picture.default_bases()
            interceptor = self.interceptor()
            if interceptor is not None and not bases:
                raise VraemError(tr("There are no bases to fly from."))
            project = QgsProject.instance()
            zone = reference.zone_choice(project).layer
            # Taken here, on the main thread: the worker never touches the live layers.
            fixes_snapshot = LayerSnapshot(fixes_layer)
            zone_snapshot = LayerSnapshot(zone) if zone is not None else None
        except VraemError as error:
            self.notifier.error(error)
            return None
        track_field = self.track_combo.currentField() or None
        fixes_id, name = fixes_layer.id(), fixes_layer.name()
        main_thread = QgsApplication.instance().thread()

        def work(feedback):
            air = picture.analyse_fixes(fixes_snapshot, time_field, track_field, zone=zone_snapshot,
                                        feedback=feedback, project=project)
            layers = [*picture_layers(air, name), air_page.reach_rings_layer(air.results, profile)]
            interceptions, grounded = None, []
            if interceptor is not None:
                interceptions = reach.interception(air.results, bases, interceptor.speed_kt, interceptor.reaction_min,
                                                   feedback)
                rings, grounded = reach.isochrones(bases, interceptor.speed_kt, interceptor.reaction_min,
                                                   interceptor.minutes)
                layers.append(isochrone_layer(rings, interceptor.speed_kt, interceptor.reaction_min))
            for layer in filter(None, layers):
                layer.moveToThread(main_thread)  # created in this worker; the project lives in the main thread
            return air, layers, interceptions, grounded

        def done(task, result, error):
            on_done(task, result, error, fixes_id, profile, bases, interceptor)

        task = FunctionTask(tr("VRAEM air picture"), work, done, layer_ids=[fixes_id])
        task.setDependentLayers([fixes_layer])
        self.show_running(task, self.cancel_button)
        self.run_button.setEnabled(False)
        self.status.setText(tr("Reading the tracks of '{name}'…").format(name=name))
        return self.runner.start(AIR, task)

    def cancel(self):
        self.runner.cancel(AIR, discard=False)

    def _done(self, task, result, error, fixes_id, profile, bases, interceptor):
        """A run's answer: its layers in place of the previous run's, and its table."""
        live = self.finish_run(AIR, task, result, error, [fixes_id], tr("The air picture could not be computed."))
        if live is None:
            return
        added = self.replace_created_layers(self.layer_ids, result[1])
        self.layer_ids = [layer.id() for layer in added]  # tracks, events, then rings when there are any
        self.save()
        self._show(result, *live, profile, bases, interceptor)

    def _earlier_run_done(self, task, result, error, fixes_id, profile, bases, interceptor):
        """The recomputed table of the run whose layers the reopened project shows: those layers stay, the new ones
        are dropped, so the project is as it was opened."""
        live = self.finish_earlier_run(AIR, task, result, error, [fixes_id])
        if live is not None:
            self._show(result, *live, profile, bases, interceptor)

    def _show(self, result, fixes, profile, bases, interceptor):
        """The figures of an air picture whose layers are self.layer_ids: table, status and the report's page."""
        air, _layers, interceptions, grounded = result
        tracks_id, events_id = (self.layer_ids + ["", ""])[:2]
        self.model.set_result(air_columns(interceptions is not None),
                              air_rows(air, profile, bases, tracks_id, events_id, interceptions))
        self.last_result = (air, fixes.name(), profile, interceptions)
        self.result_changed.emit()
        lines = [plural(len(air.results), tr("{tracks} track, {inside} in the zone ({minutes:.0f} min in all)."),
                        tr("{tracks} tracks, {inside} in the zone ({minutes:.0f} min in all).")).format(
            tracks=len(air.results), inside=air.tracks_in_zone, minutes=air.minutes_in_zone)]
        left_out = air.reading.left_out_text()
        if left_out:
            lines.append(left_out)
        lines.append(tr("Range share for the {aircraft}; double-click a row to zoom.").format(aircraft=profile.label))
        if interceptor is None:
            lines.append(tr("Interception reach: give your interceptor's speed and reaction time (they are not "
                            "published, so there is no default)."))
        else:
            lines.append(tr("Interception at {speed:g} kt, taking off {reaction:g} min after the alert: {reached} of "
                            "{inside} tracks in the zone reachable before they leave it.").format(
                speed=interceptor.speed_kt, reaction=interceptor.reaction_min, inside=len(interceptions),
                reached=sum(1 for found in interceptions if found.before_exit)))
            lines += [grounded_text(value, interceptor.reaction_min) for value in grounded]
        self.status.setText(" ".join(lines))

    # -- figures

    def figures_title(self):
        return tr("Air picture")

    def add_report_page(self, layout, project):
        """Append the Air picture page of the latest run to the sheet; None when there is no run to show."""
        if self.last_result is None or len(self.layer_ids) < 2:
            return None
        air, _name, _profile, interceptions = self.last_result
        tracks, events, *rings = (project.mapLayer(one) for one in self.layer_ids)
        zone = reference.zone_choice(project).layer
        shown = [events, tracks, *rings, zone, reference.find_layer(project, "countries")]
        return air_page.add_air_page(layout, project, air.results, shown, [tracks, zone], interceptions)
