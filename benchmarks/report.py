"""Judge the figures against the issue's targets and print them as a table."""

from __future__ import annotations

from typing import Any

PIPELINE_STAGES = ("ingest", "clean", "parse", "extract", "frames", "resolve", "validate",
                   "validate_schemas", "export", "export_pool2")  # fmt: skip
BASELINE_STAGES = ("baseline_frames", "baseline_validate", "baseline_export")
E2E = ("check_cli", "export_cli")
#: Stages that try what the pipeline does not do (yet); never judged against a target.
WHAT_IF = ("export_pool2",)
#: The stages the pipeline runs for ``pipeline validate`` (in process, imports excluded).
CHECK_PATH = ("extract", "frames", "resolve", "validate")
#: The targets as issue 9 set them once the workbooks moved to openpyxl (they were 45 s and
#: 1.5 for the hand-made writer): N=1000 export < 90 s, real export <= 3x the bare import.
LIMIT_CHECK_S, LIMIT_EXPORT_S, LIMIT_MEMORY_MB = 15.0, 90.0, 2048.0
LIMIT_STARTUP, MIN_EXPORT_RATIO, MIN_VALIDATE_RATIO, LINEAR_SLACK = 3.0, 3.0, 2.0, 1.1


def ratios(size: dict[str, Any]) -> dict[str, float | None]:
    """Return baseline time over pipeline time for export and validation (higher is better)."""
    stages = size["stages"]

    def ratio(base: str, ours: str) -> float | None:
        a, b = stages.get(base), stages.get(ours)
        return round(float(a["seconds"]) / b["seconds"], 2) if a and b and b["seconds"] else None

    return {
        "export": ratio("baseline_export", "export"),
        "validate_schemas": ratio("baseline_validate", "validate_schemas"),
        "validate_full": ratio("baseline_validate", "validate"),
    }


