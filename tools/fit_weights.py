#!/usr/bin/env python3
"""Fits the scorer's weights on the tune split of the labelled posts and drafts.

    python3 tools/fit_weights.py            # prints the fit and the tune figures
    python3 tools/fit_weights.py --write    # also rewrites src/score/weights.rs

Standard library only. The features come from the scorer itself (`second-thought features`,
built with cargo, honouring CARGO_TARGET_DIR), so Rust and this script can never disagree on what
a feature is.

Model: ordinal logistic regression (blind < thin < thoughtful) on a latent score z = w·x with two
cut points θ1 < θ2, ridge-penalised, the penalty chosen by 5-fold cross-validation on the tune
split (held-out likelihood). A weight is written as points: θ1 becomes 40 and θ2 60, so one latent
unit is 20 / (θ2 − θ1) points and the fitted cut points are the raw scale's 40 and 60. Each weight
keeps the sign its rule promises (a problem never adds points, a sign of thought never takes them
away) and moves the total by at least MIN_POINTS when its rule is listed as a reason; a weight
that would not is held at that floor and the rest refitted.

The chip promises shares as well: blind below 40, thoughtful from 60. The likelihood's cut points
do not keep them (thin sits between and overlaps both), so the raw totals that do keep them on the
tune posts are written as RAW_40 and RAW_60, and the scorer maps them to 40 and 60 (`calibrate` in
combine.rs): linearly between them, one point per point outside, so the scale keeps the fit's
gentle slope instead of being stretched until everything is 0 or 100. When the two overlap too
much to keep both, they meet halfway with a band of MIN_BAND raw points.

Training rows: every tune-split real post (tests/corpus/posts.jsonl), once as written and, when
it has context, once more with it (the page often knows none); and the tune split of the
hand-written drafts (tests/corpus/drafts.jsonl), so the fit does not forget them. The held-out
rows are never read here.
"""
import json
import math
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEVELS = {"blind": 0, "thin": 1, "thoughtful": 2}
# Ridge penalties tried by cross-validation (on the latent scale, per unit of weight squared).
RIDGES = (0.1, 0.3, 1.0, 3.0)
FOLDS = 5
# Signs each weight must keep: +1 a sign of thought, -1 a problem, 0 free.
SIGNS = {
    "bias": 0, "length": 1, "length_other": 1, "sentences": 1, "link": -1, "exclaim": -1,
    "only_link": -1, "emoji_only": -1, "pasted": -1, "caption": -1, "report": -1, "statement": -1, "copied": -1, "filler": -1,
    "marketing": -1, "hashtag_pile": -1, "shouting": -1, "too_short": -1, "empty": -1,
    "reason": 1, "view": 1, "stance": 1, "first_person": 1, "witness": 1, "second_person": 1, "question": 1, "detail": 1,
    "contrast": 1, "negation": 1,
}
# A reason the chip shows must move the score: a rule's weight fitted smaller than this many raw
# points (or of the wrong sign) is held here. The terms of the `length` signal are no reasons.
MIN_POINTS = 1.5
NOT_REASONS = ("bias", "length", "length_other", "sentences", "link", "exclaim")
# The shares the chip promises, on the tune posts: a little stricter than the targets (90% and
# 80%), so that they hold on posts the fit has not seen.
BLIND_BELOW_40 = 0.93
THOUGHTFUL_FROM_60 = 0.82
# The narrowest the thin band may get, in raw points (the fit's own band is 20).
MIN_BAND = 5.0


