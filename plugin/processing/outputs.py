"""Output safety of every VRAEM algorithm, in one place (used by VraemAlgorithm.processAlgorithm).

Before the algorithm runs, every file output is checked against every file the run reads (an
output that is an input is refused) and redirected to a temporary file beside its target
(core.atomic). Features are written through write_features(), which checks each
batch and the final flush. After the run, every written layer is reopened and counted; only then are the files
renamed onto their targets. On error or cancel the temporary files are removed: a run leaves all
its outputs or none, and never touches its inputs.
"""

import os

from qgis.core import (
    QgsDataSourceUri,
    QgsFeatureSink,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProperty,
)

from ..core.atomic import StagedOutputs, file_of
from ..core.bundled import read_only_layer
from ..core.errors import VraemError
from ..i18n import tr
from ..paths import DATA_GPKG

_NAMED_LAYER_FORMATS = (".gpkg", ".sqlite")  # files whose layers have names of their own
# outputs that write into a file without naming it as a path: never staged, so never all-or-none,
# and never checked against the inputs
_UNSTAGED_FILE_OUTPUTS = ("spatialite:", "/vsi")


def _database_file_layer(target):
    """(file, layer name) of a sink given as ogr:dbname='file' table="name" (geom), else None:
    QGIS writes that table into the file as a layer, as for the file with a layer name."""
    if not str(target).startswith("ogr:") or "dbname=" not in target:
        return None
    uri = QgsDataSourceUri(target[len("ogr:"):])
    return uri.database(), uri.table() or None


def _database_table(path, layer_name):
    """The sink that adds the layer `layer_name` to the GeoPackage (or SQLite file) `path`."""
    uri = QgsDataSourceUri()
    uri.setDatabase(path)
    uri.setDataSource("", layer_name, "geom")
    return f"ogr:{uri.uri(False)}"


def _refuse_unstaged_file(definition, target):
    if str(target).startswith(_UNSTAGED_FILE_OUTPUTS):
        raise VraemError(tr("{parameter}: the output {value} writes into a file through a database connection or a "
                            "GDAL virtual path, which cannot be checked against the inputs nor removed if the run "
                            "fails; give a file path instead (a GeoPackage can take a layer name).").format(
                                parameter=definition.description(), value=target))


def _layer_files(layers):
    return [layer.source() for layer in layers if layer is not None]


def input_files(algorithm, parameters, context):
    """Every file the run reads: its layer, source and file parameters (defaults included), and the
    bundled data."""
    files = [DATA_GPKG]
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        name = definition.name()
        if isinstance(definition, QgsProcessingParameterFile):
            files.append(algorithm.parameterAsFile(parameters, name, context))
        elif isinstance(definition, QgsProcessingParameterMultipleLayers):
            files += _layer_files(algorithm.parameterAsLayerList(parameters, name, context))
        elif definition.type() in ("source", "vector", "layer", "raster"):
            files += _layer_files([algorithm.parameterAsLayer(parameters, name, context)])
    return [path for path in files if path]


WRITE_BATCH = 1000  # features per sink call: a call per feature costs more than the GeoPackage insert


class CheckedSink:
    """A feature sink whose every write is checked; cancel stops it between batches of features."""

    def __init__(self, sink, feedback):
        self._sink = sink
        self._feedback = feedback
        self.count = 0

    def add_features(self, features):
        """Write `features` (any iterable) in batches of WRITE_BATCH."""
        batch = []
        for feature in features:
            batch.append(feature)
            if len(batch) == WRITE_BATCH:
                self._add_batch(batch)
                batch = []
        if batch:
            self._add_batch(batch)

    def _add_batch(self, batch):
        if self._feedback is not None and self._feedback.isCanceled():
            raise VraemError(tr("Cancelled by the user; nothing was written."))
        if not self._sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
            raise VraemError(tr("The output could not be written (is the disk full?): {error}").format(
                error=self._sink.lastError() or tr("unknown error")))
        self.count += len(batch)

    def release(self):
        self._sink = None

    def close(self):
        """Flush, then let go of the sink (its file closes when the algorithm's reference is gone too)."""
        sink, self._sink = self._sink, None
        if sink is not None and not sink.flushBuffer():
            raise VraemError(tr("The output could not be written (is the disk full?): {error}").format(
                error=sink.lastError() or tr("unknown error")))


