# The xml.etree package: ElementTree (written for Tiercel; see ElementTree.py).