def load(name):
    with open(os.path.join(ROOT, "tests", "corpus", name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def features(drafts):
    """Runs `second-thought features` over `drafts` ({text, context?}); one dict per draft."""
    lines = "".join(json.dumps({"id": i, **d}) + "\n" for i, d in enumerate(drafts))
    run = subprocess.run(
        ["cargo", "run", "--release", "--quiet", "--bin", "second-thought", "--", "features"],
        cwd=ROOT, input=lines, capture_output=True, text=True, check=True)
    return [json.loads(line)["features"] for line in run.stdout.splitlines()]


def rows():
    """(draft, level, real, item id) of the tune split, each post once without and once with
    context; `real` marks the real posts, on which the shares are kept."""
    out = []
    for name, real in (("posts.jsonl", True), ("drafts.jsonl", False)):
        for r in load(name):
            if r["split"] != "tune":
                continue
            key = (name, r["id"])
            out.append(({"text": r["text"]}, LEVELS[r["label"]], real, key))
            if r.get("context"):
                out.append(({"text": r["text"], "context": r["context"]}, LEVELS[r["label"]], real, key))
    return out


def sigmoid(a):
    return 1.0 / (1.0 + math.exp(-a)) if a > -35 else 1e-15


def solve(h, g):
    """x with h·x = g, by Gaussian elimination with partial pivoting."""
    n = len(g)
    m = [row[:] + [g[i]] for i, row in enumerate(h)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def loss_derivatives(a1, a2, y):
    """Negative log-likelihood of level y with cut predictors a1 = θ1 − z, a2 = θ2 − z: the value,
    its gradient in (a1, a2) and its Hessian (l11, l12, l22)."""
    f1, f2 = sigmoid(a1), sigmoid(a2)
    d1, d2 = f1 * (1 - f1), f2 * (1 - f2)
    if y == 0:
        return -math.log(max(f1, 1e-15)), (-(1 - f1), 0.0), (d1, 0.0, 0.0)
    if y == 2:
        return -math.log(max(1 - f2, 1e-15)), (0.0, f2), (0.0, 0.0, d2)
    span = max(f2 - f1, 1e-12)
    e1, e2 = d1 * (1 - 2 * f1), d2 * (1 - 2 * f2)
    return (-math.log(span), (d1 / span, -d2 / span),
            ((e1 * span + d1 * d1) / span ** 2, -d1 * d2 / span ** 2, (-e2 * span + d2 * d2) / span ** 2))


def fit(xs, ys, free, held, ridge):
    """Newton's method on the ridge-penalised ordinal likelihood over the `free` feature columns,
    the `held` ones ({column: weight}) fixed; returns (w over all columns, θ1, θ2). Rows are
    sparse (a handful of signs each), so only their nonzero columns are visited."""
    p = len(free)
    beta = [0.0] * p + [-1.0, 1.0]
    offsets = [sum(w * x[j] for j, w in held.items()) for x in xs]
    sparse = [[(i, x[j]) for i, j in enumerate(free) if x[j]] for x in xs]
    for _ in range(100):
        g = [0.0] * (p + 2)
        h = [[0.0] * (p + 2) for _ in range(p + 2)]
        for xf, y, off in zip(sparse, ys, offsets):
            z = off + sum(beta[i] * v for i, v in xf)
            _, (l1, l2), (l11, l12, l22) = loss_derivatives(beta[p] - z, beta[p + 1] - z, y)
            # a1 = θ1 − z and a2 = θ2 − z: d/dw = −x for both, d/dθk = 1 for its own.
            gw, hww, hw1, hw2 = -(l1 + l2), l11 + 2 * l12 + l22, -(l11 + l12), -(l12 + l22)
            for i, v in xf:
                g[i] += gw * v
                row = h[i]
                for k, u in xf:
                    if k >= i:
                        row[k] += hww * v * u
                row[p] += hw1 * v
                row[p + 1] += hw2 * v
            g[p] += l1
            g[p + 1] += l2
            h[p][p] += l11
            h[p][p + 1] += l12
            h[p + 1][p + 1] += l22
        for i in range(p):
            g[i] += 2 * ridge * beta[i]
            h[i][i] += 2 * ridge
        for i in range(p + 2):
            for k in range(i):
                h[i][k] = h[k][i]
        step = solve(h, g)
        # Damped: a rare feature far from its optimum must not throw the rest off.
        big = max(abs(s) for s in step)
        if big > 5:
            step = [s * 5 / big for s in step]
        beta = [b - s for b, s in zip(beta, step)]
        if big < 1e-8:
            break
    w = [0.0] * len(xs[0])
    for j, b in zip(free, beta[:p]):
        w[j] = b
    for j, b in held.items():
        w[j] = b
    return w, beta[p], beta[p + 1]


def fit_with_signs(xs, ys, names, ridge):
    """Refits, each time holding the worst weight that breaks its sign or falls short of
    MIN_POINTS at the smallest allowed value, until every weight keeps its promise. Points per
    latent unit depend on the fit itself, so the floor is re-read from the last fit."""
    free = [j for j, n in enumerate(names) if n != "bias"]
    held = {}
    while True:
        w, t1, t2 = fit(xs, ys, free, held, ridge)
        def floor(j):
            return 0.0 if names[j] in NOT_REASONS else MIN_POINTS * (t2 - t1) / 20.0
        short = [(w[j] * SIGNS[names[j]] - floor(j), j) for j in free
                 if SIGNS[names[j]] and w[j] * SIGNS[names[j]] < floor(j)]
        if not short:
            return w, t1, t2
        j = min(short)[1]
        free.remove(j)
        held[j] = SIGNS[names[j]] * floor(j)


def log_likelihood(w, t1, t2, xs, ys):
    total = 0.0
    for x, y in zip(xs, ys):
        z = sum(a * b for a, b in zip(w, x))
        total -= loss_derivatives(t1 - z, t2 - z, y)[0]
    return total


def choose_ridge(xs, ys, keys, names):
    """The penalty with the best held-out likelihood over FOLDS folds of the tune items (both
    rows of a post in the same fold)."""
    items = sorted(set(keys))
    random.Random(17).shuffle(items)
    fold = {k: i % FOLDS for i, k in enumerate(items)}
    scores = {}
    for ridge in RIDGES:
        ll = 0.0
        for f in range(FOLDS):
            train = [i for i, k in enumerate(keys) if fold[k] != f]
            test = [i for i, k in enumerate(keys) if fold[k] == f]
            w, t1, t2 = fit_with_signs([xs[i] for i in train], [ys[i] for i in train], names, ridge)
            ll += log_likelihood(w, t1, t2, [xs[i] for i in test], [ys[i] for i in test])
        scores[ridge] = ll
        print(f"  ridge {ridge:<4} cross-validated log-likelihood {ll:9.1f}")
    return max(scores, key=scores.get)


def share_cuts(raw, ys, real):
    """RAW_40 and RAW_60: the raw totals below which BLIND_BELOW_40 of the blind tune posts fall,
    and from which THOUGHTFUL_FROM_60 of the thoughtful ones score (halfway between neighbours,
    so that rounding keeps the share). When they cross or come closer than MIN_BAND, they meet
    halfway, MIN_BAND apart."""
    blind = sorted(v for v, y, r in zip(raw, ys, real) if r and y == 0)
    thoughtful = sorted(v for v, y, r in zip(raw, ys, real) if r and y == 2)
    k = min(len(blind) - 1, math.ceil(BLIND_BELOW_40 * len(blind)))
    low = (blind[k - 1] + blind[k]) / 2
    k = max(1, math.floor((1 - THOUGHTFUL_FROM_60) * len(thoughtful)))
    high = (thoughtful[k - 1] + thoughtful[k]) / 2
    if high - low < MIN_BAND:
        mid = (low + high) / 2
        low, high = mid - MIN_BAND / 2, mid + MIN_BAND / 2
    return low, high


def calibrate(raw, low, high):
    """As `calibrate` in src/score/combine.rs."""
    if raw < low:
        return 40 - (low - raw)
    if raw < high:
        return 40 + 20 * (raw - low) / (high - low)
    return 60 + (raw - high)


def auc(pos, neg):
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / max(1, len(pos) * len(neg))


def main():
    data = rows()
    feats = features([d for d, _, _, _ in data])
    names = list(feats[0])
    xs = [[f[n] for n in names] for f in feats]
    ys = [y for _, y, _, _ in data]
    real = [r for _, _, r, _ in data]
    keys = [k for _, _, _, k in data]

    ridge = choose_ridge(xs, ys, keys, names)
    w, t1, t2 = fit_with_signs(xs, ys, names, ridge)
    scale = 20.0 / (t2 - t1)
    points = {n: scale * w[j] for j, n in enumerate(names)}
    points["bias"] = 40.0 - scale * t1
    raw = [sum(points[n] * v for n, v in zip(names, x)) for x in xs]
    low, high = share_cuts(raw, ys, real)
    print(f"ridge {ridge}; one latent unit = {scale:.2f} points; RAW_40 {low:.2f}, RAW_60 {high:.2f}")
    if "--write" in sys.argv:
        write(names, points, low, high)
    scores = [max(0, min(100, round(calibrate(v, low, high)))) for v in raw]
    for label, keep in (("real posts", True), ("drafts", False)):
        by = {k: [s for s, y, r in zip(scores, ys, real) if y == k and r == keep] for k in range(3)}
        exact = sum(len([s for s in by[k] if (s >= 40) + (s >= 60) == k]) for k in range(3))
        print(f"tune {label}: rows {sum(map(len, by.values()))} (blind {len(by[0])}, thin {len(by[1])}, "
              f"thoughtful {len(by[2])}) auc(thoughtful vs blind) {auc(by[2], by[0]):.3f} "
              f"auc(vs blind+thin) {auc(by[2], by[0] + by[1]):.3f} blind<40 {sum(s < 40 for s in by[0]) / len(by[0]):.1%} "
              f"thoughtful>=60 {sum(s >= 60 for s in by[2]) / len(by[2]):.1%} "
              f"exact level {exact / sum(map(len, by.values())):.1%}")
    for n in names:
        print(f"  {n:14} {points[n]:8.2f}")


def write(names, points, low, high):
    lines = [
        "//! The score's weights, fitted on the tune split of tests/corpus (real posts and drafts) by",
        "//! `python3 tools/fit_weights.py --write`; do not edit by hand, refit. Each is the raw points",
        "//! one unit of its feature adds (see `rules` and `combine`); `RAW_40` and `RAW_60` are the raw",
        "//! totals `combine::calibrate` makes 40 and 60.",
    ]
    for n in names:
        lines.append(f"pub const {n.upper()}: f32 = {points[n]:.2f};")
    lines.append(f"pub const RAW_40: f32 = {low:.2f};")
    lines.append(f"pub const RAW_60: f32 = {high:.2f};")
    with open(os.path.join(ROOT, "src", "score", "weights.rs"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
