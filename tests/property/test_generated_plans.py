"""Properties of generated plans: parsed back exactly, located spans, no traceback on noise."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from pipeline import run
from pipeline.cli import main
from pipeline.parse import parser
from pipeline.read import clean, ingest
from pipeline.registry.lookup import load_registry
from tests.property.plans import ENCODINGS, NEWLINES, Plan, encode, noisy, plans

#: Exit codes the command line documents: valid, invalid data, usage error.
DOCUMENTED = {0, 1, 2}
#: The registry, loaded once: loading it is most of a small plan's validation time.
REGISTRY = functools.cache(load_registry)


def _write(folder: Path, data: bytes) -> Path:
    path = folder / "plan.txt"
    path.write_bytes(data)
    return path


@given(plans(), st.sampled_from(ENCODINGS), st.sampled_from(NEWLINES))
def test_a_valid_plan_parses_back_to_what_was_generated(
    plan: Plan, encoding: str, newline: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        raw = ingest.read(_write(Path(folder), encode(plan.text, encoding, newline)))
        doc = parser.parse(raw, clean.clean(raw))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(run, "load_registry", REGISTRY)
            report = run.check([Path(folder) / "plan.txt"])
    assert doc.title == plan.title
    assert [(t.no, t.title) for t in doc.tasks] == [(t.no, t.title) for t in plan.tasks]
    assert [tuple(m.text for m in t.lead) for t in doc.tasks] == [t.lead for t in plan.tasks]
    assert [tuple(m.text for m in t.responsible) for t in doc.tasks] == [
        t.responsible for t in plan.tasks
    ]
    for task, generated in zip(doc.tasks, plan.tasks, strict=True):
        span = raw.text[task.location.start : task.location.end]
        assert span.startswith(generated.label + generated.title), span
        for mention in task.mentions:
            assert raw.text[mention.location.start : mention.location.end] == mention.text
    assert report.valid, [f.message for f in report.errors]


@given(plans().flatmap(lambda p: noisy(p.text)), st.sampled_from(ENCODINGS), st.booleans())
def test_noise_never_ends_in_a_traceback_and_every_finding_is_located(
    text: str, encoding: str, bom_in_text: bool
) -> None:
    if bom_in_text:
        text = "\ufeff" + text
    data = text.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), data)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(run, "load_registry", REGISTRY)
            result = CliRunner().invoke(main, ["validate", str(path), "--format", "json"])
            report = run.check([path])
        assert result.exit_code in DOCUMENTED, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        if result.exit_code in (0, 1):
            for finding in report.findings:
                assert finding.path and finding.line is not None and finding.line >= 1, finding
                assert len(finding.message) <= 400 and len(finding.excerpt) <= 80


@given(plans(), st.text(min_size=0, max_size=120))
def test_any_sidecar_text_is_read_or_refused_with_a_located_error(plan: Plan, toml: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), plan.text.encode())
        (Path(folder) / "plan.toml").write_text("[document]\n" + toml, encoding="utf-8")
        (Path(folder) / "plan.corrections.toml").write_text(toml, encoding="utf-8")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(run, "load_registry", REGISTRY)
            result = CliRunner().invoke(main, ["validate", str(path)])
        assert result.exit_code in (0, 1), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
