"""Binary logistic regression by seeded stochastic gradient descent, shared by the
training scripts (the triage sentence model and the company name model).

Standard library only and deterministic: the same examples and settings give the
same weights byte for byte, which the ``--check`` modes and their tests rely on.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence


def fit(examples: Sequence[tuple[Iterable[str], int]], *, epochs: int, rate: float,
        l2: float, seed: int, min_count: int) -> tuple[float, dict[str, float]]:
    """Bias and weights; classes balanced, a feature seen fewer than ``min_count``
    times dropped, the L2 penalty applied once an epoch."""
    examples = [(tuple(features), label) for features, label in examples]
    counts = Counter(feature for features, _ in examples for feature in features)
    data = [(tuple(f for f in features if counts[f] >= min_count), label)
            for features, label in examples]
    positives = sum(label for _, label in data)
    boost = (len(data) - positives) / max(1, positives)
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(data)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        for index in order:
            features, label = data[index]
            score = max(-30.0, min(30.0, bias + sum(weights.get(f, 0.0) for f in features)))
            error = (1 / (1 + math.exp(-score)) - label) * (boost if label else 1.0)
            bias -= step * error
            for feature in features:
                weights[feature] = weights.get(feature, 0.0) - step * error
        shrink = max(0.0, 1 - step * l2 * len(data))
        weights = {feature: weight * shrink for feature, weight in weights.items()}
    return bias, weights


def rounded(weights: dict[str, float], digits: int) -> dict[str, float]:
    """Weights to ``digits`` places, sorted, without those that round to nothing."""
    return {f: round(w, digits) for f, w in sorted(weights.items())
            if abs(round(w, digits)) >= 10 ** -digits * 5}
