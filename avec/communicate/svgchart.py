"""Small static SVG charts for the governance report (HTML and PDF need no JavaScript)."""

from __future__ import annotations

from html import escape

PALETTE = ("#0b5cad", "#a4161a", "#7a4a00", "#1e6b33", "#6a3d9a", "#555d66", "#b15928", "#1f78b4")
W, H, LEFT, BOTTOM, TOP, RIGHT = 640, 280, 48, 52, 36, 12


def _ticks(top: float) -> list[float]:
    if top <= 0:
        return [0.0]
    step = 10 ** len(str(int(top))) / 10
    for factor in (1, 2, 5, 10):
        if top / (step * factor) <= 5:
            step *= factor
            break
    return [i * step for i in range(int(top // step) + 2)]


def _fmt(v: float) -> str:
    return f"{v:,.0f}".replace(",", " ") if v >= 10 or v == int(v) else f"{v:.2g}".replace(".", ",")


def chart(labels: list[str], series: dict[str, list[float | None]], title: str, *,
          kind: str = "bar", stacked: bool = False, unit: str = "") -> str:  # fmt: skip
    """An accessible SVG (role img, title, a text summary) of bars or lines over `labels`."""
    n = max(1, len(labels))
    values = [[v or 0.0 for v in s] for s in series.values()]
    if kind == "bar" and stacked:
        top = max((sum(col) for col in zip(*values, strict=True)), default=0.0) if values else 0.0
    else:
        top = max((v for s in values for v in s), default=0.0)
    ticks = _ticks(top)
    scale_top = ticks[-1] or 1.0
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def y(v: float) -> float:
        return TOP + plot_h * (1 - v / scale_top)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H + 20 * ((len(series) + 2) // 3)}" '
             f'role="img" aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>'
             f'<text x="{LEFT}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>']  # fmt: skip
    for t in ticks:
        parts.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#dde1e5"/>'
                     f'<text x="{LEFT - 6}" y="{y(t) + 4:.1f}" text-anchor="end" font-size="11">{_fmt(t)}</text>')  # fmt: skip
    slot = plot_w / n
    every = max(1, n // 12)
    for i, label in enumerate(labels):
        if i % every == 0:
            parts.append(f'<text x="{LEFT + slot * (i + 0.5):.1f}" y="{H - BOTTOM + 16}" text-anchor="middle" '
                         f'font-size="11">{escape(label)}</text>')  # fmt: skip
    names = list(series)
    if kind == "bar":
        width = slot * 0.7 / (1 if stacked else max(1, len(names)))
        base = [0.0] * n
        for k in range(len(names)):
            for i, v in enumerate(values[k]):
                x = LEFT + slot * i + slot * 0.15 + (0 if stacked else k * width)
                bottom = base[i] if stacked else 0.0
                parts.append(f'<rect x="{x:.1f}" y="{y(bottom + v):.1f}" width="{width:.1f}" '
                             f'height="{max(0.0, y(bottom) - y(bottom + v)):.1f}" fill="{PALETTE[k % 8]}"/>')  # fmt: skip
                if stacked:
                    base[i] += v
    else:
        for k, name in enumerate(names):
            points = [
                (LEFT + slot * (i + 0.5), y(v)) for i, v in enumerate(series[name]) if v is not None
            ]
            if points:
                path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
                parts.append(
                    f'<polyline points="{path}" fill="none" stroke="{PALETTE[k % 8]}" stroke-width="2"/>'
                )
    for k, name in enumerate(names):
        lx, ly = LEFT + (k % 3) * 200, H - 14 + 20 * (k // 3)
        parts.append(f'<rect x="{lx}" y="{ly - 9}" width="10" height="10" fill="{PALETTE[k % 8]}"/>'
                     f'<text x="{lx + 14}" y="{ly}" font-size="11">{escape(name)}{" (" + unit + ")" if unit else ""}</text>')  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)
