"""The ElementTree XML API: elements, trees, an XML parser, serialization and ElementPath searches.

Written for Tiercel from the documented behaviour of CPython 3.13's xml.etree.ElementTree. The parser is
this module's own (there is no expat): it reads XML 1.0 documents with namespaces, the predefined and
character entities, CDATA, comments, processing instructions and a DOCTYPE (whose internal subset is
skipped, so entities declared there are undefined), and reports the common errors with expat's messages
and positions. ``XMLPullParser``, ``canonicalize``/``C14NWriterTarget`` and ``write_c14n`` are missing.
"""

import io
import re
import sys

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A document that is not well-formed; code and position=(line, column) as expat gives them."""


def iselement(element):
    return hasattr(element, 'tag')


# ---- elements ------------------------------------------------------------------------------------

class Element:
    """An XML element: tag, attrib dict, text, tail and a list of child elements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [copy.deepcopy(child, memo) for child in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        try:
            import warnings
            warnings.warn("Testing an element's truth value will always return True in future "
                          "versions.  Use specific 'len(elem)' or 'elem is not None' test instead.",
                          DeprecationWarning, stacklevel=2)
        except ImportError:
            pass
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError('append() argument 1 must be xml.etree.ElementTree.Element, not %s'
                            % type(subelement).__name__)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        if not isinstance(subelement, Element):
            raise TypeError('insert() argument 2 must be xml.etree.ElementTree.Element, not %s'
                            % type(subelement).__name__)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return _find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        elem = _find(self, path, namespaces)
        if elem is None:
            return default
        return elem.text or ""

    def findall(self, path, namespaces=None):
        return list(_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        # comments and processing instructions contribute their text too, as in CPython's C version
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name ({uri}local) usable as a tag or attribute value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


# ---- trees ---------------------------------------------------------------------------------------

class ElementTree:
    """A whole document: a root element, parsing from files and writing to them."""

    def __init__(self, element=None, file=None):
        if element is not None and not iselement(element):
            raise TypeError('expected an Element, not %s' % type(element).__name__)
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        if not iselement(element):
            raise TypeError('expected an Element, not %s' % type(element).__name__)
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            path = "." + path
            try:
                import warnings
                warnings.warn("This search is broken in 1.3 and earlier, and will be fixed in a future "
                              "version.  If you rely on the current behaviour, change it to %r" % path,
                              FutureWarning, stacklevel=3)
            except ImportError:
                pass
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        """Serializes the tree to a file name or a file object (text for 'unicode', else bytes)."""
        if not method:
            method = "xml"
        elif method not in _SERIALIZERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        text = _serialize_document(self._root, encoding, xml_declaration, default_namespace, method,
                                   short_empty_elements)
        if encoding.lower() == "unicode":
            _write_out(file_or_filename, text, None)
        else:
            _write_out(file_or_filename, text, encoding)

    def write_c14n(self, file):
        raise NotImplementedError("ElementTree.write_c14n is not available in Tiercel yet")


def _write_out(target, text, encoding):
    if encoding is None:
        if hasattr(target, 'write'):
            target.write(text)
        else:
            with open(target, 'w', encoding='utf-8') as f:
                f.write(text)
        return
    data = text.encode(encoding, 'xmlcharrefreplace')
    if hasattr(target, 'write'):
        try:
            target.write(data)
        except TypeError:
            target.write(data.decode(encoding))
    else:
        with open(target, 'wb') as f:
            f.write(data)


# ---- serialization -------------------------------------------------------------------------------

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Uses prefix for uri when serializing (replacing any earlier mapping of that prefix)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_cdata(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attrib(text):
    text = _escape_cdata(text)
    for raw, escaped in (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def _escape_attrib_html(text):
    text = text.replace("&", "&amp;").replace(">", "&gt;")
    return text.replace('"', "&quot;")


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


class _Namespaces:
    """The qualified names of a tree and the prefixes chosen for their namespaces."""

    def __init__(self, elem, default_namespace):
        self.qnames = {None: None}
        self.namespaces = {}
        if default_namespace:
            self.namespaces[default_namespace] = ""
        self.default_namespace = default_namespace
        for node in elem.iter():
            tag = node.tag
            if isinstance(tag, QName):
                if tag.text not in self.qnames:
                    self.add(tag.text)
            elif isinstance(tag, str):
                if tag not in self.qnames:
                    self.add(tag)
            elif tag is not None and tag is not Comment and tag is not PI:
                _raise_serialization_error(tag)
            for key, value in node.items():
                if isinstance(key, QName):
                    key = key.text
                if key not in self.qnames:
                    self.add(key)
                if isinstance(value, QName) and value.text not in self.qnames:
                    self.add(value.text)
            text = node.text
            if isinstance(text, QName) and text.text not in self.qnames:
                self.add(text.text)

    def add(self, qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = self.namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(self.namespaces)
                    if prefix != "xml":
                        self.namespaces[uri] = prefix
                if prefix:
                    self.qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    self.qnames[qname] = tag
            else:
                if self.default_namespace:
                    raise ValueError("cannot use non-qualified names with default_namespace option")
                self.qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)


def _serialize_document(root, encoding, xml_declaration, default_namespace, method, short_empty_elements):
    out = []
    if method == "xml" and (xml_declaration or (xml_declaration is None and encoding.lower() != "unicode"
                                                and encoding.lower() not in ("utf-8", "us-ascii"))):
        declared = encoding
        if encoding.lower() == "unicode":
            declared = "utf-8"
        out.append("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
    if method == "text":
        out.append("".join(root.itertext()))
    else:
        names = _Namespaces(root, default_namespace)
        _SERIALIZERS[method](out.append, root, names.qnames, names.namespaces, short_empty_elements)
    return "".join(out)


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_xml(write, child, qnames, None, short_empty_elements)
        else:
            _write_start_tag(write, elem, tag, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for child in elem:
                    _serialize_xml(write, child, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _write_start_tag(write, elem, tag, qnames, namespaces, escape_value):
    """``<tag xmlns...="..." key="value"...`` (without the closing ``>``), for both serializers."""
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
            if prefix:
                prefix = ":" + prefix
            write(' xmlns%s="%s"' % (prefix, _escape_attrib(uri)))
    for key, value in elem.items():
        if isinstance(key, QName):
            key = key.text
        value = qnames[value.text] if isinstance(value, QName) else escape_value(value)
        write(' %s="%s"' % (qnames[key], value))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex",
              "link", "meta", "param", "source", "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None, short_empty_elements)
        else:
            _write_start_tag(write, elem, tag, qnames, namespaces, _escape_attrib_html)
            write(">")
            ltag = tag.lower()
            if text:
                if ltag in ("script", "style"):
                    write(text)
                else:
                    write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None, short_empty_elements)
            if ltag not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


_SERIALIZERS = {"xml": _serialize_xml, "html": _serialize_html, "text": None}


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The serialized element: bytes (us-ascii by default), or str with encoding='unicode'."""
    if not method:
        method = "xml"
    elif method not in _SERIALIZERS:
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "us-ascii"
    if encoding.lower() != "unicode":
        "".encode(encoding)     # LookupError for an unknown encoding, before any work
    text = _serialize_document(element, encoding, xml_declaration, default_namespace, method,
                               short_empty_elements)
    if encoding.lower() == "unicode":
        return text
    return text.encode(encoding, 'xmlcharrefreplace')


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace, short_empty_elements=short_empty_elements)]


def dump(elem):
    """Writes an element or tree to sys.stdout, with a newline unless the text ends with one."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indents the tree in place with whitespace text and tails, `space` per level."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def indent_children(elem, level):
        child_indentation = indentations[level] + space if level + 1 >= len(indentations) else None
        if child_indentation is not None:
            indentations.append(child_indentation)
        child_indentation = indentations[level + 1]
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                indent_children(child, level + 1)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    indent_children(tree, 0)


# ---- parsing -------------------------------------------------------------------------------------

def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    """(event, element) pairs for 'start'/'end'/'start-ns'/'end-ns'/'comment'/'pi' after reading the
    whole source (not incrementally)."""
    events = ("end",) if events is None else tuple(events)
    for event in events:
        if event not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
            raise ValueError("unknown event %r" % event)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    try:
        data = source.read()
    finally:
        if close_source:
            source.close()
    builder = _EventBuilder(events)
    p = XMLParser(target=builder)
    p.feed(data)
    root = p.close()
    return _IterParseIterator(builder.events, root)


class _IterParseIterator:
    def __init__(self, events, root):
        self._events = iter(events)
        self.root = None
        self._root = root

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self._events)
        except StopIteration:
            self.root = self._root
            raise


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Receives parser events and builds the element tree."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class _EventBuilder(TreeBuilder):
    """A TreeBuilder that also records iterparse events."""

    def __init__(self, wanted):
        super().__init__()
        self.wanted = wanted
        self.events = []

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if "start" in self.wanted:
            self.events.append(("start", elem))
        return elem

    def end(self, tag):
        elem = super().end(tag)
        if "end" in self.wanted:
            self.events.append(("end", elem))
        return elem

    def start_ns(self, prefix, uri):
        if "start-ns" in self.wanted:
            self.events.append(("start-ns", (prefix or '', uri or '')))

    def end_ns(self, prefix):
        if "end-ns" in self.wanted:
            self.events.append(("end-ns", None))

    def comment(self, text):
        elem = super().comment(text)
        if "comment" in self.wanted:
            self.events.append(("comment", elem))
        return elem

    def pi(self, target, text=None):
        elem = super().pi(target, text)
        if "pi" in self.wanted:
            self.events.append(("pi", elem))
        return elem


_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_XML_NS = "http://www.w3.org/XML/1998/namespace"

# expat's error codes for the messages this parser reports
_ERRORS = {"syntax error": 2, "no element found": 3, "not well-formed (invalid token)": 4,
           "unclosed token": 5, "mismatched tag": 7, "duplicate attribute": 8,
           "junk after document element": 9, "undefined entity": 11, "unbound prefix": 27,
           "XML or text declaration not at start of entity": 17,
           "reference to invalid character number": 14}


class _Stop(Exception):
    def __init__(self, message, index):
        self.message = message
        self.index = index


def _is_name_start(c):
    return c.isalpha() or c in "_:" or ord(c) > 0x7f and c.isidentifier()


def _is_name_char(c):
    return c.isalnum() or c in "_:.-\u00b7" or ord(c) > 0x7f and ("a" + c).isidentifier()


class XMLParser:
    """Parses XML text fed in pieces and calls the target's start/end/data/comment/pi methods."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._encoding = encoding
        self._chunks = []
        self.version = "Tiercel XML parser 1.0"

    def feed(self, data):
        self._chunks.append(data)

    def flush(self):
        pass

    def close(self):
        data = self._chunks
        self._chunks = []
        if data and isinstance(data[0], bytes):
            raw = b"".join(data)
            try:
                text = _decode(raw, self._encoding)
            except UnicodeDecodeError as e:
                text = raw[:e.start].decode(e.encoding, "replace")
                raise self._error(text, _Stop("not well-formed (invalid token)", len(text))) from None
        else:
            text = "".join(data)
        try:
            _Reader(text, self.target).run()
        except _Stop as stop:
            raise self._error(text, stop) from None
        close = getattr(self.target, "close", None)
        return close() if close is not None else None

    @staticmethod
    def _error(text, stop):
        line = text.count("\n", 0, stop.index) + 1
        column = stop.index - (text.rfind("\n", 0, stop.index) + 1)
        err = ParseError("%s: line %d, column %d" % (stop.message, line, column))
        err.code = _ERRORS.get(stop.message, 2)
        err.position = line, column
        return err

    def _setevents(self, events_queue, events_to_report):
        raise NotImplementedError("XMLParser._setevents is not available in Tiercel")


def _decode(raw, encoding):
    if encoding is None:
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
            encoding = "utf-8"
        elif raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            encoding = "utf-16"
        else:
            head = raw[:200].decode("latin-1")
            match = re.match(r"<\?xml[^>]*encoding\s*=\s*['\"]([A-Za-z0-9._-]+)['\"]", head)
            encoding = match.group(1) if match else "utf-8"
    return raw.decode(encoding)


class _Reader:
    """One pass over a document's text: the well-formedness checks and the callbacks in order."""

    def __init__(self, text, target):
        self.text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
        self.target = target
        self.pos = 0
        self.stack = []            # (qualified name as written, expanded tag, new prefixes)
        self.scopes = [{"xml": _XML_NS}]
        self.root_done = False
        self.data = []

    def fail(self, message, index):
        raise _Stop(message, index)

    def run(self):
        text = self.text
        n = len(text)
        if text.startswith("<?xml") and (len(text) > 5 and text[5] in " \t\n?"):
            end = text.find("?>")
            if end < 0:
                self.fail("unclosed token", 0)
            self.pos = end + 2
        started = False
        while self.pos < n:
            c = text[self.pos]
            if c == "<":
                self.flush_data()
                self.markup()
                started = started or bool(self.stack) or self.root_done
            elif c == "&" and self.stack:
                self.reference()
            elif self.stack:
                self.char_data()
            else:
                self.outside_text()
        if self.stack or not self.root_done:
            self.fail("no element found", n)

    def outside_text(self):
        text = self.text
        start = self.pos
        while self.pos < len(text) and text[self.pos] in " \t\n":
            self.pos += 1
        if self.pos < len(text) and text[self.pos] != "<":
            if self.root_done:
                self.fail("junk after document element", self.pos)
            self.fail("syntax error", self.pos)

    def flush_data(self):
        if self.data:
            handler = getattr(self.target, "data", None)
            if handler is not None:
                handler("".join(self.data))
            self.data = []

    def char_data(self):
        text = self.text
        end = self.pos
        n = len(text)
        while end < n and text[end] not in "<&":
            end += 1
        chunk = text[self.pos:end]
        bad = chunk.find("]]>")
        if bad >= 0:
            self.fail("not well-formed (invalid token)", self.pos + bad + 2)
        self.data.append(chunk)
        self.pos = end

    def reference(self):
        value, self.pos = self.read_reference(self.pos)
        self.data.append(value)

    def read_reference(self, start):
        text = self.text
        end = text.find(";", start)
        if text.startswith("&#", start):
            hexadecimal = text.startswith("&#x", start)
            digits_start = start + (3 if hexadecimal else 2)
            i = digits_start
            allowed = "0123456789abcdefABCDEF" if hexadecimal else "0123456789"
            while i < len(text) and text[i] in allowed:
                i += 1
            if i >= len(text) or text[i] != ";" or i == digits_start:
                self.fail("not well-formed (invalid token)", i if i < len(text) else start)
            number = int(text[digits_start:i], 16 if hexadecimal else 10)
            if not _valid_char(number):
                self.fail("reference to invalid character number", start)
            return chr(number), i + 1
        i = start + 1
        if i >= len(text) or not _is_name_start(text[i]):
            self.fail("not well-formed (invalid token)", i)
        while i < len(text) and _is_name_char(text[i]):
            i += 1
        if i >= len(text) or text[i] != ";":
            self.fail("not well-formed (invalid token)", i)
        name = text[start + 1:i]
        if name not in _ENTITIES:
            self.fail("undefined entity", start)
        return _ENTITIES[name], end + 1

    def markup(self):
        text = self.text
        start = self.pos
        if text.startswith("<!--", start):
            self.comment(start)
        elif text.startswith("<![CDATA[", start):
            if not self.stack:
                self.fail("not well-formed (invalid token)", start)
            end = text.find("]]>", start + 9)
            if end < 0:
                self.fail("unclosed CDATA section" if False else "no element found", len(text))
            self.data.append(text[start + 9:end])
            self.pos = end + 3
        elif text.startswith("<!DOCTYPE", start):
            self.doctype(start)
        elif text.startswith("<?", start):
            self.processing_instruction(start)
        elif text.startswith("</", start):
            self.end_tag(start)
        else:
            self.start_tag(start)

    def comment(self, start):
        text = self.text
        end = text.find("--", start + 4)
        if end < 0:
            self.fail("unclosed token", start)
        if not text.startswith("-->", end):
            self.fail("not well-formed (invalid token)", end + 2)
        if self.root_done or self.stack or True:
            handler = getattr(self.target, "comment", None)
            if handler is not None:
                handler(text[start + 4:end])
        self.pos = end + 3

    def doctype(self, start):
        text = self.text
        i = start + 9
        depth = 0
        quote = None
        while i < len(text):
            c = text[i]
            if quote:
                if c == quote:
                    quote = None
            elif c in "'\"":
                quote = c
            elif c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            elif c == ">" and depth == 0:
                self.pos = i + 1
                return
            i += 1
        self.fail("unclosed token", start)

    def processing_instruction(self, start):
        text = self.text
        end = text.find("?>", start + 2)
        if end < 0:
            self.fail("unclosed token", start)
        body = text[start + 2:end]
        target = body.split(None, 1)[0] if body.strip() else ""
        if not target or not _is_name_start(target[0]):
            self.fail("not well-formed (invalid token)", start + 2)
        if target.lower() == "xml":
            self.fail("XML or text declaration not at start of entity", start)
        rest = body[len(target):].lstrip()
        handler = getattr(self.target, "pi", None)
        if handler is not None:
            handler(target, rest)
        self.pos = end + 2

    def read_name(self, i):
        text = self.text
        if i >= len(text):
            return None, i
        if not _is_name_start(text[i]):
            self.fail("not well-formed (invalid token)", i)
        j = i + 1
        while j < len(text) and _is_name_char(text[j]):
            j += 1
        return text[i:j], j

    def skip_space(self, i):
        text = self.text
        while i < len(text) and text[i] in " \t\n":
            i += 1
        return i

    def start_tag(self, start):
        text = self.text
        if self.root_done:
            self.fail("junk after document element", start)
        name, i = self.read_name(start + 1)
        if name is None:
            self.fail("unclosed token", start)
        attributes = []
        seen = set()
        while True:
            had_space = i < len(text) and text[i] in " \t\n"
            i = self.skip_space(i)
            if i >= len(text):
                self.fail("unclosed token", start)
            c = text[i]
            if c == ">" or text.startswith("/>", i):
                break
            if not had_space:
                self.fail("not well-formed (invalid token)", i)
            attr_start = i
            attr, i = self.read_name(i)
            if attr is None:
                self.fail("unclosed token", start)
            i = self.skip_space(i)
            if i >= len(text):
                self.fail("unclosed token", start)
            if text[i] != "=":
                self.fail("not well-formed (invalid token)", i)
            i = self.skip_space(i + 1)
            if i >= len(text):
                self.fail("unclosed token", start)
            quote = text[i]
            if quote not in "'\"":
                self.fail("not well-formed (invalid token)", i)
            value, i = self.attribute_value(i + 1, quote, start)
            if attr in seen:
                self.fail("duplicate attribute", attr_start)
            seen.add(attr)
            attributes.append((attr, value))
        empty = text[i] == "/"
        self.pos = i + (2 if empty else 1)
        self.open_element(name, attributes, start)
        if empty:
            self.close_element(start)

    def attribute_value(self, i, quote, tag_start):
        text = self.text
        parts = []
        while True:
            if i >= len(text):
                self.fail("unclosed token", tag_start)
            c = text[i]
            if c == quote:
                return "".join(parts), i + 1
            if c == "<":
                self.fail("not well-formed (invalid token)", i)
            if c == "&":
                value, i = self.read_reference(i)
                parts.append(value)
                continue
            parts.append(" " if c in "\t\n" else c)
            i += 1

    def open_element(self, name, attributes, start):
        scope = dict(self.scopes[-1])
        new_prefixes = []
        plain = []
        for attr, value in attributes:
            if attr == "xmlns":
                scope[None] = value or None
                new_prefixes.append((None, value))
            elif attr.startswith("xmlns:"):
                scope[attr[6:]] = value
                new_prefixes.append((attr[6:], value))
            else:
                plain.append((attr, value))
        self.scopes.append(scope)
        start_ns = getattr(self.target, "start_ns", None)
        if start_ns is not None:
            for prefix, uri in new_prefixes:
                start_ns(prefix or '', uri or '')
        tag = self.expand(name, scope, start, True)
        attrib = {}
        for attr, value in plain:
            attrib[self.expand(attr, scope, start, False)] = value
        self.stack.append((name, tag, new_prefixes))
        handler = getattr(self.target, "start", None)
        if handler is not None:
            handler(tag, attrib)

    def expand(self, name, scope, start, is_tag):
        if ":" in name:
            prefix, local = name.split(":", 1)
            uri = scope.get(prefix)
            if uri is None:
                self.fail("unbound prefix", start)
            return "{%s}%s" % (uri, local)
        if is_tag and scope.get(None):
            return "{%s}%s" % (scope[None], name)
        return name

    def end_tag(self, start):
        text = self.text
        if not self.stack:
            self.fail("not well-formed (invalid token)", start)
        name, i = self.read_name(start + 2)
        if name is None:
            self.fail("unclosed token", start)
        if name != self.stack[-1][0]:
            self.fail("mismatched tag", start + 2)
        i = self.skip_space(i)
        if i >= len(text):
            self.fail("unclosed token", start)
        if text[i] != ">":
            self.fail("not well-formed (invalid token)", i)
        self.pos = i + 1
        self.close_element(start)

    def close_element(self, start):
        self.flush_data()
        name, tag, new_prefixes = self.stack.pop()
        self.scopes.pop()
        handler = getattr(self.target, "end", None)
        if handler is not None:
            handler(tag)
        end_ns = getattr(self.target, "end_ns", None)
        if end_ns is not None:
            for prefix, uri in reversed(new_prefixes):
                end_ns(prefix or '')
        if not self.stack:
            self.root_done = True


def _valid_char(number):
    return (number in (0x9, 0xA, 0xD) or 0x20 <= number <= 0xD7FF or 0xE000 <= number <= 0xFFFD
            or 0x10000 <= number <= 0x10FFFF)


# ---- ElementPath ---------------------------------------------------------------------------------

_TOKEN = re.compile(r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
                    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _tokens(path, namespaces):
    default_namespace = namespaces.get('') if namespaces else None
    parsing_attribute = False
    for match in _TOKEN.finditer(path):
        op, tag = match.group(1), match.group(2)
        if op is None and tag is None:
            continue
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, local = tag.split(":", 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield "", "{%s}%s" % (namespaces[prefix], local)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
            elif default_namespace and not parsing_attribute:
                yield "", "{%s}%s" % (default_namespace, tag)
            else:
                yield "", tag
            parsing_attribute = False
        else:
            yield op or "", tag or ""
            parsing_attribute = op == "@"


def _tag_matcher(tag):
    """A test on element tags for a path's tag, with {*} (any namespace) and {} (none) forms."""
    if tag == "*":
        return lambda e: isinstance(e.tag, str)
    if tag == "{*}*":
        return lambda e: isinstance(e.tag, str)
    if tag == "{}*":
        return lambda e: isinstance(e.tag, str) and e.tag[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        return lambda e: isinstance(e.tag, str) and (e.tag == local or e.tag.endswith("}" + local))
    if tag[:2] == "{}":
        local = tag[2:]
        return lambda e: e.tag == local
    if tag[-2:] == "}*":
        ns = tag[:-1]
        return lambda e: isinstance(e.tag, str) and e.tag.startswith(ns) and "}" not in e.tag[len(ns):]
    return lambda e: e.tag == tag


class _Context:
    def __init__(self, root):
        self.root = root
        self.parents = None

    def parent_map(self):
        if self.parents is None:
            self.parents = {}
            for parent in self.root.iter():
                for child in parent:
                    self.parents[child] = parent
        return self.parents


def _step_child(tag):
    match = _tag_matcher(tag)

    def select(context, elems):
        for elem in elems:
            for child in elem:
                if match(child):
                    yield child
    return select


def _step_descendant(tag):
    match = _tag_matcher(tag)

    def select(context, elems):
        for elem in elems:
            for node in elem.iter():
                if node is not elem and match(node):
                    yield node
    return select


def _step_self(context, elems):
    yield from elems


def _step_parent(context, elems):
    parents = context.parent_map()
    seen = set()
    for elem in elems:
        parent = parents.get(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _unquote(value):
    return value[1:-1]


def _predicate(tokens):
    """The selector for one [...] predicate; tokens after '[' up to ']'."""
    signature = []
    predicate = []
    for token in tokens:
        if token[0] == "]":
            break
        if token == ("", ""):
            continue
        if token[0] and token[0][:1] in "'\"":
            token = "'", token[0][1:-1]
        signature.append(token[0] or "-")
        predicate.append(token[1])
    signature = "".join(signature)
    if re.match(r"\@-$", signature):
        key = predicate[1]
        return lambda context, elems: (e for e in elems if e.get(key) is not None)
    if re.match(r"\@-='$", signature) or re.match(r"\@-!='$", signature):
        key, value = predicate[1], predicate[-1]
        if "!=" in signature:
            return lambda context, elems: (e for e in elems if e.get(key) is not None and e.get(key) != value)
        return lambda context, elems: (e for e in elems if e.get(key) == value)
    if signature == "-" and not re.match(r"-?\d+$", predicate[0]):
        tag = predicate[0]
        return lambda context, elems: (e for e in elems if e.find(tag) is not None)
    if signature in ("-='", "-!='") and not re.match(r"-?\d+$", predicate[0]):
        tag, value = predicate[0], predicate[-1]
        negate = "!" in signature

        def select_by_text(context, elems):
            for e in elems:
                for child in e.findall(tag):
                    if ("".join(child.itertext()) == value) != negate:
                        yield e
                        break
        return select_by_text
    if signature in (".='", ".!='"):
        value = predicate[-1]
        negate = "!" in signature
        return lambda context, elems: (e for e in elems if ("".join(e.itertext()) == value) != negate)
    if signature in ("-", "-()", "-()-"):
        if signature == "-":
            index = int(predicate[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if predicate[0] != "last":
                raise SyntaxError("unsupported function")
            if signature == "-()-":
                try:
                    index = int(predicate[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def select_position(context, elems):
            parents = context.parent_map()
            for e in elems:
                parent = parents.get(e)
                if parent is None:
                    continue
                siblings = [s for s in parent if s.tag == e.tag]
                try:
                    if siblings[index] is e:
                        yield e
                except IndexError:
                    pass
        return select_position
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    """The list of step selectors for an ElementPath expression."""
    if path[-1:] == "/":
        path = path + "*"
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = iter(list(_tokens(path, namespaces)))
    steps = []
    try:
        token = next(tokens)
    except StopIteration:
        raise SyntaxError("invalid path")
    while True:
        op, tag = token
        if op == "" and tag:
            steps.append(_step_child(tag))
        elif op == "*":
            steps.append(_step_child("*"))
        elif op == ".":
            steps.append(_step_self)
        elif op == "..":
            steps.append(_step_parent)
        elif op == "//":
            try:
                token = next(tokens)
            except StopIteration:
                raise SyntaxError("invalid descendant")
            if token[0] == "*":
                steps.append(_step_descendant("*"))
            elif token[0] == "" and token[1]:
                steps.append(_step_descendant(token[1]))
            else:
                raise SyntaxError("invalid descendant")
        elif op == "[":
            steps.append(_predicate(tokens))
        else:
            raise SyntaxError("invalid path")
        try:
            token = next(tokens)
            if token[0] == "/":
                token = next(tokens)
        except StopIteration:
            break
    return steps


_cache = {}


def _iterfind(elem, path, namespaces=None):
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is None:
        if len(_cache) > 100:
            _cache.clear()
        steps = _cache[key] = _compile(path, namespaces)
    context = _Context(elem)
    result = [elem]
    for step in steps:
        result = _unique(step(context, result))
    return iter(result)


def _unique(elems):
    seen = set()
    result = []
    for e in elems:
        if id(e) not in seen:
            seen.add(id(e))
            result.append(e)
    return result


def _find(elem, path, namespaces=None):
    return next(_iterfind(elem, path, namespaces), None)


class _ElementInterface(Element):
    pass


# the C accelerator's names, for code that looks for them
XMLTreeBuilder = XMLParser
