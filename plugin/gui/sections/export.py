"""Export section: the print layout (optionally an atlas), its PDF/PNG export, the figures as CSV or clipboard."""

import csv
import datetime
import io
import os
from dataclasses import dataclass

from qgis.core import Qgis, QgsFeedback, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
)

from ...core import atomic, reference, yields
from ...core.definitions import export_formats
from ...core.errors import VraemError
from ...core.measuring import zone_is_approximate
from ...core.names import default_label_field
from ...core.report import export as report_export
from ...core.report import figures as report_figures
from ...core.report import sheet as report_sheet
from ...i18n import tr
from ...paths import plugin_version
from ..notifier import shows_errors
from ..widgets import layer_id, set_combo_data
from .base import Section


@dataclass
class ExportState:
    export_dpi: int  # no defaults here: a new project's come from the settings
    export_format: str
    atlas_enabled: bool = False
    atlas_layer_id: str = ""
    atlas_name_field: str = ""
    title: str = ""
    author: str = ""


def default_page_name_field(layer):
    """The label field the result tables default to (core.names), else the layer's display field."""
    if not isinstance(layer, QgsVectorLayer):
        return ""
    names = layer.fields().names()
    return default_label_field(names) or (layer.displayField() if layer.displayField() in names else "")


class ExportSection(Section):
    def __init__(self, context, areas_section, overlap_section, claim_section, parent=None, air_section=None):
        super().__init__(context, tr("Export"), "VraemExportGroup", parent, collapsed=True)
        self.areas = areas_section
        self.overlap = overlap_section
        self.air = air_section  # its latest run becomes the sheet's Air picture page
        self.result_sections = (areas_section, overlap_section, claim_section)
        self.layout_name = ""
        self._layout_atlas = ("", "")  # (atlas layer id, page-name field) the layout was built with
        self.export_progress = None  # the QProgressDialog while a layout export runs

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("VraemReportTitleEdit")
        self.title_edit.setPlaceholderText(tr("VRAEM: areas and potential coca yield"))
        form.addRow(tr("Title"), self.title_edit)
        self.author_edit = QLineEdit(self)
        self.author_edit.setObjectName("VraemReportAuthorEdit")
        self.author_edit.setPlaceholderText(tr("Your name or unit (optional)"))
        form.addRow(tr("Author"), self.author_edit)
        format_row = QHBoxLayout()
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("VraemExportFormatCombo")
        for export_format in export_formats():
            self.format_combo.addItem(export_format.label, export_format.key)
        self.dpi_spin = QSpinBox(self)
        self.dpi_spin.setObjectName("VraemExportDpiSpin")
        self.dpi_spin.setRange(report_export.MIN_DPI, report_export.MAX_DPI)
        self.dpi_spin.setSuffix(" " + tr("dpi"))
        format_row.addWidget(self.format_combo, 1)
        format_row.addWidget(self.dpi_spin)
        form.addRow(tr("Format"), format_row)
        self.atlas_check = QCheckBox(tr("One page per feature (atlas)"), self)
        self.atlas_check.setObjectName("VraemAtlasCheck")
        self.atlas_check.setToolTip(tr("One page per feature of a polygon layer (plan sectors, districts), named "
                                       "after the chosen field. As PNG, one numbered image per page."))
        form.addRow(self.atlas_check)
        self.atlas_layer_combo = QgsMapLayerComboBox(self)
        self.atlas_layer_combo.setObjectName("VraemAtlasLayerCombo")
        self.atlas_layer_combo.setFilters(Qgis.LayerFilter.PolygonLayer)
        self.atlas_layer_combo.setAllowEmptyLayer(True)
        self.atlas_layer_combo.setLayer(None)
        self.atlas_layer_combo.setToolTip(tr("The eradication plan or a district layer: one page per feature"))
        form.addRow(tr("Atlas layer"), self.atlas_layer_combo)
        self.atlas_field_combo = QgsFieldComboBox(self)
        self.atlas_field_combo.setObjectName("VraemAtlasFieldCombo")
        self.atlas_field_combo.setAllowEmptyFieldName(True)
        self.atlas_field_combo.setToolTip(tr("The field that names each page (its subtitle and order)"))
        form.addRow(tr("Page name"), self.atlas_field_combo)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.button(tr("Create layout"), "VraemCreateLayoutButton", self.create_layout,
                                  tr("Build the VRAEM print layout and open it in the layout designer")))
        row.addWidget(self.button(tr("Export…"), "VraemExportLayoutButton", self.export_layout_dialog))
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.button(tr("Figures as CSV…"), "VraemExportCsvButton", self.export_csv_dialog))
        row.addWidget(self.button(tr("Copy figures"), "VraemCopyButton", self.copy_figures,
                                  tr("Copy every result table to the clipboard (tab-separated)")))
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("VraemExportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.format_combo.currentIndexChanged.connect(self.save)
        self.title_edit.editingFinished.connect(self.save)
        self.author_edit.editingFinished.connect(self.save)
        self.dpi_spin.valueChanged.connect(self.save)
        self.atlas_check.toggled.connect(self._on_atlas_toggled)
        self.atlas_layer_combo.layerChanged.connect(self._on_atlas_layer_changed)
        self.atlas_field_combo.fieldChanged.connect(self.save)
        self.atlas_layer_combo.setEnabled(False)  # not _on_atlas_toggled: saving now would wipe the project's state
        self.atlas_field_combo.setEnabled(False)
        for section in (*self.result_sections, air_section):
            if section is not None:
                section.result_changed.connect(self._forget_layout)

    def _forget_layout(self):
        """A section's result changed: the next layout or export builds a sheet that shows it. The sheet built
        before stays in the project (it may have been edited in the layout designer)."""
        self.layout_name = ""

    def _on_atlas_toggled(self, checked):
        self.atlas_layer_combo.setEnabled(checked)
        self.atlas_field_combo.setEnabled(checked)
        self.save()

    def _on_atlas_layer_changed(self, layer):
        if self.context.closed:
            return
        self.atlas_field_combo.setLayer(layer)
        if not self.context.restoring:
            self.atlas_field_combo.setField(default_page_name_field(layer))
        self.save()

    # -- state

    def default_state(self):
        return ExportState(export_dpi=self.settings.export_dpi, export_format=self.settings.export_format)

    def to_state(self):
        return ExportState(export_dpi=self.dpi_spin.value(),
                           export_format=self.format_combo.currentData() or self.settings.export_format,
                           atlas_enabled=self.atlas_check.isChecked(), atlas_layer_id=layer_id(self.atlas_layer_combo),
                           atlas_name_field=self.atlas_field_combo.currentField() or "",
                           title=self.title_edit.text().strip(), author=self.author_edit.text().strip())

    def from_state(self, state):
        self.title_edit.setText(state.title)
        self.author_edit.setText(state.author)
        self.dpi_spin.setValue(state.export_dpi)
        set_combo_data(self.format_combo, state.export_format)
        atlas_layer = QgsProject.instance().mapLayer(state.atlas_layer_id) if state.atlas_layer_id else None
        self.atlas_layer_combo.setLayer(atlas_layer)
        self.atlas_field_combo.setLayer(atlas_layer)
        self.atlas_field_combo.setField(state.atlas_name_field if atlas_layer is not None
                                        and state.atlas_name_field in atlas_layer.fields().names()
                                        else default_page_name_field(atlas_layer))
        self.atlas_check.setChecked(state.atlas_enabled)

    def project_cleared(self):
        self.layout_name = ""

    # -- figures as text

    def figure_tables(self):
        """(section, title, model) of every non-empty result table, in display order."""
        return [(section, section.figures_title(), section.model) for section in self.result_sections
                if section.model.rowCount() > 0]

    def header_rows(self, project):
        """What the exported figures are of: layer, label field, parameter set and its sources, zone,
        date and plugin version, as (name, value) rows above the tables."""
        layer = self.areas.layer_combo.currentLayer()
        pset = self.areas.current_parameter_set()
        rows = [
            [tr("Layer"), layer.name() if layer is not None else ""],
            [tr("Label field"), default_page_name_field(layer)],
            [tr("Parameter set"), pset.label if pset is not None else ""],
        ]
        if pset is not None:
            rows += [[tr("Parameter set source"), line] for line in yields.set_source_lines(pset)]
        rows += [
            [tr("Zone used"), reference.zone_choice(project).note],
            [tr("Date"), datetime.date.today().isoformat()],
            [tr("VRAEM Analyst version"), plugin_version()],
        ]
        return rows

    def figures_text(self, delimiter):
        tables = self.figure_tables()
        if not tables:
            return ""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        writer.writerows(self.header_rows(QgsProject.instance()))
        writer.writerow([])
        for section, title, model in tables:
            header, body = model.as_rounded_table()
            writer.writerow([title])
            writer.writerow(header)
            writer.writerows(body)
            writer.writerows([line] for line in section.table_notes())
            writer.writerow([])
        return buffer.getvalue()

    def copy_figures(self):
        text = self.figures_text("\t")
        if not text:
            self.notifier.warn(tr("There are no figures to copy yet."))
            return ""
        QApplication.clipboard().setText(text)
        self.status.setText(tr("Figures copied to the clipboard."))
        return text

    def export_csv(self, path):
        text = self.figures_text(",")
        if not text:
            self.notifier.warn(tr("There are no figures to export yet."))
            return False
        try:
            atomic.write_text(path, text, inputs=atomic.project_files())
        except VraemError as error:
            self.notifier.error(error)
            return False
        self.status.setText(tr("Figures saved to {path}").format(path=path))
        return True

    def export_csv_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save figures as CSV"),
                                              os.path.join(self.settings.last_export_dir, "vraem_figures.csv"),
                                              tr("CSV files (*.csv)"))
        if path:
            self.settings.last_export_dir = os.path.dirname(path)
            self.export_csv(path)

    # -- the layout

    def atlas_choice(self):
        """(coverage layer, page-name field or None) when the atlas option is on, else (None, None)."""
        if not self.atlas_check.isChecked():
            return None, None
        layer = self.atlas_layer_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            raise VraemError(tr("Choose the polygon layer whose features make the atlas pages."))
        return layer, self.atlas_field_combo.currentField() or None

    def layout(self, create=True):
        """The sheet built from the latest results (built now when there is none, a result changed since or the
        atlas choice changed)."""
        project = QgsProject.instance()
        atlas_layer, name_field = self.atlas_choice()
        atlas_key = (atlas_layer.id() if atlas_layer is not None else "", name_field or "")
        layout = project.layoutManager().layoutByName(self.layout_name) if self.layout_name else None
        if layout is not None and atlas_key != self._layout_atlas:
            layout = None  # the atlas choice changed since: build a sheet that follows it
        if layout is None and create:
            figures_sheet, layers, overview = self.report_inputs(project)
            if atlas_layer is not None and atlas_layer not in layers:
                layers.insert(0, atlas_layer)  # each page shows its own feature
            analysed = self.areas.layer_combo.currentLayer()
            pset = self.areas.current_parameter_set()
            # framed on the analysed features (a plan is invisible at the zone's scale); the overview
            # map and the zone around them give the context
            spec = report_sheet.SheetSpec(
                figures_sheet, layers, overview, focus_layers=[analysed] if analysed is not None else None,
                title=self.title_edit.text().strip() or None, author=self.author_edit.text().strip() or None,
                atlas_layer=atlas_layer, atlas_name_field=name_field,
                atlas_figures=report_figures.page_figures(atlas_layer, reference.zone_choice(project).layer, pset,
                                                          project=project, analysis=figures_sheet)
                if atlas_layer is not None else None,
                analysed=analysed.name() if analysed is not None else None,
                parameter_set=pset.label if pset is not None else None)
            layout = report_sheet.create_layout(project, spec)
            if self.air is not None:  # with an atlas, the page comes once after the atlas pages (sheet.append_page)
                self.air.add_report_page(layout, project)
            layout = report_sheet.add_layout(project, layout)
            self.layout_name = layout.name()
            self._layout_atlas = atlas_key
        return layout

    def report_inputs(self, project):
        """(figures, layers, overview layers) of the sheet from the sections' latest results."""
        area, estimate = self.areas.estimate()
        overlap_result, overlap_label = None, None
        if self.overlap.last_result is not None:
            overlap_result, source_name, distance_text = self.overlap.last_result
            overlap_label = tr("Within {distance} of {layer}").format(distance=distance_text, layer=source_name)
        zone_choice = reference.zone_choice(project)
        zone = zone_choice.layer
        zone_approximate = zone is None or zone_is_approximate(zone)
        caveats = report_figures.default_caveats(zone_approximate, estimate)
        if zone is None or zone_choice.skipped:
            caveats.append(zone_choice.note)  # the sheet says which zone it used when it is not the expected one
        sheet = report_figures.figures_from_results(area=area, yields=estimate, overlap=overlap_result,
                                                    overlap_label=overlap_label, caveats=caveats,
                                                    zone_approximate=zone_approximate)
        layers = [self.areas.layer_combo.currentLayer()] + self.overlap.report_layers(project) + [zone]
        seen, unique = set(), []
        for layer in layers:
            if layer is not None and layer.id() not in seen:
                seen.add(layer.id())
                unique.append(layer)
        overview = [reference.find_layer(project, "countries"), zone]
        return sheet, unique, [layer for layer in overview if layer is not None]

    @shows_errors()
    def create_layout(self):
        layout = self.layout()
        if self.context.iface is not None and hasattr(self.context.iface, "openLayoutDesigner"):
            self.context.iface.openLayoutDesigner(layout)
        self.status.setText(tr("Layout '{name}' created.").format(name=layout.name()))
        return layout

    def export_layout(self, path, feedback=None):
        """Export the layout to PDF/PNG (an atlas: one page per feature); True when written.

        Layout rendering must happen in the main thread (QGraphicsScene), so instead of a task a
        window-modal progress dialog reports the progress and its Cancel button cancels `feedback`
        (a new QgsFeedback by default). A cancelled export leaves no file behind.
        """
        try:
            layout = self.layout()
            outputs = report_export.export_paths(layout, path)
        except VraemError as error:
            self.notifier.error(error)
            return False
        feedback = feedback or QgsFeedback()
        dialog = self._export_progress_dialog(feedback)
        error, pages = None, None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = report_export.export_layout(layout, path, self.dpi_spin.value(), feedback)
            pages = result if isinstance(result, int) else None
        except VraemError as raised:
            error = raised
        finally:
            QApplication.restoreOverrideCursor()
            self._close_export_progress(dialog, feedback)
        if feedback.isCanceled():
            # report.export.export_layout writes beside the target and removes its files on cancel
            message = tr("Export cancelled; no file was written.")
            self.status.setText(message)
            self.notifier.push(message, Qgis.MessageLevel.Info, 5)
            return False
        if error is not None:
            self.notifier.error(error)
            return False
        if pages is not None and len(outputs) > 1:
            message = tr("Exported {n} atlas pages as images: {first} … {last}").format(
                n=pages, first=outputs[0], last=outputs[-1])
        elif pages is not None:
            message = tr("Exported {n} atlas pages to {path}").format(n=pages, path=path)
        else:
            message = tr("Exported to {path}").format(path=path)
        self.status.setText(message)
        self.notifier.inform(message)
        return True

    def _export_progress_dialog(self, feedback):
        dialog = QProgressDialog(tr("Exporting the layout…"), tr("Cancel"), 0, 100, self)
        dialog.setObjectName("VraemExportProgress")
        dialog.setWindowTitle(tr("Export layout"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(feedback.cancel)
        feedback.progressChanged.connect(self._on_export_progress)
        self.export_progress = dialog
        dialog.setValue(0)
        dialog.show()
        return dialog

    def _on_export_progress(self, value):
        # A window-modal QProgressDialog processes events in setValue: the Cancel click gets through.
        if self.export_progress is not None:
            self.export_progress.setValue(int(value))

    def _close_export_progress(self, dialog, feedback):
        feedback.progressChanged.disconnect(self._on_export_progress)
        dialog.canceled.disconnect(feedback.cancel)  # closing a progress dialog emits canceled
        self.export_progress = None
        dialog.hide()
        dialog.deleteLater()

    def export_layout_dialog(self):
        chosen = {item.key: item for item in export_formats()}[self.format_combo.currentData() or "pdf"]
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export layout"), os.path.join(self.settings.last_export_dir, "vraem_report." + chosen.extension),
            chosen.file_filter)
        if path:
            if not path.lower().endswith("." + chosen.extension):
                path += "." + chosen.extension
            self.settings.last_export_dir = os.path.dirname(path)
            self.export_layout(path)
