package dev.tiercel.frontend;

import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Module;
import dev.tiercel.frontend.compiler.CodeGen;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.frontend.lexer.Tokenizer;
import dev.tiercel.frontend.parser.Parser;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.spi.CompileError;
import dev.tiercel.runtime.spi.Frontend;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/** The frontend service: tokenizer, parser, symbol table and CPython 3.13 bytecode compiler. */
public final class PythonFrontend implements Frontend {
    /** Compilation runs on a thread with a large stack so deeply nested (but legal) input cannot overflow it. */
    private static final long STACK_BYTES = 256L << 20;

    @Override
    public String name() {
        return "CPython 3.13 bytecode compiler";
    }

    @Override
    public PyCode compile(String source, String filename, Mode mode) throws CompileError {
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<java.util.List<SyntaxWarnings.Warning>> warnings = new AtomicReference<>(java.util.List.of());
        Thread t = new Thread(null, () -> {
            SyntaxWarnings.begin();
            try {
                result.set(compileOnThisThread(source, filename, mode));
            } finally {
                warnings.set(SyntaxWarnings.end());
            }
        }, "tiercel-compile", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompileError(CompileError.Kind.SYNTAX_ERROR, "compilation interrupted", filename, 0, 0, 0, 0,
                    null);
        }
        Object r = result.get();
        CompileError promoted = r instanceof PyCode ? SyntaxWarnings.issue(warnings.get(), filename) : null;
        if (promoted != null) {
            throw promoted;
        }
        if (r instanceof PyCode code) {
            return code;
        }
        throw (CompileError) r;
    }

    private static Object compileOnThisThread(String source, String filename, Mode mode) {
        if (source.indexOf('\0') >= 0) {
            return new CompileError(CompileError.Kind.SYNTAX_ERROR, "source code string cannot contain null bytes",
                    filename, 0, 0, 0, 0, null);
        }
        try {
            if (mode == Mode.EVAL) {
                Expr e = Parser.parseExpression(source);
                return compileStage(() -> CodeGen.compileExpression(e, filename));
            }
            Module m = Parser.parseModule(source);
            if (mode == Mode.SINGLE) {
                if (m.body().size() > 1) {
                    var p = m.body().get(0).pos();
                    throw new SyntaxErrorException("multiple statements found while compiling a single statement",
                            p.line(), p.endCol() + 1, p.line(), p.endCol() + 1);
                }
                return compileStage(() -> CodeGen.compileInteractive(m, filename));
            }
            return compileStage(() -> CodeGen.compileModule(m, filename));
        } catch (SyntaxErrorException e) {
            return toCompileError(e, source, filename, mode != Mode.EVAL);
        } catch (StackOverflowError e) {
            // not expected (every recursive pass counts its depth), but never a Java error for the user
            return new CompileError(CompileError.Kind.RECURSION_ERROR,
                    "maximum recursion depth exceeded during compilation", filename, 0, 0, 0, 0, null);
        } catch (RuntimeException e) {
            return new CompileError(CompileError.Kind.SYNTAX_ERROR, "internal compiler error: " + e, filename, 1, 0,
                    1, 0, null);
        }
    }

    /** Errors of the symbol table and code generator: CPython reads their line from the file, if there is one. */
    private static PyCode compileStage(java.util.function.Supplier<PyCode> stage) {
        try {
            return stage.get();
        } catch (SyntaxErrorException e) {
            throw e.withTextFrom(SyntaxErrorException.TextSource.FILE);
        }
    }

    /** Converts 1-based UTF-8 byte columns to CPython's 1-based character offsets. */
    static CompileError toCompileError(SyntaxErrorException e, String source, String filename, boolean execInput) {
        String normalized = Tokenizer.normalize(source);
        String[] lines = normalized.split("\n", -1);
        String line = e.line() >= 1 && e.line() <= lines.length ? lines[e.line() - 1] : null;
        int offset = charOffset(line, e.col());
        String endText = e.endLine() >= 1 && e.endLine() <= lines.length ? lines[e.endLine() - 1] : null;
        int endOffset = charOffset(endText, e.endCol());
        String text = switch (e.textSource()) {
            // exec input has a newline added at its end; eval input keeps the line as written
            case PARSER -> line == null ? null
                    : execInput || e.line() < lines.length ? line + "\n" : line;
            case TOKENIZER -> line;
            case FILE -> lineOfFile(filename, e.line());
        };
        return new CompileError(e.kind(), e.getMessage(), filename, e.line(), offset, e.endLine(), endOffset, text);
    }

    /** Line {@code n} of the named file with its newline, or null (as CPython's PyErr_ProgramText). */
    private static String lineOfFile(String filename, int n) {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(filename);
            if (n < 1 || !java.nio.file.Files.isRegularFile(p)) {
                return null;
            }
            try (var lines = java.nio.file.Files.lines(p, StandardCharsets.UTF_8)) {
                return lines.skip(n - 1).findFirst().map(l -> l + "\n").orElse(null);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException
                | SecurityException e) {
            return null;
        }
    }

    private static int charOffset(String line, int byteCol) {
        if (line == null || byteCol <= 0) {
            return byteCol;
        }
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(byteCol - 1, bytes.length);
        return new String(bytes, 0, n, StandardCharsets.UTF_8).codePointCount(0,
                new String(bytes, 0, n, StandardCharsets.UTF_8).length()) + 1 + Math.max(0, byteCol - 1 - bytes.length);
    }
}
