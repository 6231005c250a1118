"""Classify: label each unit, then aggregate units into the document's verdict and rubric coverage."""

from .document import aggregate, dimensions_covered
from .unit import label_units

__all__ = ["aggregate", "dimensions_covered", "label_units"]
