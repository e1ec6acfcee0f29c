"""Escaping and unescaping text for HTML."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and, when quote is true, " and ') replaced by HTML-safe references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def _numeric(text):
    from html._charrefs import dropped, replacements
    if text[1] in 'xX':
        num = int(text[2:].rstrip(';'), 16)
    else:
        num = int(text[1:].rstrip(';'))
    if num in replacements:
        return replacements[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if num in dropped:
        return ''
    return chr(num)


def _named(text):
    from html.entities import html5
    if text in html5:
        return html5[text]
    # the longest known name at the start (references like "&ampx" without the ';')
    for end in range(len(text) - 1, 1, -1):
        if text[:end] in html5:
            return html5[text[:end]] + text[end:]
    return '&' + text


def _replace_charref(match):
    text = match.group(1)
    if text[0] == '#':
        return _numeric(text)
    return _named(text)


def unescape(s):
    """s with every named and numeric character reference (&gt;, &#62;, &#x3e;) replaced by its text,
    following the HTML5 rules (also for references missing their ';')."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
