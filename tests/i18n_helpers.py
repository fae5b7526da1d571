"""The project's translation tool (tools/i18n.py) for tests, and the compiled .qm they need."""

import pytest
from tool_helpers import load_tool

i18n_tool = load_tool("i18n.py", "vraem_i18n_tool")


def compile_translation(language):
    """Make sure i18n/vraem_analyst_<language>.qm is compiled from its .ts, as at package time
    (the .qm is a git-ignored build product); skip when lrelease is not installed."""
    if i18n_tool.find_lrelease() is None:
        pytest.skip("lrelease not installed (make setup installs qttools5-dev-tools)")
    ts = i18n_tool.ts_path(language)
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        i18n_tool.compile_ts(languages=[language])
