"""Shared parts of the fault suite (tests/test_faults_*.py): fingerprints of every file a run may
touch, algorithm runs that return their error message, inputs written as real files, a small
tmpfs for a full disk and a read-only folder, and a feedback that cancels at a chosen point."""

import contextlib
import hashlib
import os
import subprocess
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "resources" / "data" / "vraem.gpkg"


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def fingerprint(*folders):
    """{path: sha256} of every file under `folders` (and the bundled data): compare before and after."""
    prints = {str(BUNDLED): sha256(BUNDLED)}
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and not path.is_symlink():
                prints[str(path)] = sha256(path)
    return prints


def assert_untouched(before, *folders):
    """Every file that was there is byte-identical and no file was added (no partial output)."""
    after = fingerprint(*folders)
    changed = [path for path in before if after.get(path) != before[path]]
    added = [path for path in after if path not in before]
    assert not changed, f"inputs altered: {changed}"
    assert not added, f"files left behind: {added}"


def run(algorithm, parameters, feedback=None, context=None):
    """(results, None) when the run succeeds, (None, message) when it raises."""
    from qgis import processing
    from qgis.core import QgsProcessingException

    try:
        return processing.run(algorithm, parameters, feedback=feedback, context=context), None
    except QgsProcessingException as error:
        return None, str(error)


def polygon_wkts(count, vertices=8, lon=-73.9, lat=-12.4, step=0.002):
    """`count` small valid polygons in the VRAEM (EPSG:4326), `vertices` corners each."""
    import math

    wkts = []
    for index in range(count):
        x0 = lon + step * (index % 200)
        y0 = lat + step * (index // 200)
        ring = [(x0 + 0.0008 * math.cos(2 * math.pi * k / vertices), y0 + 0.0008 * math.sin(2 * math.pi * k / vertices))
                for k in range(vertices)]
        ring.append(ring[0])
        wkts.append("POLYGON((" + ",".join(f"{x:.7f} {y:.7f}" for x, y in ring) + "))")
    return wkts


def write_layer(path, wkts, crs="EPSG:4326", kind="Polygon", layer_name=None, fields=(), attributes=None):
    """A real file layer (format by extension) holding `wkts`; returns its path (with |layername=)."""
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer(f"{kind}?crs={crs}", "input", "memory")
    layer.dataProvider().addAttributes([QgsField(name, kind_) for name, kind_ in fields])
    layer.updateFields()
    features = []
    for index, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        if attributes is not None:
            feature.setAttributes(list(attributes[index]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".shp": "ESRI Shapefile"}[Path(path).suffix]
    if layer_name:
        options.layerName = layer_name
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return f"{path}|layername={layer_name}" if layer_name else str(path)


@contextlib.contextmanager
def small_disk(parent, size="256k", read_only=False):
    """A tmpfs of `size` (a full disk once written past it), or read-only: a real file system that
    refuses writes even to root. Skips when this machine cannot mount."""
    folder = Path(parent) / f"disk-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    options = f"size={size}" + (",ro" if read_only else "")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def open_files():
    """How many file descriptors this process holds."""
    return len(os.listdir("/proc/self/fd"))


def cancelling_feedback(after):
    """A Processing feedback that cancels itself at its `after`-th progress report (as a user
    pressing Cancel at that moment; 0 = cancelled before the run starts)."""
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.reports = 0

    def count(_value):
        feedback.reports += 1
        if feedback.reports >= after:
            feedback.cancel()

    feedback.progressChanged.connect(count)
    if after <= 0:
        feedback.cancel()
    return feedback


def progress_reports(algorithm, parameters):
    """How many progress reports a normal run of `algorithm` makes (the points where it can be cancelled)."""
    feedback = cancelling_feedback(10 ** 9)
    results, error = run(algorithm, parameters, feedback)
    assert error is None, error
    return feedback.reports, results
