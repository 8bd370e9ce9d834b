"""teamaudit: audit a healthcare-AI team against the three-layer model."""

__version__ = "0.1.0"
