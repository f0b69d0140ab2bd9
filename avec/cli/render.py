"""Human-readable rendering of a `Report` (rich): the output line with the span highlighted."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from avec.verify.finding import Finding, Report, Severity

_LABEL = {Severity.ERROR: "ERREUR", Severity.WARNING: "ALERTE", Severity.INFO: "INFO"}
_STYLE = {
    Severity.ERROR: "bold white on red",
    Severity.WARNING: "bold black on yellow",
    Severity.INFO: "bold white on blue",
}
_SPAN_STYLE = {
    Severity.ERROR: "bold red underline",
    Severity.WARNING: "bold yellow underline",
    Severity.INFO: "bold blue underline",
}


def _line_of(text: str, start: int, end: int) -> tuple[int, int, int]:
    """(line number from 1, line start, line end) around a span."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text.count("\n", 0, start) + 1, line_start, len(text) if line_end == -1 else line_end


def render_finding(f: Finding, report: Report) -> Text:
    out = Text()
    out.append(f" {_LABEL[f.severity]} ", style=_STYLE[f.severity])
    out.append(f" {f.check} · {f.category}\n", style="bold")
    if f.output_span is not None:
        n, a, b = _line_of(report.output, f.output_span.start, f.output_span.end)
        line = Text(report.output[a:b])
        line.stylize(_SPAN_STYLE[f.severity], f.output_span.start - a, f.output_span.end - a)
        out.append(f"  texte produit, ligne {n} : ", style="dim")
        out.append_text(line)
        out.append("\n")
    out.append(f"  {f.message}\n")
    if f.evidence:
        out.append("  source : ", style="dim")
        out.append(f"{f.evidence}\n", style="italic")
    if f.suggestion:
        out.append("  → ", style="green")
        out.append(f"{f.suggestion}\n", style="green")
    return out


def render_report(report: Report, console: Console) -> None:
    if not report.findings:
        console.print(
            "[green]Aucune anomalie détectée.[/green] La relecture humaine reste obligatoire."
        )
        return
    for f in report.findings:
        console.print(render_finding(f, report))
    s = report.summary()["by_severity"]
    console.print(
        f"[bold]{len(report.findings)} constat(s)[/bold] : {s['error']} erreur(s), "
        f"{s['warning']} alerte(s), {s['info']} info(s). La relecture humaine reste obligatoire."
    )
