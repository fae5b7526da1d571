"""Air picture section: position fixes measured against the zone (core/air/picture.analyse_fixes, in a task),
one row per track and per event, the tracks and events added as layers to zoom to."""

from dataclasses import dataclass
from datetime import datetime, timezone

from qgis.core import Qgis, QgsApplication, QgsFieldProxyModel, QgsProject
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QVBoxLayout

from ...core import field_types, reference
from ...core.air import picture, profiles
from ...core.air.geodesy import Geodesic
from ...core.errors import VraemError
from ...core.report import air_page
from ...core.schemas import Column
from ...core.snapshot import LayerSnapshot
from ...i18n import tr
from ...processing.air.flight_tracks import picture_layers
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


def air_columns():
    text = field_types.STRING
    return [Column("track_id", tr("Track"), kind=text), Column("kind", tr("Row"), kind=text),
            Column("time", tr("Time (UTC)"), kind=text), Column("minutes_in_zone", tr("In the zone"), tr("min"), 1),
            Column("km_in_zone", tr("In the zone"), tr("km"), 1), Column("length_km", tr("Length"), tr("km"), 1),
            Column("range_pct", tr("Share of the aircraft's range"), "%", 0),
            Column("base_km", tr("Nearest base at entry"), tr("km"), 1), Column("detail", tr("Detail"), kind=text)]


def _time_text(seconds):
    if seconds is None:
        return ""
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _kind_text(kind):
    return {"track": tr("track"), "zone_entry": tr("zone entry"), "zone_exit": tr("zone exit"),
            "stop": tr("ground stop"), "border_crossing": tr("border crossing"),
            "suspect_fix": tr("suspect fix")}.get(kind, kind)


def air_rows(air, profile, bases, tracks_id, events_id):
    """ResultRows: each track, then its events; feature ids follow the order picture_layers() wrote them in."""
    geodesic = Geodesic()
    rows, event_fid = [], 1
    for track_fid, result in enumerate(air.results, start=1):
        base_km = None
        if result.entered_zone and bases:
            lon, lat = result.position_at(result.entry_time)
            base_km = min(geodesic.distance_m(lon, lat, b.lon, b.lat) for b in bases) / 1000.0
        detail = tr("into {country}").format(country=result.crossed_into) if result.crossed_into else ""
        rows.append(ResultRow({"track_id": result.track_id, "kind": _kind_text("track"),
                               "time": _time_text(result.start_time), "minutes_in_zone": result.minutes_in_zone,
                               "km_in_zone": result.km_in_zone, "length_km": result.length_km,
                               "range_pct": 100.0 * result.length_km / profile.range_km, "base_km": base_km,
                               "detail": detail}, layer_id=tracks_id, feature_id=track_fid))
        for event in result.events:
            rows.append(ResultRow({"track_id": event.track_id, "kind": _kind_text(event.kind),
                                   "time": _time_text(event.time), "detail": event.detail},
                                  layer_id=events_id, feature_id=event_fid))
            event_fid += 1
    return rows


