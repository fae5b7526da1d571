"""Layers section: reference layers, the zone from district boundaries (a layer or a download), plans.

The buttons call plugin/core directly: they must work without the optional Python Processing plugin
(the same tools are also in the Processing toolbox under 'vraem')."""

import os

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QFileDialog, QGridLayout, QInputDialog

from ...core import districts, download, plans, reference
from ...core.snapshot import LayerSnapshot
from ...i18n import tr
from ..notifier import shows_errors
from ..tasks import FunctionTask
from .base import Section

ZONE = "zone"  # task slot


class LayersSection(Section):
    def __init__(self, context, parent=None):
        super().__init__(context, tr("Layers"), "VraemLayersGroup", parent)
        grid = QGridLayout(self)
        buttons = [
            self.button(tr("Add VRAEM layers"), "VraemAddLayersButton", self.add_reference_layers,
                        tr("Zone, districts, towns and border crossings, with their sources")),
            self.button(tr("Build zone…"), "VraemBuildZoneButton", lambda: self.build_zone(),
                        tr("Build the VRAEM zone from a district boundary layer")),
            self.button(tr("Download districts…"), "VraemDownloadButton", lambda: self.download_districts(),
                        tr("Download district boundaries and build the zone from them")),
            self.button(tr("New plan…"), "VraemNewPlanButton", lambda: self.new_plan(),
                        tr("Create an empty eradication plan layer")),
            self.button(tr("Load plan…"), "VraemImportPlanButton", lambda: self.import_plan(),
                        tr("Import an eradication plan (GeoPackage, Shapefile, GeoJSON, KML, CSV with WKT); fields are "
                           "matched to the plan schema by name")),
        ]
        for number, button in enumerate(buttons):
            grid.addWidget(button, number // 2, number % 2)

    @shows_errors()
    def add_reference_layers(self):
        canvas = self.context.canvas()
        canvas_was_empty = canvas is not None and not canvas.layers()
        added = reference.add_reference_layers(QgsProject.instance())
        self._zoom_to_zone(added)
        if canvas_was_empty and "zone" in added:
            self._zoom_again_once_the_canvas_takes_the_layers(canvas, added["zone"].id())
        self.notifier.inform(tr("{n} VRAEM layers added.").format(n=len(added)))
        return added

    def _zoom_again_once_the_canvas_takes_the_layers(self, canvas, zone_id):
        """QGIS zooms an empty canvas to the full extent of its first layers (here: the continent,
        for the context countries) when its layer-tree bridge hands them over, which is queued after
        they are added: zoom to the zone again once that has happened."""
        def zoom():
            zone = QgsProject.instance().mapLayer(zone_id)
            if not self.context.closed and zone is not None:
                self._zoom_to_zone({"zone": zone})

        def on_layers_changed():
            self.context.disconnect(canvas.layersChanged, on_layers_changed)
            QTimer.singleShot(0, zoom)  # after the bridge's own zoom, which follows this signal

        self.context.connect(canvas.layersChanged, on_layers_changed)

    def _zoom_to_zone(self, layers):
        """Show the whole zone (with a margin) in the canvas, whatever CRS the canvas draws in."""
        canvas = self.context.canvas()
        if canvas is None:
            return False
        extent = reference.zone_extent(layers, canvas.mapSettings().destinationCrs(), margin=0.1)
        if extent.isNull() or extent.isEmpty():
            return False
        canvas.setExtent(extent)
        canvas.refresh()
        return True

    def _choose(self, title, label, items):
        """Let the user pick one of [(text, value)]; None when cancelled or nothing to pick."""
        if not items:
            return None
        if len(items) == 1:
            return items[0][1]
        texts = [text for text, _ in items]
        text, ok = QInputDialog.getItem(self, title, label, texts, 0, False)
        return items[texts.index(text)][1] if ok and text in texts else None

    @shows_errors()
    def build_zone(self, layer=None):
        """Build the zone from a district boundary layer of the project (in a task)."""
        if layer is None:
            polygons = [(candidate.name(), candidate.id()) for candidate in
                        districts.likeliest_district_layers(QgsProject.instance().mapLayers().values())]
            if not polygons:
                self.notifier.warn(tr("Add a district boundary layer (polygons) first, or download one."))
                return None
            layer_id = self._choose(tr("Build zone"), tr("District boundary layer"), polygons)
            layer = QgsProject.instance().mapLayer(layer_id) if layer_id else None
            if layer is None:
                return None
        snapshot = LayerSnapshot(layer)  # the worker reads this, never the live layer
        return self._run_zone_task(tr("VRAEM zone from {name}").format(name=layer.name()),
                                   lambda feedback: districts.build_zone_from_districts(snapshot, feedback), [layer])

    @shows_errors()
    def download_districts(self, source=None):
        """Download district boundaries (checksum, cache) and build the zone from them (in a task)."""
        if source is None:
            source = self._choose(tr("Download districts"), tr("Source"),
                                  [(tr("{name} — licence: {licence}").format(name=download.source_name(item),
                                                                             licence=item.licence), item)
                                   for item in download.load_sources()])
            if source is None:
                return None
        # the licence and attribution travel with the data: say them before anything is fetched
        self.notifier.info(tr("{name}: licence {licence}; attribution: {attribution}").format(
            name=download.source_name(source), licence=source.licence, attribution=source.attribution))
        return self._run_zone_task(tr("Downloading {name}").format(name=download.source_name(source)),
                                   lambda feedback: download.build_from_source(source, feedback), [])

    def _run_zone_task(self, description, build, inputs):
        main_thread = QgsApplication.instance().thread()

        def work(feedback):
            result = build(feedback)
            for layer in (result.zone_layer, result.district_layer):
                if layer is not None:
                    layer.moveToThread(main_thread)  # created in this worker; the project is in the main thread
            return result

        def done(task, result, error):
            if not self.runner.is_current(ZONE, task) or task.cancelled:
                return
            if error is not None or result is None:
                self.notifier.warn(error or tr("The zone could not be built."))
                return
            # the zone's own style over the districts' outlines, in the VRAEM group, and shown
            reference.apply_style(result.zone_layer, "zone")
            reference.apply_style(result.district_layer, "district_boundaries")
            added = self.add_created_layers([result.zone_layer, result.district_layer])
            reference.move_into_group(QgsProject.instance(), added)
            self._zoom_to_zone({"zone": result.zone_layer})
            message = tr("Zone built: {ha:,.0f} ha ({coverage}).").format(
                ha=result.area_m2 / 1e4, coverage=reference.zone_coverage(result.zone_layer))
            if result.unmatched:
                message += " " + result.unmatched_note()
            self.notifier.inform(message)

        task = FunctionTask(description, work, done, layer_ids=[layer.id() for layer in inputs])
        if inputs:
            task.setDependentLayers(inputs)
        return self.runner.start(ZONE, task)

    @shows_errors()
    def new_plan(self, path=None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("New eradication plan"),
                                                  os.path.join(self.settings.last_export_dir, "plan.gpkg"),
                                                  tr("GeoPackage (*.gpkg)"))
            if not path:
                return None
        project_crs = QgsProject.instance().crs()
        layer = plans.new_plan(path, project_crs if project_crs.isValid() else "EPSG:4326")
        self.add_created_layers([layer])
        self.notifier.inform(tr("New plan created: {path}").format(path=path))
        return layer

    @shows_errors()
    def import_plan(self, path=None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Load eradication plan"), self.settings.last_export_dir,
                                                  tr("Vector files (*.gpkg *.shp *.geojson *.json *.kml *.csv)"))
            if not path:
                return None
        layer = plans.import_plan(path)
        self.add_created_layers([layer])
        self.notifier.inform(tr("Plan loaded: {n} features.").format(n=layer.featureCount()))
        return layer
