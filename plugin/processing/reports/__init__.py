"""Report algorithms (group "Reports"): vraem:exportreport."""

from .export_report import ExportReportAlgorithm

ALGORITHMS = [ExportReportAlgorithm]
