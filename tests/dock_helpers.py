"""The real dock for tests: opened on a fresh project with the plugin's default settings, its widgets found by
object name (tests never reach into a section's attributes), events processed until a task reports back."""

import time

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QWidget


def find(dock, object_name):
    """A dock widget by its object name."""
    widget = dock.findChild(QWidget, object_name)
    assert widget is not None, object_name
    return widget


def wait_for(predicate, timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.01)
    QgsApplication.processEvents()
    return predicate()


def open_dock(qgis_iface):
    from vraem_analyst.plugin.gui.dock import VraemDock
    from vraem_analyst.plugin.settings import VraemSettings

    VraemSettings().reset()
    QgsProject.instance().clear()  # pytest-qgis' new project keeps the entries of earlier tests
    widget = VraemDock(qgis_iface, qgis_iface.mainWindow())
    widget.show()
    return widget


def close_dock(widget):
    widget.cleanup()
    widget.hide()
    widget.deleteLater()
    QgsProject.instance().removeAllMapLayers()
    QgsApplication.processEvents()


def pdf_page_count(path):
    import subprocess  # nosec B404 (tests are not packaged): pdfinfo

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout  # nosec
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def drop_layer_from_project_file(path, layer_id):
    """Edit a saved .qgs as if the layer had never been in it (its <maplayer> and its layer tree entry)."""
    import xml.etree.ElementTree as ET  # nosec B405 (tests are not packaged): the file the test just wrote

    tree = ET.parse(path)  # nosec B314
    dropped = 0
    for parent in tree.getroot().iter():
        for child in list(parent):
            if (child.tag == "layer-tree-layer" and child.get("id") == layer_id) or \
                    (child.tag == "maplayer" and child.findtext("id") == layer_id):
                parent.remove(child)
                dropped += 1
    assert dropped == 2, dropped
    tree.write(path, encoding="utf-8")


def reopen_without_layer(path, layer_id, message_bar):
    """Read the saved project `path` back as if the layer `layer_id` had never been in it; returns how many
    warnings the message bar held before (to count the ones the reopen adds)."""
    from qgis.core import Qgis

    drop_layer_from_project_file(path, layer_id)
    project = QgsProject.instance()
    project.clear()
    warnings = len(message_bar.get_messages(Qgis.MessageLevel.Warning))
    assert project.read(path)
    QgsApplication.processEvents()
    return warnings