class AirSection(Section):
    def __init__(self, context, parent=None):
        super().__init__(context, tr("Air picture"), "VraemAirGroup", parent, collapsed=True)
        self.last_result = None  # (AirPicture, fixes layer name, profile)
        self.layer_ids = []  # the tracks, events and rings layers added to the project

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
        layout.addLayout(form)
        self.make_results("Air")
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        self.run_button = self.button(tr("Run"), "VraemAirRunButton", self.run)
        self.cancel_button = self.button(tr("Cancel"), "VraemAirCancelButton", self.cancel)
        self.cancel_button.setEnabled(False)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self.fixes_combo.layerChanged.connect(self._fixes_changed)
        for combo in (self.time_combo, self.track_combo):
            combo.fieldChanged.connect(self.save)
        self.profile_combo.currentIndexChanged.connect(self.save)
        self.bases_combo.layerChanged.connect(self.save)

    def _point_combo(self, name, allow_empty):
        combo = QgsMapLayerComboBox(self)
        combo.setObjectName(name)
        combo.setFilters(Qgis.LayerFilter.PointLayer)
        combo.setAllowEmptyLayer(allow_empty)
        combo.setLayer(None)
        return combo

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
                        air_profile=self.profile_combo.currentData() or "", air_bases_id=layer_id(self.bases_combo))

    def from_state(self, state):
        project = QgsProject.instance()
        self._fill_profiles()
        self.fixes_combo.setLayer(project.mapLayer(state.air_fixes_id) if state.air_fixes_id else None)
        self._fixes_changed(self.fixes_combo.currentLayer())
        self.time_combo.setField(state.air_time_field)
        self.track_combo.setField(state.air_track_field)
        set_combo_data(self.profile_combo, state.air_profile)
        self.bases_combo.setLayer(project.mapLayer(state.air_bases_id) if state.air_bases_id else None)

    # -- project and layer events

    def layers_will_be_removed(self, layer_ids):
        self.drop_rows_of(layer_ids)
        self.layer_ids = [one for one in self.layer_ids if one not in layer_ids]
        if not self.runner.running(AIR):
            self.set_idle()
            self.run_button.setEnabled(True)
            self.cancel_button.setEnabled(False)

    def project_cleared(self):
        self.clear_results()
        self.last_result = None
        self.layer_ids = []

    # -- the run

    def run(self):
        fixes_layer = self.fixes_combo.currentLayer()
        time_field = self.time_combo.currentField()
        if fixes_layer is None or not time_field:
            self.notifier.warn(tr("Choose the layer of position fixes and its time field."))
            return None
        try:
            profile = profiles.get_profile(self.profile_combo.currentData() or "")
            bases_layer = self.bases_combo.currentLayer()
            bases = picture.places_of(bases_layer) if bases_layer is not None else picture.default_bases()
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
            for layer in filter(None, layers):
                layer.moveToThread(main_thread)  # created in this worker; the project lives in the main thread
            return air, layers

        def done(task, result, error):
            self._done(task, result, error, fixes_id, profile, bases)

        task = FunctionTask(tr("VRAEM air picture"), work, done, layer_ids=[fixes_id])
        task.setDependentLayers([fixes_layer])
        self.show_running(task, self.cancel_button)
        self.run_button.setEnabled(False)
        self.status.setText(tr("Reading the tracks of '{name}'…").format(name=name))
        return self.runner.start(AIR, task)

    def cancel(self):
        self.runner.cancel(AIR, discard=False)

    def _done(self, task, result, error, fixes_id, profile, bases):
        if not self.runner.is_current(AIR, task):
            return
        self.set_idle()
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(True)
        if task.cancelled:
            self.status.setText(tr("Cancelled; nothing was added to the project."))
            return
        if error is not None or result is None:
            message = error or tr("The air picture could not be computed.")
            self.status.setText(message)
            self.notifier.warn(message)
            return
        fixes = QgsProject.instance().mapLayer(fixes_id)
        if fixes is None:
            self.status.setText(tr("A layer was removed during the run; nothing was added."))
            return
        air, layers = result
        added = self.add_created_layers(layers)
        self.layer_ids = [layer.id() for layer in added]  # tracks, events and (with stops in the zone) rings
        tracks_id, events_id = (self.layer_ids + ["", ""])[:2]
        self.model.set_result(air_columns(), air_rows(air, profile, bases, tracks_id, events_id))
        self.last_result = (air, fixes.name(), profile)
        reading = air.reading
        self.status.setText(tr(
            "{tracks} tracks, {inside} in the zone ({minutes:.0f} min in all); {duplicates} repeated times and "
            "{suspects} suspect fixes left out, {skipped} tracks skipped. Range share for the {aircraft}; "
            "double-click a row to zoom.").format(
            tracks=len(air.results), inside=air.tracks_in_zone, minutes=air.minutes_in_zone,
            duplicates=reading.duplicates, suspects=reading.suspects, skipped=len(reading.skipped),
            aircraft=profile.label))

    # -- figures

    def figures_title(self):
        return tr("Air picture")

    def add_report_page(self, layout, project):
        """Append the Air picture page of the latest run to the sheet; None when there is no run to show."""
        if self.last_result is None or len(self.layer_ids) < 2:
            return None
        air = self.last_result[0]
        tracks, events, *rings = (project.mapLayer(one) for one in self.layer_ids)
        zone = reference.zone_choice(project).layer
        shown = [events, tracks, *rings, zone, reference.find_layer(project, "countries")]
        return air_page.add_air_page(layout, project, air.results, shown, [tracks, zone])
