"""chungtay: directive texts and slogans in, a bilingual awareness site and posters out."""

__version__ = "0.1.0"