def in_process(size: dict[str, Any], names: tuple[str, ...]) -> float | None:
    """Return the summed seconds of stages ``names`` (None if one is missing)."""
    stages = size["stages"]
    if any(n not in stages for n in names):
        return None
    return round(sum(float(stages[n]["seconds"]) for n in names), 4)


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Return each target with the measured value, the limit and PASS/MISS/n/a."""
    sizes = result["sizes"]
    big = sizes.get("1000")
    start = result.get("startup", {})
    found: list[dict[str, Any]] = []

    def add(name: str, value: float | bool | str | None, limit: str, ok: bool | None) -> None:
        verdict = "n/a" if ok is None else ("PASS" if ok else "MISS")
        found.append({"target": name, "value": value, "limit": limit, "verdict": verdict})

    imported = start.get("help_imports", {})
    heavy = [lib for lib in ("polars", "pandera", "openpyxl") if imported.get(lib)]
    add("help imports no polars/pandera/openpyxl", ",".join(heavy) or "none", "none",
        not heavy if imported else None)  # fmt: skip
    ratio = start.get("real_export_vs_import")
    add("real export / bare import", ratio, f"<= {LIMIT_STARTUP}",
        None if ratio is None else ratio <= LIMIT_STARTUP)  # fmt: skip
    check = _seconds(big, "check_cli")
    add("N=1000 pipeline validate (s)", check, f"< {LIMIT_CHECK_S:g}",
        None if check is None else check < LIMIT_CHECK_S)  # fmt: skip
    export = _seconds(big, "export_cli")
    add("N=1000 pipeline export (s)", export, f"< {LIMIT_EXPORT_S:g}",
        None if export is None else export < LIMIT_EXPORT_S)  # fmt: skip
    peak = _peak(big)
    add("N=1000 peak memory (MB)", peak, f"< {LIMIT_MEMORY_MB:g}",
        None if peak is None else peak < LIMIT_MEMORY_MB)  # fmt: skip
    growth = _growth(sizes)
    add("time per row 1000 / 100", growth, f"<= {LINEAR_SLACK}",
        None if growth is None else growth <= LINEAR_SLACK)  # fmt: skip
    r = ratios(big) if big else {}
    judged = (("export", "export", MIN_EXPORT_RATIO),
              ("validate_schemas", "validation", MIN_VALIDATE_RATIO))  # fmt: skip
    for key, label, minimum in judged:
        value = r.get(key)
        add(f"N=1000 baseline / pipeline, {label}", value, f">= {minimum:g}",
            None if value is None else value >= minimum)  # fmt: skip
    shown = result.get("progress", {})
    for key, label in (("quiet_when_piped", "progress quiet when piped"),
                       ("bar_on_terminal", "progress bar on a terminal")):  # fmt: skip
        add(label, shown.get(key), "yes", shown.get(key))
    return found


def _seconds(size: dict[str, Any] | None, name: str) -> float | None:
    figure = (size or {}).get("stages", {}).get(name)
    return None if figure is None else float(figure["seconds"])


def _peak(size: dict[str, Any] | None) -> float | None:
    if size is None:
        return None
    ours = [
        f["peak_mb"]
        for n, f in size["stages"].items()
        if n not in WHAT_IF and not n.startswith("baseline")
    ]
    return float(max(ours)) if ours else None


def _growth(sizes: dict[str, Any]) -> float | None:
    """Return the in-process seconds per assignment row at 1000 over that at 100."""
    names = (*CHECK_PATH, "export")
    small, big = sizes.get("100"), sizes.get("1000")
    if small is None or big is None:
        return None
    a, b = in_process(small, names), in_process(big, names)
    if a is None or b is None:
        return None
    per_small = a / int(small["counts"]["assignments"])
    per_big = b / int(big["counts"]["assignments"])
    return round(per_big / per_small, 3)


def table(result: dict[str, Any]) -> str:
    """Return the figures and the targets as a plain-text table."""
    lines: list[str] = []
    for n, size in result["sizes"].items():
        c = size["counts"]
        lines.append(
            f"N={n}: {c['documents']} plans, {c['tasks']} tasks, {c['mentions']} mentions, "
            f"{c['assignments']} assignment rows"
        )
        lines.append(f"  {'stage':<18}{'seconds':>9}{'rows/s':>11}{'peak MB':>9}  rows")
        for name in (*PIPELINE_STAGES, *E2E, *BASELINE_STAGES):
            f = size["stages"].get(name)
            if f is not None:
                rate = f"{f['rows_per_s']:,}" if f.get("rows_per_s") else "-"
                lines.append(
                    f"  {name:<18}{f['seconds']:>9.3f}{rate:>11}{f['peak_mb']:>9.0f}"
                    f"  {f['rows']:,} {f['row_kind']}"
                )
        lines += [
            f"  error: {e.splitlines()[-1] if e.strip() else e}" for e in size.get("errors", [])
        ]
        r = size.get("ratios", {})
        lines.append(
            "  baseline/pipeline: "
            + ", ".join(f"{k} {v if v is not None else '-'}x" for k, v in r.items())
        )
        lines.append("")
    s = result.get("startup")
    if s:
        real = s["real_export_seconds"]
        lines.append(
            f"start-up: pipeline --help {s['help_seconds']:.3f} s; "
            f"bare import {s['import_seconds']:.3f} s; real export "
            + ("-" if real is None else f"{real:.3f} s ({s['real_export_vs_import']}x import)")
        )
        lines.append("")
    shown = result.get("progress")
    if shown and shown.get("bar_on_terminal"):
        lines.append(
            f"progress: bar last updated {shown['bar_last_update_s']} s into a "
            f"{shown['run_seconds']} s export; silent for the last {shown['silent_after_bar_s']} s"
        )
        lines.append("")
    lines.append(f"  {'target':<42}{'value':>12}  {'limit':<10}verdict")
    for t in result["targets"]:
        value = "-" if t["value"] is None else str(t["value"])
        lines.append(f"  {t['target']:<42}{value:>12}  {t['limit']:<10}{t['verdict']}")
    return "\n".join(lines) + "\n"
