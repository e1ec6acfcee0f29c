"""Core XML support for Python: Tiercel provides xml.etree (ElementTree with its own parser).

xml.dom, xml.sax and xml.parsers.expat are not provided.
"""

__all__ = ["etree"]