class RunOutputs:
    """The outputs of one algorithm run. `parameters` is what the algorithm must be run with."""

    def __init__(self, algorithm, parameters, context):
        self._algorithm = algorithm
        self._context = context
        self._files = StagedOutputs(input_files(algorithm, parameters, context))
        self._sinks = []  # (CheckedSink, staged layer uri)
        self.parameters = dict(parameters)
        with self._files:  # a refusal of a later output removes what the earlier ones staged
            self._stage_all()

    def _stage_all(self):
        targets = {}
        for definition in self._algorithm.destinationParameterDefinitions():
            name = definition.name()
            if self.parameters.get(name) is None:
                continue
            if isinstance(definition, QgsProcessingParameterFeatureSink):
                target, layer_name = self._stage_sink(name)
            elif isinstance(definition, QgsProcessingParameterFileDestination):
                target, layer_name = self._stage_file(name)
            else:
                continue
            if target is None:
                continue
            # two outputs may share a GeoPackage as different layers, never one file or layer
            if target in targets and (layer_name is None or targets[target] in (None, layer_name)):
                raise VraemError(tr("Two outputs of this run write the same file {path}; choose different "
                                    "files.").format(path=target))
            targets[target] = layer_name

    def _stage_sink(self, name):
        value = self.parameters[name]
        definition = (QgsProcessingOutputLayerDefinition(value) if isinstance(value, QgsProcessingOutputLayerDefinition)
                      else None)
        target = self._algorithm.destinationOf(self.parameters, name, self._context)  # registers nothing
        _refuse_unstaged_file(self._algorithm.parameterDefinition(name), target)
        file_layer = _database_file_layer(target)
        if file_layer is not None:
            target = file_layer[0]
        path = file_of(target)
        if not target or path is None:
            return None, None  # a memory layer or a database table: no file to stage
        if definition is None:
            definition = QgsProcessingOutputLayerDefinition(target)
        options = dict(definition.createOptions or {})
        if file_layer is not None and file_layer[1]:
            options["layerName"] = file_layer[1]
        chosen_layer = options.get("layerName")
        # a named layer goes into a copy of an existing file, beside its other layers
        temporary = self._files.stage(path, keep_existing=bool(chosen_layer))
        if chosen_layer or path.lower().endswith(_NAMED_LAYER_FORMATS):
            # the layer is named after the target, not after the temporary file
            options["layerName"] = chosen_layer or os.path.splitext(os.path.basename(path))[0]
        # QGIS writes a plain path as a new file, dropping the other layers of the copy; a database
        # table (as its "Save to GeoPackage" gives) is added beside them
        in_copy = chosen_layer and path.lower().endswith(_NAMED_LAYER_FORMATS)
        definition.sink = QgsProperty.fromValue(_database_table(temporary, chosen_layer) if in_copy else temporary)
        definition.createOptions = options
        self.parameters[name] = definition
        return path, chosen_layer

    def _stage_file(self, name):
        target = self._algorithm.parameterAsFileOutput(self.parameters, name, self._context)
        _refuse_unstaged_file(self._algorithm.parameterDefinition(name), target)
        path = file_of(target)
        if not target or path is None:
            return None, None
        # a GeoPackage output gains a layer: start from the existing file
        temporary = self._files.stage(path, keep_existing=path.lower().endswith(".gpkg"))
        self.parameters[name] = temporary
        return path, None

    def write_features(self, sink, dest_id, features, feedback):
        """Write `features` to `sink` (of the output `dest_id`), checking every write; counted and closed at
        commit."""
        checked = CheckedSink(sink, feedback)
        self._sinks.append((checked, dest_id))
        checked.add_features(features)

    def commit(self, results, feedback):
        """Verify what was written, move it into place and return `results` naming the final files.

        The algorithm's sinks must be closed (deleted) before this is called."""
        if feedback is not None and feedback.isCanceled():
            self.discard()
            raise VraemError(tr("Cancelled by the user; nothing was written."))
        written = {}
        try:
            for checked, dest_id in self._sinks:
                checked.close()  # a GeoPackage commits its last data here: this may fail too
                written[dest_id] = written.get(dest_id, 0) + checked.count
        except VraemError:
            self.discard()
            raise
        self._sinks = []
        staged = {os.path.realpath(path) for path in self._files.staged().values()}
        for uri, count in written.items():
            if file_of(uri) not in staged:
                continue  # a memory layer or database table: nothing to move
            layer = read_only_layer(uri, "check")
            if not layer.isValid() or layer.featureCount() != count:
                message = tr("The output {path} could not be written completely (is the disk full?); nothing was "
                             "kept.").format(path=self._files.final_of(uri))
                self.discard()
                raise VraemError(message)
            del layer
        final_results = {key: self._files.final_of(value) for key, value in results.items()}
        loads = {self._files.final_of(key): details
                 for key, details in self._context.layersToLoadOnCompletion().items()}
        self._files.commit()
        if loads:
            self._context.setLayersToLoadOnCompletion(loads)
        return final_results

    def discard(self):
        for checked, _ in self._sinks:
            checked.release()
        self._sinks = []
        self._files.discard()
