"""Test set-up: the repository is imported as the package `vraem_analyst`, like the installed plugin."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ARTIFACTS = REPO / "out" / "test-artifacts"

# The repository folder may have any name; expose it as `vraem_analyst` through a symlink.
_IMPORT_ROOT = Path(tempfile.mkdtemp(prefix="vraem-import-"))
(_IMPORT_ROOT / "vraem_analyst").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(_IMPORT_ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def shared_data():
    """Folder of third-party boundary files (tests only); skip when it is not beside the repo."""
    folder = SHARED / "data"
    if not (folder / "peru_distrital_simple.geojson").exists():
        pytest.skip(f"../shared/data not found at {folder}: boundary-file tests need it")
    return folder


@pytest.fixture(scope="session")
def shared_facts():
    folder = SHARED / "facts"
    if not folder.exists():
        pytest.skip(f"../shared/facts not found at {folder}")
    return folder


@pytest.fixture(scope="session")
def artifacts_dir():
    """Where tests leave files for a person to look at (screenshots, rendered pages); not committed."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


_KEEP_ALIVE = []


@pytest.fixture
def vraem_provider(qgis_app, qgis_processing):
    """The real 'vraem' Processing provider, registered if it is not (test_install.py replaces it
    while it installs the ZIP, so look it up for each test rather than once per session)."""
    from qgis.core import QgsApplication

    from vraem_analyst.plugin.processing.provider import VraemProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("vraem")
    if provider is None:
        provider = VraemProvider()
        registry.addProvider(provider)
        # the registry does not keep the Python object alive: without this reference its Python
        # overrides vanish after the test and createInstance() fails in the next one
        _KEEP_ALIVE.append(provider)
    yield provider


@pytest.fixture()
def dock(qgis_app, qgis_iface, qgis_new_project, vraem_provider):
    """The real dock (tests/dock_helpers.py) on a fresh project, closed after the test."""
    from dock_helpers import close_dock, open_dock

    widget = open_dock(qgis_iface)
    yield widget
    close_dock(widget)


@pytest.fixture
def project(qgis_app):
    """A project of the sheet tests' own, in EPSG:3857: not the data's CRS (EPSG:4326)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    yield project
    project.clear()


@pytest.fixture(scope="session")
def plugin_zip(tmp_path_factory):
    """The release ZIP built from the working tree by tools/package.py, exactly as `make package`
    builds it, into a temporary dist folder (with its plugins.xml beside it)."""
    from desktop import build_plugin_zip

    return build_plugin_zip(tmp_path_factory.mktemp("dist"))


def _bundled_data_digest():
    import hashlib

    return hashlib.sha256((REPO / "resources" / "data" / "vraem.gpkg").read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def bundled_data_unchanged():
    """Every test must leave the shipped GeoPackage byte-for-byte as it was (it is read-only data)."""
    before = _bundled_data_digest()
    yield
    assert _bundled_data_digest() == before, "this test wrote to resources/data/vraem.gpkg"
