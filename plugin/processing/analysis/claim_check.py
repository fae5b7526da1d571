"""vraem:claimcheck — a claimed cocaine figure against every published ratio (and the potential production of a year)."""

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ...core import claims, schemas
from ...core.definitions import area_units
from ...i18n import tr
from ..base import DOUBLE, INTEGER, VECTOR
from .common import AnalysisAlgorithm, table_feature


class ClaimCheckAlgorithm(AnalysisAlgorithm):
    NAME = "claimcheck"
    CLAIM_KIND = "CLAIM_KIND"
    YEAR = "YEAR"
    AREA = "AREA"
    AREA_UNIT = "AREA_UNIT"
    TONNES = "TONNES"
    OUTPUT = "OUTPUT"
    UNIT_KEYS = [unit.key for unit in area_units()]
    KIND_KEYS = list(claims.KINDS)

    def display_name(self):
        return tr("Check a cocaine claim")

    def help(self):
        return tr(
            "Checks a claim such as \"100 square miles eradicated, 300 tons of cocaine avoided\" or \"over "
            "150 tonnes of cocaine are smuggled out each year\".\n\n"
            "Claim kind: [0] tonnes for the area given (Area and Area unit); [1] or [2] tonnes for Peru's or "
            "the VRAEM's published coca area of Year; [3] or [4] tonnes per year, also compared with the "
            "potential production of Peru's (national yields) or the VRAEM's (VRAEM yields) published coca "
            "area of Year, low to high.\n"
            "Year: the year of the published coca-area series (bundled, with its source); a year without a "
            "published figure is refused with the nearest years that have one.\n"
            "Area and Area unit: the claimed area (hectares, square kilometres, square miles or acres), for "
            "kind [0].\n"
            "Claimed cocaine: tonnes of cocaine HCl claimed (more than 0).\n\n"
            "The claim's implied kg of cocaine per hectare is compared with every published ratio bundled "
            "with the plugin (UNODC, US government ONDCP, Peruvian government), giving the tonnes each "
            "reference would give for the same area, and a verdict: above every published ratio, within "
            "the published range, or below every published ratio. A ratio equal to the fixed factor CORAH "
            "applies since 2023 is flagged: computed with a fixed factor, not an independent estimate.")

    def initAlgorithm(self, config=None):
        kinds = claims.claim_kinds()
        self.addParameter(QgsProcessingParameterEnum(self.CLAIM_KIND, tr("Claim kind"),
                                                     options=[kinds[key] for key in self.KIND_KEYS],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, tr("Year of the published coca area"),
                                                       INTEGER, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.AREA, tr("Claimed area"),
                                                       DOUBLE, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.AREA_UNIT, tr("Area unit"),
                                                     options=[unit.name for unit in area_units()],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.TONNES, tr("Claimed cocaine (tonnes)"), DOUBLE))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Comparison with published ratios"),
                                                            VECTOR, optional=True,
                                                            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("HECTARES", tr("Claimed area (ha)")))
        self.addOutput(QgsProcessingOutputString("AREA_SOURCE", tr("Source of the published area")))
        self.addOutput(QgsProcessingOutputNumber("IMPLIED_KG_PER_HA", tr("Implied kg of cocaine per ha")))
        self.addOutput(QgsProcessingOutputNumber("MIN_KG_PER_HA", tr("Lowest published ratio (kg/ha)")))
        self.addOutput(QgsProcessingOutputNumber("MAX_KG_PER_HA", tr("Highest published ratio (kg/ha)")))
        self.addOutput(QgsProcessingOutputString("VERDICT", tr("Verdict")))
        self.addOutput(QgsProcessingOutputString("VERDICT_CODE", tr("Verdict code (above/within/below)")))
        self.addOutput(QgsProcessingOutputString("FIXED_FACTOR", tr("Fixed factor the claim equals (empty: none)")))
        for name, label in (("POTENTIAL_T_LOW", tr("Potential production, low (t/yr)")),
                            ("POTENTIAL_T_CENTRAL", tr("Potential production, central (t/yr)")),
                            ("POTENTIAL_T_HIGH", tr("Potential production, high (t/yr)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("PRODUCTION_VERDICT", tr("Verdict against the potential production")))
        self.addOutput(QgsProcessingOutputString("PRODUCTION_VERDICT_CODE",
                                                 tr("Production verdict code (above/within/below)")))

    def run_algorithm(self, parameters, context, feedback):
        kind = self.KIND_KEYS[self.parameterAsEnum(parameters, self.CLAIM_KIND, context)]
        tonnes = self.parameterAsDouble(parameters, self.TONNES, context)
        year, hectares = None, None
        if claims.KINDS[kind][0] is None:
            if parameters.get(self.AREA) in (None, ""):
                raise QgsProcessingException(tr("Give the claimed area (AREA) for this claim kind."))
            unit = self.UNIT_KEYS[self.parameterAsEnum(parameters, self.AREA_UNIT, context)]
            hectares = claims.to_hectares(self.parameterAsDouble(parameters, self.AREA, context), unit)
        else:
            if parameters.get(self.YEAR) in (None, ""):
                raise QgsProcessingException(tr("Give the year (YEAR) of the published coca area."))
            year = self.parameterAsInt(parameters, self.YEAR, context)
        check = claims.check_kind(kind, tonnes, hectares=hectares, year=year)
        if check.area_source:
            feedback.pushInfo(check.area_source)
        feedback.pushInfo(tr("{ha:,.0f} ha and {t:,.1f} t imply {kg:.1f} kg/ha: {verdict}.")
                          .format(ha=check.hectares, t=check.claimed_tonnes, kg=check.implied_kg_per_ha,
                                  verdict=check.verdict))
        if check.fixed_factor is not None:
            feedback.pushWarning(check.fixed_factor_text)
        results = {"HECTARES": check.hectares, "AREA_SOURCE": check.area_source,
                   "IMPLIED_KG_PER_HA": check.implied_kg_per_ha,
                   "MIN_KG_PER_HA": check.min_kg_per_ha, "MAX_KG_PER_HA": check.max_kg_per_ha,
                   "VERDICT": check.verdict, "VERDICT_CODE": check.verdict_code,
                   "FIXED_FACTOR": check.fixed_factor_text,
                   "POTENTIAL_T_LOW": None, "POTENTIAL_T_CENTRAL": None, "POTENTIAL_T_HIGH": None,
                   "PRODUCTION_VERDICT": "", "PRODUCTION_VERDICT_CODE": ""}
        if check.production is not None:
            estimate = check.production.estimate
            feedback.pushInfo(tr("{t:,.1f} t/yr is {verdict} of {ha:,.0f} ha: {low:,.1f}–{high:,.1f} t/yr "
                                 "(central {central:,.1f}) with {label}.").format(
                t=check.claimed_tonnes, verdict=check.production.verdict, ha=check.hectares,
                low=estimate.hcl_t[0], high=estimate.hcl_t[2], central=estimate.hcl_t[1], label=estimate.label))
            for line in estimate.range_basis:
                feedback.pushInfo(line)
            results.update({"POTENTIAL_T_LOW": estimate.hcl_t[0], "POTENTIAL_T_CENTRAL": estimate.hcl_t[1],
                            "POTENTIAL_T_HIGH": estimate.hcl_t[2], "PRODUCTION_VERDICT": check.production.verdict,
                            "PRODUCTION_VERDICT_CODE": check.production.verdict_code})
        fields = schemas.claim_comparisons().fields()
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, Qgis.WkbType.NoGeometry)
        if sink is not None:
            self.write_features(sink, sink_id, (table_feature(fields, [
                c.ratio.estimator, c.ratio.year, c.ratio.kg_hcl_per_ha, c.tonnes_at_ratio, c.claim_over_reference,
                c.ratio.basis, c.ratio.source]) for c in check.comparisons), feedback)
            results[self.OUTPUT] = sink_id
        return results
