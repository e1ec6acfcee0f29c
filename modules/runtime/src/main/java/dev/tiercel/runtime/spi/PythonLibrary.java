package dev.tiercel.runtime.spi;

import java.util.Optional;

/**
 * Python source files shipped inside a module (the standard library written in Python). Its {@link #location()}
 * is put at the end of {@code sys.path}, after the script's folder and {@code PYTHONPATH}, as CPython puts its
 * {@code lib/python3.13}; the import system reads files under that entry through {@link #read(String)}.
 */
public interface PythonLibrary {

    /** The {@code sys.path} entry this library stands for, e.g. {@code "/tiercel/lib/python3.13"}. */
    String location();

    /** The text of a file by its path relative to {@link #location()}, e.g. {@code "json/__init__.py"}. */
    Optional<String> read(String relativePath);
}
