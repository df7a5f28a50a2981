"""Performance budgets of PRODUCT.md, measured against references in the same run."""
