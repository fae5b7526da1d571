"""Export of a sheet: PDF (an atlas: one page per feature, then the extra pages once), PNG (an atlas: one
numbered image per feature's page)."""

import os

from qgis.core import (
    Qgis,
    QgsFeedback,
    QgsLayoutExporter,
)

from ...i18n import tr
from .. import atomic
from ..errors import VraemError

# Real text in PDFs (searchable, selectable, small) rather than outlines; the font is embedded.
MIN_DPI, MAX_DPI = 72, 1200  # the resolutions the dock and the algorithm offer
PDF_TEXT = Qgis.TextRenderFormat.AlwaysText
SHEET_PAGE = 0  # an atlas image is the feature's sheet; the extra pages (trends, air) are in the PDF only



def _check_folder(path):
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise VraemError(tr("The output folder does not exist: {path}").format(path=folder))



def _check_result(result, path, error="", shown=None):
    """Refuse a failed export of `path` (named `shown` to the user: the target of a staged file)."""
    if result != QgsLayoutExporter.ExportResult.Success:
        raise VraemError(tr("Export to {path} failed ({code}). {error}").format(
            path=shown or path, code=int(result), error=error or ""))
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise VraemError(tr("Export to {path} wrote no file.").format(path=shown or path))



def _pdf_settings(dpi):
    """Vector PDF with real (searchable) text and georeference: the same for a sheet or an atlas."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.textRenderFormat = PDF_TEXT
    return settings



def _image_settings(dpi):
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.exportMetadata = False
    return settings



def export_layout(layout, path, dpi=300, feedback=None):
    """Write the layout to PDF or PNG (by the file extension) at `dpi`; return the path.

    With an enabled atlas, a PDF gets one page per feature followed by the extra pages (trends, air
    picture) once (export_atlas_pdf), and a PNG becomes one numbered image of each feature's sheet
    (export_atlas_images); both return the number of atlas pages instead.
    Everything is written beside the target and moved into place at the end: a failed or cancelled
    export leaves no file, and an existing file stays as it was.
    """
    feedback = feedback or QgsFeedback()
    _check_folder(path)
    if dpi <= 0:
        raise VraemError(tr("The resolution must be a positive number of dots per inch."))
    extension = os.path.splitext(path)[1].lower()
    if extension not in (".pdf", ".png"):
        raise VraemError(tr("Choose a .pdf or .png file to export the layout."))
    if feedback.isCanceled():
        raise VraemError(tr("The export was cancelled."))
    # the layers the sheet shows are inputs: never written over
    with atomic.StagedOutputs(atomic.project_files(layout.project())) as outputs:
        staged = outputs.stage(path)
        if extension == ".pdf" and layout.atlas().enabled():
            result = export_atlas_pdf(layout, staged, dpi, feedback, shown=path)
        elif extension == ".png" and layout.atlas().enabled():
            result = export_atlas_images(layout, staged, dpi, feedback, shown=path)
        else:
            feedback.setProgress(5)
            exporter = QgsLayoutExporter(layout)
            if extension == ".pdf":
                code = exporter.exportToPdf(staged, _pdf_settings(dpi))
            else:
                code = exporter.exportToImage(staged, _image_settings(dpi))
            _check_result(code, staged, exporter.errorMessage(), shown=path)
            result = path
        if feedback.isCanceled():
            raise VraemError(tr("The export was cancelled."))
        outputs.commit()
    feedback.setProgress(100)
    return result



def export_atlas_pdf(layout, path, dpi=300, feedback=None, shown=None):
    """One PDF page per atlas feature, then the layout's extra pages once (sheet.append_page excludes
    them from every feature but the last), all in one file; return the number of atlas pages."""
    feedback = feedback or QgsFeedback()
    _check_folder(path)
    atlas = _atlas_of(layout)
    result, error = QgsLayoutExporter.exportToPdf(atlas, path, _pdf_settings(dpi), feedback)
    if feedback.isCanceled():
        raise VraemError(tr("The export was cancelled."))
    _check_result(result, path, error, shown)
    return atlas.count()



def _has_atlas(layout):
    atlas = layout.atlas()
    return atlas.enabled() and atlas.coverageLayer() is not None



def _atlas_of(layout):
    if not _has_atlas(layout):
        raise VraemError(tr("This layout has no atlas."))
    return layout.atlas()



def atlas_image_path(path, number):
    """The file of atlas page `number` (1-based) when exporting images to `path`: name_001.png…"""
    stem, extension = os.path.splitext(path)
    return "{}_{:03d}{}".format(stem, number, extension)



def export_paths(layout, path):
    """Every file export_layout(layout, path) writes: the path itself, or one image per atlas page."""
    if os.path.splitext(path)[1].lower() == ".png" and _has_atlas(layout):
        atlas = layout.atlas()
        atlas.updateFeatures()
        return [atlas_image_path(path, number) for number in range(1, atlas.count() + 1)]
    return [path]



def export_atlas_images(layout, path, dpi=300, feedback=None, shown=None):
    """One PNG of each atlas feature's sheet (atlas_image_path: name_001.png, name_002.png…); return the
    page count. The extra pages (trends, air picture) are not among them: they are in the PDF.

    Progress is reported per page and a cancel stops before the next page.
    """
    feedback = feedback or QgsFeedback()
    _check_folder(path)
    atlas = _atlas_of(layout)
    settings = _image_settings(dpi)
    settings.pages = [SHEET_PAGE]
    if not atlas.beginRender() or atlas.count() == 0:
        atlas.endRender()
        raise VraemError(tr("The atlas has no pages to export."))
    written = 0
    try:
        count = atlas.count()
        for index in range(count):
            if feedback.isCanceled():
                raise VraemError(tr("The export was cancelled."))
            feedback.setProgress(100.0 * index / count)
            if not atlas.seekTo(index):
                raise VraemError(tr("Atlas page {n} could not be prepared.").format(n=index + 1))
            page_path = atlas_image_path(path, index + 1)
            exporter = QgsLayoutExporter(layout)
            _check_result(exporter.exportToImage(page_path, settings), page_path, exporter.errorMessage(),
                          atlas_image_path(shown, index + 1) if shown else None)
            written += 1
    finally:
        atlas.endRender()
    feedback.setProgress(100)
    return written
