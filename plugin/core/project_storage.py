"""Layers the plugin makes survive saving and reopening the project.

The zone and districts built from boundaries, loaded plans and overlap results are memory layers
while the analyst works (fast, and nothing is written before the analyst decides to keep the work).
A memory layer keeps no features in a project file, so a reopened project used to show them empty.
When the project is saved, each memory layer the plugin made is written into the project's
GeoPackage, ``<project name>_vraem.gpkg`` beside the project file (one table per layer, named after
the layer id, rewritten on every save), and the saved project refers to that table instead of the
memory layer. The open session keeps its memory layers; the reopened project reads the GeoPackage.

Why beside the project rather than asking for a file: saving must not stop on a dialog, the
GeoPackage travels with the project folder, and the project refers to it by a relative path when
the project stores relative paths (QGIS's default).
"""

import os
import re

from qgis.core import (
    QgsProviderRegistry,
    QgsReadWriteContext,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..i18n import tr
from .errors import VraemError
from .measuring import is_truthy

CREATED_PROPERTY = "vraem/created"  # a memory layer the plugin made: stored in the project's GeoPackage
SUFFIX = "_vraem.gpkg"
SKIP_MEMORY_CHECK_PROPERTY = "skipMemoryLayersCheck"  # QGIS's own: no "scratch layers will be lost" on exit


def mark_created(layer):
    """Mark `layer` (made by the plugin) to be stored in the project's GeoPackage when saved."""
    layer.setCustomProperty(CREATED_PROPERTY, True)
    return layer


def needs_storing(layer):
    return (isinstance(layer, QgsVectorLayer) and layer.providerType() == "memory"
            and is_truthy(layer.customProperty(CREATED_PROPERTY)))


def project_geopackage(project):
    """The GeoPackage beside the project file: /folder/name.qgz -> /folder/name_vraem.gpkg."""
    file_name = project.fileName()
    if not file_name:
        raise VraemError(tr("Save the project first: its layers are stored beside the project file."))
    if project.projectStorage() is not None:  # e.g. a project saved in PostgreSQL: there is no folder beside it
        raise VraemError(tr("The project is not saved as a file, so its temporary layers cannot be stored beside "
                            "it; save them with Make Permanent, or save the project as a file."))
    folder, base = os.path.split(os.path.abspath(file_name))
    return os.path.join(folder, os.path.splitext(base)[0] + SUFFIX)


def table_name(layer):
    """A GeoPackage table name that is stable for the layer (its id) and safe in SQL."""
    return re.sub(r"[^A-Za-z0-9_]", "_", layer.id())


def _write_table(project, layer, path, table):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    # Only this layer's own table is replaced; the other tables of the GeoPackage stay as they are.
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
                                    if os.path.exists(path) else
                                    QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, path, project.transformContext(), options)
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise VraemError(tr("The layer '{name}' could not be stored in {path}: {error}").format(
            name=layer.name(), path=path, error=message))


def _set_text(child, text):
    while child.hasChildNodes():
        child.removeChild(child.firstChild())
    child.appendChild(child.ownerDocument().createTextNode(text))


def store_layer(project, layer, element):
    """For QgsProject.writeMapLayer: write a memory layer the plugin made into the project's
    GeoPackage and point its saved `<maplayer>` element at that table. Returns the GeoPackage URI
    (None for any other layer). Raises VraemError when the layer cannot be written; the saved
    project then keeps the memory layer, as QGIS would."""
    if not needs_storing(layer):
        return None
    source, provider = element.firstChildElement("datasource"), element.firstChildElement("provider")
    if source.isNull() or provider.isNull():
        raise VraemError(tr("The project file describes the layer '{name}' without a data source.").format(
            name=layer.name()))
    path = project_geopackage(project)
    uri = f"{path}|layername={table_name(layer)}"
    _write_table(project, layer, path, table_name(layer))
    context = QgsReadWriteContext()
    context.setPathResolver(project.pathResolver())
    _set_text(source, QgsProviderRegistry.instance().absoluteToRelativeUri("ogr", uri, context))
    _set_text(provider, "ogr")
    _stored_until_changed(layer)
    return uri


def _stored_until_changed(layer):
    """QGIS warns on exit that a scratch layer's features will be lost: not true of a stored layer,
    until it changes again (then the warning comes back, and the next save stores it again)."""
    if is_truthy(layer.customProperty(SKIP_MEMORY_CHECK_PROPERTY)):
        return  # already waiting for a change

    def changed():
        layer.removeCustomProperty(SKIP_MEMORY_CHECK_PROPERTY)
        layer.dataChanged.disconnect(changed)
        layer.layerModified.disconnect(changed)

    layer.setCustomProperty(SKIP_MEMORY_CHECK_PROPERTY, 1)
    layer.dataChanged.connect(changed)
    layer.layerModified.connect(changed)
