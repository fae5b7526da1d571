"""All-or-none output files, the one place every run of the plugin writes through.

A run stages each output as a temporary file beside its target (same folder, so the final rename
never crosses a file system), writes there, and commits at the end: every staged file is renamed
onto its target. On error or cancel the staged files are removed, so a run leaves either all its
outputs or none, and a target that existed before is left as it was. Before anything is staged,
an output that resolves (after symlinks, with or without `|layername=`) to a file the run reads
is refused.
"""

import os
import secrets
import shutil

from qgis.core import QgsProject

from ..i18n import tr
from .errors import VraemError

PARTIAL_MARK = ".partial-"
# SQLite's own side files: gone once the writer is closed; never renamed onto a target.
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
_NOT_FILES = ("memory:", "TEMPORARY_OUTPUT", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:")


def file_of(uri):
    """The real path of the file a layer source or output string names, or None when it names no
    file (memory layer, database connection, temporary output)."""
    if uri is None:
        return None
    text = str(uri).strip()
    if not text or text.startswith(_NOT_FILES) or "dbname=" in text:
        return None
    if text.startswith("/vsi"):
        return None  # a GDAL virtual file (inside an archive, on a server): no file of its own
    if text.startswith("ogr:"):
        text = text[len("ogr:"):]
    if text.startswith("file://"):
        text = text[len("file://"):].split("?", 1)[0]
    text = text.split("|", 1)[0]
    return os.path.realpath(os.path.abspath(os.path.expanduser(text)))


def same_file(first, second):
    if first == second:
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _family(folder, stem):
    """Names in `folder` that belong to the staged file `stem` (sidecars, numbered pages)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [name for name in names if name.startswith(stem)]


class StagedOutputs:
    """The output files of one run. `inputs`: every file the run reads (paths or layer sources).

    Use as a context manager: leaving it by an exception discards what was staged.
    """

    def __init__(self, inputs=()):
        self._inputs = [path for path in (file_of(item) for item in inputs) if path]
        self._staged = {}  # final path -> staged temporary path

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        if kind is not None:
            self.discard()
        return False

    def _refuse_input(self, final):
        """Refuse `final` (a path or output string) when it is a file this run reads."""
        path = file_of(final)
        if path is None:
            return None
        for source in self._inputs:
            if same_file(path, source):
                raise VraemError(tr("The output {path} is also an input of this run: choose another file, "
                                    "the input is never overwritten.").format(path=final))
        return path

    def stage(self, final, keep_existing=False):
        """The temporary path to write instead of `final`. keep_existing: start from a copy of an
        existing target (a new layer added to an existing GeoPackage keeps its other layers)."""
        path = self._refuse_input(final)
        if path in self._staged:
            return self._staged[path]
        folder, name = os.path.split(path)
        if not os.path.isdir(folder):
            raise VraemError(tr("The output folder does not exist: {path}").format(path=folder))
        stem, extension = os.path.splitext(name)
        temporary = os.path.join(folder, f".{stem}{PARTIAL_MARK}{secrets.token_hex(4)}{extension}")
        if keep_existing and os.path.exists(path):
            _refuse_open_in_project(path)
        try:
            if keep_existing and os.path.exists(path):
                shutil.copyfile(path, temporary)
            else:
                with open(temporary, "xb"):
                    pass  # claims the name; the writer replaces it
                os.remove(temporary)
        except OSError as error:
            _remove_quietly(temporary)
            raise VraemError(tr("The output folder cannot be written: {path} ({error})").format(
                path=folder, error=error.strerror or error)) from error
        self._staged[path] = temporary
        return temporary

    def staged(self):
        """{final path: temporary path} of everything staged so far."""
        return dict(self._staged)

    def final_of(self, text):
        """`text` (a path or output string) with every staged path replaced by its final path, a numbered page
        (name_001.png, see commit) by its final page."""
        if not isinstance(text, str):
            return text
        for final, temporary in self._staged.items():
            text = text.replace(os.path.splitext(temporary)[0], os.path.splitext(final)[0])
        return text

    def commit(self):
        """Rename every staged file (with its sidecars and numbered pages) onto its target."""
        moves = []
        for final, temporary in self._staged.items():
            folder = os.path.dirname(temporary)
            temporary_stem = os.path.splitext(os.path.basename(temporary))[0]
            final_stem = os.path.splitext(os.path.basename(final))[0]
            family = [name for name in _family(folder, temporary_stem) if not name.endswith(_SQLITE_SIDE_FILES)]
            if not family:
                self.discard()
                raise VraemError(tr("The output {path} was not written; nothing was kept.").format(path=final))
            moves += [(os.path.join(folder, name), os.path.join(folder, final_stem + name[len(temporary_stem):]))
                      for name in family]
        try:
            for source, target in moves:
                os.replace(source, target)
        except OSError as error:
            self.discard()
            raise VraemError(tr("The outputs could not be moved into place: {error}").format(
                error=error.strerror or error)) from error
        self._staged = {}

    def discard(self):
        """Remove every staged file; the targets are left as they were."""
        for temporary in self._staged.values():
            folder = os.path.dirname(temporary)
            for name in _family(folder, os.path.splitext(os.path.basename(temporary))[0]):
                _remove_quietly(os.path.join(folder, name))
        self._staged = {}


def project_files(project=None):
    """The sources of every layer of `project` (default: the current one): a run must not write over them."""
    return [layer.source() for layer in (project or QgsProject.instance()).mapLayers().values()]


def _refuse_open_in_project(path):
    """A file gaining a layer is replaced by an updated copy: a layer of the project reading the
    old file would go on reading (and saving its edits into) the replaced one."""
    for layer in QgsProject.instance().mapLayers().values():
        if same_file(file_of(layer.source()) or "", path):
            raise VraemError(tr("The file {path} is open in the project (layer '{name}'): remove its layers from "
                                "the project or choose another file to add a layer to.").format(
                                    path=path, name=layer.name()))


def _remove_quietly(path):
    try:
        os.remove(path)
    except OSError:
        return


def write_text(path, text, inputs=()):
    """Write a whole text file (UTF-8) all or none."""
    with StagedOutputs(inputs) as outputs:
        temporary = outputs.stage(path)
        try:
            with open(temporary, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as error:
            raise VraemError(tr("The file {path} could not be written: {error}").format(
                path=path, error=error.strerror or error)) from error
        outputs.commit()
    return path
