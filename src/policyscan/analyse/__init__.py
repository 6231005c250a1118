"""Analyse: language pipelines, lexicons, matching and context (negation, modality, framing)."""
