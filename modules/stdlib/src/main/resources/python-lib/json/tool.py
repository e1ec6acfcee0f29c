"""Validate and pretty-print JSON from the command line: ``tiercel -m json.tool [infile] [outfile]``.

Reads one JSON document (or one per line with --json-lines) from infile or standard input and writes it back
indented by 4 spaces unless told otherwise. Invalid input ends the program with the decoder's message.
"""
import argparse
import json
import sys

__all__ = ['main']

_DESCRIPTION = ('A simple command line interface for json module '
                'to validate and pretty-print JSON objects.')


def _parser():
    p = argparse.ArgumentParser(prog='python -m json.tool', description=_DESCRIPTION)
    p.add_argument('infile', nargs='?', help='a JSON file to be validated or pretty-printed', default=None)
    p.add_argument('outfile', nargs='?', help='write the output of infile to outfile', default=None)
    p.add_argument('--sort-keys', action='store_true', default=False,
                   help='sort the output of dictionaries alphabetically by key')
    p.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                   help='disable escaping of non-ASCII characters')
    p.add_argument('--json-lines', action='store_true', default=False,
                   help='parse input using the JSON Lines format. '
                        'Use with --no-indent or --compact to produce valid JSON Lines output.')
    layout = p.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='separate items with newlines and use this number of spaces for indentation')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help='separate items with newlines and use tabs for indentation')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help='separate items with spaces rather than newlines')
    layout.add_argument('--compact', action='store_true',
                        help='suppress all whitespace separation (most compact)')
    return p


def _documents(infile, json_lines):
    if json_lines:
        return (json.loads(line) for line in infile)
    return (json.load(infile),)


def main():
    options = _parser().parse_args()
    dump_options = {'sort_keys': options.sort_keys, 'indent': options.indent,
                    'ensure_ascii': options.ensure_ascii}
    if options.compact:
        dump_options['indent'] = None
        dump_options['separators'] = ',', ':'
    infile = sys.stdin if options.infile is None else open(options.infile, encoding='utf-8')
    try:
        outfile = sys.stdout if options.outfile is None else open(options.outfile, 'w', encoding='utf-8')
        try:
            for document in _documents(infile, options.json_lines):
                json.dump(document, outfile, **dump_options)
                outfile.write('\n')
        finally:
            if outfile is not sys.stdout:
                outfile.close()
    except ValueError as e:
        raise SystemExit(e)
    finally:
        if infile is not sys.stdin:
            infile.close()


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
