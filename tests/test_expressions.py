"""Expression functions: registered once, evaluate like the engine, removed on unregister."""

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsProject

from vraem_analyst.plugin import expressions
from vraem_analyst.plugin.core import yields


def evaluate(text):
    expression = QgsExpression(text)
    value = expression.evaluate(QgsExpressionContext())
    return value, expression.evalErrorString()


def test_register_is_idempotent_and_unregister_removes(qgis_app):
    expressions.register()
    expressions.register()
    for name in expressions.function_names():
        assert QgsExpression.isFunctionName(name)
    assert len(expressions._REGISTERED) == 3
    expressions.unregister()
    for name in expressions.function_names():
        assert not QgsExpression.isFunctionName(name)


def test_functions_agree_with_the_engine(qgis_app):
    expressions.register()
    try:
        sets = yields.parameter_sets(project=QgsProject())
        value, error = evaluate("vraem_leaf_tonnes(20304, 'vraem', 'high')")
        assert not error and value == pytest.approx(73_643, rel=1e-3)
        value, _ = evaluate("vraem_cocaine_tonnes(40300, 'national', 'central')")
        assert value == pytest.approx(yields.potential_yield(40_300, sets["national"]).hcl_t[1])
        value, _ = evaluate("vraem_leaf_tonnes(10)")  # defaults: vraem, central
        assert value == pytest.approx(10 * sets["vraem"].leaf_central / 1000)
        value, _ = evaluate("vraem_implied_kg_per_ha(25899.88, 300)")
        assert value == pytest.approx(11.58, abs=0.01)
        value, error = evaluate("vraem_leaf_tonnes(10, 'atlantis')")
        assert value is None and "atlantis" in error
        value, error = evaluate("vraem_leaf_tonnes(10, 'vraem', 'huge')")
        assert value is None and error
        assert evaluate("vraem_leaf_tonnes(NULL)")[0] is None
    finally:
        expressions.unregister()
