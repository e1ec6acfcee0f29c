package dev.tiercel.runtime.object;

import java.io.Serial;

/** The Java exception that carries a raised Python exception through Java frames. No stack trace is recorded. */
public final class PyException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public final transient PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.message();
    }
}
